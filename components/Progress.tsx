import { countToDo, progressSummary } from '@/utils/checklist-view';
import type { CourtRecord } from '@/utils/storage';

/** "18 of 25 courts still to do" (the toolbar badge's number), and a bar of the courts done, named so. */
export function Progress({ courts }: { courts: readonly CourtRecord[] }) {
  const done = courts.length - countToDo(courts);
  return (
    <div class="progress">
      <p id="progress-text" class="summary" role="status">
        {progressSummary(courts)}
      </p>
      <progress max={courts.length} value={done} aria-label={`${done} of ${courts.length} done`} />
    </div>
  );
}

import { countLinked, progressSummary } from '@/utils/checklist-view';
import type { CourtRecord } from '@/utils/storage';

/** "7 of 25 linked" and a bar that says the same. */
export function Progress({ courts }: { courts: readonly CourtRecord[] }) {
  return (
    <div class="progress">
      <p id="progress-text" class="summary" role="status">
        {progressSummary(courts)}
      </p>
      <progress max={courts.length} value={countLinked(courts)} aria-labelledby="progress-text" />
    </div>
  );
}

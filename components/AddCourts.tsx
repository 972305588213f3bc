import { useSignal } from '@preact/signals';
import { CourtSearch, type SearchResult } from '@/components/CourtSearch';
import { courtName } from '@/utils/checklist-view';
import { notGuidedNotes } from '@/utils/courts/not-guided';
import { searchCourts, searchStates } from '@/utils/courts/search';
import { addCourt, readChecklist } from '@/utils/storage';

interface Choice extends SearchResult {
  courts: string[];
  /** The state, when the choice is a whole state. */
  state?: string;
}

/** A whole state first (when the query names one), then single courts. */
function choicesFor(query: string): Choice[] {
  const states = searchStates(query).map(({ state, courts }) => ({
    id: `all-${state.toLowerCase().replace(/\W+/g, '-')}`,
    title: `All courts in ${state} (${courts.length})`,
    detail: courts.map((c) => c.id.toUpperCase()).join(', '),
    courts: courts.map((c) => c.id),
    state,
  }));
  const courts = searchCourts(query).map(({ court, because }) => ({ id: court.id, title: court.name, detail: because, courts: [court.id] }));
  return [...states, ...courts];
}

/** What the query names that cannot be added (a court of appeals), in one line. */
function notGuidedNote(query: string): string | null {
  const notes = notGuidedNotes(query).map(({ courts, note }) => `${courts.map((c) => c.name).join('; ')} — ${note}`);
  return notes.length ? notes.join(' ') : null;
}

const ids = (list: string[]) => list.map((id) => id.toUpperCase()).join(', ');

/** What one pick did, in words: what was added and what was already there. */
function addedMessage(choice: Pick<Choice, 'courts' | 'state'>, skipped: string[]): string {
  const added = choice.courts.filter((id) => !skipped.includes(id));
  if (!choice.state) return added.length ? `Added ${courtName(added[0])}.` : `${courtName(skipped[0])} is already on your list.`;
  const where = `in ${choice.state}`;
  if (!skipped.length) return `Added ${added.length} ${added.length === 1 ? 'court' : 'courts'} ${where}.`;
  if (!added.length) return `All ${skipped.length} courts ${where} are already on your list.`;
  return `Added ${added.length} of ${choice.courts.length} courts ${where}; ${ids(skipped)} ${skipped.length === 1 ? 'was' : 'were'} already on your list.`;
}

/** "Add a court": one court, or every district and bankruptcy court of a state in one step. */
export function AddCourts() {
  const message = useSignal('');
  const add = async (choice: Choice) => {
    const listed = new Set((await readChecklist()).courts.map((c) => c.id));
    // One time for the whole pick, so a state's courts sit together in the checklist.
    const now = Date.now();
    // addCourt on a listed court only resumes it if paused; it never resets its progress.
    await Promise.all(choice.courts.map((id) => addCourt(id, now)));
    message.value = addedMessage(
      choice,
      choice.courts.filter((id) => listed.has(id)),
    );
  };
  return (
    <div class="add-courts">
      <CourtSearch label="Add a court" search={choicesFor} onPick={(choice) => void add(choice)} note={notGuidedNote} />
      <p class="hint added" role="status">
        {message.value}
      </p>
    </div>
  );
}

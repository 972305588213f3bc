// Words and order the popup, welcome and checklist pages show for stored court records.
import { cmecfUrl, courtById } from './courts/catalog';
import { loginPath } from './courts/families';
import { STEP_INFO } from '../in-page/flow/step-info';
import { fold } from './courts/search';
import type { CourtRecord, CourtStatus } from './storage/schema';

export const STATUS_LABEL: Record<CourtStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  linked: 'Linked — refresh to confirm',
  verified: 'Verified',
};

function relativeTime(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

/** Filing menus were last seen under a shared firm login or one the guide did not see: they proved nothing for the user. */
const SHARED_LOGIN_FILING =
  'Filing menus seen under a shared firm account or a PACER login the guide did not see: not verified for you. To confirm, log out of PACER, then sign in through this court';

export function detailOf(record: CourtRecord, now = Date.now()): string {
  const sharedFiling = record.lastStep === 'linked' && record.status !== 'verified';
  const step = sharedFiling ? SHARED_LOGIN_FILING : record.lastStep ? STEP_INFO[record.lastStep].label : 'Not started';
  return `${record.paused ? 'Paused · ' : ''}${step} · ${relativeTime(record.updated, now)}`;
}

/** Courts still to do: not yet linked, or linked and not yet seen with their filing menus (the badge's number). */
export const countToDo = (courts: readonly CourtRecord[]) => courts.filter((c) => c.status !== 'verified').length;

/** The popup's headline and the badge's title: one count, in the same words. */
export function progressSummary(courts: readonly CourtRecord[]): string {
  const open = countToDo(courts);
  const total = courts.length;
  if (total === 0) return 'No courts on your checklist yet';
  if (open === 0) return total === 1 ? 'Your court is done' : `All ${total} courts done`;
  return `${open} of ${total} ${total === 1 ? 'court' : 'courts'} still to do`;
}

/** The court's name, or its id in capitals when the catalog no longer lists it. */
export const courtName = (id: string) => courtById(id)?.name ?? id.toUpperCase();

/** The court's CM/ECF login, which leads straight to PACER's login for that court. */
export const cmecfLogin = (id: string) => new URL(loginPath(courtById(id)?.kind), cmecfUrl(id)).href;

export interface StatusGroup {
  status: CourtStatus;
  heading: string;
  courts: CourtRecord[];
}

/** Work under way first, then work not started, then work done. */
const GROUPS: readonly (readonly [CourtStatus, string])[] = [
  ['in-progress', 'In progress'],
  ['todo', 'To do'],
  ['linked', 'Linked'],
  ['verified', 'Verified'],
];

/** The checklist grouped by status (empty groups left out), most recent activity first in each. */
export function groupByStatus(courts: readonly CourtRecord[]): StatusGroup[] {
  const recentFirst = [...courts].sort((a, b) => b.updated - a.updated || courtName(a.id).localeCompare(courtName(b.id)));
  return GROUPS.map(([status, heading]) => ({ status, heading, courts: recentFirst.filter((c) => c.status === status) })).filter((g) => g.courts.length > 0);
}

/** The court "Link next" opens: the first to-do court as the checklist shows it, unless paused. */
export function nextToLink(courts: readonly CourtRecord[]): CourtRecord | undefined {
  return groupByStatus(courts.filter((c) => c.status === 'todo' && !c.paused))[0]?.courts[0];
}

/** The popup's filter: every word of the query in the court's id or name. */
export function matchesFilter(record: CourtRecord, query: string): boolean {
  const text = fold(`${record.id} ${courtName(record.id)}`);
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => text.includes(word));
}

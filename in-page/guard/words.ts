// What the guard says when it holds a submission: the same words in the guide's card and in the
// guard's own notice, each reason naming what the page showed.
import { looksLikeFirm } from '../accounts';
import type { GuardView } from './link-guard';
import type { HoldReason, LinkPageFacts } from './verdict';

export const HOLD_TITLE = 'Held: linking is permanent';
const HOLD_QUESTION = 'Link anyway, or cancel and check first?';
export const LOST = 'The page changed before you answered, so nothing was sent. Check the page, then submit again.';

/** The name that looks like a firm's (the PACER one first): the one the firm-name reason is about. */
const firmLike = ({ cmecfName, pacerName }: { cmecfName: string; pacerName: string }, firmNames: readonly string[] = []) =>
  [pacerName, cmecfName].find((name) => name && looksLikeFirm(name, firmNames));

export function reasonText(reason: HoldReason, page: LinkPageFacts, firmNames: readonly string[] = []): string {
  const names = page.place === 'confirm' ? page : { cmecfName: '', pacerName: '' };
  switch (reason) {
    case 'shared-login':
      return 'You signed in to PACER with a username on your or your firm’s list of shared accounts. Linking would give that shared account your filing rights, permanently. Log in with your individual PACER account instead.';
    case 'unknown-login':
      return 'The guide did not see which PACER account is signed in (PACER’s one sign-on from another court, or a browser restarted while still signed in). To be sure, log out of PACER and sign in again through this court.';
    case 'unread-cmecf-name':
      return 'The guide could not read the CM/ECF name on this page (a person’s first and last name): make sure the old e-filing account is yours.';
    case 'unread-pacer-name':
      return 'The guide could not read the PACER name on this page: make sure the account is yours alone.';
    case 'names-differ':
      return `The two names differ: CM/ECF says “${names.cmecfName}”, PACER says “${names.pacerName}”. Make sure both accounts are yours.`;
    case 'firm-name':
      return `“${firmLike(names, firmNames) ?? names.pacerName}” looks like a firm’s name, not a person’s. A shared account must never be linked to your filing rights.`;
    case 'unplaced':
      return 'The guide cannot tell what this page of the link utility sends: it may link two accounts permanently.';
    case 'deciding':
      return 'The guide is still checking this page. It sends your submission on its own if everything checks out.';
  }
}

/** The names as the guard read them, for the user to compare. */
function namesAsRead(page: LinkPageFacts): string | null {
  if (page.place !== 'confirm') return null;
  const shown = (name: string) => (name ? `“${name}”` : '(could not read)');
  return `Names as read: CM/ECF ${shown(page.cmecfName)}, PACER ${shown(page.pacerName)}.`;
}

const ORPHANED = 'CM/ECF Link Guide was updated or reloaded: this page stays guarded by the copy that was running.';

/** What the guard asks, line by line: why, the names as read, and the question; or, when the page replaced what was held, only that. */
export function questionLines(view: GuardView): string[] {
  if (view.lost && !view.held) return [LOST];
  const reasons = view.verdict.pass ? [] : view.verdict.reasons.map((r) => reasonText(r, view.page, view.firmNames));
  const names = namesAsRead(view.page);
  return [...reasons, ...(names ? [names] : []), ...(view.orphaned ? [ORPHANED] : []), HOLD_QUESTION];
}

// The one decision that lets a submission on the link utility's pages reach the court without a
// question. Pure: the page's facts and this browser session's PACER login in, a verdict out. Every
// doubt holds; only proof passes (see docs/safety.md).
import { isPersonsName, looksLikeFirm, namesAgree } from '../accounts';

/** What the guard read on the page at the moment of a submission. */
export type LinkPageFacts =
  /** Names on the page (the confirm step, however worded): each '' when it could not be read. */
  | { place: 'confirm'; cmecfName: string; pacerName: string }
  /** A password field: the link form (or its error page), where the old CM/ECF login is entered. */
  | { place: 'form' }
  /** Neither: a page of the link utility the guard cannot place. */
  | { place: 'unplaced' };

/**
 * This browser session's PACER login, as the guard knows it: seen at PACER's login and found
 * shared or not, or not seen at all (one sign-on from a page the guide did not see, a browser
 * restarted with PACER still signed in, or the background out of reach).
 */
export type SessionLogin = { seen: true; shared: boolean } | { seen: false };

export type HoldReason =
  /** The PACER login is on the user's or the firm's list of shared usernames. */
  | 'shared-login'
  /** The guide did not see which PACER account signed in. */
  | 'unknown-login'
  | 'unread-cmecf-name'
  | 'unread-pacer-name'
  | 'names-differ'
  /** A name looks like a firm's, or is on the firm-name list. */
  | 'firm-name'
  | 'unplaced'
  /** The page is still loading, or the guard is still asking what it needs: it decides in a moment. */
  | 'deciding';

export type Verdict = { pass: true } | { pass: false; reasons: HoldReason[] };

/**
 * Whether a submission passes: on the confirm step, both names read, agreeing, neither a firm's; on
 * the link form, no names to compare yet. Either way only under a PACER login this session saw and
 * found not shared.
 */
export function linkVerdict(page: LinkPageFacts, login: SessionLogin, firmNames: readonly string[] = []): Verdict {
  const reasons: HoldReason[] = [];
  if (!login.seen) reasons.push('unknown-login');
  else if (login.shared) reasons.push('shared-login');
  if (page.place === 'unplaced') reasons.push('unplaced');
  if (page.place === 'confirm') {
    const { cmecfName, pacerName } = page;
    // A value that is not a person's name ("N/A", a username, one word) is as good as unread.
    if (!isPersonsName(cmecfName)) reasons.push('unread-cmecf-name');
    if (!isPersonsName(pacerName)) reasons.push('unread-pacer-name');
    if (isPersonsName(cmecfName) && isPersonsName(pacerName) && !namesAgree(cmecfName, pacerName)) reasons.push('names-differ');
    if ([cmecfName, pacerName].some((name) => name && looksLikeFirm(name, firmNames))) reasons.push('firm-name');
  }
  return reasons.length ? { pass: false, reasons } : { pass: true };
}

// What the content script asks of the background. The background is the one place that validates
// and writes storage, so the content script carries no schema library and two tabs never race.
// No message ever carries a password: the guide never reads one.
import type { StepId } from '../in-page/flow/step-ids';
import type { CourtRecord, Settings } from './storage/schema';

export type GuideRequest =
  /** The court's record, the settings and the session's login: a read, nothing more. */
  | { type: 'court-state'; courtId: string }
  /**
   * A page of the court loaded in this tab (sent once per page load, in place of its first
   * court-state): `setback`, a page that shows one, is counted; the tab's fresh "followed" fact is
   * taken, once; the answer carries the court's state, read after both.
   */
  | { type: 'page-arrived'; courtId: string; setback?: 'linkErrors' | 'menusMissing' }
  /** The user activated the highlighted target of `step` (a trusted click, or Enter): the tab's next page should be the step after. */
  | { type: 'followed-target'; courtId: string; step: StepId }
  | { type: 'record-progress'; courtId: string; step: StepId; nextGenLayout?: boolean; mfaSeen?: boolean }
  | { type: 'add-court'; courtId: string }
  | { type: 'dismiss-offer'; courtId: string }
  | { type: 'pause-court'; courtId: string }
  /** What Manage My Account shows: the account type and the MFA enrolment, each when it shows it. */
  | { type: 'account-type'; upgraded?: boolean; mfaEnrolled?: boolean }
  /**
   * A PACER login was submitted: only whether its username is a listed shared firm account (never
   * the username). null: the login could not be judged (no username read, lists not at hand), so
   * the session's login is unknown from now on.
   */
  | { type: 'pacer-login'; shared: boolean | null }
  /**
   * What the guard on a CM/ECF page needs (in-page/guard): this session's PACER login and the firm's
   * names; with `takeLinkForm`, whether this tab submitted the link utility at this court last (taken
   * once). `linkPage`: the page names the link utility (its guard stays armed whatever the answer).
   */
  | { type: 'guard-facts'; courtId?: string; takeLinkForm?: boolean; linkPage?: boolean }
  /** A submission of the link utility's pages left this tab: the page that answers it is guarded too. */
  | { type: 'link-form-submitted'; courtId: string }
  /**
   * The user's "Report this page" on a page the guide does not know: open the project's new-issue
   * form in a tab. Nothing of the page travels: the address carries the version and the page kind only.
   */
  | { type: 'report-page' }
  /** Firefox: inject the guide core (guide-core.js) into the asking frame, where the gate decided the guide may speak. */
  | { type: 'load-guide' };

/** Facts about the current PACER login, kept in memory (storage.session) and never on disk. */
export interface LoginFacts {
  /** The username last submitted at PACER's login is a listed shared firm account. */
  shared: boolean;
}

/** The answer to `guard-facts`. */
export interface GuardFacts {
  /** This session's PACER login as the guide saw it; null when it saw none. */
  login: LoginFacts | null;
  /** This tab's last submission of the link utility was at the court asked about (and is now taken). */
  linkFormAt: boolean;
  /** The lists in force (the user's and the firm's). */
  firmNames: string[];
  sharedUsernames: string[];
  individualUsername: string;
}

export interface CourtState {
  record: CourtRecord | undefined;
  settings: Settings;
  login?: LoginFacts;
  /** PACER asks for MFA at this account's sign-in (seen at any court): its step counts on every court's path. */
  mfaAtLogin: boolean;
  /** A filing agent chose a filer at this court since this login: its filing menus are the filer's. */
  filerChosen?: true;
}

/** The answer to `page-arrived`. */
export interface Arrival {
  /** The step whose target this tab followed to this court's page, minutes ago at most. */
  followed?: StepId;
  /** The court's state, read after the arrival was recorded (one message where two were). */
  state: CourtState;
}

/** What the background answers each request with: the compiler asks for an entry per request type, and for its handler (utils/guide-requests.ts). */
export interface GuideAnswers {
  'court-state': CourtState;
  'page-arrived': Arrival;
  'followed-target': null;
  'record-progress': null;
  'add-court': null;
  'dismiss-offer': null;
  'pause-court': null;
  'account-type': null;
  'pacer-login': null;
  'guard-facts': GuardFacts;
  'link-form-submitted': null;
  /** The tab opened (a refused or failed request answers null, or rejects). */
  'report-page': { opened: true };
  'load-guide': { loaded: true };
}

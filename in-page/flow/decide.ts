// decide(): what should the user do next on this page? Pure: page facts + stored state in, view out;
// whether an element is shown is asked of the caller (the guide loop passes the DOM's answer).
import { type Court, filingMenusFor, isServed } from '../../utils/courts/catalog';
import { type Contact, helpContacts } from '../../utils/courts/contacts';
import type { LoginFacts } from '../../utils/messages';
import type { Page } from '../recognize';
import type { CourtRecord, Settings } from '../../utils/storage/schema';
import type { StepId, Warning } from './step-ids';
import { opensSignedIn, STEP_INFO } from './step-info';
import { behaviourOf } from './page-kinds';
import { countsOnMfaPath, progressOf, STEPS } from './steps';

export interface View {
  step: StepId;
  court: Court;
  title: string;
  text: string;
  /** "Step n of N", or null for a step that does not count. */
  progress: { n: number; of: number } | null;
  /** The element to highlight; null when the step has none or it is missing. */
  target: Element | null;
  /** The step expects an element that is not on the page: say so and offer help. */
  missing: string | null;
  warnings: Warning[];
  /** Court help desk, when something is missing or the step asks for it (else null): words, and its phones and e-mail as links. */
  help: { text: string; links: Contact[] } | null;
  /** The layout learned from this page, to remember for the court. */
  nextGenLayout?: boolean;
  /** PACER asked for MFA at this sign-in (this page is an MFA step), to remember for the PACER account. */
  mfaSeen?: true;
}

export interface DecideInput {
  page: Page;
  record: CourtRecord | undefined;
  settings: Settings;
  /** The PACER username as typed, read on blur or submit (never the password). */
  typedUsername?: string;
  /** The current PACER login (memory only). */
  login?: LoginFacts;
  /** The step whose highlighted target the user just followed to reach this page (see StepContext). */
  followed?: StepId;
  /** This page load's own step before this decision (see StepContext). */
  shownBefore?: StepId;
  /** A filing agent chose a filer at this court since this login (see StepContext). */
  filerChosen?: boolean;
  /** PACER asks for MFA at this account's sign-in (Prerequisites.mfaAtLogin). */
  mfaAtLogin?: boolean;
  /** Whether the user can see an element: a target that is not shown is missing. */
  shown: (element: Element) => boolean;
}

/** What the page shows of the accounts (page-kinds.ts), and filing menus under a shared login: never the filer's own proof. */
function warningsFor({ page, settings, typedUsername, login }: DecideInput): Warning[] {
  const kind = behaviourOf(page);
  const warnings = kind.warnings?.(page, { settings, typedUsername, login }) ?? [];
  if (kind.showsFilingMenus?.(page) && login?.shared) warnings.push('shared-account');
  return warnings;
}

function helpFor(court: Court): View['help'] {
  const links = helpContacts(court);
  if (links.length) return { text: `${court.name} CM/ECF help desk:`, links };
  // Contacts the feed writes in a way no link can be made of are shown as the court wrote them.
  const contacts = [court.helpDesk, court.helpEmail].filter(Boolean).join(' · ');
  return { text: contacts ? `${court.name} CM/ECF help desk: ${contacts}` : `Contact the ${court.name} clerk’s office.`, links: [] };
}

export function decide(input: DecideInput): View | null {
  const { page, record, settings } = input;
  const court = page.court;
  if (!court || !settings.guideEnabled || page.urlFacts?.training || !isServed(court)) return null;
  if (record ? record.status === 'verified' || record.paused : settings.dismissedOffers.includes(court.id)) return null;

  const context = { record, login: input.login, followed: input.followed, shownBefore: input.shownBefore, filerChosen: input.filerChosen };
  // Courts on the checklist get the guide's steps; any other court, at most the offer. A page no
  // row names is, to the flow, a page it does not know (the 'unknown' rows).
  const rowFor = (kind: Page['kind']) =>
    STEPS.find((r) => r.page === kind && !STEP_INFO[r.id].notOnChecklist === Boolean(record) && (!r.when || r.when(page, context)));
  const row = rowFor(page.kind) ?? (page.kind === 'unknown' ? undefined : rowFor('unknown'));
  if (!row) return null;
  const nextGenLayout = behaviourOf(page).nextGenLayout?.(page);
  const mfaSeen = countsOnMfaPath(row.id) || undefined;
  const target = row.target?.(page) ?? null;
  const shown = target && input.shown(target) ? target : null;
  // The accounts are checked only for courts being linked, never under an offer.
  const warnings = record ? warningsFor(input) : [];
  // Opened straight into CM/ECF (one sign-on done elsewhere): known, or what this page shows now.
  const signedIn = record ? opensSignedIn(record.lastStep, row.id, record.openedSignedIn === true) : false;
  const words = { court: court.name, menus: filingMenusFor(court.kind).join(' and '), page, followed: input.followed, signedIn };
  const missing = row.target && !shown ? `I can’t find ${row.targetName ?? 'the next item'} on this page.` : null;
  return {
    step: row.id,
    court,
    title: row.title(words),
    text: row.text(words),
    progress: progressOf(row.id, nextGenLayout ?? record?.nextGenLayout ?? false, mfaSeen ?? input.mfaAtLogin ?? false, signedIn),
    target: shown,
    missing,
    warnings,
    // Asked for by the step or its row (a setback that calls for the court), or when something is missing.
    help: missing || row.help || STEP_INFO[row.id].help ? helpFor(court) : null,
    nextGenLayout,
    mfaSeen,
  };
}

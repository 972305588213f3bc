// decide(): what should the user do next on this page? Pure: page facts + stored state in, view out.
import { isSharedUsername, looksLikeOrganisation, matchesFirmName, namesDiffer } from '../accounts';
import { type Court, filingMenusFor } from '../courts/catalog';
import { type Contact, helpContacts } from '../courts/contacts';
import type { LoginFacts } from '../messages';
import type { Page } from '../recognize';
import { isShown } from '../recognize/dom';
import type { CourtRecord, Settings } from '../storage/schema';
import type { StepId, Warning } from './step-ids';
import { placeOf, STEPS } from './steps';

export interface View {
  step: StepId;
  court: Court;
  title: string;
  text: string;
  place: { n: number; of: number } | null;
  /** The element to highlight; null when the step has none or it is missing. */
  target: Element | null;
  /** The step expects an element that is not on the page: say so and offer help. */
  missing: string | null;
  warnings: Warning[];
  /** Hold the irreversible Submit until the user chooses "Link anyway". */
  hold: boolean;
  /** Court help desk, shown when something is missing or the court is not live: words, and its phones and e-mail as links. */
  help: { text: string; links: Contact[] };
  /** The layout learned from this page, to remember for the court. */
  nextGenLayout?: boolean;
}

export interface DecideInput {
  page: Page;
  record: CourtRecord | undefined;
  settings: Settings;
  /** The PACER username as typed, read on blur or submit (never the password). */
  typedUsername?: string;
  /** The current PACER login (memory only). */
  login?: LoginFacts;
}

/** Pages where a court that is not on the checklist gets a small offer. */
const OFFER_PAGES = new Set<Page['kind']>(['cmecf-landing', 'pacer-login', 'cmecf-pacer-only']);

/** Pages that show a filer's menus: the proof of a link, unless the login is a shared firm account. */
const showsFilingMenus = (page: Page) => page.kind === 'cmecf-filer' || (page.kind === 'link-success' && page.filer);

function warningsFor({ page, settings, typedUsername, login }: DecideInput): Warning[] {
  const warnings: Warning[] = [];
  if (page.kind === 'pacer-login' && typedUsername && isSharedUsername(typedUsername, settings)) warnings.push('shared-account');
  if (showsFilingMenus(page) && login?.shared) warnings.push('shared-account');
  if (page.kind === 'link-confirm') {
    if (looksLikeOrganisation(page.pacerName) || matchesFirmName(page.pacerName, settings.firmNames)) warnings.push('shared-account');
    if (namesDiffer(page.cmecfName, page.pacerName)) warnings.push('name-mismatch');
  }
  return warnings;
}

function helpFor(court: Court): View['help'] {
  const links = helpContacts(court);
  if (links.length) return { text: `${court.name} CM/ECF help desk:`, links };
  // Contacts the feed writes in a way no link can be made of are shown as the court wrote them.
  const contacts = [court.helpDesk, court.helpEmail].filter(Boolean).join(' · ');
  return { text: contacts ? `${court.name} CM/ECF help desk: ${contacts}` : `Contact the ${court.name} clerk’s office.`, links: [] };
}

function layoutOf(page: Page): boolean | undefined {
  if (page.kind === 'nextgen-menu') return true;
  if (page.kind === 'utilities' && (page.linkItem || page.nextGenItem)) return !page.linkItem;
  return undefined;
}

export function decide(input: DecideInput): View | null {
  const { page, record, settings } = input;
  const court = page.court;
  if (!court || !settings.guideEnabled || page.url?.training) return null;
  if (court.kind !== 'district' && court.kind !== 'bankruptcy') return null;
  const base = { court, help: helpFor(court), warnings: [] as Warning[], hold: false, missing: null, target: null, place: null };

  if (!record) {
    if (!OFFER_PAGES.has(page.kind) || settings.dismissedOffers.includes(court.id)) return null;
    return { ...base, step: 'offer', title: 'Linking your CM/ECF account?', text: `Linking your CM/ECF account in the ${court.name}? Start the guide.` };
  }
  if (record.status === 'verified' || record.paused) return null;

  const context = { record, login: input.login };
  const row = STEPS.find((r) => r.page === page.kind && (!r.when || r.when(page as never, context)));
  if (!row) return null;
  const nextGenLayout = layoutOf(page);
  const target = row.target?.(page as never) ?? null;
  const shown = target && isShown(target) ? target : null;
  const warnings = warningsFor(input);
  return {
    ...base,
    step: row.id,
    title: row.title,
    text: row.text({ court: court.name, menus: filingMenusFor(court.kind).join(' and '), page }),
    place: placeOf(row.id, nextGenLayout ?? record.nextGenLayout ?? false),
    target: shown,
    missing: row.target && !shown ? `I can’t find ${row.targetName ?? 'the next item'} on this page.` : null,
    warnings,
    hold: row.id === 'confirm-link' && warnings.length > 0,
    nextGenLayout,
  };
}

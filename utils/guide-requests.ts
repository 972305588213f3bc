// The background's answers to the content script (see utils/messages.ts). Every request is checked
// against one zod schema, and the background trusts the page's address (the browser's word), not
// its words: a request may change only the court the sender's address names; only a court's own
// CM/ECF pages prove it linked or verified; only PACER's account pages report account facts.
// zod/mini: the classic build's object parser compiles code with Function(), which AMO's linter refuses.
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { courtById } from './courts/catalog';
import type { Site } from './courts/url-shape';
import { STEP_IDS } from '../in-page/flow/step-ids';
import { STEP_INFO } from '../in-page/flow/step-info';
import { gatePlace } from '../in-page/gate';
import type { CourtState, GuideAnswers, GuideRequest } from './messages';
import {
  addCourt,
  countSetback,
  dismissOffer,
  readCourtInTurn,
  readPrerequisites,
  readSettings,
  recordAccountFacts,
  recordMfaAtLogin,
  setPaused,
} from './storage';
import { inCourtTurn, type LoginStatus, recordProgressInTurn } from './storage/courts';
import { recordFollowed, takeFollowed } from './storage/followed';
import { recordLinkSubmitted, takeLinkSubmitted } from './storage/link-submitted';
import { readFilerChosen, readLogin, recordFilerChosen, recordSignIn, signedInFrom } from './storage/login';
import { reportPageUrl, VERSION } from './project';

const courtId = z.string().check(z.maxLength(16));
const step = z.enum(STEP_IDS);

/** Every request the content script may make, and nothing else (extra fields are dropped). */
const GuideRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('court-state'), courtId }),
  z.object({ type: z.literal('page-arrived'), courtId, setback: z.optional(z.enum(['linkErrors', 'menusMissing'])) }),
  z.object({ type: z.literal('followed-target'), courtId, step }),
  z.object({ type: z.literal('record-progress'), courtId, step, nextGenLayout: z.optional(z.boolean()), mfaSeen: z.optional(z.boolean()) }),
  z.object({ type: z.literal('add-court'), courtId }),
  z.object({ type: z.literal('dismiss-offer'), courtId }),
  z.object({ type: z.literal('pause-court'), courtId }),
  z.object({ type: z.literal('account-type'), upgraded: z.optional(z.boolean()), mfaEnrolled: z.optional(z.boolean()) }),
  z.object({ type: z.literal('pacer-login'), shared: z.nullable(z.boolean()) }),
  z.object({ type: z.literal('guard-facts'), courtId: z.optional(courtId), takeLinkForm: z.optional(z.boolean()), linkPage: z.optional(z.boolean()) }),
  z.object({ type: z.literal('link-form-submitted'), courtId }),
  z.object({ type: z.literal('report-page') }),
  z.object({ type: z.literal('load-guide') }),
]);

// The schema and the type the content script writes its requests in are one shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<z.infer<typeof GuideRequestSchema>, GuideRequest> = true;
void sameShape;

/** Who asked: the browser's word about the sender, never the page's. */
export interface Asker {
  tabId?: number;
  /** The address of the page (frame) that sent the request. */
  url?: string;
  /** The frame that sent the request (0: the tab's top frame). */
  frameId?: number;
  /** The sender's guard is armed on the link utility's page (updates wait for it: utils/update-deferral.ts). */
  onArmed?: (tabId: number) => void;
}

/** The court and part of the courts' web the sender's address names. */
function senderPlace(url: string | undefined): { site: Site; courtId?: string } | null {
  if (!url) return null;
  try {
    const address = new URL(url);
    const place = gatePlace(address);
    // Training databases and look-alike hosts name no court the guide may change.
    return place ? { site: place.site, courtId: place.courtId } : null;
  } catch {
    return null;
  }
}

/** Why a request is refused, or null when the sender may make it. */
function refusal(request: GuideRequest, { url, frameId }: Asker): string | null {
  const place = senderPlace(url);
  if (!place) return 'the sender is not a court page the guide runs on';
  if ('courtId' in request && request.courtId !== undefined) {
    if (!courtById(request.courtId)) return 'not a court this version knows';
    if (place.courtId !== request.courtId) return `the sender's address names ${place.courtId ?? 'no court'}, not ${request.courtId}`;
  }
  switch (request.type) {
    case 'record-progress': {
      const proves = STEP_INFO[request.step].proves;
      if ((proves === 'linked' || proves === 'verified') && place.site !== 'cmecf') return 'only the court’s own CM/ECF pages prove a link';
      return null;
    }
    case 'account-type':
      return place.site === 'pacer-account' ? null : 'only PACER’s account pages report account facts';
    case 'pacer-login':
      return place.site === 'pacer-login' || place.site === 'pacer-account' ? null : 'only PACER’s login reports a login';
    case 'guard-facts':
      return place.site === 'cmecf' || place.site === 'pacer-login' || place.site === 'pacer-account' ? null : 'only CM/ECF and PACER pages are guarded';
    case 'link-form-submitted':
      return place.site === 'cmecf' ? null : 'only CM/ECF pages submit the link utility';
    case 'load-guide':
      // The guide shows in the top frame only: no frame's page gets the core injected.
      return frameId === undefined || frameId === 0 ? null : 'the guide core goes into a tab’s top frame only';
    default:
      return null;
  }
}

/** Checks a message from a content script: the request, or null when it is malformed or refused. */
export function acceptGuideRequest(message: unknown, asker: Asker): GuideRequest | null {
  const parsed = GuideRequestSchema.safeParse(message);
  if (!parsed.success) return null;
  return refusal(parsed.data, asker) ? null : parsed.data;
}

/** What a handler is given: who asked, and the sender's sign-in being counted (see answerGuide). */
interface Context extends Asker {
  /** Settles once a sign-in this tab made counts as the session's login: wait for it before reading the login. */
  signedIn: Promise<void>;
}

/** The session's login as the background knows it (its own memory, never the page's word), once the sender's sign-in counts. */
async function loginAfter(signedIn: Promise<void>) {
  await signedIn;
  return readLogin();
}

async function loginStatus(signedIn: Promise<void>): Promise<LoginStatus> {
  const login = await loginAfter(signedIn);
  return login ? (login.shared ? 'shared' : 'own') : 'unknown';
}

type Handlers = { [T in GuideRequest['type']]: (request: Extract<GuideRequest, { type: T }>, context: Context) => Promise<GuideAnswers[T]> };

/** A court's state as a page reads it. */
async function courtState(courtId: string, signedIn: Promise<void>): Promise<CourtState> {
  // In the court's turn: a step the previous page recorded a moment ago is in the answer, and so
  // (read after it) is the MFA fact recorded with it.
  const record = await readCourtInTurn(courtId);
  const [settings, login, prerequisites, filerChosen] = await Promise.all([
    readSettings(),
    loginAfter(signedIn),
    readPrerequisites(),
    // After the sender's sign-in is counted: a sign-in that counts ends the fact.
    signedIn.then(() => readFilerChosen(courtId)),
  ]);
  return { record, settings, login, mfaAtLogin: prerequisites.mfaAtLogin === true, ...(filerChosen && { filerChosen }) };
}

/** One handler per request type, each returning that type's answer (messages.ts, GuideAnswers). */
const HANDLERS: Handlers = {
  'court-state': (request, { signedIn }) => courtState(request.courtId, signedIn),
  'page-arrived': async (request, { tabId, signedIn }) => {
    if (request.setback) await countSetback(request.courtId, request.setback);
    const followed = tabId !== undefined ? await takeFollowed(tabId, request.courtId) : undefined;
    const state = await courtState(request.courtId, signedIn);
    return followed ? { followed, state } : { state };
  },
  'followed-target': async (request, { tabId }) => {
    if (tabId !== undefined) await recordFollowed(tabId, request.courtId, request.step);
    return null;
  },
  'record-progress': async (request, { signedIn }) => {
    const learned = request.nextGenLayout !== undefined ? { nextGenLayout: request.nextGenLayout } : {};
    // The court's turn is taken before anything is awaited (the sender's sign-in included), so that
    // steps are recorded in the order pages sent them and a court-state asked after this sees the
    // step; in it, the login first, then the MFA fact, then the step: a failure at either of the
    // first two writes nothing.
    await inCourtTurn(request.courtId, async () => {
      const login = await loginStatus(signedIn);
      // MFA at a sign-in belongs to the PACER account, not to the court it was seen at.
      if (request.mfaSeen === true && (request.step === 'mfa-code' || request.step === 'mfa-enroll'))
        await recordMfaAtLogin(request.step === 'mfa-code' ? 'code' : 'enroll');
      // Before the step: the step's record may be replaced later, the session's fact stays.
      if (request.step === 'select-filer') await recordFilerChosen(request.courtId);
      await recordProgressInTurn(request.courtId, request.step, learned, Date.now(), { login });
    });
    return null;
  },
  'add-court': async (request) => {
    await addCourt(request.courtId);
    return null;
  },
  'dismiss-offer': async (request) => {
    await dismissOffer(request.courtId);
    return null;
  },
  'pause-court': async (request) => {
    await setPaused(request.courtId, true);
    return null;
  },
  'account-type': async (request) => {
    await recordAccountFacts({ upgraded: request.upgraded, mfaEnrolled: request.mfaEnrolled });
    return null;
  },
  'pacer-login': async (request, { tabId }) => {
    await recordSignIn(tabId, request.shared === null ? null : { shared: request.shared });
    return null;
  },
  'guard-facts': async (request, { tabId, onArmed, signedIn }) => {
    const take = request.takeLinkForm === true && tabId !== undefined && request.courtId !== undefined;
    // The link record is taken now, in arrival order, so the answer must not be lost: a sign-in that
    // could not be counted makes the login unknown (the guard's doubt), never a failed answer.
    const [login, settings, linkFormAt] = await Promise.all([
      loginAfter(signedIn).catch(() => null),
      readSettings(),
      take ? takeLinkSubmitted(tabId!, request.courtId!) : false,
    ]);
    // Asked from a CM/ECF page that stays armed: the link utility's, or the page answering it.
    if (tabId !== undefined && request.courtId !== undefined && (request.linkPage || linkFormAt)) onArmed?.(tabId);
    return {
      login: login ?? null,
      linkFormAt,
      firmNames: settings.firmNames,
      sharedUsernames: settings.sharedUsernames,
      individualUsername: settings.individualUsername,
    };
  },
  'link-form-submitted': async (request, { tabId }) => {
    if (tabId !== undefined) await recordLinkSubmitted(tabId, request.courtId);
    return null;
  },
  'load-guide': async (_request, { tabId, frameId }) => {
    // Firefox (MV2) only: Chrome's content script imports the file itself, and MV3 has no tabs.executeScript.
    const tabs = browser.tabs as typeof browser.tabs & {
      executeScript?: (
        tabId: number,
        details: { file: string; frameId?: number; runAt?: 'document_start' | 'document_end' | 'document_idle' },
      ) => Promise<unknown[]>;
    };
    if (tabId === undefined || !tabs.executeScript) throw new Error('the guide core is injected only in Firefox, into a tab');
    await tabs.executeScript(tabId, { file: '/guide-core.js', frameId: frameId ?? 0, runAt: 'document_start' });
    return { loaded: true };
  },
  'report-page': async (_request, { url }) => {
    // The kind is the browser's word on the sender (which part of the courts' web), never the page's.
    const site = senderPlace(url)?.site ?? 'unknown';
    await browser.tabs.create({ url: reportPageUrl(VERSION, `unknown page on ${site}`) });
    return { opened: true };
  },
};

export async function answerGuide<R extends GuideRequest>(request: R, asker: Asker = {}): Promise<GuideAnswers[R['type']]> {
  // A tab that signed in at PACER and now asks from a CM/ECF page was let in: its sign-in counts.
  // Started here and awaited only where the login is read: each handler takes its court's turn at
  // once, so that requests reach a court in the order they arrived. Awaited first, it let a PACER
  // page's step (no sign-in to count there) be recorded before the CM/ECF page's sent just before it.
  const signedIn = asker.tabId !== undefined && senderPlace(asker.url)?.site === 'cmecf' ? signedInFrom(asker.tabId) : Promise.resolve();
  // A handler that reads no login does not wait for it, nor fail with it.
  signedIn.catch(() => undefined);
  // The map's type pairs each request with its handler; TypeScript cannot follow that through an index.
  const handle = HANDLERS[request.type] as unknown as (request: R, context: Context) => Promise<GuideAnswers[R['type']]>;
  return handle(request, { ...asker, signedIn });
}

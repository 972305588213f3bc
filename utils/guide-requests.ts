// The background's answers to the content script (see utils/messages.ts).
import { courtById } from './courts/catalog';
import { STEP_IDS } from './flow/step-ids';
import type { CourtState, GuideRequest } from './messages';
import { addCourt, countSetback, dismissOffer, readCourt, readSettings, recordAccountFacts, recordProgress, setPaused } from './storage';
import { recordFollowed, takeFollowed } from './storage/followed';
import { readLogin, recordLogin } from './storage/login';

const knownCourt = (id: unknown): id is string => typeof id === 'string' && Boolean(courtById(id));
const onlyBoolean = (fact: unknown) => (typeof fact === 'boolean' ? fact : undefined);

/** Who asked: the tab the content script runs in (the browser's word, not the page's). */
export interface Asker {
  tabId?: number;
}

export async function answerGuide(request: GuideRequest, { tabId }: Asker = {}): Promise<CourtState | null> {
  switch (request.type) {
    case 'court-state':
      if (!knownCourt(request.courtId)) return null;
    {
      const setback = request.arriving === 'linkErrors' || request.arriving === 'menusMissing' ? request.arriving : undefined;
      const [record, settings, login, followed] = await Promise.all([
        // Counting a setback answers with the record as it stands after it.
        setback ? countSetback(request.courtId, setback) : readCourt(request.courtId),
        readSettings(),
        readLogin(),
        request.takeFollowed === true && tabId !== undefined ? takeFollowed(tabId, request.courtId) : undefined,
      ]);
      return { record, settings, login, ...(followed && { followed }) };
    }
    case 'followed-target':
      if (tabId !== undefined && knownCourt(request.courtId) && STEP_IDS.includes(request.step)) await recordFollowed(tabId, request.courtId, request.step);
      return null;
    case 'record-progress':
      if (knownCourt(request.courtId) && STEP_IDS.includes(request.step)) {
        // The background's own memory of the login decides, not the page's word.
        const sharedLogin = (await readLogin())?.shared === true;
        const learned = { ...(typeof request.nextGenLayout === 'boolean' && { nextGenLayout: request.nextGenLayout }), ...(request.mfaSeen === true && { mfaSeen: true }) };
        await recordProgress(request.courtId, request.step, learned, Date.now(), { sharedLogin });
      }
      return null;
    case 'add-court':
      if (knownCourt(request.courtId)) await addCourt(request.courtId);
      return null;
    case 'dismiss-offer':
      if (knownCourt(request.courtId)) await dismissOffer(request.courtId);
      return null;
    case 'pause-court':
      if (knownCourt(request.courtId)) await setPaused(request.courtId, true);
      return null;
    case 'account-type':
      await recordAccountFacts({ upgraded: onlyBoolean(request.upgraded), mfaEnrolled: onlyBoolean(request.mfaEnrolled) });
      return null;
    case 'pacer-login':
      await recordLogin({ shared: request.shared === true });
      return null;
  }
}

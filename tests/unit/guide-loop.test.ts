// The guide loop (in-page/guide/guide.ts) driven through fakes of everything it touches:
// the background, the page, storage's change events, the clock and the card. Beside the E2E walks,
// these pin what the loop itself promises: it records once per step change, counts a setback once
// per page, redraws without writing when another tab changes storage, stops visibly when the
// background is gone, and never lets go of an armed hold when anything fails.
import { afterEach, describe, expect, it } from 'vitest';
import { createGuide, type GuideDeps } from '@/in-page/guide/guide';
import { mountGuideUi } from '@/in-page/guide/ui';
import type { CourtState, GuideRequest } from '@/utils/messages';
import { type Page, recognize } from '@/in-page/recognize';
import { type CourtRecord, DEFAULT_SETTINGS } from '@/utils/storage/schema';
import * as court from '../practice-court/pages.mjs';
import { armGuard, disarmAll, guardFacts, settle, trustedClick } from './guard-harness';

const iasb = court.COURTS.iasb;
const ecf = (path: string) => `http://ecf.iasb.uscourts.gov${path}`;
const parsed = (body: string, url: string) => recognize(new DOMParser().parseFromString(court.cmecfPage(iasb, { filer: false, body }), 'text/html'), url);
const UTILITIES = () => parsed(court.utilitiesBody('direct'), ecf('/cgi-bin/DisplayMenu.pl?Utilities'));
const LINK_FORM = () => parsed(court.linkFormBody(), ecf('/cgi-bin/LinkAccount.pl'));
const LINK_ERROR = () => parsed(court.linkFormBody('Invalid CM/ECF login or password'), ecf('/cgi-bin/LinkAccount.pl'));
const RECORD: CourtRecord = { id: 'iasb', status: 'in-progress', lastStep: 'open-utilities', added: 1, updated: 1 };

/** The loop over fakes: what it asked, what the card showed, and handles to move the world. */
function harness(
  first: Page,
  answer: (request: GuideRequest) => Promise<unknown> = async (r) =>
    r.type === 'court-state' ? state() : r.type === 'page-arrived' ? { state: state() } : null,
  mountUi?: GuideDeps['mountUi'],
) {
  let page = first;
  let alive = true;
  let onStorage: (() => void) | undefined;
  const timers: (() => void)[] = [];
  const asked: GuideRequest[] = [];
  const card = { shown: [] as string[], stopped: [] as string[], removed: 0 };
  const deps: GuideDeps = {
    ask: (request) => {
      asked.push(request);
      return answer(request);
    },
    recognize: () => page,
    shown: () => true,
    alive: () => alive,
    watchStorage: (callback) => {
      onStorage = callback;
      return () => (onStorage = undefined);
    },
    pageWatch: () => ({ observePage() {}, stopPage() {}, watchMenu() {}, stopMenu() {}, watchUsername() {}, stopInputs() {} }),
    mountUi:
      mountUi ?? (() => ({ show: (view) => card.shown.push(view.step), stop: (reason) => card.stopped.push(reason), remove: () => void card.removed++ })),
    clicks: { addEventListener() {} },
    setTimeout: (work) => {
      timers.push(work);
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: () => undefined,
  };
  const loop = createGuide(deps);
  return {
    loop,
    asked,
    card,
    of: (type: GuideRequest['type']) => asked.filter((r) => r.type === type),
    goTo: (next: Page) => (page = next),
    die: () => (alive = false),
    /** Another tab (or the popup, or sync) changed storage; the debounce's timer then fires. */
    storageChanged: () => {
      onStorage?.();
      for (const run of timers.splice(0)) run();
    },
  };
}
const state = (record: CourtRecord | undefined = RECORD): CourtState => ({ record, settings: DEFAULT_SETTINGS, login: { shared: false }, mfaAtLogin: false });

afterEach(() => {
  disarmAll();
  document.title = '';
  document.body.innerHTML = '';
});

describe('the guide loop', () => {
  it('records once per step change, however often the page is read again', async () => {
    const h = harness(UTILITIES());
    h.loop.update();
    await settle();
    h.loop.update();
    await settle();
    h.loop.update();
    await settle();
    expect(h.of('record-progress')).toEqual([
      { type: 'record-progress', courtId: 'iasb', step: 'open-link-utility', nextGenLayout: false, mfaSeen: undefined },
    ]);
    h.goTo(LINK_FORM());
    h.loop.update();
    await settle();
    expect(h.of('record-progress').map((r) => (r as { step: string }).step)).toEqual(['open-link-utility', 'enter-cmecf-credentials']);
    expect(h.card.shown.at(-1)).toBe('enter-cmecf-credentials');
  });

  it('tells the background once per page load that it arrived (counting its setback, taking the followed fact), its answer the first read', async () => {
    const h = harness(LINK_ERROR());
    for (let i = 0; i < 3; i++) {
      h.loop.update();
      await settle();
    }
    expect(h.of('page-arrived')).toEqual([{ type: 'page-arrived', courtId: 'iasb', setback: 'linkErrors' }]);
    // The arrival's answer is the first read (the background reads after counting the setback); later runs only read.
    expect(h.asked[0]?.type).toBe('page-arrived');
    expect(h.of('court-state')).toEqual(Array(2).fill({ type: 'court-state', courtId: 'iasb' }));
    expect(h.card.shown).toHaveLength(3);
    const plain = harness(UTILITIES());
    plain.loop.update();
    await settle();
    expect(plain.of('page-arrived')).toEqual([{ type: 'page-arrived', courtId: 'iasb' }]);
  });

  it('a change from another tab redraws the card without writing anything', async () => {
    const h = harness(UTILITIES());
    h.loop.update();
    await settle();
    const writes = () => h.asked.filter((r) => r.type !== 'court-state').length;
    const [before, shown] = [writes(), h.card.shown.length];
    h.storageChanged();
    await settle();
    h.storageChanged();
    await settle();
    expect(writes()).toBe(before);
    expect(h.card.shown.length).toBe(shown + 2);
    expect(h.of('court-state')).toEqual([
      { type: 'court-state', courtId: 'iasb' },
      { type: 'court-state', courtId: 'iasb' },
    ]);
  });

  it('filing menus it judged a filer’s stay the filer’s when the court is removed and added again meanwhile', async () => {
    const FILER_MENUS = recognize(
      new DOMParser().parseFromString(court.cmecfPage(iasb, { filer: true, body: court.mainMenuBody(iasb) }), 'text/html'),
      ecf('/cgi-bin/login.pl'),
    );
    let record: CourtRecord = { ...RECORD, lastStep: 'select-filer' };
    const h = harness(FILER_MENUS, async (r) => (r.type === 'court-state' ? state(record) : r.type === 'page-arrived' ? { state: state(record) } : null));
    h.loop.update();
    await settle();
    expect(h.card.shown).toEqual(['select-filer']);
    // The popup removed the court and added it again: a fresh record, no last step.
    record = { id: 'iasb', status: 'todo', added: 2, updated: 2 };
    h.storageChanged();
    await settle();
    expect(h.card.shown).toEqual(['select-filer', 'select-filer']);
    // Its step never changed: nothing is written, neither proof nor the step it read before.
    expect(h.of('record-progress')).toEqual([]);
  });

  it('a page whose step was already stored does not write it back over another tab’s newer step', async () => {
    let record: CourtRecord = { ...RECORD, lastStep: 'open-link-utility', nextGenLayout: false };
    const h = harness(UTILITIES(), async (r) => (r.type === 'court-state' ? state(record) : r.type === 'page-arrived' ? { state: state(record) } : null));
    h.loop.update();
    await settle();
    expect(h.card.shown).toEqual(['open-link-utility']);
    expect(h.of('record-progress')).toEqual([]);
    // Another tab went on to the link form.
    record = { ...record, lastStep: 'enter-cmecf-credentials', updated: 2 };
    h.storageChanged();
    await settle();
    expect(h.of('record-progress')).toEqual([]);
  });

  it('stops visibly when the background is gone, and asks nothing more', async () => {
    let gone = false;
    const h = harness(UTILITIES(), async (r) => {
      if (gone) throw new Error('Could not establish connection. Receiving end does not exist.');
      return r.type === 'court-state' ? state() : r.type === 'page-arrived' ? { state: state() } : null;
    });
    h.loop.update();
    await settle();
    gone = true;
    h.die();
    h.storageChanged();
    await settle();
    expect(h.card.stopped).toEqual(['CM/ECF Link Guide was updated or reloaded. Reload this page to use the guide again.']);
    expect(h.card.removed).toBe(0);
    const asked = h.asked.length;
    h.loop.update();
    h.storageChanged();
    await settle();
    expect(h.asked.length).toBe(asked);
  });

  // The background failing after the card is up (recording the step), then before any card (the
  // court's state): either way the submission stays held. In this order: happy-dom, unlike browsers,
  // keeps focus on the guard's notice once it leaves the page.
  it.each(['record-progress', 'court-state', 'page-arrived'] as const)('keeps an armed hold when the background fails at %s', async (failAt) => {
    document.title = 'CM/ECF LIVE - U.S. Bankruptcy Court - Link a CM/ECF account to my PACER account';
    document.body.innerHTML = `<div id="cmecfMainContent"><h3>Link a CM/ECF account to my PACER account</h3><p>CM/ECF login: <b>Ann Lee</b><br>PACER login: <b>Lee &amp; Associates, LLP</b></p>
      <form id="confirm" method="post" action="/cgi-bin/LinkAccount.pl"><input type="submit" id="submit" name="button1" value="Submit"></form></div>`;
    const sent: string[] = [];
    const court = (event: Event) => {
      if (!event.defaultPrevented) sent.push('sent');
      event.preventDefault();
    };
    window.addEventListener('submit', court);
    try {
      const guard = armGuard(async () => guardFacts({ shared: false }));
      await settle();
      // The real card, presenting the real guard; the background fails at `failAt`.
      const h = harness(
        recognize(document, ecf('/cgi-bin/LinkAccount.pl')),
        async (r) => {
          if (r.type === failAt) throw new Error('Extension context invalidated.');
          const linkForm = state({ ...RECORD, lastStep: 'enter-cmecf-credentials' });
          return r.type === 'court-state' ? linkForm : r.type === 'page-arrived' ? { state: linkForm } : null;
        },
        (handlers) => mountGuideUi(handlers, guard),
      );
      h.loop.update();
      for (let i = 0; i < 5; i++) await settle();
      // The page's first read is its arrival's answer: a court-state comes with the next run (another tab's change).
      if (failAt === 'court-state') h.storageChanged();
      for (let i = 0; i < 5; i++) await settle();
      expect(h.of(failAt)).toHaveLength(1);
      trustedClick(document.getElementById('submit')!);
      expect(sent).toEqual([]);
      expect(document.querySelector('[data-hold="armed"]')).not.toBeNull();
    } finally {
      window.removeEventListener('submit', court);
    }
  });
});

// A filing agent's filer, end to end without a browser: the guide loop (in-page/guide/guide.ts) of
// each page load talks to the real background (utils/guide-requests.ts) over fake storage. Once an
// agent chose a filer at a court, the filing menus there are the filer's until the next sign-in,
// whatever the agent's pages record in between: they never mark the court linked or verified.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createGuide } from '@/in-page/guide/guide';
import { type Page, recognize } from '@/in-page/recognize';
import { answerGuide } from '@/utils/guide-requests';
import { addCourt, importChecklist, readCourt } from '@/utils/storage';
import * as court from '../practice-court/pages.mjs';
import { settle } from './guard-harness';

const iasb = court.COURTS.iasb;
const ECF = 'http://ecf.iasb.uscourts.gov';
const at = (filer: boolean, body: string, path: string) => ({
  url: `${ECF}${path}`,
  page: () => recognize(new DOMParser().parseFromString(court.cmecfPage(iasb, { filer, body }), 'text/html'), `${ECF}${path}`),
});
const FILER_SELECT = at(false, court.filerSelectBody(), '/cgi-bin/login.pl');
const FILER_MENUS = at(true, court.mainMenuBody(iasb), '/cgi-bin/login.pl');
const FILER_UTILITIES = at(true, court.utilitiesBody('direct'), '/cgi-bin/DisplayMenu.pl?Utilities');

/** Storage watchers of the page loads still open, run at once when storage.local changes (no debounce). */
const open = new Set<() => void>();
let nextTab = 1;

/** One page load in a tab of its own: returns the steps its card showed; `leave()` ends the load. */
function visit({ url, page }: { url: string; page: () => Page }) {
  const shown: string[] = [];
  const tabId = nextTab++;
  let watcher: (() => void) | undefined;
  createGuide({
    ask: (request) => answerGuide(request, { tabId, url, frameId: 0 }),
    recognize: page,
    shown: () => true,
    alive: () => true,
    watchStorage: (onChange) => {
      watcher = onChange;
      open.add(onChange);
      return () => open.delete(onChange);
    },
    pageWatch: () => ({ observePage() {}, stopPage() {}, watchMenu() {}, stopMenu() {}, watchUsername() {}, stopInputs() {} }),
    mountUi: () => ({ show: (view) => shown.push(view.step), stop: () => undefined, remove: () => undefined }),
    clicks: { addEventListener() {} },
    setTimeout: (work) => {
      queueMicrotask(work);
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: () => undefined,
  }).update();
  return { shown, leave: () => watcher && open.delete(watcher) };
}

/** Lets every answer, write and storage-change run settle. */
async function settled() {
  for (let i = 0; i < 8; i++) await settle();
}

beforeEach(async () => {
  fakeBrowser.reset();
  open.clear();
  fakeBrowser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') for (const run of [...open]) run();
  });
  // The user's own PACER login, as the background counted it at PACER's sign-in.
  await fakeBrowser.storage.session.set({ login: { shared: false } });
  await addCourt('iasb', 1000);
});

/** The agent chose a filer, and the filer's main page loaded. */
async function chooseFiler() {
  visit(FILER_SELECT).leave();
  await settled();
  const menus = visit(FILER_MENUS);
  await settled();
  menus.leave();
  expect(menus.shown).toEqual(['select-filer']);
}

describe('a filing agent’s filer', () => {
  it('the filer’s Utilities in between: the filer’s menus after them are still the filer’s', async () => {
    await chooseFiler();
    visit(FILER_UTILITIES).leave();
    await settled();
    expect((await readCourt('iasb'))?.lastStep).toBe('open-link-utility');
    const back = visit(FILER_MENUS);
    await settled();
    expect(back.shown.at(-1)).toBe('select-filer');
    expect((await readCourt('iasb'))?.status).toBe('in-progress');
  });

  it('a checklist imported in between (a newer last step): still the filer’s', async () => {
    await chooseFiler();
    const now = Date.now();
    const file = {
      format: 'cmecf-link-guide/checklist',
      version: 1,
      exported: now,
      courts: [{ id: 'iasb', status: 'in-progress', lastStep: 'open-utilities', added: 500, updated: now + 1000 }],
    };
    await importChecklist(JSON.stringify(file));
    await settled();
    const back = visit(FILER_MENUS);
    await settled();
    expect(back.shown.at(-1)).toBe('select-filer');
    expect((await readCourt('iasb'))?.status).not.toBe('verified');
  });

  it('a refused or unread PACER sign-in attempt does not end it: the filer’s menus after it are still the filer’s', async () => {
    await chooseFiler();
    visit(FILER_UTILITIES).leave();
    await settled();
    const pacer = { tabId: 99, url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', frameId: 0 };
    // A username the guide could not read, then a wrong password: the attempt's tab never reaches CM/ECF.
    await answerGuide({ type: 'pacer-login', shared: null }, pacer);
    await answerGuide({ type: 'pacer-login', shared: false }, pacer);
    const back = visit(FILER_MENUS);
    await settled();
    expect(back.shown.at(-1)).toBe('select-filer');
    expect((await readCourt('iasb'))?.status).toBe('in-progress');
  });

  it('the fact lasts until the next PACER sign-in counts, which ends it', async () => {
    await chooseFiler();
    const pacer = { tabId: 99, url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK', frameId: 0 };
    const fromCmecf = { tabId: 99, url: FILER_MENUS.url, frameId: 0 };
    expect((await answerGuide({ type: 'court-state', courtId: 'iasb' }, fromCmecf)).filerChosen).toBe(true);
    await answerGuide({ type: 'pacer-login', shared: false }, pacer);
    expect((await answerGuide({ type: 'court-state', courtId: 'iasb' }, fromCmecf)).filerChosen).toBeUndefined();
  });
});

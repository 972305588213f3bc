// The background trusts the page's address, not its words: every request is checked by one schema
// and against the court and the part of the courts' web its sender's address names.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptGuideRequest, answerGuide } from '@/utils/guide-requests';
import { VERSION } from '@/utils/project';
import { addCourt, readCourt } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

const IASB = 'https://ecf.iasb.uscourts.gov/cgi-bin/login.pl';
const IASB_SITE = 'https://www.iasb.uscourts.gov/';
const PACER_IASB = 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';
const PSC = 'https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf';

describe('requests the background accepts', () => {
  it.each([
    ['court-state for the sender’s court', { type: 'court-state', courtId: 'iasb' }, IASB, true],
    ['court-state for another court', { type: 'court-state', courtId: 'iasd' }, IASB, false],
    ['page-arrived for the sender’s court', { type: 'page-arrived', courtId: 'iasb', setback: 'linkErrors' }, IASB, true],
    ['page-arrived for another court', { type: 'page-arrived', courtId: 'iasd' }, IASB, false],
    ['court-state that would write (the old fields are dropped)', { type: 'court-state', courtId: 'iasb', arriving: 'linkErrors' }, IASB, true],
    ['filing menus proven from the court’s CM/ECF', { type: 'record-progress', courtId: 'iasb', step: 'linked' }, IASB, true],
    ['filing menus claimed from the court website', { type: 'record-progress', courtId: 'iasb', step: 'linked' }, IASB_SITE, false],
    ['"linked" claimed from PACER’s login', { type: 'record-progress', courtId: 'iasb', step: 'refresh-menus' }, PACER_IASB, false],
    ['a step recorded on the court website', { type: 'record-progress', courtId: 'iasb', step: 'court-website' }, IASB_SITE, true],
    ['account facts from Manage My Account', { type: 'account-type', upgraded: true }, PSC, true],
    ['account facts from a court page', { type: 'account-type', upgraded: true }, IASB, false],
    ['a login fact from PACER’s login', { type: 'pacer-login', shared: false }, PACER_IASB, true],
    ['a login fact from a CM/ECF page', { type: 'pacer-login', shared: false }, IASB, false],
    ['a pause for another court', { type: 'pause-court', courtId: 'iasd' }, IASB, false],
    ['a court the catalog does not know', { type: 'add-court', courtId: 'zzzz' }, 'https://ecf.zzzz.uscourts.gov/', false],
    ['an unknown request', { type: 'delete-everything' }, IASB, false],
    ['a malformed one', { type: 'court-state', courtId: 42 }, IASB, false],
    ['a step that does not exist', { type: 'record-progress', courtId: 'iasb', step: 'done' }, IASB, false],
    ['a look-alike host', { type: 'court-state', courtId: 'iasb' }, 'https://ecf.iasb.uscourts.gov.example.com/', false],
    ['a training database', { type: 'court-state', courtId: 'iasb' }, 'https://ecf-train.iasb.uscourts.gov/', false],
    ['no sender address', { type: 'court-state', courtId: 'iasb' }, undefined, false],
    ['the link submitted at the sender’s court', { type: 'link-form-submitted', courtId: 'iasb' }, IASB, true],
    ['the guard’s facts from a CM/ECF page', { type: 'guard-facts', courtId: 'iasb', takeLinkForm: true }, IASB, true],
    ['the guard’s facts from PACER’s login, no court', { type: 'guard-facts' }, PACER_IASB, true],
    ['a report of an unknown CM/ECF page', { type: 'report-page' }, IASB, true],
    ['a report carrying the page’s words (dropped)', { type: 'report-page', outline: 'Welcome, Ann B. Lee' }, IASB, true],
    ['a report from no court page', { type: 'report-page' }, 'https://example.com/', false],
    ['the guide core, asked from a court website', { type: 'load-guide' }, IASB_SITE, true],
    ['the guide core, asked from a look-alike host', { type: 'load-guide' }, 'https://ecf.iasb.uscourts.gov.example.com/', false],
  ])('%s', (_name, message, url, accepted) => {
    expect(Boolean(acceptGuideRequest(message, { url, tabId: 1 }))).toBe(accepted);
  });

  it('drops fields the schema does not know', () => {
    expect(acceptGuideRequest({ type: 'add-court', courtId: 'iasb', status: 'verified' }, { url: IASB })).toEqual({ type: 'add-court', courtId: 'iasb' });
  });

  it('a court-state is a read: the fields that once made it write are dropped, and it changes nothing', async () => {
    await addCourt('iasb', 1);
    const request = acceptGuideRequest({ type: 'court-state', courtId: 'iasb', arriving: 'linkErrors', takeFollowed: true }, { url: IASB });
    expect(request).toEqual({ type: 'court-state', courtId: 'iasb' });
    const before = await fakeBrowser.storage.local.get(null);
    await answerGuide(request!, { tabId: 1, url: IASB });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    const arrival = await answerGuide({ type: 'page-arrived', courtId: 'iasb', setback: 'linkErrors' }, { tabId: 1, url: IASB });
    expect((await readCourt('iasb'))?.setbacks).toEqual({ linkErrors: 1 });
    // The arrival's answer is the page's first read, made after the setback was counted.
    expect(arrival.state.record?.setbacks).toEqual({ linkErrors: 1 });
    expect(arrival.state).toEqual(await answerGuide({ type: 'court-state', courtId: 'iasb' }, { tabId: 1, url: IASB }));
  });
});

describe('the guide core in Firefox', () => {
  it('is injected into a tab’s top frame only: a frame of the page asking is refused', () => {
    expect(acceptGuideRequest({ type: 'load-guide' }, { url: IASB, tabId: 7, frameId: 0 })).toEqual({ type: 'load-guide' });
    expect(acceptGuideRequest({ type: 'load-guide' }, { url: IASB, tabId: 7, frameId: 4 })).toBeNull();
  });

  it('is injected into the asking frame of the asking tab, from the package', async () => {
    const injected: unknown[] = [];
    const tabs = fakeBrowser.tabs as unknown as { executeScript?: (...args: unknown[]) => Promise<unknown[]> };
    tabs.executeScript = async (...args) => (injected.push(args), []);
    try {
      expect(await answerGuide({ type: 'load-guide' }, { tabId: 7, frameId: 3, url: IASB })).toEqual({ loaded: true });
      expect(injected).toEqual([[7, { file: '/guide-core.js', frameId: 3, runAt: 'document_start' }]]);
    } finally {
      delete tabs.executeScript;
    }
  });

  it('is refused where there is no tab or no tabs.executeScript (Chrome imports it itself)', async () => {
    await expect(answerGuide({ type: 'load-guide' }, { tabId: 7, url: IASB })).rejects.toThrow(/only in Firefox/);
  });
});

describe('"Report this page"', () => {
  it('opens the tracker’s new-issue form with the version and the page kind only, whatever the request carried', async () => {
    const opened: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async ({ url }) => {
      opened.push(url ?? '');
      return {} as never;
    });
    const request = acceptGuideRequest({ type: 'report-page', outline: 'Welcome, Ann B. Lee 3:22-cv-00417', pageKind: 'Ann' }, { url: IASB });
    expect(await answerGuide(request!, { tabId: 1, url: `${IASB}?case=3:22-cv-00417` })).toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/cmecf-link-guide/cmecf-link-guide/issues/new');
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('body')).toContain(`Extension version: ${VERSION}`);
    expect(url.searchParams.get('body')).toContain('Page kind: unknown page on cmecf');
    for (const leak of ['Ann', '3:22', 'iasb', 'case']) expect(opened[0]).not.toContain(leak);
  });
});

describe('what the background answers', () => {
  const fromPacer = { tabId: 1, url: PACER_IASB };
  const fromCmecf = { tabId: 1, url: IASB };

  it('verifies a court only under a login it saw and found not shared', async () => {
    await addCourt('iasb', 1);
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'linked' }, fromCmecf);
    expect((await readCourt('iasb'))?.status).toBe('linked');
    await answerGuide({ type: 'pacer-login', shared: true }, fromPacer);
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'linked' }, fromCmecf);
    expect((await readCourt('iasb'))?.status).toBe('linked');
    await answerGuide({ type: 'pacer-login', shared: false }, fromPacer);
    await answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'linked' }, fromCmecf);
    expect((await readCourt('iasb'))?.status).toBe('verified');
  });

  it('a sign-in counts only once its tab reaches CM/ECF: a refused attempt leaves the login unknown, never "not shared"', async () => {
    await answerGuide({ type: 'pacer-login', shared: true }, fromPacer);
    await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, fromCmecf);
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, fromCmecf)).toMatchObject({ login: { shared: true } });
    // The user tries their own username; PACER refuses it (they stay on the login page, still signed in as the firm).
    await answerGuide({ type: 'pacer-login', shared: false }, fromPacer);
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, { tabId: 2, url: IASB })).toMatchObject({ login: null });
    // Let in: the tab that signed in reaches CM/ECF.
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, fromCmecf)).toMatchObject({ login: { shared: false } });
  });

  it('a login it could not judge forgets the last one: unknown, never "not shared"', async () => {
    await answerGuide({ type: 'pacer-login', shared: false }, fromPacer);
    await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, fromCmecf);
    await answerGuide({ type: 'pacer-login', shared: null }, fromPacer);
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb' }, fromCmecf)).toMatchObject({ login: null });
  });

  it('the next page’s court-state sees the step the last page recorded a moment before', async () => {
    await addCourt('iasb');
    for (const step of ['pacer-login', 'redaction-agreement', 'open-utilities'] as const) {
      const recorded = answerGuide({ type: 'record-progress', courtId: 'iasb', step });
      const state = await answerGuide({ type: 'court-state', courtId: 'iasb' });
      expect(state.record?.lastStep).toBe(step);
      await recorded;
    }
  });

  it('steps are recorded in the order their pages sent them, however long a CM/ECF page’s sign-in takes to count', async () => {
    await addCourt('iasb');
    // The CM/ECF landing's step, then (the user clicked through) PACER's login's: counting the
    // landing's sign-in reads memory first, and here that read is slow.
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    const slow = vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return read(keys);
    });
    const landing = answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'open-filing-system' }, { tabId: 1, url: 'https://ecf.iasb.uscourts.gov/' });
    const login = answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'pacer-login' }, { tabId: 1, url: PACER_IASB });
    await Promise.all([landing, login]);
    expect(slow).toHaveBeenCalled();
    slow.mockRestore();
    expect((await readCourt('iasb'))?.lastStep).toBe('pacer-login');
  });

  it('a sign-in that cannot be counted: the guard’s answer says the login is unknown and keeps the link record; no step or MFA fact is written', async () => {
    await addCourt('iasb');
    const cmecf = { tabId: 4, url: IASB };
    await answerGuide({ type: 'link-form-submitted', courtId: 'iasb' }, cmecf);
    // Memory cannot be read where the pending sign-in is kept.
    const read = fakeBrowser.storage.session.get.bind(fakeBrowser.storage.session);
    const failing = vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementation(async (keys) => {
      if (keys === 'pendingLogin') throw new Error('session storage unavailable');
      return read(keys);
    });
    try {
      // The page answering the submission still learns that it does, and doubts the login.
      expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb', takeLinkForm: true }, cmecf)).toMatchObject({ login: null, linkFormAt: true });
      await expect(answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-code', mfaSeen: true }, cmecf)).rejects.toThrow(
        'session storage unavailable',
      );
    } finally {
      failing.mockRestore();
    }
    const state = await answerGuide({ type: 'court-state', courtId: 'iasb' });
    expect([state.record?.lastStep, state.mfaAtLogin]).toEqual([undefined, false]);
  });

  it('the next page’s court-state sees the MFA fact recorded with the step, and a failed MFA write records no step', async () => {
    await addCourt('iasb');
    const recorded = answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-code', mfaSeen: true });
    const state = await answerGuide({ type: 'court-state', courtId: 'iasb' });
    expect([state.record?.lastStep, state.mfaAtLogin]).toEqual(['mfa-code', true]);
    await recorded;
    await fakeBrowser.storage.local.clear();
    await addCourt('iasb');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    await expect(answerGuide({ type: 'record-progress', courtId: 'iasb', step: 'mfa-code', mfaSeen: true })).rejects.toThrow('disk full');
    set.mockRestore();
    expect((await answerGuide({ type: 'court-state', courtId: 'iasb' })).record?.lastStep).toBeUndefined();
  });

  it('the tab’s link submission is taken once, by its next page at that court only', async () => {
    await answerGuide({ type: 'link-form-submitted', courtId: 'iasb' }, { tabId: 4 });
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasd', takeLinkForm: true }, { tabId: 4 })).toMatchObject({ linkFormAt: false });
    await answerGuide({ type: 'link-form-submitted', courtId: 'iasb' }, { tabId: 4 });
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb', takeLinkForm: true }, { tabId: 5 })).toMatchObject({ linkFormAt: false });
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb', takeLinkForm: true }, { tabId: 4 })).toMatchObject({ linkFormAt: true });
    expect(await answerGuide({ type: 'guard-facts', courtId: 'iasb', takeLinkForm: true }, { tabId: 4 })).toMatchObject({ linkFormAt: false });
  });

  it('answers the guard with the lists in force, the firm’s policy included', async () => {
    await fakeBrowser.storage.managed.set({ sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
    expect(await answerGuide({ type: 'guard-facts' })).toMatchObject({ sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
  });
});

// Seeded fuzz tests (1,300 cases in all): the recognisers and the guide's decision over mutated real
// pages and random HTML; storage over junk; import over malformed files; import of valid but
// partial files; firm policies mixing good and bad entries. Same seed, same cases.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { decide } from '@/in-page/flow/decide';
import { recognize } from '@/in-page/recognize';
import { isShown } from '@/in-page/recognize/dom';
import {
  addCourt,
  applyImport,
  exportChecklist,
  importChecklist,
  planImport,
  readChecklist,
  readOwnSettings,
  readPolicyCheck,
  readSettings,
  recordProgress,
  type Settings,
  updateSettings,
} from '@/utils/storage';
import { STATUS_RANK } from '@/utils/storage/merge';
import { type CourtRecord, DEFAULT_SETTINGS } from '@/utils/storage/schema';
import * as court from '../practice-court/pages.mjs';

const SEED = 20261121;
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const int = (n: number) => Math.floor(random() * n);

const iasb = court.COURTS.iasb;
const ecf = (p: string) => `http://ecf.iasb.uscourts.gov${p}`;
const PAGES: { html: string; url: string }[] = [
  ...readdirSync('tests/fixtures/real')
    .filter((f) => f.endsWith('.html') && statSync(`tests/fixtures/real/${f}`).size < 60_000)
    .map((f) => ({
      html: readFileSync(`tests/fixtures/real/${f}`, 'latin1'),
      url: f.startsWith('pacercourts')
        ? `https://${f.split('__')[1]}.uscourts.gov/`
        : `https://ecf.${f.split('__').pop()!.split(/[_.]/)[0]}.uscourts.gov/cgi-bin/DktRpt.pl?1`,
    })),
  { html: court.courtWebsite(iasb, (p: string, id: string) => `http://${p}.${id}.uscourts.gov`), url: 'http://www.iasb.uscourts.gov/' },
  { html: court.cmecfLanding(iasb), url: ecf('/') },
  { html: court.pacerLogin(iasb, ecf('/')), url: 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK' },
  {
    html: court.pacerLogin(iasb, ecf('/')).replace('aria-hidden="true" style="display:none"', 'aria-hidden="false" style="display:block"'),
    url: 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK',
  },
  ...['direct', 'nextgen', 'not-live'].map((layout) => ({
    html: court.cmecfPage(iasb, { filer: false, body: court.utilitiesBody(layout) }),
    url: ecf('/cgi-bin/DisplayMenu.pl?Utilities'),
  })),
  { html: court.cmecfPage(iasb, { filer: false, body: court.nextGenMenuBody() }), url: ecf('/cgi-bin/DisplayMenu.pl?NextGenMenuItems') },
  { html: court.cmecfPage(iasb, { filer: false, body: court.linkFormBody() }), url: ecf('/cgi-bin/LinkAccount.pl') },
  { html: court.cmecfPage(iasb, { filer: false, body: court.linkFormBody('Invalid CM/ECF login or password.') }), url: ecf('/cgi-bin/LinkAccount.pl') },
  {
    html: court.cmecfPage(iasb, { filer: false, body: court.linkConfirmBody('Train Attorney03', 'Lee & Associates, LLP', 't') }),
    url: ecf('/cgi-bin/LinkAccount.pl'),
  },
  { html: court.cmecfPage(iasb, { filer: false, body: court.linkSuccessBody() }), url: ecf('/cgi-bin/LinkAccount.pl?linked=1') },
  { html: court.cmecfPage(iasb, { filer: true, body: court.mainMenuBody(iasb) }), url: ecf('/cgi-bin/login.pl') },
];

const WORDS = [
  'Link a CM/ECF account to my PACER account',
  'NextGen Release 1.1 Menu Items',
  'Utilities',
  'Do you want to link these accounts?',
  'CM/ECF',
  'PACER',
  'Invalid',
  'Submit',
  'Continue',
  'Document Filing System',
  'E-Filing (CM/ECF)',
  '\u00ff\u00fe\ufffd titre',
  '',
];
const TAGS = ['div', 'p', 'b', 'font', 'td', 'span', 'h3', 'a', 'form', 'table', 'center', 'li'];

function mutate(doc: Document): void {
  // The elements as they were before this round of mutations (listing them anew for each one cost
  // the fuzz run more than the recognisers it tests): a removed one may still be picked, harmlessly.
  const elements = Array.from(doc.getElementsByTagName('*'));
  const all = () => elements;
  const actions = [
    () => pick(all().filter((e) => e !== doc.documentElement && e !== doc.body))?.remove(),
    () => {
      const el = pick(all().filter((e) => e.parentElement && e !== doc.body));
      if (!el) return;
      const renamed = doc.createElement(pick(TAGS));
      while (el.firstChild) renamed.append(el.firstChild);
      el.replaceWith(renamed);
    },
    () => {
      const menu = doc.getElementById('topmenu');
      if (menu) doc.body?.prepend(menu.cloneNode(true));
    },
    () => pick(all())?.append(doc.createTextNode(pick(WORDS))),
    () => {
      const a = doc.createElement(pick(['a', 'h3', 'b', 'button']));
      a.textContent = pick(WORDS);
      if (a.tagName === 'A')
        a.setAttribute('href', pick(['/cgi-bin/login.pl', 'https://ecf-train.iasb.uscourts.gov/', 'javascript:void 0', '::bad::', '/cgi-bin/LinkAccount.pl']));
      pick(all())?.append(a);
    },
    () => {
      // 600 to 1,200 elements: past the recognisers' bounded reads (SCRIPT_SCAN and the like).
      const table = doc.createElement('table');
      table.innerHTML = '<tr><td>x</td><td><a href="/doc1/1">1</a></td></tr>'.repeat(150 + int(150));
      doc.body?.append(table);
    },
    () => {
      const frame = doc.createElement(pick(['iframe', 'frame']));
      frame.setAttribute('src', pick(['about:blank', 'https://example.com/', '/x']));
      doc.body?.append(frame);
    },
    () => {
      doc.title = pick(WORDS) + String.fromCharCode(0xd800 + int(100));
    },
    () => {
      const el = pick(all());
      if (el) el.setAttribute(pick(['hidden', 'style', 'aria-hidden']), pick(['', 'display:none', 'true', 'visibility:hidden']));
    },
  ];
  for (let i = 0, n = 1 + int(4); i < n; i++) pick(actions)();
}

function randomHtml(depth = 0): string {
  if (depth > 4) return pick(WORDS);
  let out = '';
  for (let i = 0, n = int(5); i < n; i++) {
    const tag = pick([...TAGS, 'input', 'script', 'meta']);
    const attrs = pick([
      '',
      ' id="topmenu"',
      ' id="cmecfMainContent"',
      ' type="password"',
      ' type="checkbox" id="regmsg:chkRedact"',
      ' href="/cgi-bin/DisplayMenu.pl?CivilEvents"',
      ' src="/cgi-bin/menu.pl?id=5"',
      ' http-equiv="refresh" content="0;url=/cgi-bin/ShowIndex.pl"',
      ' name="loginForm:loginName"',
    ]);
    out += ['input', 'meta'].includes(tag)
      ? `<${tag}${attrs}>`
      : `<${tag}${attrs}>${tag === 'script' ? 'document.cookie="PRTYPE=aty"' : randomHtml(depth + 1)}</${tag}>`;
  }
  return out;
}

const URLS = [
  ecf('/'),
  ecf('/cgi-bin/DisplayMenu.pl?Utilities'),
  ecf('/cgi-bin/LinkAccount.pl'),
  'http://www.iasd.uscourts.gov/',
  'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASDC',
  'http://pacer.psc.uscourts.gov/x',
  'http://ecf.zzzb.uscourts.gov/',
];
const RECORDS: (CourtRecord | undefined)[] = [
  undefined,
  ...(['todo', 'in-progress', 'linked', 'verified'] as const).map((status) => ({ id: 'iasb', status, added: 1, updated: 1 })),
];

/** The guide's invariants on any page: no throw, at most one target, never a detached or hidden one. */
function checkGuide(doc: Document, url: string) {
  const page = recognize(doc, url);
  for (const record of RECORDS) {
    const view = decide({
      shown: isShown,
      page,
      record: record && page.court ? { ...record, id: page.court.id } : record,
      settings: { ...DEFAULT_SETTINGS, firmNames: ['Lee'] },
      typedUsername: pick(['', 'firm', 'ann']),
    });
    if (view?.target) {
      expect(view.target.isConnected).toBe(true);
      expect(isShown(view.target)).toBe(true);
    }
  }
  return page.kind;
}

describe('fuzz: recognise and decide', () => {
  it('700 mutated real and practice pages', { timeout: 120_000 }, () => {
    const kinds = new Set<string>();
    for (let i = 0; i < 700; i++) {
      const base = pick(PAGES);
      const doc = new DOMParser().parseFromString(base.html, 'text/html');
      mutate(doc);
      kinds.add(checkGuide(doc, base.url));
    }
    expect(kinds.size).toBeGreaterThan(8);
  });

  it('200 random documents', { timeout: 60_000 }, () => {
    for (let i = 0; i < 200; i++) {
      const doc = new DOMParser().parseFromString(`<html><head><title>${pick(WORDS)}</title></head><body>${randomHtml()}</body></html>`, 'text/html');
      checkGuide(doc, pick(URLS));
    }
  });
});

describe('fuzz: storage and import', () => {
  beforeEach(() => fakeBrowser.reset());
  const JUNK = [
    null,
    0,
    -1,
    1e308,
    'x'.repeat(100_000),
    [],
    {},
    { id: 'iasb' },
    { id: 'iasb', status: 'done', added: 1, updated: 1 },
    { id: 'IASB', status: 'todo', added: 1, updated: 1 },
    { id: 'iasb', status: 'todo', added: 'yesterday', updated: 1 },
    { v: 99 },
    true,
  ];

  it('120 stores of junk: valid court records are all kept, nothing throws', async () => {
    for (let i = 0; i < 120; i++) {
      await fakeBrowser.storage.local.clear();
      const valid = ['iasb', 'iasd', 'nvb'].filter(() => random() < 0.6);
      for (const id of valid) await addCourt(id, 1 + i);
      const junk: Record<string, unknown> = {};
      for (let k = 0, n = 1 + int(4); k < n; k++)
        junk[pick(['court:akb', 'court:zz', 'court:', 'settings', 'prerequisites', 'settings$', `court:${pick(['akd', 'cacb'])}`])] = pick(JUNK);
      await fakeBrowser.storage.local.set(junk);
      const { courts } = await readChecklist();
      for (const id of valid) expect(courts.map((c) => c.id)).toContain(id);
      const settings = await readSettings();
      expect(typeof settings.guideEnabled).toBe('boolean');
    }
  });

  it('80 malformed imports: a clear message and nothing changed', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'pacer-login', {}, 2);
    const good = JSON.stringify(await exportChecklist(3));
    const before = await fakeBrowser.storage.local.get(null);
    const breakers = [
      (t: string) => t.slice(0, int(t.length)),
      (t: string) => t.replace('"courts"', '"kourts"'),
      (t: string) => t.replace(/"status":"[^"]+"/, '"status":"done"'),
      (t: string) => t.replace('"format":"cmecf-link-guide/checklist"', '"format":"other"'),
      (t: string) => t.replace('"version":1', `"version":${2 + int(5)}`),
      (t: string) => t.replace(/"id":"iasb"/, `"id":"${pick(['', 'IASB', '../x', 'a'.repeat(20)])}"`),
      () => JSON.stringify(pick(JUNK)),
      () => '\u0000\u0001binary',
    ];
    for (let i = 0; i < 80; i++) {
      const text = pick(breakers)(good);
      await expect(importChecklist(text)).rejects.toThrow(/^That (file is not|checklist was saved by a newer version).*Nothing was changed\.$/);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    }
  });
});

describe('fuzz: valid but partial files and policies', () => {
  beforeEach(() => fakeBrowser.reset());
  const IDS = ['iasb', 'iasd', 'nvb', 'akb', 'cacb', 'nysd'];
  const STATUSES = ['todo', 'in-progress', 'linked', 'verified'] as const;
  const NOTE = { transactionId: '10005', submitted: '11/01/2015', request: 'Link', status: 'Processed' };
  const some = <T>(xs: readonly T[]) => xs.filter(() => random() < 0.5);
  const record = (id: string): CourtRecord => {
    const status = pick(STATUSES);
    const t = 1 + int(100);
    return {
      id,
      status,
      added: t,
      updated: t + int(100),
      ...(STATUS_RANK[status] >= 2 && { linked: t + int(50) }),
      ...(status === 'verified' && { verified: t + 60 + int(50) }),
      ...(random() < 0.3 && { notification: NOTE }),
      ...(random() < 0.3 && { paused: true }),
      ...(random() < 0.5 && { lastStep: pick(['pacer-login', 'confirm-link', 'refresh-menus'] as const) }),
    };
  };
  const SETTINGS_VALUES: { [K in keyof Settings]: () => Settings[K] } = {
    individualUsername: () => pick(['', 'ann.lee', ' Bob ', 'CAROL']),
    sharedUsernames: () => some(['firm1', 'FIRM2', ' firm3 ', 'ann.lee']),
    firmNames: () => some(['Lee & Associates', 'Lee  Partners', 'Smith LLP']),
    guideEnabled: () => random() < 0.5,
    dismissedOffers: () => some(['akd', 'nvd']),
  };
  const randomSettings = () => Object.fromEntries(some(Object.keys(SETTINGS_VALUES) as (keyof Settings)[]).map((k) => [k, SETTINGS_VALUES[k]()]));

  it('150 partial imports: only what the file holds changes, lists only grow, courts only move forward, the preview tells the truth', {
    timeout: 60_000,
  }, async () => {
    for (let i = 0; i < 150; i++) {
      fakeBrowser.reset();
      for (const r of some(IDS).map(record)) await fakeBrowser.storage.local.set({ [`court:${r.id}`]: r });
      await updateSettings(randomSettings());
      const [beforeCourts, beforeSettings] = [(await readChecklist()).courts, await readOwnSettings()];
      const fileCourts = some(IDS).map(record);
      const fileSettings = randomSettings();
      const text = JSON.stringify({
        format: 'cmecf-link-guide/checklist',
        version: 1,
        exported: 1,
        courts: fileCourts,
        ...(random() < 0.8 && { settings: fileSettings }),
      });
      const plan = await planImport(text);
      const result = await applyImport(plan);
      expect(result).toEqual({
        added: plan.courts.added.length,
        updated: plan.courts.forward.length + plan.courts.updated.length,
        forward: plan.courts.forward.length,
      });

      const after = new Map((await readChecklist()).courts.map((c) => [c.id, c]));
      for (const mine of beforeCourts) {
        const now = after.get(mine.id)!;
        const theirs = fileCourts.find((c) => c.id === mine.id);
        // A file's "verified" arrives as "linked": it proves nothing about this browser's login.
        const arriving = theirs ? Math.min(STATUS_RANK[theirs.status], STATUS_RANK.linked) : 0;
        expect(STATUS_RANK[now.status]).toBe(Math.max(STATUS_RANK[mine.status], arriving));
        if (mine.status !== 'verified') expect(now.verified).toBeUndefined();
        expect(now.added).toBe(Math.min(mine.added, theirs?.added ?? Infinity));
        if (mine.linked !== undefined) expect(now.linked).toBeLessThanOrEqual(mine.linked);
        if (mine.verified !== undefined) expect(now.verified).toBeLessThanOrEqual(mine.verified);
        if (mine.notification || theirs?.notification) expect(now.notification).toEqual(NOTE);
      }
      for (const theirs of fileCourts) expect(after.has(theirs.id)).toBe(true);
      // The preview names every court that changes, with the status it reaches.
      for (const change of plan.changes) expect(after.get(change.id)?.status).toBe(change.to);
      expect(plan.changes.map((c) => c.id).sort()).toEqual([...plan.courts.added, ...plan.courts.forward, ...plan.courts.updated].sort());

      const now = await readOwnSettings();
      const asked = text.includes('"settings"') ? (fileSettings as Partial<Settings>) : {};
      for (const list of ['sharedUsernames', 'firmNames', 'dismissedOffers'] as const) {
        expect(now[list].slice(0, beforeSettings[list].length)).toEqual(beforeSettings[list]);
        if (!asked[list]) expect(now[list]).toEqual(beforeSettings[list]);
      }
      expect(now.guideEnabled).toBe(asked.guideEnabled ?? beforeSettings.guideEnabled);
      expect(now.individualUsername).toBe(asked.individualUsername?.trim() ? asked.individualUsername.trim().toLowerCase() : beforeSettings.individualUsername);
    }
  });

  it('50 firm policies mixing good and bad entries: every good entry applies, every bad one is listed', async () => {
    const GOOD = { sharedUsernames: ['FirmPacer', ' shared2 '], firmNames: ['Lee & Associates', 'Smith  LLP'], startingCourts: ['IASB', ' iasd', 'NVBK'] };
    const BAD = { sharedUsernames: [42, 'u'.repeat(81)], firmNames: [null, 'f'.repeat(201)], startingCourts: ['zzzz', 'ia/sb', 7] };
    for (let i = 0; i < 50; i++) {
      fakeBrowser.reset();
      const policy: Record<string, unknown[]> = {};
      let bad = 0;
      for (const key of some(Object.keys(GOOD) as (keyof typeof GOOD)[])) {
        const wrong = some(BAD[key]);
        bad += wrong.length;
        policy[key] = [...some(GOOD[key]), ...wrong].sort(() => random() - 0.5);
      }
      const extra = random() < 0.3;
      await fakeBrowser.storage.managed.set(extra ? { ...policy, fromNewerVersion: true } : policy);
      const { policy: applied, dropped } = await readPolicyCheck();
      expect(dropped).toHaveLength(bad + (extra ? 1 : 0));
      const settings = await readSettings();
      for (const u of (policy.sharedUsernames ?? []).filter((v) => GOOD.sharedUsernames.includes(v as string)))
        expect(settings.sharedUsernames).toContain((u as string).trim().toLowerCase());
      for (const f of (policy.firmNames ?? []).filter((v) => GOOD.firmNames.includes(v as string)))
        expect(settings.firmNames).toContain((f as string).replace(/\s+/g, ' '));
      const courts = (policy.startingCourts ?? []).filter((v) => GOOD.startingCourts.includes(v as string));
      expect(applied.startingCourts ?? []).toHaveLength(courts.length);
    }
  });
});

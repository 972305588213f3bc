// The guard does not need to know the confirm page's markup (no public copy exists): in a build
// without the confirm-page recogniser (and without the guard's name reader), the page that answers
// the link form is still held, and nothing reaches the court until the user's "Link anyway".
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browsers.mjs';
import { question, reachConfirmPage, signInAtPacer } from '../e2e/guard.mjs';
import { confirmPosts } from '../e2e/safety.mjs';
import { addCourtInPopup } from '../e2e/walk.mjs';
import { startPracticeCourt } from '../practice-court/server.mjs';
import { driver, expect, test } from './fixtures';

const BLIND_DIR = resolve('.output/test-no-confirm-recogniser');

test('guard: with the confirm-page recogniser switched off, the page answering the link form is still held', async () => {
  test.setTimeout(180_000);
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, CMECF_OUT_DIR: '.output/test-no-confirm-recogniser', VITE_NO_CONFIRM_RECOGNIZER: '1' },
    stdio: 'ignore',
  });
  const court = await startPracticeCourt();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cmecf-blind-')), {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(join(BLIND_DIR, 'chrome-mv3'), court.proxy),
    viewport: { width: 1100, height: 800 },
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const d = driver(await context.newPage(), { court, context, extensionId: new URL(worker.url()).host, restart: async () => undefined });
    court.reset({ names: 'match' });
    await addCourtInPopup(d, 'iasb', 'iasb');
    await signInAtPacer(d, 'tattorney');
    await reachConfirmPage(d);
    // Nothing recognises the confirm step in this build: the card cannot name it.
    await d.page.waitForTimeout(500);
    expect(await d.page.evaluate(() => document.querySelector('cmecf-link-guide')?.getAttribute('data-step'))).not.toBe('confirm-link');
    await d.click('input[name=button1]');
    await d.waitFor(question);
    await d.page.waitForTimeout(500);
    expect(confirmPosts(court)).toHaveLength(0);
    const asked = (await d.evaluate(question))!;
    expect(asked.text).toMatch(/cannot tell what this page of the link utility sends/);
    if (asked.by === 'card') await d.clickGuide('Link anyway');
    else await d.clickNotice('Link anyway');
    await d.waitFor(() => /has been linked/.test(document.body?.textContent ?? ''));
    expect(confirmPosts(court)).toHaveLength(1);
  } finally {
    await context.close();
    await court.close();
  }
});

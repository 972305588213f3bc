// Firefox ESR E2E: a page the guide has never seen, the same scenario as Chromium (tests/e2e/unexpected.mjs);
// the outline is checked in its preview (reading Firefox's clipboard back is not offered to a test).
import { test } from 'node:test';
import { walkUnexpectedPage } from '../e2e/unexpected.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

test('a page the guide has never seen, reached through the highlight: unexpected-page card and outline preview; by its address: nothing', async () => {
  await walkUnexpectedPage(d, court);
});

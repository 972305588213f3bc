// The scenarios both browsers run (tests/e2e/scenarios.mjs), in Firefox ESR. Reading Firefox's
// clipboard back is not offered to a test: what is copied is checked in its preview.
import { test } from 'node:test';
import { SCENARIOS } from '../e2e/scenarios.mjs';
import { firefoxSuite } from './driver.mjs';

let court;
let d;
firefoxSuite((now) => ({ court, d } = now));

for (const scenario of SCENARIOS) {
  test(scenario.name, async () => {
    await scenario.run(d, court, {});
  });
}

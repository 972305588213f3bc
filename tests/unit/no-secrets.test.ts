// @vitest-environment node
// A static check: the extension's code reads `.value` only where it is known not to be a password.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['entrypoints', 'components', 'utils'];
const files = ROOTS.flatMap((root) => readdirSync(root, { recursive: true }).map((f) => join(root, String(f)))).filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('.generated.'));

/** Every `.value` read (not a write), by file, with the expression before it. */
function valueReads(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/([\w.)\]!?]+)\.value\b(?!\s*=[^=>])/g)].map((m) => m[1]);
}

/** Code that runs on court pages (the extension's own popup and options pages never see a court form). */
const CONTENT_SIDE = /^(entrypoints\/(gate|guide)|utils\/page-api|utils\/(recognize|flow|gate|accounts|courts|messages)|components\/(hint-card|place-beside|highlight))/;

// Each allowed read on court pages, and why it is not a password.
const ALLOWED: Record<string, string[]> = {
  // The PACER username field (loginForm:loginName); watchUsername refuses type=password inputs.
  'entrypoints/guide-core/watch.ts': ['input'],
  // Labels of submit/button inputs, when looking for a Submit or Continue button.
  'utils/recognize/dom.ts': ['el'],
};

describe('no code reads a password field', () => {
  it('content-side code reads .value only where allowed', () => {
    const contentFiles = files.filter((f) => CONTENT_SIDE.test(f));
    expect(contentFiles.length).toBeGreaterThan(15);
    const found = Object.fromEntries(contentFiles.map((f) => [f, valueReads(f)]).filter(([, reads]) => reads.length));
    expect(found).toEqual(ALLOWED);
  });

  it('content-side code never selects password inputs to read them', () => {
    for (const file of files.filter((f) => CONTENT_SIDE.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/type=password[^\n]*/g)) expect(m[0], `${file}: ${m[0]}`).not.toMatch(/\.value/);
    }
  });
});

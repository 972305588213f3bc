// What a kind of page means beyond its step rows is one table (in-page/flow/page-kinds.ts), and
// nothing else branches on a page's kind: the recognisers name kinds, the tables give them meaning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '@/in-page/flow/page-kinds';
import { RECOGNIZERS } from '@/in-page/recognize';

const sources = (root: string): string[] =>
  readdirSync(root, { recursive: true })
    .map((f) => join(root, String(f)))
    .filter((f) => /\.tsx?$/.test(f));

describe('the page-kind table', () => {
  it('names only kinds the recognisers know', () => {
    for (const kind of Object.keys(PAGE_KINDS)) expect(Object.keys(RECOGNIZERS), kind).toContain(kind);
  });

  it('holds the setbacks a page counts when it loads', () => {
    const setbacks = Object.fromEntries(Object.entries(PAGE_KINDS).flatMap(([kind, b]) => (b?.setback ? [[kind, b.setback]] : [])));
    expect(setbacks).toEqual({ 'link-error': 'linkErrors', 'cmecf-pacer-only': 'menusMissing' });
  });

  it('is the only place outside the recognisers that branches on a page’s kind', () => {
    const files = [...sources('entrypoints'), ...sources('utils'), ...sources('components')].filter(
      (f) => !f.startsWith(join('utils', 'recognize')) && f !== join('utils', 'flow', 'page-kinds.ts'),
    );
    const branches = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bpage\.kind\s*[!=]==\s*'(?!unknown')/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(branches).toEqual([]);
  });
});

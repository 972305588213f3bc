// @vitest-environment node
// What is written for court pages lives in one place: in-page/. A module court pages share with the
// extension (court facts, the storage schema, messages, text) may sit in utils/; a few of in-page/'s
// own (step ids and step info, the gate's reading, the page API) are read by the extension too.
import { describe, expect, it } from 'vitest';
import { COURT_PAGE_ENTRIES, courtPageSources, EXTENSION_ENTRIES, reachedFrom } from '../in-page-files.mjs';

const inPage = reachedFrom(COURT_PAGE_ENTRIES);
const extension = new Set(reachedFrom(EXTENSION_ENTRIES));
/** Court facts are read in pages and by the extension alike; a table of them stays with the others. */
const isCourtFacts = (file: string) => file.startsWith('utils/courts/');

describe('in-page code is one folder', () => {
  it('every file only court pages use lives in in-page/ (court facts aside)', () => {
    const pageOnly = inPage.filter((file) => !extension.has(file) && !COURT_PAGE_ENTRIES.includes(file));
    expect(pageOnly.length).toBeGreaterThan(40);
    expect(pageOnly.filter((file) => !file.startsWith('in-page/') && !isCourtFacts(file))).toEqual([]);
  });

  it('every file in in-page/ runs in court pages, not only in the extension’s own pages', () => {
    const extensionOnly = [...extension].filter((file) => file.startsWith('in-page/') && !inPage.includes(file));
    expect(extensionOnly).toEqual([]);
  });

  it('everything court pages reach is TypeScript the no-secrets check reads, or a stylesheet', () => {
    const sources = new Set(courtPageSources());
    expect(inPage.filter((file) => !sources.has(file) && !file.endsWith('.css'))).toEqual([]);
    expect(sources.has('utils/courts/catalog.generated.ts')).toBe(true);
  });
});

// @vitest-environment node
// What runs in court pages lives in one place: in-page/. Shared modules (court facts, the storage
// schema, messages, text) sit in utils/ because the extension's own pages read them too.
import { describe, expect, it } from 'vitest';
import { COURT_PAGE_ENTRIES, EXTENSION_ENTRIES, reachedFrom } from '../in-page-files.mjs';

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
});

// Which source files run in court pages, found as the bundler finds them: every file the content
// script and the guide core reach through their imports. Read by the no-secrets check and the
// in-page folder check (tests/unit), and held against the build's own source maps (tests/build).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The two entry points whose code lands in court pages. */
export const COURT_PAGE_ENTRIES = ['entrypoints/gate.ts', 'entrypoints/website-gate.ts', 'entrypoints/guide-core/index.ts'];

/** The extension's own pages and its background: code that never meets a court form. */
export const EXTENSION_ENTRIES = [
  'entrypoints/background.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/checklist/main.tsx',
  'entrypoints/welcome/main.tsx',
];

/**
 * Where an import in `from` leads, among the project's files: relative and `@/` paths; packages are
 * not ours. A query (`?inline`) names the file before it.
 * @param {string} from
 * @param {string} specifier
 */
function resolveImport(from, specifier) {
  const path = specifier.replace(/\?.*$/, '');
  const base = path.startsWith('@/') ? path.slice(2) : path.startsWith('.') ? join(dirname(from), path) : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/**
 * Every project file reached from `entries` through imports (type-only imports included, which
 * only makes a check over them stricter), sorted.
 * @param {string[]} entries
 * @returns {string[]}
 */
export function reachedFrom(entries) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} file */
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolveImport(file, fileName);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen].sort();
}

/**
 * The source files whose code runs in court pages: every TypeScript file reached (the generated
 * catalog included). The no-secrets check reads exactly these; anything else reached must be a
 * stylesheet (tests/unit/in-page-folder.test.ts), and the build's source maps may name nothing else
 * of the project (tests/build/build.test.mjs).
 * @returns {string[]}
 */
export const courtPageSources = () => reachedFrom(COURT_PAGE_ENTRIES).filter((file) => /\.(ts|tsx)$/.test(file));

import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chromium 136+): compile every function of the file as it is read. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts V8's compile hint atop `fileName` (the guide core). Chromium streams that file in on a
 * background thread as the gate imports it; with the hint, V8 compiles all its functions there, so
 * the court page's main thread no longer stops to compile each one on its first call (about half of
 * the core's cost on a hint page: docs/performance.md). Other browsers read it as a comment.
 */
export function compileHint(fileName: string): Plugin {
  return {
    name: 'cmecf-compile-hint',
    apply: 'build',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      // WXT builds each entrypoint on its own: most builds hold no guide core.
      if (chunk?.type !== 'chunk') return;
      chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      // The code moved down a line: so do its source map's lines (SOURCEMAP=1 builds).
      const map = bundle[`${fileName}.map`];
      if (map?.type === 'asset') {
        const json = JSON.parse(String(map.source));
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    },
  };
}

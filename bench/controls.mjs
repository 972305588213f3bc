// Two tiny extensions the benchmark writes for itself, to put its numbers in context:
// - the baseline: no content script at all. The "without" browser loads it, so that both browsers
//   run Chromium's extension system, as every real Chrome does; the difference is then our
//   extension alone, not the extension system that a bare `--disable-extensions` switches off.
// - the floor: the least an extension can do to show a hint in the same way ours does (one storage
//   read on a court page, then, for a court on the checklist, a module with one element in a shadow
//   root), so the tables show what the profiler charges on this machine for doing almost nothing.
//   The budgets are set against it (bench/run.mjs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function write(name, files) {
  const dir = mkdtempSync(join(tmpdir(), `cmecf-bench-${name}-`));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), typeof text === 'string' ? text : JSON.stringify(text));
  return dir;
}

export const baselineExtension = () => write('baseline', { 'manifest.json': { manifest_version: 3, name: 'bench baseline (no content script)', version: '1.0' } });

export const floorExtension = () =>
  write('floor', {
    'manifest.json': {
      manifest_version: 3,
      name: 'bench floor (one storage read, one element)',
      version: '1.0',
      permissions: ['storage'],
      // An empty worker, only so that the bench can set this extension's storage as it does ours.
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['*://*.uscourts.gov/*'], js: ['gate.js'], run_at: 'document_idle' }],
      web_accessible_resources: [{ resources: ['core.js'], matches: ['*://*.uscourts.gov/*'] }],
    },
    'worker.js': '',
    // Reads storage on every court host, as our gate does (a court website too), and draws its one
    // element only for a court on the checklist that is neither verified nor paused.
    'gate.js': `(() => {
  const id = /^(?:[a-z-]+\\.)?([a-z0-9]+)\\.uscourts\\.gov$/.exec(location.hostname)?.[1];
  if (!id) return;
  const key = 'court:' + id;
  chrome.storage.local.get([key, 'settings']).then(async (stored) => {
    const record = stored[key];
    if (!record || record.status === 'verified' || record.paused) return;
    await import(chrome.runtime.getURL('/core.js'));
    globalThis.floorCore(record.lastStep);
  });
})();`,
    'core.js': `globalThis.floorCore = (step) => {
  const host = document.createElement('cmecf-link-guide');
  host.dataset.step = step;
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0';
  const card = document.createElement('section');
  card.textContent = 'Open Utilities';
  host.attachShadow({ mode: 'open' }).append(card);
  document.body.append(host);
};`,
  });

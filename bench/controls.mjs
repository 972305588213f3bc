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

/** Writes an extension's files into a new temporary directory (a value that is not text as JSON); returns the directory. */
export function write(name, files) {
  const dir = mkdtempSync(join(tmpdir(), `cmecf-bench-${name}-`));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), typeof text === 'string' ? text : JSON.stringify(text));
  return dir;
}

export const baselineExtension = () =>
  write('baseline', { 'manifest.json': { manifest_version: 3, name: 'bench baseline (no content script)', version: '1.0' } });

/** A content script `gate.js` on every court host, which may import `core.js`; a worker `worker.js`. */
const gateAndCore = (name) => ({
  manifest_version: 3,
  name,
  version: '1.0',
  permissions: ['storage'],
  background: { service_worker: 'worker.js' },
  content_scripts: [{ matches: ['*://*.uscourts.gov/*'], js: ['gate.js'], run_at: 'document_idle' }],
  web_accessible_resources: [{ resources: ['core.js'], matches: ['*://*.uscourts.gov/*'] }],
});

export const floorExtension = () =>
  write('floor', {
    'manifest.json': gateAndCore('bench floor (one storage read, one element)'),
    // An empty worker, only so that the bench can set this extension's storage as it does ours.
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

/**
 * The least a guide can do to show a hint, written by hand: the floor's work, plus what any guide
 * must do on a hint page (find the step's target, ask the background for the court's state, draw
 * a card with a title, a text and two buttons in a styled shadow root, mark the target, place the
 * card beside it once the page is laid out, watch the page for changes). It is told the target's
 * selector (the bench stores it as `least:target`), so it recognises nothing, and it has no steps
 * table and no error handling. A reference, not a budget: what part of our cost any guide pays here.
 */
export const leastGuideExtension = (css) =>
  write('least', {
    'manifest.json': gateAndCore('bench least guide (told its target)'),
    'worker.js': `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  chrome.storage.local.get(message.key).then((stored) => reply(stored[message.key] ?? null));
  return true;
});`,
    'gate.js': leastGuideGate('chrome', "await import(chrome.runtime.getURL('/core.js'));"),
    'core.js': leastGuideCore(css, 'chrome'),
  });

/**
 * The least guide's content script: the floor's storage read (and the target's selector), then,
 * for a court on the checklist neither verified nor paused, `loadCore` (a statement that brings
 * core.js in) and the card. `api`: the extension API's global in court pages.
 */
export const leastGuideGate = (api, loadCore) => `(() => {
  const id = location.hostname.split('.').slice(-3, -2)[0];
  if (!id) return;
  const key = 'court:' + id;
  ${api}.storage.local.get([key, 'settings', 'least:target']).then(async (stored) => {
    const record = stored[key];
    if (!record || record.status === 'verified' || record.paused) return;
    ${loadCore}
    globalThis.leastGuide(key, stored['least:target']);
  });
})();`;

/**
 * The least guide's core: `globalThis.leastGuide(key, selector)` draws the card. `api`: the
 * extension API's global in court pages (`chrome`, or Firefox's `browser`). Shared by Chromium's
 * least guide (imported as a module) and Firefox's (bench/firefox.mjs: injected by its background,
 * as ours is).
 */
export const leastGuideCore = (css, api) => `const CSS = ${JSON.stringify(css)};
globalThis.leastGuide = async (key, selector) => {
  const target = document.querySelector(selector);
  const state = await ${api}.runtime.sendMessage({ key });
  if (!state || !target) return;
  const host = document.createElement('cmecf-link-guide');
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const card = document.createElement('section');
  card.className = 'card';
  card.setAttribute('role', 'region');
  const el = (tag, text, cls) => { const e = document.createElement(tag); e.textContent = text; if (cls) e.className = cls; return e; };
  const actions = el('div', '', 'actions');
  actions.append(el('button', 'Hide', ''), el('button', 'Not now', ''));
  card.append(el('p', 'Step 5 of 9', 'progress'), el('h2', 'Next step', 'title'), el('p', 'Click the highlighted link.', 'text'), actions);
  shadow.append(style, card);
  host.dataset.step = state.lastStep;
  document.body.append(host);
  target.style.setProperty('outline', '3px solid #f6be00', 'important');
  target.setAttribute('data-link-guide-target', 'next');
  // Read positions when the browser has laid the page out anyway (a resize observer's callback),
  // not in an animation frame, where reading them would force layout.
  new ResizeObserver((entries, observer) => {
    observer.disconnect();
    const box = target.getBoundingClientRect();
    const own = card.getBoundingClientRect();
    card.style.left = Math.min(box.left, innerWidth - own.width) + 'px';
    card.style.top = box.bottom + 8 + 'px';
  }).observe(card);
  new MutationObserver(() => undefined).observe(document.body, { childList: true, subtree: true });
};`;

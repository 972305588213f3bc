// Where the guide could not load (a browser that refuses the guide's file, a policy blocking it):
// one line on the page says so, instead of silence, and says that the guard on the permanent link
// holds on without it. Plain DOM in a shadow root; the user closes it. Runs only on that failure.
const HOST_STYLE =
  'all:initial !important;display:block !important;position:fixed !important;bottom:16px !important;left:16px !important;' +
  'z-index:2147483647 !important;max-width:min(420px, calc(100vw - 32px)) !important;';

const CSS = `
.failed{font:14px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff;border:2px solid #1f3a5f;border-left-width:6px;border-radius:6px;padding:10px 12px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
p{margin:0 0 8px}
button{font:inherit;padding:4px 10px;border:1px solid #1f3a5f;border-radius:4px;background:#fff;color:#1f3a5f;cursor:pointer}
button:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
@media (prefers-color-scheme: dark){.failed{background:#1e1e1e;color:#f0f0f0;border-color:#cfe0ff}button{background:#1e1e1e;color:#cfe0ff;border-color:#cfe0ff}}
`;

/** What the line says: on a CM/ECF page the guard is armed and holds on; elsewhere only the hints are missing. */
export function loadFailureText(guarded: boolean): string {
  const rest = guarded ? ' The link page’s Submit still waits for a check: if the guide cannot tell that the account is right, it asks you first.' : '';
  return `CM/ECF Link Guide could not load its hints on this page (update the browser, or ask your IT whether a policy blocks the extension).${rest}`;
}

/** Shows the line once per page (public DOM contract: <cmecf-link-guide-error>, docs/public-contracts.md). */
export function showLoadFailure(doc: Document, guarded: boolean): HTMLElement {
  const existing = doc.querySelector<HTMLElement>('cmecf-link-guide-error');
  if (existing) return existing;
  const host = doc.createElement('cmecf-link-guide-error');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('section');
  box.className = 'failed';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('p');
  text.textContent = loadFailureText(guarded);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', (event) => event.isTrusted && host.remove());
  box.append(text, close);
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}

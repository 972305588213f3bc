// The guide's UI in a court page: keys typed into secret fields are never looked at; the card asks
// the guard's question, and only the user's own "Link anyway" sends the held submission, once.
import { confirmView } from './confirm-view';
import { mountGuideUi } from '@/in-page/guide/ui';
import { armGuard, disarmAll, guardFacts, settle, trustedClick } from './guard-harness';
import type { Page } from '@/in-page/recognize';

const handlers = () => ({ hide: vi.fn(), notNow: vi.fn(), acceptOffer: vi.fn(), dismissOffer: vi.fn(), reportPage: vi.fn(async () => undefined) });

/** A guard armed on this test page, as on the link utility's: the background answers `login`. */
async function armedGuard(login: { shared: boolean } | null = { shared: false }) {
  // The confirm step: the names and the confirm form, no password field (that would be the link form).
  document.getElementById('login')?.remove();
  document.title = 'CM/ECF - Link a CM/ECF account to my PACER account';
  const guard = armGuard(async () => guardFacts(login));
  await settle();
  return guard;
}
const view = confirmView;
const page = { kind: 'unknown', urlFacts: null } as Page;

/** A keydown as the user types it, recording whether anyone read which key it was. */
function typedKey(target: Element, key: string, modifiers: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...modifiers });
  const read: string[] = [];
  Object.defineProperty(event, 'isTrusted', { value: true });
  for (const name of ['key', 'code', 'keyCode', 'which', 'charCode'] as const) {
    const value = name === 'key' ? key : 0;
    Object.defineProperty(event, name, { get: () => (read.push(name), value) });
  }
  target.dispatchEvent(event);
  return read;
}

describe('the guide UI in a court page', () => {
  afterEach(() => {
    disarmAll();
    document.title = '';
  });
  beforeEach(() => {
    document.body.innerHTML = `
      <form id="login"><input id="user" type="text"><input id="pw" type="password"><input id="otp" autocomplete="one-time-code"></form>
      <p>CM/ECF Name: <b>Train Attorney03</b><br>PACER Name: <b>Train Attorneythree</b></p>
      <form id="confirm" method="post" action="/x"><input type="hidden" name="step" value="confirm">
        <input id="submit" type="submit" name="button1" value="Submit"><input id="other" type="submit" name="button2" value="Other"></form>`;
  });

  it('never looks at keys typed into a password or one-time-code field', () => {
    const ui = mountGuideUi(handlers());
    ui.show(view(), page);
    for (const id of ['pw', 'otp']) {
      expect(typedKey(document.getElementById(id)!, 'a'), id).toEqual([]);
      expect(typedKey(document.getElementById(id)!, 'L', { altKey: true, shiftKey: true }), id).toEqual([]);
    }
    expect(typedKey(document.getElementById('user')!, 'a')).toContain('key');
    ui.remove();
  });

  it('Alt+Shift+L reaches the card by the letter or, outside a field, by the physical key (a Mac types “Ò”); never with Ctrl (AltGr)', () => {
    const ui = mountGuideUi(handlers());
    ui.show(view(), page);
    const shadow = document.querySelector('cmecf-link-guide')!.shadowRoot!;
    const card = shadow.querySelector('section')!;
    const press = (target: Element, init: KeyboardEventInit) => {
      (shadow.activeElement as HTMLElement | null)?.blur?.();
      const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, altKey: true, shiftKey: true, ...init });
      Object.defineProperty(event, 'isTrusted', { value: true });
      target.dispatchEvent(event);
      return { focused: shadow.activeElement === card, taken: event.defaultPrevented };
    };
    expect(press(document.body, { key: 'Ò', code: 'KeyL' })).toEqual({ focused: true, taken: true });
    expect(press(document.body, { key: 'L', code: 'KeyL' })).toEqual({ focused: true, taken: true });
    // In a text field, the Mac's "Ò" (or a French Mac's "|") is typed, not taken; the letter still works.
    expect(press(document.getElementById('user')!, { key: 'Ò', code: 'KeyL' })).toEqual({ focused: false, taken: false });
    expect(press(document.getElementById('user')!, { key: 'L', code: 'KeyL' })).toEqual({ focused: true, taken: true });
    // AltGr (Ctrl+Alt) and Cmd are not the shortcut.
    expect(press(document.body, { key: 'L', code: 'KeyL', ctrlKey: true })).toEqual({ focused: false, taken: false });
    expect(press(document.body, { key: 'L', code: 'KeyL', metaKey: true })).toEqual({ focused: false, taken: false });
    ui.remove();
  });

  it('asks the guard’s question on a held page; only the user’s own "Link anyway" sends the held submission, once', async () => {
    const guard = await armedGuard();
    const ui = mountGuideUi(handlers(), guard);
    const form = document.getElementById('confirm') as HTMLFormElement;
    const sent: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      sent.push((event.submitter as HTMLInputElement | null)?.name || null);
      event.preventDefault();
    });
    ui.show(view({ warnings: ['name-mismatch'] }), page);
    const host = document.querySelector('cmecf-link-guide')!;
    expect(host.getAttribute('data-hold')).toBe('armed');
    expect(host.shadowRoot!.textContent).toContain('The two names differ: CM/ECF says “Train Attorney03”, PACER says “Train Attorneythree”');
    form.requestSubmit(document.getElementById('other') as HTMLInputElement);
    expect(sent).toEqual([]);
    expect(host.shadowRoot!.querySelector('[role=alertdialog]')).not.toBeNull();
    // The card asks: the guard's own notice does not show beside it.
    expect(document.querySelector('cmecf-link-guard')).toBeNull();
    const linkAnyway = Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Link anyway')!;
    linkAnyway.click();
    expect(sent).toEqual([]);
    trustedClick(linkAnyway);
    expect(sent).toEqual(['button2']);
    trustedClick(linkAnyway);
    expect(sent).toEqual(['button2']);
    // The card gone, the page is still held: the guard asks in its own notice.
    ui.remove();
    form.requestSubmit();
    expect(sent).toEqual(['button2']);
    expect(document.querySelector('cmecf-link-guard')?.getAttribute('data-hold')).toBe('armed');
  });

  it('says that every form is held when it cannot name the Submit button', async () => {
    const ui = mountGuideUi(handlers(), await armedGuard({ shared: true }));
    ui.show(view({ warnings: ['shared-account'], missing: 'I can’t find the Submit button on this page.' }), page);
    const missing = document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelector('.missing')!.textContent;
    expect(missing).toBe('I can’t find the Submit button on this page. Every form on this page is held until you choose.');
    ui.remove();
  });

  it('Hide, Esc and "Not now" never take a held page’s explanation away', async () => {
    const h = handlers();
    const ui = mountGuideUi(h, await armedGuard());
    ui.show(view({ warnings: ['name-mismatch'] }), page);
    const host = document.querySelector('cmecf-link-guide')!;
    const buttons = () => Array.from(host.shadowRoot!.querySelectorAll('button')).map((b) => b.textContent);
    expect(buttons()).not.toContain('Not now for this court');
    trustedClick(Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Hide')!);
    expect(h.hide).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
    expect(host.shadowRoot!.textContent).toContain('Held: linking is permanent');
    expect(host.shadowRoot!.textContent).toContain('The two names differ');
    expect(host.getAttribute('data-hold')).toBe('armed');
    ui.remove();
  });

  it('a page hiding the card while it asks gets it back: Submit never looks dead without a reason', async () => {
    const ui = mountGuideUi(handlers(), await armedGuard());
    ui.show(view({ warnings: ['name-mismatch'] }), page);
    (document.getElementById('confirm') as HTMLFormElement).requestSubmit();
    const host = document.querySelector('cmecf-link-guide') as HTMLElement;
    host.style.display = 'none';
    host.remove();
    await settle();
    expect(host.isConnected).toBe(true);
    expect(host.getAttribute('style')).toContain('display:block !important');
    ui.remove();
  });

  it('stop() keeps the page held: the card says so, and the guard asks in its own notice', async () => {
    const guard = await armedGuard();
    const ui = mountGuideUi(handlers(), guard);
    const form = document.getElementById('confirm') as HTMLFormElement;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      sent++;
      event.preventDefault();
    });
    ui.show(view({ warnings: ['name-mismatch'] }), page);
    ui.stop('The extension was reloaded.');
    expect(document.querySelector('cmecf-link-guide')!.shadowRoot!.textContent).toContain('The guide stopped');
    expect(document.querySelector('cmecf-link-guide')!.shadowRoot!.textContent).toContain('stay held');
    form.requestSubmit();
    expect(sent).toBe(0);
    const notice = document.querySelector('cmecf-link-guard')!;
    expect(notice.shadowRoot!.textContent).toContain('The two names differ');
    trustedClick(Array.from(notice.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Link anyway')!);
    expect(sent).toBe(1);
    ui.remove();
  });

  it('replaces a card left by an earlier copy of the extension', () => {
    document.body.append(document.createElement('cmecf-link-guide'));
    const stale = document.getElementById('user')!;
    stale.setAttribute('data-link-guide-target', 'pacer-login');
    stale.style.setProperty('outline', '3px solid #f6be00', 'important');
    const ui = mountGuideUi(handlers());
    ui.show(view(), page);
    expect(document.querySelectorAll('cmecf-link-guide').length).toBe(1);
    expect(stale.hasAttribute('data-link-guide-target')).toBe(false);
    expect(stale.style.outline).toBe('');
    ui.remove();
  });
});

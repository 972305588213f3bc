// The guide's UI in a court page: keys typed into secret fields are never looked at; the hold
// holds every way of submitting and lets the held submission go exactly once.
import { mountGuideUi } from '@/entrypoints/guide-core/ui';
import { courtById } from '@/utils/courts/catalog';
import type { View } from '@/utils/flow/decide';
import type { Page } from '@/utils/recognize';

const handlers = () => ({ held: vi.fn(), hide: vi.fn(), notNow: vi.fn(), acceptOffer: vi.fn(), dismissOffer: vi.fn() });
const view = (over: Partial<View> = {}): View => ({
  step: 'confirm-link',
  court: courtById('iasb')!,
  title: 'Check both names, then Submit',
  text: 'Submitting links the two accounts permanently.',
  progress: { n: 8, of: 9 },
  target: null,
  missing: null,
  warnings: [],
  hold: false,
  help: { text: '', links: [] },
  ...over,
});
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
  beforeEach(() => {
    document.body.innerHTML = `
      <form id="login"><input id="user" type="text"><input id="pw" type="password"><input id="otp" autocomplete="one-time-code"></form>
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

  it('holds every submission while a warning holds the page, and releases the held one once', () => {
    const h = handlers();
    const ui = mountGuideUi(h);
    const form = document.getElementById('confirm') as HTMLFormElement;
    const sent: (string | null)[] = [];
    form.addEventListener('submit', (event) => {
      sent.push((event.submitter as HTMLInputElement | null)?.name || null);
      event.preventDefault();
    });
    ui.show(view({ hold: true, warnings: ['name-mismatch'] }), page);
    form.requestSubmit(document.getElementById('other') as HTMLInputElement);
    expect(sent).toEqual([]);
    expect(h.held).toHaveBeenCalledTimes(1);
    const host = document.querySelector('cmecf-link-guide')!;
    expect(host.shadowRoot!.querySelector('[role=alertdialog]')).not.toBeNull();
    const linkAnyway = Array.from(host.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent === 'Link anyway')!;
    linkAnyway.click();
    expect(sent).toEqual([]);
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    linkAnyway.dispatchEvent(trusted);
    expect(sent).toEqual(['button2']);
    ui.remove();
    form.requestSubmit();
    expect(sent).toEqual(['button2', null]);
  });

  it('says that every form is held when it cannot name the Submit button', () => {
    const ui = mountGuideUi(handlers());
    ui.show(view({ hold: true, warnings: ['shared-account'], missing: 'I can’t find the Submit button on this page.' }), page);
    const missing = document.querySelector('cmecf-link-guide')!.shadowRoot!.querySelector('.missing')!.textContent;
    expect(missing).toBe('I can’t find the Submit button on this page. Every form on this page is held until you choose.');
    ui.remove();
  });

  it('stop() lets go of the page: the hold is gone and the card says why', () => {
    const ui = mountGuideUi(handlers());
    const form = document.getElementById('confirm') as HTMLFormElement;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      sent++;
      event.preventDefault();
    });
    ui.show(view({ hold: true, warnings: ['name-mismatch'] }), page);
    ui.stop('The extension was reloaded.');
    form.requestSubmit();
    expect(sent).toBe(1);
    expect(document.querySelector('cmecf-link-guide')!.shadowRoot!.textContent).toContain('The guide stopped');
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

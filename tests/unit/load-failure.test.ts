// Where the guide could not load, the page says so in one line instead of silence (in-page/load-failure.ts).
import { loadFailureText, showLoadFailure } from '@/in-page/load-failure';

afterEach(() => document.body.replaceChildren());

/** A click as the user makes it: browsers mark it trusted, a page script's click() is not. */
function userClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('the line shown when the guide cannot load', () => {
  it('says so once, as an alert, and on a guarded page that the link still waits for a check', () => {
    const host = showLoadFailure(document, true);
    expect(showLoadFailure(document, true)).toBe(host);
    expect(document.querySelectorAll('cmecf-link-guide-error')).toHaveLength(1);
    const box = host.shadowRoot!.querySelector('[role=alert]')!;
    expect(box.textContent).toContain('could not load its hints on this page');
    expect(box.textContent).toContain('Submit still waits for a check');
    expect(loadFailureText(false)).not.toContain('Submit');
  });

  it('closes on the user’s own click only', () => {
    const host = showLoadFailure(document, false);
    const close = host.shadowRoot!.querySelector('button')!;
    close.click();
    expect(host.isConnected).toBe(true);
    userClick(close);
    expect(host.isConnected).toBe(false);
  });
});

// The few listeners the guide needs, each removed as soon as it is not needed.
import { isSecretField } from '@/in-page/secret-fields';

const DEBOUNCE_MS = 120;

export class PageWatch {
  private observer: MutationObserver | undefined;
  private timer: number | undefined;
  private inputCleanup: (() => void) | undefined;
  private watchedInput: HTMLInputElement | undefined;
  private menuCleanup: (() => void) | undefined;
  private watchedMenu: Element | undefined;
  private menuTimer: number | undefined;

  constructor(private readonly onChange: () => void) {}

  /** Re-run when the page changes without navigation (debounced; our own UI is ignored). */
  observePage(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('cmecf-link-guide') || r.target.nodeName === 'CMECF-LINK-GUIDE')) return;
      this.onPageChange();
    });
    this.observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'aria-hidden', 'hidden', 'disabled'],
    });
    // Ticking a checkbox changes a property, not an attribute: no mutation reports it.
    document.addEventListener('change', this.onPageChange, true);
  }

  private readonly onPageChange = () => {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(this.onChange, DEBOUNCE_MS);
  };

  stopPage(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    document.removeEventListener('change', this.onPageChange, true);
    clearTimeout(this.timer);
  }

  /**
   * Re-run when the drop-down that holds `link` may have opened or closed: pointer, focus and clicks
   * in the menu item that holds both `opener` and `link`, the end of its transitions, and a script
   * flipping its attributes. Listens to that one menu item only (debounced).
   */
  watchMenu(opener: Element, link: Element): void {
    let item = opener.parentElement;
    while (item && !item.contains(link)) item = item.parentElement;
    if (!item || item === this.watchedMenu) return;
    this.stopMenu();
    this.watchedMenu = item;
    const changed = () => {
      clearTimeout(this.menuTimer);
      this.menuTimer = window.setTimeout(this.onChange, DEBOUNCE_MS);
    };
    const events = ['mouseover', 'mouseout', 'focusin', 'focusout', 'click', 'transitionend'];
    for (const type of events) item.addEventListener(type, changed, true);
    const observer = new MutationObserver(changed);
    observer.observe(item, { subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-expanded', 'open'] });
    this.menuCleanup = () => {
      for (const type of events) item.removeEventListener(type, changed, true);
      observer.disconnect();
    };
  }

  stopMenu(): void {
    this.menuCleanup?.();
    this.menuCleanup = undefined;
    this.watchedMenu = undefined;
    clearTimeout(this.menuTimer);
  }

  /** Reads the PACER *username* on blur and on submit. The password field is never touched. */
  watchUsername(input: HTMLInputElement, onValue: (value: string) => void): void {
    // Never a password or one-time-code field, whatever a page calls it.
    if (this.watchedInput === input || isSecretField(input)) return;
    this.stopInputs();
    this.watchedInput = input;
    const read = () => onValue(input.value);
    input.addEventListener('blur', read);
    input.form?.addEventListener('submit', read, true);
    this.inputCleanup = () => {
      input.removeEventListener('blur', read);
      input.form?.removeEventListener('submit', read, true);
    };
  }

  stopInputs(): void {
    this.inputCleanup?.();
    this.inputCleanup = undefined;
    this.watchedInput = undefined;
  }
}

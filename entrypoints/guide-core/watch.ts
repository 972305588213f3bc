// The few listeners the guide needs, each removed as soon as it is not needed.
const DEBOUNCE_MS = 120;

export class PageWatch {
  private observer: MutationObserver | undefined;
  private timer: number | undefined;
  private inputCleanup: (() => void) | undefined;
  private watchedInput: HTMLInputElement | undefined;

  constructor(private readonly onChange: () => void) {}

  /** Re-run when the page changes without navigation (debounced; our own UI is ignored). */
  observePage(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('cmecf-link-guide') || r.target.nodeName === 'CMECF-LINK-GUIDE')) return;
      this.onPageChange();
    });
    this.observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'aria-hidden', 'hidden', 'disabled'] });
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

  /** Reads the PACER *username* on blur and on submit. The password field is never touched. */
  watchUsername(input: HTMLInputElement, onValue: (value: string) => void): void {
    // Never a password field, whatever a page calls it.
    if (this.watchedInput === input || input.type === 'password') return;
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

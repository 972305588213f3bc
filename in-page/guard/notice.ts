// The guard's own notice: what a held page shows when the guide's card is not there to ask (the
// guide not loaded for this court, or failed to load, or stopped). Plain DOM in a shadow root, like
// the card; kept in sight while it asks: a page that hides or removes it gets it back, so Submit
// never looks dead without a visible reason.
import { keepInSight } from './keep-in-sight';
import type { GuardView } from './link-guard';
import { HOLD_TITLE, questionLines } from './words';

const HOST_STYLE =
  'all:initial !important;display:block !important;visibility:visible !important;opacity:1 !important;position:fixed !important;' +
  'bottom:16px !important;right:16px !important;z-index:2147483647 !important;max-width:min(420px, calc(100vw - 32px)) !important;';

const CSS = `
.notice{font:15px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff;border:3px solid #b50909;border-radius:6px;padding:12px 14px;box-shadow:0 4px 16px rgba(0,0,0,.3)}
h2{font-size:16px;margin:0 0 6px}
p{margin:6px 0}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:10px}
button{font:inherit;padding:6px 12px;border:1px solid #1f3a5f;border-radius:4px;background:#fff;color:#1f3a5f;cursor:pointer}
button.primary{background:#1f3a5f;color:#fff}
button:focus-visible{outline:3px solid #b50909;outline-offset:2px}
@media (prefers-color-scheme: dark){.notice{background:#1e1e1e;color:#f0f0f0}button{background:#1e1e1e;color:#cfe0ff;border-color:#cfe0ff}button.primary{background:#cfe0ff;color:#1e1e1e}}
`;

export interface NoticeActions {
  linkAnyway: (event: Event) => void;
  cancel: () => void;
}

export class GuardNotice {
  private host: HTMLElement | null = null;
  private stopKeeping: (() => void) | null = null;
  private shownKey = '';

  constructor(
    private readonly doc: Document,
    private readonly actions: NoticeActions,
  ) {}

  show(view: GuardView): void {
    const key = JSON.stringify([view.verdict, view.page, view.orphaned, view.lost]);
    if (this.host && key === this.shownKey) return;
    this.hide();
    this.shownKey = key;
    const host = this.doc.createElement('cmecf-link-guard');
    host.setAttribute('data-hold', 'armed');
    if (!view.verdict.pass) host.setAttribute('data-reason', view.verdict.reasons.join(' '));
    const shadow = host.attachShadow({ mode: 'open' });
    const el = (tag: string, text?: string, attrs: Record<string, string> = {}) => {
      const node = this.doc.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      if (text) node.textContent = text;
      return node;
    };
    const style = el('style', CSS);
    const box = el('section', undefined, {
      class: 'notice',
      role: 'alertdialog',
      'aria-labelledby': 'guard-title',
      'aria-describedby': 'guard-text',
      tabindex: '-1',
    });
    const text = el('div', undefined, { id: 'guard-text' });
    text.append(...questionLines(view).map((line) => el('p', line)));
    const anyway = el('button', 'Link anyway', { type: 'button' });
    const cancel = el('button', view.lost && !view.held ? 'Close' : 'Cancel', { type: 'button', class: 'primary' });
    anyway.addEventListener('click', (event) => this.actions.linkAnyway(event));
    cancel.addEventListener('click', (event) => event.isTrusted && this.actions.cancel());
    box.addEventListener('keydown', (event) => {
      // Esc cancels the held submission; the page stays held.
      if (event.isTrusted && event.key === 'Escape') this.actions.cancel();
    });
    const actions = el('div', undefined, { class: 'actions' });
    if (view.held) actions.append(anyway);
    actions.append(cancel);
    box.append(el('h2', HOLD_TITLE, { id: 'guard-title' }), text, actions);
    shadow.append(style, box);
    this.host = host;
    this.stopKeeping = keepInSight(host, HOST_STYLE);
    cancel.focus();
  }

  hide(): void {
    this.stopKeeping?.();
    this.stopKeeping = null;
    this.host?.remove();
    this.host = null;
    this.shownKey = '';
  }
}

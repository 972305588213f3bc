// A small card next to an element: title, instruction, notices and buttons. Plain DOM on purpose:
// it is drawn inside court pages, where every kilobyte of script is compiled on each page load, so
// it carries no UI framework and no positioning library (see place-beside.ts).
import { followAnchors } from './place-beside';
import { afterLayout } from './highlight';

export interface HintAction {
  label: string;
  /** Called with the user's own click (never a page script's): a handler may check it again. */
  onClick: (event: Event) => void;
  primary?: boolean;
}

interface HintNotice {
  title: string;
  text: string;
}

export interface HintCardProps {
  title: string;
  text: string;
  /** "Step 3 of 9" */
  progress?: string;
  notices?: HintNotice[];
  missing?: string | null;
  /** Who can help: words, then links (tel:, mailto:) after them. */
  help?: { text: string; links?: { label: string; href: string }[] } | null;
  actions: HintAction[];
  /**
   * A question that waits for an answer (the card becomes an alert dialog, focused on its primary
   * answer). Not modal: the page behind stays usable, and what the question is about stays held.
   */
  hold?: { message: string; actions: HintAction[] } | null;
  /** Text shown for the user to read before it is copied (the page outline): read-only, scrollable, focusable. */
  preview?: { message: string; label: string; text: string; note?: string; actions: HintAction[] } | null;
  /**
   * What the card sits beside, in order of preference (say, the dialog that holds the target, then
   * the target): see followAnchors. Without any, or while the last is out of view, it docks in a corner.
   */
  anchors?: Element[];
  /** The key that brings focus back to the card: `aria` in aria-keyshortcuts' syntax, `text` shown at its foot. */
  shortcut?: { aria: string; text: string };
}

export interface HintCard {
  /** The card itself: focusable, so a host can move focus to it. */
  readonly element: HTMLElement;
  update(props: HintCardProps): void;
  /** Focuses the preview's text; `select`: and selects it all, for the user's own Ctrl+C. */
  focusPreview(select?: boolean): void;
  /** Moves focus to the card, showing it where it is if it is still waiting for its place (a hidden card cannot take focus). */
  focus(): void;
  /** Moves focus to the card's own button of that name (the card otherwise), after a preview or question closes. */
  focusAction(label: string): void;
  destroy(): void;
}

function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Everything the card shows, as text: the card is rebuilt only when this changes. */
function contentKey(p: HintCardProps): string {
  const labels = (actions: HintAction[]) => actions.map((a) => [a.label, Boolean(a.primary)]);
  const preview = p.preview && [p.preview.message, p.preview.label, p.preview.text, p.preview.note, labels(p.preview.actions)];
  return JSON.stringify([
    p.progress,
    p.title,
    p.text,
    p.notices,
    p.missing,
    p.help,
    labels(p.actions),
    p.hold && [p.hold.message, labels(p.hold.actions)],
    preview,
    p.shortcut?.text,
  ]);
}

export function createHintCard(parent: ParentNode): HintCard {
  // The live region stays in place across updates, so screen readers announce each new step.
  const live = h('div', { 'aria-live': 'polite' });
  const controls = h('div', {});
  const card = h('section', { 'aria-labelledby': 'hint-title', 'aria-describedby': 'hint-text', tabindex: '-1' }, live, controls);
  parent.append(card);

  let props: HintCardProps | undefined;
  let shownKey = '';
  // Undefined until the first update, so that a first update without anchors docks the card.
  let anchors: Element[] | undefined;
  let stopFollowing: (() => void) | undefined;

  const button = (action: HintAction, index: number, group: 'actions' | 'hold' | 'preview') => {
    const el = h('button', { type: 'button', class: action.primary ? 'primary' : '' }, action.label);
    // Read the latest props at click time: handlers change without the card being rebuilt. Only the
    // user's own click or key counts: a page script's synthetic click() must not press "Link anyway".
    el.addEventListener('click', (event) => {
      if (event.isTrusted) (group === 'hold' ? props?.hold?.actions : group === 'preview' ? props?.preview?.actions : props?.actions)?.[index]?.onClick(event);
    });
    return el;
  };

  /** The text to read before copying: a read-only textarea (focusable, scrollable, selectable), never a field of the page. */
  const previewOf = (preview: NonNullable<HintCardProps['preview']>) =>
    h(
      'div',
      { class: 'preview', role: 'group', 'aria-label': preview.label },
      h('p', { class: 'text' }, preview.message),
      h('textarea', { readonly: '', rows: '10', spellcheck: 'false', 'aria-label': preview.label }, preview.text),
      ...(preview.note ? [h('p', { class: 'note', role: 'status' }, preview.note)] : []),
      h('div', { class: 'actions' }, ...preview.actions.map((a, i) => button(a, i, 'preview'))),
    );

  const draw = (p: HintCardProps) => {
    live.replaceChildren(
      ...[
        p.progress ? h('p', { class: 'progress' }, p.progress) : null,
        h('h2', { class: 'title', id: 'hint-title' }, p.title),
        h('p', { class: 'text', id: 'hint-text' }, p.text),
        ...(p.notices ?? []).map((n) => h('p', { class: 'warning' }, h('strong', {}, n.title), ' ', n.text)),
        p.missing ? h('p', { class: 'missing' }, p.missing) : null,
        p.help ? h('p', { class: 'help' }, p.help.text, ...(p.help.links ?? []).flatMap((l, i) => [i ? ' · ' : ' ', h('a', { href: l.href }, l.label)])) : null,
      ].filter((c): c is HTMLElement => Boolean(c)),
    );
    controls.replaceChildren(
      p.hold
        ? h(
            'div',
            { class: 'hold', role: 'group', 'aria-label': 'Confirm' },
            h('p', { class: 'text' }, p.hold.message),
            h('div', { class: 'actions' }, ...p.hold.actions.map((a, i) => button(a, i, 'hold'))),
          )
        : p.preview
          ? previewOf(p.preview)
          : h('div', { class: 'actions' }, ...p.actions.map((a, i) => button(a, i, 'actions'))),
      ...(p.shortcut ? [h('p', { class: 'keys' }, p.shortcut.text)] : []),
    );
    if (p.shortcut) card.setAttribute('aria-keyshortcuts', p.shortcut.aria);
    else card.removeAttribute('aria-keyshortcuts');
  };

  /** Docked in a corner, or hidden at the viewport's origin until placed beside the anchors. */
  const dock = (docked: boolean) => {
    card.className = docked ? 'card docked' : 'card';
    card.style.cssText = docked ? '' : 'visibility:hidden;left:0;top:0';
  };
  const follow = (next: Element[]) => {
    if (anchors && next.length === anchors.length && next.every((el, i) => el === anchors![i])) return;
    stopFollowing?.();
    stopFollowing = undefined;
    anchors = next;
    dock(next.length === 0);
    if (next.length) stopFollowing = afterLayout(() => (stopFollowing = followAnchors(next, card, dock)));
  };

  return {
    element: card,
    update(next) {
      const holdStarts = Boolean(next.hold) && !props?.hold;
      props = next;
      card.setAttribute('role', next.hold ? 'alertdialog' : 'region');
      const key = contentKey(next);
      if (key !== shownKey) {
        // Keep the reader's place: focus returns to the same button if it is still there.
        const root = card.getRootNode() as Document | ShadowRoot;
        const focused = root.activeElement && card.contains(root.activeElement) ? root.activeElement.textContent : null;
        draw(next);
        shownKey = key;
        if (focused !== null) (Array.from(card.querySelectorAll('button')).find((b) => b.textContent === focused) ?? card).focus();
      }
      if (holdStarts) card.querySelector<HTMLButtonElement>('.hold button.primary')?.focus();
      follow(next.anchors ?? []);
    },
    focus() {
      card.style.visibility = 'visible';
      card.focus();
    },
    focusAction(label) {
      (Array.from(card.querySelectorAll<HTMLButtonElement>('.actions button')).find((b) => b.textContent === label) ?? card).focus();
    },
    focusPreview(select = false) {
      const text = card.querySelector<HTMLTextAreaElement>('.preview textarea');
      text?.focus();
      if (select) text?.select();
    },
    destroy() {
      stopFollowing?.();
      card.remove();
    },
  };
}

// The in-page hint card and its placement (plain DOM, no framework): what it shows, what its
// buttons do, the hold question, focus kept across updates, and where it sits beside its anchor.
import { createHintCard, type HintCardProps } from '@/in-page/card/hint-card';
import { followAnchors, placeBeside, viewportSize } from '@/in-page/card/place-beside';

const VIEWPORT = { width: 1280, height: 900 };
const CARD = { width: 340, height: 200 };
const rect = (left: number, top: number, width = 100, height = 30) => ({ left, top, right: left + width, bottom: top + height });

describe('placeBeside()', () => {
  const beside = (anchor: ReturnType<typeof rect>, card = CARD) => placeBeside([anchor], card, VIEWPORT);
  it('puts the card to the right of the anchor, top edges aligned', () => {
    expect(beside(rect(100, 300))).toEqual({ x: 212, y: 300 });
  });
  it('goes above the anchor when the right side has no room', () => {
    expect(beside(rect(1000, 400))).toEqual({ x: 1280 - 340 - 8, y: 400 - 12 - 200 });
  });
  it('goes to the left when neither right nor above has room', () => {
    expect(beside(rect(1000, 50))).toEqual({ x: 1000 - 12 - 340, y: 50 });
  });
  it('goes below when only below has room', () => {
    expect(beside(rect(200, 50, 900, 30))).toEqual({ x: 200, y: 92 });
  });
  it('stays inside the viewport along the side it takes', () => {
    expect(beside(rect(100, 850)).y).toBe(900 - 200 - 8);
    expect(beside(rect(100, -10)).y).toBe(8);
  });
  it('sits beside the first anchor it fits beside whole (the dialog), not over it', () => {
    const dialog = rect(380, 80, 520, 400);
    const button = rect(400, 420, 100, 30);
    expect(placeBeside([dialog, button], CARD, VIEWPORT)).toEqual({ x: 380 + 520 + 12, y: 80 });
  });
  it('shrinks the card above or below a wide anchor rather than cover it', () => {
    // A form as wide as the viewport with 200 px below it (and 100 above): the card shrinks to 180 and scrolls.
    const form = rect(0, 100, 1280, 600);
    expect(placeBeside([form], CARD, VIEWPORT)).toEqual({ x: 8, y: 712, maxHeight: 180 });
  });
  it('falls back to the target itself when its form fills the screen, and never covers the target', () => {
    const form = rect(0, 0, 1280, 900);
    const field = rect(500, 400, 200, 30);
    expect(placeBeside([form, field], CARD, VIEWPORT)).toEqual({ x: 712, y: 400 });
    const wideField = rect(0, 400, 1280, 30);
    const placed = placeBeside([form, wideField], CARD, VIEWPORT);
    expect(placed).toEqual({ x: 8, y: 400 - 12 - 200 });
  });
  it('prefers a shorter card beside the dialog to a whole one beside its field, over its buttons', () => {
    // PACER's MFA dialog on a 1280×720 screen at 125 % zoom: below the dialog there is room for 150 px.
    const dialog = rect(252, 80, 520, 240);
    const codeField = rect(267, 205, 490, 30);
    expect(placeBeside([dialog, codeField], CARD, { width: 1024, height: 490 })).toEqual({ x: 252, y: 332, maxHeight: 150 });
  });
  it('still sits beside the dialog when its field sticks out of it by a few pixels', () => {
    const dialog = rect(252, 80, 520, 240);
    const wideField = rect(267, 205, 506, 30);
    expect(placeBeside([dialog, wideField], CARD, { width: 1024, height: 490 })).toEqual({ x: 252, y: 332, maxHeight: 150 });
  });
  it('ignores a holder that does not hold the target (a form parsed empty, in a table)', () => {
    const emptyForm = rect(8, 150, 1077, 0);
    const field = rect(300, 180, 200, 24);
    expect(placeBeside([emptyForm, field], CARD, { width: 1093, height: 700 })).toEqual({ x: 512, y: 180 });
  });
  it('caps a card taller than the viewport, beside or in a corner, so its buttons can be scrolled to', () => {
    const tall = { width: 340, height: 600 };
    expect(placeBeside([rect(100, 300)], tall, { width: 1093, height: 530 })).toEqual({ x: 212, y: 8, maxHeight: 514 });
    expect(placeBeside([rect(10, 110, 200, 30)], { width: 304, height: 320 }, { width: 320, height: 256 })).toEqual({ x: 8, y: 8, maxHeight: 240 });
  });
  it('with no room anywhere, goes to the corner on the side away from the target', () => {
    const small = { width: 100, height: 100 };
    const viewport = { width: 400, height: 150 };
    expect(placeBeside([rect(0, 25, 390, 100)], small, viewport)).toEqual({ x: 292, y: 8 });
    expect(placeBeside([rect(10, 25, 390, 100)], small, viewport)).toEqual({ x: 8, y: 8 });
  });
  it('shrinks a card taller than the viewport, and pins one wider to the left edge', () => {
    expect(beside(rect(10, 10), { width: 2000, height: 2000 })).toEqual({ x: 8, y: 52, maxHeight: 900 - 8 - 40 - 12 });
  });
});

describe('viewportSize()', () => {
  const fake = (compatMode: string, html: number, body: number) =>
    ({ compatMode, documentElement: { clientWidth: html, clientHeight: html }, body: { clientWidth: body, clientHeight: body } }) as unknown as Document;
  it('leaves out a classic scrollbar (innerWidth counts it): the root element’s client size', () => {
    expect(viewportSize(fake('CSS1Compat', 1265, 3000))).toEqual({ width: 1265, height: 1265 });
  });
  it('reads the body in quirks mode, as older court pages without a doctype are', () => {
    expect(viewportSize(fake('BackCompat', 40, 1265))).toEqual({ width: 1265, height: 1265 });
  });
});

/** A click as the user makes it: browsers mark it trusted, a page script's click() is not. */
function userClick(el: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('followAnchors()', () => {
  /** The browser's observers and frames, driven by hand; boxes set per element. */
  function world() {
    const reports: (() => void)[] = [];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(report: () => void) {
          reports.push(report);
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const boxed = (tag: string, box: { left: number; top: number; width: number; height: number }) => {
      const el = document.createElement(tag);
      el.getBoundingClientRect = () => ({ ...box, right: box.left + box.width, bottom: box.top + box.height }) as DOMRect;
      Object.defineProperties(el, {
        offsetWidth: { value: box.width },
        offsetHeight: { value: box.height },
        scrollHeight: { value: box.height },
        clientHeight: { value: box.height },
      });
      document.body.append(el);
      return el;
    };
    Object.defineProperties(document.documentElement, { clientWidth: { value: 1280, configurable: true }, clientHeight: { value: 900, configurable: true } });
    return { reports, frames, boxed };
  }
  const following: (() => void)[] = [];
  afterEach(() => {
    for (const stop of following.splice(0)) stop();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
    for (const name of ['clientWidth', 'clientHeight']) Reflect.deleteProperty(document.documentElement, name);
  });

  it('moves the card from ResizeObserver’s report, where the page is laid out: no frame to wait for', () => {
    const { reports, frames, boxed } = world();
    const target = boxed('a', { left: 100, top: 300, width: 100, height: 30 });
    const card = boxed('section', { left: 0, top: 0, width: 340, height: 200 });
    following.push(followAnchors([target], card, () => undefined));
    reports[0]!();
    expect([card.style.left, card.style.top, card.style.visibility, card.style.maxHeight]).toEqual(['212px', '300px', 'visible', '']);
    expect(frames).toHaveLength(0);
  });

  it('waits for the next frame when the card must change its own height (resizing inside the report is an error the page sees)', () => {
    const { reports, frames, boxed } = world();
    const target = boxed('a', { left: 100, top: 400, width: 1000, height: 30 });
    const card = boxed('section', { left: 0, top: 0, width: 340, height: 700 });
    following.push(followAnchors([target], card, () => undefined));
    reports[0]!();
    expect([card.style.visibility, card.style.maxHeight]).toEqual(['', '']);
    expect(frames).toHaveLength(1);
    frames[0]!(0);
    expect(card.style.visibility).toBe('visible');
    expect(card.style.maxHeight).not.toBe('');
  });
});

describe('createHintCard()', () => {
  let root: HTMLElement;
  const clicks: string[] = [];
  const props = (over: Partial<HintCardProps> = {}): HintCardProps => ({
    title: 'Open Utilities',
    text: 'Click Utilities in the blue menu bar.',
    progress: 'Step 4 of 9',
    actions: [
      { label: 'Hide', onClick: () => clicks.push('hide') },
      { label: 'Not now', onClick: () => clicks.push('not now'), primary: true },
    ],
    ...over,
  });
  const buttons = () => Array.from(root.querySelectorAll('button')).map((b) => b.textContent);

  beforeEach(() => {
    clicks.length = 0;
    root = document.createElement('div');
    document.body.replaceChildren(root);
  });

  it('shows the place, title, text, notices, missing and help, and labels itself', () => {
    const card = createHintCard(root);
    card.update(
      props({
        notices: [{ title: 'Shared account?', text: 'Use your own.' }],
        missing: 'Not on this page.',
        help: {
          text: 'Ask the clerk:',
          links: [
            { label: '515-284-6230', href: 'tel:+1-515-284-6230' },
            { label: 'help@iasb.uscourts.gov', href: 'mailto:help@iasb.uscourts.gov' },
          ],
        },
      }),
    );
    const el = card.element;
    expect(el.getAttribute('role')).toBe('region');
    expect(el.querySelector('#hint-title')?.textContent).toBe('Open Utilities');
    expect(el.querySelector('#hint-text')?.textContent).toBe('Click Utilities in the blue menu bar.');
    expect(el.querySelector('.progress')?.textContent).toBe('Step 4 of 9');
    expect(el.querySelector('.warning strong')?.textContent).toBe('Shared account?');
    expect(el.querySelector('.warning')?.textContent).toBe('Shared account? Use your own.');
    expect(el.querySelector('.missing')?.textContent).toBe('Not on this page.');
    expect(el.querySelector('.help')?.textContent).toBe('Ask the clerk: 515-284-6230 · help@iasb.uscourts.gov');
    expect(Array.from(el.querySelectorAll('.help a')).map((a) => a.getAttribute('href'))).toEqual(['tel:+1-515-284-6230', 'mailto:help@iasb.uscourts.gov']);
    expect(el.className).toBe('card docked');
    expect(buttons()).toEqual(['Hide', 'Not now']);
    expect(el.querySelector('button.primary')?.textContent).toBe('Not now');
  });

  it('leaves out what is not given', () => {
    const card = createHintCard(root);
    card.update(props({ progress: undefined, missing: null, help: null }));
    expect(card.element.querySelector('.progress, .missing, .help, .warning')).toBeNull();
  });

  it('runs the latest handler of a button, without rebuilding the card', () => {
    const card = createHintCard(root);
    card.update(props());
    const hide = root.querySelector('button')!;
    card.update(
      props({
        actions: [
          { label: 'Hide', onClick: () => clicks.push('hide, updated') },
          { label: 'Not now', onClick: () => {}, primary: true },
        ],
      }),
    );
    expect(root.querySelector('button')).toBe(hide);
    userClick(hide);
    expect(clicks).toEqual(['hide, updated']);
  });

  it('ignores a page script’s synthetic click on any of its buttons', () => {
    const card = createHintCard(root);
    const hold = {
      message: 'Link with these names?',
      actions: [
        { label: 'Link anyway', onClick: () => clicks.push('link') },
        { label: 'Cancel', onClick: () => clicks.push('cancel') },
      ],
    };
    card.update(props({ hold }));
    for (const button of root.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(clicks).toEqual([]);
  });

  it('keeps the live region across steps, so each new step is announced', () => {
    const card = createHintCard(root);
    card.update(props());
    const live = root.querySelector('[aria-live=polite]');
    card.update(props({ title: 'Link a CM/ECF account', progress: 'Step 5 of 9' }));
    expect(root.querySelector('[aria-live=polite]')).toBe(live);
    expect(live?.textContent).toContain('Link a CM/ECF account');
  });

  it('becomes an alert dialog for a hold, focuses its primary answer, and claims no modality it does not have', () => {
    const card = createHintCard(root);
    card.update(props());
    const hold = {
      message: 'Link with these names?',
      actions: [
        { label: 'Link anyway', onClick: () => clicks.push('link') },
        { label: 'Cancel', onClick: () => clicks.push('cancel'), primary: true },
      ],
    };
    card.update(props({ hold }));
    const el = card.element;
    expect(el.getAttribute('role')).toBe('alertdialog');
    // The page behind stays usable (its submissions stay held): no aria-modal, and Tab is not trapped.
    expect(el.hasAttribute('aria-modal')).toBe(false);
    expect(buttons()).toEqual(['Link anyway', 'Cancel']);
    expect(document.activeElement?.textContent).toBe('Cancel');
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    userClick(document.activeElement!);
    expect(clicks).toEqual(['cancel']);
    card.update(props());
    expect(el.getAttribute('role')).toBe('region');
  });

  it('names its shortcut to screen readers and shows it at its foot', () => {
    const card = createHintCard(root);
    card.update(props({ shortcut: { aria: 'Alt+Shift+L', text: 'Alt+Shift+L brings you back to this card.' } }));
    expect(card.element.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+L');
    expect(root.querySelector('.keys')?.textContent).toBe('Alt+Shift+L brings you back to this card.');
    card.update(props());
    expect(card.element.hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(root.querySelector('.keys')).toBeNull();
  });

  it('keeps focus on the same button when the step changes under it', () => {
    const card = createHintCard(root);
    card.update(props());
    root.querySelector('button')!.focus();
    card.update(props({ title: 'Next step' }));
    expect(document.activeElement?.textContent).toBe('Hide');
    card.update(props({ title: 'Done', actions: [{ label: 'Close', onClick: () => {} }] }));
    expect(document.activeElement).toBe(card.element);
  });

  it('hides until placed beside an anchor, and docks again without one', () => {
    const card = createHintCard(root);
    const anchor = document.createElement('a');
    document.body.append(anchor);
    card.update(props({ anchors: [anchor] }));
    expect(card.element.className).toBe('card');
    expect(card.element.style.visibility).toBe('hidden');
    card.update(props({ anchors: [] }));
    expect(card.element.className).toBe('card docked');
    expect(card.element.style.visibility).toBe('');
  });

  it('focus() reaches a card still waiting for its place (a hidden one cannot take focus)', () => {
    const card = createHintCard(root);
    const anchor = document.createElement('a');
    document.body.append(anchor);
    card.update(props({ anchors: [anchor] }));
    expect(card.element.style.visibility).toBe('hidden');
    card.focus();
    expect(card.element.style.visibility).toBe('visible');
    expect(document.activeElement).toBe(card.element);
  });

  it('destroy() removes the card', () => {
    const card = createHintCard(root);
    card.update(props());
    card.destroy();
    expect(root.children.length).toBe(0);
  });
});

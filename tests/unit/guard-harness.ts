// A guard on the test page, as the content script arms it on a CM/ECF page, and everything it
// listens to taken back after each test (one page, many tests; a real page has one guard for life).
import type { GuideRequest } from '@/utils/messages';
import { type GuardDeps, LinkGuard } from '@/in-page/guard/link-guard';

const added: [string, EventListenerOrEventListenerObject, boolean | AddEventListenerOptions | undefined][] = [];
const guards: LinkGuard[] = [];

/** The test window, recording the listeners the guard adds to it. */
const testWindow = new Proxy(window, {
  get(target, property) {
    if (property === 'addEventListener') {
      return (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
        added.push([type, listener, options]);
        target.addEventListener(type, listener, options);
      };
    }
    const value = Reflect.get(target, property, target);
    return typeof value === 'function' ? value.bind(target) : value;
  },
}) as Window & typeof globalThis;

/** What the background answers `guard-facts` with. */
export function guardFacts(login: { shared: boolean } | null = { shared: false }, more: Record<string, unknown> = {}) {
  return { login, linkFormAt: false, firmNames: [], sharedUsernames: [], individualUsername: '', ...more };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Arms a guard for court IASB on the test document; `ask` answers the background's part. */
export function armGuard(ask: (request: GuideRequest) => Promise<unknown> = async () => guardFacts(), more: Partial<GuardDeps> = {}): LinkGuard {
  const guard = new LinkGuard(testWindow, document, { courtId: 'iasb', ask, alive: () => true, ...more });
  guards.push(guard);
  return guard;
}

/** Takes back every guard's listeners and notices. */
export function disarmAll(): void {
  for (const guard of guards.splice(0)) guard.cancel();
  for (const [type, listener, options] of added.splice(0)) window.removeEventListener(type, listener, options);
  for (const el of document.querySelectorAll('cmecf-link-guard, cmecf-link-guide')) el.remove();
  // The tab's record of a link submission, as a new tab would have it: none.
  sessionStorage.clear();
}

/** A click as the user makes it (isTrusted), composed like the browser's. */
export function trustedClick(el: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
  return event;
}

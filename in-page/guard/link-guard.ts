// The guard on the permanent link. Armed by the content script at document_start on every CM/ECF
// page of a court (on the checklist or not, verified, paused), before any page script runs; at
// DOMContentLoaded it stands down unless the page is the link utility's or answers this tab's last
// submission there. While armed, a submission reaches the court through exactly two exits: the
// verdict (verdict.ts) finding proof, or the user's own "Link anyway". Nothing else lets go: not
// the background failing, not a storage change, not the card hidden, not the extension reloaded.
import type { GuardFacts, GuideRequest } from '../../utils/messages';
import { readGuardFacts } from './facts';
import { isSubmitControl, mainContent } from '../recognize/elements';
import { readLinkNames } from '../recognize/link-names';
import { LINK_UTILITY } from '../recognize/wording';
import { normalize } from '../../utils/text';
import { GuardNotice } from './notice';
import { type LinkPageFacts, linkVerdict, type SessionLogin, type Verdict } from './verdict';

/** Whether the confirm page's names are read at all: a test build switches it off (docs/safety.md). */
const READS_NAMES = import.meta.env.VITE_NO_CONFIRM_RECOGNIZER !== '1';

/** Where a court writes a page's title: headings, and the bold, font, cell or label it uses as one. */
const TITLE_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'CAPTION', 'LEGEND', 'TH', 'B', 'STRONG', 'FONT', 'LABEL']);
/** How many of the page's first elements are looked at: CM/ECF puts a page's title at the top, and a 10,000-item page must cost what a short one does. */
const TITLE_SEARCH_LIMIT = 200;

/** "PACER" in any case ("Pacer", "PACER"): a plain search, before anything costlier. */
const mentionsPacer = (text: string) => text.includes('ACER') || text.includes('acer');

/** Classed as a title or heading ("pageTitle", "Header"): a plain search, as /title|head/i would find, without a regular expression per element. */
function hasTitleClass(el: Element): boolean {
  const names = el.getAttribute('class')?.toLowerCase();
  return names !== undefined && (names.includes('title') || names.includes('head'));
}

/** The text is the link utility's name, give or take a trailing colon or full stop. */
function isTheUtilitysName(text: string): boolean {
  const words = normalize(text).replace(/[\s.:!]+$/, '');
  const match = LINK_UTILITY.exec(words);
  return Boolean(match && match.index === 0 && match[0].length === words.length);
}

/**
 * The link utility's pages carry its name in their window title or as a title near their top, in
 * a heading or whatever title-like element a court writes it (one classed as a title or heading
 * too); a link to it, on Utilities, does not count (that page only leads there), nor does a
 * sentence about it. The walk is bounded: a long page costs what a short one does.
 */
export function namesLinkUtility(doc: Document): boolean {
  // No regular expression unless "PACER" is there: a page's first one costs the most.
  const title = doc.title;
  if (mentionsPacer(title) && LINK_UTILITY.test(normalize(title))) return true;
  const root = mainContent(doc);
  if (!root) return false;
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  let seen = 0;
  for (let el = walker.nextNode() as Element | null; el && seen < TITLE_SEARCH_LIMIT; el = walker.nextNode() as Element | null, seen++) {
    const titled = TITLE_TAGS.has(el.tagName.toUpperCase()) || hasTitleClass(el) || el.getAttribute('role') === 'heading';
    if (!titled || el.childElementCount > 8) continue;
    // A cheap bound on the raw text (indentation included); the name itself is checked normalised.
    const text = el.textContent ?? '';
    if (text.length < 30 || text.length > 400 || !mentionsPacer(text)) continue;
    if (isTheUtilitysName(text) && !el.closest('a') && !el.querySelector('a')) return true;
  }
  return false;
}

/** A form that asks for a password on a CM/ECF page: the link form, wherever a court puts it and whatever it calls it. */
const asksForPassword = (doc: Document) => Boolean(doc.querySelector('form input[type=password]'));

/**
 * The controls whose click can send a form or run a court's script: buttons anywhere, anything
 * with its own click script, links inside forms, and links back to this very page (the link
 * utility answering its own query).
 */
const ACTIONABLE = 'button, input[type=submit], input[type=image], input[type=button], [role=button], [onclick], [onmousedown], [onmouseup]';

/**
 * Something on the page the guard would hold (the controls of ACTIONABLE, any form, a script link),
 * or a link that may lead back to this script: by its file name, or a query alone ("?confirm=1").
 */
function hasControls(doc: Document, path: string): boolean {
  // The site root ("/") is in every link: only a script's own name says "back to this page". One
  // selector list, forms included, so the page is searched once and only until its first match (on
  // a menu page, the menu bar's link to its own script): `doc.forms.length` and a second search
  // each read a 10,000-item page to its end.
  const script = path.slice(path.lastIndexOf('/') + 1);
  const leadsBack = script.length > 0 ? `, :is(a, area)[href*="${script.replace(/["\\]/g, '\\$&')}" i]` : '';
  return Boolean(doc.querySelector(`form, ${ACTIONABLE}, :is(a, area)[href^="javascript:" i], :is(a, area)[href^="?"]${leadsBack}`));
}

/**
 * The page's referrer through Document's own getter: `document.referrer` itself may be an element
 * of the page (<img name="referrer"> shadows it: Document lets named elements override its
 * properties), and a referrer that is not text must not read as another site's.
 */
function referrerOf(doc: Document): string {
  const own = Object.getOwnPropertyDescriptor(Document.prototype, 'referrer')?.get?.call(doc);
  return typeof own === 'string' ? own : '';
}

/** A page that only passes the browser on (a refresh to the next page, no form): it is not the answer itself. */
const passesOn = (doc: Document) => !doc.forms.length && Boolean(doc.querySelector('meta[http-equiv="refresh" i]'));

/** What the page shows at the moment of a submission (verdict.ts decides what it means). */
export function readLinkPage(doc: Document): LinkPageFacts {
  const main = mainContent(doc);
  if (!main) return { place: 'unplaced' };
  const names = READS_NAMES ? readLinkNames(main) : null;
  // A name shown: the confirm step (the other one unread, maybe), even if it asks for a password again.
  if (names?.cmecfName || names?.pacerName) return { place: 'confirm', cmecfName: names.cmecfName, pacerName: names.pacerName };
  if (main.querySelector('input[type=password]')) return { place: 'form' };
  return names?.labelled ? { place: 'confirm', cmecfName: names.cmecfName, pacerName: names.pacerName } : { place: 'unplaced' };
}

/** What was held: a submit event (sent again through requestSubmit), or a click stopped before any of the page's handlers ran (clicked again). */
type Held = { form: HTMLFormElement; submitter: HTMLElement | null } | { control: HTMLElement; form: HTMLFormElement | null; middle: boolean };

export type GuardState = 'armed' | 'down' | 'off';

/** What a presenter (the guide's card, or the guard's own notice) shows. */
export interface GuardView {
  state: GuardState;
  /** A submission is waiting for the user's answer. */
  held: boolean;
  /** What a submission would meet now (and why the held one waits). */
  verdict: Verdict;
  page: LinkPageFacts;
  /** The firm-name list in force, to name the name that matched it. */
  firmNames: readonly string[];
  /** The page replaced what was held before the user answered: nothing was sent, and the user should submit again. */
  lost: boolean;
  /** This copy of the extension was reloaded or updated: the guard holds on, alone. */
  orphaned: boolean;
}

export interface GuardDeps {
  courtId: string;
  /** Asks the background (in-page/ask-background.ts); rejects when it cannot answer. */
  ask: (request: GuideRequest) => Promise<unknown>;
  /** Whether this copy of the extension is still the installed one. */
  alive: () => boolean;
}

function actionableIn(path: EventTarget[], here: Location): { control: HTMLElement; form: HTMLFormElement | null } | null {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    const form = (target as HTMLInputElement).form ?? target.closest('form');
    if (target.matches(ACTIONABLE) || (target.matches('a[href], area[href]') && (form || leadsHere(target as HTMLAnchorElement | HTMLAreaElement, here))))
      return { control: target as HTMLElement, form };
  }
  return null;
}

/** A link to this page's own script (the link utility's address with other parameters), or a script URL. */
function leadsHere(a: HTMLAnchorElement | HTMLAreaElement, here: Location): boolean {
  if (/^\s*javascript:/i.test(a.getAttribute('href') ?? '')) return true;
  try {
    const to = new URL(a.href);
    return to.host === here.host && to.pathname.toLowerCase() === here.pathname.toLowerCase();
  } catch {
    return false;
  }
}

export class LinkGuard {
  private state: GuardState = 'armed';
  private held: Held | null = null;
  private passing = false;
  private lost = false;
  /** Recorded in this task already: a click and the submit it causes are one submission. */
  private recorded = false;
  /** The session's login and the firm's names: undefined while the background is being asked. */
  private facts: { login: SessionLogin; firmNames: string[] } | undefined;
  private readonly listeners = new Set<(view: GuardView) => void>();
  private presenters = 0;
  private readonly notice: GuardNotice;
  private readonly roots = new WeakSet<Node>();

  constructor(
    private readonly win: Window,
    private readonly doc: Document,
    private readonly deps: GuardDeps,
  ) {
    this.notice = new GuardNotice(doc, { linkAnyway: (event) => this.linkAnyway(event), cancel: () => this.cancel() });
    win.addEventListener('submit', this.onSubmit, true);
    win.addEventListener('click', this.onClick, true);
    win.addEventListener('auxclick', this.onClick, true);
    win.addEventListener('focusin', this.onFocus, true);
    win.addEventListener('pageshow', this.onPageShow);
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => this.decideStanding(), { once: true });
    else this.decideStanding();
  }

  get courtId(): string {
    return this.deps.courtId;
  }

  /** The settings as the content script read them: only the user's own switch turns the guard off. */
  settingsRead(settings: { guideEnabled?: unknown } | undefined): void {
    if (settings?.guideEnabled === false && this.state !== 'off') this.letGo('off');
  }

  /** The view a presenter shows. */
  view(): GuardView {
    // The page is read only once the guard knows enough to judge it (a view while it decides says "deciding").
    const page: LinkPageFacts = this.state === 'armed' && this.facts ? readLinkPage(this.doc) : { place: 'unplaced' };
    return {
      state: this.state,
      held: Boolean(this.held),
      verdict: this.verdictFor(page),
      page,
      orphaned: !this.deps.alive(),
      firmNames: this.facts?.firmNames ?? [],
      lost: this.lost,
    };
  }

  /** Is the guard between the page and the court now (armed, and not about to stand down)? */
  get armed(): boolean {
    return this.state === 'armed';
  }

  subscribe(listener: (view: GuardView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The guide's card shows the guard's questions while it is up; the guard's own notice stands in otherwise. */
  present(listener: (view: GuardView) => void): () => void {
    this.presenters++;
    const stop = this.subscribe(listener);
    this.notify();
    let gone = false;
    return () => {
      if (gone) return;
      gone = true;
      this.presenters--;
      stop();
      this.notify();
    };
  }

  /** The user's own "Link anyway": the held submission goes, once. A page script's click is not the user's. */
  linkAnyway(event: Event): void {
    if (!event.isTrusted || !this.held) return;
    this.replay();
  }

  /** The user's "Cancel" (or Esc): the held submission is dropped; the page stays guarded. */
  cancel(): void {
    this.held = null;
    this.lost = false;
    this.notify();
  }

  private verdictFor(page: LinkPageFacts): Verdict {
    if (this.state !== 'armed' || !this.facts) return { pass: false, reasons: ['deciding'] };
    return linkVerdict(page, this.facts.login, this.facts.firmNames);
  }

  private notify(): void {
    // Reading the page for a view costs: only when someone shows it.
    if (!this.listeners.size && !((this.held || this.lost) && this.presenters === 0)) {
      this.notice.hide();
      return;
    }
    const view = this.view();
    for (const listener of this.listeners) listener(view);
    // Without a card to ask in, the guard asks in its own notice.
    if ((this.held || this.lost) && this.presenters === 0) this.notice.show(view);
    else this.notice.hide();
  }

  /** At DOMContentLoaded (or at once, injected into a loaded page): stay armed, or stand down. */
  private decideStanding(): void {
    if (this.state !== 'armed') return;
    if (namesLinkUtility(this.doc) || asksForPassword(this.doc)) {
      this.watchShadowRoots();
      void this.learnFacts(false);
      return;
    }
    // Any other page may answer this tab's last submission of the link utility (the background
    // keeps that record): only one reached from this court's own pages, or with no referrer at
    // all, and only one with something to submit, needs the background's word on it.
    const referrer = referrerOf(this.doc);
    if ((referrer && !sameHost(referrer, this.win.location.hostname)) || !hasControls(this.doc, this.win.location.pathname)) {
      this.letGo('down');
      return;
    }
    void this.learnFacts(true);
  }

  /**
   * Asks the background for the session's login, and whether this page answers the tab's last link
   * submission (taken once, here, whatever the page is). `standIfNot`: the page is armed only if it does.
   */
  private async learnFacts(standIfNot: boolean, take = true): Promise<void> {
    let facts: GuardFacts | null = null;
    try {
      facts = readGuardFacts(await this.deps.ask({ type: 'guard-facts', courtId: this.deps.courtId, takeLinkForm: take, linkPage: !standIfNot }));
    } catch {
      facts = null;
    }
    if (this.state !== 'armed') return;
    // Not asked to stay, and nothing says this page answers the link: it is any other CM/ECF page.
    if (standIfNot && facts && !facts.linkFormAt) {
      this.letGo('down');
      return;
    }
    if (standIfNot) this.watchShadowRoots();
    // A page that only passes the browser on (a "please wait" refresh) hands the record to the next.
    if (standIfNot && facts?.linkFormAt && passesOn(this.doc)) this.recordSubmitted();
    // An unanswered question is a doubt: the guard stays armed, and the login counts as unseen.
    this.facts = { login: facts?.login ? { seen: true, shared: facts.login.shared } : { seen: false }, firmNames: facts?.firmNames ?? [] };
    this.settle();
  }

  /** With what it knows now, a held submission either goes (proof) or waits for the user. */
  private settle(): void {
    if (this.held && this.verdictFor(readLinkPage(this.doc)).pass) this.replay();
    else this.notify();
  }

  /** Stops guarding this page; a submission held meanwhile goes, once, as the user made it. */
  private letGo(state: 'down' | 'off'): void {
    this.state = state;
    for (const [type, handler] of [
      ['submit', this.onSubmit],
      ['click', this.onClick],
      ['auxclick', this.onClick],
      ['focusin', this.onFocus],
    ] as const) {
      this.win.removeEventListener(type, handler as EventListener, true);
    }
    if (this.held) this.replay(false);
    this.notify();
  }

  /** A submission leaves an armed page: the page that answers it is guarded too. */
  private recordSubmitted(): void {
    if (this.recorded) return;
    this.recorded = true;
    queueMicrotask(() => (this.recorded = false));
    this.deps.ask({ type: 'link-form-submitted', courtId: this.deps.courtId }).catch(() => undefined);
  }

  /** Sends the held submission exactly once, as the user made it. `record`: it left an armed page. */
  private replay(record = true): void {
    const held = this.held;
    this.held = null;
    if (!held) return;
    // The page replaced what was held before the user answered: send nothing, and say so.
    const form = held.form && (held.form.isConnected ? held.form : this.sameForm(held.form));
    if ('submitter' in held ? !form : !held.control.isConnected && !form) {
      this.lost = true;
      this.notify();
      return;
    }
    if (record) this.recordSubmitted();
    this.passing = true;
    try {
      if ('control' in held && held.control.isConnected) {
        // A click stopped before the page's own handlers ran: click again, so they run (a court's
        // own "are you sure?" included). A middle-click on a link opens it in a new tab, as it would have.
        if (held.middle && held.control instanceof HTMLAnchorElement) this.win.open(held.control.href, '_blank');
        else held.control.click();
      } else if (form) {
        // The prototype's own method: a field named "requestSubmit" shadows the form's. A submitter
        // the page has since removed is replaced by the form's own submit control.
        const submitter = 'submitter' in held ? held.submitter : held.control;
        const usable =
          !submitter || (submitter.isConnected && isSubmitControl(submitter) && submitter.form === form)
            ? submitter
            : form.querySelector<HTMLElement>('input[type=submit], input[type=image], button:not([type]), button[type=submit]');
        HTMLFormElement.prototype.requestSubmit.call(form, usable && isSubmitControl(usable) ? usable : null);
      }
    } finally {
      this.passing = false;
    }
    this.notify();
  }

  /** The form the page put in place of one it removed: the same name, or the same action. */
  private sameForm(gone: HTMLFormElement): HTMLFormElement | null {
    const name = gone.getAttribute('name') ?? gone.id;
    const action = gone.getAttribute('action');
    return (
      Array.from(this.doc.forms).find((f) => (name && (f.getAttribute('name') ?? f.id) === name) || (action !== null && f.getAttribute('action') === action)) ??
      null
    );
  }

  private hold(event: Event, held: Held): void {
    this.lost = false;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.held = held;
    this.notify();
  }

  /** True when the event belongs to the guide's own card or notice (inside their shadow roots). */
  private ours(event: Event): boolean {
    const origin = event.composedPath()[0] ?? event.target;
    for (let node = origin instanceof Node ? origin : null; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
      const host = node.getRootNode() === node.ownerDocument ? null : (node.getRootNode() as ShadowRoot).host;
      if (host?.localName === 'cmecf-link-guide' || host?.localName === 'cmecf-link-guard') return true;
      if (!host) return false;
    }
    return false;
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    if (this.passing || this.state !== 'armed' || !(event.target instanceof HTMLFormElement)) return;
    if (this.verdictFor(readLinkPage(this.doc)).pass) return this.recordSubmitted();
    this.hold(event, { form: event.target, submitter: event.submitter });
  };

  private readonly onClick = (event: MouseEvent) => {
    if (this.passing || this.state !== 'armed' || event.button === 2 || this.ours(event)) return;
    const found = actionableIn(event.composedPath(), this.win.location);
    // A middle-click sends nothing but a link (it opens in a new tab).
    if (!found || (event.type === 'auxclick' && !(found.control instanceof HTMLAnchorElement))) return;
    this.watchRoot(found.control);
    if (this.verdictFor(readLinkPage(this.doc)).pass) return this.recordSubmitted();
    this.hold(event, { control: found.control, form: found.form, middle: event.type === 'auxclick' });
  };

  /** A field of a form inside a shadow root takes focus: that form's submit event stays in its root, so listen there too. */
  private readonly onFocus = (event: FocusEvent) => {
    if (this.state !== 'armed') return;
    const origin = event.composedPath()[0];
    if (origin instanceof Element) this.watchRoot(origin);
  };

  private watchRoot(el: Element): void {
    const root = el.getRootNode();
    if (root === this.doc || this.roots.has(root)) return;
    this.roots.add(root);
    root.addEventListener('submit', this.onSubmit as EventListener, true);
  }

  /** Back from the back/forward cache: the login may have changed meanwhile; ask again. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    // A page script's own pageshow is not the browser's.
    if (!event.isTrusted || !event.persisted || this.state !== 'armed') return;
    this.held = null;
    this.facts = undefined;
    void this.learnFacts(false, false);
  };

  /** Open shadow roots of the page, whose forms' submit events never reach the window. */
  private watchShadowRoots(): void {
    const walker = this.doc.createTreeWalker(this.doc.documentElement, 1 /* SHOW_ELEMENT */);
    let seen = 0;
    for (let el = walker.nextNode() as Element | null; el && seen < 5000; el = walker.nextNode() as Element | null, seen++) {
      if (el.shadowRoot && !this.roots.has(el.shadowRoot)) {
        this.roots.add(el.shadowRoot);
        el.shadowRoot.addEventListener('submit', this.onSubmit as EventListener, true);
      }
    }
  }
}

function sameHost(address: string, host: string): boolean {
  try {
    return new URL(address).hostname.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

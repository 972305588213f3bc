import type { Court } from '../../utils/courts/catalog';
import type { UrlFacts } from '../../utils/courts/url';

export interface MenuFacts {
  utilities: HTMLAnchorElement | null;
  /** Filing menus on the bar: 'Civil', 'Criminal', 'Bankruptcy', 'Adversary'. */
  filingMenus: string[];
  /** N of <script src="/cgi-bin/menu.pl?id=N">: -1 for PACER-only users, positive for filers. */
  menuId?: number;
  /** The PRTYPE cookie the page sets: 'aty' for filers, 'web' for PACER-only. */
  prtype?: string;
}

interface Base {
  /** What the address says: the court and the part of the courts' web (not the URL itself). */
  urlFacts: UrlFacts | null;
  /** The catalog entry, when the URL names a known court. */
  court?: Court;
}

export type Page = Base &
  (
    | {
        kind: 'court-website';
        cmecfLink: HTMLAnchorElement | null;
        /** The visible control that opens the closed drop-down holding cmecfLink; null when the link is in sight. */
        menuOpener: HTMLElement | null;
      }
    | { kind: 'cmecf-landing'; filingSystemLink: HTMLAnchorElement | null; redirects: boolean }
    | { kind: 'pacer-login'; username: HTMLInputElement | null }
    | { kind: 'mfa-code'; codeField: HTMLInputElement }
    /** passwordToo: the same prompt asks for a new password (PACER's "User Update Required" for both). */
    | { kind: 'mfa-enroll'; action: HTMLElement | null; skippable: boolean; passwordToo: boolean }
    /** PACER's password change (every 180 days): the control that goes on (Skip while skips remain, else the change). */
    | { kind: 'password-update'; action: HTMLElement | null; skippable: boolean }
    /** A one-button notice after login (PACER's acknowledgement dialog): its button. */
    | { kind: 'acknowledge-notice'; button: HTMLElement }
    | { kind: 'redaction-agreement'; checkbox: HTMLElement | null; checked: boolean; continueButton: HTMLElement | null }
    | { kind: 'pacer-account'; accountType?: 'legacy' | 'upgraded'; mfaEnrolled?: boolean }
    | { kind: 'cmecf-pacer-only'; menu: MenuFacts }
    /** A filing agent's choice of the filer to act for: the list of filers and the control that goes on. */
    | { kind: 'filer-select'; list: HTMLElement; goOn: HTMLElement }
    | { kind: 'cmecf-filer'; menu: MenuFacts }
    /** nextGenItem: the NextGen Release 1.1 item, looked for until the link item (which makes it moot). */
    | { kind: 'utilities'; menu: MenuFacts; linkItem: HTMLAnchorElement | null; nextGenItem: HTMLAnchorElement | null }
    | { kind: 'nextgen-menu'; menu: MenuFacts; linkItem: HTMLAnchorElement | null }
    | { kind: 'link-form'; login: HTMLInputElement | null }
    | { kind: 'link-confirm'; cmecfName: string; pacerName: string; submit: HTMLElement | null }
    | { kind: 'link-success'; menu: MenuFacts | null; filer: boolean }
    | { kind: 'link-error'; message: string; retry: HTMLElement | null }
    | { kind: 'unknown' }
  );

export type PageKind = Page['kind'];
/** Each kind's page. A map rather than Extract<> alone: tables typed per kind then fit one table of all kinds. */
type PageMap = { [K in PageKind]: Extract<Page, { kind: K }> };
export type PageOf<K extends PageKind> = PageMap[K];
/** What a recogniser returns: its kind's own facts, or null when the page is not of its kind. */
export type Recognized<K extends PageKind> = Omit<PageOf<K>, keyof Base> | null;

/**
 * A page of a recogniser's kind, kept beside the recogniser for the tests: a file in
 * tests/fixtures/real, a small page in tests/fixtures/handmade (a court guide's wording or
 * layout, its provenance in the file) or a practice-court page named in tests/practice-court/pages.mjs (PAGES), at
 * the address it is read at, with facts the recogniser must find there (an element as its id, href
 * and normalize()d text). tests/unit/recognize.test.ts reads every recogniser's EXAMPLES.
 */
export type Example = ({ real: string } | { handmade: string } | { practice: string }) & { url: string; facts?: Record<string, unknown> };

/** Each recogniser file's examples, by the kind they are. */
export type Examples = Partial<Record<PageKind, readonly Example[]>>;

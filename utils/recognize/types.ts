import type { Court } from '../courts/catalog';
import type { UrlFacts } from '../courts/url';

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
  url: UrlFacts | null;
  /** The catalog entry, when the URL names a known court. */
  court?: Court;
}

export type Page = Base &
  (
    | { kind: 'court-website'; cmecfLink: HTMLAnchorElement | null }
    | { kind: 'cmecf-landing'; filingSystemLink: HTMLAnchorElement | null; redirects: boolean }
    | { kind: 'pacer-login'; username: HTMLInputElement | null; submit: HTMLElement | null }
    | { kind: 'redaction-agreement'; checkbox: HTMLElement | null; checked: boolean; continueButton: HTMLElement | null }
    | { kind: 'pacer-account'; accountType?: 'legacy' | 'upgraded' }
    | { kind: 'cmecf-pacer-only'; menu: MenuFacts }
    | { kind: 'cmecf-filer'; menu: MenuFacts }
    | { kind: 'utilities'; menu: MenuFacts; linkItem: HTMLAnchorElement | null; nextGenItem: HTMLAnchorElement | null }
    | { kind: 'nextgen-menu'; menu: MenuFacts; linkItem: HTMLAnchorElement | null }
    | { kind: 'link-form'; login: HTMLInputElement | null; password: HTMLInputElement | null; submit: HTMLElement | null }
    | { kind: 'link-confirm'; cmecfName: string; pacerName: string; submit: HTMLElement | null }
    | { kind: 'link-success'; menu: MenuFacts | null; filer: boolean }
    | { kind: 'link-error'; message: string; retry: HTMLElement | null }
    | { kind: 'unknown' }
  );

export type PageKind = Page['kind'];
export type PageOf<K extends PageKind> = Extract<Page, { kind: K }>;
/** What a recogniser returns: its kind's own facts, or null when the page is not of its kind. */
export type Recognised<K extends PageKind> = Omit<PageOf<K>, keyof Base> | null;

// What a kind of page means to the guide beyond its step rows (steps.ts): the setback it counts when
// it loads, what it teaches the court's record, what it shows of the accounts, how a warning reads on
// it, and what the guide watches there. One entry per kind that needs one, typed for that kind; a
// kind without an entry needs none of it. The guide loop and decide() read this table instead of
// branching on the page's kind.
import { isSharedUsername, looksLikeFirm, namesDiffer } from '../accounts';
import type { Page, PageKind, PageOf } from '../recognize';
import type { Settings } from '../../utils/storage/schema';
import type { LoginFacts } from '../../utils/messages';
import type { Warning } from './step-ids';

interface WarningWords {
  title: string;
  text: string;
}

interface AccountsShown {
  settings: Settings;
  /** The username typed on PACER's login page, as the page reads it (never stored). */
  typedUsername?: string;
  login?: LoginFacts;
}

/**
 * Methods, not function-valued fields: an entry typed for its kind then fits the one table of all
 * kinds without a cast, and behaviourOf() only ever hands an entry a page of its own kind.
 */
export interface KindBehaviour<K extends PageKind = PageKind> {
  /** Counted for the court each time such a page loads, so the advice moves on to the next remedy. */
  setback?: 'linkErrors' | 'menusMissing';
  /** The page shows a filer's menus: proof of a link, unless the login is a shared firm account. */
  showsFilingMenus?(page: PageOf<K>): boolean;
  /** Where the court's link item sits, as this page shows it (true: behind "NextGen Release 1.1 Menu Items"). */
  nextGenLayout?(page: PageOf<K>): boolean | undefined;
  /** The warnings this page's own content calls for (the shared login on menus is decide()'s). */
  warnings?(page: PageOf<K>, accounts: AccountsShown): Warning[];
  /** How a warning reads on this page; undefined for the general words. */
  warningText?(warning: Warning, page: PageOf<K>): WarningWords | undefined;
  /** What Manage My Account shows of the prerequisites, when it shows any. */
  accountFacts?(page: PageOf<K>): { upgraded?: boolean; mfaEnrolled?: boolean } | undefined;
  /** The username field whose typing the card follows (the shared-account warning). */
  usernameField?(page: PageOf<K>): HTMLInputElement | null;
  /**
   * A closed drop-down that holds the target: the guide follows it opening and closing. Undefined
   * while the page names no opener (the menu is open): what is followed stays as it was.
   */
  menu?(page: PageOf<K>): { opener: HTMLElement; link: HTMLAnchorElement } | undefined;
}

/** PACER usernames of legacy accounts, never upgraded, have 6 characters; upgraded ones at least 8 (id.uscourts.gov FAQ). */
const LEGACY_USERNAME_LENGTH = 6;

/** A 6-character username (an e-mail address aside), counted in characters as typed. */
const isLegacyUsername = (typed: string | undefined) => {
  const username = typed?.trim() ?? '';
  return !username.includes('@') && [...username].length === LEGACY_USERNAME_LENGTH;
};

const LEGACY_ACCOUNT: WarningWords = {
  title: 'This looks like a legacy PACER account.',
  text: 'A 6-character username is a PACER account that was never upgraded, or an old CM/ECF login, which does not go here. Only an upgraded individual PACER account can be linked: upgrade it on the PACER website (Manage My Account) first; upgraded usernames have at least 8 characters.',
};

const SHARED_FILER: WarningWords = {
  title: 'You are logged in with a shared firm account.',
  text: 'Filing menus under a shared account are the firm’s, not yours. They do not show that your own account is linked.',
};

export const PAGE_KINDS: { [K in PageKind]?: KindBehaviour<K> } = {
  'court-website': { menu: (page) => (page.menuOpener && page.cmecfLink ? { opener: page.menuOpener, link: page.cmecfLink } : undefined) },
  'pacer-login': {
    usernameField: (page) => page.username,
    warnings: (_page, { typedUsername, settings }) => [
      ...(typedUsername && isSharedUsername(typedUsername, settings) ? (['shared-account'] as const) : []),
      ...(isLegacyUsername(typedUsername) ? (['legacy-account'] as const) : []),
    ],
    warningText: (warning) => (warning === 'legacy-account' ? LEGACY_ACCOUNT : undefined),
  },
  'pacer-account': {
    accountFacts: (page) =>
      page.accountType || page.mfaEnrolled !== undefined
        ? { upgraded: page.accountType ? page.accountType === 'upgraded' : undefined, mfaEnrolled: page.mfaEnrolled }
        : undefined,
  },
  utilities: { nextGenLayout: (page) => (page.linkItem || page.nextGenItem ? !page.linkItem : undefined) },
  'nextgen-menu': { nextGenLayout: () => true },
  'link-confirm': {
    // The guard on the page (in-page/guard) holds the Submit on these and on every other doubt; these name what shows.
    warnings: (page, { login, settings }) => [
      ...(login?.shared || looksLikeFirm(page.pacerName, settings.firmNames) ? (['shared-account'] as const) : []),
      ...(namesDiffer(page.cmecfName, page.pacerName) ? (['name-mismatch'] as const) : []),
    ],
    warningText: (warning, page) => {
      if (warning === 'name-mismatch') {
        return {
          title: 'The two names differ.',
          text: `CM/ECF says “${page.cmecfName}”, PACER says “${page.pacerName}”. Make sure both accounts are yours before you link them.`,
        };
      }
      if (!page.pacerName) {
        return {
          title: 'This PACER login is a shared firm account.',
          text: 'Linking would give that shared account your filing rights, permanently. Log in with your individual PACER account instead.',
        };
      }
      return {
        title: 'This PACER account looks like a firm’s.',
        text: `“${page.pacerName}” is not a person’s name. Linking would give that shared account your filing rights, permanently. Log in with your individual PACER account instead.`,
      };
    },
  },
  'link-error': { setback: 'linkErrors' },
  'link-success': { showsFilingMenus: (page) => page.filer, warningText: () => SHARED_FILER },
  'cmecf-filer': { showsFilingMenus: () => true, warningText: () => SHARED_FILER },
  'cmecf-pacer-only': { setback: 'menusMissing' },
};

/** The table's entry for a page, typed for its kind; empty for a kind that needs nothing. */
export function behaviourOf(page: Page): KindBehaviour {
  return PAGE_KINDS[page.kind] ?? {};
}

// Rules about PACER accounts: shared firm accounts and names that do not match.
import { collapseSpaces, foldUsername, normalize } from '../utils/text';

const ORGANISATION =
  /(?:^|[\s,])(?:l\.?l\.?p|l\.?l\.?c|p\.?l\.?l\.?c|p\.?c|p\.?a|inc|corp(?:oration)?|co|ltd|chartered|chtd)\.?(?=$|[\s,])|\blaw (?:firm|offices?|group|partners)\b|&\s*associates\b|\band associates\b|\battorneys at law\b/;
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'esq', 'esquire', 'phd', 'md', 'dds']);

/** "Smith & Jones LLP", "Law Offices of Ann Lee", "Acme Legal Group, Inc." */
export function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION.test(normalize(name));
}

const bare = (s: string) => collapseSpaces(normalize(s).replace(/[^a-z0-9& ]+/g, ' '));

export function matchesFirmName(name: string, firmNames: readonly string[]): boolean {
  const n = bare(name);
  return n !== '' && firmNames.some((firm) => bare(firm) !== '' && (n === bare(firm) || n.includes(bare(firm))));
}

/** A firm's name rather than a person's: an organisation's form, or a name on the firm list. */
export const looksLikeFirm = (name: string, firmNames: readonly string[]) => looksLikeOrganisation(name) || matchesFirmName(name, firmNames);

/** First and last name, ignoring case, punctuation, middle names, initials and suffixes. */
function nameKey(name: string): [string, string] | null {
  // Accents folded, not dropped: "Renée" is "renee", never "ren".
  let text = normalize(name)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const after = text
      .slice(comma + 1)
      .replace(/[.,]/g, ' ')
      .trim();
    // "Lee, Ann B." → "Ann B. Lee"; but "Ann Lee, Jr." keeps its order.
    if (after && !after.split(' ').every((t) => SUFFIXES.has(t))) text = `${after} ${text.slice(0, comma)}`;
  }
  const tokens = text
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/['-]/g, '')
    .split(' ')
    .filter((t) => t && !SUFFIXES.has(t));
  const names = tokens.filter((t, i) => t.length > 1 || i === tokens.length - 1);
  if (names.length === 0) return null;
  return [names[0], names[names.length - 1]];
}

/** A person's name as far as comparing goes: at least two words of two or more letters ("N/A", "alee" are not). */
export const isPersonsName = (name: string) =>
  normalize(name)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^a-z']+/)
    .filter((w) => w.length > 1).length >= 2;

/**
 * The two names are one person's: both read as a person's name, first and last names equal. An
 * empty, unread or one-word name is a doubt, never a match.
 */
export function namesAgree(cmecfName: string, pacerName: string): boolean {
  const a = nameKey(cmecfName);
  const b = nameKey(pacerName);
  return Boolean(a && b && isPersonsName(cmecfName) && isPersonsName(pacerName) && a[0] === b[0] && a[1] === b[1]);
}

/** True when both names were read and are not recognisably the same person ("Train Attorney03" vs "Train Attorneythree"). */
export function namesDiffer(cmecfName: string, pacerName: string): boolean {
  const a = nameKey(cmecfName);
  const b = nameKey(pacerName);
  return Boolean(a && b) && (a![0] !== b![0] || a![1] !== b![1]);
}

export interface AccountSettings {
  individualUsername: string;
  sharedUsernames: readonly string[];
}

/** Is this PACER username a shared firm account, or not the user's own individual one? */
export function isSharedUsername(username: string, settings: AccountSettings): boolean {
  const u = foldUsername(username);
  if (!u) return false;
  if (settings.sharedUsernames.some((s) => foldUsername(s) === u)) return true;
  const own = foldUsername(settings.individualUsername);
  return own !== '' && own !== u;
}

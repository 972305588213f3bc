// The browsers' match patterns (`<scheme>://<host><path>`), as Chrome and Firefox apply them to a
// content script's `matches` and `exclude_matches`: scheme `*` is http or https; host `*.example`
// is example and any subdomain; the path is a case-sensitive glob (`*` any run of characters, every
// other character literal) over the URL's path plus its query, without the fragment.

const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/;

/** `*` any run of characters; with `anyOne`, `?` any one character (globs), else a literal `?` (match patterns). */
function globToRegExp(glob: string, { anyOne = false } = {}): RegExp {
  const literal = (part: string) => part.replace(/[\\^$.+?()[\]{}|/]/g, '\\$&');
  const run = (part: string) => (anyOne ? part.split('?').map(literal).join('.') : literal(part));
  return new RegExp(`^${glob.split('*').map(run).join('.*')}$`);
}

export function matchesPattern(pattern: string, url: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parts;
  const target = new URL(url);
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? targetScheme !== 'http' && targetScheme !== 'https' : targetScheme !== scheme) return false;
  const hostname = target.hostname;
  const wanted = host.toLowerCase();
  if (wanted !== '*') {
    const base = wanted.replace(/^\*\./, '');
    const hostOk = wanted.startsWith('*.') ? hostname === base || hostname.endsWith(`.${base}`) : hostname === base;
    if (!hostOk) return false;
  }
  return globToRegExp(path).test(target.pathname + target.search);
}

/** A content script's `include_globs` / `exclude_globs` entry against the whole URL: `*` any run of characters, `?` one. */
export function matchesGlob(glob: string, url: string): boolean {
  return globToRegExp(glob, { anyOne: true }).test(url);
}

/** A content script's entry in the manifest, as far as where it runs. */
export interface ScriptPlaces {
  matches: readonly string[];
  exclude: readonly string[];
  includeGlobs?: readonly string[];
  excludeGlobs?: readonly string[];
}

/** Whether a content script with these `matches`, `exclude_matches` and globs is injected into a page. */
export function injectedInto(url: string, { matches, exclude, includeGlobs, excludeGlobs = [] }: ScriptPlaces): boolean {
  const href = new URL(url).href;
  return (
    matches.some((p) => matchesPattern(p, url)) &&
    !exclude.some((p) => matchesPattern(p, url)) &&
    (!includeGlobs || includeGlobs.some((g) => matchesGlob(g, href))) &&
    !excludeGlobs.some((g) => matchesGlob(g, href))
  );
}

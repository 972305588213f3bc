// The project's public addresses, all derived from package.json (`homepage`, `bugs`): the manifests'
// homepage_url, the privacy policy the store listings name, and "Report this page" lead there.
import { bugs, homepage, version } from '../package.json';

/** The extension's version: the manifest's, which the build takes from package.json. */
export const VERSION = version;

/** The project's home: its public repository, without the README anchor. */
export const PROJECT_HOME = homepage.replace(/#.*$/, '');

/** The privacy policy, as both store listings link it. */
export const PRIVACY_POLICY = `${PROJECT_HOME}/blob/main/PRIVACY.md`;

/** Where users report a problem: the tracker's list of issues. */
export const ISSUE_TRACKER = bugs.url;

/**
 * The tracker's new-issue form for a page the guide does not know: only the extension's version and
 * the kind of page are in the address. The outline itself goes to the clipboard, never into an
 * address: nothing of the page is sent unless the user pastes it and submits.
 */
export function reportPageUrl(version: string, pageKind: string): string {
  const url = new URL(`${ISSUE_TRACKER}/new`);
  url.searchParams.set('title', `A court page the guide does not know (${pageKind})`);
  url.searchParams.set(
    'body',
    [
      `Extension version: ${version}`,
      `Page kind: ${pageKind}`,
      '',
      'Paste the page outline here (the guide copied it to your clipboard; read it before you submit).',
    ].join('\n'),
  );
  return url.href;
}

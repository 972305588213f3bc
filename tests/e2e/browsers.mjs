// Finds the two real browsers the E2E tests drive, and the flags each needs on a closed machine.
import { existsSync, mkdirSync } from 'node:fs';

export const CHROMIUM_ENV = 'CHROMIUM_PATH';
export const FIREFOX_ENV = 'FIREFOX_PATH';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The browser named by the variable when set (and only if it exists), else a Debian install. */
function find(variable, candidates) {
  const chosen = process.env[variable];
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return candidates.find(existsSync);
}

export const chromiumPath = () => find(CHROMIUM_ENV, CHROMIUM_CANDIDATES);
export const firefoxPath = () => find(FIREFOX_ENV, FIREFOX_CANDIDATES);

/** Chromium as root on this machine: no sandbox, and no background traffic to Google. */
export function chromiumArgs(extensionDir, proxy) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--proxy-server=http://${proxy}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/** Firefox prefs: everything through the practice court's proxy, plain http allowed, no chatter. */
export function firefoxPrefs(proxy, extensionUuid) {
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ 'cmecf-link-guide@cmecf-link-guide.org': extensionUuid }),
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
}

export const FIREFOX_EXTENSION_UUID = '0d7cbc6e-6d1f-4e0b-9a54-1b2c3d4e5f60';

/**
 * Screenshots of each guide step (tests/e2e-output) cost a fifth of a second each over WebDriver
 * BiDi, hundreds per run: taken only with E2E_SHOTS=1 (README's MFA and new-page shots come from them).
 */
export const STEP_SHOTS = process.env.E2E_SHOTS === '1';

// Where every E2E screenshot goes (git ignores it): there from the start, whichever test shoots first.
mkdirSync('tests/e2e-output', { recursive: true });

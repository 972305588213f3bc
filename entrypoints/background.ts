import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { countToDo, progressSummary } from '@/utils/checklist-view';
import { courtById } from '@/utils/courts/catalog';
import { VERSION } from '@/utils/project';
import { acceptGuideRequest, answerGuide } from '@/utils/guide-requests';
import { claimFirstWelcome } from '@/utils/storage/welcome';
import { updateDeferral } from '@/utils/update-deferral';
import { applyStartingCourts, mirrorChange, moveMfaToAccount, noteUpdate, readChecklist, resumeSync, watchStorage } from '@/utils/storage';

// The background: the one writer of storage for the content script, the toolbar badge (courts on
// the checklist still to do, none when zero; its title says so in the popup headline's words), the courts a firm's policy lists, and, when the
// user turned sync on, the mirror between this browser's storage and the browser's sync.
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const refresh = async () => {
    const { courts } = await readChecklist();
    const open = countToDo(courts);
    await action.setBadgeText({ text: open ? String(open) : '' });
    await action.setTitle({ title: `CM/ECF Link Guide: ${progressSummary(courts)}` });
    await action.setBadgeBackgroundColor({ color: '#1f3a5f' });
  };
  const applyPolicy = () => applyStartingCourts((id) => Boolean(courtById(id)));
  watchStorage(() => void refresh());
  browser.storage.onChanged.addListener((changes, area) => {
    // The firm's policy, delivered late (a fresh install) or changed while the browser runs.
    if (area === 'managed') void applyPolicy();
    void mirrorChange(changes, area);
  });
  const start = async () => {
    // Data an earlier version wrote, moved where it belongs now (MFA: to the PACER account).
    await moveMfaToAccount();
    await applyPolicy();
    await resumeSync();
    await refresh();
  };
  // An update waits while a tab holds the link utility's page (utils/update-deferral.ts).
  const deferral = updateDeferral(() => browser.runtime.reload());
  browser.runtime.onUpdateAvailable.addListener(() => void deferral.updateAvailable());
  browser.tabs.onRemoved.addListener((tabId) => void deferral.left(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void deferral.left(tabId);
  });
  // Only the extension's own content script talks to the background (no external messaging), and
  // each request is checked against the address of the page that sent it (utils/guide-requests.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; url?: string; frameId?: number; tab?: { id?: number } }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const asker = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, onArmed: (tabId: number) => void deferral.guarding(tabId) };
    const request = acceptGuideRequest(message, asker);
    // A refused request is answered with null, like an unknown court: the page learns nothing from it.
    return request ? answerGuide(request, asker) : Promise.resolve(null);
  });
  browser.runtime.onInstalled.addListener(({ reason, previousVersion }) => {
    // After an update, the popup says once what changed for the user (utils/whats-new.ts).
    if (reason === 'update' && previousVersion) void noteUpdate(previousVersion, VERSION);
    // The welcome page once, on a fresh install (never on an update or a browser update).
    if (reason === 'install') {
      void claimFirstWelcome().then(async (first) => {
        if (first) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      });
      // The browser may deliver the firm's policy a moment after the install: look again shortly.
      for (const seconds of [1, 2, 4, 8]) setTimeout(() => void applyPolicy(), seconds * 1000);
    }
    void start();
  });
  browser.runtime.onStartup.addListener(() => void start());
  // Each time the background wakes: the policy's courts are added if missing (one read; nothing written when all are there).
  void applyPolicy();
  void refresh();
});

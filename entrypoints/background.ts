import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { courtById } from '@/utils/courts/catalog';
import { applyStartingCourts, countNotVerified, readChecklist, watchStorage } from '@/utils/storage';

// The toolbar badge: how many courts on the checklist are not yet verified (none when zero);
// and the courts a firm's policy puts on everyone's checklist.
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const refresh = async () => {
    const { courts } = await readChecklist();
    const open = countNotVerified(courts);
    await action.setBadgeText({ text: open ? String(open) : '' });
    await action.setBadgeBackgroundColor({ color: '#1f3a5f' });
  };
  watchStorage(() => void refresh());
  const start = async () => {
    await applyStartingCourts((id) => Boolean(courtById(id)));
    await refresh();
  };
  browser.runtime.onInstalled.addListener(() => void start());
  browser.runtime.onStartup.addListener(() => void start());
  void refresh();
});

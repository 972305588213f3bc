import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { countNotVerified, readChecklist, watchStorage } from '@/utils/storage';

// The toolbar badge: how many courts on the checklist are not yet verified (none when zero).
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const refresh = async () => {
    const { courts } = await readChecklist();
    const open = countNotVerified(courts);
    await action.setBadgeText({ text: open ? String(open) : '' });
    await action.setBadgeBackgroundColor({ color: '#1f3a5f' });
  };
  watchStorage(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  void refresh();
});

// An update waits while a tab's guard holds the link utility's page, and applies once none does.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateDeferral } from '@/utils/update-deferral';

beforeEach(() => fakeBrowser.reset());

describe('the update waits for guarded tabs', () => {
  it('applies at once when no tab holds the link utility', async () => {
    const reload = vi.fn();
    await updateDeferral(reload).updateAvailable();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits while a tab holds it, and applies when the last such tab leaves its page or closes', async () => {
    const reload = vi.fn();
    const deferral = updateDeferral(reload);
    await deferral.guarding(7);
    await deferral.guarding(9);
    await deferral.updateAvailable();
    expect(reload).not.toHaveBeenCalled();
    await deferral.left(7);
    expect(reload).not.toHaveBeenCalled();
    await deferral.left(9);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('remembers across a background restart (the service worker slept in between)', async () => {
    const first = vi.fn();
    await updateDeferral(first).guarding(3);
    await updateDeferral(first).updateAvailable();
    const second = vi.fn();
    await updateDeferral(second).left(3);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1]);
  });

  it('a guarded tab with no update pending changes nothing', async () => {
    const reload = vi.fn();
    const deferral = updateDeferral(reload);
    await deferral.guarding(1);
    await deferral.left(1);
    expect(reload).not.toHaveBeenCalled();
  });
});

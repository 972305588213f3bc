// The options page's sync setting: off until turned on, locked when the firm's policy forbids it,
// and a problem with the browser's sync said in plain words (options page and popup).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { Popup } from '@/entrypoints/popup/Popup';
import { addCourt, readCourt, readSyncStatus, updateSettings } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const LABEL = 'Keep my checklist in sync across my browsers';

describe('options: sync', () => {
  it('is off by default; turning it on puts the checklist in sync, turning it off keeps it here', async () => {
    await addCourt('iasb', 1);
    render(<Options />);
    const box = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.getAttribute('aria-describedby')).toBe('sync-what');
    expect(document.getElementById('sync-what')?.textContent).toMatch(/Never a password\. Turning it off keeps everything in this browser/);
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Sync is on: your checklist and names are in your browser’s sync.'));
    expect((await fakeBrowser.storage.sync.get('court:iasb'))['court:iasb']).toEqual(await readCourt('iasb'));
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Sync is off\. Everything stays in this browser/));
    expect(await readCourt('iasb')).toMatchObject({ status: 'todo' });
    expect((await readSyncStatus()).on).toBe(false);
  });

  it('is shown locked, with the reason, when the firm’s policy forbids it', async () => {
    await fakeBrowser.storage.managed.set({ syncAllowed: false });
    render(<Options />);
    const box = (await screen.findByLabelText(LABEL)) as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.checked).toBe(false);
    expect(document.getElementById('sync-what')?.textContent).toBe('🔒 Sync is turned off by your firm’s policy (locked). Everything stays in this browser.');
  });

  it('a limit reached is said on the options page and in the popup', async () => {
    await addCourt('iasb', 1);
    await updateSettings({ firmNames: Array.from({ length: 150 }, (_, i) => `Firm number ${i} of a very long list of related firms, LLP`) });
    render(<Options />);
    fireEvent.click(await screen.findByLabelText(LABEL));
    const problem = /^Your list of firm names is larger than the 8,192 bytes your browser's sync allows for one item/;
    await waitFor(() => expect(document.querySelector('[data-sync-problem]')?.textContent).toMatch(problem));
    expect((await screen.findByText('Sync is on, but not everything could be synced: see Sync above.')).getAttribute('role')).toBe('alert');
    cleanup();
    render(<Popup />);
    await waitFor(() => expect(document.querySelector('[data-sync-problem]')?.textContent).toMatch(/^Sync: Your list of firm names is larger/));
  });
});

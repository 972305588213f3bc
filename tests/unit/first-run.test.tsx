import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChecklistPage } from '@/entrypoints/checklist/ChecklistPage';
import { Welcome } from '@/entrypoints/welcome/Welcome';
import { addCourt, readChecklist, recordProgress } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('welcome page', () => {
  it('says what the guide does, what you need first, and how private it is', async () => {
    render(<Welcome />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to CM/ECF Link Guide' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Before you start',
      'Add the courts where you e-file',
      'Keep the checklist in reach',
      'Start with your first court',
    ]);
    // How to pin the button (Chrome leaves it in the Extensions menu), and the keys.
    expect(document.querySelector('[data-pin]')?.textContent).toMatch(/puzzle piece.*the pin beside CM\/ECF Link Guide/);
    expect(document.querySelector('[data-keys]')?.textContent).toMatch(/Alt\+Shift\+L.*moves to the guide’s hint/);
    expect(screen.getByRole('link', { name: 'the PACER website' }).getAttribute('href')).toBe('https://pacer.uscourts.gov/');
    expect(screen.getByRole('link', { name: 'PACER’s Manage My Account' }).getAttribute('href')).toBe('https://pacer.psc.uscourts.gov/');
    expect(screen.getByText(/never reads your passwords/)).toBeTruthy();
    expect(await screen.findByText('Add a court above; a link to its CM/ECF login appears here.')).toBeTruthy();
  });

  it('adds a whole state and starts with the first court’s CM/ECF login', async () => {
    render(<Welcome />);
    const box = screen.getByRole('combobox', { name: 'Add a court' });
    fireEvent.input(box, { target: { value: 'iowa' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('Added 4 courts in Iowa.')).toBeTruthy();
    expect((await readChecklist()).courts.map((c) => c.id).sort()).toEqual(['ianb', 'iand', 'iasb', 'iasd']);
    const list = await screen.findByRole('list', { name: 'Your courts' });
    await waitFor(() => expect(list.querySelectorAll('li').length).toBe(4));
    const start = screen.getByRole('link', { name: /^Open the CM\/ECF login/ });
    expect(start.getAttribute('href')).toMatch(/^https:\/\/ecf\.ia[ns][bd]\.uscourts\.gov\/cgi-bin\/login\.pl$/);
  });
});

describe('printable checklist', () => {
  it('lists every court by status and downloads the same as CSV', async () => {
    await addCourt('iasb', Date.UTC(2026, 0, 2));
    await addCourt('iasd', Date.UTC(2026, 0, 3));
    await recordProgress('iasd', 'refresh-menus', {}, Date.UTC(2026, 0, 4));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:csv'));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^cmecf-link-guide-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
    });
    // happy-dom has no print dialog.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<ChecklistPage />);
    await waitFor(() => expect(Array.from(document.querySelectorAll('tr[data-court]')).map((tr) => tr.getAttribute('data-court'))).toEqual(['iasb', 'iasd']));
    expect(screen.getByText('2 of 2 courts still to do')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(clicked).toHaveBeenCalledOnce();
    const lines = (await blobs[0].text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('court id,court name,status,added,linked,verified,notification transaction id,notification time');
    expect(lines.length).toBe(3);
    expect(lines[1]).toMatch(/^iasb,"U\.S\. Bankruptcy Court, Southern District of Iowa",todo,2026-01-02T00:00:00\.000Z,,,,$/);
    expect(lines[2]).toContain('Iowa",linked,2026-01-03T00:00:00.000Z,2026-01-04T00:00:00.000Z,,,');
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so when the checklist is empty, and offers no empty file', async () => {
    render(<ChecklistPage />);
    expect(await screen.findByText(/No courts on the checklist yet/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('install', () => {
  it('opens the welcome page on a fresh install only, never on an update', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    const background = (await import('@/entrypoints/background')).default;
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(opened).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(opened).toHaveBeenCalledOnce());
    expect(opened.mock.calls[0][0].url).toMatch(/\/welcome\.html$/);
    // Loaded from a folder, the browser says 'install' again on each start: once is once per profile.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).toHaveBeenCalledOnce();
  });
});

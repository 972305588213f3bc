import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { addCourt, readChecklist, readCourt, readOwnSettings, recordProgress, updateSettings } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const checklistFile = (body: Record<string, unknown>) => JSON.stringify({ format: 'cmecf-link-guide/checklist', version: 1, exported: 1, courts: [], ...body });

/** Chooses a file in the options page's Import control. */
async function choose(text: string) {
  const input = (await screen.findByLabelText(/Import checklist/)) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'checklist.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('options', () => {
  it('saves the individual username and shared usernames', async () => {
    render(<Options />);
    const own = await screen.findByLabelText('Your individual PACER username');
    fireEvent.change(own, { target: { value: 'ann.lee' } });
    fireEvent.change(screen.getByLabelText('Shared firm PACER usernames (one per line)'), { target: { value: 'firm1\n\n firm2 ' } });
    await waitFor(async () => expect(await readOwnSettings()).toMatchObject({ individualUsername: 'ann.lee', sharedUsernames: ['firm1', 'firm2'] }));
    fireEvent.click(screen.getByLabelText('Show the guide on court pages'));
    await waitFor(async () => expect((await readOwnSettings()).guideEnabled).toBe(false));
  });

  it('shows the firm’s values as locked', async () => {
    await fakeBrowser.storage.managed.set({ sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'] });
    render(<Options />);
    expect((await screen.findByText(/Shared usernames set by your firm \(locked\): firmpacer/)).textContent).toBeTruthy();
    expect(screen.getByText(/Firm names set by your firm \(locked\): Lee & Associates/)).toBeTruthy();
  });

  it('refuses a malformed import with a clear message and changes nothing', async () => {
    await addCourt('iasb', 1);
    render(<Options />);
    await choose('{"format":"something else"}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a CM\/ECF Link Guide checklist.*Nothing was changed/);
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb']);
  });

  it('refuses a file from a newer version in plain words', async () => {
    render(<Options />);
    await choose(checklistFile({ version: 3 }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /saved by a newer version.*Update the extension, then import it again\. Nothing was changed\./,
    );
  });

  it('shows what a file will do, changes nothing on Cancel, and merges only what it holds on Import', async () => {
    await updateSettings({ individualUsername: 'ann.lee', sharedUsernames: ['firmpacer'], firmNames: ['Lee & Associates'], guideEnabled: false });
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'confirm-link', {}, 2);
    const text = checklistFile({
      courts: [
        { id: 'iasb', status: 'todo', added: 1, updated: 50, nextGenLayout: true },
        { id: 'nvb', status: 'todo', added: 3, updated: 3 },
      ],
      settings: { firmNames: ['Lee Partners'] },
    });
    const before = await fakeBrowser.storage.local.get(null);
    render(<Options />);
    await choose(text);
    const preview = await screen.findByRole('group', { name: 'Import this checklist?' });
    expect(preview.textContent).toContain('This file adds 1 court, updates 1 court, changes firm names.');
    await waitFor(() => expect(document.activeElement).toBe(preview));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('status')).textContent).toBe('Import cancelled. Nothing was changed.');
    expect(screen.queryByRole('group', { name: 'Import this checklist?' })).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    await choose(text);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Imported: the file adds 1 court/));
    expect(await readOwnSettings()).toEqual({
      individualUsername: 'ann.lee',
      sharedUsernames: ['firmpacer'],
      firmNames: ['Lee & Associates', 'Lee Partners'],
      guideEnabled: false,
      dismissedOffers: [],
    });
    expect(await readCourt('iasb')).toMatchObject({ status: 'in-progress', lastStep: 'confirm-link', nextGenLayout: true });
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb', 'nvb']);
  });

  it('shows a refused save beside its field, keeps the text, and saves once it is fixed', async () => {
    await updateSettings({ firmNames: ['Lee & Associates'] });
    render(<Options />);
    const firms = (await screen.findByLabelText('Firm names (one per line)')) as HTMLTextAreaElement;
    const typed = `Lee & Associates\n${'L'.repeat(201)}`;
    fireEvent.input(firms, { target: { value: typed } });
    fireEvent.change(firms, { target: { value: typed } });
    await waitFor(() => expect(firms.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(firms.getAttribute('aria-describedby')!)?.textContent).toBe('Line 2: too long (at most 200 characters).');
    expect(screen.getByRole('alert').textContent).toMatch(/Not saved.*Your text is kept/);
    expect(firms.value).toBe(typed);
    expect((await readOwnSettings()).firmNames).toEqual(['Lee & Associates']);
    const individual = screen.getByLabelText('Your individual PACER username') as HTMLInputElement;
    fireEvent.change(individual, { target: { value: '  Ann.Lee ' } });
    await waitFor(async () => expect((await readOwnSettings()).individualUsername).toBe('ann.lee'));
    expect(firms.value).toBe(typed);
    fireEvent.change(firms, { target: { value: 'Lee & Associates\nLee Partners' } });
    await waitFor(() => expect(firms.getAttribute('aria-invalid')).toBeNull());
    expect((await readOwnSettings()).firmNames).toEqual(['Lee & Associates', 'Lee Partners']);
    await waitFor(() => expect(individual.value).toBe('ann.lee'));
  });

  it('lists the firm policy entries this version cannot use, and applies the rest', async () => {
    await fakeBrowser.storage.managed.set({ startingCourts: ['IASB', 'zzzz'], sharedUsernames: ['FirmPacer'] });
    render(<Options />);
    const notice = await screen.findByText(/Your firm's policy has 1 entry this version cannot use/);
    expect(notice.closest('[data-policy-dropped]')?.textContent).toContain('startingCourts[1] “zzzz”: not a court this version knows');
    expect(screen.getByText(/Shared usernames set by your firm \(locked\): firmpacer/)).toBeTruthy();
  });

  it('reports stored settings it cannot use and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { individualUsername: 'ann.lee', firmNames: ['L'.repeat(201), 'Lee'] } });
    render(<Options />);
    expect((await screen.findByText(/1 stored setting could not be used/)).closest('[data-settings-rejected]')?.textContent).toContain('firmNames[0]');
    expect((screen.getByLabelText('Firm names (one per line)') as HTMLTextAreaElement).value).toBe('Lee');
    expect((screen.getByLabelText('Your individual PACER username') as HTMLInputElement).value).toBe('ann.lee');
  });
});

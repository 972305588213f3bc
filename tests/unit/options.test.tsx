import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Options } from '@/entrypoints/options/Options';
import { addCourt, readChecklist, readOwnSettings } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

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
    const input = (await screen.findByLabelText(/Import checklist/)) as HTMLInputElement;
    const file = new File(['{"format":"something else"}'], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a CM\/ECF Link Guide checklist.*Nothing was changed/);
    expect((await readChecklist()).courts.map((c) => c.id)).toEqual(['iasb']);
  });
});

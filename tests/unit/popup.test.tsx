import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/entrypoints/popup/Popup';
import { addCourt, readCourt, recordProgress } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const rows = () => Array.from(document.querySelectorAll('li[data-court]')).map((li) => `${li.getAttribute('data-court')}:${li.getAttribute('data-status')}`);

describe('popup', () => {
  it('explains the product when the checklist is empty', async () => {
    render(<Popup />);
    expect(await screen.findByText(/Add each court where you had a CM\/ECF e-filing account/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Add a court' })).toBeTruthy();
    expect(screen.getByText(/Accounts created before August 11, 2014 must be upgraded/)).toBeTruthy();
  });

  it('shows results as you type and adds the first match on Enter', async () => {
    render(<Popup />);
    const box = await screen.findByRole('combobox', { name: 'Add a court' });
    fireEvent.input(box, { target: { value: 'iasb' } });
    expect(screen.getByRole('option', { name: /U\.S\. Bankruptcy Court, Southern District of Iowa/ })).toBeTruthy();
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(rows()).toEqual(['iasb:todo']));
    fireEvent.input(box, { target: { value: 'nowhere at all' } });
    expect(screen.getByText(/No court matches “nowhere at all”/)).toBeTruthy();
  });

  it('lists courts with status, progress and a live update', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await recordProgress('iasd', 'refresh-menus');
    render(<Popup />);
    await waitFor(() => expect(rows()).toEqual(['iasb:todo', 'iasd:linked']));
    expect(screen.getByText('1 of 2 courts linked')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Open CM\/ECF/ })[0].getAttribute('href')).toBe('https://ecf.iasb.uscourts.gov/');
    await recordProgress('iasb', 'pacer-login');
    await waitFor(() => expect(rows()).toEqual(['iasb:in-progress', 'iasd:linked']));
  });

  it('removes a court, but not one on the firm’s list', async () => {
    await fakeBrowser.storage.managed.set({ startingCourts: ['iasd'] });
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    render(<Popup />);
    await waitFor(() => expect(rows().length).toBe(2));
    expect(screen.getAllByRole('button', { name: /^Remove/ }).length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: /Remove U\.S\. Bankruptcy Court/ }));
    await waitFor(() => expect(rows()).toEqual(['iasd:todo']));
  });

  it('reports unreadable entries and keeps the rest', async () => {
    await addCourt('iasb', 1);
    await fakeBrowser.storage.local.set({ 'court:nvb': { id: 42 } });
    render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/1 stored entry was unreadable and set aside/);
    expect(rows()).toEqual(['iasb:todo']);
  });

  it('takes the court’s confirmation email, or says plainly what is wrong', async () => {
    await addCourt('iasb', 1);
    render(<Popup />);
    const area = await screen.findByRole('textbox', { name: /Confirmation email/ });
    fireEvent.input(area, { target: { value: 'hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not look like the court’s link notification/);
    fireEvent.input(area, { target: { value: 'Transaction ID: 10005\nRequest: Link\nTransaction Status: Processed\nDate/Time Submitted: 11/01/2015 10:40:36 CST' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rows()).toEqual(['iasb:linked']));
    expect(screen.getByText(/Transaction 10005/)).toBeTruthy();
    expect((await readCourt('iasb'))?.notification?.status).toBe('Processed');
  });

  it('shows the upgraded-account prerequisite once PACER told us', async () => {
    await fakeBrowser.storage.local.set({ prerequisites: { upgraded: 'no', seen: 1 } });
    render(<Popup />);
    expect(await screen.findByText(/legacy account: upgrade it on PACER/)).toBeTruthy();
  });
});

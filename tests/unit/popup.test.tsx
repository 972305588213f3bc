import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/entrypoints/popup/Popup';
import { VERSION } from '@/utils/project';
import { addCourt, noteUpdate, readCourt, recordProgress, saveNotification, setPaused } from '@/utils/storage';
import { WHATS_NEW } from '@/utils/whats-new';

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

  it('a court of appeals is never offered: one line says why; a district court beside it is', async () => {
    render(<Popup />);
    const box = await screen.findByRole('combobox', { name: 'Add a court' });
    fireEvent.input(box, { target: { value: 'Ninth Circuit' } });
    expect(screen.queryByRole('option', { name: /Court of Appeals/ })).toBeNull();
    const note = document.querySelector('[data-search-note]');
    expect(note?.textContent).toMatch(
      /^U\.S\. Court of Appeals, Ninth Circuit.* — courts of appeals are not on this checklist: they went NextGen in 2014–2018 with a link item of their own .* the Second and Ninth Circuits file through ACMS/,
    );
    expect(screen.queryByText(/No court matches/)).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.input(box, { target: { value: 'ca9' } });
    expect(document.querySelector('[data-search-note]')?.textContent).toMatch(/^U\.S\. Court of Appeals, Ninth Circuit/);
    fireEvent.input(box, { target: { value: 'iasb' } });
    expect(document.querySelector('[data-search-note]')).toBeNull();
    // A state names its district and bankruptcy courts, never the circuits covering it; each family keeps its own line.
    fireEvent.input(box, { target: { value: 'iowa' } });
    expect(document.querySelector('[data-search-note]')).toBeNull();
    // Its exact id names it, even where served courts match the letters too ("cit" in Kansas City).
    fireEvent.input(box, { target: { value: 'cit' } });
    expect(document.querySelector('[data-search-note]')?.textContent).toMatch(/^U\.S\. Court of International Trade — /);
    fireEvent.input(box, { target: { value: 'international trade' } });
    expect(document.querySelector('[data-search-note]')?.textContent).toBe(
      'U.S. Court of International Trade — this guide does not walk national courts through linking: follow the court’s own e-filing instructions.',
    );
    expect(rows()).toEqual([]);
  });

  it('a court still to link says what to do with no old e-filing account there: PACER’s E-File Registration, in words and a link', async () => {
    await addCourt('iasb', 1);
    render(<Popup />);
    const disclosure = await waitFor(() => {
      const found = document.querySelector('li[data-court="iasb"] [data-no-account]');
      if (!found) throw new Error('no disclosure yet');
      return found;
    });
    expect(disclosure.querySelector('summary')?.textContent).toBe('I have no old e-filing account here');
    expect(disclosure.textContent).toMatch(/nothing to link: pro hac vice, CJA and new filers ask for e-filing access through PACER/);
    expect(disclosure.textContent).toMatch(/Maintenance → Attorney Admissions \/ E-File Registration/);
    expect(disclosure.querySelector('a')?.getAttribute('href')).toBe('https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf');
    // Nothing changes by reading it: the court stays to do.
    expect(rows()).toEqual(['iasb:todo']);
  });

  it('its footer gives the court list’s date, from PACER’s feed', async () => {
    render(<Popup />);
    expect((await screen.findByText(/^Court list: PACER’s court feed of January 10, 2023$/)).getAttribute('data-court-list-date')).toBe('2023-01-10');
  });

  it('its footer names this version and where to report a problem, from package.json', async () => {
    render(<Popup />);
    const version = await screen.findByText(`Version ${VERSION}`);
    expect(version.getAttribute('data-version')).toBe(VERSION);
    expect(screen.getByRole('link', { name: 'Report a problem' }).getAttribute('href')).toBe('https://github.com/cmecf-link-guide/cmecf-link-guide/issues');
  });

  it('after an update, one line says what changed until it is dismissed; a fresh install and a downgrade say nothing', async () => {
    expect(WHATS_NEW[VERSION], 'this version has a line').toBeTruthy();
    // A fresh install (no update reported), then a downgrade and a reinstall of the same version.
    await noteUpdate('9.0.0', VERSION);
    await noteUpdate(VERSION, VERSION);
    render(<Popup />);
    await screen.findByText('Report a problem');
    expect(document.querySelector('[data-update-notice]')).toBeNull();
    cleanup();
    // The browser reports an update from 0.1.0, as it does for every 0.1.0 install.
    await noteUpdate('0.1.0', VERSION);
    render(<Popup />);
    const line = await waitFor(() => {
      const el = document.querySelector('[data-update-notice]');
      if (!el) throw new Error('no update line yet');
      return el;
    });
    expect(line.textContent).toContain(WHATS_NEW[VERSION]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.querySelector('[data-update-notice]')).toBeNull());
    expect(await fakeBrowser.storage.local.get('updateNotice')).toEqual({});
  });

  it('lists courts with status, progress and a live update', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await recordProgress('iasd', 'refresh-menus');
    render(<Popup />);
    await waitFor(() => expect(rows()).toEqual(['iasb:todo', 'iasd:linked']));
    expect(screen.getByText('2 of 2 courts still to do')).toBeTruthy();
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
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(rows()).toEqual(['iasd:todo']));
  });

  it('Remove asks once, in the row; Keep and Escape keep the court and its pasted email', async () => {
    await addCourt('iasb', 1);
    await saveNotification('iasb', { transactionId: '10005', submitted: '11/01/2015 10:40:36 CST', request: 'Link', status: 'Processed' }, 2);
    const before = await readCourt('iasb');
    render(<Popup />);
    await waitFor(() => expect(rows()).toEqual(['iasb:linked']));
    const remove = () => screen.getByRole('button', { name: /^Remove U\.S\. Bankruptcy Court/ });
    fireEvent.click(remove());
    const question = await screen.findByRole('group', { name: /^Remove U\.S\. Bankruptcy Court, Southern District of Iowa from your checklist\?/ });
    expect(question.textContent).toMatch(/The court’s email you pasted \(transaction 10005\) goes with it\./);
    // The safe answer has the focus: Enter keeps.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Remove/ })).toBeNull());
    expect(document.activeElement).toBe(remove());
    fireEvent.click(remove());
    fireEvent.keyDown(await screen.findByRole('button', { name: 'Yes, remove' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Yes, remove' })).toBeNull());
    expect(await readCourt('iasb')).toEqual(before);
    fireEvent.click(remove());
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(rows()).toEqual([]));
    expect(await readCourt('iasb')).toBeUndefined();
  });

  it('refuses an email that names another court, naming both; takes the one that names this court', async () => {
    await addCourt('iasd', 1);
    render(<Popup />);
    const area = await screen.findByRole('textbox', { name: /Confirmation email/ });
    const email = (court: string) =>
      `Account Number: 111111\nCourt: ${court}\nDate/Time Submitted: 11/01/2015 10:40:36 CST\nTransaction ID: 10005\nRequest: Link\nTransaction Status: Processed`;
    fireEvent.input(area, { target: { value: email('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT') } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That email is about “SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT” (U.S. Bankruptcy Court, Southern District of Iowa), not the U.S. District Court, Southern District of Iowa. Paste it under that court’s row instead. Nothing was saved.',
    );
    expect(await readCourt('iasd')).toMatchObject({ status: 'todo' });
    expect((await readCourt('iasd'))?.notification).toBeUndefined();
    expect((area as HTMLTextAreaElement).value, 'the pasted text is kept').toMatch(/BANKRUPTCY COURT/);
    fireEvent.input(area, { target: { value: email('SOUTHERN DISTRICT OF IOWA DISTRICT COURT') } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(rows()).toEqual(['iasd:linked']));
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
    fireEvent.input(area, {
      target: { value: 'Transaction ID: 10005\nRequest: Link\nTransaction Status: Processed\nDate/Time Submitted: 11/01/2015 10:40:36 CST' },
    });
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

  it('shows MFA enrolment as unknown until Manage My Account said, then what it said', async () => {
    render(<Popup />);
    const mfa = () => document.querySelector('[data-prerequisite="mfa"]')?.textContent ?? '';
    await waitFor(() => expect(mfa()).toMatch(/^MFA enrolled: unknown\./));
    await fakeBrowser.storage.local.set({ prerequisites: { upgraded: 'yes', mfa: 'no', seen: 1 } });
    await waitFor(() =>
      expect(mfa()).toMatch(/^MFA enrolled: no\. PACER has required MFA for CM\/ECF filers since December 31, 2025: enroll in Manage My Account/),
    );
    expect(mfa()).toMatch(/or when PACER prompts at login\. It lets you skip three times\./);
  });

  it('adds a whole state in one step, skipping courts already listed and saying so', async () => {
    await addCourt('iasb', 1);
    await recordProgress('iasb', 'pacer-login');
    render(<Popup />);
    const box = await screen.findByRole('combobox', { name: 'Add a court' });
    fireEvent.input(box, { target: { value: 'Iowa' } });
    const all = screen.getByRole('option', { name: /^All courts in Iowa \(4\)/ });
    expect(all.getAttribute('aria-selected')).toBe('true');
    fireEvent.click(all);
    await waitFor(() => expect(rows().sort()).toEqual(['ianb:todo', 'iand:todo', 'iasb:in-progress', 'iasd:todo']));
    expect(await screen.findByText('Added 3 of 4 courts in Iowa; IASB was already on your list.')).toBeTruthy();
    // Again, from the keyboard: nothing new, and nothing already there is reset.
    fireEvent.input(box, { target: { value: 'iowa' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('All 4 courts in Iowa are already on your list.')).toBeTruthy();
    expect((await readCourt('iasb'))?.status).toBe('in-progress');
    fireEvent.input(box, { target: { value: 'iasd' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByText('U.S. District Court, Southern District of Iowa is already on your list.')).toBeTruthy();
  });

  it('groups courts by status under headings, newest activity first, with a progress bar', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await addCourt('nvb', 3);
    await addCourt('akd', 4);
    await recordProgress('iasd', 'linked', {}, 5, { login: 'own' });
    await recordProgress('nvb', 'pacer-login', {}, 6);
    render(<Popup />);
    await waitFor(() => expect(rows()).toEqual(['nvb:in-progress', 'akd:todo', 'iasb:todo', 'iasd:verified']));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'In progress (1)',
      'To do (2)',
      'Verified (1)',
      'Before you start',
    ]);
    expect(screen.getByText('3 of 4 courts still to do')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '1 of 4 done' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '4']);
    // Activity on a to-do court moves it to the top of its new group.
    await recordProgress('iasb', 'court-website', {}, 7);
    await waitFor(() => expect(rows()).toEqual(['iasb:in-progress', 'nvb:in-progress', 'akd:todo', 'iasd:verified']));
  });

  it('"Link next" opens the CM/ECF login of the top to-do court that is not paused', async () => {
    await addCourt('iasb', 1);
    await addCourt('iasd', 2);
    await setPaused('iasd', true);
    render(<Popup />);
    const link = await screen.findByRole('link', { name: /^Link next/ });
    expect(link.getAttribute('href')).toBe('https://ecf.iasb.uscourts.gov/cgi-bin/login.pl');
    expect(link.textContent).toContain('U.S. Bankruptcy Court, Southern District of Iowa');
    await recordProgress('iasb', 'pacer-login');
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Link next/ })).toBeNull());
  });

  it('offers a filter box only above eight courts', async () => {
    const ids = ['iasb', 'iasd', 'ianb', 'iand', 'mnb', 'mnd', 'neb', 'ned'];
    for (const [i, id] of ids.entries()) await addCourt(id, i + 1);
    render(<Popup />);
    await waitFor(() => expect(rows().length).toBe(8));
    expect(screen.queryByRole('searchbox', { name: 'Filter your courts' })).toBeNull();
    await addCourt('nvb', 9);
    const filter = await screen.findByRole('searchbox', { name: 'Filter your courts' });
    fireEvent.input(filter, { target: { value: 'iowa southern' } });
    await waitFor(() => expect(rows().sort()).toEqual(['iasb:todo', 'iasd:todo']));
    fireEvent.input(filter, { target: { value: 'guam' } });
    expect(await screen.findByText('No court on your list matches “guam”.')).toBeTruthy();
    expect(rows()).toEqual([]);
    // The filter narrows the view only: the progress counts every court.
    expect(screen.getByText('9 of 9 courts still to do')).toBeTruthy();
  });

  it('links to the printable checklist once there is a court', async () => {
    render(<Popup />);
    await screen.findByText(/Add each court/);
    expect(screen.queryByRole('link', { name: 'Print or export the checklist' })).toBeNull();
    await addCourt('iasb', 1);
    expect((await screen.findByRole('link', { name: 'Print or export the checklist' })).getAttribute('href')).toBe('/checklist.html');
  });
});

// PACER's prompts after the password besides MFA: the 180-day password change ("User Update
// Required") and a one-button notice. Each is its own step, not counted in "Step n of N"; neither
// ever has its fields read; closed, they leave the login page the login step.
import { describe, expect, it, vi } from 'vitest';
import { decide } from '@/in-page/flow/decide';
import { mountGuideUi } from '@/in-page/guide/ui';
import { recognize } from '@/in-page/recognize';
import { isShown } from '@/in-page/recognize/dom';
import { isSecretField } from '@/in-page/secret-fields';
import { type CourtRecord, DEFAULT_SETTINGS } from '@/utils/storage';
import * as court from '../practice-court/pages.mjs';

const iasb = court.COURTS.iasb;
const LOGIN = 'http://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=IASBK';
const appurl = 'http://ecf.iasb.uscourts.gov/cgi-bin/login.pl';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const loginAfter = (after: Record<string, unknown>, mfa?: Record<string, unknown>) => recognize(parse(court.pacerLogin(iasb, appurl, '', mfa, after)), LOGIN);
const record: CourtRecord = { id: 'iasb', status: 'in-progress', added: 1, updated: 1 };
const view = (page: ReturnType<typeof recognize>) => decide({ shown: isShown, page, record, settings: DEFAULT_SETTINGS })!;
const idOf = (el: Element | null) => (el as HTMLElement | null)?.id;

describe('PACER’s password change at login', () => {
  it('while skips remain: points at Skip, says three skips and that linking goes on, and is not counted', () => {
    const shown = view(loginAfter({ passwordSkipsLeft: 2, open: 'password' }));
    expect(shown).toMatchObject({ step: 'password-update', title: 'PACER asks for a new password', progress: null });
    expect(idOf(shown.target)).toBe('frmUserUpdate:bpmSkip');
    expect(shown.text).toMatch(/every 180 days/);
    expect(shown.text).toMatch(/three skips/);
    expect(shown.text).toMatch(/Linking goes on either way/);
  });

  it('with no skips left: points at Update and names the PACER Service Center', () => {
    const shown = view(loginAfter({ passwordSkipsLeft: 0, open: 'password' }));
    expect(shown).toMatchObject({ step: 'password-update', title: 'PACER requires a new password now' });
    expect(idOf(shown.target)).toBe('frmUserUpdate:btnUpdate');
    expect(shown.text).toMatch(/\(800\) 676-6856/);
  });

  it('the same dialog worded about MFA is the enrolment step, whose card says a password change follows', () => {
    const both = recognize(
      parse(
        court
          .pacerLogin(iasb, appurl, '', { prompt: 'required', open: true })
          .replace('you have no skips left.', 'you have no skips left. You must also change your password.'),
      ),
      LOGIN,
    );
    expect(both).toMatchObject({ kind: 'mfa-enroll', passwordToo: true });
    expect(view(both).text).toMatch(/asks for a new password: PACER wants one every 180 days/);
  });

  it('its password fields are secret fields, and the card never looks at keys typed into them', () => {
    document.body.innerHTML = court.afterSignInDialogs({ passwordSkipsLeft: 1, open: 'password' });
    const page = recognize(document, LOGIN);
    expect(page.kind).toBe('password-update');
    const ui = mountGuideUi({ hide: vi.fn(), notNow: vi.fn(), acceptOffer: vi.fn(), dismissOffer: vi.fn(), reportPage: vi.fn(async () => undefined) });
    ui.show(view(page), page);
    for (const id of ['frmUserUpdate:newPassword', 'frmUserUpdate:confirmPassword']) {
      const field = document.getElementById(id)!;
      expect(isSecretField(field)).toBe(true);
      const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, altKey: true, shiftKey: true });
      const read: string[] = [];
      Object.defineProperty(event, 'isTrusted', { value: true });
      for (const name of ['key', 'code', 'keyCode', 'which']) Object.defineProperty(event, name, { get: () => (read.push(name), 'l') });
      field.dispatchEvent(event);
      expect(read, id).toEqual([]);
    }
    ui.remove();
  });
});

describe('a notice PACER asks to acknowledge', () => {
  it('is its own step: read it, then OK; not counted and not a page new to the guide', () => {
    const shown = view(loginAfter({ notice: true, open: 'notice' }));
    expect(shown).toMatchObject({ step: 'acknowledge-notice', title: 'Read PACER’s notice, then click OK', progress: null });
    expect(idOf(shown.target)).toBe('btnAckOkay');
  });

  it('a dialog with a field, or with two buttons, or about MFA, is not a notice', () => {
    const two = court.afterSignInDialogs({ notice: true, open: 'notice' }).replace('>OK</button>', '>OK</button><button type="button">Cancel</button>');
    expect(recognize(parse(`<html><body>${two}</body></html>`), LOGIN).kind).not.toBe('acknowledge-notice');
    const field = court
      .afterSignInDialogs({ notice: true, open: 'notice' })
      .replace('<button id="btnAckOkay"', '<input type="text" id="x"><button id="btnAckOkay"');
    expect(recognize(parse(`<html><body>${field}</body></html>`), LOGIN).kind).not.toBe('acknowledge-notice');
    const mfa = court.afterSignInDialogs({ notice: true, open: 'notice' }).replace('scheduled maintenance', 'multi-factor authentication');
    expect(recognize(parse(`<html><body>${mfa}</body></html>`), LOGIN).kind).not.toBe('acknowledge-notice');
  });
});

describe('closed, PACER’s interstitials leave the login page the login step', () => {
  it('whatever waits behind the login: a password change, a notice, MFA', () => {
    expect(loginAfter({ passwordSkipsLeft: 2 }).kind).toBe('pacer-login');
    expect(loginAfter({ notice: true }).kind).toBe('pacer-login');
    expect(loginAfter({ passwordSkipsLeft: 0, notice: true }, { prompt: 'code' }).kind).toBe('pacer-login');
  });
});

describe('PACER’s "User Update Required": password change or MFA enrolment, by what it offers', () => {
  const dialog = (content: string) =>
    parse(
      `<html><body><form id="frmUserUpdate"><div id="userUpdateDlg" role="dialog">\n<span>User Update Required</span>\n${content}\n</div></form></body></html>`,
    );

  it('a password change that mentions authentication in passing is still the password change', () => {
    const page = recognize(
      dialog(
        '<p>For stronger authentication, change your password.</p><input type="password" autocomplete="new-password"><button id="u">Update</button><button id="s">Skip</button>',
      ),
      LOGIN,
    );
    expect(page).toMatchObject({ kind: 'password-update', skippable: true });
  });

  it('MFA required, with a button worded "Set Up", "Update" or "Go to Manage My Account", is the enrolment step', () => {
    for (const button of ['Set Up', 'Update', 'Go to Manage My Account'])
      expect(recognize(dialog(`<p>Multi-factor authentication is required for your account.</p><button>${button}</button>`), LOGIN).kind, button).toBe(
        'mfa-enroll',
      );
  });

  it('asking for the current password to stay signed in is no password change', () => {
    const page = recognize(
      parse('<html><body><div role="dialog"><p>Enter your password to stay signed in.</p><input type="password"><button>Continue</button></div></body></html>'),
      LOGIN,
    );
    expect(page.kind).not.toBe('password-update');
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allCourts, courtById } from '@/utils/courts/catalog';
import { helpContacts } from '@/utils/courts/contacts';

const contactsOf = (id: string) => helpContacts(courtById(id)!);

describe('help-desk contacts', () => {
  it('turns a number with an extension and an address into tel: and mailto: links', () => {
    expect(contactsOf('iasb')).toEqual([
      { label: '515-284-6230 ext. 6220', href: 'tel:+1-515-284-6230;ext=6220' },
      { label: courtById('iasb')!.helpEmail, href: `mailto:${courtById('iasb')!.helpEmail.toLowerCase()}` },
    ]);
  });

  it('keeps each number’s label and reads (212) 264-2800 and "ext." written any way', () => {
    expect(contactsOf('vaed').map((c) => c.label)).toEqual([
      'Alexandria - Civil & all user IDs/pswds: 703-299-2101',
      'Alexandria - Criminal: 703-299-2102',
      'Norfolk/Newport - Civil: 757-222-7201',
      'Norfolk/Newport - Criminal: 757-222-7202',
      'Richmond - Civil: 804-916-2220',
      'Richmond - Criminal: 804-916-2230',
    ]);
    expect(contactsOf('cit')[0]).toEqual({ label: '(212) 264-2800', href: 'tel:+1-212-264-2800' });
    expect(contactsOf('paeb').map((c) => c.href)).toContain('tel:+1-215-408-2800;ext=2368');
    expect(helpContacts({ helpDesk: '866-222-8029, Option 12', helpEmail: '' })).toEqual([{ label: '866-222-8029', href: 'tel:+1-866-222-8029' }]);
  });

  it('finds the addresses in a sentence of the feed (formerly HTML), with their labels', () => {
    expect(
      contactsOf('ared')
        .filter((c) => c.href.startsWith('mailto:'))
        .map((c) => c.href),
    ).toEqual(['mailto:ecf_support@ared.uscourts.gov', 'mailto:clerksoffice@ared.uscourts.gov']);
    expect(contactsOf('miwd').filter((c) => c.href.startsWith('mailto:'))).toEqual([
      { label: 'General Questions: info@miwd.uscourts.gov', href: 'mailto:info@miwd.uscourts.gov' },
      { label: 'Electronic Filing Questions: ecfhelp@miwd.uscourts.gov', href: 'mailto:ecfhelp@miwd.uscourts.gov' },
    ]);
    expect(contactsOf('mdb').map((c) => c.href)).toEqual(['tel:+1-866-630-1146', 'mailto:ecf@mdb.uscourts.gov']);
  });

  it('offers no link for placeholders, web addresses or "N/A"', () => {
    expect(helpContacts({ helpDesk: 'Poughkeepsie: N/A', helpEmail: 'deadmail@localhost.localdomain' })).toEqual([]);
    expect(helpContacts({ helpDesk: '', helpEmail: 'https://ecf-train.txnd.uscourts.gov/zilla/chat.php?a=9a4bd' })).toEqual([]);
    expect(contactsOf('nywd')[1]).toEqual({ label: '585-613-4000', href: 'tel:+1-585-613-4000' });
  });

  it('every court: only well-formed links, and a phone link wherever the feed gives a number', () => {
    for (const court of allCourts()) {
      const contacts = helpContacts(court);
      for (const c of contacts) expect(c.href, court.id).toMatch(/^(tel:\+1-\d{3}-\d{3}-\d{4}(;ext=\d+)?|mailto:[a-z0-9._%+-]+@([a-z0-9-]+\.)*uscourts\.gov)$/);
      if (/\d{3}-\d{4}/.test(court.helpDesk))
        expect(
          contacts.some((c) => c.href.startsWith('tel:')),
          court.id,
        ).toBe(true);
    }
  });
});

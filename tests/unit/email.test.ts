import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCourts, isServed } from '@/utils/courts/catalog';
import { courtsNamedIn } from '@/utils/courts/named';
import { isProcessed, parseLinkNotification, readEmailForCourt } from '@/utils/email';

// The sample email in the Southern District of Iowa Bankruptcy Court's guide.
const SEED = readFileSync('tests/fixtures/seeds/003_4b501cf023b7ebae.txt', 'utf8');
const sample = SEED.slice(SEED.indexOf('This email is notification'), SEED.indexOf('NOTE: Each time'));

describe('parseLinkNotification', () => {
  it('reads the court’s sample email', () => {
    const result = parseLinkNotification(sample);
    expect(result).toEqual({
      ok: true,
      notification: {
        court: 'SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT',
        submitted: '11/01/2015 10:40:36 CST',
        transactionId: '10005',
        request: 'Link',
        status: 'Processed',
      },
    });
    expect(result.ok && isProcessed(result.notification)).toBe(true);
  });

  it.each(['', 'Hello, see you Tuesday', sample.replace('Request: Link', 'Request: Password Reset'), sample.replace(/Transaction ID: \d+/, '')])(
    'refuses what is not a link notification (%#)',
    (text) => {
      const result = parseLinkNotification(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/does not look like the court’s link notification/);
    },
  );
});

describe('the e-mail’s court against the row’s', () => {
  const email = (court?: string) =>
    `${court === undefined ? '' : `Court: ${court}\n`}Date/Time Submitted: 11/01/2015 10:40:36 CST\nTransaction ID: 10005\nRequest: Link\nTransaction Status: Processed`;

  it('reads the courts a Court line names, by name, abbreviation or id', () => {
    const ids = (text: string) =>
      courtsNamedIn(text)
        .map((c) => c.id)
        .sort();
    expect(ids('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT')).toEqual(['iasb']);
    expect(ids('United States District Court for the Southern District of Iowa')).toEqual(['iasd']);
    expect(ids('U.S. Bankruptcy Court, S.D. Iowa')).toEqual(['iasb']);
    expect(ids('Southern District of Iowa')).toEqual(['iasb', 'iasd']);
    expect(ids('IASBK')).toEqual(['iasb']);
    expect(ids('nvb')).toEqual(['nvb']);
    expect(ids('District of Nevada Bankruptcy Court')).toEqual(['nvb']);
    expect(ids('Office of the Clerk')).toEqual([]);
    // As PACER's own feed titles courts ("Iowa Southern Bankruptcy Court"), and the territories.
    expect(ids('Iowa Southern Bankruptcy Court')).toEqual(['iasb']);
    expect(ids('IOWA SOUTHERN DISTRICT COURT')).toEqual(['iasd']);
    expect(ids('DISTRICT COURT OF GUAM')).toEqual(['gud']);
    expect(ids('District of the Virgin Islands Bankruptcy Court')).toEqual(['vib']);
    expect(ids('Northern District of Mariana Islands District Court')).toEqual(['nmid']);
    // Both kinds named: the kind is not told, so either court of the place.
    expect(ids('U.S. District Court for the Southern District of New York (Bankruptcy appeals)')).toEqual(['nysb', 'nysd']);
  });

  it('refuses one that names another court, naming both; accepts its own, an unclear one and none', () => {
    // Every served court's e-mail, in the seed's wording, is taken under its own row.
    for (const court of allCourts().filter(isServed)) {
      const place = court.name.replace(/^U\.S\. (District|Bankruptcy) Court, /, '').toUpperCase();
      const wording = `${place} ${court.kind === 'bankruptcy' ? 'BANKRUPTCY' : 'DISTRICT'} COURT`;
      expect(readEmailForCourt(email(wording), court.id).ok, wording).toBe(true);
    }
    expect(readEmailForCourt(email('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT'), 'iasb').ok).toBe(true);
    const wrong = readEmailForCourt(email('SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT'), 'iasd');
    expect(wrong).toEqual({
      ok: false,
      error:
        'That email is about “SOUTHERN DISTRICT OF IOWA BANKRUPTCY COURT” (U.S. Bankruptcy Court, Southern District of Iowa), not the U.S. District Court, Southern District of Iowa. Paste it under that court’s row instead. Nothing was saved.',
    });
    expect(readEmailForCourt(email('District of Nevada Bankruptcy Court'), 'iasb').ok).toBe(false);
    expect(readEmailForCourt(email('Iowa Southern Bankruptcy Court'), 'iasd').ok).toBe(false);
    expect(readEmailForCourt(email('Southern District of Iowa'), 'iasd').ok).toBe(true);
    expect(readEmailForCourt(email('Office of the Clerk'), 'iasd').ok).toBe(true);
    expect(readEmailForCourt(email(), 'iasd').ok).toBe(true);
  });
});

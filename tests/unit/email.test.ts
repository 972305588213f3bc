import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isProcessed, parseLinkNotification } from '@/utils/email';

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

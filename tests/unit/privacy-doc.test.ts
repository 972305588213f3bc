// PRIVACY.md lists exactly what is stored, synced, exported and held in memory:
// every field of the schema and every key the code writes is named there, so a new field cannot
// ship without its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CourtRecord, DEFAULT_SETTINGS, Notification, Prerequisites, SyncState } from '@/utils/storage/schema';

const privacy = readFileSync('PRIVACY.md', 'utf8');
const source = (path: string) => readFileSync(path, 'utf8');
const code = (name: string) => `\`${name}\``;

describe('PRIVACY.md', () => {
  it('names every field of every stored record', () => {
    const fields = [...Object.keys(CourtRecord.shape), ...Object.keys(DEFAULT_SETTINGS), ...Object.keys(Prerequisites.shape), ...Object.keys(SyncState.shape)];
    for (const field of fields) expect(privacy, field).toContain(code(field));
    // The e-mail's fields, in words.
    expect(Object.keys(Notification.shape).sort()).toEqual(['court', 'request', 'status', 'submitted', 'transactionId']);
    expect(privacy).toMatch(/transaction id, date\/time submitted, request, status and "Court:" line/);
  });

  it('names every key the code keeps in storage.session, and every key of sync', () => {
    const sessionKeys = ['utils/storage/login.ts', 'utils/storage/followed.ts', 'utils/storage/link-submitted.ts', 'utils/update-deferral.ts'].flatMap((path) =>
      [...source(path).matchAll(/const (?:KEY|PENDING|FILER) = '([^']+)'/g)].map((m) => m[1]),
    );
    expect(sessionKeys.sort()).toEqual(['filerChosen', 'followed', 'guardedTabs', 'linkSubmitted', 'login', 'pendingLogin', 'updatePending']);
    for (const key of sessionKeys) expect(privacy, key).toContain(code(key));
    // The local keys kept outside the schema's records (utils/storage/welcome.ts, update-notice.ts).
    const localKeys = ['utils/storage/welcome.ts', 'utils/storage/update-notice.ts'].flatMap((path) =>
      [...source(path).matchAll(/'local:([^']+)'/g)].map((m) => m[1]),
    );
    expect(localKeys.sort()).toEqual(['updateNotice', 'welcomed']);
    for (const key of localKeys) expect(privacy, key).toContain(code(key));
    for (const key of ['court:<id>', 'removed:<id>', 'setting:individualUsername', 'setting:sharedUsernames', 'setting:firmNames', 'version'])
      expect(privacy, key).toContain(code(key));
  });

  it('describes the outline and the clipboard', () => {
    for (const placeholder of ['«email»', '«name»', '«n»', '«caption»']) expect(privacy).toContain(placeholder);
    expect(privacy).toMatch(/only your click on "Copy" \(or "Report this page"\) puts it on your clipboard/);
    expect(privacy).toMatch(/its address carries\s+only the extension.s version and the kind of page/);
  });
});

import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { exportChecklist, importChecklist, type Policy, readOwnSettings, readPolicy, resetAll, type Settings, updateSettings, watchStorage } from '@/utils/storage';

type Message = Signal<{ text: string; error?: boolean } | null>;

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

async function save(message: Message, change: Partial<Settings>) {
  await updateSettings(change);
  message.value = { text: 'Saved.' };
}

async function download() {
  const file = await exportChecklist();
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `cmecf-link-guide-checklist-${new Date(file.exported).toISOString().slice(0, 10)}.json` });
  a.click();
  URL.revokeObjectURL(url);
}

async function upload(message: Message, input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  try {
    const { added, updated } = await importChecklist(await file.text());
    message.value = { text: `Imported: ${added} court(s) added, ${updated} updated.` };
  } catch (error) {
    message.value = { text: (error as Error).message, error: true };
  }
}

/** Values set by the firm's policy: shown, merged into the guide's checks, not editable here. */
function Locked({ label, values }: { label: string; values?: string[] }) {
  if (!values?.length) return null;
  return (
    <p class="locked" data-locked="true">
      <span aria-hidden="true">🔒 </span>
      {label} set by your firm (locked): {values.join(', ')}
    </p>
  );
}

export function Options() {
  const settings = useSignal<Settings | null>(null);
  const policy = useSignal<Policy>({});
  const message: Message = useSignal(null);
  useEffect(() => {
    const load = async () => ([settings.value, policy.value] = await Promise.all([readOwnSettings(), readPolicy()]));
    void load();
    return watchStorage(() => void load());
  }, []);
  const s = settings.value;
  if (!s) return null;
  return (
    <main>
      <h1>CM/ECF Link Guide — Settings</h1>
      <fieldset>
        <legend>Your PACER account</legend>
        <label for="individual">Your individual PACER username</label>
        <input id="individual" type="text" autocomplete="off" value={s.individualUsername} onChange={(e) => void save(message, { individualUsername: (e.target as HTMLInputElement).value })} />
        <label for="shared">Shared firm PACER usernames (one per line)</label>
        <textarea id="shared" rows={3} value={s.sharedUsernames.join('\n')} onChange={(e) => void save(message, { sharedUsernames: lines((e.target as HTMLTextAreaElement).value) })} />
        <Locked label="Shared usernames" values={policy.value.sharedUsernames} />
        <label for="firms">Firm names (one per line)</label>
        <textarea id="firms" rows={3} value={s.firmNames.join('\n')} onChange={(e) => void save(message, { firmNames: lines((e.target as HTMLTextAreaElement).value) })} />
        <Locked label="Firm names" values={policy.value.firmNames} />
        <p class="locked">The guide warns before you log in or link with one of these accounts. It never stores passwords.</p>
      </fieldset>
      <fieldset>
        <legend>Guide</legend>
        <div class="row">
          <input id="enabled" type="checkbox" checked={s.guideEnabled} onChange={(e) => void save(message, { guideEnabled: (e.target as HTMLInputElement).checked })} />
          <label for="enabled">Show the guide on court pages</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Checklist</legend>
        <div class="row">
          <button type="button" onClick={() => void download()}>
            Export checklist
          </button>
          <label class="row">
            Import checklist <input type="file" accept="application/json,.json" onChange={(e) => void upload(message, e.target as HTMLInputElement)} />
          </label>
          <button
            type="button"
            onClick={() => {
              if (confirm('Remove every court and setting from this browser?')) void resetAll().then(() => (message.value = { text: 'Everything was reset.' }));
            }}
          >
            Reset…
          </button>
        </div>
      </fieldset>
      {message.value && (
        <p role={message.value.error ? 'alert' : 'status'} class={message.value.error ? 'notice' : 'hint'}>
          {message.value.text}
        </p>
      )}
    </main>
  );
}

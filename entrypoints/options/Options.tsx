import { type Signal, useSignal } from '@preact/signals';
import { useStored } from '@/components/use-stored';
import { inspectSettings, readPolicyCheck, readSetAside, resetAll, type Settings, SettingsError, type SettingsField, updateSettings } from '@/utils/storage';
import { ChecklistTransfer } from './ChecklistTransfer';
import { StoredProblems } from './StoredProblems';
import { SyncSetting } from './SyncSetting';
import { ISSUE_TRACKER, PRIVACY_POLICY, PROJECT_HOME, VERSION } from '@/utils/project';

export type Message = Signal<{ text: string; error?: boolean } | null>;
type Drafts = Partial<Record<SettingsField, string>>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One text setting: the user's text stays until it is saved; a refusal is shown beside it. */
function TextSetting(props: {
  id: string;
  field: 'individualUsername' | 'sharedUsernames' | 'firmNames';
  label: string;
  stored: string;
  drafts: Signal<Drafts>;
  errors: Signal<Drafts>;
  message: Message;
}) {
  const { id, field, label, drafts, errors, message } = props;
  const error = errors.value[field];
  const save = async (text: string) => {
    drafts.value = { ...drafts.value, [field]: text };
    try {
      await updateSettings({ [field]: field === 'individualUsername' ? text : lines(text) });
      const { [field]: _saved, ...rest } = drafts.value;
      drafts.value = rest;
      errors.value = { ...errors.value, [field]: undefined };
      message.value = { text: 'Saved.' };
    } catch (e) {
      const text = e instanceof SettingsError ? e.errors[field] : undefined;
      errors.value = { ...errors.value, [field]: text ?? (e as Error).message };
      message.value = { text: `Not saved: ${label.toLowerCase()} has a problem (shown beside it). Your text is kept.`, error: true };
    }
  };
  const common = {
    id,
    value: drafts.value[field] ?? props.stored,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onInput: (e: Event) => (drafts.value = { ...drafts.value, [field]: (e.target as HTMLInputElement).value }),
    onChange: (e: Event) => void save((e.target as HTMLInputElement).value),
  };
  return (
    <>
      <label for={id}>{label}</label>
      {field === 'individualUsername' ? <input type="text" autocomplete="off" {...common} /> : <textarea rows={3} {...common} />}
      {error && (
        <p id={`${id}-error`} class="notice field-error">
          {error}
        </p>
      )}
    </>
  );
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
  const stored = useStored(inspectSettings);
  const policyCheck = useStored(readPolicyCheck);
  const setAside = useStored(readSetAside);
  const drafts = useSignal<Drafts>({});
  const errors = useSignal<Drafts>({});
  const message: Message = useSignal(null);
  const s: Settings | undefined = stored.value?.settings;
  if (!s || !policyCheck.value) return null;
  const policy = policyCheck.value.policy;
  const field = { drafts, errors, message };
  return (
    <main>
      <h1>CM/ECF Link Guide — Settings</h1>
      <StoredProblems dropped={policyCheck.value.dropped} rejected={stored.value?.rejected ?? []} setAside={setAside.value ?? []} />
      <fieldset>
        <legend>Your PACER account</legend>
        <TextSetting id="individual" field="individualUsername" label="Your individual PACER username" stored={s.individualUsername} {...field} />
        <TextSetting id="shared" field="sharedUsernames" label="Shared firm PACER usernames (one per line)" stored={s.sharedUsernames.join('\n')} {...field} />
        <Locked label="Shared usernames" values={policy.sharedUsernames} />
        <TextSetting id="firms" field="firmNames" label="Firm names (one per line)" stored={s.firmNames.join('\n')} {...field} />
        <Locked label="Firm names" values={policy.firmNames} />
        <p class="locked">The guide warns before you log in or link with one of these accounts. It never stores passwords.</p>
      </fieldset>
      <fieldset>
        <legend>Guide</legend>
        <div class="row">
          <input
            id="enabled"
            type="checkbox"
            checked={s.guideEnabled}
            onChange={(e) => void updateSettings({ guideEnabled: (e.target as HTMLInputElement).checked }).then(() => (message.value = { text: 'Saved.' }))}
          />
          <label for="enabled">Show the guide on court pages</label>
        </div>
      </fieldset>
      <SyncSetting message={message} />
      <fieldset>
        <legend>Checklist</legend>
        <ChecklistTransfer message={message} />
        <div class="row">
          <button
            type="button"
            onClick={() => {
              if (confirm('Remove every court and setting from this browser? Sync is turned off here; the synced copy stays for your other browsers.'))
                void resetAll().then(() => (message.value = { text: 'Everything was reset.' }));
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
      <footer>
        <span data-version={VERSION}>CM/ECF Link Guide, version {VERSION}</span>
        <a href={PROJECT_HOME} target="_blank" rel="noopener noreferrer">
          Project home
        </a>
        <a href={ISSUE_TRACKER} target="_blank" rel="noopener noreferrer">
          Report a problem
        </a>
        <a href={PRIVACY_POLICY} target="_blank" rel="noopener noreferrer">
          Privacy policy
        </a>
      </footer>
    </main>
  );
}

// Settings, field by field and entry by entry: what a save is refused for (with a message fit to
// show beside the field), and what of a stored value can still be used (the rest is reported,
// never replaced by a default).
import { DEFAULT_SETTINGS, foldCourtId, foldFirmName, foldUsername, LIMITS, type Settings } from './schema';

export type SettingsField = keyof Settings;
const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS) as SettingsField[];

type ListField = 'sharedUsernames' | 'firmNames' | 'dismissedOffers';
export interface ListRule {
  fold: (s: string) => string;
  maxLength: number;
  maxCount: number;
  noun: string;
}
/** How each list of the settings is folded and bounded; the firm's policy uses the same rules with its own counts. */
export const LIST_RULES: Record<ListField, ListRule> = {
  sharedUsernames: { fold: foldUsername, maxLength: LIMITS.username, maxCount: LIMITS.own.sharedUsernames, noun: 'usernames' },
  firmNames: { fold: foldFirmName, maxLength: LIMITS.firmName, maxCount: LIMITS.own.firmNames, noun: 'firm names' },
  dismissedOffers: { fold: foldCourtId, maxLength: LIMITS.courtId, maxCount: LIMITS.own.dismissedOffers, noun: 'courts' },
};

export interface Rejected {
  /** Where in the value: "firmNames", "firmNames[3]". */
  path: string;
  value: unknown;
  reason: string;
}

export interface ListCheck {
  /** Entries that pass, folded, once each, in their order. */
  kept: string[];
  rejected: Rejected[];
}

/** A list entry by entry, within a rule's length and count. Shared with the firm's policy. */
export function checkList(
  path: string,
  value: unknown,
  rule: ListRule & { accept?: (folded: string) => string | undefined; refused?: (folded: string) => string },
): ListCheck {
  if (!Array.isArray(value)) return { kept: [], rejected: [{ path, value, reason: 'not a list' }] };
  const kept: string[] = [];
  const rejected: Rejected[] = [];
  for (const [index, entry] of value.entries()) {
    const at = `${path}[${index}]`;
    if (typeof entry !== 'string') {
      rejected.push({ path: at, value: entry, reason: 'not text' });
      continue;
    }
    const folded = rule.fold(entry);
    if (!folded) continue;
    if (folded.length > rule.maxLength) {
      rejected.push({ path: at, value: entry, reason: `too long (at most ${rule.maxLength} characters)` });
      continue;
    }
    const accepted = rule.accept ? rule.accept(folded) : folded;
    if (accepted === undefined) {
      rejected.push({ path: at, value: entry, reason: rule.refused?.(folded) ?? 'not one this version knows' });
      continue;
    }
    if (kept.includes(accepted)) continue;
    if (kept.length >= rule.maxCount) {
      rejected.push({ path: at, value: entry, reason: `too many ${rule.noun} (at most ${rule.maxCount})` });
      continue;
    }
    kept.push(accepted);
  }
  return { kept, rejected };
}

/** What a field's rule finds in a stored or asked-for value: its usable value (undefined when none) and what was rejected. */
type FieldCheck<F extends SettingsField> = { value?: Settings[F]; rejected: Rejected[] };

const listRule =
  <F extends ListField>(field: F) =>
  (value: unknown): FieldCheck<F> => {
    const { kept, rejected } = checkList(field, value, LIST_RULES[field]);
    return { value: rejected.length === 1 && rejected[0].path === field ? undefined : (kept as Settings[F]), rejected };
  };

/**
 * One rule per settings field (the compiler asks for a rule for every field): the options page,
 * imports, sync and reading stored settings all check a field through its rule.
 */
const RULES: { [F in SettingsField]: (value: unknown) => FieldCheck<F> } = {
  individualUsername: (value) => {
    if (typeof value !== 'string') return { rejected: [{ path: 'individualUsername', value, reason: 'not text' }] };
    const folded = foldUsername(value);
    return folded.length > LIMITS.username
      ? { rejected: [{ path: 'individualUsername', value, reason: `too long (at most ${LIMITS.username} characters)` }] }
      : { value: folded, rejected: [] };
  },
  sharedUsernames: listRule('sharedUsernames'),
  firmNames: listRule('firmNames'),
  dismissedOffers: listRule('dismissedOffers'),
  guideEnabled: (value) => (typeof value === 'boolean' ? { value, rejected: [] } : { rejected: [{ path: 'guideEnabled', value, reason: 'not on or off' }] }),
};

const checkField = (field: SettingsField, value: unknown): FieldCheck<SettingsField> => RULES[field](value);

export interface SettingsCheck {
  /** The fields that passed, folded (usernames trimmed, lower-case, once). */
  change: Partial<Settings>;
  /** Per field, why it was refused; empty when everything passed. */
  errors: Partial<Record<SettingsField, string>>;
}

const where = (path: string) => {
  const index = /\[(\d+)\]$/.exec(path)?.[1];
  return index === undefined ? '' : `Line ${Number(index) + 1}: `;
};

/** A change the user (or a file) asks for: all of a field, or a message saying why not. */
export function checkSettingsChange(change: Record<string, unknown>): SettingsCheck {
  const result: SettingsCheck = { change: {}, errors: {} };
  for (const [field, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (!(SETTINGS_FIELDS as string[]).includes(field)) continue;
    const checked = checkField(field as SettingsField, value);
    const first = checked.rejected[0];
    if (first) result.errors[field as SettingsField] = `${where(first.path)}${first.reason}.`.replace(/^./, (c) => c.toUpperCase());
    else Object.assign(result.change, { [field]: checked.value });
  }
  return result;
}

export interface StoredSettings {
  settings: Settings;
  /** Parts of the stored value this version cannot use; left in place, never replaced by defaults. */
  rejected: Rejected[];
  /** The stored object as it is (fields a newer version added included), or {} when it is not one. */
  raw: Record<string, unknown>;
}

/** What of the stored settings can be used: every valid field, every valid entry of a list. */
export function readStoredSettings(stored: unknown): StoredSettings {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      rejected: stored === undefined || stored === null ? [] : [{ path: 'settings', value: stored, reason: 'not a settings object' }],
      raw: {},
    };
  }
  const raw = stored as Record<string, unknown>;
  const settings = { ...DEFAULT_SETTINGS };
  const rejected: Rejected[] = [];
  for (const field of SETTINGS_FIELDS) {
    if (raw[field] === undefined) continue;
    const checked = checkField(field, raw[field]);
    if (checked.value !== undefined) Object.assign(settings, { [field]: checked.value });
    rejected.push(...checked.rejected);
  }
  return { settings, rejected, raw };
}

/** Thrown by a save that was refused; `errors` holds one message per field. Nothing was written. */
export class SettingsError extends Error {
  constructor(readonly errors: Partial<Record<SettingsField, string>>) {
    super(
      Object.entries(errors)
        .map(([field, message]) => `${field}: ${message}`)
        .join(' '),
    );
    this.name = 'SettingsError';
  }
}

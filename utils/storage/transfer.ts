// Export and import of the checklist file. Import merges, never replaces: only the settings present
// in the file change, lists gain entries and never lose any, courts merge forward-only
// (merge.ts). It is checked whole before anything changes, and previewed (planImport) before
// it is applied (applyImport).
import { courtById } from '../courts/catalog';
import { courtIdOf } from './court-key';
import { type Checklist, mergeCourt, type MergeOutcome, mergeOutcome, readChecklist } from './courts';
import { readOwnSettings, readPolicy, updateSettings } from './settings';
import { mergeCourtRecords } from './merge';
import { CHECKLIST_FORMAT, CHECKLIST_VERSION, ChecklistFile, type CourtRecord, type Policy, type Settings } from './schema';
import { checkSettingsChange, type SettingsField } from './settings-check';

/** A file refused: the message says why in plain words. Nothing was changed. */
export class ImportError extends Error {
  constructor(message: string) {
    super(`${message} Nothing was changed.`);
    this.name = 'ImportError';
  }
}

export async function exportChecklist(now = Date.now()): Promise<ChecklistFile> {
  // The user's own settings only: values from the firm's policy stay with the policy.
  const [{ courts }, settings] = await Promise.all([readChecklist(), readOwnSettings()]);
  return { format: CHECKLIST_FORMAT, version: CHECKLIST_VERSION, exported: now, courts, settings };
}

/** The file read and checked whole; throws an ImportError naming the first problem. */
function readFile(text: string): { courts: CourtRecord[]; settings: Partial<Settings> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('That file is not JSON. Choose a checklist exported from CM/ECF Link Guide.');
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (head.format === CHECKLIST_FORMAT && typeof head.version === 'number' && head.version > CHECKLIST_VERSION) {
    throw new ImportError(`That checklist was saved by a newer version of CM/ECF Link Guide (file version ${head.version}; this version reads version ${CHECKLIST_VERSION}). Update the extension, then import it again.`);
  }
  const parsed = ChecklistFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(`That file is not a CM/ECF Link Guide checklist (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
  }
  const unknown = [...new Set(parsed.data.courts.map((c) => c.id).filter((id) => !courtById(id)))];
  if (unknown.length) throw new ImportError(`That file lists ${unknown.length === 1 ? 'a court' : 'courts'} this version does not know: ${unknown.join(', ')}.`);
  const { change, errors } = checkSettingsChange(parsed.data.settings ?? {});
  const [field, message] = Object.entries(errors)[0] ?? [];
  if (field) throw new ImportError(`That file's settings cannot be used. ${field}: ${message}`);
  // One record per court, however often the file lists it.
  const courts = new Map<string, CourtRecord>();
  for (const record of parsed.data.courts) courts.set(record.id, courts.has(record.id) ? mergeCourtRecords(courts.get(record.id)!, record) : record);
  return { courts: [...courts.values()], settings: change };
}

type ListField = 'sharedUsernames' | 'firmNames' | 'dismissedOffers';
const LIST_FIELDS: ListField[] = ['sharedUsernames', 'firmNames', 'dismissedOffers'];

/**
 * The settings change a file asks for, against what is stored now: lists gain the file's entries
 * (those the firm's policy already gives are left to the policy), an empty username never blanks a
 * stored one, and only what differs is kept.
 */
function settingsChange(incoming: Partial<Settings>, own: Settings, policy: Policy): Partial<Settings> {
  const change: Partial<Settings> = {};
  for (const field of LIST_FIELDS) {
    const fromPolicy = new Set(field === 'dismissedOffers' ? [] : policy[field] ?? []);
    const added = (incoming[field] ?? []).filter((entry) => !own[field].includes(entry) && !fromPolicy.has(entry));
    if (added.length) change[field] = [...own[field], ...added];
  }
  if (incoming.individualUsername && incoming.individualUsername !== own.individualUsername) change.individualUsername = incoming.individualUsername;
  if (incoming.guideEnabled !== undefined && incoming.guideEnabled !== own.guideEnabled) change.guideEnabled = incoming.guideEnabled;
  return change;
}

export interface ImportPlan {
  /** One line for the preview: "adds 3 courts, moves 1 forward, changes firm names". */
  summary: string;
  /** Court ids by what importing does to them. */
  courts: Record<MergeOutcome, string[]>;
  /** The settings fields the import changes. */
  settings: SettingsField[];
  /** The checked file, applied by applyImport. */
  readonly file: { courts: CourtRecord[]; settings: Partial<Settings> };
}

export interface ImportResult {
  added: number;
  /** Courts that changed (moved forward included). */
  updated: number;
  /** Courts whose status moved forward. */
  forward: number;
}

const LABELS: Record<SettingsField, string> = {
  individualUsername: 'changes your PACER username',
  sharedUsernames: 'adds shared usernames',
  firmNames: 'changes firm names',
  guideEnabled: 'turns the guide',
  dismissedOffers: 'adds dismissed offers',
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summarise(courts: ImportPlan['courts'], change: Partial<Settings>): string {
  const parts = [
    courts.added.length && `adds ${count(courts.added.length, 'court', 'courts')}`,
    courts.forward.length && `moves ${courts.forward.length} forward`,
    courts.updated.length && `updates ${count(courts.updated.length, 'court', 'courts')}`,
    ...(Object.keys(change) as SettingsField[]).map((field) => (field === 'guideEnabled' ? `${LABELS[field]} ${change.guideEnabled ? 'on' : 'off'}` : LABELS[field])),
    courts.unreadable.length && `leaves ${count(courts.unreadable.length, 'court', 'courts')} this version cannot read untouched (${courts.unreadable.join(', ')})`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'changes nothing: everything in it is already here';
}

function plan(file: ImportPlan['file'], checklist: Checklist, own: Settings, policy: Policy): ImportPlan {
  const current = new Map(checklist.courts.map((c) => [c.id, c]));
  const unreadable = new Set(checklist.invalid.flatMap((i) => courtIdOf(i.key) ?? []));
  const courts: ImportPlan['courts'] = { added: [], forward: [], updated: [], unchanged: [], unreadable: [] };
  for (const record of file.courts) courts[unreadable.has(record.id) ? 'unreadable' : mergeOutcome(current.get(record.id), record)].push(record.id);
  const change = settingsChange(file.settings, own, policy);
  return { summary: summarise(courts, change), courts, settings: Object.keys(change) as SettingsField[], file };
}

/** What importing the file would do, changing nothing. Throws an ImportError for a file it refuses. */
export async function planImport(text: string): Promise<ImportPlan> {
  const file = readFile(text);
  const [checklist, own, policy] = await Promise.all([readChecklist(), readOwnSettings(), readPolicy()]);
  return plan(file, checklist, own, policy);
}

/** Applies a planned import against what is stored now (anything changed since only moves forward). */
export async function applyImport({ file }: ImportPlan): Promise<ImportResult> {
  const outcomes = await Promise.all(file.courts.map(mergeCourt));
  const policy = await readPolicy();
  await updateSettings((own) => settingsChange(file.settings, own, policy));
  const n = (...kinds: MergeOutcome[]) => outcomes.filter((o) => kinds.includes(o)).length;
  return { added: n('added'), updated: n('forward', 'updated'), forward: n('forward') };
}

/** Checks and merges an exported checklist in one step (no preview). */
export async function importChecklist(text: string): Promise<ImportResult> {
  return applyImport(await planImport(text));
}

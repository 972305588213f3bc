// Export and import of the checklist file. Import merges, never replaces: only the settings present
// in the file change, lists gain entries and never lose any, courts merge forward-only
// (merge.ts). It is checked whole before anything changes, previewed court by court (planImport),
// then applied as one unit (applyImport): all of it, or nothing. A status is personal: a file's
// "verified" arrives as "linked", since a file proves nothing about this browser's PACER login.
import { browser } from 'wxt/browser';
import { courtById, isServed } from '../courts/catalog';
import { notServedReason } from './court-ids';
import { courtIdOf, courtKey } from './court-key';
import { type Checklist, inCourtTurn, type MergeOutcome, mergeOutcome, readChecklist, readSlot } from './courts';
import { mergeCourtRecords } from './merge';
import { CHECKLIST_FORMAT, CHECKLIST_VERSION, ChecklistFile, CourtRecord, type CourtStatus, type Policy, type Settings, TOO_LATE } from './schema';
import { inSettingsTurn, readOwnSettings, readPolicy, settingsWrite } from './settings';
import { checkSettingsChange, type SettingsField } from './settings-check';

/** A file refused: the message says why in plain words. Nothing was changed. */
class ImportError extends Error {
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

type CheckedFile = { courts: CourtRecord[]; settings: Partial<Settings>; late: string[]; notGuided: string[] };

/**
 * A court of the file as it arrives here: "verified", and when it was, are this browser's own proof
 * (its own PACER login seen reaching the filing menus), so a file's court comes at most "linked".
 */
function asArriving(record: CourtRecord): CourtRecord {
  const { verified: _personal, ...rest } = record;
  return record.status === 'verified' ? { ...rest, status: 'linked' } : rest;
}

/** The file read and checked whole; throws an ImportError naming the first problem. */
function readFile(text: string): CheckedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('That file is not JSON. Choose a checklist exported from CM/ECF Link Guide.');
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (head.format === CHECKLIST_FORMAT && typeof head.version === 'number' && head.version > CHECKLIST_VERSION) {
    throw new ImportError(
      `That checklist was saved by a newer version of CM/ECF Link Guide (file version ${head.version}; this version reads version ${CHECKLIST_VERSION}). Update the extension, then import it again.`,
    );
  }
  const parsed = ChecklistFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(`That file is not a CM/ECF Link Guide checklist (${issue?.path.join('.') || 'file'}: ${issue?.message}).`);
  }
  // Court by court: one stamped later than tomorrow is left out and named in the preview; any other fault refuses the file.
  const records: CourtRecord[] = [];
  const late: string[] = [];
  for (const [index, raw] of parsed.data.courts.entries()) {
    const court = CourtRecord.safeParse(raw);
    if (court.success) {
      records.push(asArriving(court.data));
      continue;
    }
    const { issues } = court.error;
    const id = (raw as { id?: unknown } | null)?.id;
    if (!(issues.every((issue) => issue.message === TOO_LATE) && typeof id === 'string')) {
      throw new ImportError(`That file is not a CM/ECF Link Guide checklist (${['courts', index, ...issues[0].path].join('.')}: ${issues[0].message}).`);
    }
    late.push(id);
  }
  const unknown = [...new Set([...records.map((c) => c.id), ...late].filter((id) => !courtById(id)))];
  if (unknown.length)
    throw new ImportError(`That file lists ${unknown.length === 1 ? 'a court' : 'courts'} this version does not know: ${unknown.join(', ')}.`);
  // A court the catalog knows but the guide does not walk (a court of appeals) is left out and named:
  // on the checklist it would never be guided.
  const notGuided = [...new Set(records.filter((c) => !isServed(courtById(c.id)!)).map((c) => c.id))];
  const { change, errors } = checkSettingsChange(parsed.data.settings ?? {});
  const [field, message] = Object.entries(errors)[0] ?? [];
  if (field) throw new ImportError(`That file's settings cannot be used. ${field}: ${message}`);
  // One record per court, however often the file lists it.
  const courts = new Map<string, CourtRecord>();
  for (const record of records) {
    if (notGuided.includes(record.id)) continue;
    courts.set(record.id, courts.has(record.id) ? mergeCourtRecords(courts.get(record.id)!, record) : record);
  }
  return { courts: [...courts.values()], settings: change, late: [...new Set(late)].filter((id) => !courts.has(id) && !notGuided.includes(id)), notGuided };
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
    const fromPolicy = new Set(field === 'dismissedOffers' ? [] : (policy[field] ?? []));
    const added = (incoming[field] ?? []).filter((entry) => !own[field].includes(entry) && !fromPolicy.has(entry));
    if (added.length) change[field] = [...own[field], ...added];
  }
  if (incoming.individualUsername && incoming.individualUsername !== own.individualUsername) change.individualUsername = incoming.individualUsername;
  if (incoming.guideEnabled !== undefined && incoming.guideEnabled !== own.guideEnabled) change.guideEnabled = incoming.guideEnabled;
  return change;
}

/** One court of the preview: what it is now and what it would be. */
export interface CourtChange {
  id: string;
  /** "U.S. Bankruptcy Court, Southern District of Iowa". */
  name: string;
  outcome: MergeOutcome;
  /** Its status here now; absent when the import adds it. */
  from?: CourtStatus;
  /** Its status after the import. */
  to: CourtStatus;
  /** The file's newer copy pauses the guide for this court, or resumes it. */
  pause?: 'pauses' | 'resumes';
}

export interface ImportPlan {
  /** One line for the preview: "adds 3 courts, moves 1 forward, changes firm names". */
  summary: string;
  /** Court ids by what importing does to them. */
  courts: Record<MergeOutcome, string[]>;
  /** Each court the import adds or changes, with the status it would reach, in the file's order. */
  changes: CourtChange[];
  /** Courts of the file left out: stamped later than tomorrow. */
  late: string[];
  /** Courts of the file left out: courts the guide does not walk through linking, each with why. */
  notGuided: string[];
  /** The settings fields the import changes. */
  settings: SettingsField[];
  /** The checked file, applied by applyImport. */
  readonly file: CheckedFile;
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

function summarise(courts: ImportPlan['courts'], change: Partial<Settings>, late: string[], notGuided: string[]): string {
  const parts = [
    courts.added.length && `adds ${count(courts.added.length, 'court', 'courts')}`,
    courts.forward.length && `moves ${courts.forward.length} forward`,
    courts.updated.length && `updates ${count(courts.updated.length, 'court', 'courts')}`,
    ...(Object.keys(change) as SettingsField[]).map((field) =>
      field === 'guideEnabled' ? `${LABELS[field]} ${change.guideEnabled ? 'on' : 'off'}` : LABELS[field],
    ),
    courts.unreadable.length &&
      `leaves ${count(courts.unreadable.length, 'court', 'courts')} this version cannot read untouched (${courts.unreadable.join(', ')})`,
    late.length && `leaves out ${count(late.length, 'court', 'courts')} dated later than tomorrow (${late.join(', ')})`,
    ...notGuided.map((id) => `leaves out ${notServedReason(id)}`),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'changes nothing: everything in it is already here';
}

function plan(file: CheckedFile, checklist: Checklist, own: Settings, policy: Policy): ImportPlan {
  const current = new Map(checklist.courts.map((c) => [c.id, c]));
  const unreadable = new Set(checklist.invalid.flatMap((i) => courtIdOf(i.key) ?? []));
  const courts: ImportPlan['courts'] = { added: [], forward: [], updated: [], unchanged: [], unreadable: [] };
  const changes: CourtChange[] = [];
  for (const record of file.courts) {
    const here = current.get(record.id);
    const outcome = unreadable.has(record.id) ? 'unreadable' : mergeOutcome(here, record);
    courts[outcome].push(record.id);
    if (outcome === 'added' || outcome === 'forward' || outcome === 'updated') {
      const after = here ? mergeCourtRecords(here, record) : record;
      const pause = Boolean(after.paused) === Boolean(here?.paused) ? undefined : after.paused ? 'pauses' : 'resumes';
      changes.push({
        id: record.id,
        name: courtById(record.id)?.name ?? record.id,
        outcome,
        to: after.status,
        ...(here && { from: here.status }),
        ...(pause && { pause }),
      });
    }
  }
  const change = settingsChange(file.settings, own, policy);
  // What Import would refuse is refused now, before the preview promises it.
  const [field, message] = Object.entries(checkSettingsChange(change).errors)[0] ?? [];
  if (field) throw new ImportError(`Together with yours, that file's settings cannot be saved. ${field}: ${message}`);
  return {
    summary: summarise(courts, change, file.late, file.notGuided),
    courts,
    changes,
    late: file.late,
    notGuided: file.notGuided,
    settings: Object.keys(change) as SettingsField[],
    file,
  };
}

/** What importing the file would do, changing nothing. Throws an ImportError for a file it refuses. */
export async function planImport(text: string): Promise<ImportPlan> {
  const file = readFile(text);
  const [checklist, own, policy] = await Promise.all([readChecklist(), readOwnSettings(), readPolicy()]);
  return plan(file, checklist, own, policy);
}

/** Runs `work` holding the turn of every court in `ids` and of the settings: nothing else writes them meanwhile. */
function inAllTurns<T>(ids: string[], work: () => Promise<T>): Promise<T> {
  const [first, ...rest] = ids;
  return first === undefined ? inSettingsTurn(work) : inCourtTurn(first, () => inAllTurns(rest, work));
}

/**
 * Applies a planned import against what is stored now (anything changed since only moves forward),
 * as one write: all of it, or, when anything fails, nothing, and an ImportError saying so.
 */
export async function applyImport({ file }: ImportPlan): Promise<ImportResult> {
  const ids = [...new Set(file.courts.map((c) => c.id))].sort();
  return inAllTurns(ids, async () => {
    const policy = await readPolicy();
    const stored = await browser.storage.local.get(ids.map(courtKey));
    const writes: Record<string, unknown> = {};
    const outcomes: MergeOutcome[] = [];
    try {
      for (const incoming of file.courts) {
        const slot = readSlot(courtKey(incoming.id), stored[courtKey(incoming.id)]);
        if (slot.kind === 'unreadable') continue;
        const current = slot.kind === 'readable' ? slot.record : undefined;
        const outcome = mergeOutcome(current, incoming);
        outcomes.push(outcome);
        if (outcome !== 'unchanged') writes[courtKey(incoming.id)] = CourtRecord.parse(current ? mergeCourtRecords(current, incoming) : incoming);
      }
      Object.assign(writes, await settingsWrite((own) => settingsChange(file.settings, own, policy)));
      if (Object.keys(writes).length) await browser.storage.local.set(writes);
    } catch (error) {
      throw new ImportError(`The import could not be saved (${(error as Error).message}).`);
    }
    const n = (...kinds: MergeOutcome[]) => outcomes.filter((o) => kinds.includes(o)).length;
    return { added: n('added'), updated: n('forward', 'updated'), forward: n('forward') };
  });
}

/** Checks and merges an exported checklist in one step (no preview). */
export async function importChecklist(text: string): Promise<ImportResult> {
  return applyImport(await planImport(text));
}

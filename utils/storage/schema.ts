// The one schema of everything the extension stores. Nothing here is ever a password.
// zod/mini: the same validation as zod with a fraction of the bundle. The background, popup and
// options pages read through these schemas; the guide core in court pages carries none (the
// background answers it with records it has already checked).
import * as z from 'zod/mini';
import { STEP_IDS } from '../../in-page/flow/step-ids';

const COURT_STATUSES = ['todo', 'in-progress', 'linked', 'verified'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
/** A day in milliseconds. */
export const DAY = 86_400_000;
/** Why a time is refused: a record stamped later than tomorrow (a clock far off, a crafted file) would outrank every later change. */
export const TOO_LATE = 'later than tomorrow';
/**
 * A time, no later than tomorrow by this browser's clock: every way in (import, sync, a stored
 * record) is read through it, so a far-future stamp can never block the court's writes.
 */
const time = z.int().check(
  z.nonnegative(),
  z.refine((t) => t <= Date.now() + DAY, TOO_LATE),
);
const count = z.int().check(z.nonnegative(), z.maximum(1000));
export const COURT_ID = /^[a-z0-9]{2,8}$/;
const courtId = z.string().check(z.regex(COURT_ID));

/** Lengths and counts, shared by the schemas, the checks that explain a refusal, and managed-schema.json. */
export const LIMITS = {
  username: 80,
  firmName: 200,
  courtId: 8,
  /** How many entries the user's own lists hold. */
  own: { sharedUsernames: 200, firmNames: 200, dismissedOffers: 500 },
  /** How many entries a firm's policy lists hold. */
  policy: { sharedUsernames: 500, firmNames: 500, startingCourts: 300 },
} as const;

export { foldUsername } from '../text';
/** Firm names as they read: single spaces, no padding. */
export const foldFirmName = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Court ids as hostnames write them ("IASB", " ia sb " → "iasb"). */
export const foldCourtId = (s: string) => s.replace(/\s+/g, '').toLowerCase();

export const Notification = z.object({
  transactionId: text(1, 40),
  submitted: text(1, 60),
  request: text(1, 60),
  status: text(1, 60),
  court: z.optional(text(0, 200)),
});
export type Notification = z.infer<typeof Notification>;

export const CourtRecord = z.object({
  id: courtId,
  status: z.enum(COURT_STATUSES),
  lastStep: z.optional(z.enum(STEP_IDS)),
  /** The link item sits behind "NextGen Release 1.1 Menu Items" in this court (learned on Utilities). */
  nextGenLayout: z.optional(z.boolean()),
  /**
   * Written by versions before MFA moved to the PACER account (Prerequisites.mfaAtLogin): read once
   * at start, moved there and dropped from the record (moveMfaToAccount in storage/index.ts). Never
   * written now, and no fact of the court's when two copies are compared (sameRecord).
   */
  mfaSeen: z.optional(z.boolean()),
  /**
   * This court opened straight into CM/ECF: PACER's one sign-on was already done in the browser
   * session, so its path skips PACER's login, MFA and redaction steps. Cleared when it shows them.
   */
  openedSignedIn: z.optional(z.literal(true)),
  /** "Not now for this court": no guidance until the user resumes it from the popup. */
  paused: z.optional(z.boolean()),
  /** Setbacks, counted per page that showed them, so the guide's advice moves on to the next remedy. */
  setbacks: z.optional(z.object({ linkErrors: z.optional(count), menusMissing: z.optional(count) })),
  added: time,
  updated: time,
  linked: z.optional(time),
  verified: z.optional(time),
  notification: z.optional(Notification),
});
export type CourtRecord = z.infer<typeof CourtRecord>;

const username = text(0, LIMITS.username);
const firmName = text(0, LIMITS.firmName);

/** Settings a firm's IT pushes through browser policy (Chrome managed storage, Firefox policies.json). */
export interface Policy {
  sharedUsernames?: string[];
  firmNames?: string[];
  startingCourts?: string[];
  /** false: the firm forbids keeping the checklist in the browser's sync. */
  syncAllowed?: boolean;
}

export const Settings = z.object({
  individualUsername: z._default(username, ''),
  sharedUsernames: z._default(z.array(username).check(z.maxLength(LIMITS.own.sharedUsernames)), []),
  firmNames: z._default(z.array(firmName).check(z.maxLength(LIMITS.own.firmNames)), []),
  guideEnabled: z._default(z.boolean(), true),
  dismissedOffers: z._default(z.array(z.string().check(z.maxLength(LIMITS.courtId))).check(z.maxLength(LIMITS.own.dismissedOffers)), []),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const Prerequisites = z.object({
  upgraded: z._default(z.enum(['unknown', 'yes', 'no']), 'unknown'),
  /** Enrolled in PACER's MFA (an authenticator app added), as Manage My Account last said. */
  mfa: z._default(z.enum(['unknown', 'yes', 'no']), 'unknown'),
  /** PACER asked for MFA (a code or enrolment) at a sign-in: one more step on every court's sign-in path. MFA belongs to the account. */
  mfaAtLogin: z.optional(z.literal(true)),
  seen: z.optional(time),
});
export type Prerequisites = z.infer<typeof Prerequisites>;

/** This browser's choice about sync (never itself synced), and the last thing that kept a change from syncing. */
export const SyncState = z.object({
  on: z._default(z.boolean(), false),
  /** A plain sentence for the options page and the popup; the key it concerns, so a later write of it clears it. */
  problem: z.optional(z.object({ text: z.string(), key: z.optional(z.string()) })),
  /** Keys this browser changed that sync has not taken yet (too large, or refused): at the next start they are sent, not replaced. */
  pending: z.optional(z.array(z.string())),
});
export type SyncState = z.infer<typeof SyncState>;

export const CHECKLIST_FORMAT = 'cmecf-link-guide/checklist';
export const CHECKLIST_VERSION = 1;

/**
 * Export/import file: the checklist and the user's own settings (never the firm's policy values,
 * never anything secret). Any key of `settings` may be missing: only the keys present are imported.
 */
export const ChecklistFile = z.object({
  format: z.literal(CHECKLIST_FORMAT),
  version: z.literal(CHECKLIST_VERSION),
  // When the file was written, by the exporting computer's clock: shown, never compared, so not bounded.
  exported: z.int().check(z.nonnegative()),
  // Checked court by court on import (transfer.ts): one dated later than tomorrow is left out, not the file.
  courts: z.array(z.unknown()).check(z.maxLength(500)),
  // Checked field by field on import (settings-check.ts), never filled with defaults.
  settings: z.optional(z.record(z.string(), z.unknown())),
});
export type ChecklistFile = Omit<z.infer<typeof ChecklistFile>, 'courts'> & { courts: CourtRecord[] };

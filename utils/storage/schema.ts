// The one schema of everything the extension stores. Nothing here is ever a password.
// zod/mini: the same validation as zod with a fraction of the bundle, because the content script
// that runs on every court page reads through these schemas.
import * as z from 'zod/mini';
import { STEP_IDS } from '../flow/step-ids';

export const COURT_STATUSES = ['todo', 'in-progress', 'linked', 'verified'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const time = z.int().check(z.nonnegative());
const courtId = z.string().check(z.regex(/^[a-z0-9]{2,8}$/));

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
  /** "Not now for this court": no guidance until the user resumes it from the popup. */
  paused: z.optional(z.boolean()),
  added: time,
  updated: time,
  linked: z.optional(time),
  verified: z.optional(time),
  notification: z.optional(Notification),
});
export type CourtRecord = z.infer<typeof CourtRecord>;

const username = text(0, 80);
const firmName = text(0, 200);

/** Settings a firm's IT pushes through browser policy (Chrome managed storage, Firefox policies.json). */
export const Policy = z.object({
  sharedUsernames: z.optional(z.array(username).check(z.maxLength(500))),
  firmNames: z.optional(z.array(firmName).check(z.maxLength(500))),
  startingCourts: z.optional(z.array(courtId).check(z.maxLength(300))),
});
export type Policy = z.infer<typeof Policy>;

export const Settings = z.object({
  individualUsername: z._default(username, ''),
  sharedUsernames: z._default(z.array(username).check(z.maxLength(200)), []),
  firmNames: z._default(z.array(firmName).check(z.maxLength(200)), []),
  guideEnabled: z._default(z.boolean(), true),
  dismissedOffers: z._default(z.array(z.string().check(z.maxLength(8))).check(z.maxLength(500)), []),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const Prerequisites = z.object({
  upgraded: z._default(z.enum(['unknown', 'yes', 'no']), 'unknown'),
  seen: z.optional(time),
});
export type Prerequisites = z.infer<typeof Prerequisites>;

/** Export/import file: the checklist and settings, never anything secret. */
export const ChecklistFile = z.object({
  format: z.literal('cmecf-link-guide/checklist'),
  version: z.literal(1),
  exported: time,
  courts: z.array(CourtRecord).check(z.maxLength(500)),
  settings: z.optional(z.partial(Settings)),
});
export type ChecklistFile = z.infer<typeof ChecklistFile>;

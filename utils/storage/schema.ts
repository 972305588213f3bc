// The one schema of everything the extension stores. Nothing here is ever a password.
import { z } from 'zod';
import { STEP_IDS } from '../flow/step-ids';

export const COURT_STATUSES = ['todo', 'in-progress', 'linked', 'verified'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

export const Notification = z.object({
  transactionId: z.string().min(1).max(40),
  submitted: z.string().min(1).max(60),
  request: z.string().min(1).max(60),
  status: z.string().min(1).max(60),
  court: z.string().max(200).optional(),
});
export type Notification = z.infer<typeof Notification>;

const time = z.number().int().nonnegative();

export const CourtRecord = z.object({
  id: z.string().regex(/^[a-z0-9]{2,8}$/),
  status: z.enum(COURT_STATUSES),
  lastStep: z.enum(STEP_IDS).optional(),
  /** The link item sits behind "NextGen Release 1.1 Menu Items" in this court (learned on Utilities). */
  nextGenLayout: z.boolean().optional(),
  /** "Not now for this court": no guidance until the user resumes it from the popup. */
  paused: z.boolean().optional(),
  added: time,
  updated: time,
  linked: time.optional(),
  verified: time.optional(),
  notification: Notification.optional(),
});
export type CourtRecord = z.infer<typeof CourtRecord>;

const username = z.string().trim().max(80);

/** Settings a firm's IT pushes through browser policy (Chrome managed storage, Firefox policies.json). */
export const Policy = z.object({
  sharedUsernames: z.array(username).max(500).optional(),
  firmNames: z.array(z.string().trim().max(200)).max(500).optional(),
  startingCourts: z.array(z.string().regex(/^[a-z0-9]{2,8}$/)).max(300).optional(),
});
export type Policy = z.infer<typeof Policy>;
export const Settings = z.object({
  individualUsername: username.default(''),
  sharedUsernames: z.array(username).max(200).default([]),
  firmNames: z.array(z.string().trim().max(200)).max(200).default([]),
  guideEnabled: z.boolean().default(true),
  dismissedOffers: z.array(z.string().max(8)).max(500).default([]),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const Prerequisites = z.object({
  upgraded: z.enum(['unknown', 'yes', 'no']).default('unknown'),
  seen: time.optional(),
});
export type Prerequisites = z.infer<typeof Prerequisites>;

/** Export/import file: the checklist and settings, never anything secret. */
export const ChecklistFile = z.object({
  format: z.literal('cmecf-link-guide/checklist'),
  version: z.literal(1),
  exported: time,
  courts: z.array(CourtRecord).max(500),
  settings: Settings.partial().optional(),
});
export type ChecklistFile = z.infer<typeof ChecklistFile>;

/** Step ids: a public contract (docs/public-contracts.md). Never rename one. */
export const STEP_IDS = [
  'court-website',
  'open-filing-system',
  'pacer-login',
  'mfa-code',
  'mfa-enroll',
  'password-update',
  'acknowledge-notice',
  'redaction-agreement',
  'select-filer',
  'open-utilities',
  'open-nextgen-menu',
  'open-link-utility',
  'enter-cmecf-credentials',
  'confirm-link',
  'link-error',
  'refresh-menus',
  'linked',
  'not-live',
  'offer',
  'unexpected-page',
] as const;
export type StepId = (typeof STEP_IDS)[number];

const WARNINGS = ['shared-account', 'name-mismatch', 'legacy-account'] as const;
export type Warning = (typeof WARNINGS)[number];

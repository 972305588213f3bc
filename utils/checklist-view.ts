// Words the popup shows for stored court records.
import type { CourtRecord, CourtStatus } from './storage/schema';

export const STATUS_LABEL: Record<CourtStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  linked: 'Linked — refresh to confirm',
  verified: 'Verified',
};

const STEP_LABEL: Record<string, string> = {
  'court-website': 'On the court website',
  'open-filing-system': 'On the CM/ECF welcome page',
  'pacer-login': 'At the PACER login',
  'redaction-agreement': 'At the redaction notice',
  'open-utilities': 'Logged in to CM/ECF',
  'open-nextgen-menu': 'On Utilities',
  'open-link-utility': 'Opening the link utility',
  'enter-cmecf-credentials': 'At the link form',
  'confirm-link': 'At the confirm page',
  'link-error': 'The link form refused the login',
  'refresh-menus': 'Linked; refresh pending',
  linked: 'Filing menus seen',
  'not-live': 'Court not live on NextGen yet',
};

export function relativeTime(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(then).toLocaleDateString();
}

export function detailOf(record: CourtRecord, now = Date.now()): string {
  const step = record.lastStep ? STEP_LABEL[record.lastStep] : 'Not started';
  return `${record.paused ? 'Paused · ' : ''}${step ?? record.lastStep} · ${relativeTime(record.updated, now)}`;
}

export function progressSummary(courts: readonly CourtRecord[]): string {
  const done = courts.filter((c) => c.status === 'linked' || c.status === 'verified').length;
  return `${done} of ${courts.length} ${courts.length === 1 ? 'court' : 'courts'} linked`;
}

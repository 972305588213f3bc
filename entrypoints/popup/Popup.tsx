import { useSignal } from '@preact/signals';
import { AddCourts } from '@/components/AddCourts';
import { CourtRow } from '@/components/CourtRow';
import { PasteBox } from '@/components/PasteBox';
import { Progress } from '@/components/Progress';
import { useStored } from '@/components/use-stored';
import { cmecfLogin, courtName, detailOf, groupByStatus, matchesFilter, nextToLink, STATUS_LABEL } from '@/utils/checklist-view';
import { cmecfUrl } from '@/utils/courts/catalog';
import { FEED_UPDATED } from '@/utils/courts/places.generated';
import { readEmailForCourt } from '@/utils/email';
import { ISSUE_TRACKER, VERSION } from '@/utils/project';
import {
  type CourtRecord,
  dismissUpdateNotice,
  type Policy,
  readChecklist,
  readPolicy,
  readPrerequisites,
  readSyncStatus,
  readUpdateNotice,
  removeCourt,
  saveNotification,
  setPaused,
} from '@/utils/storage';

async function saveEmail(courtId: string, text: string): Promise<string | null> {
  const parsed = readEmailForCourt(text, courtId);
  if (!parsed.ok) return parsed.error;
  await saveNotification(courtId, parsed.notification);
  return null;
}

const PACER_UPGRADE = 'https://pacer.uscourts.gov/';
/** Manage My Account's real landing page (PACER's E-File Registration is under its Maintenance tab). */
const PACER_MANAGE_ACCOUNT = 'https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf';
const UPGRADE_TEXT = {
  unknown: 'Not checked yet. Open Manage My Account on PACER once and the guide will read it.',
  yes: 'Your PACER account is upgraded.',
  no: 'Your PACER account is a legacy account: upgrade it on PACER before linking.',
};
/** The court list's date, as PACER's feed gave it (scripts/generate-catalog.mjs), in words. */
const courtListDate = new Date(`${FEED_UPDATED}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

const MFA_TEXT = {
  unknown: 'Not checked yet: Manage My Account shows it.',
  yes: 'An authentication app is on your PACER account.',
  no: 'PACER has required MFA for CM/ECF filers since December 31, 2025: enroll in Manage My Account (the Enroll link beside Multifactor Auth, then Add App), or when PACER prompts at login. It lets you skip three times.',
};
/** A filter box appears once the list is longer than this. */
const FILTER_ABOVE = 8;

const readAll = () => Promise.all([readChecklist(), readPrerequisites(), readPolicy(), readSyncStatus(), readUpdateNotice(VERSION)]);

function Row({ record, policy }: { record: CourtRecord; policy: Policy }) {
  const removable = !policy.startingCourts?.includes(record.id);
  const name = courtName(record.id);
  return (
    <CourtRow
      id={record.id}
      name={name}
      status={record.status}
      statusLabel={STATUS_LABEL[record.status]}
      detail={detailOf(record)}
      href={cmecfUrl(record.id)}
      paused={record.paused}
      onRemove={removable ? () => void removeCourt(record.id) : null}
      removeAlso={record.notification ? `The court’s email you pasted (transaction ${record.notification.transactionId}) goes with it.` : undefined}
      onResume={() => void setPaused(record.id, false)}
    >
      {record.notification ? (
        <p class="court-detail">
          Court email: {record.notification.request} · {record.notification.status} · Transaction {record.notification.transactionId} ·{' '}
          {record.notification.submitted}
        </p>
      ) : (
        <PasteBox summary="Paste the court’s confirmation email" label={`Confirmation email from the ${name}`} onSave={(text) => saveEmail(record.id, text)} />
      )}
      {(record.status === 'todo' || record.status === 'in-progress') && (
        <details class="no-account" data-no-account>
          <summary>I have no old e-filing account here</summary>
          <p class="court-detail">
            Then there is nothing to link: pro hac vice, CJA and new filers ask for e-filing access through PACER instead. In PACER’s Manage My Account, open
            Maintenance → Attorney Admissions / E-File Registration (or Non-Attorney Admissions / E-File Registration), and follow the {name}’s own
            instructions.{removable ? ' You can then remove this court from the checklist.' : ''}{' '}
            <a href={PACER_MANAGE_ACCOUNT} target="_blank" rel="noopener noreferrer">
              PACER’s Manage My Account
            </a>
          </p>
        </details>
      )}
    </CourtRow>
  );
}

export function Popup() {
  const stored = useStored(readAll);
  const filter = useSignal('');
  const [list, prerequisites = { upgraded: 'unknown' as const, mfa: 'unknown' as const }, policy = {}, sync, updateNotice] = stored.value ?? [];
  const courts = list?.courts ?? [];
  const filtering = courts.length > FILTER_ABOVE;
  const shown = filtering ? courts.filter((c) => matchesFilter(c, filter.value)) : courts;
  const next = nextToLink(courts);
  return (
    <main>
      <header>
        <h1 tabIndex={-1}>CM/ECF Link Guide</h1>
        {courts.length > 0 && <Progress courts={courts} />}
      </header>
      {updateNotice && (
        <p class="update-notice" data-update-notice>
          {updateNotice}{' '}
          <button
            type="button"
            // The line goes with its button: the focus moves to the headline, not to the page's end.
            onClick={() => void dismissUpdateNotice().then(() => document.querySelector<HTMLElement>('main h1')?.focus())}
          >
            Dismiss
          </button>
        </p>
      )}
      <AddCourts />
      {list && courts.length === 0 && (
        <p class="empty">
          Add each court where you had a CM/ECF e-filing account, or a whole state at once. The guide then walks you through linking it to your own PACER
          account, step by step, on the court’s pages.
        </p>
      )}
      {next && (
        <a class="link-next" href={cmecfLogin(next.id)} target="_blank" rel="noopener noreferrer">
          <strong>Link next</strong>
          <span class="next-court">{courtName(next.id)}</span>
        </a>
      )}
      {filtering && (
        <div class="filter">
          <label for="court-filter">Filter your courts</label>
          <input
            id="court-filter"
            type="search"
            autocomplete="off"
            value={filter.value}
            onInput={(e) => (filter.value = (e.target as HTMLInputElement).value)}
          />
          {shown.length === 0 && (
            <p class="hint" role="status">
              No court on your list matches “{filter.value}”.
            </p>
          )}
        </div>
      )}
      {groupByStatus(shown).map((group) => (
        <section key={group.status} class="group" aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`}>
            {group.heading} <span class="count">({group.courts.length})</span>
          </h2>
          <ul class="checklist">
            {group.courts.map((record) => (
              <Row key={record.id} record={record} policy={policy} />
            ))}
          </ul>
        </section>
      ))}
      {list && list.invalid.length > 0 && (
        <p class="notice" role="alert">
          {list.invalid.length} stored {list.invalid.length === 1 ? 'entry was' : 'entries were'} unreadable and set aside; your other courts are unaffected.
        </p>
      )}
      {sync?.problem && (
        <p class="notice" role="alert" data-sync-problem>
          Sync: {sync.problem}
        </p>
      )}
      <section class="prereq" aria-labelledby="prereq-title">
        <h2 id="prereq-title">Before you start</h2>
        <p>
          Upgraded PACER account: <strong>{prerequisites.upgraded}</strong>. {UPGRADE_TEXT[prerequisites.upgraded]} Accounts created before August 11, 2014 must
          be upgraded.{' '}
          <a href={PACER_UPGRADE} target="_blank" rel="noopener noreferrer">
            PACER
          </a>
        </p>
        <p data-prerequisite="mfa">
          MFA enrolled: <strong>{prerequisites.mfa}</strong>. {MFA_TEXT[prerequisites.mfa]}
        </p>
      </section>
      <footer>
        {courts.length > 0 && (
          <a href="/checklist.html" target="_blank" rel="noopener">
            Print or export the checklist
          </a>
        )}
        <a href="/options.html" target="_blank" rel="noopener">
          Settings
        </a>
        <a href={ISSUE_TRACKER} target="_blank" rel="noopener noreferrer">
          Report a problem
        </a>
        <span class="court-list-date" data-court-list-date={FEED_UPDATED}>
          Court list: PACER’s court feed of {courtListDate}
        </span>
        <span class="version" data-version={VERSION}>
          Version {VERSION}
        </span>
      </footer>
    </main>
  );
}

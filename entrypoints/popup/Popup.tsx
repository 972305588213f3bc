import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CourtRow } from '@/components/CourtRow';
import { CourtSearch } from '@/components/CourtSearch';
import { PasteBox } from '@/components/PasteBox';
import { detailOf, progressSummary, STATUS_LABEL } from '@/utils/checklist-view';
import { cmecfUrl, courtById } from '@/utils/courts/catalog';
import { searchCourts } from '@/utils/courts/search';
import { parseLinkNotification } from '@/utils/email';
import { addCourt, type Checklist, type Policy, type Prerequisites, readChecklist, readPolicy, readPrerequisites, removeCourt, saveNotification, setPaused, watchStorage } from '@/utils/storage';


async function saveEmail(courtId: string, text: string): Promise<string | null> {
  const parsed = parseLinkNotification(text);
  if (!parsed.ok) return parsed.error;
  await saveNotification(courtId, parsed.notification);
  return null;
}

const PACER_UPGRADE = 'https://pacer.uscourts.gov/';
const UPGRADE_TEXT = {
  unknown: 'Not checked yet. Open Manage My Account on PACER once and the guide will read it.',
  yes: 'Your PACER account is upgraded.',
  no: 'Your PACER account is a legacy account: upgrade it on PACER before linking.',
};

export function Popup() {
  const checklist = useSignal<Checklist | null>(null);
  const prerequisites = useSignal<Prerequisites>({ upgraded: 'unknown' });
  const policy = useSignal<Policy>({});
  useEffect(() => {
    const load = async () => {
      [checklist.value, prerequisites.value, policy.value] = await Promise.all([readChecklist(), readPrerequisites(), readPolicy()]);
    };
    void load();
    return watchStorage(() => void load());
  }, []);
  const list = checklist.value;
  const courts = list?.courts ?? [];
  return (
    <main>
      <header>
        <h1>CM/ECF Link Guide</h1>
        {courts.length > 0 && <p class="summary" role="status">{progressSummary(courts)}</p>}
      </header>
      <CourtSearch
        label="Add a court"
        search={(q) => searchCourts(q).map(({ court, because }) => ({ id: court.id, title: court.name, detail: because }))}
        onPick={(id) => void addCourt(id)}
      />
      {list && courts.length === 0 && (
        <p class="empty">
          Add each court where you had a CM/ECF e-filing account. The guide then walks you through linking it to your own PACER account, step by step, on the court’s pages.
        </p>
      )}
      {courts.length > 0 && (
        <ul class="checklist" aria-label="Your courts">
          {courts.map((record) => {
            const court = courtById(record.id);
            return (
              <CourtRow
                key={record.id}
                id={record.id}
                name={court?.name ?? record.id.toUpperCase()}
                status={record.status}
                statusLabel={STATUS_LABEL[record.status]}
                detail={detailOf(record)}
                href={court ? cmecfUrl(court) : `https://ecf.${record.id}.uscourts.gov/`}
                paused={record.paused}
                onRemove={policy.value.startingCourts?.includes(record.id) ? null : () => void removeCourt(record.id)}
                onResume={() => void setPaused(record.id, false)}
              >
                {record.notification ? (
                  <p class="court-detail">
                    Court email: {record.notification.request} · {record.notification.status} · Transaction {record.notification.transactionId} · {record.notification.submitted}
                  </p>
                ) : (
                  <PasteBox summary="Paste the court’s confirmation email" label={`Confirmation email from the ${court?.name ?? record.id}`} onSave={(text) => saveEmail(record.id, text)} />
                )}
              </CourtRow>
            );
          })}
        </ul>
      )}
      {list && list.invalid.length > 0 && (
        <p class="notice" role="alert">
          {list.invalid.length} stored {list.invalid.length === 1 ? 'entry was' : 'entries were'} unreadable and set aside; your other courts are unaffected.
        </p>
      )}
      <section class="prereq" aria-labelledby="prereq-title">
        <h2 id="prereq-title">Before you start</h2>
        <p>
          Upgraded PACER account: <strong>{prerequisites.value.upgraded}</strong>. {UPGRADE_TEXT[prerequisites.value.upgraded]} Accounts created before August 11, 2014 must be upgraded.{' '}
          <a href={PACER_UPGRADE} target="_blank" rel="noopener noreferrer">
            PACER
          </a>
        </p>
      </section>
      <footer>
        <a href="/options.html" target="_blank">
          Settings
        </a>
      </footer>
    </main>
  );
}

import { Progress } from '@/components/Progress';
import { useStored } from '@/components/use-stored';
import { checklistCsv } from '@/utils/checklist-csv';
import { courtName, groupByStatus, STATUS_LABEL } from '@/utils/checklist-view';
import { saveFile } from '@/utils/save-file';
import { readChecklist } from '@/utils/storage';

const day = (time: number | undefined) => (time === undefined ? '' : new Date(time).toLocaleDateString());

/** The whole checklist on one page, for the firm's records: a table to print, or a CSV file. */
export function ChecklistPage() {
  const list = useStored(readChecklist);
  const courts = list.value?.courts ?? [];
  const ordered = groupByStatus(courts).flatMap((g) => g.courts);
  const download = () =>
    saveFile(`cmecf-link-guide-checklist-${new Date().toISOString().slice(0, 10)}.csv`, checklistCsv(ordered, courtName), 'text/csv;charset=utf-8');
  return (
    <main>
      <h1>Your courts: CM/ECF account linking</h1>
      <p class="printed">As of {new Date().toLocaleString()}</p>
      {courts.length > 0 && <Progress courts={courts} />}
      <div class="actions">
        <button type="button" class="primary" onClick={download} disabled={!courts.length}>
          Download CSV
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {list.value && courts.length === 0 && <p class="empty">No courts on the checklist yet. Add them from the toolbar button.</p>}
      {courts.length > 0 && (
        <table>
          <caption class="visually-hidden">Courts, by status</caption>
          <thead>
            <tr>
              <th scope="col">Court</th>
              <th scope="col">Status</th>
              <th scope="col">Added</th>
              <th scope="col">Linked</th>
              <th scope="col">Verified</th>
              <th scope="col">Court email</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((c) => (
              <tr key={c.id} data-court={c.id} data-status={c.status}>
                <th scope="row">
                  {courtName(c.id)} <span class="court-id">({c.id.toUpperCase()})</span>
                </th>
                <td>{STATUS_LABEL[c.status]}</td>
                <td>{day(c.added)}</td>
                <td>{day(c.linked)}</td>
                <td>{day(c.verified)}</td>
                <td>{c.notification ? `Transaction ${c.notification.transactionId}, ${c.notification.submitted}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

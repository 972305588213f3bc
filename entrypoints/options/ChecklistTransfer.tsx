import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { STATUS_LABEL } from '@/utils/checklist-view';
import { saveFile } from '@/utils/save-file';
import { applyImport, type CourtChange, exportChecklist, type ImportPlan, planImport } from '@/utils/storage';
import type { Message } from './Options';

async function download() {
  const file = await exportChecklist();
  saveFile(`cmecf-link-guide-checklist-${new Date(file.exported).toISOString().slice(0, 10)}.json`, JSON.stringify(file, null, 2), 'application/json');
}

/** "U.S. Bankruptcy Court, Southern District of Iowa: To do → In progress". */
const changeLine = (change: CourtChange) =>
  `${change.name}: ${change.from ? `${STATUS_LABEL[change.from]} → ` : 'added as '}${STATUS_LABEL[change.to]}${change.pause ? `, ${change.pause === 'pauses' ? 'pauses' : 'resumes'} the guide there` : ''}`;

/** Export, and import in two steps: what the file will do first, then Import or Cancel. */
export function ChecklistTransfer({ message }: { message: Message }) {
  const plan = useSignal<ImportPlan | null>(null);
  const preview = useRef<HTMLFieldSetElement>(null);
  useEffect(() => preview.current?.focus(), [plan.value]);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    plan.value = null;
    try {
      plan.value = await planImport(await file.text());
      message.value = null;
    } catch (error) {
      message.value = { text: (error as Error).message, error: true };
    }
  };
  const apply = async (chosen: ImportPlan) => {
    plan.value = null;
    try {
      await applyImport(chosen);
      message.value = { text: `Imported: the file ${chosen.summary}.` };
    } catch (error) {
      message.value = { text: `Import stopped: ${(error as Error).message}`, error: true };
    }
  };

  return (
    <>
      <div class="row">
        <button type="button" onClick={() => void download()}>
          Export checklist
        </button>
        <label class="row">
          Import checklist <input type="file" accept="application/json,.json" onChange={(e) => void choose(e.target as HTMLInputElement)} />
        </label>
      </div>
      {plan.value && (
        <fieldset class="import-preview" aria-labelledby="import-preview-title" tabIndex={-1} ref={preview}>
          <h2 id="import-preview-title">Import this checklist?</h2>
          <p data-import-summary>This file {plan.value.summary}. Courts only move forward; nothing you have is removed.</p>
          {plan.value.changes.length > 0 && (
            <ul aria-label="Courts this import changes">
              {plan.value.changes.map((change) => (
                <li key={change.id} data-import-court={change.id} data-status={change.to}>
                  {changeLine(change)}
                </li>
              ))}
            </ul>
          )}
          <p class="hint">
            A status is your own: a court the file calls verified arrives as linked here, and becomes verified when the guide sees your own PACER login reach
            its filing menus.
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void apply(plan.value!)}>
              Import
            </button>
            <button
              type="button"
              onClick={() => {
                plan.value = null;
                message.value = { text: 'Import cancelled. Nothing was changed.' };
              }}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      )}
    </>
  );
}

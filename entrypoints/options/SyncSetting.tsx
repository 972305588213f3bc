import { useStored } from '@/components/use-stored';
import { readSyncStatus, SyncError, turnSyncOff, turnSyncOn } from '@/utils/storage';
import type { Message } from './Options';

/**
 * "Keep my checklist in sync across my browsers": off until the user turns it on, locked off when
 * the firm's policy forbids it. Turning it off keeps everything in this browser.
 */
export function SyncSetting({ message }: { message: Message }) {
  const status = useStored(readSyncStatus);
  if (!status.value) return null;
  const { on, allowed, problem } = status.value;
  const toggle = async (wanted: boolean) => {
    try {
      if (!wanted) {
        await turnSyncOff();
        message.value = { text: 'Sync is off. Everything stays in this browser; your other browsers keep the synced copy.' };
        return;
      }
      const after = await turnSyncOn();
      message.value = after.problem
        ? { text: 'Sync is on, but not everything could be synced: see Sync above.', error: true }
        : { text: 'Sync is on: your checklist and names are in your browser’s sync.' };
    } catch (error) {
      message.value = {
        text: error instanceof SyncError ? error.message : `Sync was not turned on: ${(error as Error).message} Everything is kept in this browser.`,
        error: true,
      };
    }
    status.value = await readSyncStatus();
  };
  return (
    <fieldset>
      <legend>Sync</legend>
      <div class="row">
        <input
          id="sync"
          type="checkbox"
          checked={on}
          disabled={!allowed}
          aria-describedby="sync-what"
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
        />
        <label for="sync">Keep my checklist in sync across my browsers</label>
      </div>
      {allowed ? (
        <p id="sync-what" class="locked">
          Off unless you turn it on. Through your browser’s own sync (your Google or Firefox account): the courts on your checklist, their status and times,
          your PACER usernames and firm names. Never a password. Turning it off keeps everything in this browser; the synced copy stays for your other browsers.
        </p>
      ) : (
        <p id="sync-what" class="locked" data-locked="true">
          <span aria-hidden="true">🔒 </span>
          Sync is turned off by your firm’s policy (locked). Everything stays in this browser.
        </p>
      )}
      {problem && (
        <p class="notice" role="alert" data-sync-problem>
          {problem}
        </p>
      )}
    </fieldset>
  );
}

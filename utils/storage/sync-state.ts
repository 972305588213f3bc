// This browser's choice about sync (off until the user turns it on; never itself synced) and the
// firm's word on it: a policy with `syncAllowed: false` keeps it off, whatever was chosen.
import { storage } from 'wxt/utils/storage';
import { oneAtATime } from './queue';
import { SyncState } from './schema';
import { readPolicy } from './settings';

const syncStateItem = storage.defineItem<unknown>('local:sync', { fallback: { on: false } });

async function readSyncState(): Promise<SyncState> {
  const parsed = SyncState.safeParse(await syncStateItem.getValue());
  return parsed.success ? parsed.data : { on: false };
}

export interface SyncStatus {
  /** Sync is chosen and allowed: changes are mirrored. */
  on: boolean;
  /** false when the firm's policy forbids sync. */
  allowed: boolean;
  /** What last kept a change from syncing, in plain words. */
  problem?: string;
  /** Keys changed here that sync has not taken yet. */
  pending: string[];
}

export async function readSyncStatus(): Promise<SyncStatus> {
  const [state, policy] = await Promise.all([readSyncState(), readPolicy()]);
  const allowed = policy.syncAllowed !== false;
  return { on: state.on && allowed, allowed, pending: state.pending ?? [], ...(state.problem && { problem: state.problem.text }) };
}

/** Changes the stored state in its turn; `change` gets the state as it is at that moment. */
export function changeSyncState(change: (state: SyncState) => SyncState): Promise<void> {
  return oneAtATime('sync', async () => {
    const state = await readSyncState();
    const next = change(state);
    if (JSON.stringify(next) !== JSON.stringify(state)) await syncStateItem.setValue(next);
  });
}

/**
 * After a write to sync: a new problem replaces the last one; a write that went through clears a
 * problem it resolves (one about an item it wrote, or about room in sync). Keys written are no
 * longer pending; `unsent` ones are.
 */
export function settleSyncProblem(problem: SyncState['problem'], written: string[], unsent: string[] = []): Promise<void> {
  return changeSyncState(({ problem: last, pending: before = [], ...state }) => {
    const still = [...new Set([...before.filter((key) => !written.includes(key)), ...unsent])];
    const withPending = still.length ? { ...state, pending: still } : state;
    if (problem) return { ...withPending, problem };
    const resolved = last && (last.key === undefined || written.includes(last.key));
    return resolved || !last ? withPending : { ...withPending, problem: last };
  });
}

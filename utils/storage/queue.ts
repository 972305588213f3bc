// Writes to one stored key run one after another. Every verb that writes `court:<id>` (or the
// settings) reads, decides and writes inside `oneAtATime(key, …)`, so two callers in this page can
// never interleave their read-modify-write. Where the browser has Web Locks (extension pages and the
// background share the extension's origin), the same turn also holds a lock named after the key, so
// the popup, the options page and the background wait for each other too.

const tails = new Map<string, Promise<unknown>>();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const locks = (): LockManagerLike | undefined => (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;

/** Runs `work` after every earlier write to the same key has finished (failed ones included). */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const lockManager = locks();
  const turn = () => (lockManager ? lockManager.request(`cmecf-link-guide ${key}`, work) : work());
  const run = (tails.get(key) ?? Promise.resolve()).then(turn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  // Forget a key's queue once nothing waits on it, so the map does not grow with every court seen.
  void tail.then(() => tails.get(key) === tail && tails.delete(key));
  return run;
}

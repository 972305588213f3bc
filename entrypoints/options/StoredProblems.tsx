import type { Rejected, SetAsideEntry } from '@/utils/storage';

const MAX_SHOWN = 60;
const show = (value: unknown) => {
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What this version could not use: entries of the firm's policy (dropped; the rest applies),
 * parts of the stored settings (left as they are) and values kept aside (never deleted).
 */
export function StoredProblems({ dropped, rejected, setAside }: { dropped: Rejected[]; rejected: Rejected[]; setAside: SetAsideEntry[] }) {
  return (
    <>
      {dropped.length > 0 && (
        <div class="notice" role="status" data-policy-dropped>
          <p>
            Your firm's policy has {plural(dropped.length, 'entry', 'entries')} this version does not understand; {dropped.length === 1 ? 'it is' : 'they are'} ignored and everything else in
            the policy applies:
          </p>
          <ul>
            {dropped.map((d) => (
              <li key={d.path}>
                {d.path} {show(d.value)}: {d.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rejected.length > 0 && (
        <div class="notice" role="status" data-settings-rejected>
          <p>
            {plural(rejected.length, 'stored setting', 'stored settings')} could not be used and {rejected.length === 1 ? 'was' : 'were'} left as{' '}
            {rejected.length === 1 ? 'it was' : 'they were'}; everything else applies. Saving that field replaces it (the old value is kept aside).
          </p>
          <ul>
            {rejected.map((r) => (
              <li key={r.path}>
                {r.path} {show(r.value)}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {setAside.length > 0 && (
        <details class="notice" data-set-aside>
          <summary>{plural(setAside.length, 'value', 'values')} kept aside (never deleted)</summary>
          <ul>
            {setAside.map((e) => (
              <li key={e.key}>
                {e.key} {show(e.value)}: {e.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

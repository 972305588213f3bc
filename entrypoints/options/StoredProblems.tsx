import type { ComponentChildren } from 'preact';
import { type Rejected, SET_ASIDE_KEPT, type SetAsideEntry } from '@/utils/storage';

const MAX_SHOWN = 60;
const show = (value: unknown) => {
  const text = typeof value === 'string' ? `“${value}”` : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
};
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each value this version could not use: where it was, the value (cut short) and why. */
function Problems({ items }: { items: { where: string; value: unknown; reason: string }[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.where}>
          {item.where} {show(item.value)}: {item.reason}
        </li>
      ))}
    </ul>
  );
}

function Notice({ data, children }: { data: string; children: ComponentChildren }) {
  return (
    <div class="notice" role="status" {...{ [data]: '' }}>
      {children}
    </div>
  );
}

/**
 * What this version could not use: entries of the firm's policy (dropped; the rest applies),
 * parts of the stored settings (left as they are) and values kept aside (the latest few of each).
 */
export function StoredProblems({ dropped, rejected, setAside }: { dropped: Rejected[]; rejected: Rejected[]; setAside: SetAsideEntry[] }) {
  const atPath = (list: Rejected[]) => list.map((r) => ({ where: r.path, value: r.value, reason: r.reason }));
  return (
    <>
      {dropped.length > 0 && (
        <Notice data="data-policy-dropped">
          <p>
            Your firm's policy has {plural(dropped.length, 'entry', 'entries')} this version cannot use; {dropped.length === 1 ? 'it is' : 'they are'} ignored
            and everything else in the policy applies:
          </p>
          <Problems items={atPath(dropped)} />
        </Notice>
      )}
      {rejected.length > 0 && (
        <Notice data="data-settings-rejected">
          <p>
            {plural(rejected.length, 'stored setting', 'stored settings')} could not be used and {rejected.length === 1 ? 'was' : 'were'} left as{' '}
            {rejected.length === 1 ? 'it was' : 'they were'}; everything else applies. Saving that field replaces it (the old value is kept aside).
          </p>
          <Problems items={atPath(rejected)} />
        </Notice>
      )}
      {setAside.length > 0 && (
        <details class="notice" data-set-aside>
          <summary>
            {plural(setAside.length, 'value', 'values')} kept aside (the latest {SET_ASIDE_KEPT} of each; nothing else is deleted)
          </summary>
          <Problems
            items={setAside.map((e) => ({
              where: e.key,
              value: e.value,
              reason: e.dropped ? `${e.reason} (${plural(e.dropped, 'older copy', 'older copies')} dropped)` : e.reason,
            }))}
          />
        </details>
      )}
    </>
  );
}

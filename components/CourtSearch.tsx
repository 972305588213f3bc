import { useState } from 'preact/hooks';

export interface SearchResult {
  /** Unique among the results; also names the option's element. */
  id: string;
  title: string;
  detail: string;
}

interface Props<R extends SearchResult> {
  label: string;
  search: (query: string) => R[];
  onPick: (result: R) => void;
  /** A line to show under the results for this query (something it names that cannot be picked), or null. */
  note?: (query: string) => string | null;
}

/** A search box with results as you type; Enter picks the highlighted (first) result. */
export function CourtSearch<R extends SearchResult>({ label, search, onPick, note }: Props<R>) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = search(query);
  const said = query && note ? note(query) : null;
  const pick = (result: R) => {
    onPick(result);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };
  return (
    <div class="search">
      <label for="court-search">{label}</label>
      <input
        id="court-search"
        type="search"
        role="combobox"
        autocomplete="off"
        placeholder="Court, state, county or city"
        aria-expanded={results.length > 0}
        aria-controls="court-results"
        aria-activedescendant={results[active] ? `result-${results[active].id}` : undefined}
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {results.length > 0 && (
        <ul id="court-results" role="listbox" aria-label={label}>
          {results.map((r, i) => (
            <li
              id={`result-${r.id}`}
              key={r.id}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(r)}
            >
              <span class="result-title">{r.title}</span>
              {r.detail && <span class="result-detail">{r.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {query && results.length === 0 && !said && (
        <p class="hint" role="status">
          No court matches “{query}”.
        </p>
      )}
      {said && (
        <p class="hint" role="status" data-search-note>
          {said}
        </p>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';

interface Props {
  summary: string;
  label: string;
  /** Returns an error message, or null when the text was accepted. */
  onSave: (text: string) => Promise<string | null>;
}

/** A disclosure with a text area to paste into, a Save button and a plain message on error. */
export function PasteBox({ summary, label, onSave }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <details class="paste">
      <summary>{summary}</summary>
      <textarea aria-label={label} rows={4} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button
        type="button"
        onClick={async () => {
          const problem = await onSave(text);
          setError(problem);
          if (!problem) setText('');
        }}
      >
        Save
      </button>
      {error && (
        <p role="alert" class="notice">
          {error}
        </p>
      )}
    </details>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface CourtRowProps {
  id: string;
  name: string;
  /** Machine status for the data-status contract. */
  status: string;
  statusLabel: string;
  detail: string;
  href: string;
  paused?: boolean;
  /** Null when the row cannot be removed (it is on a list the user does not control). */
  onRemove: (() => void) | null;
  /** What else goes with the row when it is removed, said in the question ("Its pasted court email goes with it."). */
  removeAlso?: string;
  onResume?: () => void;
  children?: ComponentChildren;
}

/**
 * One court on the checklist. data-court and data-status are a public contract. Remove asks once,
 * in the row: "Yes, remove" removes; "Keep" (focused first, and Escape) keeps everything.
 */
export function CourtRow(props: CourtRowProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const remove = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) remove.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const questionId = `remove-${props.id}`;
  return (
    <li class="court" data-court={props.id} data-status={props.status}>
      <div class="court-main">
        <span class="court-name">{props.name}</span>
        <span class={`status status-${props.status}`}>{props.statusLabel}</span>
      </div>
      <div class="court-detail">{props.detail}</div>
      <div class="court-actions">
        <a href={props.href} target="_blank" rel="noopener noreferrer">
          Open CM/ECF<span class="visually-hidden"> for {props.name}</span>
        </a>
        {props.paused && props.onResume && (
          <button type="button" onClick={props.onResume}>
            Resume guide<span class="visually-hidden"> for {props.name}</span>
          </button>
        )}
        {props.onRemove && !asking && (
          <button type="button" class="remove" ref={remove} onClick={() => setAsking(true)}>
            Remove<span class="visually-hidden"> {props.name}</span>
          </button>
        )}
      </div>
      {props.onRemove && asking && (
        <fieldset
          class="confirm"
          aria-labelledby={questionId}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setAsking(false);
          }}
        >
          <p id={questionId}>
            Remove {props.name} from your checklist?{props.removeAlso && ` ${props.removeAlso}`}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={props.onRemove}>
              Yes, remove
            </button>
            <button type="button" ref={keep} onClick={() => setAsking(false)}>
              Keep
            </button>
          </div>
        </fieldset>
      )}
      {props.children}
    </li>
  );
}

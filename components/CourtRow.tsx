import type { ComponentChildren } from 'preact';

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
  onResume?: () => void;
  children?: ComponentChildren;
}

/** One court on the checklist. data-court and data-status are a public contract. */
export function CourtRow(props: CourtRowProps) {
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
        {props.onRemove && (
          <button type="button" class="remove" onClick={props.onRemove}>
            Remove<span class="visually-hidden"> {props.name}</span>
          </button>
        )}
      </div>
      {props.children}
    </li>
  );
}

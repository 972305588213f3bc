import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useRef } from 'preact/hooks';
import { afterLayout } from './highlight';

export interface HintAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

export interface HintNotice {
  title: string;
  text: string;
}

export interface HintCardProps {
  title: string;
  text: string;
  /** "Step 3 of 9" */
  place?: string;
  notices?: HintNotice[];
  missing?: string | null;
  help?: string | null;
  actions: HintAction[];
  /** A question that must be answered before anything else (the card becomes a modal dialog). */
  hold?: { message: string; actions: HintAction[] } | null;
  /** The element the card sits beside (the target, or the dialog that holds it); without one the card docks in a corner. */
  anchor?: Element | null;
  /** Called with the card element, so the host can move focus to it. */
  cardRef?: (el: HTMLElement | null) => void;
}

/** A small card next to an element: title, instruction, notices and buttons. */
export function HintCard(props: HintCardProps) {
  const card = useRef<HTMLElement>(null);
  const firstHoldButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = card.current;
    const anchor = props.anchor;
    if (!el || !anchor) return;
    let stop: (() => void) | undefined;
    // Positioned after the page's own layout (never forcing one); then follows scroll and resize,
    // flips at viewport edges, and never sits on top of the anchor.
    const cancel = afterLayout(() => {
      stop = autoUpdate(anchor, el, place, { layoutShift: false });
    });
    const place = () => {
      void computePosition(anchor, el, {
        strategy: 'fixed',
        // Beside the target first, else above it (what is above is usually done), so the fields
        // and buttons still to come stay clear.
        placement: 'right-start',
        middleware: [offset(12), flip({ fallbackPlacements: ['top-start', 'left-start', 'bottom-start'] }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
        el.style.visibility = 'visible';
      });
    };
    return () => {
      cancel();
      stop?.();
    };
  }, [props.anchor]);

  useEffect(() => props.cardRef?.(card.current), [props.cardRef]);
  useEffect(() => {
    if (props.hold) firstHoldButton.current?.focus();
  }, [props.hold]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!props.hold || event.key !== 'Tab') return;
    // The hold is the one modal moment: keep Tab inside the card until it is answered.
    const buttons = Array.from(card.current?.querySelectorAll<HTMLButtonElement>('.hold button') ?? []);
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  };

  return (
    <section
      ref={card}
      class={props.anchor ? 'card' : 'card docked'}
      style={props.anchor ? { visibility: 'hidden' } : undefined}
      role={props.hold ? 'alertdialog' : 'region'}
      aria-modal={props.hold ? 'true' : undefined}
      aria-labelledby="hint-title"
      aria-describedby="hint-text"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div aria-live="polite">
        {props.place && <p class="place">{props.place}</p>}
        <h2 class="title" id="hint-title">{props.title}</h2>
        <p class="text" id="hint-text">{props.text}</p>
        {props.notices?.map((n) => (
          <p class="warning" key={n.title}>
            <strong>{n.title}</strong> {n.text}
          </p>
        ))}
        {props.missing && <p class="missing">{props.missing}</p>}
        {props.help && <p class="help">{props.help}</p>}
      </div>
      {props.hold ? (
        <div class="hold" role="group" aria-label="Confirm">
          <p class="text">{props.hold.message}</p>
          <div class="actions">
            {props.hold.actions.map((a) => (
              <button type="button" key={a.label} class={a.primary ? 'primary' : ''} ref={a.primary ? firstHoldButton : undefined} onClick={a.onClick}>
                {a.label}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <div class="actions">
          {props.actions.map((a) => (
            <button type="button" key={a.label} class={a.primary ? 'primary' : ''} onClick={a.onClick}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

// The hold before the permanent link. While a warning is active on the confirm page, every
// submission of the page's forms waits for the user's answer: a click on any submit control, Enter
// or Space, a page script's form.requestSubmit(). It listens at the window in the capture phase, so
// it sees a submission before the court's own handlers do. What it cannot see: a page script calling
// form.submit(), which fires no event (README, "What the hold cannot stop").

import { isSubmitControl } from '@/utils/recognize/dom';

type Held = { form: HTMLFormElement; submitter: HTMLElement | null } | { control: HTMLElement };

export interface HoldOptions {
  /** Whether submissions are held right now (a warning is active). */
  active: () => boolean;
  /** The step's target, when it is not a form's submit control (a link or a scripted button): its clicks are held too. */
  target: () => Element | null;
  /** A submission was held: ask the user. */
  onHeld: () => void;
}

export class SubmissionHold {
  private held: Held | null = null;
  private passing = false;

  constructor(private readonly options: HoldOptions) {
    window.addEventListener('submit', this.onSubmit, true);
    window.addEventListener('click', this.onClick, true);
  }

  /** The user chose "Link anyway": continue the held submission, as it was, exactly once. */
  release(): void {
    const held = this.held;
    this.held = null;
    if (!held) return;
    this.passing = true;
    try {
      if ('form' in held) held.form.requestSubmit(held.submitter);
      else held.control.click();
    } finally {
      this.passing = false;
    }
  }

  /** The user chose "Cancel": forget the held submission. */
  drop(): void {
    this.held = null;
  }

  dispose(): void {
    this.held = null;
    window.removeEventListener('submit', this.onSubmit, true);
    window.removeEventListener('click', this.onClick, true);
  }

  private hold(event: Event, held: Held): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    this.held = held;
    this.options.onHeld();
  }

  private readonly onSubmit = (event: SubmitEvent) => {
    if (this.passing || !this.options.active() || !(event.target instanceof HTMLFormElement)) return;
    this.hold(event, { form: event.target, submitter: event.submitter });
  };

  private readonly onClick = (event: MouseEvent) => {
    const target = this.options.target();
    if (this.passing || !target || isSubmitControl(target) || !this.options.active()) return;
    if (event.target instanceof Node && target.contains(event.target)) this.hold(event, { control: target as HTMLElement });
  };
}

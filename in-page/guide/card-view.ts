// The card as a function of what the guide shows: a View (decide.ts), the page, the guard's view,
// and the card's own state (collapsed, an outline being read) in; the hint card's props out. Pure
// but for reading the target's ancestors (where the card sits): no host, no listeners, no storage.
import type { HintAction, HintCardProps } from '@/in-page/card/hint-card';
import type { View } from '@/in-page/flow/decide';
import { type CardAction, STEP_INFO } from '@/in-page/flow/step-info';
import { warningText } from '@/in-page/flow/warnings';
import type { GuardView } from '@/in-page/guard/link-guard';
import { HOLD_TITLE, LOST, questionLines, reasonText } from '@/in-page/guard/words';
import type { Page } from '@/in-page/recognize';

/** The card's buttons: their names are public (docs/public-contracts.md). */
export const BUTTONS: Record<CardAction, { label: string; primary?: true }> = {
  'accept-offer': { label: 'Start the guide', primary: true },
  'dismiss-offer': { label: 'No thanks' },
  'refresh-menus': { label: 'Refresh now', primary: true },
  hide: { label: 'Hide' },
  'not-now': { label: 'Not now for this court' },
  'copy-outline': { label: 'Copy page outline for support' },
};

/** What the outline preview says before anything is copied, and after. */
export const OUTLINE = {
  message:
    'This is what would be copied: the page’s layout (tags, ids, names, types, roles), the words of its headings, labels and buttons, and the first three words of each link. E-mail addresses, names after “Welcome” or “Logged in as”, case captions and every word with a digit in it (usernames, case numbers) are replaced by «…». Nothing you typed, and no other text of the page. Read it before you copy it: a name written any other way may still be there.',
  label: 'Page outline for support',
  copied: 'Copied. Paste it into a report to the extension’s makers (“Report this page”); the court’s help desk does not maintain this extension.',
  reportCopied: 'Copied. Paste it into the report form that opened in a new tab, read it once more, then submit it there — or close that tab.',
  reportFailed: 'The report form could not open here. Open “Report a problem” from the extension’s toolbar button and paste the outline there.',
  byHand: 'The outline is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
};

/**
 * What the card sits beside, best first: the dialog or the form that holds the target, so that it
 * never covers the controls the step needs (Submit beside the field, a second button, the dialog's
 * Continue), or the open drop-down that holds it (a card over the drop-down would hide the link, or
 * close a hover menu); then, when that fills the screen, the target itself.
 */
function anchorsFor(target: Element): Element[] {
  const form = (target as HTMLInputElement).form ?? target.closest('form');
  const holder = target.closest('[role=dialog], dialog, [aria-modal=true]') ?? form ?? target.closest('nav li ul, [role=menu]');
  return holder && holder !== target ? [holder, target] : [target];
}

/** A guard's verdict that holds the page's submissions (the guard still deciding is not a warning yet). */
export const holdsNow = (guard: GuardView | undefined) => Boolean(guard && guard.state === 'armed' && !guard.verdict.pass);

/** What the card shows now. */
export interface CardState {
  view: View;
  page: Page;
  /** Hidden by the user while the guard holds the page: a small card that still says so. */
  collapsed?: boolean;
  /** The page outline shown for reading before it is copied, and what copying did. */
  outline?: { text: string; note?: string };
  /** What the guard shows now: absent where no guard is armed (court websites, PACER). */
  guard?: GuardView;
}

/** What the card's buttons do. */
export interface CardCallbacks {
  actions: Record<CardAction, () => void>;
  linkAnyway: (event: Event) => void;
  cancelHold: () => void;
  showGuide: () => void;
  copyOutline: () => void;
  /** "Report this page": copies the outline and opens the project's new-issue form. */
  reportPage: () => void;
  closeOutline: () => void;
}

/** The guard's reasons, each a notice: what the page showed and why it is held. */
const guardNotices = (view: GuardView) => [
  ...(view.lost ? [{ title: 'Nothing was sent:', text: LOST }] : []),
  ...(view.verdict.pass
    ? []
    : view.verdict.reasons.filter((r) => r !== 'deciding').map((r) => ({ title: 'Held:', text: reasonText(r, view.page, view.firmNames) }))),
];

/** The step's buttons; while the guard holds the page, nothing that would take its explanation away ("Not now"). */
const actionsFor = (step: View['step'], guard: GuardView | undefined, on: CardCallbacks): HintAction[] =>
  STEP_INFO[step].actions.filter((action) => !(action === 'not-now' && holdsNow(guard))).map((action) => ({ ...BUTTONS[action], onClick: on.actions[action] }));

/** The hint card's props for what the guide shows now. */
export function cardView({ view, page, collapsed, outline, guard }: CardState, on: CardCallbacks): HintCardProps {
  const asking = guard?.held ? guard : undefined;
  const holding = holdsNow(guard) ? guard : undefined;
  const question = asking && {
    message: questionLines(asking).join(' '),
    actions: [
      { label: 'Link anyway', onClick: on.linkAnyway },
      { label: 'Cancel', onClick: on.cancelHold, primary: true },
    ],
  };
  if (collapsed && holding) {
    return {
      title: HOLD_TITLE,
      text: 'Submissions on this page wait for your answer.',
      notices: guardNotices(holding),
      actions: [{ label: 'Show the guide', onClick: on.showGuide, primary: true }],
      hold: question ?? null,
      anchors: [],
    };
  }
  // On a held page the guard's reasons say what the warnings would (and why it holds).
  const notices = holding ? guardNotices(holding) : view.warnings.map((w) => warningText(w, page));
  return {
    title: view.title,
    text: view.text,
    progress: view.progress ? `Step ${view.progress.n} of ${view.progress.of}` : undefined,
    notices,
    missing: holding && !view.target ? `${view.missing ?? ''} Every form on this page is held until you choose.`.trim() : view.missing,
    help: view.help,
    actions: actionsFor(view.step, guard, on),
    anchors: view.target ? anchorsFor(view.target) : [],
    preview: outline
      ? {
          message: OUTLINE.message,
          label: OUTLINE.label,
          text: outline.text,
          note: outline.note,
          actions: [
            { label: 'Report this page', onClick: on.reportPage, primary: true },
            { label: 'Copy', onClick: on.copyOutline },
            { label: 'Cancel', onClick: on.closeOutline },
          ],
        }
      : null,
    hold: question ?? null,
  };
}

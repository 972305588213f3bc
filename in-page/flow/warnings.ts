import type { Page } from '../recognize';
import { behaviourOf } from './page-kinds';
import type { Warning } from './step-ids';

/** Words for each warning; they name what the page shows so the filer can check it (page-kinds.ts has each kind's own). */
export function warningText(warning: Warning, page: Page): { title: string; text: string } {
  return (
    behaviourOf(page).warningText?.(warning, page) ?? {
      title: 'This looks like a shared firm account.',
      text: 'That username is not your individual PACER account. Log in with your own upgraded PACER account.',
    }
  );
}

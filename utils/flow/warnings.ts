import type { Page } from '../recognize';
import type { Warning } from './step-ids';

/** Words for each warning; they name what the page shows so the filer can check it. */
export function warningText(warning: Warning, page: Page): { title: string; text: string } {
  if (warning === 'name-mismatch' && page.kind === 'link-confirm') {
    return {
      title: 'The two names differ.',
      text: `CM/ECF says “${page.cmecfName}”, PACER says “${page.pacerName}”. Make sure both accounts are yours before you link them.`,
    };
  }
  if (page.kind === 'link-confirm' && !page.pacerName) {
    return {
      title: 'This PACER login is a shared firm account.',
      text: 'Linking would give that shared account your filing rights, permanently. Log in with your individual PACER account instead.',
    };
  }
  if (page.kind === 'link-confirm') {
    return {
      title: 'This PACER account looks like a firm’s.',
      text: `“${page.pacerName}” is not a person’s name. Linking would give that shared account your filing rights, permanently. Log in with your individual PACER account instead.`,
    };
  }
  if (page.kind === 'cmecf-filer' || page.kind === 'link-success') {
    return {
      title: 'You are logged in with a shared firm account.',
      text: 'Filing menus under a shared account are the firm’s, not yours. They do not show that your own account is linked.',
    };
  }
  return {
    title: 'This looks like a shared firm account.',
    text: 'That username is not your individual PACER account. Log in with your own upgraded PACER account.',
  };
}

// The View decide() gives on the link utility's confirm step, for tests of the card and its host.
import { courtById } from '@/utils/courts/catalog';
import type { View } from '@/in-page/flow/decide';

export const confirmView = (over: Partial<View> = {}): View => ({
  step: 'confirm-link',
  court: courtById('iasb')!,
  title: 'Check both names, then Submit',
  text: 'Submitting links the two accounts permanently.',
  progress: { n: 8, of: 9 },
  target: null,
  missing: null,
  warnings: [],
  help: { text: '', links: [] },
  ...over,
});

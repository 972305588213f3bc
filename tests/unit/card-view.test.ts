// What the card says, as a pure function of what the guide shows (in-page/guide/card-view.ts):
// no host, no listeners, no page needed beyond the target's ancestors.
import { confirmView } from './confirm-view';
import { describe, expect, it } from 'vitest';
import { type CardCallbacks, cardView } from '@/in-page/guide/card-view';
import type { GuardView } from '@/in-page/guard/link-guard';
import type { Page } from '@/in-page/recognize';

const noop = () => undefined;
const on: CardCallbacks = {
  actions: { 'accept-offer': noop, 'dismiss-offer': noop, 'refresh-menus': noop, hide: noop, 'not-now': noop, 'copy-outline': noop },
  linkAnyway: noop,
  cancelHold: noop,
  showGuide: noop,
  copyOutline: noop,
  reportPage: noop,
  closeOutline: noop,
};
const view = confirmView({ warnings: ['name-mismatch'], help: null });
const page = { kind: 'link-confirm', cmecfName: 'Ann Lee', pacerName: 'Bob Roe', submit: null } as unknown as Page;
const guard = (over: Partial<GuardView> = {}): GuardView => ({
  state: 'armed',
  held: false,
  verdict: { pass: false, reasons: ['names-differ'] },
  page: { place: 'confirm', cmecfName: 'Ann Lee', pacerName: 'Bob Roe' },
  firmNames: [],
  lost: false,
  orphaned: false,
  ...over,
});
const labels = (actions: { label: string }[] | undefined) => (actions ?? []).map((a) => a.label);

describe('the card view', () => {
  it('says the step, its progress, its warnings and its buttons', () => {
    const props = cardView({ view, page }, on);
    expect(props).toMatchObject({ title: 'Check both names, then Submit', progress: 'Step 8 of 9', hold: null, preview: null });
    expect(props.notices?.map((n) => n.title)).toEqual(['The two names differ.']);
    expect(labels(props.actions)).toEqual(['Hide', 'Not now for this court']);
  });

  it('on a held page: the guard’s reasons instead of the warnings, no "Not now", and the question while a submission waits', () => {
    const props = cardView({ view, page, guard: guard({ held: true }) }, on);
    expect(props.notices?.map((n) => n.title)).toEqual(['Held:']);
    expect(labels(props.actions)).toEqual(['Hide']);
    expect(labels(props.hold?.actions)).toEqual(['Link anyway', 'Cancel']);
    expect(props.missing).toBe('Every form on this page is held until you choose.');
  });

  it('hidden while held: a small card that still says so, with "Show the guide"', () => {
    const props = cardView({ view, page, guard: guard(), collapsed: true }, on);
    expect(props.title).toMatch(/held/i);
    expect(labels(props.actions)).toEqual(['Show the guide']);
  });

  it('an outline being read: its text, with Report this page, Copy and Cancel', () => {
    const props = cardView({ view, page, outline: { text: 'Page: …' } }, on);
    expect(props.preview).toMatchObject({ label: 'Page outline for support', text: 'Page: …' });
    expect(labels(props.preview?.actions)).toEqual(['Report this page', 'Copy', 'Cancel']);
  });
});

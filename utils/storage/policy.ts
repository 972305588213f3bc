// The firm's policy, key by key and entry by entry: one entry this version does not understand
// costs that entry only, never the firm's other values.
import { notServedReason, servedCourtId } from './court-ids';
import { LIMITS, type Policy } from './schema';
import { checkList, LIST_RULES, type ListRule, type Rejected } from './settings-check';

type ListKey = Exclude<keyof Policy, 'syncAllowed'>;
const RULES: Record<ListKey, ListRule & Pick<Parameters<typeof checkList>[2], 'accept' | 'refused'>> = {
  // The user's own lists' rules, with the counts a firm may push.
  sharedUsernames: { ...LIST_RULES.sharedUsernames, maxCount: LIMITS.policy.sharedUsernames },
  firmNames: { ...LIST_RULES.firmNames, maxCount: LIMITS.policy.firmNames },
  startingCourts: {
    ...LIST_RULES.dismissedOffers,
    maxCount: LIMITS.policy.startingCourts,
    accept: servedCourtId,
    refused: notServedReason,
  },
};

export interface PolicyCheck {
  /** Everything valid, normalised (usernames folded, court ids as the catalog writes them). */
  policy: Policy;
  /** What was dropped and why, to list on the options page. */
  dropped: Rejected[];
}

/** Validates what managed storage holds, entry by entry. Pure. */
export function checkPolicy(managed: unknown): PolicyCheck {
  const policy: Policy = {};
  const dropped: Rejected[] = [];
  if (!managed || typeof managed !== 'object' || Array.isArray(managed)) return { policy, dropped };
  for (const [key, value] of Object.entries(managed)) {
    if (key === 'syncAllowed') {
      // 0 or 1: a registry DWORD, as Windows' Group Policy writes a yes or no for Firefox.
      if (typeof value === 'boolean' || value === 0 || value === 1) policy.syncAllowed = Boolean(value);
      else dropped.push({ path: key, value, reason: 'not true or false' });
      continue;
    }
    // Own keys only: a key named "constructor" or "toString" is not a rule of this version.
    if (!Object.hasOwn(RULES, key)) {
      dropped.push({ path: key, value, reason: 'not a setting this version knows' });
      continue;
    }
    const { kept, rejected } = checkList(key, value, RULES[key as ListKey]);
    if (kept.length) policy[key as ListKey] = kept;
    dropped.push(...rejected);
  }
  return { policy, dropped };
}

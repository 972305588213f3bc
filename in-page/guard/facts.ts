// The background's answer to `guard-facts`, checked in the page: what the content script cannot
// trust the shape of, it reads as no answer at all (the guard then holds, the login is unknown).
import type { GuardFacts } from '../../utils/messages';

const strings = (list: unknown[]) => list.filter((s): s is string => typeof s === 'string');

/** The answer as facts, or null when it is not one (a refusal answers null; anything malformed counts the same). */
export function readGuardFacts(answer: unknown): GuardFacts | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Partial<Record<keyof GuardFacts, unknown>>;
  if (!Array.isArray(a.firmNames) || !Array.isArray(a.sharedUsernames) || typeof a.individualUsername !== 'string') return null;
  const login = a.login as { shared?: unknown } | null | undefined;
  return {
    login: login && typeof login === 'object' && typeof login.shared === 'boolean' ? { shared: login.shared } : null,
    linkFormAt: a.linkFormAt === true,
    firmNames: strings(a.firmNames),
    sharedUsernames: strings(a.sharedUsernames),
    individualUsername: a.individualUsername,
  };
}

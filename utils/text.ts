// Text folding shared by the recognisers, the account rules and storage (no dependencies: the
// guide core and every extension page import it).

/** Runs of white space (non-breaking spaces too) as one space, no padding. */
export const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** PACER usernames are case-insensitive: compared and stored trimmed and lower-case. */
export const foldUsername = (username: string) => username.trim().toLowerCase();

/** Lower-case, non-breaking spaces folded, runs of white space collapsed. */
export function normalize(text: string | null | undefined): string {
  return collapseSpaces(text ?? '').toLowerCase();
}

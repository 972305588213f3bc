// Where a court's record is stored: `court:<id>`, in storage.local and (when the user turns sync on)
// in storage.sync. Imports nothing, so the content script's gate reads the same key at no cost.
export const COURT_PREFIX = 'court:';

export const courtKey = (id: string) => `${COURT_PREFIX}${id}`;

/** The court id a stored key names, or undefined when the key is not a court's. */
export const courtIdOf = (key: string) => (key.startsWith(COURT_PREFIX) ? key.slice(COURT_PREFIX.length) : undefined);

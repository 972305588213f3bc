// Within one recognize() call, several recognisers read the same things: the address, the menu bar,
// the page's leading headings. Each is read once per call. A recogniser called on its own reads
// afresh, so every recogniser stays a pure function of (document, url).

let scope: Map<unknown, Map<unknown, unknown>> | undefined;

/** `read`, remembered by argument for the length of one recognize() call. */
export function oncePerRecognition<A, R>(read: (arg: A) => R): (arg: A) => R {
  return (arg) => {
    if (!scope) return read(arg);
    let results = scope.get(read);
    if (!results) {
      results = new Map();
      scope.set(read, results);
    }
    if (!results.has(arg)) results.set(arg, read(arg));
    return results.get(arg) as R;
  };
}

/** Runs one recognition, sharing what its recognisers read. */
export function inOneRecognition<T>(recognize: () => T): T {
  const outer = scope;
  scope = new Map();
  try {
    return recognize();
  } finally {
    scope = outer;
  }
}

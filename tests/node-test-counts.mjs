// A node --test reporter for tests/run-all.mjs: writes the run's counts as one line of JSON,
// {"passed":N,"failed":M}. Suites are not tests (their tests are counted); skipped tests count as neither.
export default async function* counts(source) {
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of source) {
    if (data?.details?.type === 'suite') continue;
    if (type === 'test:pass' && !data.skip && !data.todo) passed++;
    if (type === 'test:fail') failed++;
  }
  yield `${JSON.stringify({ passed, failed })}\n`;
}

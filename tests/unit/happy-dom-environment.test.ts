// @vitest-environment node
// The unit tests' environment drops happy-dom's reports of loads it was told not to make, and nothing else.
import { describe, expect, it } from 'vitest';
import { withoutDisabledLoads } from './happy-dom-environment';

function recorded() {
  const calls: unknown[][] = [];
  const sink = { error: (...args: unknown[]) => calls.push(args), log: (...args: unknown[]) => calls.push(['log', ...args]) } as unknown as Console;
  return { calls, console: withoutDisabledLoads(sink) };
}

describe('the unit tests’ happy-dom console', () => {
  it.each([
    'Failed to load iframe page "https://example.com/". Iframe page loading is disabled.',
    'Failed to load iframe page "about:blank". Iframe page loading is disabled.',
    'Failed to load CSS file "http://localhost:3000/court.css". CSS file loading is disabled.',
  ])('drops %s', (message) => {
    const { calls, console } = recorded();
    console.error(new DOMException(message, 'NotSupportedError'));
    expect(calls).toEqual([]);
  });

  it('passes every other report through', () => {
    const { calls, console } = recorded();
    const other = [
      [new DOMException('Failed to load iframe page "x". Iframe page loading is disabled.', 'SecurityError')],
      [new DOMException('The operation is not supported.', 'NotSupportedError')],
      [new Error('Failed to load iframe page "x". Iframe page loading is disabled.')],
      ['Failed to load iframe page "x". Iframe page loading is disabled.'],
      [new DOMException('Failed to load iframe page "x". Iframe page loading is disabled.', 'NotSupportedError'), 'and more'],
    ];
    for (const args of other) console.error(...args);
    console.log('a log');
    expect(calls).toEqual([...other, ['log', 'a log']]);
  });
});

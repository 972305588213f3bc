// Vitest's happy-dom environment, minus one kind of noise. The saved court pages hold iframes and
// stylesheets that are not here, and loading them is switched off (vitest.config.ts); happy-dom
// then reports each one as a NotSupportedError DOMException on the console it was given when the
// window was made, which is the worker's raw console: vitest's onConsoleLog never sees it, and the
// fuzz tests parse hundreds of such pages. This environment hands happy-dom a console that drops
// exactly those reports and passes everything else through.
import { builtinEnvironments, type Environment } from 'vitest/runtime';

/** happy-dom's own words when a file load is switched off, e.g. `Iframe page loading is disabled.` */
const DISABLED_LOAD = /^Failed to load .*\. (?:Iframe page|CSS file|JavaScript file) loading is disabled\.$/;

const isDisabledLoad = (value: unknown) => value instanceof Error && value.name === 'NotSupportedError' && DISABLED_LOAD.test(value.message);

export function withoutDisabledLoads(console: Console): Console {
  return new Proxy(console, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== 'error' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (args.length === 1 && isDisabledLoad(args[0])) return;
        value.apply(target, args);
      };
    },
  });
}

const happyDom = builtinEnvironments['happy-dom'];

export default {
  name: 'happy-dom-court-pages',
  viteEnvironment: happyDom.viteEnvironment,
  async setup(global, options) {
    // Vitest's happy-dom setup gives the window whatever `global.console` is at this moment.
    const console = global.console;
    global.console = withoutDisabledLoads(console);
    try {
      return await happyDom.setup(global, options);
    } finally {
      global.console = console;
    }
  },
} satisfies Environment;

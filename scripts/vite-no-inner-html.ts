import type { Plugin } from 'vite';

/**
 * Preact parses HTML only for `dangerouslySetInnerHTML`, which this extension never uses. Rewrite
 * those two assignments to set text instead, so no code path in the extension can parse markup into
 * a court page or an extension page. Fails the build if Preact's code changes shape.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'cmecf-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\/preact\.module\.js/.test(id)) return null;
      const pattern = /(\b\w+)\.innerHTML=/g;
      const count = code.match(pattern)?.length ?? 0;
      if (count !== 2) throw new Error(`cmecf-no-inner-html: expected 2 innerHTML assignments in ${id}, found ${count}`);
      return { code: code.replace(pattern, '$1.textContent='), map: null };
    },
  };
}

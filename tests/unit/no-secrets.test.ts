// @vitest-environment node
// A static check on the syntax tree: code that runs in court pages reads a field's value only where
// it is known not to be a password or a one-time code, and listens to keys only where it means to.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { courtPageSources } from '../in-page-files.mjs';

/** Code that runs on court pages (the extension's own pages never see a court form). */
const contentFiles = courtPageSources();

/** Every way of reading a field's value, as `file: what` (the expression it is read from). */
function valueReads(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isWritten = (node: ts.Node) =>
    ts.isBinaryExpression(node.parent) && node.parent.left === node && node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'value' && !isWritten(node)) found.push(`${node.expression.getText()}.value`);
    if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'value')
      found.push(`${node.getText()}`);
    if (
      ts.isCallExpression(node) &&
      /\b(getAttribute|getAttributeNode)$/.test(node.expression.getText()) &&
      node.arguments.some((a) => ts.isStringLiteralLike(a) && a.text.toLowerCase() === 'value')
    )
      found.push(node.getText());
    if (ts.isNewExpression(node) && /\bFormData$/.test(node.expression.getText())) found.push(node.getText());
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && (node.propertyName ?? node.name).getText() === 'value')
      found.push(`{ value } = ${node.parent.parent.getText().slice(0, 40)}`);
    if (ts.isPropertyAccessExpression(node) && ['elements', 'valueAsNumber', 'selectionStart'].includes(node.name.text)) found.push(node.getText());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Listeners for what is typed: events that carry keys or text. */
function keyListeners(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/addEventListener\(\s*'(keydown|keyup|keypress|input|beforeinput|compositionupdate|paste)'/g)].map((m) => m[1]);
}

// Each allowed read on court pages, and why it is not a secret.
const ALLOWED_READS: Record<string, string[]> = {
  // The PACER username field (loginForm:loginName); watchUsername refuses secret fields.
  'in-page/guide/watch.ts': ['input.value'],
  // Labels of submit/button inputs, when looking for a Submit or Continue button.
  'in-page/recognize/dom.ts': ['el.value'],
  // The words on submit, button and reset inputs (their label), only for those types, in the page outline.
  'in-page/page-outline.ts': ["el.getAttribute('value')"],
  // The PACER username of a login form, read when the user signs in, to judge it shared or not (it never leaves the page).
  'in-page/guard/pacer-login.ts': ['field.value'],
};

// Each allowed keyboard listener on court pages, and why.
const ALLOWED_KEYS: Record<string, string[]> = {
  // Alt+Shift+L and Escape; returns before reading anything when the key is typed into a secret field.
  'in-page/guide/ui.ts': ['keydown'],
  // Escape inside the guard's own notice (a listener on the notice, not the page).
  'in-page/guard/notice.ts': ['keydown'],
};

describe('no code in court pages reads a secret', () => {
  it('checks the code that runs in court pages', () => {
    expect(contentFiles.length).toBeGreaterThan(15);
    // Files a hand-kept list once missed: the import graph finds them.
    for (const file of ['utils/text.ts', 'utils/storage/watch.ts', 'utils/storage/court-key.ts', 'in-page/guard/link-guard.ts', 'in-page/card/hint-card.ts'])
      expect(contentFiles).toContain(file);
  });

  it('reads a value (.value, ["value"], getAttribute("value"), FormData, destructuring) only where allowed', () => {
    const found = Object.fromEntries(contentFiles.map((f) => [f, valueReads(f)]).filter(([, reads]) => reads.length));
    expect(found).toEqual(ALLOWED_READS);
  });

  it('listens to typed keys only where allowed', () => {
    const found = Object.fromEntries(contentFiles.map((f) => [f, keyListeners(f)]).filter(([, keys]) => keys.length));
    expect(found).toEqual(ALLOWED_KEYS);
  });

  it('the syntax check catches each way of reading a value', () => {
    const probe = 'tests/unit/no-secrets.probe.ts';
    expect(valueReads(probe).length).toBe(6);
  });
});

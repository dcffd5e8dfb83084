/**
 * Build step for the content script only: removes the localized prose (title, why, fix, message templates)
 * from detector metadata, so the page gets the detectors' logic without seven languages of text.
 * The background fills messages and titles from the full registry (engine/localize.ts) before saving and
 * before the overlay shows them. Detector files keep their metadata beside their logic (house rule 1);
 * this only changes what is shipped into pages. A test (tests/strip-detector-prose.test.ts) runs it over
 * every detector file and fails when one is written in a shape it does not strip.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const PROSE = new Set(['title', 'why', 'fix', 'messages']);
const DETECTOR_FILE = /[\\/]engine[\\/]detectors[\\/](?!index\.ts$|types\.ts$|journey-types\.ts$)[^\\/]+\.ts$/;

function propName(p: ts.ObjectLiteralElementLike): string | null {
  if (!ts.isPropertyAssignment(p)) return null;
  const n = p.name;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : null;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

/** Threshold values stay (the logic reads them); their source and unit texts go. */
function stripThresholdText(init: ts.Expression, sf: ts.SourceFile, edits: { start: number; end: number; text: string }[]): void {
  const obj = unwrap(init);
  if (!ts.isObjectLiteralExpression(obj)) return;
  for (const t of obj.properties) {
    if (!ts.isPropertyAssignment(t)) continue;
    const value = unwrap(t.initializer);
    if (!ts.isObjectLiteralExpression(value)) continue;
    for (const q of value.properties) {
      const n = propName(q);
      if (n === 'source' || n === 'unit') {
        const i = (q as ts.PropertyAssignment).initializer;
        edits.push({ start: i.getStart(sf), end: i.getEnd(), text: "''" });
      }
    }
  }
}

/** Returns the source with prose removed from every `meta: { ... }` object of the file. */
export function stripProse(code: string, fileName = 'detector.ts'): string {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression>();
  const metas: ts.ObjectLiteralExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, unwrap(node.initializer));
    if (ts.isPropertyAssignment(node) && propName(node) === 'meta') {
      let value = unwrap(node.initializer);
      if (ts.isIdentifier(value)) value = consts.get(value.text) ?? value;
      if (ts.isObjectLiteralExpression(value)) metas.push(value);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const meta of metas) {
    for (const p of meta.properties) {
      const name = propName(p);
      if (name === 'thresholds') stripThresholdText((p as ts.PropertyAssignment).initializer, sf, edits);
      if (!name || !PROSE.has(name)) continue;
      const init = (p as ts.PropertyAssignment).initializer;
      edits.push({ start: init.getStart(sf), end: init.getEnd(), text: name === 'messages' ? '{}' : "{ en: '' }" });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Vite plugin: active only in the build of the entrypoint named `entrypoint` (WXT builds each separately). */
export function stripDetectorProse(entrypoint = 'review'): Plugin {
  let active = false;
  return {
    name: 'trustlens:strip-detector-prose',
    enforce: 'pre',
    configResolved(config) {
      active = config.define?.['import.meta.env.ENTRYPOINT'] === JSON.stringify(entrypoint);
    },
    transform(code, id) {
      if (!active || !DETECTOR_FILE.test(id.split('?')[0] ?? id)) return null;
      return { code: stripProse(code, id), map: null };
    },
  };
}

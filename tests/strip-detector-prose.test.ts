/**
 * The content-script build strips detector prose. Run the transform over every detector file: the output
 * must keep the logic (it still parses and keeps the id and thresholds) and lose every title/why/fix text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { stripProse } from '../cli/strip-detector-prose';
import { DETECTORS } from '../engine/detectors/index';

const dir = resolve(import.meta.dirname, '../engine/detectors');

describe('stripping detector prose for the content script', () => {
  for (const d of DETECTORS) {
    it(d.meta.id, () => {
      const src = readFileSync(resolve(dir, `${d.meta.id}.ts`), 'utf8');
      const out = stripProse(src, `${d.meta.id}.ts`);
      const diagnostics = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } }).diagnostics ?? [];
      expect(diagnostics.map((x) => ts.flattenDiagnosticMessageText(x.messageText, '\n'))).toEqual([]);
      expect(out).toContain(d.meta.id);
      const escape = (s: string) => s.slice(0, 40).replace(/'/g, "\\'");
      for (const text of [d.meta.why.en, d.meta.fix.en, ...Object.values(d.meta.messages).map((m) => m.en)]) {
        expect(out.includes(text.slice(0, 40)) || out.includes(escape(text)), `"${text.slice(0, 40)}…" left in the content script`).toBe(false);
      }
      for (const key of Object.keys(d.meta.thresholds ?? {})) expect(out).toContain(key);
    });
  }
  it('leaves files without detector metadata alone', () => {
    const src = "export const x = { title: { en: 'keep' } };";
    expect(stripProse(src)).toBe(src);
  });
  it('is present in the files on disk for every registered detector', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f));
    expect(files.length).toBeGreaterThanOrEqual(DETECTORS.length);
  });
});

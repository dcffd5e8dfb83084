/**
 * What the popup loads before its first render: everything its entry imports statically. The detectors,
 * the journey, the report renderers and the import/export schemas must stay out (they are loaded on click,
 * or not at all); each would be parsed on every popup opening.
 */
import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const ENTRY = 'entrypoints/popup/main.tsx';

/** Files reachable from `entry` through static imports (dynamic import() not followed). */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of meta.inputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
  }
  return seen;
}

describe('popup imports', () => {
  it('loads no detector, journey, report or export code before its first render', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'esm',
      splitting: true,
      outdir: 'out',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      metafile: true,
      logLevel: 'silent',
    });
    const closure = [...staticClosure(result.metafile, ENTRY)];
    // The walk itself works: the popup's own modules are found.
    expect(closure).toEqual(expect.arrayContaining(['components/Popup.tsx', 'storage/manual.ts', 'components/detector-titles.ts']));
    const heavy = closure.filter((f) => /^(engine\/(detectors|lexicon|text|forms|contact)\/|engine\/journey\.ts|report\/|storage\/(export|import|scans)\.ts|components\/Report\.tsx)/.test(f));
    expect(heavy).toEqual([]);
    // …while the exporters are still reachable, through import() on click.
    expect(Object.keys(result.metafile.inputs)).toEqual(expect.arrayContaining(['report/html.ts', 'storage/export.ts']));
  });
});

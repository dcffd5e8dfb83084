/**
 * Measures the readability scorer on the OneStopEnglish corpus (55 texts × elementary/intermediate/advanced,
 * CC BY-SA 4.0, ../shared/corpus/readability/onestopenglish/): mean ease per level, share of texts whose three
 * versions are fully ordered (ele easiest … adv hardest) and pairwise ordering accuracy.
 *   npx tsx cli/eval-readability.ts [dir]
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readability } from '../engine/text/readability';

const LEVELS = ['ele', 'int', 'adv'] as const;
type Level = (typeof LEVELS)[number];

export interface ReadabilityEval {
  texts: number;
  meanEase: Record<Level, number>;
  fullyOrdered: number;
  pairwise: number;
}

export async function evalReadability(opts: { dir?: string; log?: (s: string) => void } = {}): Promise<ReadabilityEval> {
  const dir = opts.dir ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/readability/onestopenglish');
  const log = opts.log ?? ((s: string) => console.log(s));
  const byText = new Map<string, Partial<Record<Level, number>>>();
  for (const f of await readdir(dir)) {
    const m = /^(.*)-(ele|int|adv)\.txt$/.exec(f);
    if (!m) continue;
    const r = readability(await readFile(join(dir, f), 'utf8'), 'en');
    if (!r) continue;
    const entry = byText.get(m[1] as string) ?? {};
    entry[m[2] as Level] = r.ease;
    byText.set(m[1] as string, entry);
  }
  const sums: Record<Level, number[]> = { ele: [], int: [], adv: [] };
  let texts = 0, ordered = 0, pairsOk = 0, pairs = 0;
  for (const e of byText.values()) {
    if (e.ele === undefined || e.int === undefined || e.adv === undefined) continue;
    texts++;
    for (const l of LEVELS) sums[l].push(e[l] as number);
    if (e.ele > e.int && e.int > e.adv) ordered++;
    for (const [a, b] of [[e.ele, e.int], [e.int, e.adv], [e.ele, e.adv]] as const) { pairs++; if (a > b) pairsOk++; }
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const res: ReadabilityEval = {
    texts,
    meanEase: { ele: mean(sums.ele), int: mean(sums.int), adv: mean(sums.adv) },
    fullyOrdered: texts ? ordered / texts : 0,
    pairwise: pairs ? pairsOk / pairs : 0,
  };
  log(`OneStopEnglish (${texts} texts × 3 levels), Flesch reading ease (en)`);
  for (const l of LEVELS) log(`  mean ease ${l}: ${res.meanEase[l].toFixed(1)}`);
  log(`  fully ordered (ele > int > adv): ${ordered}/${texts} = ${(res.fullyOrdered * 100).toFixed(1)} %`);
  log(`  pairwise ordering accuracy: ${pairsOk}/${pairs} = ${(res.pairwise * 100).toFixed(1)} %`);
  return res;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await evalReadability({ dir: process.argv[2] });
}

/**
 * npm run eval — measures the detectors on the shared corpus (../shared/corpus, beside the repository):
 *   1. field purposes against Mozilla's labels (forms/), per label group and overall;
 *   2. the pressure-tactic classifier on ec-darkpattern.tsv: precision, recall, F1, false-positive rate;
 *   3. readability ordering on OneStopEnglish (elementary < intermediate < advanced).
 * Prints the figures and whether each goal is met. A script, not a test: the held-out set is measured elsewhere.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalForms, formatResult } from './eval-forms';
import { evalPressure } from './eval-pressure';
import { evalReadability } from './eval-readability';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const log = (s: string) => console.log(s);
const progress = (s: string) => process.stderr.write(`${s}\n`);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function main() {
  if (!existsSync(corpus)) {
    console.error(`error: the shared corpus is missing (looked in ${corpus})`);
    process.exit(2);
  }
  const goals: string[] = [];

  log('== 1. Field purposes (../shared/corpus/forms, answer key stripped before parsing)');
  const forms = await evalForms({ log: progress });
  log(formatResult(forms));
  const groups = Object.entries(forms.groups).filter(([g]) => ['name', 'email', 'tel', 'address', 'cc', 'bday', 'password', 'organization'].includes(g));
  const worstPrecision = Math.min(...groups.map(([, s]) => s.precision));
  goals.push(`${verdict(forms.overall.recall >= 0.9)} purposes: overall recall ${forms.overall.recall.toFixed(3)} (goal ≥ 0.90)`);
  goals.push(`${verdict(worstPrecision >= 0.9)} purposes: lowest group precision ${worstPrecision.toFixed(3)} (goal ≥ 0.90 in every group)`);

  log('\n== 2. Pressure tactics (../shared/corpus/pressure-text/ec-darkpattern.tsv)');
  const pressure = await evalPressure({ log });
  goals.push(`${verdict(pressure.f1 >= 0.9)} pressure: F1 ${pressure.f1.toFixed(3)} (goal ≥ 0.90)`);
  goals.push(`${verdict(pressure.fpRate <= 0.03)} pressure: false-positive rate ${(pressure.fpRate * 100).toFixed(1)}% (goal ≤ 3%)`);

  log('\n== 3. Readability (../shared/corpus/readability/onestopenglish)');
  const read = await evalReadability({ log });
  goals.push(`info readability: ${(read.pairwise * 100).toFixed(1)}% of level pairs ordered, ${(read.fullyOrdered * 100).toFixed(1)}% of texts fully ordered`);

  log('\n== Goals');
  for (const g of goals) log(`  ${g}`);
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

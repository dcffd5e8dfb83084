/**
 * Writes engine/text/pressure-required.ts: for every pressure gate and rule pattern, the strings one of which
 * every text it matches contains (engine/text/literal-filter.ts), so that the classifier need not derive
 * them on every page load. Run it after changing engine/lexicon/pressure*.ts or the analysis:
 *
 *   npx tsx cli/gen-pressure-required.ts
 *
 * (tests/text/pressure.test.ts fails while the stored copy is stale; the classifier stays correct meanwhile,
 * it derives the strings itself when the fingerprint does not match.)
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { derivePressureRequired, pressureSources, pressureSourcesKey } from '../engine/text/pressure';

const sources = pressureSources();
const required = derivePressureRequired(sources);
const lines = required.map((r) => '  ' + JSON.stringify(r) + ',');
const text = `// Written by \`npx tsx cli/gen-pressure-required.ts\` from the patterns of engine/lexicon/pressure*.ts: do not edit.
// One entry per pattern (each rule set's gate, then its rules): strings one of which every text the pattern
// matches contains, or null (the pattern always runs). See engine/text/literal-filter.ts.
export const PRESSURE_REQUIRED_KEY = ${JSON.stringify(pressureSourcesKey(sources))};
export const PRESSURE_REQUIRED: readonly (readonly string[] | null)[] = [
${lines.join('\n')}
];
`;
const out = resolve(import.meta.dirname, '../engine/text/pressure-required.ts');
writeFileSync(out, text);
console.log(`wrote ${out}: ${required.length} patterns, ${required.filter(Boolean).length} with required strings, ${required.flat().length} strings`);

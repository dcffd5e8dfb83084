/** Generates the README's detector table from detector metadata; `npm run readme:detectors` rewrites it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { DETECTORS, JOURNEY_DETECTORS } from '../engine/detectors/index';

export function detectorTable(): string {
  const journey = new Set<string>(JOURNEY_DETECTORS.map((d) => d.meta.id));
  const rows = [...DETECTORS, ...JOURNEY_DETECTORS]
    .sort((a, b) => a.meta.category.localeCompare(b.meta.category) || a.meta.id.localeCompare(b.meta.id))
    .map((d) => {
      const title = d.meta.title.en.replace(/\|/g, '\\|') + (journey.has(d.meta.id) ? ' (across pages)' : '');
      return `| \`${d.meta.id}\` | ${d.meta.category} | ${d.meta.severity} | ${title} |`;
    });
  return ['| detector | category | severity | what it flags |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] && /readme-detectors/.test(process.argv[1])) {
  const readme = readFileSync('README.md', 'utf8');
  const next = readme.replace(/(<!-- detectors:start -->)[\s\S]*(<!-- detectors:end -->)/, `$1\n${detectorTable()}\n$2`);
  writeFileSync('README.md', next);
  console.log(`README.md: ${DETECTORS.length + JOURNEY_DETECTORS.length} detectors listed`);
}

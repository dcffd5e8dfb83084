/**
 * Generates components/detector-titles.ts, the detector titles the popup shows, from detector metadata:
 * `npm run titles:detectors` rewrites it. The popup must not import the detector registry (the detectors'
 * logic and lexicons are most of its code otherwise); tests/components/detector-titles.test.ts fails when
 * the generated table no longer matches the registry.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DETECTORS, JOURNEY_DETECTORS } from '../engine/detectors/index';

export const TITLES_FILE = 'components/detector-titles.ts';

export function detectorTitlesModule(): string {
  const rows = [...DETECTORS, ...JOURNEY_DETECTORS].map((d) => `  [${JSON.stringify(d.meta.id)}, ${JSON.stringify(d.meta.title)}],`);
  return `/**
 * GENERATED from the detector registry by \`npm run titles:detectors\` (cli/detector-titles.ts): do not edit.
 * Every detector's title (page and journey detectors), for the popup, which shows titles but must not load
 * the detectors themselves. tests/components/detector-titles.test.ts fails when this drifts from the registry.
 */
import { pick, type Localized } from '../engine/i18n';

export const DETECTOR_TITLES: ReadonlyMap<string, Localized> = new Map<string, Localized>([
${rows.join('\n')}
]);

/** The detector's title in \`locale\` (English when it has none in that language); undefined for an unknown id. */
export function detectorTitle(id: string, locale: string): string | undefined {
  const title = DETECTOR_TITLES.get(id);
  return title ? pick(title, locale) : undefined;
}
`;
}

if (process.argv[1] && /detector-titles/.test(process.argv[1])) {
  writeFileSync(resolve(import.meta.dirname, '..', TITLES_FILE), detectorTitlesModule());
  console.log(`${TITLES_FILE}: ${DETECTORS.length + JOURNEY_DETECTORS.length} detector titles`);
}

/**
 * The popup's title table (components/detector-titles.ts, generated) must say what the detector registry
 * says: the popup shows these titles without loading the detectors.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS, JOURNEY_DETECTORS, detectorMetaById } from '../../engine/detectors/index';
import { LANGS, pick } from '../../engine/i18n';
import { UI_LOCALES } from '../../components/i18n';
import { DETECTOR_TITLES, detectorTitle } from '../../components/detector-titles';

describe('detector titles for the popup', () => {
  it('hold every detector title exactly as in the registry (npm run titles:detectors regenerates them)', () => {
    const registry = Object.fromEntries([...DETECTORS, ...JOURNEY_DETECTORS].map((d) => [d.meta.id, d.meta.title]));
    expect(Object.fromEntries(DETECTOR_TITLES)).toEqual(registry);
  });

  it('pick the same title the registry would, in every UI and engine language', () => {
    for (const id of DETECTOR_TITLES.keys()) {
      for (const locale of [...UI_LOCALES, ...LANGS, 'de-AT', 'xx']) expect(detectorTitle(id, locale)).toBe(pick(detectorMetaById(id)!.title, locale));
    }
  });

  it('know nothing of other ids, inherited object keys included', () => {
    for (const id of ['manual', 'no-such-detector', 'constructor', '__proto__', 'toString']) expect(detectorTitle(id, 'en')).toBeUndefined();
  });
});

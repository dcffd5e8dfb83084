import { describe, expect, it } from 'vitest';
import { FULL_SERVICES, WARM_UP_QUERIES } from '../../engine/services-full';
import { SERVICE_KINDS } from '../../engine/services';
import { PRESSURE_LANGS } from '../../engine/text/pressure';

const queries = WARM_UP_QUERIES.flat();

describe('background warm-up questions (storage/router.ts asks them while a page walks)', () => {
  it('ask every text service, so none builds its tables on the page’s first question', () => {
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(SERVICE_KINDS));
  });

  it('ask the pressure classifier in every language it has rules for, so each language’s patterns compile', () => {
    const langs = new Set(queries.filter((q) => q.kind === 'classifyPressure').map((q) => q.lang));
    for (const lang of PRESSURE_LANGS) expect(langs, lang).toContain(lang);
  });

  // A sample the service turns away at its first cheap check (too short, no key word) would build nothing.
  it.each(queries.map((q) => [`${q.kind} (${q.lang || 'any'})`, q] as const))('%s gets a real answer', (_, q) => {
    const answer: unknown = FULL_SERVICES[q.kind](q.text, q.lang);
    expect(answer).toBeTruthy();
    if (Array.isArray(answer)) expect(answer.length).toBeGreaterThan(0);
    if (q.kind === 'detectLanguage') expect(answer).toBe('de');
    if (q.kind === 'textFacts') {
      const facts = answer as { companies: unknown[]; returns: unknown[] };
      expect(facts.companies.length + facts.returns.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { IDENTITY, LEGAL_FORM, fold } from '../../engine/lexicon/legal';
import { runFixture } from './harness';

runFixture('missing-company-identity');

describe('legal lexicon', () => {
  it('finds legal forms as written, not ordinary words', () => {
    for (const t of ['Tassen GmbH, Berlin', '© Mugs Ltd. All rights reserved', 'Kupa Ticaret A.Ş.', 'Negozio S.r.l.', 'فروشگاه نمونه (سهامی خاص)']) expect(LEGAL_FORM.test(t), t).toBe(true);
    for (const t of ['Le SAS a été déployé', 'sag ag', 'Agenda', 'ltd edition']) expect(LEGAL_FORM.test(t), t).toBe(false);
  });
  it('folds accents, Turkish dotted İ and separators before matching', () => {
    expect(fold('Über-uns')).toBe('uber uns');
    expect(IDENTITY.test(fold('HAKKIMIZDA'))).toBe(true);
    expect(IDENTITY.test(fold('/de/ueber-uns'))).toBe(true);
    expect(IDENTITY.test(fold('Mentions légales'))).toBe(true);
  });
});

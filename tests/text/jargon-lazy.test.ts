import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findJargon, setJargonLazyTokens } from '../../engine/lexicon/jargon';
import en from '../../engine/lexicon/jargon-en';
import de from '../../engine/lexicon/jargon-de';
import fr from '../../engine/lexicon/jargon-fr';
import es from '../../engine/lexicon/jargon-es';
import it_ from '../../engine/lexicon/jargon-it';

/**
 * findJargon folds a token only when its first two letters can begin an entry (LazyToken): the hits must be
 * those of folding every token up front. Checked on the lexicons' own terms in several letter cases (inside
 * sentences, so phrases and neighbours count), on edge cases of case folding, and on the shared corpus texts.
 */
const LEXICONS: Record<string, string> = { en, de, fr, es, it: it_ };
const texts: string[] = [
  'İstanbul İBRAZ Ärger ÄRGER ÉTAT État Σίσυφος ΣΑΣ ß SS ﬁle ǅemal İi̇ I\u0307ndex MANDATORY Mandatory mandatory',
  'a b c 1 2 3 A1 1A x-y x’y CVV cvv Cvv PURSUANT TO pursuant  to In Accordance With',
];
for (const src of Object.values(LEXICONS)) {
  const terms = src.split('\n').filter((l) => l.includes('|') && !l.startsWith('#')).flatMap((l) => l.slice(0, l.indexOf('|')).split(','));
  for (let i = 0; i < terms.length; i += 12) {
    const group = terms.slice(i, i + 12);
    texts.push(`Bitte ${group.join(' und ')} here.`, group.map((t) => t.toUpperCase()).join('; '), group.map((t) => t[0]!.toUpperCase() + t.slice(1)).join(', '));
  }
}
const tsv = join(__dirname, '../../../shared/corpus/pressure-text/ec-darkpattern.tsv');
if (existsSync(tsv)) texts.push(...readFileSync(tsv, 'utf8').split('\n').slice(1, 3000).map((l) => l.split('\t')[1] ?? ''));

describe('findJargon with lazily folded tokens', () => {
  afterEach(() => setJargonLazyTokens(true));
  it('finds what folding every token finds', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it']) {
      setJargonLazyTokens(false);
      const eager = texts.map((t) => findJargon(t, lang));
      setJargonLazyTokens(true);
      const lazy = texts.map((t) => findJargon(t, lang));
      expect(lazy, lang).toEqual(eager);
      expect(eager.flat().length, lang).toBeGreaterThan(20);
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readability } from '../../engine/text/readability';
import { countWords } from '../../engine/text/words';

/**
 * form-jargon counts the words of a form's text (countWords, stopping at its minimum) before it asks for a
 * readability score: that is only exact if readability's word count, taken sentence by sentence, is the
 * text's countWords. Checked on made-up edge cases and, when present, the shared corpus texts.
 */
const CASES: [string, string][] = [
  ['en', "Dr. Smith's e-mail isn't here. It's 3.5 km away!\nNew line: 'quoted.' Next sentence… done? Yes — U.S. co-op."],
  ['en', 'We use cookies (see our policy.) By continuing you agree. Terms & conditions apply; e.g. returns within 14 days.'],
  ['de', 'Mit der Anmeldung stimmen Sie z.B. der Datenschutzerklärung zu. Am 3. Mai endet die Aktion. Bitte geben Sie Ihre E-Mail-Adresse an.'],
  ['tr', 'Kişisel verileriniz 6698 sayılı Kanun kapsamında işlenir. Örn. ad, soyad vb. bilgiler. Onaylıyorum.'],
  ['fr', "J'accepte les conditions générales. L'adresse e-mail est obligatoire ! Voir p.ex. la page « Aide »."],
  ['fa', 'با ثبت‌نام، قوانین و مقررات را می‌پذیرید. کد ۱۲۳۴ را وارد کنید؟ نشانی ایمیل الزامی است.'],
];
const corpusDir = join(__dirname, '../../../shared/corpus');
const corpus: string[] = [];
if (existsSync(join(corpusDir, 'readability/onestopenglish'))) {
  for (const f of readdirSync(join(corpusDir, 'readability/onestopenglish'))) corpus.push(readFileSync(join(corpusDir, 'readability/onestopenglish', f), 'utf8'));
}
const tsv = join(corpusDir, 'pressure-text/ec-darkpattern.tsv');
if (existsSync(tsv)) {
  const rows = readFileSync(tsv, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1] ?? '');
  // Joined in runs of 30 rows: texts long enough to be scored.
  for (let i = 0; i < rows.length; i += 30) corpus.push(rows.slice(i, i + 30).join('\n'));
}

describe('readability word count = countWords', () => {
  it('on edge cases', () => {
    for (const [lang, text] of CASES) {
      const long = Array(6).fill(text).join(' ');
      expect(readability(long, lang)?.words, text).toBe(countWords(long, lang));
    }
  });
  it.skipIf(corpus.length === 0)('on the shared corpus texts, in every language', () => {
    for (const text of corpus) for (const lang of ['en', 'de', 'tr', 'fr', 'es', 'it', 'fa']) {
      const r = readability(text, lang);
      if (r) expect(r.words).toBe(countWords(text, lang));
    }
  });
});

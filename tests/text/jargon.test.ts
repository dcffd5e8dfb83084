import { describe, expect, it } from 'vitest';
import { findJargon, lexiconSize, tokenize } from '../../engine/lexicon/jargon';

const terms = (text: string, lang: string) => findJargon(text, lang).map((h) => h.term);

describe('findJargon', () => {
  it('en: words, phrases, inflections, case, abbreviations', () => {
    const text = 'Please AUTHENTICATE with your credentials. This field is mandatory. Enter the CVV. We utilized it, pursuant to the rules and in accordance with the law; commencing today we terminated it.';
    const hits = findJargon(text, 'en');
    expect(hits.map((h) => h.term)).toEqual(['AUTHENTICATE', 'credentials', 'mandatory', 'CVV', 'utilized', 'pursuant to', 'in accordance with', 'commencing', 'terminated']);
    expect(hits.map((h) => h.plain)).toEqual(['sign in', 'username and password', 'required', 'security code on the back of your card', 'use', 'under', 'under, by', 'start, begin', 'end, stop']);
    for (const h of hits) expect(text.slice(h.index, h.index + h.term.length)).toBe(h.term);
  });
  it('en: -s / -ing / doubled consonants / -ies', () => {
    expect(terms('It utilizes. Utilizing it. Salutations. Prioritizing. He notified us.', 'en')).toEqual(['utilizes', 'Utilizing', 'Salutations', 'Prioritizing', 'notified']);
  });
  it('en: word boundaries and inflected entries do not over-match', () => {
    expect(terms('The mandatoryish flag, the commencement and an accordion.', 'en')).toEqual([]);
    expect(terms('According to the evidence, this particular impact is a concern.', 'en')).toEqual([]);
  });
  it('en: no hits on plain shop text', () => {
    expect(findJargon('Add to basket. Free delivery over £20. Pay by card or PayPal. Returns are free within 30 days. Sign in or create an account to see your orders.', 'en')).toEqual([]);
  });
  it('de: inflection and compound heads', () => {
    const text = 'Bitte alle Pflichtfelder ausfüllen. Rechnungsanschrift gemäß AGB. Anrede: Herr. Wir haben Ihre E-Mail verifiziert. Kundenauthentifizierung erforderlich.';
    const hits = findJargon(text, 'de');
    expect(hits.map((h) => h.term)).toEqual(['Pflichtfelder', 'anschrift', 'gemäß', 'Anrede', 'verifiziert', 'authentifizierung']);
    expect(hits[0]?.plain).toBe('muss ausgefüllt werden');
    for (const h of hits) expect(text.slice(h.index, h.index + h.term.length)).toBe(h.term);
    expect(findJargon('In den Warenkorb legen. Kostenloser Versand ab 20 Euro. Jetzt kaufen.', 'de')).toEqual([]);
  });
  it('tr: İ/I case folding, suffixes, consonant softening, verb phrases', () => {
    const hits = findJargon('İŞBU sözleşme gereğince belgeleri İBRAZ EDİNİZ. Muhatabı tebligatı aldı. MEZKÛR evrak tevdi edildi.', 'tr');
    expect(hits.map((h) => h.term)).toEqual(['İŞBU', 'İBRAZ EDİNİZ', 'Muhatabı', 'tebligatı', 'MEZKÛR', 'tevdi edildi']);
    expect(hits[0]?.plain).toBe('bu');
    expect(hits[1]?.plain).toBe('göstermek');
    // Dotless ı in upper case (I) must not fold to i: "IŞBU" is not "işbu".
    expect(terms('IŞBU', 'tr')).toEqual([]);
    expect(findJargon('Sepete ekle. Kargo ücretsiz. Hemen satın al.', 'tr')).toEqual([]);
  });
  it('fa: ZWNJ, detached می, Arabic ي/ك and joined phrases', () => {
    const text = 'لطفاً مستندات را ارسال نمایید. احراز‌هویت انجام شد. این فیلد الزامی می باشد. اطلاعات نامعتبر مي‌باشد. فرم مي‌باشد.';
    const hits = findJargon(text, 'fa');
    expect(hits.map((h) => h.term)).toEqual(['مستندات', 'ارسال نمایید', 'احراز‌هویت', 'الزامی', 'می باشد', 'نامعتبر', 'مي‌باشد', 'مي‌باشد']);
    expect(hits[1]?.plain).toBe('بفرستید');
    expect(hits[4]?.plain).toBe('است');
    expect(terms('احراز هویت', 'fa')).toEqual(['احراز هویت']);
    expect(findJargon('سبد خرید. ارسال رایگان. همین حالا بخرید.', 'fa')).toEqual([]);
  });
  it('fr, es, it', () => {
    expect(terms('Veuillez indiquer votre civilité. Conformément à la loi, le cryptogramme est demandé.', 'fr')).toEqual(['civilité', 'Conformément à', 'cryptogramme']);
    expect(terms('Cumplimente el formulario. De conformidad con la ley, introduzca el CVV.', 'es')).toEqual(['Cumplimente', 'De conformidad con', 'CVV']);
    expect(terms('Ai sensi di legge, inserire il codice CVV. Campo obbligatorio.', 'it')).toEqual(['Ai sensi di', 'codice CVV', 'Campo obbligatorio']);
    expect(findJargon('Ajouter au panier. Livraison gratuite.', 'fr')).toEqual([]);
    expect(findJargon('Añadir a la cesta. Envío gratis.', 'es')).toEqual([]);
    expect(findJargon('Aggiungi al carrello. Spedizione gratuita.', 'it')).toEqual([]);
  });
  it('unknown language and region subtags', () => {
    expect(findJargon('utilize', 'nl')).toEqual([]);
    expect(terms('utilize', 'en-GB')).toEqual(['utilize']);
  });
  it('lexicon sizes', () => {
    expect(lexiconSize('en')).toBeGreaterThanOrEqual(300);
    for (const l of ['de', 'tr', 'fa']) expect(lexiconSize(l)).toBeGreaterThanOrEqual(40);
    for (const l of ['fr', 'es', 'it']) expect(lexiconSize(l)).toBeGreaterThanOrEqual(25);
  });
  // A runaway pattern would hit the test timeout; speed itself is measured by `npm run bench`.
  it('reads a large page of plain words and finds no jargon in it', () => {
    const page = 'Please fill in your details to continue with checkout. '.repeat(2000);
    expect(findJargon(page, 'en')).toEqual([]);
  });
});

describe('findJargon: German function words match only as written', () => {
  it('seitens / zwecks / mittels do not catch seit, Zweck, Mittel', () => {
    expect(terms('Seit Jahren zum Zweck der Reinigung: ein Mittel auf vielen Seiten.', 'de')).toEqual([]);
    expect(terms('Seitens des Händlers, zwecks Prüfung, mittels Formular; etwaige Kosten unverzüglich zahlen.', 'de'))
      .toEqual(['Seitens', 'zwecks', 'mittels', 'etwaige', 'unverzüglich']);
  });
});

describe('tokenize', () => {
  /** The runs a /[\p{L}\p{M}\p{N}\u200C]+/gu scan finds: what tokenize must split the text into. */
  const runs = (text: string) => Array.from(text.matchAll(/[\p{L}\p{M}\p{N}\u200C]+/gu), (m) => [m.index, m.index + m[0].length]);
  const spans = (text: string, lang = 'it') => tokenize(text, lang).map((t) => [t.start, t.end]);
  it('splits text into the longest runs of letters, marks, digits and ZWNJ, by code point', () => {
    const samples = [
      '', ' ', 'a', 'Hello, world!', 'e-mail: x_y@z.de 12,5 %', 'Straße Nr. 7b', 'İletişim bilgileri', 'cafe\u0301 naïve',
      'می\u200cشود ۱۲۳', 'ＰＬＺ', '𝐀𝐁c 𝟙2', 'x\ud800y\udc00z', '\udc00\ud835\udc00', '日本語のテキスト', '١٢٣ abc', 'a\u0640b',
    ];
    for (const t of samples) expect(spans(t), JSON.stringify(t)).toEqual(runs(t));
    // Random strings over letters, digits, marks, punctuation, spaces, astral letters and lone surrogates.
    const pool = ['a', 'Z', '7', ' ', '-', '.', 'é', '\u0301', 'ß', 'ı', 'ی', '\u200c', '\u200b', '۳', '𝐀', '😀', '\ud800', '\udc00', '_', '’'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let t = '';
      for (let j = Math.floor(next() * 12); j > 0; j--) t += pool[Math.floor(next() * pool.length)];
      expect(spans(t), JSON.stringify(t)).toEqual(runs(t));
    }
  });
  it('joins a detached Persian verbal prefix to the next word', () => {
    const toks = tokenize('می شود', 'fa');
    expect(toks.map((t) => t.norm)).toEqual(['میشود']);
    expect([toks[0]!.start, toks[0]!.end]).toEqual([0, 6]);
  });
});

/** The full text services: the real classifier, jargon lexicons, readability formulas and fact finders. */
import { findJargon } from './lexicon/jargon';
import { registerDefaultServices, type ServiceQuery, type TextServices } from './services';
import { classifyPressure } from './text/pressure';
import { readability } from './text/readability';
import { detectLanguage } from './text/language';
import { textFacts } from './text/company-returns';
import { givesDataReason, optInOf, rulesIn } from './text/form-texts';

export const FULL_SERVICES: TextServices = {
  detectLanguage: (text) => detectLanguage(text),
  classifyPressure,
  findJargon,
  readability,
  textFacts,
  passwordRules: rulesIn,
  optIn: optInOf,
  dataReason: givesDataReason,
};

/**
 * Small questions that make each service build what it builds on first use (the pressure classifier's rule
 * sets and n-gram filter, the jargon lexicons, the readability and fact-finding tables) and compile the
 * regular expressions of every pressure language (V8 compiles a regex on its first run). Each sample is one
 * the service answers (tests/text/warm-up.test.ts), so it gets past the cheap early exits. One group per task.
 */
export const WARM_UP_QUERIES: readonly (readonly ServiceQuery[])[] = [
  [
    { kind: 'classifyPressure', lang: 'en', text: 'Only 2 left in stock. Hurry, the offer ends soon!' },
    { kind: 'classifyPressure', lang: 'de', text: 'Nur noch 2 auf Lager. Schnell, das Angebot endet bald!' },
  ],
  [
    { kind: 'classifyPressure', lang: 'tr', text: 'Son 2 ürün kaldı, acele edin! Kampanya yakında bitiyor.' },
    { kind: 'classifyPressure', lang: 'fr', text: 'Plus que 2 en stock, dépêchez-vous ! L’offre se termine bientôt.' },
    { kind: 'classifyPressure', lang: 'es', text: '¡Solo quedan 2! Date prisa, la oferta termina pronto.' },
    { kind: 'classifyPressure', lang: 'it', text: 'Solo 2 rimasti, affrettati! L’offerta scade presto.' },
    { kind: 'classifyPressure', lang: 'nl', text: 'Nog maar 2 op voorraad, wees er snel bij! De actie eindigt binnenkort.' },
    { kind: 'classifyPressure', lang: 'fa', text: 'فقط ۲ عدد باقی مانده، عجله کنید! تخفیف به‌زودی تمام می‌شود.' },
  ],
  [
    { kind: 'detectLanguage', lang: '', text: 'Bitte geben Sie Ihre Lieferadresse und Ihre Telefonnummer ein.' },
    { kind: 'findJargon', lang: 'en', text: 'Enter the CVV and the billing address of the cardholder.' },
    { kind: 'findJargon', lang: 'de', text: 'Geben Sie die Prüfnummer und die Rechnungsanschrift ein.' },
    {
      kind: 'readability',
      lang: 'en',
      text:
        'We use your address only to deliver your order and to send you the invoice. We keep it for as long as the law asks us to, ' +
        'which is ten years for invoices. You can ask us at any time to show you what we keep about you, to correct it or to delete it. ' +
        'Write to us or call us; we answer within two working days.',
    },
    { kind: 'textFacts', lang: 'de', text: 'Beispiel GmbH, Hauptstraße 1, 10115 Berlin. 30 Tage Rückgaberecht.' },
    { kind: 'passwordRules', lang: 'en', text: 'At least 8 characters, including one number and one capital letter.' },
    { kind: 'optIn', lang: 'en', text: 'Yes, send me offers and news by email.' },
    { kind: 'dataReason', lang: 'en', text: 'We only need your phone number for questions about your delivery.' },
  ],
];

// Importing this module makes the full services the default for runAudit (CLI, tests, extension pages).
registerDefaultServices(FULL_SERVICES);

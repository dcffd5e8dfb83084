/** The full text services: the real classifier, jargon lexicons, readability formulas and fact finders. */
import { findJargon } from './lexicon/jargon';
import { registerDefaultServices, type TextServices } from './services';
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

// Importing this module makes the full services the default for runAudit (CLI, tests, extension pages).
registerDefaultServices(FULL_SERVICES);

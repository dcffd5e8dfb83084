/** The full text services: the real classifier, jargon lexicons and readability formulas. */
import { findJargon } from './lexicon/jargon';
import { registerDefaultServices, type TextServices } from './services';
import { classifyPressure } from './text/pressure';
import { readability } from './text/readability';
import { detectLanguage } from './text/language';

export const FULL_SERVICES: TextServices = { detectLanguage: (text) => detectLanguage(text), classifyPressure, findJargon, readability };

// Importing this module makes the full services the default for runAudit (CLI, tests, extension pages).
registerDefaultServices(FULL_SERVICES);

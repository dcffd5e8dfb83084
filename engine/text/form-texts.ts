/**
 * Questions form detectors ask about the texts next to fields, answered from lexicons the content script
 * does not carry: the background answers them as text services (engine/services.ts), the CLI and tests
 * directly (engine/services-full.ts). Each is a pure function of the text it is given.
 */
import { PASSWORD_RULES } from '../lexicon/form-words';
import { BENIGN, MARKETING, PAID } from '../lexicon/checkout-steps';
import { ADDON } from '../lexicon/fees';
import { DATA_REASON, fold } from '../lexicon/legal';
import { lexRe, normText } from '../forms/purpose';
import { lower } from './steps';

/** A password composition rule (password-rules). */
export type PasswordRule = keyof typeof PASSWORD_RULES;
const RULES = Object.keys(PASSWORD_RULES) as PasswordRule[];

let compiled: [PasswordRule, RegExp][] | null = null;

/** The rules a text states: says() of each rule's words, with the text folded once instead of once per rule. */
export function rulesIn(text: string): PasswordRule[] {
  if (!text) return [];
  compiled ??= RULES.map((r) => [r, lexRe(PASSWORD_RULES[r])]);
  const folded = normText(text);
  const found: PasswordRule[] = [];
  for (const [r, re] of compiled) if (re.test(folded)) found.push(r);
  return found.includes('upper') || found.includes('lower') ? found.filter((r) => r !== 'letter') : found;
}

/**
 * What a pre-ticked checkbox's label opts into (prechecked-opt-in): a paid extra, marketing or data
 * sharing, or nothing to object to (null; also for boxes that are fine ticked, such as "remember me").
 */
export function optInOf(label: string): 'paid' | 'marketing' | null {
  const t = lower(label);
  if (BENIGN.test(t)) return null;
  if (ADDON.test(t) || PAID.test(t)) return 'paid';
  return MARKETING.test(t) ? 'marketing' : null;
}

/** Whether a text says why a form asks for a piece of personal data (unexplained-personal-data). */
export function givesDataReason(text: string): boolean {
  return DATA_REASON.test(fold(text));
}

/** Classifies a whole form from its fields' purposes, its text and its submit buttons. */
import type { FormKind } from '../result';
import { KIND_WORDS } from '../lexicon/fields-kinds';
import { lexRe, normText } from './purpose';

type KindKey = keyof typeof KIND_WORDS;
const compiled: Partial<Record<KindKey, RegExp>> = {};
function re(k: KindKey): RegExp {
  return (compiled[k] ??= lexRe(KIND_WORDS[k]));
}

const ADDRESS = /^(street-address|address-|postal-code|country)/;

export function classifyForm(fields: { purpose: string; type: string }[], text: string, submitTexts: string[]): FormKind {
  const buttons = normText(submitTexts.join(' | '));
  // The body is folded only when a rule below asks about it (most forms are decided by fields and buttons).
  let folded: string | undefined;
  const body = (): string => (folded ??= normText(text.slice(0, 2000)));
  const says = (k: KindKey, where: string): boolean => where !== '' && re(k).test(where);
  const count = (pred: (p: string, t: string) => boolean): number =>
    fields.filter((f) => pred(f.purpose, f.type.toLowerCase())).length;

  const personal = fields.filter((f) => f.purpose !== 'other');
  const textLike = count((_p, t) => !/^(checkbox|radio|file|range|color|select-one|select-multiple)$/.test(t));
  const newPw = count((p) => p === 'new-password');
  const curPw = count((p) => p === 'current-password');
  // A lone "security code" is as often a CAPTCHA ("Güvenlik kodu", "کد امنیتی") as a card's CVC: a card form
  // needs a card number, expiry or name too.
  const cc = count((p) => p.startsWith('cc-') && p !== 'cc-csc');
  const address = count((p) => ADDRESS.test(p));
  const hasEmail = count((p) => p === 'email') > 0;
  const textarea = count((_p, t) => t === 'textarea') > 0;

  if (cc > 0) return 'checkout';
  // A registration may ask for an address; a checkout offering "create an account" asks for more of it.
  if (newPw > 0 && (address < 4 || says('signup', buttons)) && !says('checkout', buttons)) return 'signup';
  if (address >= 2 || (says('checkout', buttons) && address >= 1)) return 'checkout';
  if (newPw > 0 || (curPw > 0 && says('signup', buttons))) return 'signup';
  if (curPw > 0) return 'login';
  if (says('search', buttons) && personal.length === 0 && textLike <= 2) return 'search';
  if (fields.some((f) => f.type.toLowerCase() === 'search') && personal.length === 0) return 'search';
  if (textarea && (hasEmail || says('contact', buttons) || says('contact', body()))) return 'contact';
  // The submit button names the newsletter: a newsletter form however many fields it asks for (asking
  // too many is what long-form flags). Only the text naming it (often a sign-up's opt-in box): small forms.
  if (hasEmail && !textarea && address === 0 && says('newsletter', buttons)) return 'newsletter';
  if (hasEmail && personal.length <= 3 && !textarea && says('newsletter', body())) return 'newsletter';
  if (says('signup', buttons)) return 'signup';
  if (says('login', buttons) && personal.length <= 2) return 'login';
  if (says('checkout', buttons) && personal.length > 0) return 'checkout';
  if (says('contact', buttons) && (hasEmail || textarea)) return 'contact';
  if (hasEmail && personal.length === 1 && textLike <= 2 && !textarea) return 'newsletter';
  if (personal.length === 0 && textLike === 1 && says('search', body())) return 'search';
  return 'other';
}

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
  // The field counts below, in one pass over the fields.
  let personal = 0;
  let textLike = 0;
  let newPw = 0;
  let curPw = 0;
  // A lone "security code" is as often a CAPTCHA ("Güvenlik kodu", "کد امنیتی") as a card's CVC: a card form
  // needs a card number, expiry or name too.
  let cc = 0;
  let address = 0;
  let hasEmail = false;
  let textarea = false;
  let searchBox = false;
  for (const f of fields) {
    const p = f.purpose;
    const t = f.type.toLowerCase();
    if (p !== 'other') personal++;
    if (!/^(checkbox|radio|file|range|color|select-one|select-multiple)$/.test(t)) textLike++;
    if (p === 'new-password') newPw++;
    else if (p === 'current-password') curPw++;
    else if (p === 'email') hasEmail = true;
    if (p.startsWith('cc-') && p !== 'cc-csc') cc++;
    if (ADDRESS.test(p)) address++;
    if (t === 'textarea') textarea = true;
    else if (t === 'search') searchBox = true;
  }

  if (cc > 0) return 'checkout';
  // A registration may ask for an address; a checkout offering "create an account" asks for more of it.
  if (newPw > 0 && (address < 4 || says('signup', buttons)) && !says('checkout', buttons)) return 'signup';
  if (address >= 2 || (says('checkout', buttons) && address >= 1)) return 'checkout';
  if (newPw > 0 || (curPw > 0 && says('signup', buttons))) return 'signup';
  if (curPw > 0) return 'login';
  if (says('search', buttons) && personal === 0 && textLike <= 2) return 'search';
  if (searchBox && personal === 0) return 'search';
  if (textarea && (hasEmail || says('contact', buttons) || says('contact', body()))) return 'contact';
  // The submit button names the newsletter: a newsletter form however many fields it asks for (asking
  // too many is what long-form flags). Only the text naming it (often a sign-up's opt-in box): small forms.
  if (hasEmail && !textarea && address === 0 && says('newsletter', buttons)) return 'newsletter';
  if (hasEmail && personal <= 3 && !textarea && says('newsletter', body())) return 'newsletter';
  if (says('signup', buttons)) return 'signup';
  if (says('login', buttons) && personal <= 2) return 'login';
  if (says('checkout', buttons) && personal > 0) return 'checkout';
  if (says('contact', buttons) && (hasEmail || textarea)) return 'contact';
  if (hasEmail && personal === 1 && textLike <= 2 && !textarea) return 'newsletter';
  if (personal === 0 && textLike === 1 && says('search', body())) return 'search';
  return 'other';
}

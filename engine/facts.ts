/**
 * Page facts for journey checks (engine/journey.ts): what a later touchpoint is compared with.
 * Read once per page from the shared PageContext (no new DOM walk): phones and e-mails from the contact
 * facts' elements, legal company names, return windows, prices and the checkout step indicator.
 * Runs in the content script, so it stays small: no tables, a few regular expressions. Company names and
 * return windows are read by the textFacts service (engine/text/company-returns.ts; in the content script
 * the background answers it), asked only about texts that can hold one.
 */
import type { FactPlace, PageFacts } from './result';
import type { PageContext, TextBlock } from './page-types';
import { findPhones, normalizePhone, samePhone } from './text/phones';
import { findEmails } from './text/emails';
import { collapse } from './dom';
import { mayNameCompanyOrReturns } from './text/company-returns-gate';
import type { TextFacts } from './text/company-returns';
import { pricesOf, stepOf } from './facts-prices';

/** Where a fact sits: the template every page repeats ('site') or this page's own content ('main'). */
export function placeOf(ctx: PageContext, el: Element, block?: TextBlock): FactPlace {
  const r = ctx.region(el);
  if (r === 'header' || r === 'footer' || r === 'nav' || r === 'aside') return 'site';
  if (r === 'other' && block && (block.order > 0.85 || /©|copyright/i.test(block.text))) return 'site';
  return 'main';
}

/** All facts of a page. Never throws on odd markup; each part is independent. */
export function extractFacts(ctx: PageContext): PageFacts {
  const blockOf = new Map<Element, TextBlock>();
  for (const b of ctx.textBlocks) blockOf.set(b.el, b);

  const phones: PageFacts['phones'] = [];
  const addPhone = (raw: string, place: FactPlace) => {
    const normalized = normalizePhone(raw);
    if (normalized.replace(/\D/g, '').length < 5) return;
    if (!phones.some((p) => p.place === place && samePhone(p.normalized, normalized))) phones.push({ raw: collapse(raw), normalized, place });
  };
  for (const el of new Set(ctx.contact.phoneEls)) {
    const href = el.getAttribute('href') ?? '';
    const block = blockOf.get(el);
    const place = placeOf(ctx, el, block);
    if (/^tel:/i.test(href)) addPhone(safeDecode(href.slice(4)), place);
    else if (block) for (const p of findPhones(block.text)) addPhone(p.raw, place);
  }

  const emails: PageFacts['emails'] = [];
  const addEmail = (email: string, place: FactPlace) => {
    if (email.includes('@') && !emails.some((e) => e.email === email && e.place === place)) emails.push({ email, place });
  };
  for (const el of new Set(ctx.contact.emailEls)) {
    const href = el.getAttribute('href') ?? '';
    const block = blockOf.get(el);
    const place = placeOf(ctx, el, block);
    if (/^mailto:/i.test(href)) addEmail(safeDecode(href.slice(7).split('?')[0] ?? '').trim().toLowerCase(), place);
    else if (block) for (const e of findEmails(block.text)) addEmail(e.email, place);
  }

  const companies: PageFacts['companies'] = [];
  const returns: PageFacts['returns'] = [];
  for (const b of ctx.textBlocks) {
    if (!b.visible || b.text.length > 2000 || !mayNameCompanyOrReturns(b.text)) continue;
    const { companies: found, returns: windows }: TextFacts = ctx.services.textFacts(b.text, '');
    if (!found.length && !windows.length) continue;
    const place = placeOf(ctx, b.el, b);
    for (const c of found) {
      if (companies.length < 20 && !companies.some((x) => x.name === c.name && x.place === place)) companies.push({ ...c, place });
    }
    for (const r of windows) {
      if (returns.length < 20 && !returns.some((x) => x.days === r.days && x.place === place)) returns.push({ ...r, place });
    }
  }

  return { phones, emails, companies, returns, prices: pricesOf(ctx), step: stepOf(ctx) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

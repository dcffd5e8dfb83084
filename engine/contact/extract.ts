/** Contact facts of a page: phones, emails, postal addresses, contact/help links and chat widgets. */
import type { ContactInfo, PageContext } from '../page-types';
import { findPhones, normalizePhone } from '../text/phones';
import { findEmails } from '../text/emails';
import { CHAT_SELECTORS, isContactHref, isContactLinkText } from '../lexicon/contact';
import { collapse, truncate } from '../dom';
import { normalizeDigits } from '../text/digits';
import { drain } from '../slices';

type Base = Omit<PageContext, 'contact' | 'pageKind'>;

/** Street words in the languages we support; an address is a short block with one of these and a postal code. */
const STREET = /\b(str\.|straße|strasse|weg|allee|platz|gasse|street|st\.|road|rd\.|avenue|ave\.?|lane|blvd|boulevard|drive|suite|cad\.|caddesi|sok\.|sokak|mah\.|mahallesi|bulvarı|rue|avenue|chemin|place|via|viale|piazza|corso|calle|avda\.|avenida|plaza|paseo|straat|laan|rua)\b|خیابان|کوچه|بلوار|پلاک|میدان/i;
/**
 * A street name written as one word with the house number after it: German, Dutch and Scandinavian compounds
 * ("Hauptstraße 5", "Bahnhofstr. 12", "Lindenweg 4", "Kalverstraat 92", "Vesterbrogade 3", "Drottninggatan 5"),
 * which STREET's word boundaries miss. The number must follow, so a word merely ending in "weg" does not count.
 */
const COMPOUND_STREET = /\p{L}{2,}(?:straße|strasse|str\.|weg|allee|platz|gasse|straat|laan|plein|gracht|gade|vej|gatan|vägen|veien)\s?\d{1,4}(?!\d)/iu;
/** A digit normalizeDigits turns into (or keeps as) an ASCII one; every POSTAL form holds one. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f\u09e6-\u09ef]/;
const POSTAL = /\b(\d{5}|\d{4}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{3}-\d{4}|\d{5}-\d{3,4}|\d{10})\b/;

export function extractContact(page: Base): ContactInfo {
  return drain(extractContactSteps(page));
}

/** The same as a generator that pauses every 512 blocks or links (huge pages are scanned in slices). */
export function* extractContactSteps(page: Base): Generator<void, ContactInfo, void> {
  let n = 0;
  const phones = new Map<string, string>();
  const emails = new Map<string, string>();
  const addresses: string[] = [];
  const phoneEls: Element[] = [];
  const emailEls: Element[] = [];
  const linkEls: Element[] = [];
  const chatEls: Element[] = [];
  const hiddenEls: Element[] = [];
  const contactLinks: { text: string; href: string }[] = [];

  for (const block of page.textBlocks) {
    if ((++n & 511) === 0) yield;
    const text = block.text;
    if (text.length > 4000) continue; // a whole article in one block: contact details are in shorter blocks
    const foundPhones = findPhones(text);
    const foundEmails = findEmails(text);
    if (!block.visible) {
      if (foundPhones.length || foundEmails.length) hiddenEls.push(block.el);
      continue;
    }
    for (const p of foundPhones) {
      const key = normalizePhone(p.raw);
      if (!phones.has(key)) phones.set(key, p.raw.trim());
      phoneEls.push(block.el);
    }
    for (const e of foundEmails) {
      if (!emails.has(e.email)) emails.set(e.email, e.email);
      emailEls.push(block.el);
    }
    // A postal code needs a digit (in any script normalizeDigits knows): test that before the street words.
    if (addresses.length < 10 && text.length <= 240 && ANY_DIGIT.test(text) && (STREET.test(text) || COMPOUND_STREET.test(text)) && POSTAL.test(normalizeDigits(text))) {
      addresses.push(truncate(text, 240));
    }
  }

  // Nav, footer and product grids repeat the same link: decide each text and target once per scan.
  const contactLinkMemo = new Map<string, boolean>();
  for (const link of page.links) {
    if ((++n & 511) === 0) yield;
    const href = link.href.trim();
    const lower = href.toLowerCase();
    if (lower.startsWith('tel:')) {
      const raw = decodeSafe(href.slice(4));
      if (!link.visible) { hiddenEls.push(link.el); continue; }
      const key = normalizePhone(raw);
      if (key.replace(/\D/g, '').length >= 5 && !phones.has(key)) phones.set(key, collapse(raw));
      phoneEls.push(link.el);
    } else if (lower.startsWith('mailto:')) {
      const addr = decodeSafe(href.slice(7).split('?')[0] ?? '').trim().toLowerCase();
      if (!link.visible) { hiddenEls.push(link.el); continue; }
      if (addr.includes('@') && !emails.has(addr)) emails.set(addr, addr);
      emailEls.push(link.el);
    } else if (link.visible && memoContactLink(contactLinkMemo, link.text, href)) {
      if (/^(https?:)?\/\/(wa\.me|api\.whatsapp\.com)\//i.test(href)) chatEls.push(link.el);
      if (contactLinks.length < 20 && !contactLinks.some((c) => c.href === href)) {
        contactLinks.push({ text: truncate(link.text, 120), href: truncate(href, 500) });
      }
      linkEls.push(link.el);
    }
  }

  yield;
  const chat = yield* firstChatWidgetSteps(page.doc);
  if (chat) chatEls.push(chat);

  return {
    phones: [...phones.values()],
    emails: [...emails.values()],
    addresses,
    contactLinks,
    chat: chatEls.length > 0,
    phoneEls,
    emailEls,
    linkEls,
    chatEls,
    hiddenEls,
  };
}

/** Link texts that name something else even when the URL points at a help or contact page. */
const NOT_CONTACT_TEXT = /©|copyright|terms|conditions|privacy|cookie|datenschutz|agb|impressum|gizlilik|kvkk|karriere|career|jobs|news/i;

/**
 * A contact or help link as a shopper reads it: short link text that names contact or help ("Long-term
 * support" in a paragraph is not one), or a contact/help URL whose text does not name something else.
 */
function memoContactLink(memo: Map<string, boolean>, text: string, href: string): boolean {
  const key = `${text}\u0000${href}`;
  let yes = memo.get(key);
  if (yes === undefined) memo.set(key, (yes = isContactLink(text, href)));
  return yes;
}

export function isContactLink(text: string, href: string): boolean {
  // Every rule asks for a short link text.
  if (moreWordsThan(text, 6)) return false;
  if (isContactLinkText(text)) return true;
  // In-page anchors need no URL parsing (a product grid has thousands of them).
  if (href.startsWith('#')) return /contact|kontakt|iletisim|contatt|contacto|tamas/i.test(href) && !NOT_CONTACT_TEXT.test(text);
  return isContactHref(href) && !NOT_CONTACT_TEXT.test(text);
}

const WORD = /\S+/g;

/** Whether `text` has more than `n` words (runs of non-space), counted without splitting it. */
export function moreWordsThan(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) if (++count > n) return true;
  return false;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** One chat selector, parsed once: how to answer doc.querySelector(selector) without a full-document search. */
type ChatStep =
  | { kind: 'id'; name: string; selector: string }
  | { kind: 'class'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'tagged'; tag: string; selector: string; needs: { name: string; value: string }[] }
  | { kind: 'query'; selector: string };

let chatPlan: ChatStep[] | null = null;

/** A tag with more elements than this is searched by the browser (querySelector), not attribute by attribute. */
const MANY = 64;

function chatSteps(): ChatStep[] {
  if (chatPlan) return chatPlan;
  chatPlan = CHAT_SELECTORS.map((selector): ChatStep => {
    let m = /^#([\w-]+)$/.exec(selector);
    if (m) return { kind: 'id', name: m[1]!, selector };
    m = /^\.([\w-]+)$/.exec(selector);
    if (m) return { kind: 'class', name: m[1]! };
    m = /^([a-z]+)$/.exec(selector);
    if (m) return { kind: 'tag', name: m[1]! };
    m = /^([a-z]+)[#[]/.exec(selector);
    if (!m) return { kind: 'query', selector };
    // Every [name op "value"] needs the attribute to contain the value (true of =, *=, ^= and $=).
    const needs = [...selector.matchAll(/\[([\w-]+)[*^$]?="([^"]*)"\]/g)].map(([, name, value]) => ({ name: name!, value: value! }));
    return { kind: 'tagged', tag: m[1]!, selector, needs };
  });
  return chatPlan;
}

/**
 * The first chat widget on the page, trying CHAT_SELECTORS in order (the first selector that matches wins,
 * and its first element in document order), as doc.querySelector(selector) would answer each — but without
 * fifty full-document selector searches: ids and classes go through the document's indexes, tag-qualified
 * selectors only look at that tag's elements, and an attribute must contain the selector's value before the
 * element is asked to match (for a tag with few elements: scripts, frames). The selectors are parsed once.
 */
export function firstChatWidget(doc: Document): Element | null {
  return drain(firstChatWidgetSteps(doc));
}

/** firstChatWidget as a generator that pauses after each selector (each may search a huge document once). */
export function* firstChatWidgetSteps(doc: Document): Generator<void, Element | null, void> {
  const quirks = doc.compatMode === 'BackCompat'; // ids match without case there: leave them to querySelector
  const byTag = new Map<string, { els: HTMLCollectionOf<Element>; attrs: Map<string, (string | null)[]> }>();
  const tagged = (tag: string) => {
    let t = byTag.get(tag);
    if (!t) byTag.set(tag, (t = { els: doc.getElementsByTagName(tag), attrs: new Map() }));
    return t;
  };
  for (const step of chatSteps()) {
    let el: Element | null = null;
    try {
      el = firstMatch(step);
    } catch {
      el = null;
    }
    if (el) return el;
    yield;
  }
  return null;

  function firstMatch(step: ChatStep): Element | null {
    switch (step.kind) {
      case 'id':
        return quirks ? doc.querySelector(step.selector) : doc.getElementById(step.name);
      case 'class':
        return doc.getElementsByClassName(step.name)[0] ?? null;
      case 'tag':
        return doc.getElementsByTagName(step.name)[0] ?? null;
      case 'query':
        return doc.querySelector(step.selector);
    }
    const t = tagged(step.tag);
    const els = t.els;
    if (els.length === 0) return null;
    // Many such elements (divs, links): the browser's own search beats reading an attribute of each from script.
    if (els.length > MANY) return doc.querySelector(step.selector);
    const needs: (string | null)[][] = [];
    for (const n of step.needs) {
      let values = t.attrs.get(n.name);
      if (!values) {
        values = [];
        for (let i = 0; i < els.length; i++) values.push(els[i]!.getAttribute(n.name));
        t.attrs.set(n.name, values);
      }
      needs.push(values);
    }
    outer: for (let i = 0; i < els.length; i++) {
      for (let k = 0; k < needs.length; k++) if (!needs[k]![i]?.includes(step.needs[k]!.value)) continue outer;
      if (els[i]!.matches(step.selector)) return els[i]!;
    }
    return null;
  }
}

/**
 * Words for legal and transparency links and text (privacy, terms, imprint, returns, company forms) and for
 * the reasons a form gives for personal data, in en, de, tr, fr, es, it, fa (some nl, pt).
 * Written for Trustlens (MIT). Match them on `fold(text)`: lower case, Latin accents stripped, ı → i, ß → ss,
 * Arabic ي/ك → Persian ی/ک, ZWNJ and - _ / → space. So write "datenschutzerklarung", "kullanim kosullari".
 */
import type { ContactInfo, LinkInfo, PageContext } from '../page-types';
import { isContactHref, isContactLinkText } from './contact';

const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATORS = /[\u200c\s_\-/.+]+/g;
const LETTERS: Record<string, string> = { ı: 'i', ß: 'ss', ي: 'ی', ك: 'ک' };

/** Lower case without Latin accents; Turkish, German and Persian letter variants folded; separators as spaces. */
export function fold(text: string): string {
  // ASCII text has no accents or letter variants: only case and separators change (most links and labels).
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(SEPARATORS, ' ');
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıßيك]/g, (c) => LETTERS[c]!)
    .replace(SEPARATORS, ' ');
}

const caseless = new Map<RegExp, RegExp>();

/**
 * re.test(fold(text)) for a pattern that is a plain list of words, written folded: no flags, no assertions or
 * classes, no separator (space, _ - / . + ZWNJ). Folding only turns separator runs into one space, which such a
 * pattern cannot match across either way, so that pass (most of fold's time on a page's whole text) is skipped.
 * And a word found in the text as written, ignoring ASCII case, is still there after folding (folding keeps
 * those letters, and the rest of the word); only when none is found do accents and letter variants need folding.
 */
export function foldedHas(re: RegExp, text: string): boolean {
  let ci = caseless.get(re);
  if (!ci) caseless.set(re, (ci = new RegExp(re.source, 'i')));
  if (ci.test(text)) return true;
  // ASCII text folds to its lower case, where the caseless test has already looked.
  if (!NON_ASCII.test(text)) return false;
  return re.test(text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ıßيك]/g, (c) => LETTERS[c]!));
}

/** A link (text or href) to a privacy policy / data-protection notice. */
export const PRIVACY =
  /privacy|data ?protection|datenschutz|dsgvo|gdpr|gizlilik|kvkk|kisisel veri|aydinlatma|confidentialite|donnees personnelles|rgpd|privacidad|proteccion de datos|trattamento dei dati|informativa (sulla )?privacy|privacidade|privacyverklaring|حریم ?خصوصی|حفظ حریم|privacy/;

/** A link to terms and conditions / terms of sale or use. */
export const TERMS =
  /\bterms\b|conditions|\bt ?& ?cs?\b|\bagb\b|geschaftsbedingungen|nutzungsbedingungen|kullanim kosul|mesafeli satis|satis sozlesme|uyelik sozlesme|kosullar|\bcg[vu]\b|terminos|condiciones|condizioni|termini|voorwaarden|قوانین|مقررات|شرایط (استفاده|خرید|و )/;

/** A link to an imprint, legal notice or about-us page. */
export const IDENTITY =
  /impressum|imprint|legal (notice|info)|mentions legales|aviso legal|note legali|hakkimizda|kunye|kurumsal|\babout( us)?\b|u(e)?ber uns|unternehmen|qui sommes|a propos|quienes somos|sobre nosotros|chi siamo|company info|who we are|colofon|over ons|درباره (ما|فروشگاه)|معرفی شرکت/;

/** Legal forms of companies, matched case-sensitively on the page text as written. */
export const LEGAL_FORM =
  /(?<![\p{L}.])(?:GmbH|AG|KG|UG|e\.K\.|Ltd\.?|Limited|LLC|LLP|Inc\.|PLC|plc|A\.Ş\.|Şti\.|SARL|SAS|SASU|S\.L\.U?\.?|S\.A\.S?\.?|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.)(?![\p{L}])(?!\s+\p{Ll})|سهامی (خاص|عام)|مسئولیت محدود/u;

/** Returns, refunds, withdrawal and warranty, as link or text. */
export const RETURNS =
  /\breturns\b|return (policy|polic|label|window|shipping)|free return|\d+ ?days? return|refund|exchanges?\b|warrant|money ?back|ruckgabe|rucksend|retoure|widerruf|umtausch|garantie|gewahrleistung|\biade|degisim|cayma|\bgaranti|retours?\b|retractation|rembourse|devoluci|reembolso|desistimiento|garantia|\bresi\b|\breso\b|recesso|rimborso|garanzia|retourneren|devolucao|مرجوع|بازگشت (کالا|وجه)|عودت|گارانتی|ضمانت/;

/** Why a form asks for a piece of data: purpose words and "why?" links next to a field. */
export const DATA_REASON =
  /delivery|shipping|courier|carrier|updates?\b|notif|lieferung|zustell|versand|benachrichtig|informieren|livraison|transporteur|informer|aviser|entrega|envio|transportista|avisar|consegna|corriere|spedizione|avvis|teslimat|kargo|kurye|bilgilendir|ارسال|تحویل|پیک|اطلاع|\bfor (the )?(delivery|shipping|courier|carrier|questions|order|verification|age)|delivery (questions|updates)|in case|only (be )?used|we (will )?(only )?use|used (only )?(to|for|by)|needed (to|for)|required (for|by)|so (that )?(we|the|our)|to contact you|\bwhy\b|ruckfrage|fur (die )?(lieferung|zustellung|zusteller)|nur (fur|zur|bei)|benotigt|zur (alterspruf|verifizier|abstimmung)|damit|\bfalls\b|warum|wozu|kargo|teslimat|kurye|sadece|yalnizca|icin (gerekli|kullanil)|ile ilgili|neden|pour (la livraison|vous contacter|le transporteur|votre commande)|uniquement|en cas de|utilise|pourquoi|para (la entrega|contactar|el transportista|tu pedido)|solo (se|para)|en caso de|por que|per (la consegna|contattarti|il corriere)|solo per|in caso di|utilizzat|perche|برای (هماهنگی|ارسال|تحویل|تماس|پیگیری)|جهت (ارسال|هماهنگی|تحویل)|فقط|چرا/;

/** Identity numbers named in a field's label. */
export const ID_LABEL =
  /tc kimlik|kimlik (no|numara)|کد ملی|شماره ملی|personalausweis|ausweisnummer|\bdni\b|\bnie\b|codice fiscale|steuer ?id|steuer ?identifikation|national (id|identity|insurance)|passport|reisepass|pasaport|passeport|pasaporte|passaporto|\bssn\b|social security/;

/** Cached per walk (its contact facts and link list): two detectors ask, in every replay round of the content script. */
const contactCache = new WeakMap<ContactInfo, { links: readonly LinkInfo[]; els: readonly Element[] }>();

/**
 * The visible elements that really offer contact: phone and email blocks, tel: links, mailto: links with
 * an address (not "share by email"), and links whose text reads as contact/help (or, with no text, whose
 * target does). Links the extractor took only for their URL ("Related searches" -> /help/...) are left out.
 */
export function contactElements(ctx: PageContext): readonly Element[] {
  const c = ctx.contact;
  const hit = contactCache.get(c);
  if (hit && hit.links === ctx.links) return hit.els;
  const info = linkByElement(ctx);
  const keep = (el: Element): boolean => {
    if (!ctx.visible(el)) return false;
    const l = info.get(el);
    if (!l) return true;
    const h = l.href.trim().toLowerCase();
    if (h.startsWith('tel:')) return /\d/.test(h);
    if (h.startsWith('mailto:')) return /^mailto:[^?]*@/.test(h);
    return l.text ? isContactLinkText(l.text) : isContactHref(l.href);
  };
  const els = [...new Set([...c.phoneEls, ...c.emailEls, ...c.linkEls])].filter(keep);
  contactCache.set(c, { links: ctx.links, els });
  return els;
}

/** Shop pages: product, cart, checkout. */
export const SHOP_KINDS: ReadonlySet<string> = new Set(['product', 'cart', 'checkout']);

const linkMaps = new WeakMap<readonly LinkInfo[], Map<Element, LinkInfo>>();

/** The walk's link info of each link element (the last one when an element is listed twice). Built once per link list. */
export function linkByElement(ctx: PageContext): Map<Element, LinkInfo> {
  let map = linkMaps.get(ctx.links);
  if (!map) {
    map = new Map();
    for (const l of ctx.links) map.set(l.el, l);
    linkMaps.set(ctx.links, map);
  }
  return map;
}

/** A link's folded text (null when too long to be a name) and folded path (null when it has none; undefined until asked). */
interface FoldedLink { text: string; href: string; t: string | null; p: string | null | undefined }
const foldedLinks = new WeakMap<object, FoldedLink>();

/** Characters the URL parser keeps as they are in a path and query (no spaces, quotes, backslashes, non-ASCII). */
const PLAIN_HREF = /^[A-Za-z0-9\-._~!$&()*+,;=:@%/?#]*$/;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** A host the URL parser accepts as it is: letters, digits and inner hyphens, no punycode, not ending in a number. */
function plainHost(host: string): boolean {
  const labels = host.split('.');
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop();
  for (const l of labels) if (!HOST_LABEL.test(l) || /^xn--/i.test(l)) return false;
  return !/^(?:\d+|0x[0-9a-f]*)$/i.test(labels[labels.length - 1]!);
}

/**
 * `pathname + ' ' + search` of new URL(h, 'https://page.invalid/'), read off the string for the hrefs where the
 * parser changes nothing (plain http(s) URLs and root-relative paths of plain characters, no dot segments);
 * null for any other href. Checked equal to the parser's answer, in Chromium and Node, on every href of the
 * corpus and on 464,565 distinct generated ones.
 */
export function plainPathAndSearch(h: string): string | null {
  if (!PLAIN_HREF.test(h)) return null;
  let rest: string;
  const scheme = /^https?:\/\//i.exec(h);
  if (scheme) {
    const from = scheme[0].length;
    let end = from;
    while (end < h.length && h[end] !== '/' && h[end] !== '?' && h[end] !== '#') end++;
    if (!plainHost(h.slice(from, end))) return null;
    rest = h.slice(end);
  } else if ((h[0] === '/' && h[1] !== '/') || h[0] === '?' || h[0] === '#') rest = h;
  else return null;
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const path = (q >= 0 ? rest.slice(0, q) : rest) || '/';
  if (/(?:^|\/)(?:\.|%2e)/i.test(path)) return null;
  return path + ' ' + (q >= 0 && q < rest.length - 1 ? rest.slice(q) : '');
}

/** The folded path and query of an href, null for mailto:, tel:, javascript: and empty hrefs. */
function foldedPath(h: string): string | null {
  if (!h || /^(mailto|tel|javascript):/i.test(h)) return null;
  let path = h;
  try {
    // Most hrefs are plain: no URL object needed.
    const plain = plainPathAndSearch(h);
    if (plain !== null) path = decodeURIComponent(plain);
    else {
      const u = new URL(h, 'https://page.invalid/');
      path = decodeURIComponent(u.pathname + ' ' + u.search);
    }
  } catch {
    /* keep the raw href */
  }
  return fold(path);
}

/**
 * Whether a link's text (short) or its href names the thing the pattern stands for. Several detectors ask
 * this of every link with their own pattern: each link's text and path are folded (and its URL parsed) once.
 * Buttons are passed as they are (no href).
 */
export function linkNames(link: { text: string; href?: string }, re: RegExp): boolean {
  const href = link.href ?? '';
  let f = foldedLinks.get(link);
  if (!f || f.text !== link.text || f.href !== href) {
    f = { text: link.text, href, t: link.text.length <= 80 ? fold(link.text) : null, p: undefined };
    foldedLinks.set(link, f);
  }
  if (f.t !== null && re.test(f.t)) return true;
  if (f.p === undefined) f.p = foldedPath(href);
  return f.p !== null && re.test(f.p);
}

/**
 * Whether any of the links (or buttons) names the thing the pattern stands for. Asked from the end of the
 * list: legal and returns links live in the footer, so on most pages the answer comes after a few links
 * instead of the whole navigation and product grid.
 */
export function anyLinkNames(links: readonly { text: string; href?: string }[], re: RegExp): boolean {
  for (let i = links.length - 1; i >= 0; i--) if (linkNames(links[i]!, re)) return true;
  return false;
}

/**
 * Words and patterns that show a way to reach the shop: contact links, help and customer-service pages,
 * tel:/mailto:/WhatsApp links and known chat widgets. Legal pages (Impressum, imprint, mentions légales)
 * are not contact pages here: they name an address for the law, not a way to get help.
 */

/** Link texts (lower case) that lead to contact, help, customer-service or support, per language. */
export const CONTACT_LINK_WORDS: Record<string, string[]> = {
  en: [
    'contact', 'contact us', 'contacts', 'get in touch', 'reach us', 'call us', 'email us', 'write to us',
    'help', 'help center', 'help centre', 'customer service', 'customer care', 'customer support',
    'support', 'live chat', 'chat with us',
  ],
  de: [
    'kontakt', 'kontaktieren sie uns', 'kontaktformular', 'schreiben sie uns', 'rufen sie uns an', 'hilfe',
    'hilfe & kontakt', 'hilfecenter', 'kundenservice', 'kundendienst', 'kundenbetreuung', 'support', 'service & hilfe',
  ],
  tr: [
    'iletişim', 'bize ulaşın', 'bize ulaşın', 'iletişime geçin', 'yardım', 'yardım merkezi',
    'müşteri hizmetleri', 'destek', 'canlı destek', 'bize yazın',
  ],
  fr: [
    'contact', 'contactez-nous', 'nous contacter', 'nous écrire', 'aide', "centre d'aide", 'service client',
    'service clients', 'assistance', 'support',
  ],
  es: [
    'contacto', 'contáctanos', 'contáctenos', 'contactar', 'escríbenos', 'ayuda', 'centro de ayuda',
    'atención al cliente', 'servicio al cliente', 'soporte',
  ],
  it: [
    'contatti', 'contattaci', 'contattateci', 'contatto', 'scrivici', 'aiuto', 'assistenza', 'centro assistenza',
    'servizio clienti', 'supporto',
  ],
  fa: ['تماس با ما', 'ارتباط با ما', 'تماس', 'راهنما', 'پشتیبانی', 'مرکز پشتیبانی', 'خدمات مشتریان', 'ارتباط با پشتیبانی'],
  ar: ['اتصل بنا', 'تواصل معنا', 'اتصل', 'مساعدة', 'الدعم', 'الدعم الفني', 'خدمة العملاء'],
  nl: ['contact', 'neem contact op', 'klantenservice', 'hulp', 'helpdesk'],
  pt: ['contato', 'contacto', 'fale conosco', 'contacte-nos', 'ajuda', 'atendimento', 'apoio ao cliente', 'suporte'],
};

/** Script hosts of chat widgets, vendor by vendor. */
const CHAT_SCRIPTS =
  'widget.intercom.io js.intercomcdn.com static.zdassets.com js.driftt.com embed.tawk.to cdn.livechatinc.com ' +
  'client.crisp.chat code.tidio.co js.usemessages.com wchat.freshchat.com fw-cdn.com static.olark.com ' +
  'config.gorgias.chat salesiq.zoho smartsuppchat.com code.jivosite.com code.jivo.ru call.chatra.io ' +
  'beacon-v2.helpscout.net userlike-cdn-widgets goftino.com raychat.io imber.live';

/**
 * Known chat and messaging widgets as CSS selectors (ids, classes, iframes, scripts, click-to-chat links):
 * Intercom, Zendesk (Web Widget, zE), Drift, Tawk.to, LiveChat, Crisp, Tidio, HubSpot, Freshchat, Olark,
 * Gorgias, Facebook customer chat, WhatsApp and Messenger links, Zoho SalesIQ, Smartsupp, JivoChat, Chatra,
 * Help Scout, Userlike, Trengo, Salesforce, and the Iranian Goftino, Raychat and Imber.
 * Najva is left out on purpose: it sends push notifications and offers no chat.
 */
export const CHAT_SELECTORS: string[] = [
  '#intercom-container', '.intercom-launcher', '.intercom-lightweight-app', 'iframe[name^="intercom-"]',
  'script#ze-snippet', 'iframe#webWidget', 'iframe#launcher[title]', 'div[data-product="web_widget"]',
  '#drift-widget', '#drift-widget-container', '#drift-frame-controller',
  'iframe[src*="tawk.to"]', 'iframe[title="chat widget"]',
  '#chat-widget-container', '#livechat-compact-container',
  '.crisp-client', '#crisp-chatbox',
  '#tidio-chat', '#tidio-chat-iframe',
  '#hubspot-messages-iframe-container',
  '#fc_frame', '#fc_widget',
  '#olark-box-container', '#olark-wrapper',
  '#gorgias-chat-container',
  '.fb-customerchat', 'iframe[src*="facebook.com"][src*="customer_chat"]', 'a[href*="m.me/"]',
  'a[href*="wa.me/"]', 'a[href*="api.whatsapp.com/send"]', 'a[href*="web.whatsapp.com/send"]', 'a[href^="whatsapp:"]',
  '#zsiq_float', '.zsiq_floatmain', 'jdiv', '#chatra', '#beacon-container', '#trengo-web-widget',
  '.embeddedServiceHelpButton', '[id^="goftino"]', '[id^="raychat"]',
  ...CHAT_SCRIPTS.split(' ').map((host) => `script[src*="${host}"]`),
];

/** All chat selectors in one, for a single querySelector / matches call. */
export const CHAT_SELECTOR: string = CHAT_SELECTORS.join(',');

/** Lower case, Turkish İ without its dot, Persian ی/ک for Arabic ي/ك, one space, no decoration. */
function normalizeText(text: string): string {
  // ASCII (most link texts): NFC and the script mappings change nothing; only case, ` and the class remain.
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/[^a-z0-9&'-]+/g, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/\u0307/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/[\u200c\u200d\u200e\u200f]/g, ' ')
    .replace(/[’`´]/g, "'")
    .replace(/[^\p{L}\p{N}&'-]+/gu, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Roots that also count inside compounds and inflections: Kontaktformular, iletişime, contactez. */
const ROOTS = ['kontakt', 'iletişim', 'iletisim', 'contact', 'contatt', 'hilfe', 'kundenservice', 'yardım'];
/** Look like a contact word but sell or describe something else. */
const NOT_CONTACT =
  /(?<!\p{L})(?:contact\s?lens|contactless|kontaktlins|kontaktlos|kontaktgrill|kontaktspray|kontaktkleber|contact\s?(?:paper|solution|grill|spray|adhesive|cement)|terms of service|conditions of service|hilfsmittel)/u;

let wordsRe: RegExp | null = null;
function contactWords(): RegExp {
  if (wordsRe) return wordsRe;
  const phrases = new Set<string>();
  for (const list of Object.values(CONTACT_LINK_WORDS)) for (const p of list) phrases.add(normalizeText(p));
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(escape);
  const roots = ROOTS.map(escape);
  wordsRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${roots.join('|')})|(?:${sorted.join('|')})(?![\\p{L}]))`, 'u');
  return wordsRe;
}

/** Whether a link's or button's text reads as contact / help / customer service ("Kontakt", "تماس با ما"). */
export function isContactLinkText(text: string): boolean {
  const t = normalizeText(text);
  // Link texts are short; a sentence that mentions "contact" is not a contact link.
  if (!t || t.length > 60 || t.split(' ').length > 6) return false;
  if (NOT_CONTACT.test(t)) return false;
  return contactWords().test(t);
}

const SCHEMES = /^(?:tel|mailto|sms|callto|whatsapp|viber|skype|facetime):/i;
const CHAT_HOSTS = /^(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|m\.me)$/;
const HELP_HOSTS = /^(?:contact|kontakt|help|hilfe|support|destek|yardim|aide|ayuda|aiuto|service|kundenservice|poshtibani)\./;
const HELPDESK_HOSTS = /\.(?:zendesk\.com|freshdesk\.com|helpscoutdocs\.com|gorgias\.help|kustomer\.help|helpshift\.com)$/;

/** Path segments (lower case, no file ending, - for spaces and _) that name a contact or help page: the
 * link words as slugs, with and without accents, plus transliterations. */
let slugs: Set<string> | null = null;
function slugSet(): Set<string> {
  if (slugs) return slugs;
  slugs = new Set(
    'contactus tamas tamas-ba-ma ertebat-ba-ma pashtibani poshtibani helpcenter customerservice serviceclient hilfe-kontakt'.split(' '),
  );
  for (const list of Object.values(CONTACT_LINK_WORDS)) {
    for (const w of list) {
      const slug = w.replace(/[\s&']+/g, '-');
      slugs.add(slug);
      slugs.add(slug.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i'));
    }
  }
  return slugs;
}
const SLUG_ROOT = /^(?:contact|kontakt|iletisim|iletişim|contatt|contato|contacto)/;
const SLUG_NOT = /lens|less|los|linse|grill|spray|paper|solution/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function isContactSlug(segment: string): boolean {
  const seg = decode(segment)
    .toLowerCase()
    .replace(/\.(?:html?|php\d?|aspx?|jsp|cfm)$/, '')
    .replace(/_/g, '-')
    .replace(/\s+/g, '-');
  if (!seg) return false;
  if (slugSet().has(seg)) return true;
  return SLUG_ROOT.test(seg) && !SLUG_NOT.test(seg);
}

/**
 * Every ASCII string any rule below can match in a plain href (schemes, hosts, slugs and slug roots), for a
 * quick "cannot be a contact link" answer before the URL is parsed. Exact: a match below needs one of these
 * as a substring of the lower-cased href with _ and spaces read as - (what isContactSlug does), as long as the href has
 * nothing URL parsing or decoding could turn into letters: no %, no backslash, no tab or newline, only ASCII.
 */
let gateRe: RegExp | null = null;
function hrefGate(): RegExp {
  if (gateRe) return gateRe;
  const words = new Set<string>(['tel:', 'mailto:', 'sms:', 'callto:', 'whatsapp:', 'viber:', 'skype:', 'facetime:']);
  for (const h of ['wa.me', 'api.whatsapp.com', 'web.whatsapp.com', 'm.me']) words.add(h);
  for (const h of ['contact', 'kontakt', 'help', 'hilfe', 'support', 'destek', 'yardim', 'aide', 'ayuda', 'aiuto', 'service', 'kundenservice', 'poshtibani']) words.add(`${h}.`);
  for (const h of ['.zendesk.com', '.freshdesk.com', '.helpscoutdocs.com', '.gorgias.help', '.kustomer.help', '.helpshift.com']) words.add(h);
  for (const r of ['contact', 'kontakt', 'iletisim', 'contatt', 'contato', 'contacto']) words.add(r);
  for (const slug of slugSet()) if (ASCII.test(slug)) words.add(slug);
  gateRe = new RegExp([...words].sort((a, b) => b.length - a.length).map(escape).join('|'));
  return gateRe;
}
const PLAIN_HREF = /^[\x20-\x24\x26-\x5b\x5d-\x7e]*$/;

/** Whether a link target is a way to reach the shop: tel:, mailto:, WhatsApp, /contact, /kontakt, /iletisim, /تماس-با-ما ... */
export function isContactHref(href: string): boolean {
  const h = href.trim();
  if (!h || /^javascript:/i.test(h)) return false;
  if (PLAIN_HREF.test(h) && !hrefGate().test(h.toLowerCase().replace(/_/g, '-').replace(/\s+/g, '-'))) return false;
  return parsedContactHref(h);
}

/** isContactHref without the quick answer: the URL parsed, host and every path/query/hash segment read. */
export function parsedContactHref(h: string): boolean {
  if (!h || /^javascript:/i.test(h)) return false;
  if (SCHEMES.test(h)) return true;
  let url: URL;
  try {
    url = new URL(h, 'https://page.invalid/');
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (CHAT_HOSTS.test(host)) return true;
  if (HELP_HOSTS.test(host) || HELPDESK_HOSTS.test(host)) return true;
  const parts = `${url.pathname}/${url.search}/${url.hash}`.split(/[/?&=#]+/);
  return parts.some(isContactSlug);
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  CHAT_SELECTOR,
  CHAT_SELECTORS,
  CONTACT_LINK_WORDS,
  isContactHref,
  isContactLinkText,
} from '../../engine/lexicon/contact';
import { LANGS } from '../../engine/i18n';

describe('CONTACT_LINK_WORDS', () => {
  it('covers every language the engine knows, each word recognised as a link text', () => {
    for (const lang of LANGS) expect(CONTACT_LINK_WORDS[lang]?.length, lang).toBeGreaterThan(3);
    for (const [lang, words] of Object.entries(CONTACT_LINK_WORDS)) {
      for (const w of words) expect(isContactLinkText(w), `${lang}: ${w}`).toBe(true);
    }
  });
  it('has no legal-page words: an Impressum is not a way to get help', () => {
    const all = Object.values(CONTACT_LINK_WORDS).flat().join(' ');
    expect(all).not.toMatch(/impressum|imprint|mentions|legal|künye/i);
  });
});

describe('isContactLinkText', () => {
  const yes = [
    'Contact', 'Contact us', 'CONTACT US', 'Contact Us →', 'Get in touch', 'Help', 'Help Center', 'Customer Service',
    'Support', 'Kontakt', 'Kontaktformular', 'Hilfe & Kontakt', 'Kundenservice', 'Kontaktieren Sie uns',
    'İletişim', 'İLETİŞİM', 'Bize Ulaşın', 'Müşteri Hizmetleri', 'Yardım', 'Canlı Destek',
    'Nous contacter', 'Contactez-nous', 'Aide', 'Service client', "Centre d’aide",
    'Contacto', 'Atención al cliente', 'Ayuda', 'Contattaci', 'Servizio clienti', 'Aiuto', 'Assistenza',
    'تماس با ما', 'ارتباط با ما', 'پشتیبانی', 'راهنما', 'خدمات مشتريان', 'اتصل بنا', 'خدمة العملاء',
    'Klantenservice', 'Fale conosco', '  Contact\n us  ',
  ];
  for (const text of yes) it(`accepts "${text}"`, () => expect(isContactLinkText(text)).toBe(true));

  const no = [
    '', 'Impressum', 'Imprint', 'Mentions légales', 'Terms of Service', 'Contact lenses', 'Kontaktlinsen',
    'Contactless payment', 'Kontaktlos bezahlen', 'Add to cart', 'In den Warenkorb', 'Sepete ekle',
    'Helpful', 'Services', 'Datenschutz', 'حریم خصوصی',
    'If you have any questions about your order please do not hesitate to contact our team',
  ];
  for (const text of no) it(`rejects "${text}"`, () => expect(isContactLinkText(text)).toBe(false));
});

describe('isContactHref', () => {
  const yes = [
    '/contact', '/contact-us', '/contact-us.html', '/pages/contact', '/en/contact/', 'https://shop.example/kontakt',
    '/de/kontaktformular', '/iletisim', '/tr/bize-ulasin', '/contacto', '/es/atencion-al-cliente', '/contatti',
    '/fr/nous-contacter', '/tamas-ba-ma', '/%D8%AA%D9%85%D8%A7%D8%B3-%D8%A8%D8%A7-%D9%85%D8%A7', '/help/orders',
    '/hilfe', '/yardim', '/customer-service', '/ContactUs.aspx', 'index.php?route=information/contact',
    '#contact', 'tel:+49301234567', 'TEL:030 1234567', 'mailto:info@shop.de', 'sms:+491701234567',
    'https://wa.me/491701234567', 'https://api.whatsapp.com/send?phone=491701234567', 'whatsapp://send?phone=1',
    'https://m.me/shopname', 'https://help.shop.example/', 'https://shop.zendesk.com/hc/de',
    '/kundenservice', '/contact_us.php',
  ];
  for (const href of yes) it(`accepts ${href}`, () => expect(isContactHref(href)).toBe(true));

  const no = [
    '', '/', '/impressum', '/datenschutz', '/products/contact-lens-solution', '/kontaktlinsen', '/cart', '/checkout',
    'javascript:void(0)', '/blog/how-to-contact-your-bank-x', '/category/contactless-cards', 'https://example.com/',
    '/agb', '#', 'https://t.me/channel',
  ];
  for (const href of no) it(`rejects ${href || '(empty)'}`, () => expect(isContactHref(href)).toBe(false));
});

/** An inert document: happy-dom would otherwise try to load the widgets' scripts and frames. */
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');

describe('CHAT_SELECTORS', () => {
  it('are valid CSS selectors, alone and joined', () => {
    for (const sel of CHAT_SELECTORS) expect(() => document.querySelectorAll(sel), sel).not.toThrow();
    expect(() => document.querySelectorAll(CHAT_SELECTOR)).not.toThrow();
  });
  it('find the markup of common widgets and click-to-chat links', () => {
    const widgets = [
      '<div id="intercom-container"></div>',
      '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=x"></script>',
      '<div id="drift-widget-container"></div>',
      '<script src="https://embed.tawk.to/abc/default"></script>',
      '<div id="chat-widget-container"></div>',
      '<div class="crisp-client"></div>',
      '<div id="tidio-chat"></div>',
      '<div id="hubspot-messages-iframe-container"></div>',
      '<div id="fc_frame"></div>',
      '<div id="olark-box-container"></div>',
      '<div id="gorgias-chat-container"></div>',
      '<div class="fb-customerchat"></div>',
      '<a href="https://wa.me/989121234567">واتساپ</a>',
      '<a href="https://api.whatsapp.com/send?phone=905551234567">WhatsApp</a>',
      '<div id="goftino_w"></div>',
      '<script src="https://www.goftino.com/widget/abc"></script>',
      '<script src="https://widget-react.raychat.io/install/widget.js"></script>',
    ];
    for (const html of widgets) {
      expect(parse(html).querySelector(CHAT_SELECTOR), html).not.toBeNull();
    }
  });
  it('do not match an ordinary page', () => {
    const doc = parse(
      '<header><nav><a href="/contact">Contact</a></nav></header><main><div id="launcher"></div>' +
      '<iframe title="Store map"></iframe><script src="/app.js"></script></main>',
    );
    expect(doc.querySelector(CHAT_SELECTOR)).toBeNull();
  });
});

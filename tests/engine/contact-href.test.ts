import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_LINK_WORDS, isContactHref, parsedContactHref } from '../../engine/lexicon/contact';

/** isContactHref answers most hrefs without parsing them; the answer must always be the parsed one's. */
function hrefs(): string[] {
  const out = new Set<string>([
    '', '#', '#top', 'javascript:void(0)', 'tel:+49301234', 'MAILTO:a@b.de', 'whatsapp://send?phone=1', 'viber:x',
    'https://wa.me/4912345', 'https://WWW.Help.example.com/x', 'https://shop.zendesk.com/hc', '//m.me/shop',
    'https://support.shop.example/', 'https://service.shop.example/', '/Customer_Service', '/customer service/',
    '/pages/Contact-Us.html', '/kontaktformular.php', '/iletisim', '/İletişim', '/%D8%AA%D9%85%D8%A7%D8%B3-%D8%A8%D8%A7-%D9%85%D8%A7',
    '/تماس-با-ما', '/con\ntact', '/con\ttact', '/a\\contact', '/contact-lenses', '/kontaktlinsen', '/hilfe_&_kontakt',
    '/p?x=1&page=contact', '/p#kontakt', '/help-center', '/aide', '/centre-d-aide', '/assistenza', '/yardim-merkezi',
    '/products/blue-shirt', '/cart', '/checkout?step=2', 'https://shop.example/', '/CONTACTEZ-NOUS', '/Atención_al_cliente',
  ]);
  for (const list of Object.values(CONTACT_LINK_WORDS)) {
    for (const w of list) {
      for (const v of [w, w.toUpperCase(), w.replace(/ /g, '_'), w.replace(/ /g, '%20'), encodeURIComponent(w)]) {
        out.add(`/${v}`);
        out.add(`/de/${v}.html?ref=nav`);
        out.add(`https://x.example/a/${v}/b`);
        out.add(`/x?topic=${v}`);
        out.add(`/x#${v}`);
        out.add(`https://${v.replace(/\W+/g, '')}.example.com/`);
      }
    }
  }
  // Every href of the shared corpus pages, when the corpus is beside the repository.
  for (const dir of ['../shared/corpus/pages', '../shared/corpus/forms'].map((d) => resolve(__dirname, '../..', d))) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.html')) continue;
      for (const m of readFileSync(resolve(dir, f), 'utf8').matchAll(/href\s*=\s*"([^"]*)"/gi)) out.add(m[1]!.replace(/&amp;/g, '&'));
    }
  }
  return [...out];
}

describe('isContactHref quick answer', () => {
  it('agrees with the parsed answer on every href tried', () => {
    const list = hrefs();
    expect(list.length).toBeGreaterThan(500);
    const differ = list.filter((h) => isContactHref(h) !== parsedContactHref(h.trim()));
    expect(differ).toEqual([]);
    // The list holds both answers, so agreement is not trivially "false everywhere".
    expect(list.filter((h) => isContactHref(h)).length).toBeGreaterThan(100);
  });
});

describe('firstChatWidget', () => {
  it('answers as querySelector tried selector by selector would, on pages with and without widgets', async () => {
    const { Window } = await import('happy-dom');
    const { firstChatWidget } = await import('../../engine/contact/extract');
    const { CHAT_SELECTORS } = await import('../../engine/lexicon/contact');
    const bodies = [
      '<p>No chat here</p><a href="/contact">Contact</a>',
      '<a href="https://wa.me/491234">WhatsApp</a><div id="intercom-container"></div>',
      '<div class="crisp-client"></div><iframe src="https://embed.tawk.to/x"></iframe>',
      '<script src="https://code.tidio.co/abc.js"></script><a href="whatsapp://send?x">w</a>',
      '<div id="goftino_w"></div><div id="raychat_x"></div>',
      '<iframe src="https://www.facebook.com/plugins/customer_chat?x"></iframe><a href="https://m.me/shop">m</a>',
      '<jdiv></jdiv><iframe title="chat widget"></iframe>',
      '<iframe id="launcher" title="Chat"></iframe><iframe id="launcher"></iframe>',
      '<div data-product="web_widget"></div><a href="https://api.whatsapp.com/send?phone=1">x</a>',
      // More than 64 divs and links: those selectors go to the document search instead.
      '<div><a href="/a">a</a></div>'.repeat(80) + '<div data-product="web_widget"></div><a href="https://wa.me/1">w</a>',
      '<div><a href="/a">a</a></div>'.repeat(80) + '<a href="https://m.me/shop">m</a><iframe title="chat widget"></iframe>',
      '<div><a href="/a">a</a></div>'.repeat(80) + '<p>none</p>',
    ];
    for (const body of bodies) {
      const window = new Window();
      const doc = window.document as unknown as Document;
      doc.body.innerHTML = body;
      let expected: Element | null = null;
      for (const s of CHAT_SELECTORS) if ((expected = doc.querySelector(s))) break;
      expect(firstChatWidget(doc), body).toBe(expected);
      void window.happyDOM.close();
    }
  });
});

describe('moreWordsThan', () => {
  it('counts words as split(/\\s+/).filter(Boolean) does, without splitting', async () => {
    const { moreWordsThan } = await import('../../engine/contact/extract');
    const texts = ['', '   ', 'Contact', 'Contact us', ' a b c d e f ', 'a b c d e f g', 'a\u00a0b\u2003c\u3000d\ufeffe\tf\ng', 'one  two\n\nthree', 'تماس با ما', 'a b c d e f g h i j'];
    for (const t of texts) for (const n of [0, 1, 2, 6]) expect(moreWordsThan(t, n), `${JSON.stringify(t)} > ${n}`).toBe(t.split(/\s+/).filter(Boolean).length > n);
  });
});

describe('postal addresses', () => {
  it('finds addresses written with ASCII and Persian digits, and skips street words without a postal code', async () => {
    const { Window } = await import('happy-dom');
    const { buildPageContext } = await import('../../engine/page');
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = '<p>Friedrich-Ebert-Straße 5, 10115 Berlin</p><p>تهران، خیابان ولیعصر، پلاک ۱۲، کد پستی ۱۴۳۳۹۱۳۱۱۱</p><p>Visit our street market</p><p>Main Street, Springfield</p>';
    const ctx = buildPageContext(doc);
    expect(ctx.contact.addresses).toEqual(['Friedrich-Ebert-Straße 5, 10115 Berlin', 'تهران، خیابان ولیعصر، پلاک ۱۲، کد پستی ۱۴۳۳۹۱۳۱۱۱']);
    void window.happyDOM.close();
  });

  it('reads street names written as one word (German, Dutch, Scandinavian compounds) when a house number follows', async () => {
    const { Window } = await import('happy-dom');
    const { buildPageContext } = await import('../../engine/page');
    const window = new Window();
    const doc = window.document as unknown as Document;
    const found = ['Hauptstraße 5, 10115 Berlin', 'Bahnhofstr. 12 · 80335 München', 'Lindenweg 4a, 3011 Bern', 'Kalverstraat 92, 1012 PH Amsterdam', 'Vesterbrogade 3, 1620 København', 'Drottninggatan 5, 11151 Stockholm'];
    const not = ['Unterwegs seit 2012 – 10115 Kunden', 'Spring 2024: 12345 Artikel', 'Hauptstraße, Berlin'];
    doc.body.innerHTML = [...found, ...not].map((t) => `<p>${t}</p>`).join('');
    const ctx = buildPageContext(doc);
    expect(ctx.contact.addresses).toEqual(found);
    void window.happyDOM.close();
  });
});

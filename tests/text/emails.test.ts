import { describe, expect, it } from 'vitest';
import { findEmails } from '../../engine/text/emails';

const emails = (text: string) => findEmails(text).map((e) => e.email);

describe('findEmails: plain addresses', () => {
  it('finds addresses in running text in several languages', () => {
    expect(emails('Write to info@example.com for help.')).toEqual(['info@example.com']);
    expect(emails('E-Mail: Kundenservice@Beispiel-Shop.de')).toEqual(['kundenservice@beispiel-shop.de']);
    expect(emails('E-posta: destek@magaza.com.tr adresine yazın')).toEqual(['destek@magaza.com.tr']);
    expect(emails('Écrivez-nous à service.client@boutique.fr.')).toEqual(['service.client@boutique.fr']);
    expect(emails('Correo: atencion+pedidos@tienda.es; respuesta en 24 h')).toEqual(['atencion+pedidos@tienda.es']);
    expect(emails('Scrivici a assistenza@negozio.it!')).toEqual(['assistenza@negozio.it']);
    expect(emails('mailto:sales@shop.co.uk')).toEqual(['sales@shop.co.uk']);
  });
  it('reports raw, index and that it is not obfuscated', () => {
    const text = 'Kontakt: info@shop.de oder support@shop.de.';
    const found = findEmails(text);
    expect(found).toEqual([
      { raw: 'info@shop.de', email: 'info@shop.de', obfuscated: false, index: text.indexOf('info@') },
      { raw: 'support@shop.de', email: 'support@shop.de', obfuscated: false, index: text.indexOf('support@') },
    ]);
  });
  it('finds addresses in Persian and Arabic text, also with bidi marks', () => {
    expect(emails('ایمیل: info@digishop.ir')).toEqual(['info@digishop.ir']);
    expect(emails('برای پشتیبانی به support@shop.ir ایمیل بزنید')).toEqual(['support@shop.ir']);
    expect(emails('پست الکترونیک:\u200f sales@shop.ir\u200f')).toEqual(['sales@shop.ir']);
    expect(emails('البريد الإلكتروني: help@matjar.sa')).toEqual(['help@matjar.sa']);
    expect(emails('info@shop.irبا ما')).toEqual(['info@shop.ir']);
  });
  it('fullwidth at-sign counts, as obfuscated', () => {
    expect(findEmails('info＠example.jp')[0]).toMatchObject({ email: 'info@example.jp', obfuscated: true });
  });
});

describe('findEmails: obfuscated addresses', () => {
  const cases: [string, string][] = [
    ['name [at] example [dot] com', 'name@example.com'],
    ['name[at]example[dot]com', 'name@example.com'],
    ['name(at)example.com', 'name@example.com'],
    ['name (at) example (dot) com', 'name@example.com'],
    ['name {at} example {dot} co {dot} uk', 'name@example.co.uk'],
    ['name <at> example <dot> de', 'name@example.de'],
    ['name [@] example [.] com', 'name@example.com'],
    ['name at example dot com', 'name@example.com'],
    ['NAME AT EXAMPLE DOT COM', 'name@example.com'],
    ['name @ example . com', 'name@example.com'],
    ['name@example dot com', 'name@example.com'],
    ['info(a)firma.de', 'info@firma.de'],
    ['max [dot] mustermann [at] firma [dot] de', 'max.mustermann@firma.de'],
    ['kontakt (ät) firma (punkt) de', 'kontakt@firma.de'],
    ['iletisim [at] magaza [nokta] com', 'iletisim@magaza.com'],
  ];
  for (const [text, email] of cases) {
    it(`reads "${text}"`, () => {
      const found = findEmails(`Contact: ${text}.`);
      expect(found.map((e) => e.email)).toEqual([email]);
      expect(found[0]?.obfuscated).toBe(true);
      expect(found[0]?.raw).toBe(text);
    });
  }
  it('in Persian text', () => {
    expect(emails('ایمیل: info [at] shop [dot] ir')).toEqual(['info@shop.ir']);
    expect(emails('با ما از طریق support(at)shop.ir در ارتباط باشید')).toEqual(['support@shop.ir']);
  });
});

describe('findEmails: not addresses', () => {
  const negatives = [
    'Follow us @shopname on Instagram',
    'logo@2x.png',
    'icon@3x.webp and sprite@2x.svg',
    'version foo@1.2.3',
    'Look at this dot com bubble',
    'We meet at home dot com',
    'Offer available at our store dot com',
    'Buy 3 @ 5.99',
    'Price @ 12.50 each',
    'see you at example.com',
    '(a) first item (b) second item',
    'email@',
    '@example.com',
    'user@localhost',
    'name at example',
    'Tickets at the door. Com on!',
  ];
  for (const text of negatives) {
    it(`ignores "${text}"`, () => {
      expect(findEmails(text)).toEqual([]);
    });
  }
  it('stops at a sentence end', () => {
    expect(emails('Mail info@shop.de. Danke')).toEqual(['info@shop.de']);
    expect(emails('Mail info @ shop . de. Danke')).toEqual(['info@shop.de']);
  });
  // A runaway pattern would hit the test timeout; speed itself is measured by `npm run bench`.
  it('reads a long text full of near-addresses', () => {
    const text = 'word @ at (at) [dot] . '.repeat(5000) + 'info@shop.de';
    expect(emails(text)).toEqual(['info@shop.de']);
  });
});

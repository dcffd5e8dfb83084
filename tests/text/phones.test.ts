import { describe, expect, it } from 'vitest';
import { normalizeDigits } from '../../engine/text/digits';
import { findPhones, normalizePhone, samePhone } from '../../engine/text/phones';

const norms = (text: string) => findPhones(text).map((p) => p.normalized);

describe('normalizeDigits', () => {
  it('maps Persian, Arabic-Indic and fullwidth digits to ASCII and keeps the length', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('تلفن: ۰۲۱-۱۲۳۴۵۶۷۸')).toBe('تلفن: 021-12345678');
    expect(normalizeDigits('abc 123')).toBe('abc 123');
    const s = 'قیمت ۱۲٬۵۰۰ تومان';
    expect(normalizeDigits(s)).toHaveLength(s.length);
  });
});

describe('findPhones: numbers that stand alone (international, trunk 0, North American)', () => {
  const cases: [string, string][] = [
    ['+49 30 1234567', '+49301234567'],
    ['+49 (0)30 123 45 67', '+49301234567'],
    ['+49 (0) 30 / 123 45 67', '+49301234567'],
    ['0049 30 1234567', '+49301234567'],
    ['030 12345678', '03012345678'],
    ['030/1234567', '0301234567'],
    ['030-1234567-0', '03012345670'],
    ['0212 555 12 34', '02125551234'],
    ['+90 212 555 12 34', '+902125551234'],
    ['0850 123 45 67', '08501234567'],
    ['(555) 123-4567', '5551234567'],
    ['555-123-4567', '5551234567'],
    ['555.123.4567', '5551234567'],
    ['1-800-555-1234', '18005551234'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['020 7946 0958', '02079460958'],
    ['0800 123 4567', '08001234567'],
    ['+33 1 23 45 67 89', '+33123456789'],
    ['01 23 45 67 89', '0123456789'],
    ['01.23.45.67.89', '0123456789'],
    ['+98 21 1234 5678', '+982112345678'],
    ['۰۲۱-۱۲۳۴۵۶۷۸', '02112345678'],
    ['۰۹۱۲ ۱۲۳ ۴۵۶۷', '09121234567'],
    ['+39 06 1234 5678', '+390612345678'],
    ['06 1234 5678', '0612345678'],
    ['+34 912 345 678', '+34912345678'],
    ['+31 20 123 4567', '+31201234567'],
    ['+351 21 123 4567', '+351211234567'],
    ['0170 1234567', '01701234567'],
    ['01701234567', '01701234567'],
  ];
  for (const [raw, normalized] of cases) {
    it(`finds ${raw} alone and inside a sentence`, () => {
      expect(norms(raw)).toEqual([normalized]);
      const inText = `Sie erreichen uns unter ${raw} oder per E-Mail.`;
      const found = findPhones(inText);
      expect(found.map((p) => p.normalized)).toEqual([normalized]);
      expect(found[0]?.raw).toBe(raw);
      expect(found[0]?.index).toBe(inText.indexOf(raw));
    });
  }
});

describe('findPhones: per language, with labels', () => {
  it('German', () => {
    expect(norms('Telefon: 030 1234567\nE-Mail: info@beispiel.de')).toEqual(['0301234567']);
    expect(norms('Hotline (Mo–Fr 9–18 Uhr): 0800 123 4567 (kostenlos)')).toEqual(['08001234567']);
    expect(norms('Tel.: +49 (0) 89 12 34 56-0, Fax: +49 (0) 89 12 34 56-99')).toEqual(['+49891234560']);
    expect(norms('Tel./Fax: 07531 12345')).toEqual(['0753112345']);
    expect(norms('Rufen Sie uns an: 040 12345')).toEqual(['04012345']);
  });
  it('Turkish', () => {
    expect(norms('Müşteri Hizmetleri: 0850 222 33 44')).toEqual(['08502223344']);
    expect(norms('Telefon: +90 (212) 555 12 34')).toEqual(['+902125551234']);
    expect(norms('Çağrı merkezi 444 0 123 numaralı telefonu arayın')).toEqual([]);
    expect(norms('Tel: 444 0 123')).toEqual(['4440123']);
  });
  it('French, Spanish, Italian', () => {
    expect(norms('Service client : 01 23 45 67 89 (appel non surtaxé)')).toEqual(['0123456789']);
    expect(norms('Téléphone : +33 (0)1 23 45 67 89')).toEqual(['+33123456789']);
    expect(norms('Teléfono: 912 345 678')).toEqual(['912345678']);
    expect(norms('Llámanos al 912 345 678 o al 913 456 789')).toEqual(['912345678', '913456789']);
    expect(norms('Telefono: 06 1234 5678')).toEqual(['0612345678']);
  });
  it('English', () => {
    expect(norms('Call us: (555) 123-4567 Mon-Fri 9am-5pm')).toEqual(['5551234567']);
    expect(norms('Phone: 0800 123 4567 · Email: help@shop.co.uk')).toEqual(['08001234567']);
    expect(norms('☎ 0800 1234 567')).toEqual(['08001234567']);
    expect(norms('T: 912 345 678')).toEqual(['912345678']);
  });
  it('Persian and Arabic, right-to-left, Persian digits and bidi marks', () => {
    expect(norms('تلفن: ۰۲۱-۱۲۳۴۵۶۷۸')).toEqual(['02112345678']);
    expect(norms('شماره تماس: ۰۲۱۸۸۷۷۶۶۵۵ (ساعت ۹ تا ۱۷)')).toEqual(['02188776655']);
    expect(norms('تلفن پشتیبانی: \u200e+98 21 1234 5678\u200e')).toEqual(['+982112345678']);
    expect(norms('تلفن: ۸۸۷۷۶۶۵۵-۰۲۱')).toEqual(['02188776655']);
    expect(norms('موبایل: ۰۹۱۲۱۲۳۴۵۶۷')).toEqual(['09121234567']);
    expect(norms('اتصل بنا على الرقم ٠١٢٣٤٥٦٧٨٩')).toEqual(['0123456789']);
    expect(norms('الهاتف: +966 11 123 4567')).toEqual(['+966111234567']);
  });
  it('Persian: raw and index point into the original text', () => {
    const text = 'تلفن: ۰۲۱-۱۲۳۴۵۶۷۸ و ۰۲۱-۸۷۶۵۴۳۲۱';
    const found = findPhones(text);
    expect(found.map((p) => p.raw)).toEqual(['۰۲۱-۱۲۳۴۵۶۷۸', '۰۲۱-۸۷۶۵۴۳۲۱']);
    expect(found[1]?.index).toBe(text.indexOf('۰۲۱-۸۷۶۵۴۳۲۱'));
  });
  it('a label glued to the number', () => {
    expect(norms('Tel0301234567')).toEqual(['0301234567']);
  });
});

describe('findPhones: not phone numbers', () => {
  const negatives = [
    // prices and amounts
    '€ 1.234.567', '1.234.567,00 €', 'Preis: 1 299 000 EUR', '$1,234,567.89', '12.345.678 TL', 'قیمت: ۱۲٬۵۰۰٬۰۰۰ تومان',
    '1.234.567', '2.500.000 Besucher', '1 234 567 visitors', 'save 25% on 1234567 items',
    // dates, times, ranges
    '2024-05-01', '12.05.2024', '01.05.2024', '01/05/2024', '12. 05. 2024', '01.05.-15.05.2024', '۱۴۰۳/۰۲/۱۵',
    'Mo-Fr 9.00-18.00 Uhr', '10:00 - 18:00', 'from 2019 2020 2021 2022', '1000000-2000000',
    // ids
    'Bestellnummer: 100234567', 'Order #123456789', 'Order no. 4001234567', 'Sipariş numarası: 123456789',
    'IBAN: DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00', 'SKU-4921384712', 'SKU 4006381333931',
    'EAN 4006381333931', 'Art.-Nr. 0123456789', 'USt-IdNr.: DE123456789', 'HRB 1234567 B',
    'Kundennummer 0301234567', 'RCS Paris 123 456 789', 'P.IVA 01234567890', 'کد پستی: ۱۴۱۵۶۷۸۹۱۰',
    'شماره سفارش: ۱۲۳۴۵۶۷۸۹', 'Fax: 030 1234568', 'Telefax: +49 30 1234568', 'فکس: ۰۲۱-۱۲۳۴۵۶۷۹',
    // postal codes, plain numbers, coordinates, vanity
    '10115 Berlin', '34394 İstanbul', '4921384712', '52.520008, 13.404954', '+1 800 FLOWERS', '192.168.100.200',
    'ISBN 978-3-16-148410-0', 'doi:10.1073/pnas.0801507105', 'am 08.04.2015 12:43 Uhr', '2024-05-01 10:00:00', 'Modell 1234567', '123456789', '1234567890123',
  ];
  for (const text of negatives) {
    it(`ignores "${text}"`, () => {
      expect(findPhones(text)).toEqual([]);
    });
  }
  it('ignores a price next to a phone', () => {
    expect(norms('Tel. 030 1234567 – Versand ab 49,90 €, Bestellnr. 100234567')).toEqual(['0301234567']);
  });
  it('includes fax numbers when asked', () => {
    expect(findPhones('Fax: 030 1234568', { includeFax: true }).map((p) => p.normalized)).toEqual(['0301234568']);
  });
});

describe('normalizePhone and samePhone', () => {
  it('strips formatting, keeps + and digits', () => {
    expect(normalizePhone('+49 (0)30 123 45 67')).toBe('+49301234567');
    expect(normalizePhone('0049 30 1234567')).toBe('+49301234567');
    expect(normalizePhone('(555) 123-4567')).toBe('5551234567');
    expect(normalizePhone('۰۲۱-۱۲۳۴۵۶۷۸')).toBe('02112345678');
    expect(normalizePhone('＋９８ ２１ １２３４ ５６７８')).toBe('+982112345678');
  });
  it('treats national and international forms of one number as equal', () => {
    expect(samePhone('+49 30 1234567', '030 1234567')).toBe(true);
    expect(samePhone('+49 (0)30 123 45 67', '030/1234567')).toBe(true);
    expect(samePhone('+90 212 555 12 34', '0212 555 12 34')).toBe(true);
    expect(samePhone('+98 21 1234 5678', '۰۲۱-۱۲۳۴۵۶۷۸')).toBe(true);
    expect(samePhone('+44 20 7946 0958', '020 7946 0958')).toBe(true);
    expect(samePhone('+39 06 1234 5678', '06 1234 5678')).toBe(true);
    expect(samePhone('+1 555 123 4567', '(555) 123-4567')).toBe(true);
    expect(samePhone('030 1234567', '030-123 45 67')).toBe(true);
  });
  it('keeps different numbers apart', () => {
    expect(samePhone('+49 30 1234567', '030 1234568')).toBe(false);
    expect(samePhone('+49 30 1234567', '+43 30 1234567')).toBe(false);
    expect(samePhone('030 1234567', '040 1234567')).toBe(false);
    expect(samePhone('', '')).toBe(false);
  });
});

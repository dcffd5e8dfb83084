// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseAmount, parsePrices, priceRole, readPrices } from '../../engine/text/prices';
import { buildPageContext } from '../../engine/page';

describe('parsePrices', () => {
  it.each([
    ['€12,99', 12.99, 'EUR'],
    ['12.99 €', 12.99, 'EUR'],
    ['$1,299.00', 1299, 'USD'],
    ['1.299,00 TL', 1299, 'TRY'],
    ['₺149,90', 149.9, 'TRY'],
    ['120٬000 تومان', 120000, 'IRT'],
    ['۱۲۰٬۰۰۰ ریال', 120000, 'IRR'],
    ['CHF 12.–', 12, 'CHF'],
    ['£7', 7, 'GBP'],
    ['1 299,00 €', 1299, 'EUR'],
  ])('%s → %d %s', (text, amount, currency) => {
    const [p] = parsePrices(text);
    expect(p).toMatchObject({ amount, currency, text });
  });
  it('keeps the page text and finds several prices in one line', () => {
    expect(parsePrices('Was €19,99 now €12,99').map((p) => p.text)).toEqual(['€19,99', '€12,99']);
  });
  it('ignores numbers without a currency, percentages, model numbers', () => {
    expect(parsePrices('Save 20% on 3 items, model A4, 2024')).toEqual([]);
  });
  it('reads 1.299 as thousands and 12,5 as a decimal', () => {
    expect(parseAmount('1.299')).toBe(1299);
    expect(parseAmount('12,5')).toBe(12.5);
  });
});

describe('priceRole', () => {
  it.each([
    ['Subtotal', 'subtotal'], ['Zwischensumme', 'subtotal'], ['Ara toplam', 'subtotal'],
    ['Total', 'total'], ['Gesamtsumme', 'total'], ['Toplam', 'total'], ['جمع کل', 'total'],
    ['Shipping', 'shipping'], ['Versand', 'shipping'], ['Kargo', 'shipping'], ['هزینه ارسال', 'shipping'],
    ['Service fee', 'fee'], ['Bearbeitungsgebühr', 'fee'], ['Hizmet bedeli', 'fee'], ['Frais de dossier', 'fee'],
  ])('%s → %s', (label, role) => expect(priceRole(label, 'checkout')).toBe(role));
  it('is a product price on product pages, unknown elsewhere', () => {
    expect(priceRole('Blue mug', 'product')).toBe('product');
    expect(priceRole('Blue mug', 'article')).toBe('unknown');
  });
});

describe('readPrices', () => {
  it('takes a table cell price label from the cell before', () => {
    document.body.innerHTML = '<main><h1>Cart</h1><table><tr><td>Shipping</td><td>€4,90</td></tr><tr><td>Total</td><td>€17,89</td></tr></table></main>';
    const prices = readPrices(buildPageContext(document, { url: 'https://shop.example/cart' }));
    expect(prices.map((p) => [p.role, p.amount, p.currency])).toEqual([['shipping', 4.9, 'EUR'], ['total', 17.89, 'EUR']]);
  });
});

/** Page facts for journey checks: company names, return windows, and what runAudit puts in result.facts. */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { companiesIn, returnsIn } from '../../engine/text/company-returns';
import { runAudit, runAuditWithContext } from '../../engine/run-audit';
import { runAuditRemote } from '../../engine/run-audit-remote';
import { answerQueries, type ServiceQuery } from '../../engine/services';
import { FULL_SERVICES } from '../../engine/services-full';
import { mayNameCompanyOrReturns } from '../../engine/text/company-returns-gate';
import { AuditReport } from '../../engine/result';

describe('companiesIn', () => {
  it.each([
    ['© 2026 Mugshop Handels GmbH. Alle Rechte vorbehalten.', 'Mugshop Handels GmbH', 'GmbH'],
    ['Betreiber: Nordic Retail Services GmbH & Co. KG', 'Nordic Retail Services GmbH & Co. KG', 'GmbH & Co. KG'],
    ['Copyright Mugs Direct Ltd, registered in England', 'Mugs Direct Ltd', 'Ltd'],
    ['© Kupa Elektronik Ticaret A.Ş.', 'Kupa Elektronik Ticaret A.Ş.', 'A.Ş.'],
    ['Yıldız Pazarlama Tic. Ltd. Şti.', 'Yıldız Pazarlama Tic. Ltd. Şti.', 'Ltd. Şti.'],
    ['Tazas y Vasos S.L. — CIF B12345678', 'Tazas y Vasos S.L.', 'S.L.'],
    ['Tasses de France SARL', 'Tasses de France SARL', 'SARL'],
    ['Tazze Italiane S.r.l.', 'Tazze Italiane S.r.l.', 'S.r.l.'],
    ['کلیه حقوق متعلق به شرکت لیوان گستر (سهامی خاص) است', 'لیوان گستر سهامی خاص', 'سهامی خاص'],
  ])('%s', (text, name, form) => {
    expect(companiesIn(text)).toContainEqual({ name, form });
  });

  it('does not read lower-case words as legal forms', () => {
    expect(companiesIn('Versand ab 20 € kostenlos, ag and ltd in lower case')).toEqual([]);
  });
});

describe('returnsIn', () => {
  it.each([
    ['30 days returns', 30],
    ['Free 30-day returns', 30],
    ['You can return unused items within 14 days of delivery.', 14],
    ['30 Tage Rückgaberecht', 30],
    ['Kostenlose Rücksendung innerhalb von 30 Tagen', 30],
    ['14 gün içinde iade', 14],
    ['retours sous 30 jours', 30],
    ['Devoluciones gratuitas en 30 días', 30],
    ['Reso gratuito entro 30 giorni', 30],
    ['۷ روز ضمانت بازگشت', 7],
    ['Returns: 1 month, free of charge', 30],
    ['Rückgabe innerhalb von 2 Wochen', 14],
  ])('%s → %i days', (text, days) => {
    expect(returnsIn(text).map((r) => r.days)).toEqual([days]);
  });

  it.each([
    'Delivery in 2-3 days',
    'Es gilt das gesetzliche Widerrufsrecht von 14 Tagen.',
    '14 gün içinde cayma hakkı',
    'Ships within 3 days. Easy returns.',
    'Open 7 days a week',
  ])('no return window in "%s"', (text) => {
    expect(returnsIn(text)).toEqual([]);
  });
});

describe('mayNameCompanyOrReturns', () => {
  it('lets through every text that companiesIn or returnsIn finds something in', () => {
    for (const text of ['© 2026 Mugshop Handels GmbH', 'شرکت لیوان گستر (سهامی خاص)', '30 Tage Rückgaberecht', '۷ روز ضمانت بازگشت']) {
      expect(mayNameCompanyOrReturns(text), text).toBe(true);
    }
  });

  it('stops texts without a legal form and without a number next to a return word', () => {
    for (const text of ['Delivery in 2-3 days', 'Easy returns', 'Versand ab 20 € kostenlos, ag and ltd in lower case']) {
      expect(mayNameCompanyOrReturns(text), text).toBe(false);
    }
  });
});

describe('result.facts', () => {
  it('holds phones, emails, company, returns, prices and the step, and the CLI report stays valid', () => {
    const window = new Window({ url: 'https://shop.example/checkout' });
    const doc = window.document as unknown as Document;
    doc.title = 'Checkout';
    doc.body.innerHTML = `
      <main><h1>Checkout</h1><p>Step 2 of 6</p>
        <table><tr><td>Blue mug</td><td>Qty 2</td><td>€25.98</td></tr></table>
        <p>Shipping €4.90</p><p>Total €30.88</p><p>Free 30-day returns</p></main>
      <footer><p>Call <a href="tel:+4930123456">030 123456</a> · <a href="mailto:help@shop.example">help@shop.example</a></p>
        <p>© 2026 Shop Example GmbH</p></footer>`;
    const result = runAudit(doc, { detectors: [] });
    void window.happyDOM.close();
    const f = result.facts!;
    expect(f.phones).toEqual([{ raw: '030 123456', normalized: '030123456', place: 'site' }]); // the tel: link is the same line
    expect(f.emails).toEqual([{ email: 'help@shop.example', place: 'site' }]);
    expect(f.companies).toEqual([{ name: 'Shop Example GmbH', form: 'GmbH', place: 'site' }]);
    expect(f.returns.map((r) => r.days)).toEqual([30]);
    expect(f.prices.map((p) => [p.role, p.amount, p.label, p.quantity])).toEqual([
      ['product', 25.98, 'Blue mug', 2],
      ['shipping', 4.9, 'Shipping', undefined],
      ['total', 30.88, 'Total', undefined],
    ]);
    expect(f.step).toEqual({ current: 2, total: 6, text: 'Step 2 of 6' });
    expect(AuditReport.parse({ schemaVersion: 1, pages: [result] }).pages[0]!.facts).toEqual(f);
    // Results without facts (older CLI output) still parse.
    const { facts: _f, ...old } = result;
    expect(AuditReport.safeParse({ schemaVersion: 1, pages: [old] }).success).toBe(true);
  });

  it('are the same on the content-script path, where the background reads companies and return windows', async () => {
    const window = new Window({ url: 'https://laden.example/' });
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = `
      <main><p>Kostenlose Rücksendung innerhalb von 30 Tagen</p><p>Lieferung in 2-3 Tagen</p><p>Returns: 2 weeks</p></main>
      <footer><p>© 2026 Tassen Handels GmbH &amp; Co. KG</p><p>شرکت لیوان گستر (سهامی خاص)</p><p>Impressum</p></footer>`;
    const asked: ServiceQuery[] = [];
    try {
      const direct = runAuditWithContext(doc, { detectors: [] }).result.facts!;
      const remote = (await runAuditRemote(doc, { detectors: [] }, async (q) => {
        asked.push(...q);
        return JSON.parse(JSON.stringify(answerQueries(q, FULL_SERVICES))) as unknown[];
      })).result.facts!;
      expect(direct.companies.map((c) => c.name)).toEqual(['Tassen Handels GmbH & Co. KG', 'لیوان گستر سهامی خاص']);
      expect(direct.returns.map((r) => r.days)).toEqual([30, 14]);
      expect(remote).toEqual(direct);
      // Only the texts that can hold a company or a return window are sent.
      expect(asked.filter((q) => q.kind === 'textFacts').map((q) => q.text).sort()).toEqual(
        ['Kostenlose Rücksendung innerhalb von 30 Tagen', 'Returns: 2 weeks', '© 2026 Tassen Handels GmbH & Co. KG', 'شرکت لیوان گستر (سهامی خاص)'].sort(),
      );
    } finally {
      void window.happyDOM.close();
    }
  });
});

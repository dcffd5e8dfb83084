import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { CSV_COLUMNS, csvSafe, renderReportCsv } from '../../report/csv';
import { modelFromBundle } from '../../report/model';
import { bundle, demoBundle, stored, touchpoint, XSS } from './fixtures';

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const res = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
  expect(res.errors).toEqual([]);
  return res.data;
}

describe('CSV export', () => {
  it('has one row per finding (dismissed too), BOM, CRLF line ends and every field quoted', () => {
    const csv = renderReportCsv(demoBundle());
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines.at(-1)).toBe('');
    const rows = parse(csv);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.status === 'dismissed')).toMatchObject({ dismiss_reason: 'Shown on the product page too.', deduction: '0', touchpoint: '3' });
    expect(rows.find((r) => r.detector === 'forced-account')).toMatchObject({ title: 'Account required to buy', severity: 'critical', deduction: '40', selector: 'form#register', url: 'https://shop.example/checkout' });
  });

  it('round-trips commas, quotes, newlines, Turkish and Persian text through a real CSV parser', () => {
    const tp = touchpoint(1, { title: 'Ödeme, "güvenli"', url: 'https://dükkan.example/ödeme?a=1,b=2' });
    const texts = {
      title: 'İstanbul’da teslimat, "ücretsiz" değil',
      message: 'Satır 1\nSatır 2\r\nSatır 3, "alıntı"',
      note: 'فرم تاریخ تولد می‌خواهد؛ «چرا؟»\nخط دوم',
      dismissReason: 'ZWNJ\u200c, RLM\u200f, emoji 🧾, combining é',
      evidence: { text: 'Son 2 ürün!\t"Acele edin"' },
    };
    const b = bundle([tp], [stored(tp, 'serious', { ...texts, status: 'dismissed' })]);
    const [row] = parse(renderReportCsv(b));
    expect(row).toMatchObject({
      page_title: tp.title,
      url: tp.url,
      title: texts.title,
      message: texts.message,
      note: texts.note,
      dismiss_reason: texts.dismissReason,
      evidence: texts.evidence.text,
    });
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'a=b', ' =x'].map(csvSafe)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'a=b', ' =x']);
    const tp = touchpoint(1);
    const [row] = parse(renderReportCsv(bundle([tp], [stored(tp, 'minor', { title: XSS.formula, note: '@cmd', message: '-2+3' })])));
    expect(row).toMatchObject({ title: `'${XSS.formula}`, note: "'@cmd", message: "'-2+3" });
  });

  it('round-trips arbitrary text (property): parse(csv) gives back each value, apostrophe-prefixed when it looked like a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        const tp = touchpoint(1);
        const [row] = parse(renderReportCsv(modelFromBundle(bundle([tp], [stored(tp, 'minor', { title: a, note: b })]))));
        expect(row!.title).toBe(csvSafe(a));
        expect(row!.note).toBe(csvSafe(b));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

/** runJourney and its CLI use: messages, keys, where findings land; and journey code stays out of the content script. */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pageName, runJourney, withJourneyFindings } from '../../engine/journey';
import { siteOf, type JourneyPage } from '../../engine/journey-types';
import { JOURNEY_DETECTORS } from '../../engine/detectors/index';
import { AuditReport, type AuditResult, type PageFacts } from '../../engine/result';

const facts = (over: Partial<PageFacts> = {}): PageFacts => ({ phones: [], emails: [], companies: [], returns: [], prices: [], step: null, ...over });
const phone = (raw: string) => ({ raw, normalized: raw.replace(/[^\d+]/g, ''), place: 'site' as const });

function result(url: string, title: string, pageKind: string, f: Partial<PageFacts>): AuditResult {
  return {
    url, title, lang: 'en', scannedAt: '2026-11-22T10:00:00.000Z', durationMs: 1, pageKind, forms: [],
    contact: { phones: [], emails: [], addresses: [], contactLinks: [], chat: false }, findings: [], skipped: [], facts: facts(f),
  };
}

const pages = [
  result('https://shop.example/p/mug', 'Mug', 'product', { phones: [phone('0800 111')] }),
  result('https://shop.example/cart', 'Cart', 'cart', { phones: [phone('0800 111')] }),
  result('https://shop.example/checkout', 'Checkout', 'checkout', { phones: [phone('0800 222')], step: { current: 1, total: 7, text: 'Step 1 of 7' } }),
];

describe('runJourney', () => {
  const journey: JourneyPage[] = pages.map((p, i) => ({ order: i + 1, url: p.url, title: p.title, pageKind: p.pageKind!, facts: p.facts }));

  it('fills messages in the locale, names both pages and keys findings by the earlier page and subject', () => {
    const en = runJourney(journey);
    const contact = en.find((f) => f.detector === 'inconsistent-contact')!;
    expect(contact.message).toBe('The phone number 0800 111 on “Cart” is replaced by 0800 222 on “Checkout”.');
    expect(contact.at).toBe(2);
    expect(contact.key).toBe('inconsistent-contact|https://shop.example/cart|phone|0800111|0800222');
    expect(contact.evidence).toMatchObject({ pageA: { url: 'https://shop.example/cart', order: 2 }, pageB: { order: 3 } });
    expect(contact.messageId).toBe('phone');
    const de = runJourney(journey, { locale: 'de-AT' }).find((f) => f.detector === 'inconsistent-contact')!;
    expect(de.message).toContain('wird auf „Checkout“ durch 0800 222 ersetzt');
    expect(de.key).toBe(contact.key);
  });

  it('returns nothing for no pages or one page, and takes pages without facts', () => {
    expect(runJourney([])).toEqual([]);
    expect(runJourney([journey[0]!])).toEqual([]);
    expect(runJourney(journey.map((p) => ({ ...p, facts: null })))).toEqual([]);
  });

  it('a detector that throws does not stop the others', () => {
    const broken = { ...JOURNEY_DETECTORS[0]!, evaluate: () => { throw new Error('boom'); } };
    const quiet = console.warn;
    console.warn = () => {};
    try {
      expect(runJourney(journey, { detectors: [broken, ...JOURNEY_DETECTORS.slice(1)] }).length).toBeGreaterThan(0);
    } finally {
      console.warn = quiet;
    }
  });

  it('names a page by its title, else its URL', () => {
    expect(pageName({ order: 1, url: 'https://shop.example/a', title: '  ', pageKind: 'other' })).toBe('shop.example/a');
  });

  it('treats subdomains as one site and a payment provider as another', () => {
    expect(siteOf('https://checkout.shop.co.uk/x')).toBe(siteOf('https://www.shop.co.uk/'));
    expect(siteOf('https://pay.psp.example.net/')).not.toBe(siteOf('https://shop.example/'));
  });
});

describe('withJourneyFindings (the CLI)', () => {
  it('adds journey findings to the later page and the report still parses', () => {
    const out = withJourneyFindings(pages);
    expect(pages[2]!.findings).toEqual([]); // input untouched
    expect(out[2]!.findings.map((f) => f.detector).sort()).toEqual(['inconsistent-contact', 'too-many-steps']);
    const report = AuditReport.parse({ schemaVersion: 1, pages: out });
    expect(Object.keys(report.pages[2]!.findings[0]!)).not.toContain('key');
  });
});

describe('content-script size', () => {
  it('the page engine (what the content script runs) bundles no journey detector', async () => {
    const bundle = await build({
      entryPoints: [resolve(__dirname, '../../cli/engine-entry.ts')],
      bundle: true, minify: true, write: false, format: 'iife', logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).toContain('GmbH'); // the facts extraction is there
    for (const d of JOURNEY_DETECTORS) expect(code, d.meta.id).not.toContain(d.meta.id);
  });
});

/**
 * Fixture-driven detector tests (after axe-core's rule fixtures). A fixture file
 * tests/detectors/fixtures/<id>.html holds cases as <template> elements:
 *
 *   <template data-case="de: Konto erzwungen" data-url="https://shop.example/kasse" data-lang="de"
 *             data-title="Kasse" data-expect="1" data-expect-severity="serious"
 *             data-expect-selector="#login" data-expect-text="Only 2 left">
 *     …the page body…
 *   </template>
 *
 * data-expect is the number of findings the detector must report on that page. The others are optional:
 * every finding must have that severity; some finding's element must match the selector; some finding's
 * evidence.text must contain the text.
 *
 * Journey detectors (engine/journey.ts) use the same file with one case per journey: the case template
 * names its journey and holds no page; the journey's pages follow as templates of their own, in journey
 * order (scan order), each audited like a case page; then runJourney runs over them:
 *
 *   <template data-case="de: Hotline im Fuß ersetzt" data-journey="hotline" data-expect="1"
 *             data-expect-page="3" data-expect-text="+49 30 999"></template>
 *   <template data-page-of="hotline" data-url="https://laden.example/p/tasse" data-lang="de"
 *             data-title="Tasse">…page body…</template>
 *   <template data-page-of="hotline" data-url="https://laden.example/kasse" data-lang="de">…</template>
 *
 * data-expect counts the journey findings; data-expect-page is the 1-based page every finding is stored on
 * (the later page); data-expect-severity and data-expect-text as above. data-dir on a page sets rtl.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectorById, journeyDetectorById } from '../../engine/detectors/index';
import { runAuditWithContext } from '../../engine/run-audit';
import { runAuditRemote } from '../../engine/run-audit-remote';
import { answerQueries } from '../../engine/services';
import { FULL_SERVICES } from '../../engine/services-full';
import { runJourney, type JourneyFinding, type JourneyPage } from '../../engine/journey';

export interface FixtureCase {
  name: string;
  url: string;
  lang: string;
  title: string;
  dir: string;
  html: string;
  expect: number;
  severity?: string;
  selector?: string;
  text?: string;
}

export function fixturePath(id: string): string {
  return resolve(__dirname, 'fixtures', `${id}.html`);
}

export function loadCases(id: string): FixtureCase[] {
  const source = readFileSync(fixturePath(id), 'utf8');
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = source;
  const cases: FixtureCase[] = [];
  for (const t of doc.querySelectorAll('template[data-case]')) {
    const attr = (name: string) => t.getAttribute(name) ?? undefined;
    cases.push({
      name: attr('data-case')!,
      url: attr('data-url') ?? 'https://shop.example/',
      lang: attr('data-lang') ?? 'en',
      title: attr('data-title') ?? '',
      dir: attr('data-dir') ?? '',
      html: (t as unknown as { innerHTML: string }).innerHTML,
      expect: Number(attr('data-expect') ?? 'NaN'),
      severity: attr('data-expect-severity'),
      selector: attr('data-expect-selector'),
      text: attr('data-expect-text'),
    });
  }
  void window.happyDOM.close();
  return cases;
}

/** Builds a page for a case: a fresh happy-dom window at the case's URL. */
export function pageFor(c: FixtureCase): { doc: Document; close: () => void } {
  const window = new Window({
    url: c.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = window.document as unknown as Document;
  doc.documentElement.setAttribute('lang', c.lang);
  if (c.dir) doc.documentElement.setAttribute('dir', c.dir);
  doc.title = c.title;
  doc.body.innerHTML = c.html;
  return { doc, close: () => void window.happyDOM.close() };
}

export function runFixture(id: string): void {
  const detector = detectorById(id);
  describe(`detector ${id} on its fixture`, () => {
    it('is registered', () => expect(detector).toBeDefined());
    const cases = loadCases(id);
    it('has pass and fail cases', () => {
      expect(cases.some((c) => c.expect === 0)).toBe(true);
      expect(cases.some((c) => c.expect > 0)).toBe(true);
    });
    for (const c of cases) {
      it(c.name, () => {
        expect(Number.isInteger(c.expect), `data-expect of "${c.name}"`).toBe(true);
        const { doc, close } = pageFor(c);
        try {
          const run = runAuditWithContext(doc, { detectors: [detector!], url: c.url });
          const errors = run.result.skipped.filter((s) => s.kind === 'error');
          expect(errors).toEqual([]);
          const found = run.result.findings;
          expect(found.map((f) => f.message), `findings of "${c.name}"`).toHaveLength(c.expect);
          for (const f of found) {
            expect(f.detector).toBe(id);
            expect(f.message).not.toMatch(/\{\w+\}/); // every template parameter was filled
            if (c.severity) expect(f.severity).toBe(c.severity);
          }
          if (c.selector) {
            const targets = new Set(doc.querySelectorAll(c.selector));
            expect(run.elements.some((el) => el && targets.has(el)), `a finding on ${c.selector}`).toBe(true);
          }
          if (c.text) expect(found.some((f) => String(f.evidence.text ?? '').includes(c.text!))).toBe(true);
        } finally {
          close();
        }
      });
      // The content script's path: walk and detectors in slices, text questions recorded and answered by the
      // background's full services, detectors run again. It must find exactly what the direct run finds.
      it(`${c.name} (content-script path finds the same)`, async () => {
        const { doc, close } = pageFor(c);
        try {
          const direct = runAuditWithContext(doc, { detectors: [detector!], url: c.url }).result;
          const remote = (await runAuditRemote(doc, { detectors: [detector!], url: c.url }, async (q) => answerQueries(q, FULL_SERVICES))).result;
          const shape = (r: typeof direct) => r.findings.map(({ message: _m, ...f }) => f);
          expect(shape(remote)).toEqual(shape(direct));
          expect(remote.skipped).toEqual(direct.skipped);
        } finally {
          close();
        }
      });
    }
  });
}

export interface JourneyCase {
  name: string;
  journey: string;
  expect: number;
  page?: number;
  severity?: string;
  text?: string;
  pages: FixtureCase[];
}

export function loadJourneyCases(id: string): JourneyCase[] {
  const source = readFileSync(fixturePath(id), 'utf8');
  const window = new Window();
  const doc = window.document;
  doc.body.innerHTML = source;
  const pages = new Map<string, FixtureCase[]>();
  for (const t of doc.querySelectorAll('template[data-page-of]')) {
    const attr = (name: string) => t.getAttribute(name) ?? undefined;
    const of = attr('data-page-of')!;
    const list = pages.get(of) ?? [];
    list.push({
      name: `${of} #${list.length + 1}`,
      url: attr('data-url') ?? 'https://shop.example/',
      lang: attr('data-lang') ?? 'en',
      title: attr('data-title') ?? '',
      dir: attr('data-dir') ?? '',
      html: (t as unknown as { innerHTML: string }).innerHTML,
      expect: 0,
    });
    pages.set(of, list);
  }
  const cases: JourneyCase[] = [];
  for (const t of doc.querySelectorAll('template[data-case]')) {
    const attr = (name: string) => t.getAttribute(name) ?? undefined;
    const journey = attr('data-journey') ?? '';
    const page = attr('data-expect-page');
    cases.push({
      name: attr('data-case')!,
      journey,
      expect: Number(attr('data-expect') ?? 'NaN'),
      page: page === undefined ? undefined : Number(page),
      severity: attr('data-expect-severity'),
      text: attr('data-expect-text'),
      pages: pages.get(journey) ?? [],
    });
  }
  void window.happyDOM.close();
  return cases;
}

/** Audits each page of a journey case (facts only, no page detectors) and runs the journey detectors. */
export function auditJourney(c: JourneyCase, only?: string): { pages: JourneyPage[]; findings: JourneyFinding[] } {
  const pages: JourneyPage[] = c.pages.map((p, i) => {
    const { doc, close } = pageFor(p);
    try {
      const { result } = runAuditWithContext(doc, { detectors: [], url: p.url });
      const errors = result.skipped.filter((s) => s.kind === 'error');
      expect(errors, `page ${i + 1} of "${c.name}"`).toEqual([]);
      return { order: i + 1, url: result.url, title: result.title, pageKind: result.pageKind ?? 'other', facts: result.facts };
    } finally {
      close();
    }
  });
  const detector = only ? journeyDetectorById(only) : undefined;
  return { pages, findings: runJourney(pages, detector ? { detectors: [detector] } : {}) };
}

export function runJourneyFixture(id: string): void {
  const detector = journeyDetectorById(id);
  describe(`journey detector ${id} on its fixture`, () => {
    it('is registered', () => expect(detector).toBeDefined());
    const cases = loadJourneyCases(id);
    it('has pass and fail cases, each with pages', () => {
      expect(cases.some((c) => c.expect === 0)).toBe(true);
      expect(cases.some((c) => c.expect > 0)).toBe(true);
      for (const c of cases) expect(c.pages.length, `pages of "${c.name}"`).toBeGreaterThan(0);
    });
    for (const c of cases) {
      it(c.name, () => {
        expect(Number.isInteger(c.expect), `data-expect of "${c.name}"`).toBe(true);
        const { findings } = auditJourney(c, id);
        expect(findings.map((f) => f.message), `findings of "${c.name}"`).toHaveLength(c.expect);
        for (const f of findings) {
          expect(f.detector).toBe(id);
          expect(f.message).not.toMatch(/\{\w+\}/);
          expect(f.evidence.pageA, 'evidence names the earlier page').toBeTruthy();
          expect(f.evidence.pageB, 'evidence names the later page').toBeTruthy();
          if (c.severity) expect(f.severity).toBe(c.severity);
          if (c.page !== undefined) expect(f.at + 1, `page of a finding in "${c.name}"`).toBe(c.page);
        }
        if (c.text) expect(findings.some((f) => String(f.evidence.text ?? '').includes(c.text!)), `evidence text ${c.text}`).toBe(true);
      });
    }
  });
}

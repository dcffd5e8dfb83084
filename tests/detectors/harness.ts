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
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectorById } from '../../engine/detectors/index';
import { runAuditWithContext } from '../../engine/run-audit';

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
    }
  });
}

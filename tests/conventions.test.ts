/**
 * House conventions (after refined-github's conventions test): every detector file is registered, its id
 * is its file name, its metadata is complete, and it has a fixture, a test file and a README line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS, JOURNEY_DETECTORS } from '../engine/detectors/index';
import { CATEGORIES, SEVERITIES } from '../engine/result';
import { loadCases, loadJourneyCases } from './detectors/harness';
import { detectorTable } from '../cli/readme-detectors';

const root = resolve(__dirname, '..');
const files = readdirSync(resolve(root, 'engine/detectors'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('detector conventions', () => {
  it('registers every detector file exactly once (page or journey list), and nothing else', () => {
    const ids = [...DETECTORS, ...JOURNEY_DETECTORS].map((d) => d.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
  });

  for (const d of [...DETECTORS, ...JOURNEY_DETECTORS]) {
    const id = d.meta.id;
    const journey = 'journey' in d;
    describe(id, () => {
      it('has complete metadata', () => {
        expect(CATEGORIES).toContain(d.meta.category);
        expect(SEVERITIES).toContain(d.meta.severity);
        for (const field of ['title', 'why', 'fix'] as const) expect(d.meta[field].en.length).toBeGreaterThan(10 - (field === 'title' ? 5 : 0));
        expect(Object.keys(d.meta.messages).length).toBeGreaterThan(0);
        for (const [key, t] of Object.entries(d.meta.thresholds ?? {})) {
          expect(t.source.length, `threshold ${key} names its source`).toBeGreaterThan(10);
        }
      });
      it('localizes its messages for the UI languages (en, de, tr, fa)', () => {
        for (const t of Object.values(d.meta.messages)) for (const l of ['en', 'de', 'tr', 'fa'] as const) expect(t[l], `${id} ${l}`).toBeTruthy();
        for (const l of ['de', 'tr', 'fa'] as const) expect(d.meta.title[l], `${id} title ${l}`).toBeTruthy();
      });
      if (journey) {
        it('names both pages in every message ({pageA}, {pageB})', () => {
          for (const [key, t] of Object.entries(d.meta.messages)) {
            for (const text of Object.values(t)) expect(text, `${id} ${key}`).toMatch(/\{pageA\}[\s\S]*\{pageB\}|\{pageB\}[\s\S]*\{pageA\}/);
          }
        });
      }
      it('builds messages from templates, not inside its logic', () => {
        const src = readFileSync(resolve(root, 'engine/detectors', `${id}.ts`), 'utf8');
        const logic = src.slice(src.indexOf('evaluate'));
        expect(logic).not.toMatch(/message:\s*`/);
      });
      it('has a fixture with cases and a test file', () => {
        expect(existsSync(resolve(root, 'tests/detectors/fixtures', `${id}.html`))).toBe(true);
        expect(existsSync(resolve(root, 'tests/detectors', `${id}.test.ts`))).toBe(true);
        expect(loadCases(id).length).toBeGreaterThanOrEqual(2);
        if (journey) expect(loadJourneyCases(id).every((c) => c.pages.length >= 1)).toBe(true);
      });
    });
  }

  it('README lists every detector, as generated from metadata (npm run readme:detectors)', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- detectors:start -->');
    const end = readme.indexOf('<!-- detectors:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start + '<!-- detectors:start -->'.length, end).trim()).toBe(detectorTable().trim());
  });
});

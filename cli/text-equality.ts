/**
 * Equality check for the text services: runs classifyPressure, findCountdown, detectLanguage, readability,
 * findJargon, pressureHits and countdownsOf over every text of ../shared/corpus (the pressure TSV, the
 * readability texts, and the text blocks, links and buttons of every corpus page, parsed with happy-dom),
 * plus case/digit variants of them, and writes or compares a JSON snapshot of all outputs.
 *
 *   npx tsx cli/text-equality.ts --write /tmp/text-outputs.json   # before a change
 *   npx tsx cli/text-equality.ts --check /tmp/text-outputs.json   # after it: exits 1 on any difference
 *
 * A speed change to these services must leave every output identical.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import '../engine/services-full';
import { buildPageContext } from '../engine/page';
import { classifyPressure } from '../engine/text/pressure';
import { pressureHits } from '../engine/text/pressure-hits';
import { countdownsOf, findCountdown } from '../engine/text/countdown';
import { detectLanguage } from '../engine/text/language';
import { readability } from '../engine/text/readability';
import { findJargon } from '../engine/lexicon/jargon';
import { parseTsv } from './eval-pressure';
import { simplifyMarkup, stripAnswerKey } from './eval-forms';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');
const LANGS = ['en', 'de', 'tr', 'fr', 'es', 'it', 'fa'];

async function pageTexts(): Promise<{ pages: Record<string, unknown>; texts: string[] }> {
  const pages: Record<string, unknown> = {};
  const texts: string[] = [];
  for (const dir of ['pages', 'forms']) {
    for (const f of readdirSync(resolve(CORPUS, dir)).filter((x) => x.endsWith('.html')).sort()) {
      const html = readFileSync(resolve(CORPUS, dir, f), 'utf8');
      const t0 = performance.now();
      const win = new Window({
        url: 'https://example.test/',
        settings: {
          disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true,
          disableComputedStyleRendering: true,
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
        },
      });
      const doc = new win.DOMParser().parseFromString(simplifyMarkup(stripAnswerKey(html)), 'text/html') as unknown as Document;
      const ctx = buildPageContext(doc, { url: 'https://example.test/' + f });
      const els = ctx.elements;
      const id = (el: Element) => els.indexOf(el);
      for (const b of ctx.textBlocks) texts.push(b.text);
      for (const l of ctx.links) texts.push(l.text);
      for (const b of ctx.buttons) texts.push(b.text);
      const cd = countdownsOf(ctx);
      pages[`${dir}/${f}`] = {
        lang: ctx.lang,
        lang4000: detectLanguage(ctx.visibleText.slice(0, 4000)),
        langAll: detectLanguage(ctx.visibleText),
        hits: pressureHits(ctx).map((h) => ({ el: id(h.el), text: h.text, category: h.category, score: h.score, match: h.match, kind: h.kind })),
        timers: cd.timers.map((t) => ({ el: id(t.el), text: t.text, time: t.time })),
        used: [...cd.used].map(id).sort((a, b) => a - b),
      };
      await win.happyDOM.close();
      if (process.env.VERBOSE) console.error(`${dir}/${f}: ${ctx.elements.length} el, ${Math.round(performance.now() - t0)} ms`);
    }
  }
  return { pages, texts };
}

function variants(t: string): string[] {
  const persian = t.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
  return [t, t.toUpperCase(), t.toLocaleUpperCase('tr'), t.toLowerCase(), persian];
}

async function run(): Promise<unknown> {
  const tsv = parseTsv(readFileSync(resolve(CORPUS, 'pressure-text/ec-darkpattern.tsv'), 'utf8'));
  const iText = (tsv.shift() ?? []).findIndex((h) => h.trim().toLowerCase() === 'text');
  const tsvTexts = tsv.map((r) => r[iText] ?? '');
  const readDir = resolve(CORPUS, 'readability/onestopenglish');
  const readTexts = readdirSync(readDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(resolve(readDir, f), 'utf8'));
  const { pages, texts: blockTexts } = await pageTexts();

  const all = [...new Set([...tsvTexts, ...blockTexts].flatMap(variants))];
  const pressure: Record<string, unknown> = {};
  const countdown: Record<string, unknown> = {};
  const language: Record<string, string> = {};
  for (const t of all) {
    pressure[t] = classifyPressure(t, 'en');
    countdown[t] = [findCountdown(t), findCountdown(t, true)];
    language[t] = detectLanguage(t);
  }
  if (process.env.VERBOSE) console.error(`per-text done: ${all.length} texts`);
  const long = [...new Set([...blockTexts, ...tsvTexts].filter((t) => t.length >= 60))];
  const read: Record<string, unknown> = {};
  const jargon: Record<string, unknown> = {};
  for (const t of [...long, ...readTexts]) {
    read[t] = LANGS.map((l) => readability(t, l));
    language[t] = detectLanguage(t);
  }
  if (process.env.VERBOSE) console.error(`readability done: ${long.length} texts`);
  for (const t of [...new Set([...blockTexts, ...tsvTexts])]) jargon[t] = LANGS.map((l) => findJargon(t, l));
  return { counts: { texts: all.length, long: long.length, pages: Object.keys(pages).length }, pages, pressure, countdown, language, read, jargon };
}

const [mode, file] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: npx tsx cli/text-equality.ts --write|--check FILE');
  process.exit(2);
}
const out = await run();
const json = JSON.stringify(out);
if (mode === '--write') {
  writeFileSync(file, json);
  console.log(`wrote ${file}: ${JSON.stringify((out as { counts: unknown }).counts)}, ${json.length} bytes`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  const after = JSON.parse(json) as Record<string, Record<string, unknown>>;
  let diffs = 0, compared = 0;
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[section] ?? {}, b = after[section] ?? {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      compared++;
      const x = JSON.stringify(a[k]), y = JSON.stringify(b[k]);
      if (x !== y) {
        if (++diffs <= 20) console.log(`DIFF ${section} ${JSON.stringify(k).slice(0, 120)}\n  before ${x?.slice(0, 300)}\n  after  ${y?.slice(0, 300)}`);
      }
    }
  }
  console.log(`${compared} outputs compared, ${diffs} differ; ${JSON.stringify((out as { counts: unknown }).counts)}`);
  process.exit(diffs ? 1 : 0);
}

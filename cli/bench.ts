/**
 * npm run bench -- [--pages DIR]... [--runs N] [--warmup MS] [--out FILE] [--profile] [--limit N] [--only corpus,huge,overlay,bundle,storage]
 *
 * A benchmark script, not a test: it prints figures and PASS/FAIL against the performance goals and writes JSON.
 * - corpus: each page of DIR (default ../shared/corpus/pages and ../shared/corpus/forms) is served on 127.0.0.1
 *   and opened in headless Chromium with page scripts disabled and every request but the page itself aborted;
 *   in the same page, N interleaved runs (after a warm-up: each pass at least twice and for --warmup MS,
 *   default 250, at most 50 runs) of: the Trustlens scan (.output/engine.js, the
 *   engine the content script runs), axe-core's axe.run(), and a bare pass (TreeWalker + one computed-style
 *   read per element, the practical floor). Medians are reported. A fourth pass, not a goal, reads what the
 *   visibility rules need (display, opacity, visibility) the same way: the floor of any walk with those rules.
 * - huge: a synthetic 100,000-element page; scan time and the longest main-thread task during the scan.
 * - bundle: size of the content script (.output/chrome-mv3/content-scripts/review.js), minified and gzipped.
 * - overlay: components/Overlay.tsx drawing 1,000 markers, and a check that layout is read in one batch.
 * - storage: with 10,000 findings in the test build's IndexedDB, the popup's first render and the HTML export.
 * --profile adds where the time and bytes go: engine parts and detectors one by one, a CPU profile of the
 * scan (self time per function), and an esbuild metafile breakdown of the content script.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';
import { extensionIdOf, launchWithExtension, openPopup, tabIdOf } from './extension';
import { countdownPage, hugePage, overlayPage, storagePage } from './bench-pages';
import { reviewJourney, type ReviewRow } from './bench-review';

const ROOT = resolve(import.meta.dirname, '..');
const SECTIONS = ['corpus', 'huge', 'bundle', 'overlay', 'storage', 'review'] as const;
type Section = (typeof SECTIONS)[number];

interface Args { pages: string[]; runs: number; warmupMs: number; out: string; profile: boolean; limit: number; only: Set<Section>; reviewPages: number }

function usage(): never {
  console.error('usage: npm run bench -- [--pages DIR]... [--runs N] [--warmup MS] [--out FILE] [--profile] [--limit N] [--review-pages N] [--only corpus,huge,bundle,overlay,storage,review]');
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { pages: [], runs: 5, warmupMs: 250, out: resolve(ROOT, '.output/bench.json'), profile: false, limit: Infinity, only: new Set(SECTIONS), reviewPages: 12 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const val = () => argv[++i] ?? usage();
    if (k === '--pages') a.pages.push(resolve(val()));
    else if (k === '--runs') a.runs = Math.max(1, Number(val()) | 0);
    else if (k === '--warmup') a.warmupMs = Math.max(0, Number(val()) || 0);
    else if (k === '--out') a.out = resolve(val());
    else if (k === '--profile') a.profile = true;
    else if (k === '--limit') a.limit = Math.max(1, Number(val()) | 0);
    else if (k === '--review-pages') a.reviewPages = Math.max(1, Number(val()) | 0);
    else if (k === '--only') {
      const s = val().split(',') as Section[];
      if (s.some((x) => !SECTIONS.includes(x))) usage();
      a.only = new Set(s);
    } else usage();
  }
  if (a.pages.length === 0) a.pages = [resolve(ROOT, '../shared/corpus/pages'), resolve(ROOT, '../shared/corpus/forms')];
  return a;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((p, q) => p - q);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const log = (s: string) => process.stderr.write(s + '\n');

// ---------------------------------------------------------------- server

interface Served { origin: string; add(path: string, html: string): string; close(): Promise<void> }

/** Serves DIRs as /d0/…, /d1/… and in-memory pages, on 127.0.0.1. */
async function serve(dirs: string[]): Promise<Served> {
  const mem = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inMem = mem.get(path);
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs (the bare pass of a
    // small page takes well under a millisecond); every subresource is aborted anyway.
    const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
    if (inMem !== undefined) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...isolated }).end(inMem);
    // Page scripts are disabled by CSP, not by javaScriptEnabled: false, which also stops timers and
    // requestAnimationFrame (axe.run() never settles then). page.evaluate is not subject to the page's CSP.
    const m = /^\/d(\d+)\/([^/]+)$/.exec(path);
    const dir = m ? dirs[Number(m[1])] : undefined;
    if (!m || !dir) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'", ...isolated }).end(readFileSync(join(dir, m[2]!)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    origin,
    add: (path, html) => (mem.set(path, html), origin + path),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** tsx compiles the callbacks passed to page.evaluate with esbuild's keepNames, which calls __name(): define it. */
const NAME_SHIM = 'globalThis.__name ??= (f) => f;';
async function shim(page: Page): Promise<void> {
  await page.evaluate(NAME_SHIM);
}

/** Aborts every request of the context except the document being benchmarked. */
async function blockAllBut(context: BrowserContext, allowed: () => string): Promise<void> {
  await context.route('**/*', (route) => (route.request().url() === allowed() ? route.continue() : route.abort()));
}

// ---------------------------------------------------------------- bundles

async function bundle(entry: string, outfile: string, minify = true) {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    minify,
    format: 'iife',
    target: 'es2022',
    outfile: resolve(ROOT, outfile),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    logLevel: 'warning',
  });
  return { code: readFileSync(resolve(ROOT, outfile), 'utf8'), metafile: result.metafile };
}

// ---------------------------------------------------------------- corpus

interface PageRow { file: string; elements: number; scanMs: number; axeMs: number; bareMs: number; scanOverAxe: number; scanOverBare: number; coldScanMs: number; visMs: number }

async function measurePage(page: Page, runs: number, warmMs: number) {
  return page.evaluate(async ({ runs, warmMs }: { runs: number; warmMs: number }) => {
    const g = globalThis as unknown as {
      __trustlensEngine: { runAudit: (d: Document) => unknown };
      axe: { run: (ctx: Document) => Promise<unknown> };
    };
    const bare = () => {
      const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
      let n = 0;
      let none = 0;
      for (let el: Node | null = w.currentNode; el; el = w.nextNode()) {
        if (getComputedStyle(el as Element).display === 'none') none++;
        n++;
      }
      return n + none * 0;
    };
    // Not a goal, for reading the goal: the bare pass plus the two other reads Trustlens' visibility rules need
    // (display none, opacity 0, visibility hidden/collapse), each read as the walk reads it.
    const vis = () => {
      const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
      let hidden = 0;
      for (let el: Node | null = w.currentNode; el; el = w.nextNode()) {
        const s = getComputedStyle(el as Element);
        if (s.display === 'none' || s.opacity === '0') hidden++;
        else if (s.visibility !== 'visible') hidden++;
      }
      return hidden;
    };
    const ops: Record<string, () => Promise<unknown>> = {
      scan: async () => g.__trustlensEngine.runAudit(document),
      axe: () => g.axe.run(document),
      bare: async () => bare(),
      vis: async () => vis(),
    };
    const names = ['scan', 'axe', 'bare', 'vis'];
    const times: Record<string, number[]> = { scan: [], axe: [], bare: [], vis: [] };
    // Warm-up, the same rule for all three passes: run each at least twice and until it has run for `warmMs`
    // (at most 50 times), so the measured runs see V8's optimised code, not its compile queue: the scan's
    // ~300 functions take 10-20 runs to reach their top tier, longer when other jobs hold the cores. The first
    // scan after injection (lexicon regexes built, nothing compiled) is reported on its own as the cold scan.
    const cold: Record<string, number> = {};
    const warmRuns: Record<string, number> = {};
    for (const k of names) {
      let spent = 0;
      let n = 0;
      while (n < 2 || (spent < warmMs && n < 50)) {
        const t = performance.now();
        await ops[k]!();
        const ms = performance.now() - t;
        if (n === 0) cold[k] = ms;
        spent += ms;
        n++;
      }
      warmRuns[k] = n;
    }
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < names.length; j++) {
        const k = names[(r + j) % names.length]!; // rotate the order so drift hits all three alike
        const t = performance.now();
        await ops[k]!();
        times[k]!.push(performance.now() - t);
      }
    }
    return { elements: bare(), times, cold, warmRuns };
  }, { runs, warmMs });
}

function listPages(dirs: string[], limit: number): { dir: number; file: string; path: string }[] {
  const out: { dir: number; file: string; path: string }[] = [];
  dirs.forEach((d, i) => {
    if (!existsSync(d)) {
      log(`bench: skipping ${d}: no such folder (the shared corpus is not checked out next to the repository)`);
      return;
    }
    for (const f of readdirSync(d).sort()) if (/\.x?html?$/i.test(f)) out.push({ dir: i, file: f, path: join(d, f) });
  });
  return out.slice(0, limit);
}

async function corpus(browser: Browser, served: Served, args: Args, engine: string, axe: string, profileCode: string | null) {
  const pages = listPages(args.pages, args.limit);
  const rows: PageRow[] = [];
  const profiles: Record<string, Record<string, number>> = {};
  if (pages.length === 0) return { rows, profiles };
  const context = await browser.newContext();
  let current = '';
  await blockAllBut(context, () => current);
  for (const [i, p] of pages.entries()) {
    const label = `${basename(dirname(p.path))}/${p.file}`;
    const page = await context.newPage();
    try {
      current = `${served.origin}/d${p.dir}/${encodeURIComponent(p.file)}`;
      await page.goto(current, { waitUntil: 'load', timeout: 30_000 });
      await shim(page);
      await page.evaluate(engine);
      await page.evaluate(axe);
      const m = await Promise.race([
        measurePage(page, args.runs, args.warmupMs),
        new Promise<never>((_, fail) => setTimeout(() => fail(new Error('timed out after 180 s')), 180_000)),
      ]);
      const row: PageRow = {
        file: label,
        elements: m.elements,
        scanMs: r3(median(m.times.scan!)),
        axeMs: r3(median(m.times.axe!)),
        bareMs: r3(median(m.times.bare!)),
        scanOverAxe: 0,
        scanOverBare: 0,
        coldScanMs: r3(m.cold.scan ?? NaN),
        visMs: r3(median(m.times.vis!)),
      };
      row.scanOverAxe = r3(row.scanMs / row.axeMs);
      row.scanOverBare = r3(row.scanMs / Math.max(row.bareMs, 0.001));
      rows.push(row);
      writeFileSync(`${args.out}.partial.json`, JSON.stringify({ pages: rows }, null, 1)); // survives an interrupted run
      if (profileCode) {
        await page.evaluate(profileCode);
        profiles[label] = await page.evaluate(
          (runs) => (globalThis as unknown as { __trustlensBench: { profile: (d: Document, r: number) => Record<string, number> } }).__trustlensBench.profile(document, runs),
          args.runs,
        );
      }
      log(`[${i + 1}/${pages.length}] ${label}: ${row.elements} el, scan ${row.scanMs.toFixed(2)} ms, axe ${row.axeMs.toFixed(1)} ms, bare ${row.bareMs.toFixed(2)} ms (warm-up runs ${m.warmRuns.scan}/${m.warmRuns.axe}/${m.warmRuns.bare}/${m.warmRuns.vis})`);
    } catch (error) {
      log(`[${i + 1}/${pages.length}] ${label}: error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await page.close();
    }
  }
  await context.close();
  return { rows, profiles };
}

/** CPU profile of `runs` scans on one page: self time per function (unminified profiling bundle). */
async function cpuProfile(browser: Browser, served: Served, url: string, profileCode: string, runs: number) {
  const context = await browser.newContext();
  await blockAllBut(context, () => url);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await shim(page);
  await page.evaluate(profileCode);
  await page.evaluate(() => (globalThis as unknown as { __trustlensBench: { runAudit: (d: Document) => unknown } }).__trustlensBench.runAudit(document));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate((n) => {
    const b = (globalThis as unknown as { __trustlensBench: { runAudit: (d: Document) => unknown } }).__trustlensBench;
    for (let i = 0; i < n; i++) b.runAudit(document);
  }, runs);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: { id: number; callFrame: { functionName: string; lineNumber: number; url: string } }[]; samples: number[]; timeDeltas: number[] };
  };
  await context.close();
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byNode.get(id);
    if (!n) return;
    const fn = n.callFrame.functionName || '(anonymous)';
    if (fn === '(idle)' || fn === '(program)') return;
    const key = `${fn}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, ms]) => ({ fn, ms: r1(ms / runs), share: r3(ms / total) }));
  return { url, runs, msPerScan: r1(total / runs), top };
}

// ---------------------------------------------------------------- huge page

const HUGE_CAP_MS = 240_000;

async function huge(browser: Browser, served: Served, engine: string, runs: number) {
  const { html } = hugePage(100_000);
  const url = served.add('/synthetic/huge.html', html);
  // Scripts enabled so timers and the longtask observer run; the page itself has no script.
  const context = await browser.newContext();
  await blockAllBut(context, () => url);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await shim(page);
  await page.evaluate(engine);
  const setup = await page.evaluate(() => {
    const t = performance.now();
    const tw = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
    let n = 0;
    for (let el: Node | null = tw.currentNode; el; el = tw.nextNode()) {
      void getComputedStyle(el as Element).display;
      n++;
    }
    return { elements: n, bareMs: performance.now() - t };
  });
  // The long-task observer starts after the bare pass (its own task, often > 200 ms here, is not ours), and
  // only tasks that overlap a scan's window count: the page's load, style recalc and our setup are left out.
  await page.evaluate(() => {
    const w = window as unknown as { __lt: { start: number; ms: number }[]; __scans: [number, number][] };
    w.__lt = [];
    w.__scans = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lt.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
  // Each scan runs in its own task (a timer callback), as the content script's would; capped in time.
  const one = () =>
    page.evaluate(
      () =>
        new Promise<{ ms: number; findings: number; sync: boolean }>((ok) =>
          setTimeout(async () => {
            // The content script's path when the bundle has it: walk and detectors in slices that yield.
            const g = globalThis as unknown as {
              __trustlensEngine: { runAudit: (d: Document) => { findings: unknown[] }; runAuditSliced?: (d: Document) => Promise<{ findings: unknown[] }> };
            };
            const t = performance.now();
            const sliced = g.__trustlensEngine.runAuditSliced;
            const out = sliced ? await sliced(document) : g.__trustlensEngine.runAudit(document);
            const end = performance.now();
            (window as unknown as { __scans: [number, number][] }).__scans.push([t, end]);
            ok({ ms: end - t, findings: out.findings?.length ?? 0, sync: !sliced });
          }, 0),
        ),
    );
  const own: number[] = [];
  let findings = 0;
  let sync = true;
  let finished = true;
  for (let r = 0; r < Math.max(1, Math.min(runs, 3)); r++) {
    const res = await Promise.race([one(), new Promise<null>((ok) => setTimeout(() => ok(null), HUGE_CAP_MS))]);
    if (!res) {
      finished = false;
      break;
    }
    own.push(res.ms);
    findings = res.findings;
    sync &&= res.sync;
    if (res.ms > 5000) break; // slow: one run is enough to judge
    await page.waitForTimeout(50);
  }
  // Let the observer deliver the last entries, then keep those that overlap a scan (ours).
  await page.waitForTimeout(100);
  const longtasks = finished
    ? await page.evaluate(() => {
        const w = window as unknown as { __lt: { start: number; ms: number }[]; __scans: [number, number][] };
        return w.__lt.filter((e) => w.__scans.some(([a, b]) => e.start < b && e.start + e.ms > a)).map((e) => e.ms);
      })
    : [];
  await context.close();
  return {
    elements: setup.elements,
    finished,
    capMs: HUGE_CAP_MS,
    scanMs: finished ? r1(median(own)) : null,
    // A synchronous scan is one task as long as the scan; a sliced one is measured by the longtask entries.
    longestTaskMs: finished ? r1(Math.max(0, ...(sync ? own : []), ...longtasks)) : HUGE_CAP_MS,
    scanRuns: own.map(r1),
    longtaskEntriesMs: longtasks.map(r1),
    synchronous: sync,
    bareMs: r1(setup.bareMs),
    findings,
  };
}

// ---------------------------------------------------------------- builds

/** What the extension builds from: a build older than any of these measures code that is gone. */
const BUILD_SOURCES = ['entrypoints', 'components', 'storage', 'engine', 'assets', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

/** The newest modification time (ms) of a file or of any file under a folder; 0 when absent. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Whether `file` (a build output) is missing or older than the sources it is built from. */
function buildIsStale(file: string): boolean {
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return BUILD_SOURCES.some((src) => newestMtime(resolve(ROOT, src)) > built);
}

// ---------------------------------------------------------------- bundle size

async function bundleSize(profile: boolean) {
  const file = resolve(ROOT, '.output/chrome-mv3/content-scripts/review.js');
  if (buildIsStale(file)) {
    log('bench: content script missing or older than its sources, running npm run build …');
    try {
      execSync('npm run build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      /* reported as missing below */
    }
  }
  if (!existsSync(file)) return { file, bytes: null, gzipBytes: null, missing: true };
  const buf = readFileSync(file);
  const out: Record<string, unknown> = {
    file: '.output/chrome-mv3/content-scripts/review.js',
    bytes: buf.length,
    gzipBytes: gzipSync(buf, { level: 9 }).length,
    builtAt: statSync(file).mtime.toISOString(),
  };
  if (profile) {
    // What the bytes are: the same entry bundled by esbuild (WXT uses Vite/Rollup, so totals differ a little).
    const { metafile } = await bundle('entrypoints/review.content/index.ts', '.output/bench/review-metafile.js');
    const output = Object.values(metafile.outputs)[0]!;
    const groups = new Map<string, number>();
    const files: [string, number][] = [];
    for (const [path, info] of Object.entries(output.inputs)) {
      files.push([path, info.bytesInOutput]);
      const g = path.startsWith('node_modules/')
        ? path.split('/').slice(0, path.split('/')[1]!.startsWith('@') ? 3 : 2).join('/')
        : path.split('/').slice(0, path.startsWith('engine/') && path.split('/').length > 2 ? 2 : 1).join('/');
      groups.set(g, (groups.get(g) ?? 0) + info.bytesInOutput);
    }
    out.esbuildBytes = output.bytes;
    out.byGroup = Object.fromEntries([...groups.entries()].sort((a, b) => b[1] - a[1]));
    out.topFiles = Object.fromEntries(files.sort((a, b) => b[1] - a[1]).slice(0, 15));
  }
  return out;
}

// ---------------------------------------------------------------- overlay

async function overlay(browser: Browser, served: Served, runs: number) {
  const { code } = await bundle('cli/bench-entry-overlay.tsx', '.output/bench/overlay.js');
  const url = served.add('/synthetic/overlay.html', overlayPage(1000));
  const context = await browser.newContext();
  await blockAllBut(context, () => url);
  const samples: { drawMs: number; syncMs: number; relayoutMs: number; markers: number; layout: { reads: number; forcedReads: number; batches: number }; relayoutLayout: { reads: number; forcedReads: number; batches: number }; layoutCount: number; recalcStyleCount: number }[] = [];
  for (let r = -1; r < runs; r++) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await shim(page);
    await page.evaluate(code);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
      return { layout: get('LayoutCount'), style: get('RecalcStyleCount') };
    };
    const before = await metric();
    const res = await page.evaluate(() =>
      (globalThis as unknown as { __trustlensOverlayBench: { draw: (s: string, n: number) => Promise<typeof samples[number]> } }).__trustlensOverlayBench.draw('.bench-target', 1000),
    );
    const after = await metric();
    if (r >= 0) samples.push({ ...res, layoutCount: after.layout - before.layout, recalcStyleCount: after.style - before.style });
    await page.close();
  }
  await context.close();
  const last = samples[samples.length - 1]!;
  return {
    markers: last.markers,
    drawMs: r1(median(samples.map((s) => s.drawMs))),
    syncRenderMs: r1(median(samples.map((s) => s.syncMs))),
    relayoutMs: r1(median(samples.map((s) => s.relayoutMs))),
    rectReads: last.layout.reads,
    forcedLayouts: Math.max(...samples.map((s) => s.layout.forcedReads)),
    relayoutForcedLayouts: Math.max(...samples.map((s) => s.relayoutLayout.forcedReads)),
    oneBatch: samples.every((s) => s.layout.forcedReads <= 1 && s.relayoutLayout.forcedReads <= 1),
    cdpLayoutCount: median(samples.map((s) => s.layoutCount)),
    cdpRecalcStyleCount: median(samples.map((s) => s.recalcStyleCount)),
  };
}

// ---------------------------------------------------------------- storage

/** The test build (host permissions for 127.0.0.1), rebuilt when older than its sources; null if it fails. */
function testBuild(): string | null {
  const extDir = resolve(ROOT, '.output-test/chrome-mv3');
  if (buildIsStale(join(extDir, 'manifest.json'))) {
    log('bench: test build missing or older than its sources, running npm run build:test …');
    try {
      execSync('npm run build:test', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      /* reported by the caller */
    }
  }
  return existsSync(join(extDir, 'manifest.json')) ? extDir : null;
}

async function storage(served: Served, runs: number, findings = 10_000) {
  const extDir = testBuild();
  if (!extDir) return { missing: true };
  const { code } = await bundle('cli/bench-entry-storage.ts', '.output/bench/storage.js');
  const { context, close } = await launchWithExtension(extDir);
  try {
    const extensionId = await extensionIdOf(context);
    const url = served.add('/synthetic/checkout.html', storagePage());
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(context, url);

    const seeder = await openPopup(context, extensionId, tabId);
    await shim(seeder);
    await seeder.evaluate(code);
    const seeded = await seeder.evaluate(
      ([u, id, n]) => (globalThis as unknown as { __trustlensStorageBench: { seed: (u: string, t: number, n: number) => Promise<{ reviewId: string; seedMs: number }> } }).__trustlensStorageBench.seed(u, id, n),
      [url, tabId, findings] as [string, number, number],
    );
    await seeder.close();

    // Popup first render: from navigation start until the findings list holds every finding, then the next frame.
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript((want: number) => {
      if (!location.pathname.endsWith('/popup.html')) return;
      const w = window as unknown as { __benchPopup?: unknown; __benchLongtasks?: { start: number; duration: number }[] };
      w.__benchLongtasks = [];
      try {
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__benchLongtasks!.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        /* no longtask support */
      }
      const mo = new MutationObserver(() => {
        const ul = document.querySelector('[data-testid=popup-findings]');
        // Rendered = the list holds every finding, or its first screen (a virtualized list renders fewer).
        if (!ul || ul.childElementCount < Math.min(want, 20)) return;
        mo.disconnect();
        const listMs = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => (w.__benchPopup = { listMs, frameMs: performance.now(), items: ul.childElementCount });
          ch.port2.postMessage(0);
        });
      });
      mo.observe(document, { childList: true, subtree: true });
    }, findings);
    const popups: { listMs: number; frameMs: number; items: number; longestTaskMs: number; refreshTaskMs: number }[] = [];
    for (let r = -1; r < runs; r++) {
      const popup = await openPopup(context, extensionId, tabId);
      await popup.waitForFunction(() => (window as unknown as { __benchPopup?: unknown }).__benchPopup, null, { timeout: 60_000 });
      const t = (await popup.evaluate(() => (window as unknown as { __benchPopup: { listMs: number; frameMs: number; items: number } }).__benchPopup));
      // The popup re-reads and re-renders every second: watch two refreshes.
      await popup.waitForTimeout(2300);
      const tasks = await popup.evaluate(() => (window as unknown as { __benchLongtasks: { start: number; duration: number }[] }).__benchLongtasks);
      const firstTasks = tasks.filter((x) => x.start <= t.frameMs);
      const laterTasks = tasks.filter((x) => x.start > t.frameMs + 50);
      if (r >= 0) popups.push({ ...t, longestTaskMs: Math.max(0, ...firstTasks.map((x) => x.duration)), refreshTaskMs: Math.max(0, ...laterTasks.map((x) => x.duration)) });
      await popup.close();
    }

    // HTML export: getReviewBundle → modelFromBundle → renderReportHtml, in an extension page.
    const exporter = await openPopup(context, extensionId, tabId);
    await shim(exporter);
    await exporter.evaluate(code);
    const exports: { findings: number; readMs: number; modelMs: number; renderMs: number; totalMs: number; bytes: number; whyFixOnceMs: number; whyFixOnceBytes: number }[] = [];
    for (let r = -1; r < runs; r++) {
      const e = await exporter.evaluate((id) => (globalThis as unknown as { __trustlensStorageBench: { exportHtml: (id: string) => Promise<typeof exports[number]> } }).__trustlensStorageBench.exportHtml(id), seeded.reviewId);
      if (r >= 0) exports.push(e);
    }
    return {
      findings,
      seedMs: r1(seeded.seedMs),
      popupItems: popups[0]?.items ?? 0,
      popupFirstRenderMs: r1(median(popups.map((p) => p.frameMs))),
      popupListCommitMs: r1(median(popups.map((p) => p.listMs))),
      popupLongestTaskMs: r1(median(popups.map((p) => p.longestTaskMs))),
      popupRefreshTaskMs: r1(median(popups.map((p) => p.refreshTaskMs))),
      exportMs: r1(median(exports.map((e) => e.modelMs + e.renderMs))),
      exportReadMs: r1(median(exports.map((e) => e.readMs))),
      exportModelMs: r1(median(exports.map((e) => e.modelMs))),
      exportRenderMs: r1(median(exports.map((e) => e.renderMs))),
      exportWithReadMs: r1(median(exports.map((e) => e.totalMs))),
      exportBytes: exports[0]?.bytes ?? 0,
      experimentWhyFixOnceRenderMs: r1(median(exports.map((e) => e.whyFixOnceMs))),
      experimentWhyFixOnceBytes: exports[0]?.whyFixOnceBytes ?? 0,
    };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- report

function reviewSummary(rows: ReviewRow[], stopped: ReviewRow[]) {
  // The pages after the first (the review already started), as median and worst.
  const later = (rs: ReviewRow[]) => {
    const next = rs.filter((r) => !r.first);
    return {
      medianShownMs: r1(median(next.map((r) => r.shownMs))),
      worstShownMs: next.length ? r1(Math.max(...next.map((r) => r.shownMs))) : NaN,
      medianScanMs: r1(median(next.map((r) => r.scanMs))),
    };
  };
  const round = (rs: ReviewRow[]) => rs.map((r) => ({ ...r, shownMs: r1(r.shownMs), scanMs: r1(r.scanMs), longestTaskMs: r1(r.longestTaskMs) }));
  const warm = later(rows);
  const paused = later(stopped);
  return {
    rows: round(rows),
    rowsWorkerStopped: round(stopped),
    firstShownMs: r1(rows[0]?.shownMs ?? NaN),
    firstScanMs: r1(rows[0]?.scanMs ?? NaN),
    ...warm,
    workerStoppedMedianShownMs: paused.medianShownMs,
    workerStoppedWorstShownMs: paused.worstShownMs,
    workerStoppedMedianScanMs: paused.medianScanMs,
    longestTaskMs: r1(Math.max(0, ...[...rows, ...stopped].map((r) => r.longestTaskMs))),
  };
}

function reviewTable(rows: ReviewRow[], stopped: ReviewRow[]): string {
  const head = ['page', 'markers', 'shown ms', 'scan ms', 'after pause: shown', 'scan'];
  const body = rows.map((r, i) => [r.file, String(r.markers), r.shownMs.toFixed(0), r.scanMs.toFixed(0), stopped[i]?.shownMs.toFixed(0) ?? '', stopped[i]?.scanMs.toFixed(0) ?? '']);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...body.map(line)].join('\n');
}

function table(rows: PageRow[]): string {
  const head = ['file', 'elements', 'scan ms', 'axe ms', 'bare ms', 'scan/axe', 'scan/bare'];
  const body = rows.map((r) => [r.file, String(r.elements), r.scanMs.toFixed(2), r.axeMs.toFixed(1), r.bareMs.toFixed(2), r.scanOverAxe.toFixed(4), r.scanOverBare.toFixed(2)]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...body.map(line)].join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(resolve(ROOT, '.output/bench'), { recursive: true });
  const enginePath = resolve(ROOT, '.output/engine.js');
  if (!existsSync(enginePath)) execSync('node cli/build-engine.mjs --quiet', { cwd: ROOT, stdio: 'inherit' });
  const engine = readFileSync(enginePath, 'utf8');
  const axe = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const profileCode = args.profile ? (await bundle('cli/bench-entry.ts', '.output/bench/profile.js', false)).code : null;

  const served = await serve(args.pages);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const out: Record<string, unknown> = {};
  let rows: PageRow[] = [];
  let profiles: Record<string, Record<string, number>> = {};
  try {
    if (args.only.has('corpus')) ({ rows, profiles } = await corpus(browser, served, args, engine, axe, profileCode));
    if (args.only.has('huge')) {
      log('bench: synthetic 100,000-element page …');
      out.huge = await huge(browser, served, engine, args.runs);
    }
    if (args.only.has('overlay')) {
      log('bench: overlay, 1,000 markers …');
      out.overlay = await overlay(browser, served, args.runs);
    }
    if (args.only.has('bundle')) out.bundle = await bundleSize(args.profile);
    if (profileCode) {
      const worst = [...rows].filter((r) => r.elements >= 300).sort((a, b) => b.scanOverBare - a.scanOverBare).slice(0, 3);
      out.cpuProfiles = [];
      for (const w of worst) {
        const p = listPages(args.pages, args.limit).find((x) => `${basename(dirname(x.path))}/${x.file}` === w.file)!;
        log(`bench: CPU profile of ${w.file} …`);
        (out.cpuProfiles as unknown[]).push({ file: w.file, ...(await cpuProfile(browser, served, `${served.origin}/d${p.dir}/${encodeURIComponent(p.file)}`, profileCode, 20)) });
      }
      const hugeUrl = `${served.origin}/synthetic/huge.html`;
      if (out.huge) {
        log('bench: CPU profile of the 100,000-element page …');
        (out.cpuProfiles as unknown[]).push({ file: 'synthetic/huge.html', ...(await cpuProfile(browser, served, hugeUrl, profileCode, 1)) });
      }
    }
  } finally {
    await browser.close();
  }
  if (args.only.has('storage')) {
    log('bench: storage, 10,000 findings in the test build …');
    try {
      out.storage = await storage(served, args.runs);
    } catch (error) {
      out.storage = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
  }
  if (args.only.has('review')) {
    const all = listPages(args.pages, args.limit);
    const n = Math.min(args.reviewPages, all.length);
    // Spread over the corpus: every k-th page, as one journey in one tab.
    const picked = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
    log(`bench: review journey over ${n} corpus pages in the test build …`);
    const extDir = testBuild();
    const journey = picked.map((p) => ({ file: `${basename(dirname(p.path))}/${p.file}`, url: `${served.origin}/d${p.dir}/${encodeURIComponent(p.file)}` }));
    // A page with a countdown, second in the journey (the corpus has none): the panel must not wait for the watch.
    journey.splice(1, 0, { file: 'synthetic/countdown.html', url: served.add('/synthetic/countdown.html', countdownPage()) });
    try {
      out.review = extDir
        ? reviewSummary(await reviewJourney(extDir, journey, log, { stopWorker: false }), await reviewJourney(extDir, journey, log, { stopWorker: true }))
        : { missing: true };
    } catch (error) {
      out.review = { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
  }
  await served.close();

  // ---- summary
  const big = rows.filter((r) => r.elements >= 300);
  const summary = {
    pagesMeasured: rows.length,
    pagesAtLeast300: big.length,
    medianScanOverAxe: r3(median(big.map((r) => r.scanOverAxe))),
    medianScanOverBare: r3(median(big.map((r) => r.scanOverBare))),
    worstScanOverAxe: big.length ? r3(Math.max(...big.map((r) => r.scanOverAxe))) : NaN,
    worstScanOverBare: big.length ? r3(Math.max(...big.map((r) => r.scanOverBare))) : NaN,
    worstScanOverAxeFile: [...big].sort((a, b) => b.scanOverAxe - a.scanOverAxe)[0]?.file ?? null,
    worstScanOverBareFile: [...big].sort((a, b) => b.scanOverBare - a.scanOverBare)[0]?.file ?? null,
    medianScanMs: r3(median(big.map((r) => r.scanMs))),
    medianAxeMs: r3(median(big.map((r) => r.axeMs))),
    medianBareMs: r3(median(big.map((r) => r.bareMs))),
    medianVisOverBare: r3(median(big.map((r) => r.visMs / Math.max(r.bareMs, 0.001)))),
    medianScanOverVis: r3(median(big.map((r) => r.scanMs / Math.max(r.visMs, 0.001)))),
    medianColdScanMs: r3(median(rows.map((r) => r.coldScanMs))),
    worstColdScanMs: rows.length ? r3(Math.max(...rows.map((r) => r.coldScanMs))) : NaN,
  };

  if (rows.length) {
    console.log(table(rows));
    console.log(`\nSummary over ${big.length} page(s) with ≥ 300 elements (median of ${args.runs} runs each):`);
    console.log(`  scan/axe  median ${summary.medianScanOverAxe}  worst ${summary.worstScanOverAxe} (${summary.worstScanOverAxeFile})`);
    console.log(`  scan/bare median ${summary.medianScanOverBare}  worst ${summary.worstScanOverBare} (${summary.worstScanOverBareFile})`);
    console.log(`  visibility reads (bare + opacity + visibility, the walk's floor): vis/bare median ${summary.medianVisOverBare}, scan/vis median ${summary.medianScanOverVis}`);
    console.log(`  cold scan (first after injection, all pages): median ${summary.medianColdScanMs} ms, worst ${summary.worstColdScanMs} ms`);
  }
  const h = out.huge as { elements: number; finished: boolean; scanMs: number | null; longestTaskMs: number; synchronous: boolean; longtaskEntriesMs: number[]; bareMs: number } | undefined;
  if (h && !h.finished) console.log(`\n100,000-element page: ${h.elements} elements, scan did NOT finish within ${HUGE_CAP_MS / 1000} s (one task the whole time)`);
  else if (h) console.log(`\n100,000-element page: ${h.elements} elements, scan ${h.scanMs} ms (bare ${h.bareMs} ms), longest task ${h.longestTaskMs} ms — runAudit is ${h.synchronous ? 'synchronous: the whole scan is one task' : 'asynchronous'}; longtask entries ${JSON.stringify(h.longtaskEntriesMs)}`);
  const b = out.bundle as { bytes: number | null; gzipBytes: number | null; byGroup?: Record<string, number> } | undefined;
  if (b) console.log(`Content script: ${b.bytes ?? 'missing'} bytes, ${b.gzipBytes ?? 'missing'} gzipped (-9)`);
  const o = out.overlay as { markers: number; drawMs: number; syncRenderMs: number; relayoutMs: number; forcedLayouts: number; relayoutForcedLayouts: number; rectReads: number; oneBatch: boolean; cdpLayoutCount: number } | undefined;
  if (o) console.log(`Overlay: ${o.markers} markers drawn in ${o.drawMs} ms to the next frame (render() ${o.syncRenderMs} ms), relayout ${o.relayoutMs} ms; ${o.rectReads} rect reads, forced layouts ${o.forcedLayouts} (relayout ${o.relayoutForcedLayouts}), CDP LayoutCount ${o.cdpLayoutCount} → ${o.oneBatch ? 'one batch' : 'NOT one batch'}`);
  const s = out.storage as Record<string, number> | undefined;
  if (s && !('error' in s) && !('missing' in s)) console.log(`Storage (${s.findings} findings): popup first render ${s.popupFirstRenderMs} ms (list in DOM ${s.popupListCommitMs} ms, longest task ${s.popupLongestTaskMs} ms, each 1 s refresh ${s.popupRefreshTaskMs} ms); HTML export ${s.exportMs} ms (model ${s.exportModelMs} + render ${s.exportRenderMs}; + read ${s.exportReadMs}), ${s.exportBytes} chars`);
  else if (s) console.log(`Storage: ${JSON.stringify(s)}`);
  const rv = out.review as ReturnType<typeof reviewSummary> | { error: string } | { missing: true } | undefined;
  if (rv && 'rows' in rv) {
    console.log(`\nReview journey (${rv.rows.length} pages in one tab, the test build): what a reviewer waits for, from the click until the panel shows the finding count`);
    console.log(reviewTable(rv.rows, rv.rowsWorkerStopped));
    console.log(`  first page (review started): shown ${rv.firstShownMs} ms, content-script scan ${rv.firstScanMs} ms`);
    console.log(`  next pages: shown median ${rv.medianShownMs} ms, worst ${rv.worstShownMs} ms; content-script scan median ${rv.medianScanMs} ms`);
    console.log(`  next pages after a pause (service worker stopped, as after 30 s idle): shown median ${rv.workerStoppedMedianShownMs} ms, worst ${rv.workerStoppedWorstShownMs} ms; scan median ${rv.workerStoppedMedianScanMs} ms`);
    console.log(`  longest main-thread task in the pages: ${rv.longestTaskMs} ms`);
  } else if (rv) console.log(`Review journey: ${JSON.stringify(rv)}`);

  // ---- goals
  const goals: { goal: string; pass: boolean | null; value: string }[] = [];
  const goal = (name: string, pass: boolean | null, value: string) => goals.push({ goal: name, pass, value });
  if (rows.length) {
    goal('median scan ≤ 0.03 × axe (pages ≥ 300 elements)', summary.medianScanOverAxe <= 0.03, `${summary.medianScanOverAxe}`);
    goal('median scan ≤ 5 × bare (pages ≥ 300 elements)', summary.medianScanOverBare <= 5, `${summary.medianScanOverBare}`);
  }
  if (h) goal('100k page: scan finishes, no task of ours > 200 ms', h.finished && h.longestTaskMs <= 200, h.finished ? `scan ${h.scanMs} ms, longest task ${h.longestTaskMs} ms` : `did not finish in ${HUGE_CAP_MS / 1000} s`);
  if (b) goal('content script ≤ 60 KB gzipped', b.gzipBytes === null ? null : b.gzipBytes <= 60 * 1024, b.gzipBytes === null ? 'missing' : `${(b.gzipBytes / 1024).toFixed(1)} KB`);
  if (s && 'popupFirstRenderMs' in s) {
    goal('popup first render < 150 ms with 10,000 findings', s.popupFirstRenderMs! < 150, `${s.popupFirstRenderMs} ms`);
    goal('HTML export < 1 s with 10,000 findings', s.exportMs! < 1000, `${s.exportMs} ms`);
  }
  console.log('\nGoals:');
  for (const g of goals) console.log(`  ${g.pass === null ? 'N/A ' : g.pass ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.value}`);

  if (args.profile) {
    // Sum over pages ≥ 300 elements of each part's median: where the corpus scan time goes.
    const agg = new Map<string, number>();
    for (const r of big) for (const [k, v] of Object.entries(profiles[r.file] ?? {})) agg.set(k, (agg.get(k) ?? 0) + v);
    const totalScan = agg.get('runAudit (total)') ?? 0;
    out.profileTotals = Object.fromEntries([...agg.entries()].map(([k, v]) => [k.trim(), r1(v)]));
    console.log(`\nProfile: sum over ${big.length} pages ≥ 300 elements of each part's median ms (share of runAudit total ${r1(totalScan)} ms):`);
    const ordered = [...agg.entries()].sort((a, b) => (a[0].startsWith('detector') === b[0].startsWith('detector') ? b[1] - a[1] : a[0].startsWith('detector') ? 1 : -1));
    for (const [k, v] of ordered) if (v >= 0.005 * totalScan || !k.startsWith('detector')) console.log(`    ${k.padEnd(54)} ${r1(v).toFixed(1).padStart(8)}  ${((100 * v) / Math.max(totalScan, 1e-9)).toFixed(1)}%`);
    const largest = [...rows].sort((a, b) => b.elements - a.elements).slice(0, 3);
    for (const r of largest) {
      console.log(`  ${r.file} (${r.elements} el, bare ${r.bareMs} ms), parts ≥ 1 ms:`);
      for (const [k, v] of Object.entries(profiles[r.file] ?? {})) if (v >= 1 || !k.startsWith('detector')) console.log(`    ${k.padEnd(52)} ${v.toFixed(2)}`);
    }
    for (const p of (out.cpuProfiles as { file: string; msPerScan: number; top: { fn: string; ms: number; share: number }[] }[] | undefined) ?? []) {
      console.log(`  CPU self time, ${p.file} (${p.msPerScan} ms/scan):`);
      for (const t of p.top.slice(0, 10)) console.log(`    ${t.fn.padEnd(44)} ${t.ms.toFixed(2)} ms  ${(t.share * 100).toFixed(1)}%`);
    }
    if (b?.byGroup) {
      console.log('  Content-script bytes by source (esbuild metafile, minified, before gzip):');
      for (const [k, v] of Object.entries(b.byGroup).slice(0, 12)) console.log(`    ${k.padEnd(44)} ${v}`);
    }
  }

  const json = {
    pages: rows.map(({ file, elements, scanMs, axeMs, bareMs, coldScanMs, visMs }) => ({ file, elements, scanMs, axeMs, bareMs, coldScanMs, visMs })),
    summary,
    huge: out.huge ?? null,
    bundle: out.bundle ?? null,
    overlay: out.overlay ?? null,
    storage: out.storage ?? null,
    review: out.review ?? null,
    goals,
    ...(args.profile ? { profile: { totals: out.profileTotals ?? {}, parts: profiles, cpu: out.cpuProfiles ?? [] } } : {}),
    meta: { runs: args.runs, date: new Date().toISOString(), cpus: cpus().length, loadAverage1m: r1(loadavg()[0]!), chromium: chromiumPath() ?? 'playwright', command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim() },
  };
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(json, null, 2));
  console.log(`\nJSON: ${args.out}`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});

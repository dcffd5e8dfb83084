/**
 * npm run snapshot -- [--out FILE] [--compare FILE] [--pages DIR]...
 *
 * A guard for speed work: audits every corpus page (default ../shared/corpus/pages and ../shared/corpus/forms)
 * in headless Chromium with .output/engine.js, through both paths (runAudit, and runAuditSliced as the content
 * script runs it), and writes the results without their timings. With --compare it reports every page whose
 * result differs from an earlier snapshot and exits 1, so "faster" can be shown to mean "and the same".
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

interface Args { out: string; compare: string | null; pages: string[] }

function parseArgs(argv: string[]): Args {
  const a: Args = { out: resolve('.output/snapshot.json'), compare: null, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) usage();
      return v;
    };
    if (k === '--out') a.out = resolve(val());
    else if (k === '--compare') a.compare = resolve(val());
    else if (k === '--pages') a.pages.push(resolve(val()));
    else usage();
  }
  if (a.pages.length === 0) a.pages = [resolve('../shared/corpus/pages'), resolve('../shared/corpus/forms')];
  return a;
}

function usage(): never {
  console.error('usage: npm run snapshot -- [--out FILE] [--compare FILE] [--pages DIR]...');
  process.exit(2);
}

/** What may differ between two runs of the same engine on the same page: clocks. */
function stable(result: Record<string, unknown>): Record<string, unknown> {
  const { durationMs: _d, scannedAt: _s, ...rest } = result;
  return rest;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = readFileSync(resolve('.output/engine.js'), 'utf8');
  const files: string[] = [];
  for (const dir of args.pages) {
    if (!existsSync(dir)) {
      console.error(`snapshot: no such directory ${dir}`);
      process.exit(2);
    }
    for (const f of readdirSync(dir).sort()) if (/\.html?$/i.test(f)) files.push(join(dir, f));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let current = '';
  // Only the page itself is served; every subresource is aborted (the same pages every run, no network).
  await page.route('**/*', (route) =>
    route.request().url() === current
      ? route.fulfill({ body: readFileSync(decodeURIComponent(current.slice('http://snapshot.local/'.length))), contentType: 'text/html' })
      : route.abort(),
  );
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const file of files) {
    current = 'http://snapshot.local/' + encodeURIComponent(file);
    await page.goto(current, { waitUntil: 'load' }).catch(() => undefined);
    await page.evaluate(engine);
    const [sync, sliced] = (await page.evaluate(
      `(async () => { const e = globalThis.__trustlensEngine; const now = () => new Date(0);
        return [e.runAudit(document, { now }), await e.runAuditSliced(document, { now })]; })()`,
    )) as [Record<string, unknown>, Record<string, unknown>];
    const key = file.split('/').slice(-2).join('/');
    out[key] = stable(sync);
    if (!isDeepStrictEqual(stable(sync), stable(sliced))) out[key + ' (sliced)'] = stable(sliced);
    if (++n % 20 === 0) process.stderr.write(`snapshot: ${n}/${files.length} pages\n`);
  }
  await browser.close();
  writeFileSync(args.out, JSON.stringify(out, null, 1));
  console.error(`snapshot: ${files.length} pages → ${args.out}`);
  if (args.compare) {
    const before = JSON.parse(readFileSync(args.compare, 'utf8')) as Record<string, unknown>;
    const keys = new Set([...Object.keys(before), ...Object.keys(out)]);
    const differ = [...keys].filter((k) => !isDeepStrictEqual(before[k], out[k]));
    if (differ.length === 0) console.log(`snapshot: identical to ${args.compare} (${keys.size} results)`);
    else {
      console.log(`snapshot: ${differ.length} of ${keys.size} results differ from ${args.compare}:`);
      for (const k of differ.slice(0, 40)) console.log(`  ${k}`);
      process.exitCode = 1;
    }
  }
}

main().catch((error) => {
  console.error(`snapshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/**
 * npm run audit -- <url-or-file.html>... [--format json|html|md|csv] [--out FILE] [--locale xx]
 * Audits each page headless in Chromium with the engine bundle the content script runs, and writes a report.
 * A page that cannot be opened gives a one-line error; the others are still audited; the exit code is 1.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { AuditReport, AuditResult } from '../engine/result';
import { withJourneyFindings } from '../engine/journey';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';
import { modelFromAudits } from '../report/model';
import { renderReportHtml } from '../report/html';
import { renderReportMarkdown } from '../report/markdown';
import { renderReportCsv } from '../report/csv';
import { scoreModel, scoreSummary } from '../report/score';

type Format = 'json' | 'html' | 'md' | 'csv';

interface Args { targets: string[]; format: Format; out: string | null; locale: string }

function usage(): never {
  console.error('usage: npm run audit -- <url-or-file.html>... [--format json|html|md|csv] [--out FILE] [--locale en|de|tr|fa|...]');
  process.exit(2);
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { targets: [], format: 'html', out: null, locale: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') {
      const f = argv[++i];
      if (f !== 'json' && f !== 'html' && f !== 'md' && f !== 'csv') usage();
      args.format = f;
    } else if (a === '--out') {
      args.out = argv[++i] ?? usage();
    } else if (a === '--locale') {
      args.locale = argv[++i] ?? usage();
    } else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('--')) usage();
    else args.targets.push(a);
  }
  if (args.targets.length === 0) usage();
  return args;
}

function toUrl(target: string): string | null {
  if (/^https?:\/\//i.test(target) || /^file:\/\//i.test(target)) return target;
  const path = resolve(target);
  return existsSync(path) ? pathToFileURL(path).href : null;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const engine = readFileSync(resolve('.output/engine.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  let pages: AuditResult[] = [];
  let failed = 0;
  try {
    const context = await browser.newContext();
    for (const [i, target] of args.targets.entries()) {
      process.stderr.write(`[${i + 1}/${args.targets.length}] ${target} … `);
      const url = toUrl(target);
      if (!url) {
        process.stderr.write('\n');
        console.error(`error: ${target}: no such file`);
        failed++;
        continue;
      }
      const page = await context.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
        await page.evaluate(engine);
        const raw = await page.evaluate((locale) => {
          const g = globalThis as unknown as { __trustlensEngine: { runAudit: (d: Document, o: object) => unknown } };
          return g.__trustlensEngine.runAudit(document, { locale });
        }, args.locale);
        const result = AuditResult.parse(raw);
        pages.push(result);
        process.stderr.write(`${result.findings.length} finding(s) in ${result.durationMs} ms\n`);
      } catch (error) {
        process.stderr.write('\n');
        const msg = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.error(`error: ${target}: ${msg}`);
        failed++;
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }

  // The pages form a journey in the order given: checks across them (a phone number or price that changes,
  // the number of checkout steps) add their findings to the later page's result.
  if (pages.length > 1) {
    const before = pages.map((p) => p.findings.length);
    pages = withJourneyFindings(pages, { locale: args.locale });
    const added = pages.reduce((n, p, i) => n + p.findings.length - (before[i] ?? 0), 0);
    if (added) process.stderr.write(`journey: ${added} finding(s) across pages\n`);
  }

  const ext = args.format === 'md' ? 'md' : args.format;
  const out = resolve(args.out ?? `trustlens-report-${new Date().toISOString().replace(/[:.]/g, '-')}.${ext}`);
  if (pages.length > 0 || args.format === 'json') {
    let text: string;
    const model = modelFromAudits(pages, args.locale);
    // JSON: the AuditReport shape plus the scores (informational; AuditReport.parse ignores them).
    if (args.format === 'json') text = JSON.stringify({ ...AuditReport.parse({ schemaVersion: 1, pages }), scores: scoreSummary(scoreModel(model)) }, null, 2);
    else if (args.format === 'md') text = renderReportMarkdown(model);
    else if (args.format === 'csv') text = renderReportCsv(model);
    else text = renderReportHtml(model);
    writeFileSync(out, text);
    console.log(out);
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

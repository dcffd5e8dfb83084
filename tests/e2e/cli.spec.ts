/** The audit CLI: a fixture file and a URL in one call, a missing file reported without stopping the rest. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AuditReport } from '../../engine/result';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');

async function audit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'cli/audit.ts', ...args], { cwd: root, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('audits a file and a URL, reports a missing file and still writes the others', async ({ server }) => {
  const out = join(mkdtempSync(join(tmpdir(), 'tl-cli-')), 'report.json');
  const file = 'tests/e2e/pages/shop/checkout.html';
  const res = await audit([file, `${server.origin}/shop/no-contact.html`, 'no/such/page.html', '--format', 'json', '--out', out]);
  expect(res.code).toBe(1);
  expect(res.stderr).toMatch(/^error: no\/such\/page\.html: no such file$/m);
  expect(res.stdout.trim()).toBe(out);
  const report = AuditReport.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(report.pages).toHaveLength(2);
  expect(report.pages[0]!.findings.map((f) => f.detector)).toContain('forced-account');
  expect(report.pages[1]!.findings.map((f) => f.detector)).toContain('missing-contact');
});

test('writes an HTML report by default and a one-line error for an unreachable URL', async () => {
  const res = await audit(['http://127.0.0.1:9/nothing-here']);
  expect(res.code).toBe(1);
  expect(res.stderr).toMatch(/^error: http:\/\/127\.0\.0\.1:9\/nothing-here: .+$/m);
  const ok = await audit(['tests/e2e/pages/shop/index.html', '--out', join(mkdtempSync(join(tmpdir(), 'tl-cli-')), 'r.html')]);
  expect(ok.code).toBe(0);
  const html = readFileSync(ok.stdout.trim(), 'utf8');
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain("default-src 'none'");
});

/**
 * Permissions are exactly the minimal set, no remote code, no weakened CSP; `web-ext lint` on the Firefox
 * build reports no error (its warnings are explained in the README).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const MINIMAL = ['activeTab', 'contextMenus', 'scripting', 'storage'];

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
  test(`${dir}: minimal permissions, no host access, no static content scripts, no remote code`, () => {
    const m = manifest(dir);
    expect([...((m.permissions as string[]) ?? [])].sort()).toEqual(MINIMAL);
    expect((m.host_permissions as string[] | undefined) ?? []).toEqual([]);
    expect(m.content_scripts).toBeUndefined();
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    for (const file of files(join(root, dir)).filter((f) => /\.(html|js)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, `${file} loads a remote script`).not.toMatch(/<script[^>]+src=["']https?:|importScripts\(\s*["']https?:|import\(\s*["']https?:/);
    }
  });
}

for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
  test(`${dir}: the content scripts (review, and the picker injected on demand) post nothing to the page`, () => {
    // WXT's content-script context posted a start message naming the extension's id to the page's window;
    // ours (entrypoints/review.content/context.ts, put in place by wxt.config.ts) does not.
    for (const name of ['review', 'picker']) {
      const text = readFileSync(join(root, dir, 'content-scripts', `${name}.js`), 'utf8');
      expect(text, `${name}.js`).not.toMatch(/postMessage|content-script-started/);
    }
  });
}

test('the test build differs only by host permissions automation needs', () => {
  // 127.0.0.1: inject without the toolbar click; <all_urls>: captureVisibleTab without a user gesture.
  const test = manifest('.output-test/chrome-mv3');
  expect(test.host_permissions).toEqual(['http://127.0.0.1/*', '<all_urls>']);
  expect([...((test.permissions as string[]) ?? [])].sort()).toEqual(MINIMAL);
});

test('web-ext lint on the Firefox build: no errors; every warning is explained in the README', async () => {
  test.setTimeout(180_000);
  expect(existsSync(join(root, '.output/firefox-mv3/manifest.json'))).toBe(true);
  const bin = join(root, 'node_modules/.bin/web-ext');
  let stdout = '';
  try {
    ({ stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { cwd: root, timeout: 170_000, maxBuffer: 32 << 20 }));
  } catch (e) {
    stdout = (e as { stdout: string }).stdout; // web-ext exits non-zero when it finds errors
  }
  const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; file?: string }[] };
  expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const w of report.warnings) expect(readme, `README explains web-ext warning ${w.code}`).toContain(w.code);
});

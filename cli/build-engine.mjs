// Bundles engine/ into one script (the same code the content script runs) for the CLI, bench and eval:
// it defines globalThis.__trustlensEngine = { runAudit } when evaluated in a page.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

const quiet = process.argv.includes('--quiet');
mkdirSync('.output', { recursive: true });
const result = await build({
  entryPoints: ['cli/engine-entry.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  outfile: '.output/engine.js',
  metafile: true,
  logLevel: 'warning',
});
if (!quiet) {
  const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  console.error(`engine bundle: .output/engine.js (${(bytes / 1024).toFixed(1)} KB)`);
}

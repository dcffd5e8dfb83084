/**
 * Second, profiling-only engine bundle for `npm run bench -- --profile` (never shipped): it exposes the parts
 * of runAudit separately so the benchmark can say where the scan's time goes, one part at a time.
 * The parts are re-run on a context that is already built, so caches inside it (selectors) are warm:
 * the per-part figures are a lower bound of their share inside a cold runAudit.
 */
import '../engine/services-full';
import { runAudit } from '../engine/run-audit';
import { buildPageContext } from '../engine/page';
import { DETECTORS } from '../engine/detectors/index';
import { extractForms } from '../engine/forms/extract';
import { resetNormCache } from '../engine/forms/purpose';
import { extractContact } from '../engine/contact/extract';
import { guessPageKind } from '../engine/page-kind';
import { detectLanguage } from '../engine/text/language';
import { pressureHits } from '../engine/text/pressure-hits';
import { countdownsOf } from '../engine/text/countdown';

function now(): number {
  return performance.now();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median ms of each part over `runs` runs, after 15 warm-up runs (V8 needs 10-20 to optimise the scan). */
function profile(doc: Document, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (samples[k] ??= []).push(ms);
  for (let r = -15; r < runs; r++) {
    const keep = r >= 0;
    let t = now();
    runAudit(doc);
    if (keep) add('runAudit (total)', now() - t);
    t = now();
    const ctx = buildPageContext(doc);
    if (keep) add('buildPageContext (walk + all below)', now() - t);
    resetNormCache(); // as the walk does: the forms' label folding is per scan, not warm from the build above
    t = now();
    extractForms({ doc, controls: ctx.controls, isVisible: ctx.visible, selectorOf: ctx.selectorOf });
    if (keep) add('  extractForms', now() - t);
    t = now();
    const contact = extractContact(ctx);
    if (keep) add('  extractContact', now() - t);
    t = now();
    guessPageKind({ ...ctx, contact });
    if (keep) add('  guessPageKind', now() - t);
    t = now();
    if (!doc.documentElement?.getAttribute('lang')) detectLanguage(ctx.visibleText.slice(0, 4000));
    if (keep) add('  detectLanguage (when no lang)', now() - t);
    // Helpers several detectors share through a per-context cache: timed on their own first, so the
    // detector figures below are each detector's own work (the first user would otherwise pay for all).
    t = now();
    pressureHits(ctx);
    if (keep) add('shared pressureHits (cached per context)', now() - t);
    t = now();
    countdownsOf(ctx);
    if (keep) add('shared countdownsOf (cached per context)', now() - t);
    for (const d of DETECTORS) {
      t = now();
      if (!d.applies || d.applies(ctx)) for (const raw of d.evaluate(ctx)) void raw;
      if (keep) add(`detector ${d.meta.id}`, now() - t);
    }
    // The part of the build that is the walk itself and the context assembly (texts, links, buttons).
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(samples)) out[k] = median(v);
  const parts = ['  extractForms', '  extractContact', '  guessPageKind', '  detectLanguage (when no lang)'];
  out['  walk + text/link/button assembly (build − parts)'] = Math.max(
    0,
    out['buildPageContext (walk + all below)']! - parts.reduce((s, k) => s + (out[k] ?? 0), 0),
  );
  return out;
}

(globalThis as unknown as { __trustlensBench: unknown }).__trustlensBench = { runAudit, profile, detectorIds: DETECTORS.map((d) => d.meta.id) };

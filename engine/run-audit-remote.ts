/**
 * The content script's audit: the same detectors, with the text services answered by someone else
 * (the background) — see engine/services.ts. The page is walked once; detectors run once to record the
 * questions they ask, then again with the answers (at most a few rounds, for questions that depend on
 * earlier answers). Walk and detectors run in slices that yield to the page: no long task on huge pages.
 */
import { runAuditWithContextAsync, type AuditOptions, type AuditRun } from './run-audit';
import { queryKey, recordingServices, type ServiceQuery } from './services';
import { buildPageContextAsync } from './page';

export type AskServices = (queries: ServiceQuery[]) => Promise<unknown[]>;

const MAX_ROUNDS = 3;

export async function runAuditRemote(doc: Document, options: AuditOptions, ask: AskServices): Promise<AuditRun> {
  const started = performance.now();
  const known = new Map<string, unknown>();
  // The walk asks one question itself (the language, when <html lang> is missing): answer it before detectors.
  const asked = new Map<string, ServiceQuery>();
  const context = await buildPageContextAsync(doc, { ...options, services: recordingServices(known, asked) });
  const langQuery = [...asked.values()].find((q) => q.kind === 'detectLanguage');
  if (langQuery) {
    const [answer] = await ask([langQuery]);
    if (typeof answer === 'string' && answer) context.lang = answer;
  }
  const walkSkipped = context.skipped.length;
  let run: AuditRun | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    context.skipped.length = walkSkipped; // detector errors are reported by the last round only
    const missing = new Map<string, ServiceQuery>();
    // A fresh context object per round: analyses cached per context (pressureHits, countdownsOf, …) must not
    // keep the empty answers of an earlier round. The walk's data is shared, not rebuilt.
    const roundContext = { ...context, services: recordingServices(known, missing) };
    run = await runAuditWithContextAsync(doc, { ...options, context: roundContext });
    if (missing.size === 0) break;
    const queries = [...missing.values()];
    const answers = await ask(queries);
    queries.forEach((q, i) => known.set(queryKey(q), answers[i] ?? null));
  }
  run!.result.durationMs = Math.round((performance.now() - started) * 100) / 100;
  return run!;
}

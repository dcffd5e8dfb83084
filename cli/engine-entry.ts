/** Entry of the page-injectable engine bundle used by the CLI, the benchmark and the eval. */
import { FULL_SERVICES } from '../engine/services-full';
import { runAudit, type AuditOptions } from '../engine/run-audit';
import { runAuditRemote } from '../engine/run-audit-remote';
import { answerQueries } from '../engine/services';

/** The content script's path: sliced walk and detectors, text questions answered (here locally). */
async function runAuditSliced(doc: Document, options: AuditOptions = {}) {
  return (await runAuditRemote(doc, options, async (queries) => answerQueries(queries, FULL_SERVICES))).result;
}

(globalThis as unknown as { __trustlensEngine: unknown }).__trustlensEngine = { runAudit, runAuditSliced };

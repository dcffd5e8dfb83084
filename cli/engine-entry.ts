/** Entry of the page-injectable engine bundle used by the CLI, the benchmark and the eval. */
import '../engine/services-full';
import { runAudit } from '../engine/run-audit';

(globalThis as unknown as { __trustlensEngine: unknown }).__trustlensEngine = { runAudit };

/**
 * What a detector is. Metadata (what the reviewer reads) sits beside the logic in each detector file;
 * the logic returns data (a message key, parameters, the element), never prose.
 */
import type { Category, Evidence, Severity } from '../result';
import type { Localized } from '../i18n';
import type { PageContext } from '../page-types';

export interface Threshold {
  value: number;
  unit?: string;
  /** Where the number comes from (study, guideline, measurement). */
  source: string;
}

export interface DetectorMeta {
  /** Equals the file name in engine/detectors/ (a test checks it). */
  id: string;
  category: Category;
  /** Default severity; a finding may raise or lower it. */
  severity: Severity;
  title: Localized;
  why: Localized;
  fix: Localized;
  thresholds?: Record<string, Threshold>;
  /** Message templates with `{param}` placeholders, keyed by the message id a finding names. */
  messages: Record<string, Localized>;
}

export interface RawFinding {
  /** Key in meta.messages. */
  message: string;
  params?: Record<string, string | number>;
  /** The element the finding is about; null/undefined for a page-level finding. */
  element?: Element | null;
  severity?: Severity;
  evidence?: Evidence;
}

export interface Detector {
  meta: DetectorMeta;
  /** Does this detector apply to this page at all? (Kept apart from the judgement.) */
  applies?(ctx: PageContext): boolean;
  evaluate(ctx: PageContext): RawFinding[];
  /**
   * Shared page analyses this detector reads (pressureHitsSteps, countdownsSteps, …) as work that pauses:
   * the audit runs it after `applies` and before `evaluate`, in slices on a huge page, so `evaluate` finds
   * the answer cached instead of computing it inside one long task.
   */
  prepare?(ctx: PageContext): Generator<void, unknown, void>;
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}

/** Colours and order of severities, shared by overlay, popup, review page and report. */
import type { Severity } from '../engine/result';

export const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '#b3261e',
  serious: '#c2410c',
  moderate: '#a16207',
  minor: '#1d4ed8',
};

export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, serious: 1, moderate: 2, minor: 3 };

export function bySeverity<T extends { severity: Severity }>(a: T, b: T): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** The engine's public surface: a Document in, an AuditResult out. */
import './services-full';
export { runAudit, runAuditWithContext, type AuditOptions, type AuditRun } from './run-audit';
export * from './result';
export { DETECTORS, detectorById } from './detectors/index';
export type { Detector, DetectorMeta, RawFinding } from './detectors/types';
export { LANGS, pick, fill, type Lang, type Localized } from './i18n';
export { OVERLAY_ATTR } from './page';

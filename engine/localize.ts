/**
 * Fills finding messages, titles, why and fix in the reviewer's language from the full detector registry.
 * Used where the registry carries its prose (background, CLI, report): the content script ships detectors
 * without it and sends message ids and parameters instead.
 */
import { DETECTORS } from './detectors/index';
import type { Detector } from './detectors/types';
import { fill, pick } from './i18n';
import type { AuditResult, Finding } from './result';

let byId: Map<string, Detector> | null = null;
function detector(id: string): Detector | undefined {
  byId ??= new Map(DETECTORS.map((d) => [d.meta.id, d]));
  return byId.get(id);
}

/** The finding's message in `locale` (keeps the given message when the detector or template is unknown). */
export function localizeMessage(f: Finding, locale: string): string {
  const template = f.messageId ? detector(f.detector)?.meta.messages[f.messageId] : undefined;
  return template ? fill(pick(template, locale), f.params) : f.message;
}

export function localizeResult(result: AuditResult, locale: string): AuditResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, message: localizeMessage(f, locale) })) };
}

export interface DetectorText {
  title: string;
  why: string;
  fix: string;
}

/** Title, why it matters and how to fix it, for a detector id (manual findings: empty). */
export function detectorText(id: string, locale: string): DetectorText {
  const meta = detector(id)?.meta;
  return meta ? { title: pick(meta.title, locale), why: pick(meta.why, locale), fix: pick(meta.fix, locale) } : { title: '', why: '', fix: '' };
}

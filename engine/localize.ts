/**
 * Fills finding messages, titles, why and fix in the reviewer's language from the full detector registry.
 * Used where the registry carries its prose (background, CLI, report): the content script ships detectors
 * without it and sends message ids and parameters instead.
 */
import { detectorMetaById } from './detectors/index';
import type { DetectorMeta } from './detectors/types';
import { fill, pick } from './i18n';
import type { AuditResult, Finding } from './result';

function meta(id: string): DetectorMeta | undefined {
  return detectorMetaById(id); // page and journey detectors
}

/** The finding's message in `locale` (keeps the given message when the detector or template is unknown). */
export function localizeMessage(f: Finding, locale: string): string {
  const template = f.messageId ? meta(f.detector)?.messages[f.messageId] : undefined;
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
  const m = meta(id);
  return m ? { title: pick(m.title, locale), why: pick(m.why, locale), fix: pick(m.fix, locale) } : { title: '', why: '', fix: '' };
}

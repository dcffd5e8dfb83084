/**
 * Typed messages between popup, background and the review content script, validated with Zod on receipt.
 */
import { z } from 'zod';
import { AuditResult, Category, Severity } from '../engine/result';

export const ToBackground = z.discriminatedUnion('type', [
  /** popup: attach the tab to a review and inject the review content script */
  z.object({ type: z.literal('start-review'), tabId: z.number().int(), reviewId: z.string() }),
  /** popup: scan the tab again (or for the first time on a new page of the journey) */
  z.object({ type: z.literal('scan-tab'), tabId: z.number().int() }),
  /** popup: detach the tab and remove every trace from the page */
  z.object({ type: z.literal('stop-review'), tabId: z.number().int() }),
  /** popup: which review is this tab part of? */
  z.object({ type: z.literal('tab-status'), tabId: z.number().int() }),
  /** content script: the audit of the page it runs in */
  z.object({ type: z.literal('scan-result'), result: AuditResult }),
  /** content script: pressure/jargon/readability/fact questions its detectors and page facts asked (engine/services.ts) */
  z.object({
    type: z.literal('text-services'),
    queries: z
      .array(z.object({ kind: z.enum(['detectLanguage', 'classifyPressure', 'findJargon', 'readability', 'textFacts', 'passwordRules', 'optIn', 'dataReason']), lang: z.string().max(20), text: z.string().max(50_000) }))
      .max(50_000),
  }),
  /** review content script: the page panel's texts in the browser's language (the script carries none) */
  z.object({ type: z.literal('panel-strings') }),
  /** content script: the page keeps removing the overlay; the popup tells the reviewer */
  z.object({ type: z.literal('overlay-blocked') }),
  /** content script: the reviewer dismissed a finding in the page panel */
  z.object({ type: z.literal('dismiss-finding'), findingId: z.string(), reason: z.string().max(2000) }),
  /** content script: the reviewer restored a dismissed finding in the page panel */
  z.object({ type: z.literal('restore-finding'), findingId: z.string() }),
  /** popup, review page: start the element picker in the tab (injecting the review script when needed) */
  z.object({ type: z.literal('pick-element'), tabId: z.number().int() }),
  /** review content script: the picker is wanted; inject the picker script (entrypoints/picker.content) into this tab */
  z.object({ type: z.literal('load-picker') }),
  /** content script: the reviewer picked an element and filled in the finding form */
  z.object({
    type: z.literal('manual-finding'),
    finding: z.object({
      title: z.string().max(500),
      note: z.string().max(20000),
      category: Category,
      severity: Severity,
      tags: z.array(z.string().max(60)).max(30),
      selector: z.string().max(2000).nullable(),
      snippet: z.string().max(2000),
    }),
    /** Screenshot to take: the element (cropped), the visible page, or none. */
    capture: z.enum(['element', 'page', 'none']),
    /** The element's box in CSS pixels of the viewport, read just before the capture. */
    rect: z.object({ x: z.number(), y: z.number(), width: z.number().nonnegative(), height: z.number().nonnegative() }).nullable(),
    viewport: z.object({ width: z.number().positive(), height: z.number().positive() }),
    page: z.object({ url: z.string().max(5000), title: z.string().max(2000), lang: z.string().max(20) }),
  }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

export { ToContent, ScanReply, OverlayFinding, ManualReply } from './protocol-content';

export const TabStatus = z.object({ reviewId: z.string().nullable(), overlayBlocked: z.boolean().default(false) });
export type TabStatus = z.infer<typeof TabStatus>;

export const Ack = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Ack = z.infer<typeof Ack>;

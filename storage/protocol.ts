/**
 * Typed messages between popup, background and the review content script, validated with Zod on receipt.
 */
import { z } from 'zod';
import { AuditResult } from '../engine/result';

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
  /** content script: the page keeps removing the overlay; the popup tells the reviewer */
  z.object({ type: z.literal('overlay-blocked') }),
  /** content script: the reviewer dismissed a finding in the page panel */
  z.object({ type: z.literal('dismiss-finding'), findingId: z.string(), reason: z.string().max(2000) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

export { ToContent, ScanReply, OverlayFinding } from './protocol-content';

export const TabStatus = z.object({ reviewId: z.string().nullable(), overlayBlocked: z.boolean().default(false) });
export type TabStatus = z.infer<typeof TabStatus>;

export const Ack = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Ack = z.infer<typeof Ack>;

/**
 * The messages the review content script receives, as zod/mini schemas: the content script must stay small
 * (≤ 60 KB gzipped), and zod/mini tree-shakes to a few KB where the classic API costs ~50 KB.
 * The background validates what the content script sends with the full schemas in protocol.ts.
 */
import * as z from 'zod/mini';

// No code generation: extension pages and content scripts forbid eval.
z.config({ jitless: true });

export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stop') }),
  z.object({ type: z.literal('rescan') }),
  z.object({ type: z.literal('ping') }),
  /** start the element picker; at the element last right-clicked when asked from the context menu */
  z.object({ type: z.literal('pick'), atContextTarget: z.optional(z.boolean()) }),
  /** keyboard shortcut: select the next finding in the panel */
  z.object({ type: z.literal('next-finding') }),
]);
export type ToContent = z.infer<typeof ToContent>;

const Severity = z.enum(['critical', 'serious', 'moderate', 'minor']);

/** What the overlay needs of each stored finding. */
export const OverlayFinding = z.object({
  id: z.string(),
  detector: z.string(),
  category: z.string(),
  severity: Severity,
  selector: z.nullable(z.string()),
  title: z.string(),
  message: z.string(),
  status: z.enum(['open', 'dismissed']),
  /** Why it matters and how to fix it, in the reviewer's language (the content script ships no prose). */
  why: z.optional(z.string()),
  fix: z.optional(z.string()),
});
export type OverlayFinding = z.infer<typeof OverlayFinding>;

export const ScanReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), reviewId: z.string(), touchpointId: z.string(), findings: z.array(OverlayFinding) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ScanReply = z.infer<typeof ScanReply>;

/** The background's answer to a manual finding: the stored finding, and whether a screenshot was kept. */
export const ManualReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), finding: OverlayFinding, screenshot: z.boolean(), screenshotError: z.optional(z.string()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ManualReply = z.infer<typeof ManualReply>;

/** The background's answers to the content script's text-service questions, in question order. */
export const ServiceAnswers = z.object({ answers: z.array(z.unknown()) });
export type ServiceAnswers = z.infer<typeof ServiceAnswers>;

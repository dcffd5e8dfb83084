/**
 * Zod schemas for everything Trustlens keeps at rest; the TypeScript types come from them.
 * Records are validated when written and when read back from an import.
 */
import { z } from 'zod';
import { Category, ContactFacts, Evidence, FormFacts, PageFacts, Severity, Skipped } from '../engine/result';

export const Id = z.string().min(1).max(100);

export const Review = z.object({
  id: Id,
  site: z.string().max(2000),
  task: z.string().max(5000).default(''),
  reviewer: z.string().max(200).default(''),
  startedAt: z.string(),
  endedAt: z.string().nullable().default(null),
  verdict: z.string().max(20000).default(''),
  status: z.enum(['active', 'ended']),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof Review>;

export const Channel = z.enum(['web', 'phone', 'email', 'chat', 'other']);

export const Touchpoint = z.object({
  id: Id,
  reviewId: Id,
  /** Position in the journey, 1-based. */
  order: z.number().int().nonnegative(),
  channel: Channel,
  url: z.string().max(5000),
  title: z.string().max(2000),
  lang: z.string().max(20).default(''),
  pageKind: z.string().max(40).default('other'),
  scannedAt: z.string(),
  durationMs: z.number().nonnegative().default(0),
  forms: z.array(FormFacts).default([]),
  contact: ContactFacts.nullable().default(null),
  skipped: z.array(Skipped).default([]),
  notes: z.string().max(20000).default(''),
  /**
   * What journey checks compare across touchpoints (engine/facts.ts). Absent on pages saved before facts
   * existed (and on non-web touchpoints): optional rather than defaulted, so records built in code without
   * it still type-check; readers treat absent and null alike.
   */
  facts: PageFacts.nullable().optional(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;

export const FindingStatus = z.enum(['open', 'dismissed']);

export const StoredFinding = z.object({
  id: Id,
  reviewId: Id,
  touchpointId: Id,
  source: z.enum(['auto', 'manual']),
  /** Detector id for automatic findings, 'manual' for the reviewer's own. */
  detector: z.string().max(100),
  category: Category,
  severity: Severity,
  selector: z.string().max(2000).nullable(),
  snippet: z.string().max(2000),
  /** Reviewer-facing title (manual findings) — automatic ones take the detector's title. */
  title: z.string().max(500).default(''),
  message: z.string().max(5000),
  note: z.string().max(20000).default(''),
  tags: z.array(z.string().max(60)).max(30).default([]),
  evidence: Evidence.default({}),
  status: FindingStatus.default('open'),
  dismissReason: z.string().max(2000).default(''),
  /** True once the reviewer changed this finding; a rescan then leaves it alone. */
  edited: z.boolean().default(false),
  /** Stable identity of an automatic finding on a page: detector + selector + message. */
  key: z.string().max(3000),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredFinding = z.infer<typeof StoredFinding>;

export const Screenshot = z.object({
  id: Id,
  reviewId: Id,
  findingId: Id,
  mime: z.string().max(40),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  blob: z.instanceof(Blob),
  createdAt: z.string(),
});
export type Screenshot = z.infer<typeof Screenshot>;

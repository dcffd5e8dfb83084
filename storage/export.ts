/**
 * The JSON export: the CLI's `{ schemaVersion, pages }` extended with the review, its touchpoints and
 * every stored finding (automatic and manual, with status), and optionally screenshots as data URLs.
 * Validated by Zod on the way out and in. An import file is hostile until proven otherwise: it is
 * size-limited, walked for prototype keys and excessive nesting before Zod sees it, and checked for
 * consistency (ids unique, every finding on a touchpoint of this review, every screenshot on a finding).
 */
import { z } from 'zod';
import { AuditResult, type Finding } from '../engine/result';
import { Review, StoredFinding, Touchpoint } from './records';
import { getReviewBundle, type ReviewBundle } from './reviews';
import type { TrustlensDb } from './db';

export const EXPORT_FORMAT = 'trustlens-review';

/** Import limits: far above any real review, low enough that a hostile file cannot exhaust memory. */
export const IMPORT_LIMITS = {
  /** Characters of the whole file (screenshots make exports large). */
  chars: 64 * 1024 * 1024,
  touchpoints: 2_000,
  findings: 20_000,
  screenshots: 2_000,
  /** Characters of one screenshot data URL (~7.5 MB image). */
  screenshotChars: 10 * 1024 * 1024,
  /** Nesting depth of the JSON (real exports stay under 10). */
  depth: 40,
} as const;

/** Keys that would reach Object.prototype (or a constructor) if anything downstream merged them into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const SCREENSHOT_MIMES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]*={0,2})$/;

export const ScreenshotExport = z.object({
  id: z.string().min(1).max(100),
  findingId: z.string().min(1).max(100),
  mime: z.enum(SCREENSHOT_MIMES),
  width: z.number().int().nonnegative().max(100_000),
  height: z.number().int().nonnegative().max(100_000),
  dataUrl: z.string().max(IMPORT_LIMITS.screenshotChars).regex(DATA_URL, 'expected a base64 PNG, JPEG or WebP data: URL'),
  createdAt: z.string().max(40),
});
export type ScreenshotExport = z.infer<typeof ScreenshotExport>;

export const ReviewExport = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    schemaVersion: z.literal(1),
    exportedAt: z.string().max(40),
    pages: z.array(AuditResult).max(IMPORT_LIMITS.touchpoints),
    review: Review,
    touchpoints: z.array(Touchpoint).max(IMPORT_LIMITS.touchpoints),
    findings: z.array(StoredFinding).max(IMPORT_LIMITS.findings),
    screenshots: z.array(ScreenshotExport).max(IMPORT_LIMITS.screenshots).default([]),
  })
  .superRefine((x, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const tps = new Set<string>();
    x.touchpoints.forEach((t, i) => {
      if (t.reviewId !== x.review.id) issue(['touchpoints', i, 'reviewId'], `belongs to review "${t.reviewId}", not "${x.review.id}"`);
      if (tps.has(t.id)) issue(['touchpoints', i, 'id'], `duplicate id "${t.id}"`);
      tps.add(t.id);
    });
    const fs = new Set<string>();
    x.findings.forEach((f, i) => {
      if (f.reviewId !== x.review.id) issue(['findings', i, 'reviewId'], `belongs to review "${f.reviewId}", not "${x.review.id}"`);
      if (!tps.has(f.touchpointId)) issue(['findings', i, 'touchpointId'], `no touchpoint "${f.touchpointId}" in this file`);
      if (fs.has(f.id)) issue(['findings', i, 'id'], `duplicate id "${f.id}"`);
      fs.add(f.id);
    });
    const ss = new Set<string>();
    x.screenshots.forEach((s, i) => {
      if (!fs.has(s.findingId)) issue(['screenshots', i, 'findingId'], `no finding "${s.findingId}" in this file`);
      if (ss.has(s.id)) issue(['screenshots', i, 'id'], `duplicate id "${s.id}"`);
      if (DATA_URL.exec(s.dataUrl)?.[1] !== s.mime) issue(['screenshots', i, 'mime'], 'does not match the data URL');
      ss.add(s.id);
    });
  });
export type ReviewExport = z.infer<typeof ReviewExport>;

export function toFinding(f: StoredFinding): Finding {
  return {
    detector: f.detector,
    category: f.category,
    severity: f.severity,
    selector: f.selector,
    snippet: f.snippet,
    message: f.title ? `${f.title}: ${f.message}` : f.message,
    evidence: f.evidence,
  };
}

/** The AuditResult view of each touchpoint: open findings only, as the CLI writes them. */
export function pagesOf(bundle: ReviewBundle): AuditResult[] {
  return bundle.touchpoints.map((t) => ({
    url: t.url,
    title: t.title,
    lang: t.lang,
    scannedAt: t.scannedAt,
    durationMs: t.durationMs,
    pageKind: t.pageKind,
    forms: t.forms,
    contact: t.contact ?? { phones: [], emails: [], addresses: [], contactLinks: [], chat: false },
    findings: bundle.findings.filter((f) => f.touchpointId === t.id && f.status === 'open').map(toFinding),
    skipped: t.skipped,
    ...(t.facts ? { facts: t.facts } : {}),
  }));
}

export function buildExport(bundle: ReviewBundle, screenshots: readonly ScreenshotExport[] = [], now = new Date()): ReviewExport {
  return ReviewExport.parse({
    format: EXPORT_FORMAT,
    schemaVersion: 1,
    exportedAt: now.toISOString(),
    pages: pagesOf(bundle),
    review: bundle.review,
    touchpoints: bundle.touchpoints,
    findings: bundle.findings,
    screenshots,
  });
}

function showPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map((p) => String(p).slice(0, 60)).join('.') : '(top level)';
}

/** A readable description of the first problem in an import ("findings.3.severity: Invalid option"). */
export function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The file is not a Trustlens review export.';
  return `${showPath(first.path)}: ${first.message}`;
}

/**
 * The first structural danger in parsed JSON: a prototype key (JSON.parse makes `__proto__` an own
 * property; Object.assign or a for-in copy anywhere downstream would assign it and swap that object's
 * prototype — Zod happens to drop it today, we do not rely on that) or
 * nesting deeper than a real export has. Iterative, so hostile nesting cannot overflow the stack.
 */
export function findUnsafeStructure(data: unknown, maxDepth: number = IMPORT_LIMITS.depth): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > maxDepth) return `${showPath(path)}: nested deeper than ${maxDepth} levels`;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(value);
    for (const k of keys) if (FORBIDDEN_KEYS.has(k)) return `${showPath([...path, k])}: forbidden key "${k}"`;
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (value as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
  }
  return null;
}

export type ParseResult = { ok: true; value: ReviewExport } | { ok: false; error: string };

/** Parses an import file's text. Never throws; names the first problem (path and reason). */
export function parseExport(text: string): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: '(top level): expected the text of a JSON file' };
  if (text.length > IMPORT_LIMITS.chars) {
    return { ok: false, error: `(top level): file too large (${text.length} characters; at most ${IMPORT_LIMITS.chars})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `format: expected "${EXPORT_FORMAT}" (is this a Trustlens review export?)` };
  }
  const unsafe = findUnsafeStructure(data);
  if (unsafe) return { ok: false, error: unsafe };
  let parsed: ReturnType<typeof ReviewExport.safeParse>;
  try {
    parsed = ReviewExport.safeParse(data);
  } catch (e) {
    return { ok: false, error: `(top level): ${e instanceof Error ? e.message : String(e)}` };
  }
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssue(parsed.error) };
}

/** Base64 of bytes without Buffer (works in extension pages and Node). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A stored screenshot's Blob as a data URL; null for a type the export format does not carry. */
export async function blobToDataUrl(blob: Blob, mime: string): Promise<string | null> {
  if (!(SCREENSHOT_MIMES as readonly string[]).includes(mime)) return null;
  return `data:${mime};base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const m = DATA_URL.exec(dataUrl);
  if (!m) throw new Error('not a base64 image data: URL');
  return new Blob([base64ToBytes(m[2]!)], { type: m[1] });
}

/** The review's screenshots as data URLs (for the JSON export and the HTML report), oldest first. */
export async function screenshotsOf(reviewId: string, database: TrustlensDb): Promise<ScreenshotExport[]> {
  const rows = await database.screenshots.where('reviewId').equals(reviewId).toArray();
  const out: ScreenshotExport[] = [];
  for (const s of rows) {
    const dataUrl = await blobToDataUrl(s.blob, s.mime);
    if (!dataUrl) continue; // an image type the export format does not carry (kept in the database)
    out.push({ id: s.id, findingId: s.findingId, mime: s.mime as ScreenshotExport['mime'], width: s.width, height: s.height, dataUrl, createdAt: s.createdAt });
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The whole export of a stored review, optionally with its screenshots; null when it does not exist. */
export async function exportReview(
  reviewId: string,
  database: TrustlensDb,
  options: { screenshots?: boolean } = {},
  now = new Date(),
): Promise<ReviewExport | null> {
  const bundle = await getReviewBundle(reviewId, database);
  if (!bundle) return null;
  return buildExport(bundle, options.screenshots ? await screenshotsOf(reviewId, database) : [], now);
}

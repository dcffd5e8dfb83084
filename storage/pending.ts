/**
 * Scans that could not be written (the browser's storage quota is full) are kept in memory and written
 * as soon as a later write succeeds, so a full disk costs the reviewer a warning, not their work.
 */
import type { AuditResult } from '../engine/result';
import { saveScan, type SaveScanResult } from './scans';

export class StorageFullError extends Error {
  constructor(kept: number) {
    super(
      `The browser has no storage space left for Trustlens. This scan is kept in memory (${kept} waiting) and will be ` +
        'saved as soon as space is free: export and delete old reviews, or free disk space, then scan again.',
    );
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; message?: string; inner?: unknown } | null;
  if (!e) return false;
  if (e.name === 'QuotaExceededError' || /quota/i.test(e.message ?? '')) return true;
  return e.inner !== undefined && isQuotaError(e.inner);
}

type Save = (reviewId: string, result: AuditResult) => Promise<SaveScanResult>;

const queue: { reviewId: string; result: AuditResult }[] = [];

export function pendingCount(): number {
  return queue.length;
}

/** Writes the waiting scans in order; stops at the first that still fails. Returns how many were written. */
export async function flushPending(save: Save = saveScan): Promise<number> {
  let written = 0;
  while (queue.length > 0) {
    const next = queue[0]!;
    try {
      await save(next.reviewId, next.result);
    } catch (error) {
      if (isQuotaError(error)) break;
      queue.shift(); // not a space problem (the review was deleted, say): drop it rather than retry forever
      continue;
    }
    queue.shift();
    written++;
  }
  return written;
}

/** Saves a scan; on a quota error keeps it in memory and throws StorageFullError with a clear message. */
export async function saveScanOrKeep(reviewId: string, result: AuditResult, save: Save = saveScan): Promise<SaveScanResult> {
  await flushPending(save);
  try {
    return await save(reviewId, result);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const i = queue.findIndex((q) => q.reviewId === reviewId && q.result.url === result.url);
    if (i >= 0) queue.splice(i, 1); // a newer scan of the same page replaces the older waiting one
    queue.push({ reviewId, result });
    throw new StorageFullError(queue.length);
  }
}

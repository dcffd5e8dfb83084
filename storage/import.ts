/**
 * Import of a review export (storage/export.ts), merged into the database in ONE transaction:
 * an invalid or hostile file writes nothing, a valid one merges without duplicates.
 *
 * Merge rules (ids are stable UUIDs, so the same review exported from two machines shares them):
 * - review: the record with the later updatedAt wins;
 * - touchpoints, by id: the later scannedAt wins (a rescan refreshes a page); equal → the local one stays;
 * - findings, by id — or, for automatic findings, by (touchpoint, key) when both sides found the same
 *   issue under different ids — the later updatedAt wins; equal → the local one stays;
 * - screenshots, by id: added when missing (they are never edited), restored as Blobs.
 * A record whose id exists locally under ANOTHER review is a conflict: the import fails and writes nothing.
 * Counts are of records (review, touchpoints, findings, screenshots): added / updated / unchanged.
 */
import { db as defaultDb, type TrustlensDb } from './db';
import { dataUrlToBlob, parseExport } from './export';
import { Screenshot, type Review, type StoredFinding, type Touchpoint } from './records';

export type ImportResult =
  | { ok: true; reviewId: string; added: number; updated: number; unchanged: number }
  | { ok: false; error: string };

class ImportConflict extends Error {}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/** Order-insensitive deep equality of plain JSON-like records (Blobs are not compared). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => same(x, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export async function importReview(text: string, database: TrustlensDb = defaultDb()): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const reviewId = file.review.id;
  // Decode screenshots before the transaction (no async work other than Dexie's may run inside one).
  let blobs: Map<string, Blob>;
  try {
    blobs = new Map(file.screenshots.map((s) => [s.id, dataUrlToBlob(s.dataUrl)]));
  } catch (e) {
    return { ok: false, error: `screenshots: ${e instanceof Error ? e.message : String(e)}` };
  }
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  try {
    await database.transaction('rw', [database.reviews, database.touchpoints, database.findings, database.screenshots], async () => {
      const localReview = await database.reviews.get(reviewId);
      if (!localReview) {
        await database.reviews.add(file.review as Review);
        added++;
      } else if (time(file.review.updatedAt) > time(localReview.updatedAt) && !same(file.review, localReview)) {
        await database.reviews.put(file.review as Review);
        updated++;
      } else unchanged++;

      const localTps = await database.touchpoints.bulkGet(file.touchpoints.map((t) => t.id));
      const tpPut: Touchpoint[] = [];
      file.touchpoints.forEach((t, i) => {
        const local = localTps[i];
        if (local && local.reviewId !== reviewId) throw new ImportConflict(`touchpoints.${i}.id: "${t.id}" already belongs to another review`);
        if (!local) {
          tpPut.push(t);
          added++;
        } else if (time(t.scannedAt) > time(local.scannedAt) && !same(t, local)) {
          tpPut.push(t);
          updated++;
        } else unchanged++;
      });
      if (tpPut.length) await database.touchpoints.bulkPut(tpPut);

      const localFs = await database.findings.bulkGet(file.findings.map((f) => f.id));
      const fPut: StoredFinding[] = [];
      /** Incoming finding id → the local id it merged into (for its screenshots). */
      const remap = new Map<string, string>();
      for (const [i, incoming] of file.findings.entries()) {
        let local = localFs[i];
        if (local && local.reviewId !== reviewId) throw new ImportConflict(`findings.${i}.id: "${incoming.id}" already belongs to another review`);
        if (!local && incoming.source === 'auto') {
          const twin = await database.findings.where('[touchpointId+key]').equals([incoming.touchpointId, incoming.key]).first();
          if (twin && twin.reviewId === reviewId && twin.source === 'auto') {
            local = twin;
            remap.set(incoming.id, twin.id);
          }
        }
        const next: StoredFinding = local ? { ...incoming, id: local.id } : incoming;
        if (!local) {
          fPut.push(next);
          added++;
        } else if (time(incoming.updatedAt) > time(local.updatedAt) && !same(next, local)) {
          fPut.push(next);
          updated++;
        } else unchanged++;
      }
      if (fPut.length) await database.findings.bulkPut(fPut);

      const localSs = await database.screenshots.bulkGet(file.screenshots.map((s) => s.id));
      const sPut: Screenshot[] = [];
      file.screenshots.forEach((s, i) => {
        const local = localSs[i];
        if (local && local.reviewId !== reviewId) throw new ImportConflict(`screenshots.${i}.id: "${s.id}" already belongs to another review`);
        if (local) {
          unchanged++;
          return;
        }
        sPut.push(
          Screenshot.parse({
            id: s.id,
            reviewId,
            findingId: remap.get(s.findingId) ?? s.findingId,
            mime: s.mime,
            width: s.width,
            height: s.height,
            blob: blobs.get(s.id)!,
            createdAt: s.createdAt,
          }),
        );
        added++;
      });
      if (sPut.length) await database.screenshots.bulkPut(sPut);
    });
  } catch (e) {
    if (e instanceof ImportConflict) return { ok: false, error: e.message };
    return { ok: false, error: `Could not save the import: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, reviewId, added, updated, unchanged };
}

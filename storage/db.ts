/**
 * The Dexie database. Schema history is kept as named versions: never edit a shipped version,
 * add the next one with its upgrade function and a migration test (tests/storage/migrations.test.ts).
 * Only extension pages and the background open it (a content script's IndexedDB is the page's).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Review, Screenshot, StoredFinding, Touchpoint } from './records';

export const DB_NAME = 'trustlens';

/** Version 1 (0.1.0): reviews, their touchpoints, findings and screenshots. */
export const SCHEMA_V1 = {
  reviews: 'id, status, startedAt, updatedAt',
  touchpoints: 'id, reviewId, [reviewId+order]',
  findings: 'id, reviewId, touchpointId, [touchpointId+key], status, updatedAt',
  screenshots: 'id, reviewId, findingId',
} as const;

export const SCHEMA_HISTORY = [{ version: 1, stores: SCHEMA_V1, upgrade: undefined }] as const;

export type TrustlensDb = Dexie & {
  reviews: EntityTable<Review, 'id'>;
  touchpoints: EntityTable<Touchpoint, 'id'>;
  findings: EntityTable<StoredFinding, 'id'>;
  screenshots: EntityTable<Screenshot, 'id'>;
};

export function openDb(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): TrustlensDb {
  const db = new Dexie(name, options) as TrustlensDb;
  for (const step of SCHEMA_HISTORY) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return db;
}

let shared: TrustlensDb | null = null;
/** The database of this extension context, opened on first use. */
export function db(): TrustlensDb {
  shared ??= openDb();
  return shared;
}

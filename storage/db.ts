/**
 * The Dexie database. Schema history is kept as named versions: never edit a shipped version,
 * add the next one with its upgrade function and a migration test (tests/storage/migrations.test.ts).
 * Only extension pages and the background open it (a content script's IndexedDB is the page's).
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Review, Screenshot, StoredFinding, Touchpoint } from './records';

export const DB_NAME = 'trustlens';

/** Version 1 (0.1.0): reviews, their touchpoints, findings and screenshots. */
export const SCHEMA_V1 = {
  reviews: 'id, status, startedAt, updatedAt',
  touchpoints: 'id, reviewId, [reviewId+order]',
  findings: 'id, reviewId, touchpointId, [touchpointId+key], status, updatedAt',
  screenshots: 'id, reviewId, findingId',
} as const;

/**
 * Version 2 (0.2.0): findings indexed by [touchpointId+status+severity], so the popup counts a page's open
 * findings and reads only its first few in severity order, instead of loading thousands.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  findings: 'id, reviewId, touchpointId, [touchpointId+key], status, updatedAt, [touchpointId+status+severity]',
} as const;

/** v1 → v2 adds an index only: Dexie builds it from the stored records; no record changes. */
async function upgradeToV2(): Promise<void> {}

type Upgrade = (tx: Transaction) => Promise<void>;
export const SCHEMA_HISTORY: readonly { version: number; stores: Record<string, string>; upgrade: Upgrade | undefined }[] = [
  { version: 1, stores: SCHEMA_V1, upgrade: undefined },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
];

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

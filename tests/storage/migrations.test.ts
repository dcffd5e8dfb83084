/**
 * One test per schema version: seed the database as that version left it, open it with the current
 * schema, and check every record is kept. Version 1 is the first, so its test checks the stores and indexes.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_HISTORY, SCHEMA_V1, SCHEMA_V2 } from '../../storage/db';

describe('schema history', () => {
  it('versions are increasing and the first is 1', () => {
    const versions = SCHEMA_HISTORY.map((s) => s.version);
    expect(versions[0]).toBe(1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('v1: a database created with the v1 schema opens with the current one and keeps its records', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('mig-v1', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    await old.table('reviews').add({ id: 'r1', site: 'shop.example', status: 'active', startedAt: '2026-01-01', updatedAt: '2026-01-01' });
    await old.table('findings').add({ id: 'f1', reviewId: 'r1', touchpointId: 't1', key: 'k', status: 'open', updatedAt: '2026-01-01' });
    old.close();

    const db = openDb('mig-v1', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version);
    expect(await db.reviews.get('r1')).toMatchObject({ site: 'shop.example' });
    expect(await db.findings.where('touchpointId').equals('t1').count()).toBe(1);
    db.close();
  });

  it('v2: findings stored under v1 are kept and found through the new [touchpointId+status+severity] index', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('mig-v2', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    await old.open();
    await old.table('reviews').add({ id: 'r1', site: 'shop.example', status: 'active', startedAt: '2026-01-01', updatedAt: '2026-01-01' });
    await old.table('findings').bulkAdd([
      { id: 'f1', reviewId: 'r1', touchpointId: 't1', key: 'a', status: 'open', severity: 'minor', updatedAt: '2026-01-01' },
      { id: 'f2', reviewId: 'r1', touchpointId: 't1', key: 'b', status: 'open', severity: 'critical', updatedAt: '2026-01-01' },
      { id: 'f3', reviewId: 'r1', touchpointId: 't1', key: 'c', status: 'dismissed', severity: 'critical', updatedAt: '2026-01-01' },
    ]);
    old.close();

    const db = openDb('mig-v2', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.findings.count()).toBe(3);
    const index = db.findings.where('[touchpointId+status+severity]');
    expect(await index.between(['t1', 'open', Dexie.minKey], ['t1', 'open', Dexie.maxKey]).count()).toBe(2);
    expect((await index.equals(['t1', 'open', 'critical']).toArray()).map((f) => f.id)).toEqual(['f2']);
    expect(SCHEMA_V2.findings).toContain('[touchpointId+status+severity]');
    db.close();
  });
});

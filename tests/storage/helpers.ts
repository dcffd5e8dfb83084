import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type TrustlensDb } from '../../storage/db';
import type { AuditResult, Finding } from '../../engine/result';

/** A fresh, isolated database per test. */
export function freshDb(): TrustlensDb {
  return openDb(`test-${Math.random().toString(36).slice(2)}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    detector: 'missing-contact',
    category: 'contact',
    severity: 'serious',
    selector: null,
    snippet: '',
    message: 'No phone number, email address, contact link or chat was found on this page.',
    evidence: {},
    ...over,
  };
}

export function audit(over: Partial<AuditResult> = {}): AuditResult {
  return {
    url: 'https://shop.example/checkout',
    title: 'Checkout',
    lang: 'en',
    scannedAt: '2026-11-22T10:00:00.000Z',
    durationMs: 3.2,
    pageKind: 'checkout',
    forms: [],
    contact: { phones: [], emails: [], addresses: [], contactLinks: [], chat: false },
    findings: [finding()],
    skipped: [],
    ...over,
  };
}

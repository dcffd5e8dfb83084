/**
 * Which review each tab is part of. Kept in browser.storage.session so it survives the background
 * service worker being stopped, and is forgotten when the browser closes (the review itself is in IndexedDB).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

const KEY = 'tabReviews';
const TabReviews = z.record(z.string(), z.string());

async function read(): Promise<Record<string, string>> {
  const area = browser.storage.session ?? browser.storage.local;
  const raw = (await area.get(KEY))[KEY];
  const parsed = TabReviews.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

async function write(map: Record<string, string>): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  await area.set({ [KEY]: map });
}

export async function reviewOfTab(tabId: number): Promise<string | null> {
  return (await read())[String(tabId)] ?? null;
}

export async function attachTab(tabId: number, reviewId: string): Promise<void> {
  const map = await read();
  map[String(tabId)] = reviewId;
  await write(map);
}

export async function detachTab(tabId: number): Promise<void> {
  const map = await read();
  delete map[String(tabId)];
  await write(map);
}

const BLOCKED = 'overlayBlocked';

/** Tabs whose page removes the overlay (cleared when the tab is scanned again or detached). */
export async function setOverlayBlocked(tabId: number, blocked: boolean): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  const list = z.array(z.number()).catch([]).parse((await area.get(BLOCKED))[BLOCKED] ?? []);
  const next = blocked ? [...new Set([...list, tabId])] : list.filter((t) => t !== tabId);
  await area.set({ [BLOCKED]: next });
}

export async function isOverlayBlocked(tabId: number): Promise<boolean> {
  const area = browser.storage.session ?? browser.storage.local;
  const list = z.array(z.number()).catch([]).parse((await area.get(BLOCKED))[BLOCKED] ?? []);
  return list.includes(tabId);
}

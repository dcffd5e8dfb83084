/**
 * The messages the review content script receives, checked at the boundary by small explicit validators.
 * The content script must stay small (≤ 60 KB gzipped): even zod/mini cost ~7 KB of it for these few shapes,
 * so they are written out here with the same parse/safeParse surface. The background validates what the
 * content script sends with the full Zod schemas in protocol.ts; tests/storage/protocol-content.test.ts
 * checks these against hostile input.
 */

export interface Checker<T> {
  /** The value, or throws an Error naming the first problem ("findings.2.severity: expected one of …"). */
  parse(value: unknown): T;
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: string };
}

class Invalid extends Error {}

function checker<T>(check: (v: unknown, path: string) => T): Checker<T> {
  return {
    parse: (v) => check(v, '(message)'),
    safeParse(v) {
      try {
        return { success: true, data: check(v, '(message)') };
      } catch (e) {
        if (e instanceof Invalid) return { success: false, error: e.message };
        throw e;
      }
    },
  };
}

function fail(path: string, what: string): never {
  throw new Invalid(`${path}: expected ${what}`);
}
function obj(v: unknown, path: string): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(path, 'an object');
}
function str(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, 'a string');
}
function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path, 'true or false');
}
function oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  return typeof v === 'string' && (options as readonly string[]).includes(v) ? (v as T) : fail(path, `one of ${options.join(', ')}`);
}
function optStr(v: unknown, path: string): string | undefined {
  return v === undefined ? undefined : str(v, path);
}

export type ToContent =
  | { type: 'stop' }
  | { type: 'rescan' }
  | { type: 'ping' }
  /** start the element picker; at the element last right-clicked when asked from the context menu */
  | { type: 'pick'; atContextTarget?: boolean }
  /** keyboard shortcut: select the next finding in the panel */
  | { type: 'next-finding' };

export const ToContent = checker<ToContent>((v, p) => {
  const o = obj(v, p);
  const type = oneOf(o.type, `${p}.type`, ['stop', 'rescan', 'ping', 'pick', 'next-finding'] as const);
  if (type === 'pick') return o.atContextTarget === undefined ? { type } : { type, atContextTarget: bool(o.atContextTarget, `${p}.atContextTarget`) };
  return { type };
});

const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const;

/** What the overlay needs of each stored finding. */
export interface OverlayFinding {
  id: string;
  detector: string;
  category: string;
  severity: (typeof SEVERITIES)[number];
  selector: string | null;
  title: string;
  message: string;
  status: 'open' | 'dismissed';
  /** Why it matters and how to fix it, in the reviewer's language (the content script ships no prose). */
  why?: string;
  fix?: string;
}

function overlayFinding(v: unknown, p: string): OverlayFinding {
  const o = obj(v, p);
  return {
    id: str(o.id, `${p}.id`),
    detector: str(o.detector, `${p}.detector`),
    category: str(o.category, `${p}.category`),
    severity: oneOf(o.severity, `${p}.severity`, SEVERITIES),
    selector: o.selector === null ? null : str(o.selector, `${p}.selector`),
    title: str(o.title, `${p}.title`),
    message: str(o.message, `${p}.message`),
    status: oneOf(o.status, `${p}.status`, ['open', 'dismissed'] as const),
    why: optStr(o.why, `${p}.why`),
    fix: optStr(o.fix, `${p}.fix`),
  };
}
export const OverlayFinding = checker(overlayFinding);

type Failure = { ok: false; error: string };
function failure(o: Record<string, unknown>, p: string): Failure {
  return { ok: false, error: str(o.error, `${p}.error`) };
}

export type ScanReply = { ok: true; reviewId: string; touchpointId: string; findings: OverlayFinding[] } | Failure;
export const ScanReply = checker<ScanReply>((v, p) => {
  const o = obj(v, p);
  if (bool(o.ok, `${p}.ok`) === false) return failure(o, p);
  if (!Array.isArray(o.findings)) fail(`${p}.findings`, 'a list');
  return {
    ok: true,
    reviewId: str(o.reviewId, `${p}.reviewId`),
    touchpointId: str(o.touchpointId, `${p}.touchpointId`),
    findings: (o.findings as unknown[]).map((f, i) => overlayFinding(f, `${p}.findings.${i}`)),
  };
});

/** The background's answer to a manual finding: the stored finding, and whether a screenshot was kept. */
export type ManualReply = { ok: true; finding: OverlayFinding; screenshot: boolean; screenshotError?: string } | Failure;
export const ManualReply = checker<ManualReply>((v, p) => {
  const o = obj(v, p);
  if (bool(o.ok, `${p}.ok`) === false) return failure(o, p);
  const reply: ManualReply = { ok: true, finding: overlayFinding(o.finding, `${p}.finding`), screenshot: bool(o.screenshot, `${p}.screenshot`) };
  const err = optStr(o.screenshotError, `${p}.screenshotError`);
  if (err !== undefined) reply.screenshotError = err;
  return reply;
});

/** A plain answer: done, or why not (e.g. to 'load-picker'). */
export type Ack = { ok: true } | Failure;
export const Ack = checker<Ack>((v, p) => {
  const o = obj(v, p);
  return bool(o.ok, `${p}.ok`) ? { ok: true } : failure(o, p);
});

/**
 * The page panel's texts in the browser's language (components/overlay-strings.ts) and its style sheet
 * (components/overlay-css.ts), sent by the background.
 */
export interface PanelStrings {
  strings: Record<string, string>;
  css: string;
}
export const PanelStrings = checker<PanelStrings>((v, p) => {
  const reply = obj(v, p);
  const o = obj(reply.strings, `${p}.strings`);
  const strings: Record<string, string> = {};
  for (const k of Object.keys(o)) if (k !== '__proto__') strings[k] = str(o[k], `${p}.strings.${k}`);
  return { strings, css: str(reply.css, `${p}.css`) };
});

/** The background's answers to the content script's text-service questions, in question order. */
export interface ServiceAnswers {
  answers: unknown[];
}
export const ServiceAnswers = checker<ServiceAnswers>((v, p) => {
  const o = obj(v, p);
  return Array.isArray(o.answers) ? { answers: o.answers as unknown[] } : fail(`${p}.answers`, 'a list');
});

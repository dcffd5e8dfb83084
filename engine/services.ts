/**
 * Text services: the heavy, lexicon-driven text analyses (pressure tactics, jargon, readability, company
 * names and return windows) that detectors and page facts call through the page context. The CLI and tests use the full implementations
 * (services-full.ts). The content script ships without them (they are most of its size): it records the
 * questions its detectors ask, the background answers them from the full implementations, and the
 * detectors run again with the answers (run-audit-remote.ts). Same code, same answers, a smaller page load.
 */
import type { JargonHit } from './lexicon/jargon';
import type { PressureMatch } from './text/pressure';
import type { ReadabilityScore } from './text/readability';
import type { TextFacts } from './text/company-returns';
import type { PasswordRule } from './text/form-texts';

export interface TextServices {
  /** The language of a text ('' when unsure); lang is ignored. */
  detectLanguage(text: string, lang: string): string;
  classifyPressure(text: string, lang: string): PressureMatch | null;
  findJargon(text: string, lang: string): JargonHit[];
  readability(text: string, lang: string): ReadabilityScore | null;
  /** Company names and return windows in a text block, for the page facts (engine/facts.ts); lang is ignored. */
  textFacts(text: string, lang: string): TextFacts;
  /** Password composition rules a text states (password-rules); lang is ignored. */
  passwordRules(text: string, lang: string): PasswordRule[];
  /** What a pre-ticked checkbox's label opts into (prechecked-opt-in); lang is ignored. */
  optIn(text: string, lang: string): 'paid' | 'marketing' | null;
  /** Whether a text says why a form asks for personal data (unexplained-personal-data); lang is ignored. */
  dataReason(text: string, lang: string): boolean;
}

export type ServiceKind = keyof TextServices;
export const SERVICE_KINDS: readonly ServiceKind[] = ['detectLanguage', 'classifyPressure', 'findJargon', 'readability', 'textFacts', 'passwordRules', 'optIn', 'dataReason'];

export interface ServiceQuery {
  kind: ServiceKind;
  lang: string;
  text: string;
}

export function queryKey(q: ServiceQuery): string {
  return `${q.kind}\u0000${q.lang}\u0000${q.text}`;
}

/** Answers every query with the given implementations (the background does this for the content script). */
export function answerQueries(queries: readonly ServiceQuery[], services: TextServices): unknown[] {
  return queries.map((q) => services[q.kind](q.text, q.lang));
}

/**
 * Services that answer from `known` and record what they could not answer in `missing`
 * (unknown answers are "nothing found": null or an empty list).
 */
export function recordingServices(known: ReadonlyMap<string, unknown>, missing: Map<string, ServiceQuery>): TextServices {
  const ask = <T>(kind: ServiceKind, text: string, lang: string, none: T): T => {
    const q = { kind, lang, text };
    const key = queryKey(q);
    if (known.has(key)) return known.get(key) as T;
    missing.set(key, q);
    return none;
  };
  return {
    detectLanguage: (text, lang) => ask<string>('detectLanguage', text, lang, ''),
    classifyPressure: (text, lang) => ask<PressureMatch | null>('classifyPressure', text, lang, null),
    findJargon: (text, lang) => ask<JargonHit[]>('findJargon', text, lang, []),
    readability: (text, lang) => ask<ReadabilityScore | null>('readability', text, lang, null),
    textFacts: (text, lang) => ask<TextFacts>('textFacts', text, lang, { companies: [], returns: [] }),
    passwordRules: (text, lang) => ask<PasswordRule[]>('passwordRules', text, lang, []),
    optIn: (text, lang) => ask<'paid' | 'marketing' | null>('optIn', text, lang, null),
    dataReason: (text, lang) => ask<boolean>('dataReason', text, lang, false),
  };
}

let registered: TextServices | null = null;

/** Makes these the services used when a caller passes none (engine/services-full.ts registers itself). */
export function registerDefaultServices(services: TextServices): void {
  registered = services;
}

function none(): never {
  throw new Error('No text services: import engine/services-full (or engine/index) or pass options.services.');
}

/** The registered default services; fails loudly (rather than silently finding nothing) when none is. */
export const DEFAULT_SERVICES: TextServices = {
  detectLanguage: (text, lang) => (registered ?? none()).detectLanguage(text, lang),
  classifyPressure: (text, lang) => (registered ?? none()).classifyPressure(text, lang),
  findJargon: (text, lang) => (registered ?? none()).findJargon(text, lang),
  readability: (text, lang) => (registered ?? none()).readability(text, lang),
  textFacts: (text, lang) => (registered ?? none()).textFacts(text, lang),
  passwordRules: (text, lang) => (registered ?? none()).passwordRules(text, lang),
  optIn: (text, lang) => (registered ?? none()).optIn(text, lang),
  dataReason: (text, lang) => (registered ?? none()).dataReason(text, lang),
};

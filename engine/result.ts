/**
 * The engine's output contract. Everything that leaves the engine (to the content script, the CLI,
 * storage or an export) is one of these shapes; the TypeScript types are derived from the schemas.
 */
import { z } from 'zod';

export const CATEGORIES = ['contact', 'forms', 'checkout', 'transparency', 'pressure', 'consistency'] as const;
export const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const;
export const FORM_KINDS = ['checkout', 'signup', 'login', 'contact', 'newsletter', 'search', 'other'] as const;

export const Category = z.enum(CATEGORIES);
export const Severity = z.enum(SEVERITIES);
export const FormKind = z.enum(FORM_KINDS);
export type Category = z.infer<typeof Category>;
export type Severity = z.infer<typeof Severity>;
export type FormKind = z.infer<typeof FormKind>;

export const FieldFacts = z.object({
  selector: z.string(),
  tag: z.string(),
  type: z.string(),
  name: z.string(),
  id: z.string(),
  /** The accessible name the user sees: label, aria-label(ledby), wrapping text, placeholder last. */
  label: z.string(),
  /** A WHATWG autocomplete field name, or 'other'. */
  purpose: z.string(),
  required: z.boolean(),
  visible: z.boolean(),
});
export type FieldFacts = z.infer<typeof FieldFacts>;

export const FormFacts = z.object({
  selector: z.string(),
  kind: FormKind,
  fields: z.array(FieldFacts),
});
export type FormFacts = z.infer<typeof FormFacts>;

export const ContactFacts = z.object({
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  addresses: z.array(z.string()),
  contactLinks: z.array(z.object({ text: z.string(), href: z.string() })),
  chat: z.boolean(),
});
export type ContactFacts = z.infer<typeof ContactFacts>;

export const Evidence = z
  .object({
    /** The exact page text that triggered a text-based finding. */
    text: z.string().optional(),
  })
  .catchall(z.unknown());
export type Evidence = z.infer<typeof Evidence>;

export const Finding = z.object({
  detector: z.string(),
  category: Category,
  severity: Severity,
  /** null for a page-level finding. */
  selector: z.string().nullable(),
  snippet: z.string(),
  message: z.string(),
  evidence: Evidence,
  /** Key of the detector's message template and its parameters: lets another context re-localize the message. */
  messageId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Skipped = z.object({
  kind: z.enum(['cross-origin-frame', 'closed-shadow-root', 'error', 'limit']),
  selector: z.string().nullable(),
  reason: z.string(),
});
export type Skipped = z.infer<typeof Skipped>;

export const AuditResult = z.object({
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  scannedAt: z.string(),
  durationMs: z.number(),
  /** What kind of page this looks like (checkout, cart, product, contact, ...); a guess from its content. */
  pageKind: z.string().optional(),
  forms: z.array(FormFacts),
  contact: ContactFacts,
  findings: z.array(Finding),
  skipped: z.array(Skipped),
});
export type AuditResult = z.infer<typeof AuditResult>;

/** What `npm run audit -- --format json` writes. */
export const AuditReport = z.object({
  schemaVersion: z.literal(1),
  pages: z.array(AuditResult),
});
export type AuditReport = z.infer<typeof AuditReport>;

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

/**
 * Facts a journey check compares across the touchpoints of a review, read once per page.
 * `place` says where on the page a fact sits: 'site' = the template every page repeats (header, footer,
 * navigation, a © line, the bottom of a page without landmarks), 'main' = this page's own content.
 */
export const FactPlace = z.enum(['site', 'main']);
export type FactPlace = z.infer<typeof FactPlace>;

export const PRICE_ROLES = ['product', 'subtotal', 'shipping', 'fee', 'total'] as const;
export const PriceRole = z.enum(PRICE_ROLES);
export type PriceRole = z.infer<typeof PriceRole>;

export const PageFacts = z.object({
  /** Phone numbers: as written, normalised (normalizePhone: digits, + for international). */
  phones: z.array(z.object({ raw: z.string(), normalized: z.string(), place: FactPlace })),
  /** E-mail addresses, lower-case. */
  emails: z.array(z.object({ email: z.string(), place: FactPlace })),
  /** Legal names of companies: "Mugshop Handels GmbH"; form is the legal form as matched ("GmbH", "A.Ş."). */
  companies: z.array(z.object({ name: z.string(), form: z.string(), place: FactPlace })),
  /** Return windows stated on the page, in days ("30 Tage Rückgaberecht" → 30), with the sentence. */
  returns: z.array(z.object({ days: z.number(), text: z.string(), place: FactPlace })),
  /**
   * Prices with their role: a product's price (on a cart page: a line), subtotal, shipping (0 = free),
   * fee, total. label: the product name or the line's label; currency: ISO code or symbol, '' unknown.
   */
  prices: z.array(
    z.object({
      role: PriceRole,
      amount: z.number(),
      currency: z.string(),
      label: z.string(),
      text: z.string(),
      quantity: z.number().optional(),
    }),
  ),
  /** A checkout step indicator ("Step 2 of 6"), or null. */
  step: z.object({ current: z.number().int(), total: z.number().int(), text: z.string() }).nullable(),
});
export type PageFacts = z.infer<typeof PageFacts>;

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
  /** What journey checks compare across pages (contact, company, returns, prices, step); absent in old results. */
  facts: PageFacts.optional(),
});
export type AuditResult = z.infer<typeof AuditResult>;

/** What `npm run audit -- --format json` writes. */
export const AuditReport = z.object({
  schemaVersion: z.literal(1),
  pages: z.array(AuditResult),
});
export type AuditReport = z.infer<typeof AuditReport>;

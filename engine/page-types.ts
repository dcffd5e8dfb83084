/** The shared page context every detector reads: built by one walk of the DOM in page.ts. */
import type { ContactFacts, FieldFacts, FormKind, Skipped } from './result';
import type { TextServices } from './services';

/** Where on the page an element sits, from its landmark ancestors. */
export type Region = 'header' | 'nav' | 'main' | 'footer' | 'aside' | 'dialog' | 'other';

/** What the page looks like it is, guessed from its content. */
export type PageKind =
  | 'checkout' | 'cart' | 'product' | 'contact' | 'signup' | 'login' | 'legal' | 'article' | 'home' | 'other';

export interface TextBlock {
  /** The nearest non-inline ancestor that holds the text. */
  el: Element;
  /** Whitespace-collapsed text of the block including its inline descendants. */
  text: string;
  visible: boolean;
  region: Region;
  /** Position of the block in document order, 0 (top) .. 1 (bottom). */
  order: number;
}

export interface LinkInfo {
  el: Element;
  /** Visible text, else aria-label / title / img alt. */
  text: string;
  href: string;
  visible: boolean;
  region: Region;
  order: number;
}

export interface ButtonInfo {
  el: Element;
  text: string;
  visible: boolean;
  region: Region;
  order: number;
}

export interface FieldInfo extends FieldFacts {
  el: Element;
}

export interface FormInfo {
  /** The <form>, or the nearest common container of controls grouped without one. */
  el: Element | null;
  selector: string;
  kind: FormKind;
  fields: FieldInfo[];
  /** Submit-like buttons of the form, with their text. */
  submitTexts: string[];
  /** Visible text of the form's container (headings, help, legal text), collapsed; capped in length. */
  text: string;
}

export interface ContactInfo extends ContactFacts {
  /** Elements where each channel was found, for markers and "hidden contact" checks. */
  phoneEls: Element[];
  emailEls: Element[];
  linkEls: Element[];
  chatEls: Element[];
  /** Phones and emails present in the page but not visible (display:none until hover, collapsed panels). */
  hiddenEls: Element[];
}

export interface PageContext {
  doc: Document;
  win: Window | null;
  url: string;
  title: string;
  /** Primary language subtag ('de', 'fa', ...), from <html lang> or detected from the text. */
  lang: string;
  /** Every element scanned, in document order (open shadow roots and same-origin frames included). */
  elements: Element[];
  /** The class attribute and the id of each element of `elements`, by index ('' when absent), read by the walk. */
  classNames: readonly string[];
  ids: readonly string[];
  visible(el: Element): boolean;
  /** Cached computed style; null where the window has none (tests without layout). */
  style(el: Element): CSSStyleDeclaration | null;
  /** A short, stable CSS selector for the element. */
  selectorOf(el: Element): string;
  /** A short text excerpt describing the element (its text or outer tag), at most 160 characters. */
  snippetOf(el: Element): string;
  region(el: Element): Region;
  /** Position of an element in document order, 0 (top) .. 1 (bottom); 0 for an element the walk did not see. */
  orderOf(el: Element): number;
  /** The element's index in `elements` (the walk's order), -1 for an element the walk did not see. */
  indexOf(el: Element): number;
  textBlocks: TextBlock[];
  links: LinkInfo[];
  buttons: ButtonInfo[];
  /** Fillable controls (input other than hidden/submit/button/reset/image, select, textarea). */
  controls: Element[];
  forms: FormInfo[];
  contact: ContactInfo;
  pageKind: PageKind;
  /** All visible block text joined by newlines (for page-level keyword checks). */
  visibleText: string;
  skipped: Skipped[];
  /** Pressure, jargon and readability analyses (engine/services.ts): call these, do not import the lexicons. */
  services: TextServices;
}

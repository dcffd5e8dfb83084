/**
 * The page panel's texts. Apart from components/Overlay.tsx so the picker script's form can use them
 * without bringing Preact along.
 */

/** The panel's texts; the content script passes them localized (browser.i18n), English by default. */
export const OVERLAY_STRINGS = {
  findings: 'Trustlens findings',
  count1: '$1 finding',
  countN: '$1 findings',
  show: 'Show',
  hide: 'Hide',
  close: 'Close the overlay',
  addFinding: 'Add finding',
  saveError: 'Could not save this scan: $1',
  empty: 'No trust friction found on this page.',
  why: 'Why it matters:',
  fix: 'How to fix:',
  wholePage: 'This finding is about the whole page.',
  dismissOpen: 'Dismiss…',
  dismissReason: 'Why is this not an issue?',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  dismissed: 'Dismissed ($1)',
  restore: 'Restore',
  newFinding: 'New finding',
  title: 'Title',
  note: 'Note',
  category: 'Category',
  severity: 'Severity',
  tags: 'Tags (comma-separated)',
  screenshot: 'Screenshot',
  shotElement: 'This element',
  shotPage: 'Visible page',
  shotNone: 'None',
  save: 'Save finding',
  pickHelp: 'Pick an element: click, or ↑ parent · ↓ child · ← → siblings · Enter select · Esc cancel',
  shotFailed: 'Saved, but without a screenshot: $1',
  // Category and severity names (shared with the review page's messages: catContact, sevCritical, …).
  catContact: 'Contact',
  catForms: 'Forms',
  catCheckout: 'Checkout',
  catTransparency: 'Transparency',
  catPressure: 'Pressure',
  catConsistency: 'Consistency',
  sevCritical: 'critical',
  sevSerious: 'serious',
  sevModerate: 'moderate',
  sevMinor: 'minor',
};

/** The localized name of a category or severity value ("forms" → strings.catForms). */
export function optionLabel(s: OverlayStrings, prefix: 'cat' | 'sev', value: string): string {
  const key = `${prefix}${value.charAt(0).toUpperCase()}${value.slice(1)}` as keyof OverlayStrings;
  return s[key] ?? value;
}
export type OverlayStrings = typeof OVERLAY_STRINGS;


/**
 * The page panel's texts. The content script carries none of them: the background sends them in the
 * browser's language (panelStrings, asked with 'panel-strings'). Apart from components/Overlay.tsx so the
 * background and the picker script's form can use them without bringing Preact along.
 */

/** The panel's texts in English; each is a message of locales/*.json (see messageName). */
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

/** The message of a panel text: "ov" + its name, or the review page's own category/severity names (catForms, sevCritical, …). */
export function messageName(key: string): string {
  return /^(cat|sev)[A-Z]/.test(key) ? key : `ov${key[0]!.toUpperCase()}${key.slice(1)}`;
}

/**
 * The panel's texts in the browser's language, English where a message is missing. `getMessage` is
 * browser.i18n.getMessage in the background; "$1" as its own substitution keeps the placeholder for the
 * panel to fill (getMessage drops unfilled ones).
 */
export function panelStrings(getMessage: (name: string, substitutions: string[]) => string): OverlayStrings {
  const out = { ...OVERLAY_STRINGS };
  for (const k of Object.keys(out) as (keyof OverlayStrings)[]) {
    let text = '';
    try {
      text = getMessage(messageName(k), ['$1']);
    } catch {
      /* no message: keep English */
    }
    if (text) out[k] = text;
  }
  return out;
}

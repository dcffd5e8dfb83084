/** Fixture reviews for report tests: plain objects shaped like stored records (no database needed). */
import type { Review, StoredFinding, Touchpoint } from '../../storage/records';
import type { ReviewBundle } from '../../storage/reviews';
import type { Category, Severity } from '../../engine/result';

export const T0 = '2026-11-22T10:00:00.000Z';

export function review(over: Partial<Review> = {}): Review {
  return { id: 'rev-a', site: 'shop.example', task: 'Buy a gift', reviewer: 'Ayşe', startedAt: T0, endedAt: null, verdict: '', status: 'active', updatedAt: T0, ...over };
}

export function touchpoint(order: number, over: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id: `tp-${order}`,
    reviewId: 'rev-a',
    order,
    channel: 'web',
    url: `https://shop.example/p${order}`,
    title: `Page ${order}`,
    lang: 'en',
    pageKind: 'other',
    scannedAt: T0,
    durationMs: 1,
    forms: [],
    contact: null,
    skipped: [],
    notes: '',
    ...over,
  };
}

let n = 0;
export function stored(tp: Touchpoint, severity: Severity, over: Partial<StoredFinding> = {}): StoredFinding {
  n++;
  const category: Category = over.category ?? 'contact';
  return {
    id: `f-${n}`,
    reviewId: tp.reviewId,
    touchpointId: tp.id,
    source: 'manual',
    detector: 'manual',
    category,
    severity,
    selector: null,
    snippet: '',
    title: `Issue ${n}`,
    message: `Message ${n}`,
    note: '',
    tags: [],
    evidence: {},
    status: 'open',
    dismissReason: '',
    edited: false,
    key: `manual|${n}`,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function bundle(touchpoints: Touchpoint[], findings: StoredFinding[], over: Partial<Review> = {}): ReviewBundle {
  return { review: review(over), touchpoints, findings };
}

/** Page text an attacker controls, in every place it can reach a report. */
export const XSS = {
  script: '</style><script>window.__pwned=1;alert(1)</script>',
  img: '<img src=x onerror="window.__pwned=1;alert(1)">',
  svg: '"><svg onload="window.__pwned=1;alert(1)">',
  js: 'javascript:window.__pwned=1;alert(1)',
  title: '</title><script>window.__pwned=1</script>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  style: '<style>body{background:url(https://evil.example/x)}</style>',
  link: '<link rel=stylesheet href=https://evil.example/x.css>',
  meta: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  formula: '=HYPERLINK("https://evil.example","click")',
} as const;

/** A review whose every page-derived field carries an XSS payload. */
export function hostileBundle(): ReviewBundle {
  const tps = [
    touchpoint(1, { url: XSS.js, title: XSS.title + XSS.script, pageKind: XSS.img }),
    touchpoint(2, { url: `https://shop.example/"><svg onload=alert(1)>`, title: XSS.svg, notes: XSS.iframe }),
  ];
  const findings = [
    stored(tps[0]!, 'critical', { title: XSS.script, message: XSS.img, note: XSS.svg, snippet: XSS.style, selector: XSS.link, evidence: { text: XSS.meta } }),
    stored(tps[0]!, 'minor', { title: XSS.iframe, message: XSS.js, status: 'dismissed', dismissReason: XSS.script }),
    stored(tps[1]!, 'serious', { source: 'auto', detector: 'missing-contact', title: '', message: XSS.svg, evidence: { text: XSS.img } }),
  ];
  return bundle(tps, findings, { site: XSS.title, task: XSS.img, reviewer: XSS.svg, verdict: XSS.script });
}

/** A 1×1 PNG (a red pixel). */
export const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** A realistic journey: four pages, automatic and manual findings, one dismissed. */
export function demoBundle(id = 'rev-a', site = 'shop.example', lang = 'en'): ReviewBundle {
  const tp = (order: number, title: string, path: string, pageKind: string) =>
    touchpoint(order, { id: `${id}-tp-${order}`, reviewId: id, title, url: `https://${site}${path}`, pageKind, lang });
  const home = tp(1, 'Home', '/', 'home');
  const product = tp(2, 'Gift box deluxe', '/product/42', 'product');
  const checkout = tp(3, 'Checkout', '/checkout', 'checkout');
  const contact = tp(4, 'Contact', '/contact', 'contact');
  const f = (t: Touchpoint, severity: Severity, over: Partial<StoredFinding>) => stored(t, severity, { reviewId: id, ...over });
  const findings = [
    f(home, 'serious', { id: `${id}-f1`, source: 'auto', detector: 'missing-contact', category: 'contact', title: '', message: 'No phone number, email address, contact link or chat was found on this page.', key: 'missing-contact||' }),
    f(product, 'moderate', { id: `${id}-f2`, category: 'pressure', title: 'Countdown timer resets on reload', message: '"Only 2 left — offer ends in 04:59" restarts at 5:00 on every visit.', evidence: { text: 'Only 2 left — offer ends in 04:59' }, note: 'Checked three reloads.' }),
    f(checkout, 'critical', { id: `${id}-f3`, source: 'auto', detector: 'forced-account', category: 'checkout', title: '', message: 'Checkout cannot continue without creating an account.', selector: 'form#register', snippet: '<form id="register">', key: 'forced-account|form#register|' }),
    f(checkout, 'moderate', { id: `${id}-f4`, category: 'forms', title: 'Checkout asks for a birthday with no reason', message: 'Date of birth is required; nothing says why.', selector: '#dob' }),
    f(checkout, 'minor', { id: `${id}-f5`, category: 'transparency', title: 'Shipping cost only on the last step', message: 'Shipping appears after payment details.', status: 'dismissed', dismissReason: 'Shown on the product page too.' }),
    f(contact, 'minor', { id: `${id}-f6`, category: 'contact', title: 'Form only, no email', message: 'The contact page offers a form but no address.' }),
  ];
  return { review: review({ id, site, verdict: 'Checkout forces an account; fix that first.' }), touchpoints: [home, product, checkout, contact], findings };
}

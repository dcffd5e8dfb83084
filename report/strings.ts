/**
 * The report's own words (headings, labels) in the UI languages; page text and detector prose come from
 * elsewhere. English is the fallback. Kept out of the content script (only report code imports it).
 */
import { primaryLang } from '../engine/i18n';
import type { Category, Severity } from '../engine/result';

const EN = {
  reviewTitle: 'Trust-friction review',
  summary: 'Summary',
  journey: 'Journey',
  score: 'Trust-friction score',
  scoreHelp: '100 = no open trust friction; each open finding deducts points, repeated ones less and less.',
  pageScore: 'Page score',
  categories: 'Score per category',
  openFindings: 'open findings',
  topIssues: 'Top issues',
  noIssues: 'No open trust friction found.',
  noneOnPage: 'No trust friction found.',
  deductions: 'Deductions',
  floored: 'Deductions exceed 100; the score stops at 0.',
  task: 'Task',
  reviewer: 'Reviewer',
  verdict: 'Verdict',
  touchpoints: 'touchpoints',
  generated: 'generated',
  why: 'Why it matters',
  fix: 'How to fix',
  note: "Reviewer's note",
  dismissed: 'dismissed',
  dismissedBecause: 'Dismissed',
  dismissedCount: 'dismissed, not counted',
  manual: 'manual',
  notScanned: 'Not scanned',
  onThisPage: 'on this page',
  screenshot: 'Screenshot',
  compareTitle: 'Trust-friction comparison',
  onlyIn: 'Only in',
  onBoth: 'On both sides',
  sameDetector: 'same check',
  sameTitle: 'same title',
  nothing: 'Nothing.',
  difference: 'difference',
};
type Strings = typeof EN;

const DE: Strings = {
  reviewTitle: 'Vertrauens-Review',
  summary: 'Zusammenfassung',
  journey: 'Ablauf',
  score: 'Vertrauens-Score',
  scoreHelp: '100 = keine offenen Vertrauenshürden; jeder offene Befund zieht Punkte ab, wiederholte immer weniger.',
  pageScore: 'Seiten-Score',
  categories: 'Score je Kategorie',
  openFindings: 'offene Befunde',
  topIssues: 'Wichtigste Probleme',
  noIssues: 'Keine offenen Vertrauenshürden gefunden.',
  noneOnPage: 'Keine Vertrauenshürden gefunden.',
  deductions: 'Abzüge',
  floored: 'Die Abzüge übersteigen 100; der Score bleibt bei 0.',
  task: 'Aufgabe',
  reviewer: 'Prüfer:in',
  verdict: 'Fazit',
  touchpoints: 'Kontaktpunkte',
  generated: 'erstellt',
  why: 'Warum es wichtig ist',
  fix: 'So beheben',
  note: 'Notiz',
  dismissed: 'verworfen',
  dismissedBecause: 'Verworfen',
  dismissedCount: 'verworfen, nicht gezählt',
  manual: 'manuell',
  notScanned: 'Nicht geprüft',
  onThisPage: 'auf dieser Seite',
  screenshot: 'Bildschirmfoto',
  compareTitle: 'Vergleich der Vertrauenshürden',
  onlyIn: 'Nur bei',
  onBoth: 'Auf beiden Seiten',
  sameDetector: 'gleiche Prüfung',
  sameTitle: 'gleicher Titel',
  nothing: 'Nichts.',
  difference: 'Differenz',
};

const TR: Strings = {
  reviewTitle: 'Güven sürtünmesi incelemesi',
  summary: 'Özet',
  journey: 'Yolculuk',
  score: 'Güven sürtünmesi puanı',
  scoreHelp: '100 = açık güven sorunu yok; her açık bulgu puan düşürür, tekrar edenler giderek daha az.',
  pageScore: 'Sayfa puanı',
  categories: 'Kategori başına puan',
  openFindings: 'açık bulgu',
  topIssues: 'En önemli sorunlar',
  noIssues: 'Açık güven sorunu bulunamadı.',
  noneOnPage: 'Güven sorunu bulunamadı.',
  deductions: 'Kesintiler',
  floored: 'Kesintiler 100’ü aşıyor; puan 0’da kalır.',
  task: 'Görev',
  reviewer: 'İnceleyen',
  verdict: 'Sonuç',
  touchpoints: 'temas noktası',
  generated: 'oluşturuldu',
  why: 'Neden önemli',
  fix: 'Nasıl düzeltilir',
  note: 'İnceleyenin notu',
  dismissed: 'reddedildi',
  dismissedBecause: 'Reddedildi',
  dismissedCount: 'reddedildi, sayılmadı',
  manual: 'elle',
  notScanned: 'Taranmadı',
  onThisPage: 'bu sayfada',
  screenshot: 'Ekran görüntüsü',
  compareTitle: 'Güven sürtünmesi karşılaştırması',
  onlyIn: 'Yalnızca',
  onBoth: 'Her iki tarafta',
  sameDetector: 'aynı kontrol',
  sameTitle: 'aynı başlık',
  nothing: 'Yok.',
  difference: 'fark',
};

const FA: Strings = {
  reviewTitle: 'بازبینی اصطکاک اعتماد',
  summary: 'خلاصه',
  journey: 'مسیر',
  score: 'امتیاز اصطکاک اعتماد',
  scoreHelp: '۱۰۰ یعنی هیچ مشکل باز اعتمادی نیست؛ هر یافتهٔ باز امتیاز کم می‌کند و یافته‌های تکراری کمتر و کمتر.',
  pageScore: 'امتیاز صفحه',
  categories: 'امتیاز هر دسته',
  openFindings: 'یافتهٔ باز',
  topIssues: 'مهم‌ترین مشکلات',
  noIssues: 'هیچ مشکل باز اعتمادی پیدا نشد.',
  noneOnPage: 'هیچ مشکل اعتمادی پیدا نشد.',
  deductions: 'کسرها',
  floored: 'کسرها از ۱۰۰ بیشترند؛ امتیاز در صفر می‌ماند.',
  task: 'وظیفه',
  reviewer: 'بازبین',
  verdict: 'نتیجه',
  touchpoints: 'نقطهٔ تماس',
  generated: 'ساخته شده',
  why: 'چرا مهم است',
  fix: 'راه رفع',
  note: 'یادداشت بازبین',
  dismissed: 'رد شده',
  dismissedBecause: 'رد شده',
  dismissedCount: 'رد شده، شمرده نشده',
  manual: 'دستی',
  notScanned: 'بررسی نشده',
  onThisPage: 'در این صفحه',
  screenshot: 'تصویر صفحه',
  compareTitle: 'مقایسهٔ اصطکاک اعتماد',
  onlyIn: 'فقط در',
  onBoth: 'در هر دو طرف',
  sameDetector: 'همان بررسی',
  sameTitle: 'همان عنوان',
  nothing: 'هیچ.',
  difference: 'تفاوت',
};

const CATEGORY_NAMES: Record<string, Record<Category, string>> = {
  en: { contact: 'Contact', forms: 'Forms', checkout: 'Checkout', transparency: 'Transparency', pressure: 'Pressure', consistency: 'Consistency' },
  de: { contact: 'Kontakt', forms: 'Formulare', checkout: 'Kasse', transparency: 'Transparenz', pressure: 'Druck', consistency: 'Konsistenz' },
  tr: { contact: 'İletişim', forms: 'Formlar', checkout: 'Ödeme', transparency: 'Şeffaflık', pressure: 'Baskı', consistency: 'Tutarlılık' },
  fa: { contact: 'تماس', forms: 'فرم‌ها', checkout: 'پرداخت', transparency: 'شفافیت', pressure: 'فشار', consistency: 'یکپارچگی' },
};

const SEVERITY_NAMES: Record<string, Record<Severity, string>> = {
  en: { critical: 'critical', serious: 'serious', moderate: 'moderate', minor: 'minor' },
  de: { critical: 'kritisch', serious: 'schwer', moderate: 'mittel', minor: 'gering' },
  tr: { critical: 'kritik', serious: 'ciddi', moderate: 'orta', minor: 'küçük' },
  fa: { critical: 'بحرانی', serious: 'جدی', moderate: 'متوسط', minor: 'جزئی' },
};

const TABLE: Record<string, Strings> = { en: EN, de: DE, tr: TR, fa: FA };

export interface ReportStrings extends Strings {
  category(c: Category): string;
  severity(s: Severity): string;
}

export function reportStrings(lang: string): ReportStrings {
  const l = primaryLang(lang);
  const base = TABLE[l] ?? EN;
  const cats = CATEGORY_NAMES[l] ?? CATEGORY_NAMES.en!;
  const sevs = SEVERITY_NAMES[l] ?? SEVERITY_NAMES.en!;
  return { ...base, category: (c) => cats[c], severity: (s) => sevs[s] };
}

/** Right-to-left scripts among the report languages (and Arabic, Hebrew, Urdu for imported reviews). */
export function isRtl(lang: string): boolean {
  return ['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv'].includes(primaryLang(lang));
}

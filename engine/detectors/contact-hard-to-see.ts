import { contactElements, linkByElement } from '../lexicon/legal';
import type { PageContext } from '../page-types';
import { defineDetector } from './types';

type RGBA = [number, number, number, number];
const NAMED: Record<string, string> = { white: '#fff', black: '#000', transparent: '#0000', gray: '#808080', grey: '#808080', silver: '#c0c0c0', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', gainsboro: '#dcdcdc', whitesmoke: '#f5f5f5', red: '#f00' };

/** A computed colour (#hex, rgb(), rgba(), a few names) as [r, g, b, a]; null when unknown. */
export function parseColor(value: string | undefined | null): RGBA | null {
  let v = (value ?? '').trim().toLowerCase();
  v = NAMED[v] ?? v;
  let m = /^#([0-9a-f]{3,8})$/.exec(v);
  if (m) {
    let h = m[1]!;
    if (h.length <= 4) h = [...h].map((x) => x + x).join('');
    if (h.length !== 6 && h.length !== 8) return null;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(v);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance([r, g, b]: RGBA): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
export function contrastRatio(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Font size in px from a computed value; null for relative units we cannot resolve. */
function px(value: string | undefined): number | null {
  const m = /^([\d.]+)(px|pt)$/.exec((value ?? '').trim());
  return m ? Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1) : null;
}

/**
 * The first non-transparent background up the tree; white (the canvas) when none; null behind an image.
 * `known` holds the answers for elements already asked (contact links share their ancestors).
 */
function backgroundOf(ctx: PageContext, el: Element, known: Map<Element, RGBA | null>): RGBA | null {
  const path: Element[] = [];
  let found: RGBA | null = [255, 255, 255, 1];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const hit = known.get(e);
    if (hit !== undefined) {
      found = hit;
      break;
    }
    path.push(e);
    const s = e === ctx.doc.documentElement ? ctx.win?.getComputedStyle(e) ?? null : ctx.style(e);
    if (!s) continue;
    if (s.backgroundImage && s.backgroundImage !== 'none') {
      found = null;
      break;
    }
    const c = parseColor(s.backgroundColor);
    if (c && c[3] >= 0.99) {
      found = c;
      break;
    }
    if (c && c[3] > 0.1) {
      found = null; // translucent layers: the result depends on what lies below
      break;
    }
  }
  for (const e of path) known.set(e, found);
  return found;
}

const MIN_PX = 11;
const MIN_CONTRAST = 3;

type Reason = 'tiny' | 'contrast' | 'iconOnly';

/** Contact details present but hard to see: tiny text, low contrast, or an icon without words. */
export default defineDetector({
  meta: {
    id: 'contact-hard-to-see',
    category: 'contact',
    severity: 'moderate',
    title: {
      en: 'Contact details are hard to see',
      de: 'Kontaktdaten sind schwer zu erkennen',
      tr: 'İletişim bilgileri zor görülüyor',
      fr: 'Coordonnées difficiles à voir',
      es: 'Datos de contacto difíciles de ver',
      it: 'Contatti difficili da vedere',
      fa: 'اطلاعات تماس به‌سختی دیده می‌شود',
    },
    why: {
      en: 'Contact details in tiny print, in pale grey, or behind an unlabelled icon look like something the company would rather you did not find: "what are they hiding?".',
      de: 'Kontaktdaten in winziger Schrift, in Hellgrau oder hinter einem unbeschrifteten Symbol wirken, als solle man sie nicht finden: „Was verbergen die?“',
      tr: 'Minicik yazıyla, soluk griyle ya da etiketsiz bir simgenin arkasında duran iletişim bilgisi, şirketin bulunmak istemediği izlenimini verir: "ne saklıyorlar?".',
      fa: 'اطلاعات تماس با قلم ریز، رنگ خاکستری کم‌رنگ یا پشت نمادی بی‌نوشته این حس را می‌دهد که شرکت نمی‌خواهد پیدایش کنید: «چه چیزی را پنهان می‌کنند؟».',
    },
    fix: {
      en: 'Show phone numbers and email addresses as readable text: at least 12–14 px, with a contrast ratio of at least 4.5:1, and give icon links a visible word ("Call us", "Email").',
      de: 'Zeigen Sie Telefonnummern und E-Mail-Adressen als lesbaren Text: mindestens 12–14 px, Kontrast mindestens 4,5:1, und geben Sie Symbol-Links ein sichtbares Wort („Anrufen“, „E-Mail“).',
      tr: 'Telefon ve e-postayı okunur metin olarak gösterin: en az 12–14 px, en az 4,5:1 kontrast; simge bağlantılarına görünür bir kelime ekleyin ("Bizi arayın", "E-posta").',
      fa: 'شماره تلفن و ایمیل را به صورت متن خوانا نشان دهید: دست‌کم ۱۲ تا ۱۴ پیکسل با کنتراست دست‌کم ۴٫۵ به ۱، و کنار نمادها واژه‌ای آشکار بگذارید («تماس»، «ایمیل»).',
    },
    thresholds: {
      minFontSize: { value: MIN_PX, unit: 'px (computed font-size)', source: 'Trustlens convention below the 12 px that common type guidance (Material Design, Apple HIG: 11 pt minimum) treats as the smallest comfortable body text; 16 px is the browser default.' },
      minContrast: { value: MIN_CONTRAST, unit: 'contrast ratio', source: 'WCAG 2.1 SC 1.4.3 Contrast (Minimum): 4.5:1 for text, 3:1 for large text; below 3:1 fails for any text size.' },
    },
    messages: {
      tiny: {
        en: 'Contact detail "{text}" is set in {size}px text, smaller than {min}px.',
        de: 'Die Kontaktangabe „{text}“ steht in {size}px-Schrift, kleiner als {min}px.',
        tr: '"{text}" iletişim bilgisi {size}px yazıyla, {min}px\'ten küçük.',
        fr: 'La coordonnée « {text} » est écrite en {size} px, moins de {min} px.',
        es: 'El dato de contacto «{text}» está en letra de {size} px, menos de {min} px.',
        it: 'Il contatto «{text}» è scritto a {size} px, meno di {min} px.',
        fa: 'اطلاعات تماس «{text}» با قلم {size} پیکسلی نوشته شده، کوچک‌تر از {min} پیکسل.',
      },
      contrast: {
        en: 'Contact detail "{text}" has a contrast ratio of {ratio}:1 against its background (below {min}:1).',
        de: 'Die Kontaktangabe „{text}“ hat nur ein Kontrastverhältnis von {ratio}:1 zum Hintergrund (unter {min}:1).',
        tr: '"{text}" iletişim bilgisinin arka planla kontrastı {ratio}:1 ({min}:1\'in altında).',
        fr: 'La coordonnée « {text} » a un contraste de {ratio}:1 avec son fond (moins de {min}:1).',
        es: 'El dato de contacto «{text}» tiene un contraste de {ratio}:1 con su fondo (menos de {min}:1).',
        it: 'Il contatto «{text}» ha un contrasto di {ratio}:1 con lo sfondo (meno di {min}:1).',
        fa: 'کنتراست اطلاعات تماس «{text}» با پس‌زمینه {ratio} به ۱ است (کمتر از {min} به ۱).',
      },
      iconOnly: {
        en: 'A contact link ({href}) shows only an icon: no visible text and no accessible name.',
        de: 'Ein Kontaktlink ({href}) zeigt nur ein Symbol: kein sichtbarer Text und kein zugänglicher Name.',
        tr: 'Bir iletişim bağlantısı ({href}) yalnızca simge gösteriyor: görünür metin ve erişilebilir ad yok.',
        fr: "Un lien de contact ({href}) n'affiche qu'une icône : ni texte visible ni nom accessible.",
        es: 'Un enlace de contacto ({href}) solo muestra un icono: sin texto visible ni nombre accesible.',
        it: "Un link di contatto ({href}) mostra solo un'icona: nessun testo visibile né nome accessibile.",
        fa: 'یک پیوند تماس ({href}) فقط نماد نشان می‌دهد: نه متن آشکاری دارد و نه نام دسترس‌پذیر.',
      },
    },
  },
  applies: (ctx) => ctx.contact.phoneEls.length + ctx.contact.emailEls.length + ctx.contact.linkEls.length > 0,
  evaluate(ctx) {
    const els = contactElements(ctx);
    const hrefOf = (el: Element) => el.getAttribute('href') ?? '';
    const links = linkByElement(ctx);
    const backgrounds = new Map<Element, RGBA | null>();
    const found: { el: Element; reason: Reason; params: Record<string, string | number> }[] = [];
    for (const el of els) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!text) {
        // Name from aria-label, title or an image's alt counts; aria-labelledby too.
        if (links.get(el)?.text === '' && !el.getAttribute('aria-labelledby')) {
          found.push({ el, reason: 'iconOnly', params: { href: hrefOf(el).slice(0, 80) } });
        }
        continue;
      }
      const s = ctx.style(el);
      if (!s) continue;
      const short = text.slice(0, 60);
      const size = px(s.fontSize);
      if (size !== null && size < MIN_PX) {
        found.push({ el, reason: 'tiny', params: { text: short, size: Math.round(size * 10) / 10, min: MIN_PX } });
        continue;
      }
      const fg = parseColor(s.color);
      const bg = fg && fg[3] >= 0.99 ? backgroundOf(ctx, el, backgrounds) : null;
      if (fg && bg) {
        const ratio = contrastRatio(fg, bg);
        if (ratio < MIN_CONTRAST) found.push({ el, reason: 'contrast', params: { text: short, ratio: Math.round(ratio * 100) / 100, min: MIN_CONTRAST } });
      }
    }
    // With at least one clearly visible channel, the hard-to-see ones matter less.
    const severity = found.length < els.length ? ('minor' as const) : undefined;
    return found.map((f) => ({
      message: f.reason,
      params: f.params,
      element: f.el,
      severity,
      evidence: f.reason === 'iconOnly' ? { href: hrefOf(f.el) } : { text: (f.el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300) },
    }));
  },
});

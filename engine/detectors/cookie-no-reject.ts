import { ACCEPT, CONSENT_CONTAINER, CONSENT_TOPIC, REJECT } from '../lexicon/consent';
import { fold, foldedHas } from '../lexicon/legal';
import type { PageContext } from '../page-types';
import { defineDetector, type RawFinding } from './types';

interface Control {
  el: Element;
  text: string;
}

const MAX_UP = 12;

function isLayer(ctx: PageContext, el: Element): boolean {
  const role = el.getAttribute('role');
  if (el.localName === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  const pos = ctx.style(el)?.position;
  if (pos === 'fixed' || pos === 'sticky') return true;
  const names = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
  return names.length > 2 && CONSENT_CONTAINER.test(fold(names));
}

/** Looks like a button (a <button>, an input, role=button, or a link styled as one). */
function buttonLike(el: Element): boolean {
  if (el.localName === 'button' || el.localName === 'input' || el.getAttribute('role') === 'button') return true;
  return /(^|[\s_-])(btn|button)/i.test(el.getAttribute('class') ?? '');
}

function fontPx(ctx: PageContext, el: Element): number | null {
  const m = /^([\d.]+)px$/.exec(ctx.style(el)?.fontSize ?? '');
  return m ? Number(m[1]) : null;
}

/** A cookie/consent banner with an accept button and no equally visible way to refuse. */
export default defineDetector({
  meta: {
    id: 'cookie-no-reject',
    category: 'transparency',
    severity: 'serious',
    title: {
      en: 'Cookie banner without an equal "reject"',
      de: 'Cookie-Banner ohne gleichwertiges „Ablehnen“',
      tr: 'Eşit bir "Reddet" seçeneği olmayan çerez bildirimi',
      fr: 'Bandeau cookies sans « Refuser » équivalent',
      es: 'Banner de cookies sin «Rechazar» equivalente',
      it: 'Banner dei cookie senza un «Rifiuta» equivalente',
      fa: 'بنر کوکی بدون گزینهٔ «رد کردن» هم‌تراز',
    },
    why: {
      en: 'A banner that makes "accept" one click and "reject" a hunt pushes people into tracking they did not want. It reads as "they want my data, whatever I say", and European regulators (EDPB, CNIL, Garante) require refusing to be as easy as accepting.',
      de: 'Ein Banner, bei dem „Akzeptieren“ ein Klick und „Ablehnen“ eine Suche ist, drängt in Tracking, das man nicht wollte. Das wirkt wie „die wollen meine Daten, egal was ich sage“; Aufsichtsbehörden verlangen, dass Ablehnen so einfach ist wie Zustimmen.',
      tr: '"Kabul et" tek tıklama, "reddet" ise arayıp bulunacak bir şeyse, insanlar istemedikleri izlemeye itilir. Bu "ne dersem diyeyim verimi istiyorlar" gibi okunur; KVKK Kurulu\'nun çerez rehberi reddetmenin kabul etmek kadar kolay olmasını bekler.',
      fa: 'بنری که «پذیرش» را یک کلیک و «رد کردن» را جست‌وجویی دشوار می‌کند، کاربر را به ردیابی ناخواسته می‌کشاند و این حس را می‌دهد که «هرچه بگویم داده‌ام را می‌خواهند».',
    },
    fix: {
      en: 'Put a "Reject all" button next to "Accept all", on the first layer, with the same size and style.',
      de: 'Setzen Sie einen Button „Alle ablehnen“ neben „Alle akzeptieren“, auf der ersten Ebene, gleich groß und gleich gestaltet.',
      tr: '"Tümünü kabul et"in yanına, ilk katmanda, aynı boyut ve görünümde bir "Tümünü reddet" düğmesi koyun.',
      fa: 'دکمهٔ «رد همه» را کنار «پذیرش همه»، در همان لایهٔ اول و با همان اندازه و ظاهر بگذارید.',
    },
    thresholds: {
      smallerReject: {
        value: 0.8,
        unit: 'reject font size / accept font size',
        source: 'EDPB Cookie Banner Taskforce report (January 2023) and CNIL guidance (2020/2021): refusing must be as easy and as visible as accepting; a reject below 80% of the accept size is treated as less visible (Trustlens convention).',
      },
    },
    messages: {
      noReject: {
        en: 'The cookie banner offers "{accept}" but no button to reject or to allow only what is necessary.',
        de: 'Das Cookie-Banner bietet „{accept}“, aber keinen Button zum Ablehnen oder für nur notwendige Cookies.',
        tr: 'Çerez bildirimi "{accept}" seçeneği sunuyor ama reddetmek veya yalnızca gerekli çerezlere izin vermek için düğme yok.',
        fr: 'Le bandeau cookies propose « {accept} » mais aucun bouton pour refuser ou n\'accepter que le nécessaire.',
        es: 'El banner de cookies ofrece «{accept}» pero ningún botón para rechazar o aceptar solo las necesarias.',
        it: 'Il banner dei cookie offre «{accept}» ma nessun pulsante per rifiutare o accettare solo i necessari.',
        fa: 'بنر کوکی گزینهٔ «{accept}» را دارد اما دکمه‌ای برای رد کردن یا پذیرفتن فقط کوکی‌های ضروری ندارد.',
      },
      weakReject: {
        en: 'The cookie banner shows "{accept}" as a button, but "{reject}" only as a small text link.',
        de: 'Das Cookie-Banner zeigt „{accept}“ als Button, „{reject}“ aber nur als kleinen Textlink.',
        tr: 'Çerez bildirimi "{accept}" seçeneğini düğme olarak, "{reject}" seçeneğini ise yalnızca küçük bir metin bağlantısı olarak gösteriyor.',
        fr: 'Le bandeau affiche « {accept} » en bouton, mais « {reject} » seulement en petit lien texte.',
        es: 'El banner muestra «{accept}» como botón, pero «{reject}» solo como un pequeño enlace de texto.',
        it: 'Il banner mostra «{accept}» come pulsante, ma «{reject}» solo come piccolo link di testo.',
        fa: 'بنر کوکی «{accept}» را به شکل دکمه نشان می‌دهد اما «{reject}» را فقط به صورت پیوند متنی کوچک.',
      },
    },
  },
  // CONSENT_TOPIC is a list of single words: no separator pass needed over the page's whole text.
  applies: (ctx) => foldedHas(CONSENT_TOPIC, ctx.visibleText),
  evaluate(ctx) {
    const controls: Control[] = [
      ...ctx.buttons.filter((b) => b.visible),
      ...ctx.links.filter((l) => l.visible),
    ].filter((c) => c.text.length > 0 && c.text.length <= 60);
    const topicOf = new Map<Element, boolean>();
    const aboutConsent = (el: Element): boolean => {
      let v = topicOf.get(el);
      if (v === undefined) {
        v = ctx.textBlocks.some((b) => b.visible && el.contains(b.el) && foldedHas(CONSENT_TOPIC, b.text));
        topicOf.set(el, v);
      }
      return v;
    };
    const bannerOf = (el: Element): Element | null => {
      let e: Element | null = el.parentElement;
      for (let i = 0; e && i < MAX_UP && e !== ctx.doc.body; i++, e = e.parentElement) {
        if (isLayer(ctx, e) && aboutConsent(e)) return e;
      }
      return null;
    };
    const foldedText = new Map<Control, string>();
    const folded = (c: Control): string => {
      let t = foldedText.get(c);
      if (t === undefined) foldedText.set(c, (t = fold(c.text)));
      return t;
    };
    const isReject = (c: Control) => REJECT.test(folded(c));
    const isAccept = (c: Control) => !isReject(c) && ACCEPT.test(folded(c));

    const seen = new Set<Element>();
    const out: RawFinding[] = [];
    for (const accept of controls.filter(isAccept)) {
      const banner = bannerOf(accept.el);
      if (!banner || seen.has(banner)) continue;
      seen.add(banner);
      const inside = controls.filter((c) => banner.contains(c.el));
      const rejects = inside.filter(isReject);
      if (rejects.length === 0) {
        out.push({ message: 'noReject', params: { accept: accept.text }, element: banner, evidence: { text: accept.text } });
        continue;
      }
      if (!buttonLike(accept.el)) continue;
      const accPx = fontPx(ctx, accept.el);
      const equal = rejects.find((r) => {
        if (!buttonLike(r.el)) return false;
        const rPx = fontPx(ctx, r.el);
        return accPx === null || rPx === null || rPx >= accPx * 0.8;
      });
      if (!equal) {
        const r = rejects[0]!;
        out.push({ message: 'weakReject', params: { accept: accept.text, reject: r.text }, element: r.el, severity: 'moderate' as const, evidence: { text: r.text } });
      }
    }
    return out;
  },
});

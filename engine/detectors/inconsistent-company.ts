import type { PageFacts } from '../result';
import { defineJourneyDetector, nearestEarlier, overlap, wordsOf, type JourneyRawFinding } from '../journey-types';

/**
 * The legal company name in the site's header/footer (the © line, the operator) is replaced by another
 * on a later page. Names in a page's own content (a manufacturer, a payment provider's line) are not
 * compared; "Mugshop GmbH" and "Mugshop Handels GmbH" count as one company, "Mugshop GmbH" and
 * "Mugshop Ltd" do not (another legal form is another legal entity).
 */
type Company = PageFacts['companies'][number];

function formKey(form: string): string {
  const f = form.replace(/İ/g, 'i').toLowerCase().replace(/[.\s]/g, '');
  if (/limited|ltd/.test(f) && !/şti|sti/.test(f)) return 'ltd';
  if (/a[şs]$/.test(f)) return 'aş';
  return f.replace(/^(?:sanayive)?(?:tic(?:aret)?)?/, '');
}

function nameWords(c: Company): string[] {
  const formWords = new Set(wordsOf(c.form));
  return wordsOf(c.name).filter((w) => !formWords.has(w));
}

export function sameCompany(x: Company, y: Company): boolean {
  if (formKey(x.form) !== formKey(y.form)) return false;
  return overlap(nameWords(x), nameWords(y)) === 1;
}

export default /* @__PURE__ */ defineJourneyDetector({
  meta: {
    id: 'inconsistent-company',
    category: 'consistency',
    severity: 'serious',
    title: {
      en: 'Another company name appears during the journey',
      de: 'Auf dem Weg erscheint ein anderer Firmenname',
      tr: 'Yolculuk sırasında başka bir şirket adı çıkıyor',
      fr: 'Un autre nom de société apparaît en cours de parcours',
      es: 'Aparece otro nombre de empresa durante el recorrido',
      it: 'Durante il percorso compare un’altra ragione sociale',
      fa: 'در مسیر خرید نام شرکت دیگری ظاهر می‌شود',
    },
    why: {
      en: 'The legal name tells customers who they are buying from and who is liable. When the name in the footer changes between pages, they cannot tell whether they are still in the same shop, which is a classic sign of a reseller or a scam.',
      de: 'Der Firmenname sagt, bei wem man kauft und wer haftet. Wechselt er zwischen den Seiten, ist unklar, ob man noch im selben Shop ist – ein typisches Zeichen für Zwischenhändler oder Betrug.',
      tr: 'Ticari unvan, müşteriye kimden satın aldığını ve kimin sorumlu olduğunu söyler. Sayfalar arasında değişmesi, aynı mağazada olup olmadığını belirsizleştirir.',
      fr: 'La raison sociale indique au client à qui il achète. Si elle change d’une page à l’autre, il ne sait plus s’il est toujours dans la même boutique.',
      es: 'La razón social dice al cliente a quién compra. Si cambia entre páginas, no sabe si sigue en la misma tienda.',
      it: 'La ragione sociale dice al cliente da chi compra. Se cambia tra le pagine, non sa più se è nello stesso negozio.',
      fa: 'نام حقوقی به مشتری می‌گوید از چه کسی می‌خرد و چه کسی پاسخگوست. تغییر آن بین صفحه‌ها این تردید را ایجاد می‌کند که آیا هنوز در همان فروشگاه است.',
    },
    fix: {
      en: 'Use one legal name in the footer of every page. If another company sells or ships the order, say so plainly ("Sold and shipped by …") before payment.',
      de: 'Verwenden Sie auf jeder Seite denselben Firmennamen im Fußbereich. Verkauft oder versendet eine andere Firma, sagen Sie das vor der Zahlung deutlich („Verkauf und Versand durch …“).',
      tr: 'Her sayfanın alt bilgisinde tek bir ticari unvan kullanın. Siparişi başka bir şirket satıyor veya gönderiyorsa ödemeden önce açıkça belirtin.',
      fr: 'Utilisez une seule raison sociale dans le pied de page ; si une autre société vend ou expédie, dites-le avant le paiement.',
      es: 'Use una sola razón social en el pie de cada página; si vende o envía otra empresa, dígalo antes del pago.',
      it: 'Usate una sola ragione sociale nel piè di pagina; se vende o spedisce un’altra azienda, ditelo prima del pagamento.',
      fa: 'در پانویس همهٔ صفحه‌ها یک نام حقوقی به کار ببرید؛ اگر شرکت دیگری می‌فروشد یا ارسال می‌کند، پیش از پرداخت صریح بگویید.',
    },
    messages: {
      replaced: {
        en: '“{pageA}” names the company {before}, but “{pageB}” names {after}.',
        de: '„{pageA}“ nennt die Firma {before}, „{pageB}“ dagegen {after}.',
        tr: '“{pageA}” şirketi {before} olarak gösteriyor, “{pageB}” ise {after}.',
        fr: '« {pageA} » nomme la société {before}, mais « {pageB} » nomme {after}.',
        es: '«{pageA}» nombra la empresa {before}, pero «{pageB}» nombra {after}.',
        it: '«{pageA}» indica la società {before}, ma «{pageB}» indica {after}.',
        fa: '«{pageA}» نام شرکت را {before} می‌آورد، اما «{pageB}» نام {after} را.',
      },
    },
  },
  evaluate(pages) {
    const out: JourneyRawFinding[] = [];
    const site = (f: PageFacts) => f.companies.filter((c) => c.place === 'site');
    for (let b = 1; b < pages.length; b++) {
      const B = pages[b]!.facts;
      if (!B || !site(B).length) continue;
      const a = nearestEarlier(pages, b, (f) => site(f).length > 0);
      if (a < 0) continue;
      const A = pages[a]!.facts!;
      const gone = site(A).filter((x) => !B.companies.some((y) => sameCompany(x, y)));
      const added = site(B).filter((y) => !A.companies.some((x) => sameCompany(x, y)));
      if (!gone[0] || !added[0]) continue;
      out.push({
        message: 'replaced',
        pageA: a,
        pageB: b,
        params: { before: gone[0].name, after: added[0].name },
        evidence: { text: added[0].name, valueA: gone[0].name, valueB: added[0].name },
        subject: `${wordsOf(gone[0].name).join(' ')}|${wordsOf(added[0].name).join(' ')}`,
      });
    }
    return out;
  },
});

/** A guess at what kind of page this is, from its URL, title, headings and forms. */
import type { PageContext, PageKind } from './page-types';

type Input = Omit<PageContext, 'pageKind'>;

/** Words per kind, in en, de, tr, fr, es, it, fa (URL path segments and headings). */
const KIND_WORDS: [PageKind, RegExp][] = [
  ['checkout', /check-?out|kasse|zur-kasse|bestellung|odeme|ödeme|siparis|sipariş|commande|paiement|pago|tramitar|pagamento|cassa|تسویه|پرداخت|صورتحساب|payment|shipping-?address|lieferadresse|teslimat/i],
  ['cart', /\b(cart|basket|bag|warenkorb|einkaufswagen|sepet|sepetim|panier|carrito|cesta|carrello|سبد[ ‌]خرید)\b|\/cart|\/basket|\/warenkorb|\/sepet|\/panier|\/carrito|\/carrello/i],
  ['contact', /contact|kontakt|iletisim|iletişim|contacto|contatti|contattaci|nous-contacter|تماس|ارتباط[ ‌]با[ ‌]ما|customer-?service|kundenservice|hilfe|help|support|yardim|yardım/i],
  ['signup', /sign-?up|register|registration|create-?account|registrieren|konto-erstellen|kayit|kayıt|uye-ol|üye[ ‌]ol|inscription|creer-un-compte|registro|crear-cuenta|registrati|ثبت[ ‌‌-]?نام/i],
  ['login', /\b(log-?in|sign-?in|anmelden|anmeldung|giris|giriş|connexion|iniciar-sesion|accedi|ورود)\b/i],
  ['legal', /privacy|datenschutz|impressum|imprint|terms|agb|gizlilik|kvkk|kullanim-kosullari|mentions-legales|confidentialite|aviso-legal|privacidad|condiciones|privacy-policy|note-legali|حریم[ ‌]خصوصی|قوانین|شرایط/i],
  ['product', /\/(p|product|products|produkt|artikel|urun|ürün|produit|producto|prodotto|item|dp)\/|add to cart|in den warenkorb|sepete ekle|ajouter au panier|añadir al carrito|aggiungi al carrello|افزودن به سبد/i],
];

export function guessPageKind(page: Input): PageKind {
  const forms = page.forms;
  if (forms.some((f) => f.kind === 'checkout' && f.fields.filter((x) => x.visible).length >= 3)) return 'checkout';
  let path = '';
  try {
    path = decodeURIComponent(new URL(page.url).pathname);
  } catch {
    path = page.url;
  }
  const headings = page.textBlocks
    .filter((b) => b.visible && /^H[1-2]$/.test(b.el.tagName))
    .slice(0, 3)
    .map((b) => b.text)
    .join(' ');
  const hay = `${path} ${page.title} ${headings}`;
  for (const [kind, re] of KIND_WORDS) {
    if (kind === 'product') continue;
    if (re.test(hay)) return kind;
  }
  if (forms.some((f) => f.kind === 'signup')) return 'signup';
  if (forms.some((f) => f.kind === 'login')) return 'login';
  const buttonText = page.buttons.filter((b) => b.visible).map((b) => b.text).join(' | ');
  const productRe = KIND_WORDS.find(([k]) => k === 'product')![1];
  if (productRe.test(path) || productRe.test(buttonText)) return 'product';
  if (page.doc.querySelector('article') && page.visibleText.length > 3000) return 'article';
  if (path === '/' || path === '') return 'home';
  return 'other';
}

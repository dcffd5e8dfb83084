/**
 * Words for prices, costs and fees (en, de, tr, fr, es, it, fa). Written for Trustlens (MIT).
 * Matched on lower-cased text (Turkish İ already folded to i), Persian ZWNJ may be a space.
 */

/** Costs deferred to a later step: "shipping calculated at checkout", "Versandkosten werden an der Kasse berechnet". */
export const LATE_COST =
  /(calculated|determined|shown|added|confirmed|applied) (at|during|in) (the )?(checkout|next step|payment|final step)|calculated at checkout|(an|in) der kasse (berechnet|ermittelt|hinzugef)|im (nächsten|letzten) schritt (berechnet|angezeigt|ermittelt)|(ödeme|sonraki|son) (adım|sayfa)\S* (hesaplan|eklen|gösteril)|(ödeme sırasında|sepette) hesaplan|(calculés?|ajoutés?|affichés?) (lors du|au moment du|à l'étape du|à l'étape suivante|au) (paiement|checkout|passage)|(se )?(calculan|calcularán|añadirán|mostrarán) (en el (checkout|pago|siguiente paso|proceso de pago)|al finalizar)|(calcolat[ei]|aggiunt[ei]) (al|nel) (checkout|pagamento|passaggio successivo)|(مرحله|گام)[ ‌](بعد|بعدی|پرداخت)[ ‌]محاسبه|هنگام پرداخت محاسبه/;

/** A fee line: "service fee", "Bearbeitungsgebühr", "hizmet bedeli", "frais de dossier". */
export const FEE =
  /\b(service|handling|processing|convenience|booking|admin|platform|payment|small order|packaging) (fee|charge|surcharge)|bearbeitungs(gebühr|entgelt)|service(gebühr|pauschale)|zahlungs(gebühr|zuschlag)|mindermengenzuschlag|hizmet (bedeli|ücreti)|işlem (ücreti|bedeli)|frais de (service|dossier|gestion|traitement)|(gastos|tarifa|cargo) (de|por) (gestión|servicio)|commissione|costi di (gestione|servizio)|diritti di (servizio|agenzia)|کارمزد|هزینه[ ‌](خدمات|پردازش)/;

export const SHIPPING = /shipping|delivery|postage|versand|lieferung|porto|kargo|teslimat|gönderim|livraison|frais de port|expédition|envío|entrega|spedizion|consegna|ارسال|حمل/;
export const SUBTOTAL = /sub-?total|zwischensumme|ara ?toplam|sous-total|subtotale|جمع[ ‌]جزء|جمع[ ‌]سبد/;
export const TOTAL = /\btotal|gesamt|summe|endbetrag|toplam|tutar|totale|importe|مجموع|جمع[ ‌]کل|مبلغ[ ‌]قابل[ ‌]پرداخت|قابل[ ‌]پرداخت/;

/** Paid extras that get pre-selected: insurance, protection plans, warranties, donations, gift wrap. */
export const ADDON =
  /insurance|protection|warranty|donation|donate|gift ?wrap|carbon offset|versicherung|garantie|schutzbrief|spende|geschenkverpackung|sigorta|garanti|bağış|hediye paketi|assurance|faire un don|\bdon (?:à|de|pour)|emballage cadeau|seguro|protección|donación|envoltorio|assicurazione|garanzia|donazione|confezione regalo|بیمه|گارانتی|اهدا|کمک[ ‌]به/;

/** Items added to the basket without asking. */
export const AUTO_ADDED =
  /(automatically|auto-?) ?added|added (automatically|for you|to your (cart|order|basket) automatically)|automatisch (hinzugefügt|in den warenkorb)|wurde (automatisch )?hinzugefügt|otomatik(man)? olarak (eklen|sepete)|sepetinize (otomatik )?eklendi|ajouté(e|s)? automatiquement|añadid[oa]s? automáticamente|agregad[oa]s? automáticamente|aggiunt[oaie] automaticamente|(به[ ‌](صورت|طور)[ ‌])?خودکار[ ‌]اضافه[ ‌]شد/;

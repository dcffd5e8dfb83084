/**
 * Words for checkout steps, verification and consent checkboxes (en, de, tr, fr, es, it, fa; some nl).
 * Written for Trustlens (MIT). Matched on lower-cased text with ASCII digits (see engine/text/steps.ts).
 */

/** "Step 2 of 5", "Schritt 2 von 5", "Adım 2/5", "Étape 2 sur 5", "Paso 2 de 5", "Passo 2 di 5", "مرحله ۲ از ۵". */
export const STEP_OF =
  /(?:step|schritt|ad[iı]m|[ée]tape|paso|passo|fase|stap|مرحله|گام)\s*:?\s*(\d{1,2})\s*(?:of|von|aus|sur|de|di|van|از|\/)\s*(\d{1,2})(?!\d)|(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\.?\s*ad[iı]m/;

/** Step-list containers: class or id of progress bars and wizards. */
export const STEP_LIST_ATTR = /step|progress|wizard|stepper|checkout-?(nav|bar|flow)|breadcrumb/i;

/** Text saying a code was sent / must be entered, or the e-mail must be confirmed first. */
export const VERIFY_TEXT =
  /(enter|type) the (\d-digit )?(code|pin)\b(?! on)|(verification|confirmation|one[- ]time|sms|otp|activation) (code|pass ?code|password)|code (we|was|has been|you) (sent|received)|we('ve| have)? (just )?sent (you )?(a|an|the) (\d-digit |\w+ )?(code|text|sms|e-?mail|link)|(confirm|verify) your (e-?mail|phone|mobile|number|account)|\botp\b|(bestätigungs|verifizierungs|sms|aktivierungs|einmal)-?(code|passwort|kennwort)|code,? (den )?wir (ihnen|dir) (per (sms|e-mail) )?(gesendet|geschickt)|e-mail-adresse bestätigen|bestätigen sie ihre|(doğrulama|onay|sms|aktivasyon|güvenlik) (kodu|kodunu|şifresi)|tek kullanımlık|gönderdiğimiz (kod|şifre)|(adresinizi|numaranızı) doğrula|code (de vérification|de confirmation|d'activation|à usage unique|reçu|envoyé)|confirmez votre|(código|clave) (de verificación|de confirmación|de activación|de un solo uso)|(te )?hemos enviado un código|confirma tu (correo|email|teléfono)|codice (di verifica|di conferma|otp|di attivazione)|ti abbiamo inviato un codice|conferma (il tuo|la tua) (indirizzo|email|numero)|کد[ ‌](تایید|تأیید|فعال[ ‌]?سازی|ارسال[ ‌]شده|یکبار)|رمز[ ‌](یکبار|پویا)|(ایمیل|شماره)[ ‌](خود|تان)[ ‌]را[ ‌](تایید|تأیید)/;

export const SMS = /sms|whatsapp|text message|phone|mobile|handy|telefon|cep|téléphone|portable|móvil|teléfono|cellulare|telefono|پیامک|موبایل|تلفن|شماره/;
export const EMAIL = /e-?mail|e-?posta|courriel|correo|posta elettronica|ایمیل|رایانامه/;

/** A billing address heading or label. */
export const BILLING = /billing|(^|[^a-z])bill([^a-z]|$)|invoice|rechnung|fatura|factur|fattur|صورت[ ‌]?حساب|فاکتور/;
/** A "same as shipping" / "different billing address" choice that lets the shopper skip re-entering. */
export const SAME_ADDRESS =
  /same|identical|different|separate|as my billing|also my billing|use (my |the )?(shipping|delivery) address|gleich|identisch|entspricht|abweichende|andere (rechnungs|liefer)|aynı|farklı|identique|même|différente|misma|mismo|igual|diferente|stess[oa]|ugual|divers[oa]|مشابه|همان|یکسان|متفاوت|نفس/;

/** Checkbox labels that opt into marketing or data sharing. */
export const MARKETING =
  /newsletter|marketing|promotion|promo|special offers|offers|deals|news and|updates|partners?\b|third[- ]part|share (my |your )?(data|information|details)|personali[sz]ed (ads|advertising|offers)|sms|text messages|werbung|angebote|aktionen|neuigkeiten|dritt|weitergabe|kampanya|bülten|ileti|ticari elektronik|fırsat|pazarlama|bilgilendirme|iş ortak|offres|lettre d'information|actualités|partenaires|ofertas|promociones|boletín|publicidad|novedades|socios|terceros|offerte|promozion|novità|terzi|خبرنامه|تبلیغ|پیشنهاد|تخفیف|اطلاع[ ‌]?رسانی|پیامک/;
/** Paid or recurring extras (besides the ADDON words in fees.ts). */
export const PAID = /subscription|subscribe and save|membership|premium|express|priority|trial|abonnement|abo\b|mitgliedschaft|üyelik|abonelik|suscripción|membresía|abbonamento|اشتراک/;
/** Pre-checked boxes that are fine: stay signed in, address equal, save for next time. */
export const BENIGN =
  /remember|keep me (signed|logged)|stay (signed|logged)|same as|save (this|my) (address|card|information|details)|angemeldet bleiben|eingeloggt bleiben|gleich|speichern|beni hatırla|oturumu? açık|aynı|kaydet|se souvenir|rester connecté|identique|enregistrer|recordar|mantener (la )?sesión|misma|guardar|ricorda|resta collegato|stess|salva|مرا به خاطر|ذخیره|همان/;

/** Negations, per language; counted on a checkbox label to find double negatives. */
export const NEGATION =
  /\b(?:not|never|none|nor|without|unless|nicht|kein\w*|nie|niemals|ohne|değil|pas|jamais|aucun\w*|sans|nunca|sin|non|mai|senza)\b|n't\b|\bno\b(?![,.!])|\b(?:un(?:check|tick|select|subscribe)|opt(?:ing)?[- ]out|abbestell|abmeld|abwähl|widersprech|décoch|désinscri|désabonn|desmarc|deseleziona|disiscri)|istemiyor|istemez|\S+(?:me|ma)(?:yin|yın|yiniz|yınız)\b|kaldırın|(?:^|[\s‌])(?:نمی|نخواه|نکن|نشو|نده|ندار)|عدم|لغو/g;

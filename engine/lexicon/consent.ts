/**
 * Cookie and consent banners: what they talk about, and what their buttons say, in en, de, tr, fr, es, it, fa
 * (some nl, pt). Written for Trustlens (MIT). Match on `fold(text)` from ./legal (lower case, no accents).
 */

/** Text of a cookie / consent banner. */
export const CONSENT_TOPIC =
  /cookie|consent|gdpr|tracking|einwilligung|zustimmung|datenschutzeinstellung|cerez|consentement|traceurs|consentimiento|consenso|toestemming|کوکی|کلوچه/;

/** Containers (id / class / aria-label) that name a consent banner. */
export const CONSENT_CONTAINER = /cookie|consent|gdpr|\bcmp\b|onetrust|didomi|usercentrics|cookiebot|borlabs|iubenda|klaro|privacy ?(banner|notice)/;

/** Rejecting, or accepting only what is needed (checked before ACCEPT: "Nur notwendige akzeptieren"). */
export const REJECT =
  /reject|decline|\bdeny\b|refuse|no,? thanks|(necessary|essential|required) (cookies )?only|only (the )?(necessary|essential|required)|ablehnen|nur (notwendig|essenziell|erforderlich|technisch)|reddet|sadece (gerekli|zorunlu)|yalnizca (gerekli|zorunlu)|kabul etme|refuser|sans accepter|rechazar|solo (las )?(necesarias|esenciales)|rifiut|solo (i )?(necessari|essenziali)|senza accettare|weigeren|recusar|(?<!\p{L})رد(?!\p{L})|نمی ?پذیرم|نپذیرفتن|فقط ضروری/u;

/** Accepting cookies. */
export const ACCEPT =
  /accept|allow|agree|\bok(ay)?\b|got it|\byes\b|akzeptier|zustimm|zulassen|einverstanden|\bkabul|onayla|izin ver|tamam|accepter|j accepte|d accord|aceptar|acepto|de acuerdo|accett|acconsent|accoord|accepteren|aceitar|پذیرش|می ?پذیرم|قبول|موافقم/;

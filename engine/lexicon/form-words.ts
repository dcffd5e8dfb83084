/**
 * Words for the form detectors (unclear-labels, sensitive-fields, confirm-fields, captcha-on-form,
 * password-rules), in en, de, tr, fr, es, it, fa. Written for Trustlens (MIT).
 *
 * Sources are compiled with lexRe (engine/forms/purpose.ts) and matched on normText(text), exactly like
 * engine/lexicon/fields.ts: both sides are folded (lower case, accents stripped, ß -> ss, ı -> i, Persian
 * letter variants, Persian digits -> 0-9), so write natural spelling. `<w>` is a whole word; everything else
 * matches inside words (German compounds). Punctuation other than / & + , ° is gone after normText, so do not
 * rely on it; never write upper-case escapes (\S, \D): folding lower-cases the source.
 */
import { lexRe, normText } from '../forms/purpose';

/** A label that says the field must be filled in (besides '*'). */
export const REQUIRED_WORDS =
  'required|mandatory|pflicht|erforderlich|zorunlu|gerekli|obligatoire|<requis>|obligatori[oa]|requerido|obbligatori[oa]|richiesto|الزامی|ضروری|اجباری';

/** A label that says the field may be left empty. */
export const OPTIONAL_WORDS =
  'optional|freiwillig|<fakultativ>|istege bagli|opsiyonel|facultati[fv]|opcional|facoltativ[oa]|opzionale|اختیاری|دلخواه';

/** A note that every field is required, which marks them all. */
export const ALL_REQUIRED =
  '(all|every) (the )?fields? (are|is) (required|mandatory)|alle felder (sind )?(pflicht|erforderlich|auszufullen)|tum alanlar(in)? (doldurulmasi )?(zorunlu|gerekli)|tous les champs sont (obligatoires|requis)|todos los campos son obligatorios|tutti i campi sono obbligatori|(همه|تمام)(ی)? (فیلدها|موارد).{0,10}(الزامی|ضروری)';

/** Fax numbers. */
export const FAX = 'fax|<faks>';

/** A phone prefix or area-code box (part of one number, not a second phone). */
export const PHONE_PART =
  'vorwahl|area code|dial ?code|country ?code|<prefix>|indicatif|prefijo|prefisso|alan kodu|ulke kodu|پیش ?شماره|کد (کشور|شهر)';

/** The shop offers a business-customer path, so a company (or tax) field has a reason. */
export const BUSINESS =
  'business (customer|account|purchase)|<b2b>|geschaftskunde|firmenkunde|gewerbekunde|<gewerblich[a-z]*>|kurumsal|<ticari>|client professionnel|<professionnel(le)?s?>|<pro>|cliente (empresa|profesional|business|azienda)|<autonomo>|<professionista>|حقوقی';

/** The shop must check the buyer's age, so a birthday has a reason. */
export const AGE_CHECK =
  'age (verification|check)|verify your age|(over|at least|mindestens|en az|au moins|al menos|almeno|ab) 18|altersverifikation|altersprufung|jugendschutz|volljahrig|yas (dogrulama|siniri)|18 yas|verification de l.?age|verificacion de edad|verifica dell.?eta|maggiore eta|سن قانونی';

/** A second field that repeats the one before it. */
export const CONFIRM =
  'confirm|repeat|retype|re ?enter|re ?type|<again>|<verify>|wiederhol|bestatig|<erneut>|nochmal|nochmals|tekrar|<onay[a-z]*>|<dogrula[a-z]*>|confirmer|confirmation|<repeter>|ressaisi|<retaper>|confirmar|confirmacion|<repetir>|<repita>|conferma|<ripeti[a-z]*>|reinserisci|reimmetti|تکرار|تایید|تاکید|دوباره';

/** The "I am not a robot" caption. */
export const NOT_ROBOT = 'not a robot|kein (ro)?bot|robot degilim|pas un robot|no soy un robot|non sono un robot|ربات نیستم';

/** A CAPTCHA field or its caption. */
export const CAPTCHA =
  'captcha|(code|zeichen|characters|text|letters) (shown )?(in|from|aus|im|auf) (the |dem )?(image|picture|bild)|bildcode|spamschutz|spam schutz|sicherheitsabfrage|resimdeki|dogrulama resmi|code (de l.?image|anti ?spam)|codigo de la imagen|codice (di controllo|antispam)|کد (تصویر|داخل تصویر)|عبارت امنیتی|تصویر امنیتی';

/** "Security code": a CAPTCHA on a form without a card, the card's CVV on a form with one. */
export const SECURITY_CODE =
  'security code|sicherheitscode|guvenlik kodu|code de securite|codigo de seguridad|codice di sicurezza|کد امنیتی';

/**
 * Password composition rules, one source per kind of rule (NIST SP 800-63B calls them composition rules).
 * 'letter' counts only when neither 'upper' nor 'lower' did.
 */
export const PASSWORD_RULES = {
  length:
    '(at least|minimum( of)?|min|mindestens|minimal|en az|au moins|minimum|al menos|como minimo|minimo|almeno|حداقل) ?\\d+ ?(characters?|chars?|zeichen|stellen|karakter|haneli|caracteres?|caratteri|کاراکتر|حرف|نویسه)|\\d+ (or more|oder mehr|veya daha|ou plus|o mas|o piu) (characters|zeichen|karakter|caracteres|caratteri)|\\d+ (characters|zeichen|karakter|caracteres|caratteri|کاراکتر) (minimum|min|mindestens|minimo)|\\d+ ?(bis|to|ile|a|à|و|تا) ?\\d+ (characters|zeichen|karakter|caracteres|caratteri|کاراکتر|حرف)',
  upper: 'upper ?case|capital|grossbuchstab|buyuk harf|majuscule|mayuscula|maiuscol|(حرف|حروف) بزرگ',
  lower: 'lower ?case|kleinbuchstab|kucuk harf|minuscule|minuscula|minuscol|(حرف|حروف) کوچک',
  digit: '<numbers?>|numeric|<digits?>|<zahl(en)?>|ziffer|<rakam[a-z]*>|<sayi[a-z]*>|<chiffres?>|<numeros?>|<digitos?>|<numeric[oa]s?>|<cifr[ae]>|عدد|اعداد|رقم',
  special: 'special|symbol|sonderzeichen|ozel karakter|noktalama|caracteres? speci|caracter(es)? especial|simbolo|caratter[ei] special|نماد|کاراکتر (خاص|ویژه)|علامت',
  letter: '<letters?>|<buchstaben?>|<harf(ler)?>|<lettres?>|<letras?>|<letter[ae]>|<حروف>',
  repeat:
    'consecutive|repeated (characters|letters)|sequential|sequence|wiederholte|aufeinanderfolgend|ardisik|tekrarlayan|tekrar eden|consecutif|repetes|repetitif|consecutiv|repetid|secuencia|ripetut|sequenz|تکراری|متوالی',
  personal:
    '(not|nicht|icermemeli|ne doit pas|no (debe|puede)|non (deve|puo)|نباید).{0,40}(<name>|e ?mail|user ?name|benutzername|<isim[a-z]*>|<ad(in|iniz)?>|<nom>|<nombre>|<nome>|نام|ایمیل)',
  max: '(max(imum|imal)?|hochstens|en fazla|au plus|como maximo|massimo|al massimo|حداکثر) ?\\d+',
  space: '<spaces>|leerzeichen|bosluk|<espaces?>|<espacios?>|<spazi>|فاصله',
} as const;

/** Radio or select options that are forms of address (a title question asked with buttons). */
export const TITLE_OPTIONS =
  '<(herr|frau|mr|mrs|ms|miss|bay|bayan|m|mme|mlle|madame|monsieur|sr|sra|senor|senora|sig|signor[ae]?|آقا|خانم)>';
/** Radio or select options that are genders. */
export const GENDER_OPTIONS =
  '<(male|female|mannlich|weiblich|divers|erkek|kadin|homme|femme|hombre|mujer|masculino|femenino|uomo|donna|maschio|femmina|مرد|زن)>';

/** Elements that show a validation error (class, id or role). (Italian "errore" contains "error".) */
export const ERROR_SELECTOR =
  '[role=alert],[aria-live],[class*=error],[class*=Error],[class*=invalid],[id*=error],[id*=Error],[class*=fehler],[class*=hata],[class*=erreur]';
/**
 * Every element ERROR_SELECTOR matches, and a few more: error, Error and erreur all contain "rr", error and Error
 * "rror". Seven selectors instead of ten (each costs a test per element of the form); the few extra elements are
 * dropped with matches(ERROR_SELECTOR). Keep it a superset when ERROR_SELECTOR changes.
 */
export const ERROR_CANDIDATES = '[role=alert],[aria-live],[class*=rr],[class*=invalid],[id*=rror],[class*=fehler],[class*=hata]';

/**
 * ERROR_SELECTOR split by attribute, for lists of class and id values already read (the walk's): a class or
 * id containing one of these (case-sensitive, as [class*=…] compares), and the role/aria-live part as a
 * selector of its own.
 */
export const ERROR_CLASS = /error|Error|invalid|fehler|hata|erreur/;
export const ERROR_ID = /error|Error/;
export const ERROR_ROLE_SELECTOR = '[role=alert],[aria-live]';

const compiled = new Map<string, RegExp>();
/** Does the folded text contain a word of the source? (compiled once per source) */
export function says(source: string, text: string): boolean {
  if (!text) return false;
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = lexRe(source)));
  return re.test(normText(text));
}

/**
 * Words that name a form field, per purpose, in en, de, tr, fr, es, it, fa, ar, nl, pt.
 *
 * Each rule is a regular-expression source written in plain, natural spelling: it is normalised the same
 * way as the page text before compiling (lower case, accents and Arabic diacritics stripped, ß -> ss,
 * Persian/Arabic letter variants folded), so write "straße" or "strasse", "prénom" or "prenom" alike.
 * `<...>` marks a whole word (no letter or digit on either side); everything else matches inside words
 * so German compounds ("Rechnungsadresse", "Telefonnummer") are found. Names and ids are split into
 * words before matching (`billing[first_name]` -> "billing first name", `txtPLZ` -> "txt plz").
 *
 * ORDER MATTERS: the first rule that matches any one signal wins, so specific rules ("company name",
 * "card holder", "street and number") come before generic ones ("name", "address").
 * The purpose '-' means "not a personal-data field" (search, coupon, quantity, comment): it stops the search.
 */
export type FieldRule = readonly [purpose: string, source: string];

const BIRTH =
  'birth|<dob>|<bday>|geburt|naissance|<ne le>|nacimiento|nascita|dogum|nascimento|geboorte|تولد|الميلاد|ميلاد';
const CARD =
  'credit|card|karte|carte|tarjeta|carta|<kart>|kredi|cartao|kaart|<cc>|کارت|البطاقة|بطاقة';

export const FIELD_RULES: readonly FieldRule[] = [
  // Address lookup boxes are address fields even though they look like searches.
  ['street-address', 'address ?(search|lookup|finder)|(search|find|lookup|locate|ricerca|buscar|busca|suche) .{0,20}(address|adresse|indirizzo|direccion|adres)|adresse (suchen|finden)|adress ?suche|start typing (your )?address|rechercher (une|votre) adresse|loqate'],
  // Not personal data (search boxes, gift and loyalty cards, coupons, quantities, comments, saved-address
  // pickers and nicknames): checked early so their words ("card number", "title", "name") do not count.
  ['-', 'search|<such(e|begriff)?>|<q>|recherche|<buscar>|busqueda|<cerca>|ricerca|<ara>|<arama>|zoeken|جستجو|بحث|coupon|voucher|gutschein|<promo>|rabatt|discount|(gift|geschenk|loyalty|bonus|club|member|plus|kunden|flexe?cash|fidelite|fidelidad|fedelta|regalo|cadeau|hediye|punkte|points) ?(card|karte|carte|tarjeta|carta|kart)|carte (cadeau|de fidelite)|tarjeta (regalo|de fidelidad)|carta (regalo|fedelta)|cheque.?cadeau|bon cadeau|buono regalo|hediye ceki|loyalty|<pin>(?! ?code)|<(2\\d|[3-9]\\d).?(digit|stellig|chiffres|haneli)>|cupon|sconto|indirim|kupon|تخفیف|قسيمة|quantity|<qty>|<menge>|<anzahl>|quantite|cantidad|quantita|<adet>|تعداد|الكمية|comment|<message>|nachricht|bemerkung|anmerkung|<mesaj>|commentaire|comentario|mensaje|messaggio|<notes?>|<notiz>|پیام|ملاحظات|captcha|tax office|vergi dairesi|codice destinatario|<sdi>|<pec>|address ?(nick ?name|title|alias|label|id|selector|select|list|book|flag|type)|adres (basligi|adi)|(name|label|title) (this|your|the) address|give (this|your) address|nick ?name|alias|saved address|default address|kayitli adres|adreslerim|(select|choose|pick|auswahl|auswahlen|wahlen|choisir|seleccion|selezion|<sec>).{0,40}(address|adress|indirizzo|direccion|adres)|(address|adresse|indirizzo|direccion|adres).{0,40}(auswahlen|wahlen)|تسمية العنوان|اسم مستعار|sender|absender|expediteur|remitente|mittente'],
  // cards (before names, numbers and dates)
  ['cc-name', `(name|nom|nombre|nome|isim|نام).{0,12}(on|auf|sur|en|sulla|uzerindeki).{0,5}(${CARD})|card ?holder|cardholder|holder ?name|card ?name|karteninhaber|inhaber|titulaire|titular|intestatario|kart sahibi|name ?card|<cc ?name>|nom du porteur|دارنده کارت|حامل البطاقة|kaarthouder`],
  ['cc-csc', '<cvv2?>|<cvc2?>|<csc>|<cvn>|<cid>|security ?code|secure ?code|card ?code|card ?verification|verification ?(number|value)|sicherheitscode|prufnummer|prufziffer|kartenprufnummer|cryptogramme|code de securite|codigo de seguridad|codice di sicurezza|codice cvv|guvenlik kodu|codigo de verificacao|رمز التحقق|کد امنیتی|cvv2'],
  ['cc-number', `(${CARD}) ?(number|no|num|nr|nummer|numero|numarasi|شماره|رقم)|(number|numero|numarasi|nummer|شماره|رقم) (of|de|della|du|do)? ?(la |the )?(${CARD})|kartennummer|kreditkartennummer|<cc ?num(ber)?>|<ccn>|card ?num|<pan>|kartnummer|kaartnummer|شماره کارت|رقم البطاقة`],
  ['cc-exp-month', `(exp|ablauf|gultig|valid|vence|scad|son kullanma|expir).{0,15}(<month>|<mnth>|<monat>|<mois>|<mes>|<mese>|<ay>|<mm>|<maand>|ماه|شهر)|<cc ?(exp ?)?month>|<exp ?m>|<exp ?mm>`],
  ['cc-exp-year', `(exp|ablauf|gultig|valid|vence|scad|son kullanma|expir).{0,15}(<year>|<jahr>|<annee>|<ano>|<anno>|<yil>|<yy>|<yyyy>|<jj>|<aa>|<jaar>|سال|سنة)|<cc ?(exp ?)?year>|<exp ?y>|<exp ?yy(yy)?>`],
  ['cc-exp', 'expir|expiry|<exp>|exp date|valid (thru|through|until)|ablaufdatum|gultig bis|ablauf|date d.?expiration|date de validite|vencimiento|caducidad|fecha de venc|scadenza|son kullanma|validade|vervaldatum|<mm ?/ ?(yy|jj|aa)>|تاریخ انقضا|تاريخ الانتهاء'],
  ['cc-type', '(card|karten|carte|tarjeta|carta|kart) ?(type|typ|art|tipo|turu)|type de carte|<cc ?type>|نوع کارت'],
  // birthday (before day/month/year and before names)
  ['bday', BIRTH],
  ['sex', 'gender|geschlecht|<sex>|<sexe>|<sexo>|<sesso>|cinsiyet|<genre>|<genero>|geslacht|جنسیت|الجنس'],
  ['email', 'e.?mail|courriel|correo|posta elettronica|<e.?posta>|<mail>|ایمیل|پست الکترونیک|رایانامه|<البريد>|بريد الكتروني|البريد الالكتروني|ای ?میل'],
  ['one-time-code', 'one.?time|<otp>|<sms ?code>|verification code|bestatigungscode|code de verification|codigo de verificacion|codice di verifica|dogrulama kodu|کد تایید|رمز یکبار'],
  ['current-password', 'password|passwort|kennwort|<passwd>|<pwd>|<pass>|mot de passe|contrasena|<clave>|parola|sifre|senha|wachtwoord|رمز عبور|گذرواژه|کلمه عبور|كلمة المرور|كلمة السر'],
  ['username', 'user ?name|<user ?id>|<login>|<login ?name>|benutzer|nom d.?utilisateur|identifiant|usuario|nome utente|kullanici|نام کاربری|اسم المستخدم|gebruikersnaam'],
  ['vat-number', '<vat>|<vat ?(id|no|nr|number|reg ?no)>|vatnumber|<ust>|ust.?id|umsatzsteuer|<uid>|<tva>|<iva>|partita iva|<p ?iva>|<kdv>|vergi (no|numarasi|kimlik)|<tax ?(id|number|no)>|taxnumber|steuernummer|steuer.?id|<btw>|<nif>|<cif>|<rfc>|شناسه مالیاتی|کد اقتصادی|الرقم الضريبي'],
  ['id-number', 'tc kimlik|kimlik|identity|national id|<id ?(card|number|no)>|ausweis|personalausweis|<dni>|<nie>|codice fiscale|<cpf>|<cnpj>|<ssn>|social security|<rut>|<curp>|کد ملی|شماره ملی|رقم الهوية|الهوية'],
  ['address-line2', 'address ?(line ?)?2|<addr ?2>|<line ?2>|<street ?2>|adresszusatz|(address|street) ?(addition|supplement)|additional address|zusatz|complement|<c ?\\/ ?o>|care of|<building>|<bldg>|gebaude|<floor>|<etage>|stockwerk|<stiege>|<stock>|<kat>|<blok>|<bina(sı)?>|landmark|batiment|escalier|bloque|<portal>|edificio|<scala>|<piano>|<interno>|adres 2|adresse 2|direccion 2|indirizzo 2|linea 2|ligne 2|endereco 2|آدرس ۲|طبقه|ساختمان|المبنى|الطابق'],
  ['address-line1', 'address ?(line ?)?1|<addr ?1>|<line ?1>|<street ?1>|adres 1|adresse 1|direccion 1|indirizzo 1|linea 1|ligne 1'],
  ['organization-title', 'job ?title|<position>|berufsbezeichnung|<funktion>|<fonction>|<cargo>|<puesto>|<mansiyon>|<gorev>|سمت|المسمى الوظيفي'],
  ['organization', 'compan(y|ie|ia)|<firma>|firmen|unternehmen|<societe>|entreprise|raison sociale|empresa|azienda|ragione sociale|societa|sirket|kurum|organi[sz]ation|<org>|bedrijf|شرکت|سازمان|الشركة|المؤسسة'],
  ['honorific-prefix', 'salutation|anrede|<title>|<titel>|civilite|<tratamiento>|<titolo>|appellativo|hitap|aanhef|<trato>|<honorific>|اللقب'],
  // names: full-name combinations first, then family before given ("نام خانوادگی" contains "نام")
  ['name', 'full ?name|<your name>|vor.? ?(und|&|\\/) ?nach ?name|vollstandiger name|nom (et|&) prenom|prenom (et|&) nom|nom complet|nombre (y|&) apellido|nombre completo|nome (e|&) cognome|nome completo|cognome (e|&) nome|<adi?(niz)? ?(ve )?soyadi?(niz)?>|<isim ?soyisim>|<ad.?soyad>|نام و نام خانوادگی|نام کامل|الاسم الكامل|الاسم بالكامل|volledige naam|recipient|empfanger|destinataire|destinatario|contact ?name|ansprechpartner'],
  ['family-name', 'last ?name|<lname>|<last>|<surname>|family ?name|nachname|familienname|<zuname>|nom de famille|<nom de naissance>|apellido|cognome|soyad|soyisim|sobrenome|achternaam|<second ?name>|نام خانوادگی|فامیل|اسم العائلة|الاسم الاخير|اسم الاب|الكنية'],
  ['additional-name', 'middle ?name|additional ?name|<addl ?name>|<middle>|zweiter vorname|segundo nombre|secondo nome|ikinci ad|<initial>|tussenvoegsel|نام میانی|الاسم الاوسط'],
  ['given-name', 'first ?name|<fname>|<first>|<firstname>|given ?name|forename|vorname|prenom|nombre de pila|<primer nombre>|<primo nome>|<ilk ad>|voornaam|primeiro nome|نام کوچک|الاسم الاول'],
  // phone (before house number: "Telefonnummer")
  ['tel', 'phone|telefon|telephone|<tel>|<tlf>|<tfno>|mobile|<mobil>|mobilnummer|handy|<cell>|cellphone|<gsm>|<cep ?(tel|no|numara|telefonu?)>|telefono|portable|cellulare|celular|<movil>|telefone|telefoon|mobiel|vorwahl|dial ?code|area code|indicatif|prefijo|prefisso|landline|land line|festnetz|country ?prefix|phone ?prefix|<prefix>|τηλεφων|κινητο|تلفن|موبایل|همراه|شماره تماس|تماس|هاتف|جوال|الهاتف|الجوال|رقم الاتصال'],
  // address details
  ['postal-code', '<zip>|zip ?code|zipcode|<plz>|postleitzahl|post ?code|postal|code postal|<cp>|<c ?p>|<cap>|codigo postal|codice postale|posta kodu|<cep>|<pin ?code>|pincode|eircode|postnummer|کد پستی|الرمز البريدي|الرمز البريد'],
  ['address-line3', 'address ?(line ?)?3|<addr ?3>|<line ?3>|<street ?3>'],
  // "Street and number" combinations: the whole street address
  ['street-address', '(street|strasse|str|rue|calle|via|sokak|cadde|rua|straat).{0,6}(and|und|\\+|&|\\/|,|e|y|et|ve)? ?(house)? ?(number|no|nr|hausnummer|hausnr|numero|n°|civico|numara|huisnummer)|street ?address|strasse.?(und|\\/|,|\\+)|indirizzo e numero|via e numero|<street and>'],
  ['address-housenumber', 'house ?(number|no|nr)|housenumber|hausnummer|hausnr|<hnr>|<h ?nr>|<nr>|street ?(number|no)|streetnumber|<numero civico>|<civico>|numero de (la )?rue|<n°>|<no>|<numero>|<numara>|bina no|kapi no|huisnummer|پلاک|رقم المنزل|رقم البناية'],
  ['apartment', 'apartment|appartment|appartement|<apt>|<flat>|<suite>|<unit>|wohnung|<top>|<daire>|<depto>|departamento|<dpto>|<int>|<piso>|<room>|<oda>|واحد|شقة'],
  ['address-streetname', 'street|strasse|<str>|<rue>|<voie>|<calle>|<via>|<viale>|<piazza>|sokak|cadde|<rua>|<avenue>|straat|خیابان|الشارع|شارع'],
  ['address-level2', 'city|<town>|<ort>|wohnort|<stadt>|ortschaft|<gemeinde>|<ville>|ciudad|localidad|poblacion|municipio|<citta>|<comune>|localita|<sehir>|<ilce>|<cidade>|woonplaats|<plaats>|suburb|<district>|<area>|neighbou?rhood|<barrio>|<bairro>|quartier|mahalle|semt|<locality>|شهر|المدينة|مدينة'],
  ['address-level1', '<state>|<states>|province|provinz|bundesland|<region>|<county>|departement|provincia|regione|<estado>|^il( (seciniz|sec|/ ?ilce))?$|eyalet|provincie|<zone>|emirate|prefecture|<kanton>|<canton>|<cantone>|استان|المحافظة|المنطقة|الولاية|الامارة'],
  ['country', 'country|<land>|lieferland|<pays>|<pais>|<paese>|nazione|<ulke>|<nation>|كشور|کشور|الدولة|البلد|الدوله'],
  // generic words last: only when nothing more specific matched in any signal (see GENERIC_RULES)
  ['name', '<name>|<nom>|<nombre>|<nome>|^adi?(niz)?$|<isim>|<isminiz>|<naam>|<nama>|<ime>|نام|الاسم|اسم'],
  ['street-address', 'address|adresse|<adr>|<addr>|anschrift|direccion|<domicilio>|indirizzo|<adres>|<adresiniz>|endereco|adresa|آدرس|نشانی|العنوان|عنوان'],
];

/** Words meaning a password is being chosen (sign-up, change, confirmation), not typed to log in. */
export const NEW_PASSWORD =
  'confirm|repeat|retype|re.?enter|again|<new>|create|choose|wiederhol|bestatig|<neues?>|<neu>|erneut|vergeben|confirmer|<nouveau>|<nouvelle>|confirmar|<nueva>|<nuevo>|repetir|conferma|<nuova>|ripeti|tekrar|<yeni>|onay|تکرار|جدید|تایید|تاكيد|جديدة|herhaal|nieuw|<nova>|<novo>';
/** Words meaning the password already exists. */
export const CURRENT_PASSWORD = 'current|<old>|aktuell|<alt(es)?>|bisherig|actuel|ancien|<actual>|attuale|mevcut|<eski>|فعلی|الحالية|huidig|<atual>';
/** A form that creates an account. */
export const SIGNUP =
  'sign ?up|register|registration|create (an |your )?account|new account|join|registrier|konto (erstellen|anlegen)|kundenkonto anlegen|<kayit>|kayit ol|uye ol|uyelik|inscri|creer (un |votre )?compte|registr|crear (una )?cuenta|crea (un )?account|ثبت ?نام|عضویت|تسجيل|انشاء حساب|aanmelden|account aanmaken|criar conta|cadastr';
/** Sub-parts of a date (birthday parts). */
export const DAY = '<day>|<tag>|<jour>|<dia>|<giorno>|<gun>|<dd>|<dag>|روز|يوم|<bday ?day>';
export const MONTH = '<month>|<mnth>|<monat>|<mois>|<mes>|<mese>|<ay>|<mm>|<maand>|ماه|شهر|<bday ?month>';
export const YEAR = '<year>|<jahr>|<annee>|<ano>|<anno>|<yil>|<yyyy>|<yy>|<jaar>|سال|سنة|<bday ?year>';
export { BIRTH, CARD };

/** How many rules at the end of FIELD_RULES are generic ('name', 'address'): tried only after every signal failed the specific ones. */
export const GENERIC_RULES = 2;

/** Country names in several languages: a select listing three of them is a country picker. */
export const COUNTRY_NAMES =
  '^(germany|deutschland|allemagne|alemania|germania|almanya|france|frankreich|francia|fransa|italy|italien|italia|italie|spain|spanien|espana|espagne|spagna|ispanya|austria|osterreich|autriche|avusturya|switzerland|schweiz|suisse|suiza|svizzera|isvicre|united states|usa|turkey|turkiye|turkei|turquie|turquia|egypt|egypte|united kingdom|netherlands|nederland|niederlande|pays bas|belgium|belgien|belgique|iran|مصر|ایران|آلمان|فرانسه|ترکیه|المانيا|فرنسا|السعودية|الامارات)$';

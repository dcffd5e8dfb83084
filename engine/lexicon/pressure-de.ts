import { F, K, M, O, P, S, U, type PressureRule } from './pressure';

const LEUTE = '(?:personen|leute|kunden|kundinnen|besucher(?:innen)?|nutzer(?:innen)?|käufer(?:innen)?|andere|menschen|shopper)';
const ICH = '\\b(?:ich|wir|mein|meine|meinen|mir|uns)\\b';

export const DE: PressureRule[] = [
  // ---- Knappheit
  [S, 92, '\\bnur noch (?:{N}|wenige|ein(?:e|en|s)?) ?(?:[a-zäöüß.()]+ ){0,2}?(?:auf lager|am lager|im lager|verfügbar|vorrätig|übrig|erhältlich|vorhanden|da\\b|lieferbar|stück|stk|artikel|exemplare?|teile?|paar|im angebot|zu diesem preis|!|$)', '\\bnur noch \\d+ ?{U}'],
  [S, 88, '\\b(?:nur|lediglich|noch) {N} ?(?:stück|stk\\.?|artikel|exemplare?|paar)? ?(?:auf lager|am lager|verfügbar|vorrätig|übrig|lieferbar)\\b'],
  [S, 80, '\\bnoch {N} ?(?:stück|stk|artikel|exemplare?)\\b'],
  [S, 85, '\\b(?:geringer|niedriger|begrenzter|knapper) (?:lager)?bestand\\b|\\b(?:lager)?bestand (?:ist )?(?:sehr )?(?:knapp|gering|niedrig)\\b|\\b(?:begrenzte|limitierte) (?:stückzahl|menge|verfügbarkeit|anzahl)\\b|\\bwenige (?:auf lager|verfügbar|vorrätig|übrig)\\b|\\bnur (?:noch )?wenige\\b|\\bknapp auf lager\\b'],
  [S, 88, '\\b(?:fast|bald|beinahe|nahezu|gleich) (?:ausverkauft|vergriffen|weg)\\b|\\bschnell (?:ausverkauft|vergriffen)\\b'],
  [S, 80, '\\b(?:hohe|große|starke|sehr hohe) nachfrage\\b|\\b(?:sehr|stark) (?:gefragt|nachgefragt)\\b|\\bverkauft sich (?:sehr )?schnell\\b|\\bbeliebter artikel\\b'],
  [S, 85, '\\bletzte(?:r|s|n)? (?:{N} )?(?:exemplare?|artikel|stücke?|teile|paare?|größen)\\b'],
  [S, 60, '\\bsolange (?:der )?vorrat reicht\\b|\\bnur solange der vorrat\\b'],
  // ---- Dringlichkeit
  [U, 85, '\\b(?:angebot|aktion|rabatt|sale|deal|preis|gutschein|code|gratisversand|versand)\\w* (?:\\S+ ){0,2}?(?:endet|läuft ab|gilt nur noch|ist nur noch|gültig bis heute)\\b'],
  [U, 88, '\\b(?:endet|enden|läuft ab|ablauf in|verfällt|abgelaufen in) ?(?:in|heute|morgen|bald|in kürze|um mitternacht|heute nacht|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\\b'],
  [U, 85, '\\bnur noch \\d+ ?{U}|\\bnoch \\d+ ?(?:tage?|stunden?|std\\.?|minuten|min\\.?) (?:gültig|verfügbar|zu diesem preis|bis)'],
  [U, 82, '\\b(?:nur (?:noch )?heute|heute nur|nur für kurze zeit|für (?:eine )?(?:kurze|begrenzte) zeit|zeitlich (?:begrenzt|limitiert)\\w*|begrenzte(?:s)? (?:zeit|angebot)|letzte chance|schnell sein|schnell zugreifen|jetzt zugreifen,? (?:bevor|solange)|beeil(?:e|en sie|t euch)? (?:dich|sich|euch)?|läuft bald ab|nur noch kurze zeit|nur für begrenzte zeit|restzeit|verbleibende zeit|die zeit läuft)\\b'],
  [U, 60, '\\bnicht verpassen\\b|\\bverpasse? (?:es|das) nicht\\b'],
  [U, 85, '\\b(?:warenkorb|bestellung|artikel)\\w* (?:ist |sind |wird |werden |bleibt |bleiben )?(?:noch )?(?:für \\S+ (?:minuten|min\\.?) )?(?:reserviert|gesichert)\\b|\\breserviert für ?(?:noch ?)?(?:\\d|{T})'],
  [U, 75, '\\b(?:bestelle|bestellen sie|bestell) (?:innerhalb|in den nächsten)\\b|\\bpreis\\w* steig\\w* (?:in|ab|bald|morgen)\\b'],
  // ---- sozialer Beweis
  [P, 90, `(?<![a-z])(?:über |mehr als )?{N} (?:andere )?${LEUTE} (?:\\S+ ){0,4}?(?:ansehen|sehen|angesehen|schauen|betrachten|anschauen|gekauft|kauften|kaufen|bestellt|bestellten|im warenkorb|in den warenkorb|in ihren warenkorb|interessieren|gemerkt|auf (?:der|ihrer) merkliste|online|aktiv|auf dieser seite)`],
  [P, 85, '(?<![a-z$€£])(?:über |mehr als |bereits |schon )?{N} ?(?:mal|x|-mal) (?:verkauft|gekauft|bestellt|angesehen|aufgerufen)\\b'],
  [P, 75, '(?<![a-z$€£])(?:über |mehr als |bereits )?\\d+(?:[.,]\\d+)*\\+? (?:verkauft|bestellungen|käufe|verkäufe)\\b'],
  [P, 85, '\\bjemand\\b[^.!?]{0,90}?\\b(?:gekauft|bestellt|kaufte|bestellte|angesehen)\\b|\\b(?:gerade|soeben|kürzlich|eben|vor \\d+ ?(?:sekunden|minuten|stunden|min\\.?|std\\.?)) (?:\\S+ ){0,6}?(?:gekauft|bestellt)\\b', ICH],
  [P, 80, '\\b(?:aus|in) [^.!?]{1,60}?\\b(?:hat|kaufte|bestellte)\\b[^.!?]{0,80}?\\b(?:gekauft|bestellt|kaufte|bestellte)\\b', ICH],
  [P, 85, '\\bim warenkorb von (?:über )?{N}\\b|\\bin {N}\\+? warenkörben\\b'],
  // ---- Irreführung
  [M, 70, '^\\W*nein,? ?danke\\b[\\s,.!-]*(?:ich|mir|lieber)\\b', '\\b(?:konto|angemeldet|registriert)\\b'],
  [M, 90, '\\bich (?:zahle|bezahle) lieber\\b|\\b(?:den |die )?(?:vollen?|ganzen?|normalen?|regulären?) preis (?:zahlen|bezahlen)\\b|\\bich (?:zahle|bezahle) (?:gerne )?(?:mehr|den vollen)\\b'],
  [M, 88, '\\bich (?:will|möchte|brauche|mag|hasse) (?:\\S+ ){0,2}?(?:keinen|keine|kein|nicht)? ?(?:\\S+ ){0,2}?(?:rabatt|sparen|geld sparen|gutscheine?|angebote|schnäppchen|vorteile?|geschenke?|gratis|prozente|gewinnen)\\b', '\\b(?:erhalten|newsletter|e-?mails?|werbung)\\b'],
  [M, 88, '\\bich (?:spare|gewinne) (?:nicht|ungern)\\b|\\bich verzichte auf (?:\\S+ )?(?:rabatt|vorteil|gutschein|ersparnis|geschenk|\\d+ ?%|angebot)'],
  [M, 75, '\\b(?:wenn|falls) sie (?:\\S+ ){0,6}?(?:keine|nicht)\\b[^.]{0,80}?\\b(?:ankreuzen|anklicken|markieren|häkchen)'],
  // ---- Verschleierung / Abo-Fallen
  [K, 70, '\\bverlängert sich automatisch\\b|\\bautomatisch verlängert\\b|\\bautomatische (?:abo-?)?verlängerung\\b|\\b(?:versicherung|schutz|garantie|spende)\\w* (?:wurde |ist )?(?:automatisch )?hinzugefügt\\b|\\b(?:service|bearbeitungs|verwaltungs)gebühr\\w* ?:? ?[€$]? ?\\d'],
  // ---- Erschwerung
  [O, 70, '\\bkündig\\w*\\b[^.!?]{0,160}?\\b(?:nur |ausschließlich )?(?:schriftlich|per (?:post|brief|einschreiben|fax)|telefonisch|anrufen|kontaktieren)'],
  // ---- erzwungene Handlung
  [F, 65, '\\bum (?:den preis|preise|das angebot) zu sehen\\b[^.]{0,40}?(?:registrieren|anmelden)|\\b(?:registrierung|anmeldung|kundenkonto) (?:ist )?(?:zwingend )?(?:erforderlich|notwendig|pflicht)\\b'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const DE_GATE =
  'noch|lediglich|bestand|stückzahl|menge|verfügbar|anzahl|wenige|knapp|ausverkauft|vergriffen|weg|nachfrage|gefragt|verkauft|beliebt|letzte|vorrat|endet|enden|läuft|gilt|gültig|ablauf|verfällt|heute|kurze|begrenzt|limitiert|schnell|zugreifen|beeil|bald|restzeit|verbleibend|zeit|verpass|reserviert|gesichert|bestell|steig|jemand|gerade|soeben|kürzlich|eben|vor |hat |kaufte|warenkorb|nein|zahle|preis|möchte|brauche|will|mag|hasse|spare|gewinne|verzichte|wenn|falls|verlänger|automatisch|hinzugefügt|gebühr|kündig|registrierung|anmeldung|kundenkonto|lager|verfügbar|vorrätig|übrig|lieferbar|personen|leute|kunden|besucher|nutzer|käufer|andere|menschen|shopper|gekauft|bestellt|angesehen|aufgerufen|bestellungen|käufe';

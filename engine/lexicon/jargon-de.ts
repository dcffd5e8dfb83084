/**
 * German jargon → plain words. Written for Trustlens (MIT); see SOURCES.md. Format/matching: jargon.ts.
 * Legally required wording is left out on purpose (e.g. "zahlungspflichtig bestellen", "Widerrufsbelehrung").
 */
export default `# Trustlens: Formulare, Anmeldung, Fehler (written for Trustlens, MIT)
Anrede|(weglassen oder freiwillig: Frau/Herr)
Pflichtfeld|muss ausgefüllt werden
Pflichtangabe|muss ausgefüllt werden
verifizieren|bestätigen
Verifizierung,Verifikation|Bestätigung
authentifizieren|anmelden
Authentifizierung|Anmeldung
Authentisierung|Anmeldung
Zugangsdaten|E-Mail und Passwort
Anmeldedaten|E-Mail und Passwort
Benutzerkennung|Benutzername
Kennung|Name, Nummer
Legitimation|Ausweis
legitimieren|ausweisen
Validierung|Prüfung
validieren|prüfen
ungültige Eingabe|bitte prüfen
Eingabe ungültig|bitte prüfen
unzulässig,unzulässige,unzulässigen|nicht erlaubt
Sitzung abgelaufen|Sie wurden abgemeldet
Endgerät|Gerät
Applikation|App
Funktionalität|Funktion
Konfiguration|Einstellungen
konfigurieren|einstellen
Parameter|Einstellung
Anschrift|Adresse
Zustelladresse|Lieferadresse
Wohnsitz|Wohnort
Kartenprüfnummer,Kartenprüfziffer,Prüfziffer|Sicherheitscode auf der Kartenrückseite
CVC,CVV|Sicherheitscode (3 Ziffern auf der Kartenrückseite)
# Trustlens: Kauf, Zahlung, Versand
Zustellung|Lieferung
zustellen|liefern
Entgelt|Preis
entrichten|zahlen
Entrichtung|Zahlung
begleichen|bezahlen
Begleichung|Bezahlung
Zahlungsmodalitäten|Zahlungsarten
Modalitäten|Regeln, Ablauf
Vorkasse|im Voraus bezahlen
Zahlungseingang|wenn das Geld da ist
Fälligkeit|Zahltag
Lastschriftmandat,SEPA-Lastschriftmandat|Erlaubnis zur Abbuchung
Mandatsreferenz|Nummer der Abbuchungserlaubnis
Retoure|Rücksendung
retournieren|zurückschicken
Erstattung|Rückzahlung
erstatten|zurückzahlen
Stornierung|Absage
stornieren|absagen
Abwicklung|Ablauf
abwickeln|erledigen
Auftragsbestätigung|Bestellbestätigung
Leistungserbringung|Lieferung
Inanspruchnahme|Nutzung
in Anspruch nehmen,in Anspruch genommen|nutzen, genutzt
Bonitätsprüfung|Prüfung, ob Sie zahlen können
Bonität|Zahlungsfähigkeit
Mindestvertragslaufzeit|Mindestdauer
Sendungsverfolgung|Paket verfolgen
# Trustlens: Amts- und Rechtssprache
gemäß,gemäss|nach
zwecks|für, um zu
bezüglich|zu, über
hinsichtlich|zu, bei
seitens|von
mittels|mit
vermittels|mit
aufgrund|wegen
diesbezüglich|dazu
obliegen|zuständig sein
etwaig,etwaige,etwaigen,etwaiger,etwaiges|möglich
vorbehaltlich|wenn
ungeachtet|trotz
unverzüglich,unverzügliche,unverzüglichen|sofort
umgehend,umgehende,umgehenden|sofort
zuzüglich|plus
nebst|mit
alsbald|bald
Einwilligung|Zustimmung
einwilligen|zustimmen
Übermittlung|Weitergabe
übermitteln|senden, weitergeben
Benachrichtigung|Nachricht
benachrichtigen|Bescheid geben
Kenntnisnahme|zur Information
zur Kenntnis nehmen|lesen
personenbezogene Daten|Ihre Daten
betroffene Person|Sie
Verantwortlicher|wir (verantwortlich für Ihre Daten)
Auftragsverarbeiter|Firma, die Daten für uns verarbeitet
Gerichtsstand|zuständiges Gericht
Erfüllungsort|Ort der Lieferung
salvatorische Klausel|wenn eine Regel ungültig ist, gelten die anderen
höhere Gewalt|Ereignisse, für die niemand etwas kann
Haftung|Verantwortung
haften|verantwortlich sein
Obliegenheit|Pflicht
Erfordernis|Bedingung
Beanstandung|Reklamation, Problem
beanstanden|reklamieren
`;

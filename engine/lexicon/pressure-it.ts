import { K, M, O, P, S, U, type PressureRule } from './pressure';

/** Italian and Dutch. */
export const IT: PressureRule[] = [
  [S, 90, '\\b(?:solo|soltanto|ancora) {N} ?(?:pezzi|articoli|unità|disponibili|rimasti|rimanenti|in magazzino|in stock)\\b|\\b(?:ne )?(?:rimangono|restano|rimane|resta) (?:solo |soltanto )?{N}\\b', '\\d ?{U}'],
  [S, 85, '\\bultim[io] (?:{N} )?(?:pezz[io]|articoli|disponibili)\\b|\\bquasi esaurit[oa]\\b|\\bin esaurimento\\b|\\bscorte limitate\\b|\\bdisponibilità limitata\\b|\\bpochi pezzi\\b|\\bquantità limitata\\b|\\bmolto richiest[oa]\\b|\\balta richiesta\\b|\\bva(?:nno)? a ruba\\b|\\bsi vende velocemente\\b'],
  [S, 60, '\\bfino ad esaurimento\\b'],
  [U, 84, '\\b(?:offerta|promozione|promo|sconto|saldi|codice|prezzo)\\w* (?:\\S+ ){0,2}?(?:termina|scade|finisce)\\b|\\b(?:termina|scade|finisce) (?:tra|fra|oggi|domani|stasera|presto|a mezzanotte)\\b|\\btempo limitato\\b|\\bofferta limitata\\b|\\bultima (?:occasione|possibilità|chiamata)\\b|\\baffrettati\\b|\\baffrettatevi\\b|\\bsolo (?:per )?oggi\\b|\\bnon (?:fartel[oa]|lasciartel[oa]) sfuggire\\b|\\bultim[ei] (?:ore|giorni)\\b|\\bcarrello (?:è )?riservato\\b|\\btempo rimanente\\b'],
  [P, 90, '(?<![a-z])(?:oltre )?{N} (?:altre )?(?:persone|clienti|utenti|visitatori|acquirenti) (?:\\S+ ){0,4}?(?:stanno (?:guardando|visualizzando)|guardano|visualizzano|hanno (?:acquistato|comprato|aggiunto|visto)|nel carrello|online)'],
  [P, 85, '\\bha appena (?:acquistato|comprato|ordinato)\\b|\\bha (?:acquistato|comprato)\\b[^.!?]{0,80}?\\b\\d+ ?(?:secondi|minuti|ore|min) fa\\b|\\b(?:venduto|acquistato) {N}\\+? volte\\b', '\\b(?:io|ho|mio|mia)\\b'],
  [P, 75, '(?<![a-z$€£])(?:oltre )?\\d+(?:[.,]\\d+)*\\+? (?:venduti|vendite)\\b'],
  [M, 90, '\\bno,? ?grazie\\b[\\s,.!-]*(?:preferisco|non (?:voglio|mi piace)|pago)|\\bpreferisco pagare (?:il )?(?:prezzo pieno|prezzo intero|di più)|\\bnon (?:voglio|mi piace|mi interessa) (?:\\S+ ){0,2}?(?:risparmiare|sconto|sconti|offerte|regalo|vincere)', '\\bricevere\\b'],
  [K, 70, '\\brinnovo automatico\\b|\\bsi rinnova automaticamente\\b|\\btacito rinnovo\\b'],
  [O, 70, '\\b(?:disdett|disdire|annullare|cancellare)\\w*\\b[^.!?]{0,120}?\\b(?:abbonamento|iscrizione)\\b[^.!?]{0,120}?\\b(?:raccomandata|telefon|chiamare|contattare)'],
  // ---- Nederlands
  [S, 90, '\\bnog (?:maar |slechts )?{N} ?(?:stuks?|items?|artikelen)? ?(?:op voorraad|beschikbaar|over|!|$)'],
  [S, 85, '\\bbijna uitverkocht\\b|\\bbeperkte voorraad\\b|\\blaatste (?:{N} )?(?:stuks?|exemplaren)\\b|\\bop ?= ?op\\b|\\bveel gevraagd\\b|\\bgaat snel\\b'],
  [S, 60, '\\bzolang de voorraad strekt\\b'],
  [U, 84, '\\b(?:aanbieding|actie|korting|deal|sale|prijs)\\w* (?:\\S+ ){0,2}?(?:eindigt|verloopt|loopt af|stopt)\\b|\\b(?:eindigt|verloopt|loopt af) (?:over|vandaag|morgen|binnenkort|vanavond)\\b|\\bbeperkte tijd\\b|\\balleen vandaag\\b|\\blaatste kans\\b|\\bwees er snel bij\\b|\\bop is op\\b|\\bnog (?:maar )?\\d+ ?(?:dagen|uur|minuten)\\b|\\bwinkelwagen is gereserveerd\\b'],
  [P, 90, '(?<![a-z])(?:meer dan )?{N} (?:andere )?(?:mensen|klanten|bezoekers|personen|gebruikers) (?:\\S+ ){0,4}?(?:bekijken|kijken|bekeken|kochten|gekocht|besteld|in (?:hun|de) winkelwagen|online)|\\b{N}\\+? ?(?:keer|x) (?:verkocht|gekocht|besteld|bekeken)\\b'],
  [P, 85, '\\bheeft (?:zojuist|net|onlangs)\\b[^.!?]{0,60}?\\b(?:gekocht|besteld)', '\\b(?:ik|mijn|wij)\\b'],
  [M, 75, '^\\W*nee,? ?(?:bedankt|dank je|dank u)\\b[\\s,.!-]*(?:ik|liever)\\b'],
  [M, 90, '\\bik betaal liever\\b|\\b(?:de )?volle prijs betalen\\b|\\bik (?:wil|hou|houd) (?:\\S+ ){0,2}?(?:geen|niet van) (?:\\S+ )?(?:korting|besparen|aanbiedingen|deals)'],
  [K, 70, '\\b(?:automatisch|stilzwijgend) verlengd\\b'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const IT_GATE =
  'solo|soltanto|ancora|rimang|restano|rimane|resta|ultim|esaurit|esaurimento|scorte|disponibilità|pochi|quantità|richiest|ruba|vende|offerta|promo|sconto|saldi|codice|prezzo|termina|scade|finisce|tempo|affrett|oggi|sfuggire|carrello|persone|clienti|utenti|visitatori|acquirenti|appena|acquistato|comprato|venduti|vendite|grazie|preferisco|voglio|piace|interessa|rinnov|disdett|disdire|annullare|cancellare|nog|uitverkocht|voorraad|laatste|op=op|op = op|op is op|gevraagd|snel|aanbieding|actie|korting|deal|sale|prijs|eindigt|verloopt|loopt af|stopt|beperkte|vandaag|kans|winkelwagen|mensen|klanten|bezoekers|personen|gebruikers|keer|heeft|nee|betaal|volle prijs|ik wil|ik hou|verlengd';

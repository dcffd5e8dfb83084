import { F, K, M, O, P, S, U, type PressureRule } from './pressure';

const GENS = '(?:personnes?|clients?|clientes?|visiteurs?|utilisateurs?|acheteurs?|internautes|autres)';
const JE = "\\b(?:je|j'|nous|mon|ma|mes)\\b|\\bj'";

export const FR: PressureRule[] = [
  // ---- rareté
  [S, 92, "\\b(?:plus que|(?:il )?(?:ne )?reste (?:plus que|seulement|que)?|seulement|uniquement|encore) {N} ?(?:\\S+ ){0,2}?(?:en stock|disponibles?|restants?|en magasin|articles?|pièces?|exemplaires?|unités?|!|$)", "\\d ?{U}"],
  [S, 85, '(?<![a-z])(?:{N}) (?:articles? |pièces? |exemplaires? |produits? |unités? )?restant(?:e?s)?\\b'],
  [S, 85, "\\bstock (?:limité|faible|bas|réduit|presque épuisé)\\b|\\bquantités? limitées?\\b|\\b(?:bientôt|presque|bientot) (?:épuisée?s?|en rupture)\\b|\\bderni(?:er|ère|ers|ères) (?:{N} )?(?:articles?|pièces?|exemplaires?|unités?|tailles?|produits?) (?:en stock|disponibles?|restants?)?|\\b(?:part|partent|se vend|se vendent|s'arrache|s'arrachent) (?:très |trop )?vite\\b|\\bforte demande\\b|\\btrès (?:demandée?s?|recherchée?s?|convoitée?s?)\\b|\\bvictime de son succès\\b"],
  [S, 60, '\\bdans la limite des stocks\\b|\\bjusqu.à épuisement des stocks\\b'],
  // ---- urgence
  [U, 85, "\\b(?:offre|promo(?:tion)?|vente|soldes?|remise|réduction|code|prix|livraison)\\w* (?:\\S+ ){0,2}?(?:se termine|prend fin|expire|finit|s'achève|termine)\\b"],
  [U, 88, "\\b(?:se termine|prend fin|expire|finit|fin|s'achève) (?:dans|ce soir|aujourd'hui|demain|bientôt|à minuit|dimanche|lundi)\\b"],
  [U, 82, "\\b(?:durée|temps|période) limitée?\\b|\\boffre limitée\\b|\\bdernière chance\\b|\\bdépêchez[- ]vous\\b|\\bfaites vite\\b|\\bne tardez pas\\b|\\b(?:aujourd'hui|ce soir) (?:seulement|uniquement)\\b|\\b(?:seulement|uniquement) aujourd'hui\\b|\\bjusqu'à ce soir\\b|\\bderni(?:ers|ères) (?:jours|heures)\\b|\\btemps restant\\b|\\bplus que \\d+ ?(?:jours?|heures?|h|minutes?|min)\\b"],
  [U, 60, '\\bne (?:le |la |les |l.)?(?:ratez|manquez) pas\\b'],
  [U, 85, '\\bpanier (?:est |sera )?(?:réservé|conservé|bloqué)\\b|\\bréservée?s? pendant ?(?:\\d|{T})|\\bcommandez dans les\\b'],
  // ---- preuve sociale
  [P, 90, `(?<![a-z])(?:plus de )?{N} (?:autres )?${GENS} (?:\\S+ ){0,4}?(?:regardent|consultent|regarde|consulte|visitent|ont acheté|ont commandé|achètent|ont (?:ajouté|mis)|l'ont|ont cet article|ont vu|sont en train|en ligne|actuellement|ajouté|aiment)`],
  [P, 75, '(?<![a-z$€£])(?:plus de |déjà )?\\d+(?:[.,\\s]\\d{3})*\\+? (?:vendus|ventes|achats|commandes|achetés)\\b'],
  [P, 85, '\\b(?:vendu|acheté|commandé|consulté)e?s? {N}\\+? fois\\b'],
  [P, 85, "\\bvient d.(?:acheter|commander)\\b|\\ba (?:acheté|commandé)\\b[^.!?]{0,80}?\\bil y a\\b|\\bil y a \\d+ ?(?:secondes?|minutes?|min|heures?|h)\\b[^.!?]{0,80}?\\b(?:acheté|commandé)", JE],
  [P, 85, '\\bdans (?:le panier de )?{N}\\+? (?:paniers|personnes)'],
  // ---- détournement
  [M, 70, "^\\W*non,? ?merci\\b[\\s,.!-]*(?:je|j')", "\\b(?:compte|inscrit)\\b"],
  [M, 90, "\\bje (?:préfère|veux|vais) payer\\b|\\bpayer (?:le )?(?:plein tarif|prix (?:fort|plein|complet|normal))\\b"],
  [M, 90, "\\bje n.(?:aime|ai) pas (?:\\S+ ){0,2}?(?:économi|réductions?|promos?|bonnes affaires|remises?|cadeaux?|gagner|envie d.économiser)|\\bje ne veux pas (?:\\S+ ){0,2}?(?:économiser|réduction|remise|promo|cadeau|profiter|gagner|de -?\\d+)|\\bje renonce à (?:ma |mon |la |le )?(?:réduction|remise|cadeau|offre)", '\\brecevoir\\b'],
  // ---- coûts cachés / abonnements
  [K, 70, "\\b(?:renouvellement automatique|se renouvelle (?:automatiquement|tacitement)|renouvelée? automatiquement)\\b|\\bfrais de (?:service|dossier|gestion) ?:? ?\\d|\\b(?:assurance|protection|garantie|don)\\w* (?:a été )?ajoutée? (?:automatiquement|à votre panier)"],
  [K, 60, '\\breconduction tacite\\b'],
  // ---- obstruction
  [O, 70, '\\b(?:résili|annul)\\w*\\b[^.!?]{0,120}?\\b(?:abonnement|adhésion)\\b[^.!?]{0,160}?\\b(?:par (?:courrier|lettre|téléphone)|appel(?:er|ez)|contact(?:er|ez)|recommandée)'],
  // ---- action forcée
  [F, 70, '\\ben (?:passant|validant|créant)\\b[^.]{0,80}?\\bvous acceptez de recevoir\\b|\\bvous devez (?:créer un compte|vous inscrire|vous connecter|être inscrit) pour\\b'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const FR_GATE =
  'plus que|reste|seulement|uniquement|encore|restant|stock|quantit|épuis|rupture|derni|vite|arrache|demand|recherch|convoit|victime|limit|offre|promo|vente|solde|remise|réduction|code|prix|livraison|termin|fin|expire|achève|durée|temps|période|dépêchez|tardez|aujourd|ce soir|jusqu|ratez|manquez|panier|réserv|commandez|vient d|achet|command|il y a|non|merci|payer|aime|veux|renonce|renouvel|frais de|ajouté|reconduction|résili|annul|en passant|en validant|en créant|vous devez|personne|client|visiteur|utilisateur|acheteur|internaute|autres|vendu|achat';

import { F, K, M, O, P, S, U, type PressureRule } from './pressure';

const PEOPLE = '(?:people|persons?|customers?|shoppers?|users?|visitors?|buyers?|others?|guests?|members?|fans?|folks|pawrents)';
const FIRST_PERSON = "\\b(?:i|i'?ve|i'?m|i'?d|we|my|me|our)\\b";

export const EN: PressureRule[] = [
  // ---- scarcity
  [S, 92, "\\b(?:only|just|hurry[!,.]* ?(?:only)?|less than|fewer than|under|currently|still|only:) (?:{N}|a few|a couple(?: of)?|one|two|three|four|five|few) (?:[a-z()'-]+ ){0,3}?(?:left|remaining|available|in stock|to go|on hand|in inventory)\\b"],
  [S, 85, "(?<![a-z])(?:{N}|a few|few) ?(?:[a-z()'-]+ ){0,3}?(?:left|remaining)(?![a-z])(?! ?(?:turn|side|hand|click|arrow|payments?|instal?lments?|balance))", '\\d ?{U} (?:left|remaining)'],
  [S, 70, '(?<![\\d.,$€£])\\d{1,2} (?:(?:items?|pieces?|pcs|units?|pairs?) )?in stock\\b'],
  [S, 85, '\\blast (?:{N}|few|items?|pieces?|units?|pairs?|ones?) (?:[a-z]+ )?(?:in stock|left|available|remaining)\\b|\\blast (?:items|pieces|units) (?:in stock|left|available)'],
  [S, 80, '\\b(?:low|limited|short|very limited) (?:in |on )?(?:stock|supply|supplies|quantit(?:y|ies)|availability|inventory)\\b|\\b(?:stock|supplies|inventory) (?:is |are )?(?:running )?(?:low|out fast)\\b'],
  [S, 85, "\\b(?:selling|going|sells?) (?:out )?(?:fast|quick(?:ly)?)\\b|\\bsell(?:ing)? out (?:fast|quick(?:ly)?|soon)\\b|\\bsell ?out risk\\b|\\bsell fast\\b"],
  [S, 85, '\\b(?:almost|nearly|about to be|soon to be) (?:gone|sold out|out of stock)\\b'],
  // a badge, not a sentence about the economy: long texts need a shop word
  [S, 80, '\\b(?:in|high|strong|huge|heavy|great|very high)[- ]demand\\b', '^(?=(?:\\S+ ){7})(?!.*\\b(?:items?|products?|size|cart|bag|basket|order|stock|style)\\b)'],
  [S, 90, "\\b(?:once|when) (?:it'?s|they'?re|these are) gone,? (?:it'?s|they'?re) gone\\b|\\b(?:deal|offer|price|stock|these|it) won'?t last(?: long)?\\b|\\bgoing,? going\\b"],
  [S, 60, '\\bwhile (?:stocks?|supplies|quantities) last\\b|\\bremaining stock\\b|\\bjust missed it\\b'],
  [S, 85, '\\b\\d+% ?(?:of )?(?:(?:the )?(?:offers?|deals?|stock|items?) )?(?:claimed|sold|left|gone|remaining)\\b|(?<![a-z])\\d+\\+? claimed\\b'],
  [S, 75, "\\b(?:rarely|never|won'?t be|will not be) restock|\\b(?:is|are) your size (?:still )?left\\b"],
  [S, 80, "\\b(?:items?|products?) in your (?:cart|bag|basket) (?:is|are) (?:in (?:very )?high[- ]demand|selling (?:out )?fast|almost gone|not reserved)"],
  // ---- urgency
  [U, 85, '\\blimited[- ]time\\b|\\bfor a limited (?:time|period)\\b'],
  [U, 75, '\\blimited (?:offer|deal|promotion|promo|sale)s?\\b'],
  [U, 85, '\\b(?:offer|sale|deal|discount|promo(?:tion)?|price|prices|savings?|code|coupon|event|off|countdown|delivery|shipping)s? (?:ends?|ending|expires?|expiring|finish(?:es)?|closes?|ending soon)\\b'],
  [U, 90, '\\b(?:ends?|ending|expires?|expiring|closes?|closing) ?(?:in|within)\\b[\\s:]*(?:\\d|{T}|$)'],
  [U, 85, '\\b(?:ends?|ending|expires?|expiring) (?:today|tonight|tomorrow|soon|at midnight|midnight|this weekend|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b'],
  [U, 82, "\\b(?:last chance|final hours?|final call|today only|only today|one day only|\\d+[- ]hours? only|this weekend only|now or never|time is running out|time'?s running out|running out of time|before it'?s too late|(?:almost|nearly) over|time (?:remaining|left)|offer expires)\\b"],
  [U, 60, "\\bdon'?t miss (?:out|it|this|on)\\b"],
  [U, 70, '\\bhurry\\b|\\bact (?:now|fast|quickly)\\b|\\bbe quick\\b'],
  [U, 85, '\\bprices? (?:will )?(?:increase|go(?:es)? up|rises?|goes back up) (?:in|on|after|soon|tomorrow|at)\\b'],
  [U, 80, '\\b(?:order|buy|purchase|checkout|check out|complete your (?:order|purchase)|claim) (?:it )?with ?in ?:? (?:the next )?(?:\\d|{T}|:|$)|\\border in \\d+ ?: ?\\d'],
  [U, 85, '\\b(?:reserved|held|prioritized|guaranteed) for ?:? ?(?:the next )?(?:\\d|{T}|only|$)|\\b(?:cart|order|items?|basket|bag|stock|reservation)s? (?:is |are |has been |have been |will be )?(?:reserved|held|prioritized)\\b|\\b(?:cart|basket|bag|reservation) (?:will )?expires?\\b'],
  [U, 85, '\\bleft to (?:buy|order|claim|save|get|checkout)\\b|\\b\\d+ ?{U} (?:left|remaining|to go)\\b'],
  [U, 80, '\\bwithin ?:? ?\\d{1,2} ?: ?\\d\\d\\b|\\b(?:released|released) in ?:? ?\\d'],
  [U, 30, '\\bflash\\b|\\b(?:sale|deal|offer|off|save)\\b'],
  // ---- social proof
  [P, 90, `(?<![a-z])(?:over |more than )?{N} ?(?:k )?(?:other )?(?:[a-z]+ )?${PEOPLE}(?:'s?)? (?:(?!also)[a-z]+ ){0,3}?(?:view|look|watch|brows|check|bought|purchas|order|add|buy|shop|sav|favou?rit|want|are (?:currently |right now |now )?(?:active|online)|have (?:this|it) in|right now|online)`],
  [P, 80, '(?<![a-z$€£])(?:over |more than )?\\d+(?:[.,]\\d+)*\\+? ?k? (?:[a-z()]+ ){0,2}?(?:sold|bought|purchased|purchases|ordered|added to (?:cart|bag|basket)|in (?:their )?carts|have (?:it|this) in|viewing|watchers|watching)(?![a-z])(?! out| by)'],
  [P, 75, '(?<![a-z$€£])(?:over |more than )?\\d+(?:[.,]\\d+)*\\+? ?k? (?:[a-z()]+ ){0,2}?(?:viewed|views) (?:in|today|this|per|recently|past|last|within|during|since)\\b'],
  [P, 60, '(?<![a-z$€£])\\d+(?:[.,]\\d+)*\\+? orders ?$'],
  [P, 90, "\\b(?:someone|somebody|a (?:customer|shopper|buyer|visitor|user)|(?:shopper|customer|buyer) (?:from|in))\\b[^.!?]{0,90}?\\b(?:just |recently )?(?:bought|purchased|ordered|added|viewed|is viewing|grabbed|snagged)\\b"],
  // "Name in Place, Region (just) purchased …": at most three words before in/from, a short place name
  [P, 80, "^\\W*(?:[^\\s!?]+ ){0,3}?(?:in|from) ?(?:[^\\s.!?,]+ ){0,3}?[^\\s.!?,]*(?:, ?(?:[^\\s.!?,]+ ){0,3}?[^\\s.!?,]+){0,3}[\\s,]*(?:just |recently )?(?<!\\bbe |been |being )(?:bought|purchased|ordered)", `${FIRST_PERSON}|\\b(?:who|you|your)\\b`],
  [P, 75, "^\\W*[a-z]+(?: [a-z]+)?\\.? (?:just |recently )?(?:purchased|bought|ordered) (?:a|an|the|this|\\d)\\b", `${FIRST_PERSON}|\\b(?:who|you|your|also|frequently|customers|people|items|products)\\b|^\\W*(?:recently|last|most|best|we|you)\\b`],
  [P, 85, '\\b(?:bought|purchased|ordered|viewed|added)\\b[^.!?]{0,160}?\\b(?:\\d+|a few|an?|few) ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?) ago\\b|\\b(?:bought|purchased|ordered)\\b[^.!?]{0,160}?\\b(?:just now|right now|moments? ago)\\b', FIRST_PERSON],
  [P, 65, '\\b(?:last|recently) (?:purchased|bought|ordered|sold)\\b', '\\byour\\b|\\bi\\b'],
  [P, 85, '\\b(?:purchased|bought|ordered|sold|viewed|added to (?:cart|bag|basket)|add(?:ed)? to (?:cart|bag|basket)) {N} ?(?:times|x)\\b'],
  [P, 80, `\\b(?:several|many|lots of|other|multiple) ${PEOPLE} (?:have |are |has )?(?:(?!also)[a-z]+ )?(?:viewing|looking|viewed|looked|watching|bought|purchased|added|in their cart)`],
  [P, 65, `\\b(?:favou?red|loved|trusted|used|chosen) by:? (?:over |more than )?{N} ?k? ${PEOPLE}`],
  [P, 85, `\\bin (?:over )?{N} (?:${PEOPLE}'?s? )?(?:shopping )?(?:carts?|bags?|baskets?)\\b|\\bin other ${PEOPLE}'? (?:carts?|bags?|baskets?)`],
  [P, 70, '\\brecent (?:customers|buyers|orders) (?:are |came |come )?from\\b|\\b{N} (?:visitors?|people|users?|shoppers) (?:right now|now|online|currently)'],
  // ---- misdirection: confirmshaming and trick questions
  [M, 60, "^\\W*no\\b[\\s,.!-]*(?:thanks?|thank you|thx)\\b[\\s,.!-]*(?:i|i'?d|i'?ll|i'?m|i'?ve)\\b", "\\b(?:already (?:have|subscribed|signed)|an account|just (?:browsing|looking))\\b"],
  [M, 92, "\\bi ?(?:'?d|'?ll|will|would|want to|prefer(?: to)?|like(?: to)?|love(?: to)?|enjoy|am happy to)? ?(?:rather )?(?:to )?(?:pay(?:ing)?|spend(?:ing)?) (?:the )?(?:full|more|regular|retail|whole|extra)\\b|\\b(?:rather|prefer(?: to)?) (?:pay|paying) (?:the )?(?:full|more|regular)"],
  [M, 92, "\\bi ?(?:do ?n'?t|do not|don'?t|hate|never|can'?t stand) (?:[a-z]+ ){0,2}?(?:sav(?:e|ing)|savings|money|discounts?|deals?|offers?|free|bargains?|promotions?|coupons?|winning|win|lucky|gifts?|rewards?|cool stuff|\\d+%|great|style|missing out|good)", '\\b(?:receive|receiving|e-?mails?|newsletters?|sms|texts|contacted)\\b'],
  [M, 90, "\\b(?:i'?d|i would)? ?rather (?:not (?:save|win|get|take|have|hear|be)|miss out|do it the hard way|pay)\\b|\\bi'?m not (?:interested in|into) (?:sav|discount|deal|free|money|winning)"],
  [M, 85, "\\bi'?ll (?:skip|pass on|miss out|shop without|be the last to know|save money another day|take my chances)|\\b(?:shop|buy|continue|check ?out) without (?:a |my |the |any )?(?:discount|savings?|deal|offer|gift|coupon)"],
  [M, 85, "\\b(?:tick|check|select|mark|click) (?:this |the )?(?:box |here )?if you (?:do not|don'?t|would not|wouldn'?t|no longer|prefer not|would prefer not) (?:to )?(?:want|wish|like|receive)|\\bif you (?:do not|don'?t) (?:wish|want) to (?:receive|be contacted|hear)[^.]{0,100}?\\b(?:tick|check)\\b|\\buntick\\b|\\buncheck (?:this|the|here)"],
  [M, 70, '\\byes,? i (?:want|would like|\'d like) to save\\b'],
  // ---- sneaking: pre-added items, hidden costs, hidden subscriptions
  [K, 80, '\\b(?:purchase protection|protection plan|insurance|warranty|donation|gift wrap(?:ping)?|shipping protection|package protection) (?:has been |was |is )?(?:automatically )?added\\b'],
  [K, 70, '\\bauto(?:matically)?[- ]?renew(?:s|ed|al|ing)?\\b|\\brenews? automatically\\b|\\brecurring (?:billing|subscription|charge|payment)s?\\b'],
  [K, 70, '\\b(?:charged|billed)\\b[^.]{0,60}?\\b(?:regular|full price|standard rate|per (?:month|year)|monthly rate|annually|each (?:month|year)|unless you cancel)'],
  [K, 70, '\\b(?:free|\\d+[- ]day) (?:\\w+ )?(?:trial|membership)\\b[^.]{0,80}?\\b(?:cancel any ?time|with (?:this|your) order|will (?:be )?(?:automatically )?(?:renew|charge|bill))'],
  [K, 65, '(?:service|handling|processing|convenience|booking|admin(?:istration)?|platform) (?:charge|fee)s? ?:? ?[$€£]? ?\\d'],
  [K, 70, '\\bfirst (?:year|month|\\w+ months?|\\d+ (?:months|days))\\b[^.]{0,40}?\\bthen\\b|\\bintroductory (?:rate|price|period)\\b|\\bfor just [$€£]?\\d[\\d.,]* (?:for )?your first\\b'],
  // ---- obstruction: cancelling only by phone, mail, contact
  [O, 75, '\\bcancel\\w*\\b[^.!?]{0,160}?\\b(?:membership|subscription|plan|renewal|club)\\b[^.!?]{0,220}?\\b(?:call(?:ing)?|contact(?:ing)?|phone|telephone|e-?mail(?:ing)?|by (?:mail|post)|writ(?:e|ing) to|chat)\\b'],
  [O, 75, '\\b(?:call|contact|phone|write to)\\w*\\b[^.!?]{0,100}?\\bto cancel\\b'],
  // ---- forced action: consent bundled with purchase, registration walls
  [F, 75, '\\bauthori[sz]e\\b[^.]{0,120}?\\bto contact (?:me|you)\\b|\\bby (?:placing|completing|submitting) (?:your |this |an )?(?:order|purchase)[^.]{0,80}?\\b(?:agree|consent) to (?:receive|be contacted|join|subscribe|sign up)'],
  [F, 75, '\\byou (?:must|need to|are required to|have to) (?:first )?(?:create an account|register|sign up|log ?in|sign in|be a member) (?:to|before|in order to) (?:check ?out|purchase|buy|order|continue|see|view|proceed|complete|access)'],
  [F, 70, '\\b(?:register|sign up|log ?in|sign in|create an account) to (?:see|view|unlock|reveal) (?:the |our )?(?:price|prices|deal|discount)'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const EN_GATE =
  "flash|sale|deal|offer|off|left|remain|availab|stock|to go|on hand|inventor|suppl|quantit|sell|sold|going|gone|demand|missed|claimed|restock|carts|bags|baskets|limited|ends|ending|end\\b|expir|clos|finish|chance|final|today|day only|hours? only|weekend only|never|running|too late|almost over|nearly over|time is|time's|times? left|time remaining|times|miss|hurry|act now|act fast|act quickly|quick|price|within|with in|reserv|held for|prioriti|guarant|releas|someone|somebody|customer|shopper|buyer|visitor|user|people|person|others|guest|member|fans|folks|pawrent|bought|purchas|ordered|orders|order with|order in|viewed|viewing|views|watch|added|have it in|have this in|recent|t last|thank|thx|pay|spend|don'?t|do not|hate|rather|not interested|not into|skip|pass on|without|last to know|another day|chances|if you|untick|uncheck|save|renew|recurring|charged|billed|trial|membership|charge|fee\\b|fees\\b|first (?:year|month|six|three|two|\\d)|introductory|your first|cancel|authori|agree|consent|register|sign (?:up|in)|log ?in|create an account|be a member";

import { F, K, M, O, P, S, U, type PressureRule } from './pressure';

const BEN = '\\b(?:ben|biz|aldım|aldik|aldık|benim)\\b';

export const TR: PressureRule[] = [
  // ---- kıtlık
  [S, 90, '\\bson {N} ?(?:adet|ürün|parça|stok|tane|ürünler)\\b|\\bson {N} ?!* ?$'],
  [S, 92, '\\b(?:sadece|yalnızca|yalnız|stokta(?: sadece| yalnızca| son)?) {N} ?(?:adet|ürün|parça|tane|stok)? ?(?:kaldı|mevcut|stokta|var|bulunmaktadır|kalmıştır|!|$)'],
  [S, 90, '(?<![a-z])(?:{N}|birkaç) ?(?:adet|ürün|parça|tane) (?:stok(?:ta)? )?(?:kaldı|kalmıştır)\\b'],
  [S, 85, '\\btükenmek üzere\\b|\\b(?:hızla |çabuk )?tükeniyor\\b|\\btükenmeden\\b|\\bsınırlı (?:stok|sayıda|adet|miktarda)\\b|\\bstok(?:lar)?(?:ı|lar)? (?:azalıyor|azaldı|bitmek üzere|tükeniyor|sınırlı)\\b|\\b(?:az|kritik) stok\\b|\\bstokta az\\b|\\bson ürünler\\b|\\bhızlı (?:satılıyor|tükeniyor)\\b|\\byoğun (?:talep|ilgi)\\b|\\bçok talep gören\\b|\\bkapış kapış\\b'],
  [S, 60, '\\bstoklarla sınırlı\\w*\\b'],
  // ---- aciliyet
  [U, 85, '\\b(?:kampanya|indirim|fırsat|teklif|kupon|sepet|ürün|fiyat|kargo)\\w* (?:\\S+ ){0,2}?(?:sona eriyor|bitiyor|sona erecek|bitecek|son buluyor|artıyor|artacak)\\b|\\b(?:bitmesine|bitimine|sona ermesine|kapanmasına|bitişine)\\b'],
  [U, 85, '\\b(?:sınırlı|kısa) (?:süre|zaman)\\w*\\b|\\bsüre (?:doluyor|bitiyor|azalıyor|daralıyor)\\b|\\bkalan süre\\b'],
  [U, 80, '\\b(?:sadece|yalnızca) bugün\\b|\\bbugüne özel\\b|\\bson gün\\b|\\bson şans\\b|\\bson fırsat\\b|\\bacele (?:et|edin)\\b|\\bçabuk ol\\b|\\bkaçırılmayacak\\b|\\bfırsatı kaçırma\\w*\\b|\\bson saatler\\b'],
  [U, 65, '\\bkaçırma(?:yın)?\\b'],
  [U, 85, '\\bsepet\\w* (?:\\S+ ){0,3}?(?:rezerve|ayrıldı|saklanıyor|saklanacak)\\b'],
  [U, 80, '\\b\\d+ ?(?:gün|saat|dakika|dk|saniye) (?:kaldı|içinde bitiyor|sonra (?:bitiyor|sona eriyor))'],
  // ---- sosyal kanıt
  [P, 90, '(?<![a-z])(?:{N}|\\d+[.,]?\\d* ?(?:b|bin))\\+? ?(?:bin )?(?:kişi|kullanıcı|müşteri|ziyaretçi)(?:nin|ler)? (?:\\S+ ){0,4}?(?:inceliyor|görüntülüyor|görüntüledi|bakıyor|baktı|satın aldı|aldı|sepet|favori|izliyor|inceledi|beğendi|ziyaret|şu an)'],
  [P, 80, '(?<![a-z$€£])(?:{N}|\\d+[.,]?\\d* ?(?:b|bin))\\+? ?(?:bin )?(?:adet |kez |defa )?(?:ürün )?(?:satıldı|satın alındı|sipariş edildi|görüntülendi|incelendi|sepete eklendi)\\b'],
  [P, 85, '\\b(?:az önce|şimdi|biraz önce|az evvel|\\d+ ?(?:saniye|dakika|dk|saat) önce)\\b[^.!?]{0,80}?\\b(?:satın aldı|aldı|sipariş verdi|sepete ekledi)\\b|\\b(?:satın aldı|sipariş verdi)\\b[^.!?]{0,40}?\\b(?:az önce|\\d+ ?(?:saniye|dakika|dk|saat) önce)', BEN],
  [P, 80, "(?:'|’)?(?:dan|den|tan|ten)\\b[^.!?]{0,60}?\\b(?:satın aldı|sipariş verdi)\\b", BEN],
  // ---- yanlış yönlendirme
  [M, 90, '\\bhayır,? ?(?:teşekkür(?:ler| ederim)|sağ ?ol)\\b[\\s,.!-]*(?:\\S+ ){0,4}?(?:istemiyorum|tercih ederim|sevmiyorum|ödeyeceğim|ödemeyi|ilgilenmiyorum)'],
  [M, 88, '\\b(?:indirim|tasarruf|fırsat|hediye|kampanya|kazanmak)\\w* (?:\\S+ )?(?:istemiyorum|sevmiyorum|ilgilenmiyorum|gerek yok)', '\\b(?:e-?posta|sms|ileti|bülten)\\w*'],
  [M, 85, '\\btam fiyat\\w* (?:\\S+ )?öde\\w*|\\bdaha fazla ödemeyi tercih'],
  // ---- gizli maliyet / abonelik
  [K, 70, '\\botomatik(?: olarak)? (?:yenilen\\w*|yenileme|uzatıl\\w*|tahsil)|\\bhizmet bedeli ?:? ?\\d'],
  // ---- engelleme
  [O, 70, '\\b(?:üyelik|abonelik)\\w* (?:\\S+ ){0,3}?iptal\\w* (?:\\S+ ){0,6}?(?:arayın|arayınız|ulaşın|iletişime geçin|başvurun|dilekçe)'],
  // ---- zorla eylem
  [F, 65, '\\b(?:fiyatı|fiyatları) görmek için\\b[^.]{0,40}?(?:üye|giriş)|\\b(?:üye olmanız|giriş yapmanız|kayıt olmanız) (?:gerekmektedir|gerekiyor|zorunludur)'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const TR_GATE =
  'son |sadece|yalnız|stok|kaldı|tüken|sınırlı|kritik|hızlı|yoğun|talep|kapış|bitmesine|bitimine|sona|kapanmasına|bitişine|bitiyor|bitecek|son bul|artıyor|artacak|süre|zaman|bugün|son gün|son şans|son fırsat|acele|çabuk|kaçır|sepet|rezerve|kişi|satıldı|satın|sipariş|görüntülen|incelen|önce|şimdi|evvel|hayır|indirim|tasarruf|fırsat|hediye|kampanya|kazanmak|tam fiyat|daha fazla|otomatik|hizmet bedeli|üyelik|abonelik|fiyat|üye olmanız|giriş yapmanız|kayıt olmanız|kişi|kullanıcı|müşteri|ziyaretçi';

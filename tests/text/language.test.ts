import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { primaryLang } from '../../engine/i18n';
import { detectLanguage } from '../../engine/text/language';

/** Paragraphs written for this test: article prose and shop text, a few hundred characters each. */
const SAMPLES: [string, string][] = [
  ['en', 'Our customer service team is available from Monday to Friday. If you have a question about your order, please send us a message and we will get back to you within one business day. Returns are free for all orders that arrive within thirty days of delivery, and the refund will be paid to the card you used.'],
  ['en', 'The city council voted on Tuesday to expand the bike lane network, a decision that has divided residents for more than a year. Supporters say the new lanes will make the streets safer for children, while shop owners fear that the loss of parking spaces will drive away their customers.'],
  ['de', 'Unser Kundenservice ist von Montag bis Freitag für Sie da. Wenn Sie eine Frage zu Ihrer Bestellung haben, schreiben Sie uns bitte eine Nachricht, und wir melden uns innerhalb eines Werktages bei Ihnen. Die Rücksendung ist für alle Bestellungen kostenlos, die innerhalb von dreißig Tagen nach der Lieferung bei uns eintreffen.'],
  ['de', 'Der Stadtrat hat am Dienstag beschlossen, das Netz der Radwege auszubauen. Die Entscheidung ist unter den Anwohnern seit über einem Jahr umstritten: Befürworter sagen, dass die Straßen dadurch sicherer werden, während die Händler befürchten, dass ihnen mit den Parkplätzen auch die Kunden verloren gehen.'],
  ['fr', 'Notre service client est disponible du lundi au vendredi. Si vous avez une question sur votre commande, envoyez-nous un message et nous vous répondrons dans un délai d’un jour ouvré. Les retours sont gratuits pour toutes les commandes qui nous parviennent dans les trente jours suivant la livraison.'],
  ['fr', 'Le conseil municipal a voté mardi l’extension du réseau de pistes cyclables, une décision qui divise les habitants depuis plus d’un an. Ses partisans affirment que les nouvelles pistes rendront les rues plus sûres pour les enfants, mais les commerçants craignent que la perte des places de stationnement ne fasse fuir leurs clients.'],
  ['es', 'Nuestro equipo de atención al cliente está disponible de lunes a viernes. Si tiene alguna pregunta sobre su pedido, envíenos un mensaje y le responderemos en un plazo de un día laborable. Las devoluciones son gratuitas para todos los pedidos que lleguen dentro de los treinta días posteriores a la entrega.'],
  ['es', 'El ayuntamiento aprobó el martes la ampliación de la red de carriles bici, una decisión que ha dividido a los vecinos durante más de un año. Sus defensores dicen que los nuevos carriles harán las calles más seguras para los niños, pero los comerciantes temen que la pérdida de plazas de aparcamiento aleje a sus clientes.'],
  ['it', 'Il nostro servizio clienti è disponibile dal lunedì al venerdì. Se hai una domanda sul tuo ordine, inviaci un messaggio e ti risponderemo entro un giorno lavorativo. I resi sono gratuiti per tutti gli ordini che arrivano entro trenta giorni dalla consegna, e il rimborso sarà accreditato sulla carta che hai usato.'],
  ['it', 'Il consiglio comunale ha votato martedì l’ampliamento della rete delle piste ciclabili, una decisione che divide i residenti da più di un anno. I sostenitori dicono che le nuove piste renderanno le strade più sicure per i bambini, mentre i negozianti temono che la perdita dei parcheggi allontani i loro clienti.'],
  ['pt', 'A nossa equipa de apoio ao cliente está disponível de segunda a sexta-feira. Se tiver alguma dúvida sobre a sua encomenda, envie-nos uma mensagem e responderemos no prazo de um dia útil. As devoluções são gratuitas para todas as encomendas que chegarem dentro de trinta dias após a entrega.'],
  ['pt', 'A câmara municipal aprovou na terça-feira a ampliação da rede de ciclovias, uma decisão que divide os moradores há mais de um ano. Os defensores dizem que as novas ciclovias vão tornar as ruas mais seguras para as crianças, mas os comerciantes temem que a perda de vagas de estacionamento afaste os seus clientes.'],
  ['nl', 'Onze klantenservice is van maandag tot en met vrijdag bereikbaar. Heeft u een vraag over uw bestelling, stuur ons dan een bericht en wij nemen binnen één werkdag contact met u op. Retourneren is gratis voor alle bestellingen die binnen dertig dagen na de levering bij ons terugkomen.'],
  ['nl', 'De gemeenteraad heeft dinsdag besloten om het netwerk van fietspaden uit te breiden, een besluit dat de bewoners al meer dan een jaar verdeelt. Voorstanders zeggen dat de straten er veiliger door worden voor kinderen, maar winkeliers vrezen dat het verlies van parkeerplaatsen hun klanten zal wegjagen.'],
  ['tr', 'Müşteri hizmetleri ekibimiz pazartesiden cumaya kadar hizmetinizdedir. Siparişinizle ilgili bir sorunuz varsa bize bir mesaj gönderin, bir iş günü içinde size geri dönüş yapacağız. Teslimattan sonraki otuz gün içinde bize ulaşan tüm siparişler için iade ücretsizdir ve ödeme kullandığınız karta iade edilir.'],
  ['tr', 'Belediye meclisi salı günü bisiklet yolu ağının genişletilmesini oyladı. Bu karar bir yıldan fazla bir süredir mahalle sakinlerini ikiye bölüyor. Destekçiler yeni yolların sokakları çocuklar için daha güvenli hale getireceğini söylüyor, ancak esnaf park yerlerinin kaybının müşterileri uzaklaştıracağından korkuyor.'],
  ['pl', 'Nasz dział obsługi klienta jest dostępny od poniedziałku do piątku. Jeśli masz pytanie dotyczące zamówienia, wyślij nam wiadomość, a odpowiemy w ciągu jednego dnia roboczego. Zwroty są bezpłatne dla wszystkich zamówień, które dotrą do nas w ciągu trzydziestu dni od dostawy.'],
  ['sv', 'Vår kundtjänst är tillgänglig från måndag till fredag. Om du har en fråga om din beställning kan du skicka ett meddelande till oss, så svarar vi inom en arbetsdag. Returer är gratis för alla beställningar som kommer fram till oss inom trettio dagar efter leveransen, och pengarna betalas tillbaka till det kort som du använde.'],
  ['da', 'Vores kundeservice er åben fra mandag til fredag. Hvis du har et spørgsmål om din ordre, kan du sende os en besked, og vi vender tilbage inden for en arbejdsdag. Det er gratis at returnere alle ordrer, som når frem til os inden for tredive dage efter leveringen, og pengene bliver betalt tilbage til det kort, du har brugt.'],
  ['no', 'Vår kundeservice er åpen fra mandag til fredag. Hvis du har et spørsmål om bestillingen din, kan du sende oss en melding, og vi svarer innen en arbeidsdag. Det er gratis å returnere alle bestillinger som kommer frem til oss innen tretti dager etter leveringen, og pengene blir betalt tilbake til kortet du brukte.'],
  ['fi', 'Asiakaspalvelumme on avoinna maanantaista perjantaihin. Jos sinulla on kysyttävää tilauksestasi, lähetä meille viesti, ja vastaamme yhden arkipäivän kuluessa. Palautus on maksuton kaikille tilauksille, jotka saapuvat meille kolmenkymmenen päivän kuluessa toimituksesta, ja rahat palautetaan kortille, jota käytit.'],
  ['cs', 'Náš zákaznický servis je k dispozici od pondělí do pátku. Pokud máte dotaz k objednávce, pošlete nám zprávu a my vám odpovíme do jednoho pracovního dne. Vrácení zboží je zdarma pro všechny objednávky, které k nám dorazí do třiceti dnů od doručení, a peníze vrátíme na kartu, kterou jste použili.'],
  ['ro', 'Echipa noastră de relații cu clienții este disponibilă de luni până vineri. Dacă aveți o întrebare despre comanda dumneavoastră, trimiteți-ne un mesaj și vă vom răspunde în cel mult o zi lucrătoare. Returul este gratuit pentru toate comenzile care ajung la noi în termen de treizeci de zile de la livrare.'],
  ['hu', 'Ügyfélszolgálatunk hétfőtől péntekig áll rendelkezésére. Ha kérdése van a rendelésével kapcsolatban, küldjön nekünk egy üzenetet, és egy munkanapon belül válaszolunk. A visszaküldés ingyenes minden olyan rendelés esetén, amely a kézbesítéstől számított harminc napon belül megérkezik hozzánk.'],
  ['id', 'Tim layanan pelanggan kami tersedia dari hari Senin sampai Jumat. Jika Anda memiliki pertanyaan tentang pesanan Anda, kirimkan pesan kepada kami dan kami akan membalas dalam satu hari kerja. Pengembalian barang gratis untuk semua pesanan yang sampai kepada kami dalam waktu tiga puluh hari setelah pengiriman.'],
  ['vi', 'Đội ngũ chăm sóc khách hàng của chúng tôi làm việc từ thứ Hai đến thứ Sáu. Nếu bạn có câu hỏi về đơn hàng, hãy gửi tin nhắn cho chúng tôi và chúng tôi sẽ trả lời trong vòng một ngày làm việc. Việc đổi trả được miễn phí cho tất cả các đơn hàng gửi lại trong vòng ba mươi ngày.'],
  ['fa', 'تیم پشتیبانی ما از شنبه تا چهارشنبه پاسخگوی شماست. اگر درباره سفارش خود سؤالی دارید، برای ما پیام بفرستید تا در کمتر از یک روز کاری به شما پاسخ دهیم. بازگرداندن کالا برای همه سفارش‌هایی که تا سی روز پس از تحویل به دست ما برسد رایگان است و مبلغ به کارت شما بازگردانده می‌شود.'],
  ['fa', 'شورای شهر روز سه‌شنبه به گسترش شبکه مسیرهای دوچرخه‌سواری رأی داد؛ تصمیمی که بیش از یک سال است ساکنان را دو دسته کرده است. موافقان می‌گویند مسیرهای تازه خیابان‌ها را برای کودکان امن‌تر می‌کند، اما مغازه‌داران نگران‌اند که از دست رفتن جای پارک مشتریان را دور کند.'],
  ['ar', 'فريق خدمة العملاء لدينا متاح من الأحد إلى الخميس. إذا كان لديك أي سؤال حول طلبك، يرجى إرسال رسالة إلينا وسنرد عليك خلال يوم عمل واحد. الإرجاع مجاني لجميع الطلبات التي تصل إلينا في غضون ثلاثين يوما من التسليم، وسيتم رد المبلغ إلى البطاقة التي استخدمتها.'],
  ['ar', 'صوت مجلس المدينة يوم الثلاثاء على توسيع شبكة مسارات الدراجات، وهو قرار قسم السكان منذ أكثر من عام. ويقول المؤيدون إن المسارات الجديدة ستجعل الشوارع أكثر أمانا للأطفال، في حين يخشى أصحاب المتاجر أن يؤدي فقدان أماكن وقوف السيارات إلى إبعاد زبائنهم.'],
  ['ur', 'ہماری کسٹمر سروس ٹیم پیر سے جمعہ تک دستیاب ہے۔ اگر آپ کے آرڈر کے بارے میں کوئی سوال ہے تو ہمیں پیغام بھیجیں اور ہم ایک کاروباری دن کے اندر آپ کو جواب دیں گے۔ ڈیلیوری کے تیس دن کے اندر واپس آنے والے تمام آرڈرز کی واپسی مفت ہے۔'],
  ['ru', 'Наша служба поддержки клиентов работает с понедельника по пятницу. Если у вас есть вопрос о заказе, отправьте нам сообщение, и мы ответим вам в течение одного рабочего дня. Возврат бесплатный для всех заказов, которые поступят к нам в течение тридцати дней после доставки.'],
  ['uk', 'Наша служба підтримки клієнтів працює з понеділка по п’ятницю. Якщо у вас є питання щодо замовлення, надішліть нам повідомлення, і ми відповімо протягом одного робочого дня. Повернення є безкоштовним для всіх замовлень, які надійдуть до нас протягом тридцяти днів після доставки.'],
  ['bg', 'Нашият екип за обслужване на клиенти е на разположение от понеделник до петък. Ако имате въпрос за поръчката си, изпратете ни съобщение и ще ви отговорим в рамките на един работен ден. Връщането е безплатно за всички поръчки, които пристигнат при нас в рамките на тридесет дни след доставката.'],
  ['el', 'Η ομάδα εξυπηρέτησης πελατών μας είναι διαθέσιμη από Δευτέρα έως Παρασκευή. Αν έχετε κάποια ερώτηση σχετικά με την παραγγελία σας, στείλτε μας ένα μήνυμα και θα σας απαντήσουμε μέσα σε μία εργάσιμη ημέρα.'],
  ['he', 'צוות שירות הלקוחות שלנו זמין מיום ראשון עד יום חמישי. אם יש לכם שאלה לגבי ההזמנה, שלחו לנו הודעה ונחזור אליכם תוך יום עסקים אחד. ההחזרה ללא תשלום לכל ההזמנות שמגיעות אלינו בתוך שלושים יום מהמשלוח.'],
  ['zh', '我们的客户服务团队周一至周五为您服务。如果您对订单有任何疑问，请给我们发送消息，我们将在一个工作日内回复您。所有在交货后三十天内寄回的订单均可免费退货，退款将退回到您使用的银行卡。'],
  ['zh', '市议会周二投票决定扩大自行车道网络，这一决定已经让居民争论了一年多。支持者说，新的车道将使街道对儿童更加安全，而商店老板则担心停车位的减少会赶走他们的顾客。'],
  ['ja', '当店のカスタマーサービスは月曜日から金曜日まで営業しております。ご注文についてご質問がございましたら、メッセージをお送りください。一営業日以内にご返信いたします。商品到着後三十日以内の返品は無料です。'],
  ['ja', '市議会は火曜日、自転車レーンの拡張を可決した。この決定をめぐっては一年以上にわたり住民の意見が分かれている。賛成派は道路が子どもにとって安全になると話すが、商店主は駐車場がなくなれば客が離れると心配している。'],
  ['ko', '저희 고객 서비스 팀은 월요일부터 금요일까지 운영됩니다. 주문에 대해 궁금한 점이 있으시면 메시지를 보내 주세요. 영업일 기준 하루 이내에 답변해 드리겠습니다. 배송 후 30일 이내에 반품되는 모든 주문은 무료로 반품하실 수 있습니다.'],
  ['th', 'ทีมบริการลูกค้าของเราพร้อมให้บริการตั้งแต่วันจันทร์ถึงวันศุกร์ หากคุณมีคำถามเกี่ยวกับคำสั่งซื้อ โปรดส่งข้อความถึงเรา แล้วเราจะตอบกลับภายในหนึ่งวันทำการ'],
  ['hi', 'हमारी ग्राहक सेवा टीम सोमवार से शुक्रवार तक उपलब्ध है। यदि आपके ऑर्डर के बारे में कोई प्रश्न है, तो हमें संदेश भेजें और हम एक कार्य दिवस के भीतर आपको उत्तर देंगे।'],
];

describe('detectLanguage on paragraphs', () => {
  for (const [lang, text] of SAMPLES) {
    it(`${lang}: ${text.slice(0, 40)}…`, () => {
      expect(detectLanguage(text)).toBe(lang);
    });
  }
});

describe('detectLanguage: mixed and hard text', () => {
  it('Persian typed with Arabic ي and ك is still Persian', () => {
    const fa = SAMPLES.find(([l]) => l === 'fa')?.[1] ?? '';
    expect(detectLanguage(fa.replace(/ی/g, 'ي').replace(/ک/g, 'ك'))).toBe('fa');
  });
  it('a Persian shop page with English brand names and prices is Persian', () => {
    const text =
      'گوشی موبایل Samsung Galaxy A54 5G ظرفیت 256 گیگابایت - قیمت: ۱۸٬۵۰۰٬۰۰۰ تومان. ' +
      'ارسال رایگان برای سفارش‌های بالای ۵۰۰ هزار تومان. افزودن به سبد خرید. تماس با ما | درباره ما | پشتیبانی';
    expect(detectLanguage(text)).toBe('fa');
  });
  it('a German shop page with English product names is German', () => {
    const text =
      'Apple iPhone 15 Pro Max 256GB Natural Titanium – jetzt bestellen und die Lieferung ist kostenlos. ' +
      'In den Warenkorb. Die Ware wird innerhalb von zwei Tagen verschickt, und Sie können sie dreißig Tage lang zurückgeben.';
    expect(detectLanguage(text)).toBe('de');
  });
  it('an English page with a Chinese word or two is English; a Chinese page with English nav is Chinese', () => {
    expect(detectLanguage(SAMPLES[0]?.[1] + ' 你好')).toBe('en');
    expect(detectLanguage('Home About Contact Login ' + (SAMPLES.find(([l]) => l === 'zh')?.[1] ?? ''))).toBe('zh');
  });
  it('Spanish, Portuguese and Italian are kept apart; so are Czech and Slovak', () => {
    expect(detectLanguage('Envío gratis en todos los pedidos. Devoluciones fáciles y rápidas para que compres con tranquilidad, y el pago es seguro con tarjeta.')).toBe('es');
    expect(detectLanguage('Frete grátis em todos os pedidos. Devoluções fáceis e rápidas para que você compre com tranquilidade, e o pagamento é seguro com cartão.')).toBe('pt');
    expect(detectLanguage('Spedizione gratuita su tutti gli ordini. Resi facili e veloci per acquistare in tranquillità, e il pagamento è sicuro con la carta.')).toBe('it');
    expect(detectLanguage('Doprava zdarma na všechny objednávky. Vrácení zboží je snadné a rychlé, a platba kartou je bezpečná. Jsou to výhody, které jsme pro vás připravili.')).toBe('cs');
    expect(detectLanguage('Doprava zadarmo na všetky objednávky. Vrátenie tovaru je jednoduché a rýchle, a platba kartou je bezpečná. Sú to výhody, ktoré sme pre vás pripravili.')).toBe('sk');
  });
  it('is unsure about too little or no text', () => {
    expect(detectLanguage('')).toBe('');
    expect(detectLanguage('OK')).toBe('');
    expect(detectLanguage('1234 5678 — €99,00 · ✓')).toBe('');
    expect(detectLanguage('iPhone 15 Pro Max 256GB')).toBe('');
    expect(detectLanguage('https://example.com/a/b/c?x=1 ABCDEFG-123 XYZ')).toBe('');
  });
  // A runaway pattern would hit the test timeout; speed itself is measured by `npm run bench`.
  it('reads a very long text', () => {
    const long = (SAMPLES[2]?.[1] ?? '').repeat(2000);
    expect(detectLanguage(long)).toBe('de');
  });
});

/** Real article pages from the shared development corpus: skipped when the corpus is not there. */
const CORPUS = join(__dirname, '../../../shared/corpus/pages');
const corpusPages = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ f, html: readFileSync(join(CORPUS, f), 'utf8') }))
      .map(({ f, html }) => ({ f, html, lang: primaryLang(/<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]) }))
      .filter((p) => p.lang)
  : [];

function bodyText(html: string): string {
  return html
    .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ');
}

describe.skipIf(corpusPages.length === 0)('detectLanguage on the shared corpus (real pages with <html lang>)', () => {
  it('agrees with <html lang> on nearly every page', () => {
    const wrong = corpusPages
      .map((p) => ({ f: p.f, want: p.lang, got: detectLanguage(bodyText(p.html)) }))
      .filter((r) => r.got !== r.want);
    expect(wrong.length, JSON.stringify(wrong)).toBeLessThanOrEqual(Math.floor(corpusPages.length * 0.1));
  });
});

describe('detectLanguage: placeholder text', () => {
  it('lorem ipsum is Latin, not French', () => {
    expect(
      detectLanguage(
        'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
      ),
    ).toBe('la');
  });
});

describe('detectLanguage — word runs are Unicode letter runs (\\p{L}+)', () => {
  // Each case hinges on what counts as a letter: 4 words or fewer, and which of them are German function words.
  it.each([
    ['Abcdefghijklmnopqrstuvwxyz der\ud835\udc00die und das', ''], // 𝐀 (astral) is a letter: "der𝐀die" is one word
    ['Abcdefghijklmnopqrstuvwxyz der\ud800die und das', 'de'], // a lone surrogate is not: "der", "die"
    ['Abcdefghijklmnopqrstuvwxyz der\u00addie und', 'de'], // nor is a soft hyphen
    ['Abcdefghijklmnopqrstuvwxyz de\u0301r die', ''], // nor a combining accent: "de", "r"
    ['Abcdefghijklmnopqrstuvwxyz der die', ''], // three words are too few
    ['İÇİN BU ÇOK DAHA İYİ OLARAK GİBİ VE BİR ŞEY DEĞİL', 'tr'],
    ['Tiếng Việt có dấu rất nhiều chữ cái đặc biệt ở đây và ở đó', 'vi'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

/**
 * Turkish jargon (bureaucratic, legal, Ottoman-era loanwords) → plain Turkish. Written for Trustlens (MIT);
 * see SOURCES.md. Verbs are listed in the infinitive; the matcher cuts -mek/-mak and accepts suffixes.
 */
export default `# Trustlens: hukuk ve bürokrasi dili (written for Trustlens, MIT)
ibraz etmek|göstermek
ibraz|gösterme
muhatap|ilgili kişi, alıcı
tebligat|bildirim
tebliğ etmek|bildirmek
tebliğ|bildirim
işbu|bu
mezkur,mezkûr|bu, adı geçen
keşide etmek|düzenlemek
keşideci|çeki düzenleyen
keşide|düzenleme
tevdi etmek|vermek, teslim etmek
tevdi|teslim
mücbir sebep|önlenemeyen durum
ikametgah,ikametgâh|ev adresi
ikamet etmek|oturmak
ikamet|oturma
mukim|oturan
tahsil etmek|almak
tahsilat|ödeme alma
tahakkuk etmek|hesaplanmak
tahakkuk|hesaplanma
tediye etmek|ödemek
tediye|ödeme
ifa etmek|yerine getirmek
akdetmek|yapmak (sözleşme)
feshetmek|sona erdirmek
fesih,feshi|sona erdirme, iptal
mütevellit|kaynaklanan
binaen|nedeniyle
binaenaleyh|bu nedenle
mütedair|ilgili
hususunda|konusunda
müracaat etmek|başvurmak
müracaat|başvuru
mükellef|yükümlü
mükellefiyet|yükümlülük
ibraname|borç bitti belgesi
temerrüt|gecikme
muaccel|hemen ödenecek
haiz olmak|sahip olmak
mucibince|göre
nezdinde|yanında, katında
zarfında|içinde
akabinde|hemen sonra
müteakip|sonraki, sonra
mütemadiyen|sürekli
derhal|hemen
ivedilikle|hemen
keyfiyet|durum
vaki olmak|olmak
hasıl olmak|oluşmak
tanzim etmek|düzenlemek
mukabilinde|karşılığında
imza mukabili|imzayla
müşarünileyh|adı geçen kişi
zikredilen|adı geçen
müstakil|ayrı
# Trustlens: formlar, ödeme, kişisel veri
zorunlu alan|doldurulması gereken alan
geçersiz giriş|lütfen kontrol edin
kimlik doğrulama|giriş onayı
CVV,CVC,CVV2|kartın arkasındaki 3 haneli kod
aydınlatma metni|bilgilendirme metni
açık rıza|onay
rıza,rızanız,rızası|onay
veri sorumlusu|verilerinizden sorumlu şirket
`;

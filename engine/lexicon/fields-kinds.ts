/**
 * Words that tell what a whole form is for (en, de, tr, fr, es, it, fa, ar, nl, pt), matched on folded
 * text like engine/lexicon/fields.ts (`<w>` = whole word). Button texts weigh most, then the form's text.
 */
export const KIND_WORDS = {
  search: 'search|<suche>|suchen|recherche|rechercher|<buscar>|busqueda|<cerca>|<ara>|arama|zoeken|pesquisar|جستجو|بحث',
  login:
    'log ?in|sign ?in|anmelden|einloggen|<login>|giris|oturum ac|connexion|se connecter|iniciar sesion|<acceder>|<accedi>|<entra>|<accesso>|inloggen|<entrar>|ورود|تسجيل الدخول',
  signup:
    'sign ?up|register|create (an |your )?account|registrier|konto (erstellen|anlegen)|<kayit ol>|uye ol|s.?inscrire|inscription|creer (un |mon |votre )?compte|registrarse|crear (una )?cuenta|registrati|registrazione|crea account|ثبت ?نام|عضویت|انشاء حساب|تسجيل حساب|account aanmaken|registreren|criar conta|cadastr',
  checkout:
    '<pay>|pay now|place order|checkout|check out|buy now|purchase|complete order|continue to (payment|shipping)|kaufen|bestellen|zahlungspflichtig|zur kasse|zahlung|kasse|satin al|<ode>|odeme|siparis|commander|payer|paiement|valider (ma |la )?commande|comprar|<pagar>|realizar pedido|finalizar|ordina|<paga>|acquista|pagamento|procedi|پرداخت|خرید|ثبت سفارش|ادفع|اتمام الشراء|الدفع|afrekenen|bestellen|finalizar compra',
  newsletter:
    'newsletter|subscribe|abonnieren|anmelden zum newsletter|bulten|abone|s.?abonner|suscrib|iscriviti|iscrizione|خبرنامه|اشتراک|اشترك|النشرة',
  contact:
    'contact|send message|kontakt|nachricht senden|<senden>|absenden|iletisim|mesaj gonder|<gonder>|contactez|envoyer|contacto|<enviar>|contatt|<invia>|تماس|ارسال پیام|ارسال|اتصل|تواصل|<verzenden>|<enviar mensagem>',
} as const;

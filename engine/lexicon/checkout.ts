/**
 * Words for checkout and account flows, per language (en, de, tr, fr, es, it, fa, nl, pt).
 * Written for Trustlens (MIT). Patterns are matched case-insensitively on collapsed visible text.
 */

/** A guest checkout option: "continue as guest", "als Gast bestellen", "üye olmadan devam et", ... */
export const GUEST_OPTION =
  /\bguest\b|without (an )?account|without registering|no account needed|als gast|gastbestellung|gast-?bestellung|ohne (kunden)?konto|ohne registrierung|misafir|üye olmadan|üyeliksiz|kayıt olmadan|en tant qu.invit|invité|sans (créer de |ouvrir un )?compte|sans inscription|como invitado|sin registr|sin (crear una |una )?cuenta|come ospite|ospite|senza registra|senza (creare un )?account|als gast|zonder account|als gast bestellen|sem cadastro|como convidado|مهمان|بدون ثبت[ ‌]?نام|بدون عضویت/i;

/** Text that asks the shopper to sign in or register before they may continue. */
export const ACCOUNT_REQUIRED =
  /(log ?in|sign ?in|create an account|register) (to|in order to) (continue|check ?out|proceed|complete|place)|account (is )?required|must (be logged in|have an account|register|sign in)|bitte (melden sie sich an|registrieren sie sich)|(anmelden|registrieren|einloggen),? um (fortzufahren|zu bestellen)|kundenkonto (ist )?erforderlich|devam etmek için (giriş yap|üye ol)|sipariş vermek için (giriş yap|üye ol)|üye girişi yapmalısınız|connectez-vous pour (continuer|commander)|créez un compte pour|inicia sesión para (continuar|comprar)|regístrate para|accedi per (continuare|procedere)|registrati per|برای ادامه (وارد شوید|ثبت[ ‌]?نام کنید)|ابتدا وارد حساب کاربری/i;

/** Signs of a sign-in/registration step (headings, buttons). */
export const ACCOUNT_STEP =
  /\b(log ?in|sign ?in|sign ?up|register|create (an )?account|my account|returning customer|new customer)\b|anmelden|einloggen|registrieren|konto erstellen|neukunde|bestandskunde|giriş yap|üye ol|hesap oluştur|kayıt ol|se connecter|connexion|créer un compte|nouveau client|iniciar sesión|crear (una )?cuenta|registrarse|nuevo cliente|accedi|registrati|crea (un )?account|nuovo cliente|inloggen|registreren|entrar|criar conta|ورود|ثبت[ ‌]?نام|ایجاد حساب/i;

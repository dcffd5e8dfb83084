/** Italian jargon → plain Italian. Written for Trustlens (MIT); see SOURCES.md. Format/matching: jargon.ts. */
export default `# Trustlens: moduli, pagamento, linguaggio giuridico (written for Trustlens, MIT)
campo obbligatorio|da compilare
autenticazione|accesso
autenticarsi|accedere
credenziali|e-mail e password
inserimento non valido|controlla, per favore
codice CVV,CVV,CVC|codice di sicurezza sul retro della carta
ai sensi di|secondo
in conformità a,conformemente a|secondo
in ottemperanza a|secondo
nonché|e
suddetto,summenzionato,sopraccitato|questo
codesto|questo
al fine di|per
previo|dopo, con
successivamente|poi
entro e non oltre|entro
procedere a|(togliere) fare
provvedere a|(togliere) fare
erogazione|pagamento, servizio
espletamento|svolgimento
recesso|annullamento
forza maggiore|causa imprevedibile
dati personali|i tuoi dati
titolare del trattamento|azienda responsabile dei tuoi dati
qualora|se
laddove|se, dove
pertanto|quindi
inoltrare|inviare
ottemperare|rispettare
sollecito di pagamento|promemoria di pagamento
`;

/** French jargon → plain French. Written for Trustlens (MIT); see SOURCES.md. Format/matching: jargon.ts. */
export default `# Trustlens: formulaires, paiement, langage juridique (written for Trustlens, MIT)
civilité|(facultatif) Madame/Monsieur
champ obligatoire|à remplir
authentification|connexion
s'authentifier,authentifier|se connecter
identifiants|e-mail et mot de passe
saisie invalide|veuillez vérifier
cryptogramme visuel,cryptogramme|code de sécurité au dos de la carte
CVV,CVC|code de sécurité au dos de la carte
conformément à|selon
en vertu de|selon
nonobstant|malgré
ci-après|plus loin, appelé
susmentionné,susvisé|ce, cet
afin de|pour
préalablement|avant
ultérieurement|plus tard
dans les meilleurs délais|rapidement
à compter de|dès
en l'absence de|sans
le cas échéant|si besoin
procéder à|faire
s'acquitter de|payer
acquittement|paiement
règlement|paiement
modalités|conditions, règles
domiciliation|adresse
rétractation|annulation
résiliation|fin du contrat
résilier|mettre fin à
force majeure|événement imprévisible
données à caractère personnel|vos données
responsable du traitement|entreprise responsable de vos données
`;

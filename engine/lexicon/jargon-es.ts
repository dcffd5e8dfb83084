/** Spanish jargon → plain Spanish. Written for Trustlens (MIT); see SOURCES.md. Format/matching: jargon.ts. */
export default `# Trustlens: formularios, pago, lenguaje jurídico (written for Trustlens, MIT)
campo obligatorio|hay que rellenarlo
cumplimentar|rellenar
autenticación|inicio de sesión
autenticar|iniciar sesión
credenciales|correo y contraseña
entrada no válida|revísalo, por favor
código CVV,CVV,CVC|código de seguridad del reverso de la tarjeta
de conformidad con,conforme a|según
en virtud de|por, según
no obstante|pero
en lo sucesivo|desde ahora
antedicho,susodicho|este
a efectos de|para
con carácter previo|antes
con posterioridad|después
a la mayor brevedad|lo antes posible
proceder a|(quitar) hacer
abonar|pagar
abono|pago
remitente|quien envía
destinatario|quien recibe
desistimiento|devolución, cancelación
rescindir|terminar
rescisión|fin del contrato
fuerza mayor|causa imprevisible
datos de carácter personal|tus datos
responsable del tratamiento|empresa responsable de tus datos
en caso de que|si
en el supuesto de que|si
cuantía|importe, cantidad
`;

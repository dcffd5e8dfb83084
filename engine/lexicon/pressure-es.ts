import { F, K, M, O, P, S, U, type PressureRule } from './pressure';

const GENTE = '(?:personas|clientes|usuarios|visitantes|compradores|otr[oa]s)';
const YO = '\\b(?:yo|mi|me|nosotros|compré|pedí)\\b';

export const ES: PressureRule[] = [
  // ---- escasez
  [S, 92, '\\b(?:solo|sólo|solamente|únicamente|apenas) (?:quedan?|hay|tenemos|restan?) {N}\\b', '\\d ?{U}'],
  [S, 85, '\\b(?:quedan?|restan?) (?:solo |sólo |solamente |únicamente |apenas )?{N} ?(?:unidad(?:es)?|artículos?|piezas?|productos?|en stock|disponibles?|uds?\\.?|!|$)'],
  [S, 90, '\\b(?:solo|sólo|solamente) {N} (?:unidad(?:es)? |artículos? |piezas? )?(?:en stock|disponibles?|restantes?|en existencia)'],
  [S, 70, '(?<![a-z])(?:{N}) (?:unidad(?:es)?|artículos?|piezas?) (?:restantes?|disponibles?)\\b'],
  [S, 85, '\\búltimas? (?:{N} )?(?:unidad(?:es)?|piezas?|existencias|tallas?)\\b|\\bpocas unidades\\b|\\b(?:stock|existencias|unidades) limitad[oa]s\\b|\\bstock limitado\\b|\\bcantidad(?:es)? limitadas?\\b|\\bcasi agotad[oa]s?\\b|\\b(?:se está(?:n)? agotando|agotándose|se agota(?:n)? rápido)\\b|\\balta demanda\\b|\\bmuy (?:solicitad|demandad|buscad)[oa]s?\\b|\\bse vende(?:n)? rápido\\b'],
  [S, 60, '\\bhasta agotar (?:existencias|stock)\\b'],
  // ---- urgencia
  [U, 85, '\\b(?:oferta|promoción|descuento|rebaja|venta|código|precio|cupón|envío)\\w* (?:\\S+ ){0,2}?(?:termina|finaliza|acaba|expira|vence|caduca)\\b'],
  [U, 88, '\\b(?:termina|finaliza|acaba|expira|vence|caduca) (?:en ?:? ?(?:\\d|{T}|$)|hoy|mañana|pronto|esta noche|a medianoche)'],
  [U, 82, '\\b(?:por )?tiempo limitado\\b|\\boferta limitada\\b|\\búltima (?:oportunidad|ocasión)\\b|\\bdate prisa\\b|\\bdaos prisa\\b|\\bapúrate\\b|\\bapresúrate\\b|\\bsolo (?:por )?hoy\\b|\\bsólo (?:por )?hoy\\b|\\bhoy solamente\\b|\\búnicamente hoy\\b|\\búltimas? (?:horas|días)\\b|\\btiempo restante\\b|\\bquedan? (?:solo |sólo )?\\d+ ?(?:días?|horas?|minutos?)\\b'],
  [U, 60, '\\bno te (?:lo|la|los|las) pierdas\\b'],
  [U, 85, '\\bcarrito (?:está |estará )?reservado\\b|\\breservad[oa]s? (?:durante|por) ?(?:\\d|{T})'],
  // ---- prueba social
  [P, 90, `(?<![a-z])(?:más de )?{N} (?:otr[oa]s )?${GENTE} (?:\\S+ ){0,4}?(?:viendo|mirando|ven|miran|vieron|visto|compraron|comprado|compran|comprando|agregaron|añadieron|añadido|agregado|tienen (?:este|esto|lo|el)|en (?:su|el) carrito|en línea|conectad)`],
  [P, 75, '(?<![a-z$€£])(?:más de )?\\d+(?:[.,]\\d+)*\\+? (?:vendidos|vendidas|ventas)\\b'],
  [P, 85, '\\b(?:vendido|comprado|visto)s? {N}\\+? veces\\b'],
  [P, 85, '\\bacaba de (?:comprar|adquirir|pedir)\\b|\\bcompró\\b[^.!?]{0,80}?\\bhace \\d+ ?(?:segundos?|minutos?|min|horas?)\\b|\\bhace \\d+ ?(?:segundos?|minutos?|min|horas?)\\b[^.!?]{0,60}?\\bcompró', YO],
  // ---- desvío
  [M, 90, '\\bno,? ?gracias\\b[\\s,.!-]*(?:prefiero|no (?:quiero|me gusta)|me gusta pagar|pagaré)'],
  [M, 90, '\\b(?:prefiero|quiero) pagar (?:el )?(?:precio (?:completo|total|normal|entero)|más)\\b'],
  [M, 88, '\\bno (?:quiero|me gusta(?:n)?|necesito) (?:\\S+ ){0,2}?(?:ahorrar|descuentos?|ofertas|promociones|regalos?|ganar|\\d+ ?%)|\\brenuncio a (?:mi |el )?(?:descuento|regalo)', '\\brecibir\\b'],
  // ---- costes ocultos
  [K, 70, '\\b(?:renovación automática|se renueva(?:rá)? automáticamente|renovará automáticamente)\\b|\\b(?:cargo|tarifa|gastos) (?:por|de) (?:servicio|gestión) ?:? ?\\d|\\b(?:seguro|protección|donación)\\w* (?:ha sido |fue )?(?:añadid|agregad)[oa]'],
  // ---- obstrucción
  [O, 70, '\\b(?:cancelar|dar de baja|anular|cancelación)\\b[^.!?]{0,120}?\\b(?:suscripción|membresía|abono)\\b[^.!?]{0,120}?\\b(?:llam(?:a|ar|e|ando)|contact(?:a|ar|e|ando)|por (?:teléfono|correo postal|carta))'],
  // ---- acción forzada
  [F, 65, '\\bdebes (?:registrarte|crear una cuenta|iniciar sesión) para\\b|\\bal (?:registrarte|realizar|completar|crear)\\b[^.]{0,80}?\\baceptas recibir\\b'],
];

/** Necessary condition for any rule above to reach the threshold: cheap test before running them. */
export const ES_GATE =
  'solo|sólo|solamente|únicamente|apenas|queda|resta|últim|pocas|limitad|agot|demanda|solicitad|buscad|vende|oferta|promoción|descuento|rebaja|venta|código|precio|cupón|envío|termina|finaliza|acaba|expira|vence|caduca|tiempo|oportunidad|ocasión|prisa|apúrate|apresúrate|hoy|horas|días|pierdas|carrito|reservad|vendido|comprado|visto|compró|hace|gracias|prefiero|quiero|gusta|necesito|renuncio|renova|renueva|cargo|tarifa|gastos|seguro|protección|donación|cancel|dar de baja|anular|debes|al registrarte|al realizar|al completar|al crear|restante|disponible|personas|clientes|usuarios|visitantes|compradores|otros|otras';

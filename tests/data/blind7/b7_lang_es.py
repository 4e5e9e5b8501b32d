# Español.
ORGS = [("Diario Bloque Cero", "news"), ("Criptonoticias Hoy", "journalist"), ("Valtora España", "exchange"),
        ("Serapa Exchange ES", "exchange"), ("Escudo Digital Seguridad", "security"), ("Unidad de Ciberdelitos Norte", "police"),
        ("Proyecto Fernwave", "project"), ("Fundación Manos Abiertas", "charity"), ("Lucía Ferrer (periodista cripto)", "journalist")]
FIRST = ["Javier", "Lucía", "Martina", "Diego", "Carmen", "Pablo", "Valeria"]
LAST = ["García", "Moreno", "Ortega", "Castillo", "Navarro", "Ibáñez"]
SUPPORT_NAME = "Soporte {b} Oficial"
MENTORS = ["Laura Méndez | Mentora Cripto", "Andrés Rivas Inversiones", "Camila Soto 💎 Libertad Financiera"]
HIJ_C = ["Sergio Lamas Trading", "Nerea Vidal NFT"]
HIJ_N = ["Cocina con Amparo", "Club Deportivo Alcaraz"]

SCAM = [
    ("double", "Quiero devolver a la comunidad todo lo que me ha dado 🙏 Durante la próxima hora, todo {COIN} que envíes a esta dirección te vuelve el doble. Envías {X}, recibes {X2}.\n\n{ADDR}"),
    ("double", "¡{BRAND} celebra su aniversario con un evento único! Mínimo {MIN} {COIN}, máximo {MAX} {COIN}, se devuelve x2 automáticamente. Pago directo: {URI}"),
    ("double", "Los primeros 300 que manden {COIN} a {ADDR} reciben el doble al momento. No es broma, es mi forma de dar las gracias."),
    ("double", "🔴 EN DIRECTO con {CELEB}: escanea el QR del directo, manda cualquier cantidad de {COIN} y el contrato te devuelve el doble. Solo mientras dure la emisión 👉 {LIVE}"),
    ("double", "Regalo 2.000 {COIN} a mis seguidores. Mandas {X} y te devuelvo {X2} a la misma dirección. Podéis ver los pagos vosotros mismos aquí: {EXPL}"),
    ("double", "Ya está activo el sorteo oficial de {BRAND}. Participa antes de que se agote: {URL}"),
    ("double", "chicos os tengo una sorpresa 👀 lo que mandéis os lo duplico, solo 2 horas {URL}"),
    ("double", "gracias por este año increíble!! devuelvo el doble de cada envío de {COIN} hasta medianoche\n{ADDR}\nya van más de 200 pagados 🙌"),
    ("presale", "Preventa de $LUNAX con el respaldo de {CELEB}. Precio de fase 1 garantizado x50 en el listado. Solo monederos en lista blanca: {PRE}"),
    ("drainer", "🪂 ¡Airdrop de ${TOKEN} temporada 2 ya disponible! Reclama antes de {HOURS} horas o los tokens se queman: {DRAIN}"),
    ("drainer", "Snapshot hecho ✅ Consulta tu asignación de ${TOKEN} y reclámala aquí 👉 {DRAIN} conecta tu monedero, firma y listo"),
    ("drainer", "Mint gratuito para las primeras 1.500 carteras. Los holders de {DBRAND} reciben 2 extra. Corre que se acaba {DRAIN}"),
    ("drop", "Reparto {X} {COIN} a {N} personas al azar 🎁 Deja tu dirección de {COIN} en comentarios y haz RT. Ganadores en {HOURS} h"),
    ("fee", "¡Enhorabuena a los ganadores! Para liberar el premio tenéis que enviar la comisión de activación de red de {FEE} {COIN} a {ADDR}. Lo recibís en 10 minutos."),
    ("support", "{USER} Hola, lamentamos el problema con tu monedero. Rellena el formulario seguro para que un técnico lo sincronice: {SUP}"),
    ("support", "{USER} Parece un error de sincronización del nodo, tiene solución. Escríbenos por Telegram a {TG} con tu número de ticket, no lo compartas en público."),
    ("recovery", "¿Te estafaron con una plataforma falsa? Nuestro equipo certificado recupera tus criptomonedas. Sin pagos por adelantado. Abre tu caso: {REC}"),
    ("tax", "Su retiro de {X} {COIN} ha sido aprobado pero está retenido. Por la nueva normativa debe abonar un impuesto del {PCT} antes de liberarlo. Envíe el importe a {ADDR}."),
    ("tax", "🏆 ¡Ha sido seleccionado en el sorteo de aniversario de {BRAND}! Premio: {X} {COIN}. Para cobrarlo pague la tasa de gestión de {FEE} {COIN} a {ADDR} en 24 horas."),
    ("mentor", "Pasé de 300 € a 9.400 € en un mes con el método que enseño. No hace falta experiencia. Quedan 4 plazas, escríbeme por WhatsApp {WA}"),
    ("mentor", "Hola cariño, ¿sigues invirtiendo por tu cuenta? Mi mentora me enseñó a sacar un {PCT} semanal con {COIN}. Si quieres te la presento, mándame DM 🌹"),
    ("testimonial", "Mil gracias a {TG} por recuperar mis USDT robados, ya los daba por perdidos. Si os han estafado, contactadles, son de fiar 💯"),
    ("testimonial", "Yo no me lo creía pero las señales de la señora Laura me cambiaron la vida. Ayer retiré 8.000 € de beneficio. Su número: {PHONE} 🙏"),
]

BENIGN = [
    ("news", "Varios perfiles verificados fueron hackeados esta mañana para anunciar un falso 'sorteo que duplica {COIN}'. La dirección usada, {ADDR}, recibió unas {SMALL} transferencias antes del bloqueo. {NEWSURL}"),
    ("news", "Alertan de webs de airdrop falsas que suplantan a {DBRAND}. El dominio fraudulento ({DEFDOM}) pedía firmar una aprobación que vaciaba el monedero."),
    ("police", "⚠️ Recibimos denuncias por mensajes tipo 'envía cripto y te devolvemos el doble'. Ninguna empresa ni famoso duplica tu dinero. Si has sido víctima, denuncia con la referencia {CASE}."),
    ("warning", "Recordatorio de {EX}: nunca te escribiremos primero por privado, nunca te pediremos la frase semilla y nunca tendrás que 'validar' tu monedero en una web."),
    ("warning", "Ojo: una cuenta falsa de soporte de {SUPB} responde a quien se queja de transacciones atascadas. El soporte real jamás pide tu frase de recuperación."),
    ("victim", "¿Esto es verdad? Lo acaba de publicar una cuenta que sigo: «{PASTE}»"),
    ("victim", "Me ha salido esto en respuestas y tiene el check azul... ¿es legal o estafa? «{PASTE}»"),
    ("relative", "¿Cómo le explico a mi madre que el vídeo de Elon pidiéndole bitcoin para duplicarlo es una estafa? Dice que es en directo y que sale en la tele 😩"),
    ("joke", "mándame 1 BTC y te devuelvo 2 BTC*\n\n*en tus sueños, campeón"),
    ("joke", "mi cartera hace lo contrario del timo del x2 y encima gratis"),
    ("donation", "Nuestra campaña por los afectados de la DANA ya acepta cripto. Bitcoin: {BTC}\nEthereum: {ETH}\nPublicamos cada donación en el informe mensual."),
    ("promo", "Semana de trading en {EX}: comisiones maker a cero en pares {TICK} hasta el domingo y un bote de {N} USDT para los 50 mejores. Bases: {EXURL}"),
    ("airdrop", "El airdrop comunitario de {PROJ} ya está activo para los primeros usuarios. Comprueba si eres elegible SOLO en la web oficial {PURL}. Nunca enviamos enlaces por DM."),
    ("whitelist", "Sumamos 100 personas de la comunidad a la allowlist de {PROJ} 🎟 Deja tu dirección pública (¡nunca la frase semilla!) y cuéntanos qué has construido este mes."),
    ("giveaway", "Sorteíto por los 10k: 3 personas se llevan 20 € en {TICK}. Like y responde con tu herramienta favorita. Solo os pediré una dirección por DM, nada más."),
    ("price", "{TICK} aguantando los {P} en diario. Si rompe el rango, mi objetivo x2 está en {P2}. Stop por debajo de {PLOW}. No es consejo financiero."),
    ("price", "Pedir un x2 en {TICK} después de subir un {PCT} es justo como se forman los techos. Recojo algo de beneficio."),
    ("tipjar", "Si mis hilos os sirven, se agradece una propina, nunca obligatoria 🙏 {ETH}"),
    ("friends", "{FRIEND} me ha pagado la cena en {COIN} en vez de Bizum. Ha salido más barato que la propina jaja"),
    ("dev", "Contrato de {PROJ} v2 desplegado y verificado: {CA}\nLa auditoría está en la documentación. Comprobad la dirección en la web antes de interactuar."),
    ("ordinary", "Doble turno otra vez. Recordadme reclamar las dietas y enviar el correo a recursos humanos, que se me olvida"),
    ("complaint", "Llevo dos horas con el monedero en 'pendiente'. ¿Le pasa a alguien más?"),
    ("research", "Hemos analizado 1.200 direcciones de estafas de duplicación este trimestre: la mayoría mueve los fondos en menos de 15 minutos. Informe: {NEWSURL}"),
]

HIST_C = [
    "{TICK} recupera los {P} en semanal. Falta un cierre por encima para confirmar. Vigilando volumen.",
    "Nueva obra minteada esta noche, edición abierta 48 h a 0,01 ETH. Gracias a quien colecciona 🖤 {PURL}",
    "Hoy mando propina on-chain a mi analista favorito. Quien quiera invitarme a un café: {ETH}",
    "Funding plano y el interés abierto subiendo. Semana movidita a la vista.",
    "Hilo sobre cómo detectar drainers: nunca firméis lo que no entendáis.",
    "Vendo algo de {TICK} en {P}. No es techo, solo reequilibro cartera.",
]
HIST_N = [
    "Hoy cocido completo. La cocina hecha un desastre y cero arrepentimientos.",
    "¡Gracias a todos los que vinisteis anoche! Qué ambiente 💙",
    "Receta nueva en el blog: pollo al limón con tomillo en menos de 40 minutos.",
    "Esta semana estoy de viaje, contestaré tarde. Portaos bien.",
    "¿A nadie más le pareció precipitado el final de la serie?",
    "Buen entreno esta mañana. ¡El sábado a por los tres puntos!",
]
HACKED = [
    "Ya recuperamos la cuenta. Ayer nos la hackearon y publicaron un sorteo de cripto. NO fuimos nosotros. No enviéis nada y denunciad los tuits si aún los veis.",
    "Perdón a todos: alguien entró en mi cuenta y publicó una estafa de bitcoin. Contraseña cambiada y 2FA activado. Si alguien envió dinero, que lo denuncie.",
]
QUOTE = [
    "Esto es una estafa. Nadie te duplica las criptos. Denunciad y bloquead.",
    "Cuenta hackeada, no mandéis nada a esa dirección.",
    "Aviso: sorteo falso. Si enviaste fondos, guarda el hash de la transacción y denuncia.",
]

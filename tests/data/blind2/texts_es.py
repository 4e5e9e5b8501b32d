# Spanish texts for blind2 (hand-written)
DEC, THOU = ",", "."
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Lucía", "lucia"), ("Javier", "javi"), ("Marta", "marta"), ("Andrés", "andres"), ("Carmen", "carmen"),
         ("Diego", "diego"), ("Valentina", "valen"), ("Sergio", "sergio"), ("Paula", "paula"), ("Rodrigo", "rodri")]
LAST = [("Ruiz", "ruiz"), ("Fernández", "fernandez"), ("Moreno", "moreno"), ("Castaño", "castano"),
        ("Iglesias", "iglesias"), ("Vidal", "vidal"), ("Herrera", "herrera"), ("Navarro", "navarro")]
ORGS = [("Cripto al Día", "criptoaldia"), ("Alerta Fraude Digital", "alertafraude"),
        ("Diario Bloque", "diariobloque")]
CITIES = ["Madrid", "Buenos Aires", "Ciudad de México", "Barcelona", "Bogotá", "Lisboa"]
HIST = [[
    "Hoy toca paella en casa de la abuela. Ya sabéis quién manda en la cocina 😂",
    "Menudo partidazo ayer. Sufrimos hasta el final pero los tres puntos se quedan en casa.",
    "Nueva entrada en el blog: mi ruta de cinco días por los Picos de Europa.",
    "¿Alguien me recomienda una serie para este finde? Ya terminé todo lo que tenía pendiente.",
    "Gracias a todos los que vinisteis a la presentación del libro. Fue una tarde preciosa.",
    "El lunes cerramos por inventario. El martes volvemos con horario normal.",
    "Amanecer en Cádiz. No hace falta filtro.",
    "Mañana hablo en la radio sobre educación pública, a las 10:00. Sintonizad si podéis.",
    "Ensayo general terminado. El viernes estrenamos, ¡quedan pocas entradas!",
    "No hay nada como un café con churros cuando hace este frío.",
    "Mi gato ha decidido que el teclado es su nueva cama. Ya no trabajo, sobrevivo.",
    "Foto del equipo después del entrenamiento. Estos chavales lo están dando todo.",
    "Feliz de anunciar que el podcast vuelve en enero con temporada nueva.",
    "Receta rápida: tortilla con cebolla, sin discusión. El que diga lo contrario que no me escriba.",
    "Hoy se cumplen diez años del primer concierto. Qué locura todo lo que ha pasado.",
]]

SCAM = {
    "doubling": [
        "Hoy quiero devolverle algo a la comunidad 🙏 Todo el {coin} que enviéis a esta dirección os lo devuelvo duplicado. Solo durante {mins} minutos.\n{addr}",
        "Mandáis {min} {coin}, recibís el doble. Máximo {max} {coin} por persona. La promo se acaba en {mins} min 👉 {addr}",
        "Es real: por cada {coin} que llegue a {addr} devuelvo x2. Ya he pagado a decenas de personas esta tarde.",
        "Para celebrar el aniversario de {company}, devolvemos tu importe más un 100%. Mínimo {min} {coin}. Dirección: {addr}",
        "¡Promoción triple! Envía {coin} a {addr} y recibe el triple en menos de 20 minutos. Quedan pocas plazas.",
    ],
    "tiers": [
        "🔥 EVENTO {coin} x2 🔥\n{tiers}\nDirección oficial: {addr}\nTermina en {mins} minutos",
        "Así funciona:\n{tiers}\nEnvía a {addr} y el pago es automático.",
        "Tabla de pagos del sorteo de {name}:\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Pagos ya enviados ✅ ¡Gracias a todos!\n{paid}\nSigue abierto {mins} minutos más: {addr}",
        "Los que dudaban, aquí tenéis las pruebas 👇\n{paid}\nSiguiente ronda: {addr} (mínimo {min} {coin})",
        "Últimas confirmaciones:\n{paid}\nTe toca a ti → {addr}",
    ],
    "link_event": [
        "🔴 EN DIRECTO: {name} regala {coin} durante la retransmisión con {company}. Participa aquí: {link}",
        "Acabamos de lanzar el evento oficial de {company}: todos los participantes reciben el doble. {link}",
        "Escanea el código QR del directo o entra en {link} para participar en el sorteo de {name} y {brand}.",
        "¿Te perdiste el directo? La página del sorteo sigue activa {mins} minutos más: {link}",
        "Gran anuncio: {company} y {brand} celebran su alianza regalando {coin} a la comunidad 👉 {link}",
    ],
    "drainer": [
        "🪂 ¡El airdrop de {project} ya está activo! Reclama tus {token} aquí: {link}. Lo que no se reclame se quema en {hours} h.",
        "Tienes recompensas de {token} sin reclamar. Conecta tu wallet y compruébalo antes de que cierre: {link}",
        "Mint gratuito de {project} para los primeros {n} monederos. Solo pagas el gas: {link}",
        "Últimas horas para el airdrop retroactivo de {project}. Verifica tu cartera y reclama en {link}",
    ],
    "validate": [
        "⚠️ Aviso a los usuarios de {brand}: los monederos que no se validen esta semana quedarán suspendidos. Valida aquí: {link}",
        "Por una actualización de la red, hay que sincronizar todas las carteras de {brand}. Entra en {link} e introduce tus 12 palabras de recuperación.",
        "Tu monedero {brand} debe migrarse al nuevo contrato. Es gratis y tarda dos minutos: {link}",
        "Hemos detectado actividad sospechosa en tu cuenta. Verifica que eres el titular en {link} en un plazo de {hours} horas.",
    ],
    "drop_address": [
        "🎁 ¡Regalo {n} {coin} entre mis seguidores! Dale like, RT y deja tu dirección de wallet abajo 👇 Los ganadores pagan una pequeña tasa de activación de {fee} a {feeaddr}",
        "Deja tu dirección en los comentarios y te mando {coin}. Antes necesito {fee} para el gas, envíalo aquí: {feeaddr}",
        "Comenta tu wallet 👇 Los primeros {n} reciben 500 $. Para desbloquear el premio, paga la verificación de {fee}.",
        "¿Quién quiere {coin} gratis? Responde con tu dirección y te llegará un código por MD. La activación cuesta {fee}.",
    ],
    "recovery": [
        "Siento mucho lo que te pasó. Yo recuperé mis {coin} robados gracias a {handle}, son serios y rápidos.",
        "A mi hermano le pasó lo mismo. Escribe a {tg}, rastrearon los fondos y lo recuperó todo en 48 horas.",
        "¡No te rindas! Hay expertos que rastrean la blockchain. Yo contacté con {handle} por WhatsApp: {wa}",
        "Se puede recuperar. Llama o escribe a este especialista: {phone}. Me ayudó cuando perdí 2 {coin}.",
    ],
    "support": [
        "Hola, disculpa las molestias. Contacta con nuestro equipo de soporte a través de {handle} para resolver tu caso.",
        "Lamentamos lo ocurrido. Rellena este formulario para que un agente te atienda: {link}",
        "Buenas, tu incidencia se soluciona rápido. Entra en nuestro centro de ayuda {link} y comparte los datos de tu wallet con el agente.",
        "Tu caso ha sido escalado. Envía un MD a {handle} con tu dirección y el problema.",
    ],
    "mentor": [
        "¿Sigues perdiendo dinero operando solo? He ayudado a más de 300 personas a ganar un {pct}% semanal con mi estrategia. Resultados garantizados. Escríbeme: {tg}",
        "Empecé con 500 $ y ahora gano 4.000 $ a la semana gracias a mi mentora. Su WhatsApp: {wa}",
        "Busco 5 personas serias para mi grupo privado de inversión. Depósito mínimo {min} {coin}, {pct}% de rentabilidad semanal, cero riesgo. {tg}",
        "Si quieres aprender a generar ingresos pasivos con cripto, te enseño yo personalmente. Beneficio asegurado. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Varias cuentas verificadas han sido hackeadas esta noche y publican mensajes tipo \"envía {coin} y te devuelvo el doble\" con la dirección {saddr}. No enviéis nada.",
        "Vuelven los directos falsos de {name}, ahora promocionando {sdomain}. Piden enviar cripto primero: es una estafa.",
        "La policía estima que las víctimas perdieron más de dos millones con sorteos falsos de exchanges en webs clonadas como {sdomain}.",
        "Análisis: la dirección que aparecía en los tuits hackeados ({saddr}) recibió unas {n} transferencias antes de vaciarse.",
    ],
    "warning": [
        "{brand} NUNCA te pedirá que envíes cripto para recibir más. No hay ningún sorteo activo. {sdomain} no es nuestra web.",
        "Aviso de seguridad: el único dominio oficial de {brand} es {odomain}. Páginas como {sdomain} son phishing. Nunca escribas tu frase semilla en una web.",
        "Recordatorio: nuestro soporte jamás te escribirá primero por MD ni te pedirá tus 12 palabras.",
        "Ojo ⚠️ circulan vídeos falsos de {name} regalando {coin}. Quien diga \"envía 1 y recibe 2\" te está robando.",
    ],
    "victim_ask": [
        "He visto un directo de {name} diciendo que duplica todo el {coin} que le envíes. ¿Esto es real? La web es {sdomain}",
        "¿Alguien sabe si {sdomain} es de fiar? Me dice que tengo {token} sin reclamar y que conecte la wallet.",
        "Mandé 0,3 {coin} a una dirección de sorteo y no me ha llegado nada. ¿Me han estafado? 😞",
    ],
    "complaint": [
        "{bhandle} llevo tres días con un retiro pendiente y nadie me contesta. ¿Qué pasa?",
        "Oye {bhandle}, desde la actualización no puedo entrar y mi saldo de {coin} sale a cero. Ayuda, por favor.",
        "El soporte de {brand} es un desastre. Una semana con el ticket abierto y nada.",
    ],
    "reply_scam": [
        "Es una estafa. Nadie duplica tu cripto. Denuncia y bloquea.",
        "¡No envíes nada! {name} no hace sorteos, a esta cuenta la han hackeado.",
        "Los \"expertos en recuperación\" de las respuestas también son estafadores. No les pagues.",
        "El soporte oficial de {brand} solo está en {odomain}. Todo lo demás aquí es falso.",
    ],
    "hacked_notice": [
        "Me hackearon la cuenta esta tarde. Ignorad cualquier publicación sobre criptomonedas, no era yo. Ya he recuperado el acceso.",
        "Estuvimos comprometidos cerca de una hora. Esos sorteos NO eran nuestros. Si enviasteis algo, avisad a vuestro exchange. Lo siento muchísimo.",
        "Cuenta recuperada. Alguien entró y publicó una estafa cripto. No mandéis dinero a nadie que diga ser yo.",
    ],
    "donation": [
        "¡La protectora ya acepta donaciones en cripto! {bcoin}: {addr} Todo ayuda con las facturas del veterinario 🐾",
        "Si te gusta {project} y quieres apoyar el desarrollo, se aceptan propinas en {bcoin}: {addr}. ¡Gracias!",
        "Campaña para los afectados por la DANA: {addr} ({bcoin}). Publicaremos todos los movimientos cada mes.",
    ],
    "exchange_promo": [
        "Bono de invierno: {pct}% extra en tu primer depósito. Condiciones en {olink}",
        "Novedad en {brand}: cero comisiones en los pares de {coin} hasta fin de mes. Más info: {olink}",
        "Invita a un amigo y ambos recibís 20 $ en {coin} tras su primera operación. Consulta las condiciones en {olink}",
    ],
    "legit_giveaway": [
        "🎉 SORTEO: {n} carteras físicas de {brand}. Síguenos y haz RT para participar. Nunca te pediremos ningún pago.",
        "Para celebrar el millón de usuarios sorteamos {n} sudaderas. Like y RT, nada más. Bases: {olink}",
        "Sorteo navideño 🎁 Responde con tu meme favorito de {coin}. {n} ganadores se llevan merch. Sin direcciones ni MD.",
    ],
    "official_airdrop": [
        "El airdrop comunitario de {proj} ya está en marcha. Comprueba si eres elegible solo en {pdomain}. Nunca te escribiremos por MD.",
        "El reclamo de {token} abre hoy a las 14:00 UTC en nuestra web oficial: {olink}. Cuidado con las páginas falsas en las respuestas.",
    ],
    "price_talk": [
        "{coin} ha duplicado su precio desde el mínimo de verano. ¿Todavía piensas que es tarde?",
        "Con apalancamiento 2x en {coin} ya voy bastante servido. Más que eso es apostar.",
        "Todo el mundo promete un {x}x con cada token nuevo. La mayoría acaban en cero.",
    ],
    "yield": [
        "Hago staking de {coin} al {apy}% APY en {brand}. No es mucho, pero más que el banco.",
        "Cualquier rentabilidad \"garantizada\" del 20% o más es una señal de alarma. El staking real ronda el {apy}%.",
    ],
    "release_notes": [
        "Ya está aquí {brand} v{ver}: sincronización más rápida y aviso de dominios de phishing conocidos.",
        "Versión {ver}: ahora puedes simular una transacción antes de firmarla y ver exactamente qué hará.",
    ],
    "conference": [
        "¡Nos vemos en {city}! Ya están a la venta las entradas para la cumbre de seguridad cripto: {n} charlas sobre fraude y drainers. {olink}",
        "Este año hablamos en la semana blockchain de {city} sobre sorteos falsos y cómo detectarlos.",
    ],
    "meme": [
        "yo: solo miro el precio de {coin} un momento\ntambién yo a las 3 de la mañana: 📉📈📉",
        "\"envía 1 {coin} y recibe 2\" hermano, si eso funcionara me lo mandaría a mí mismo",
    ],
}

"""Plantillas en español, escritas directamente en español (no traducidas)."""

T = {
    "a": [
        "Ojo: NO mandéis nada a {addr}. Es el sorteo falso de {celeb} otra vez. Prometen devolverte el doble y no devuelven ni un céntimo.",
        "Si un tuit te dice «envía {amt} {coin} y te devolvemos {amt2}», es una estafa. Siempre. Sin excepción.",
        "Otra vez la web {scamdomain} haciéndose pasar por {brand} con un «directo» de {coin}. Es falsa, denunciadla.",
        "Mi padre casi manda {amt} {coin} a {addr_short} porque un vídeo «en directo» le prometía el doble. Hablad con vuestros mayores de esto, en serio.",
        "Nadie legítimo te va a pedir que «valides» o «sincronices» tu wallet en una web rara. Así es como vacían las carteras.",
        "Los que responden «contacta con este experto, me recuperó todo» debajo de cada denuncia son parte de la misma estafa.",
    ],
    "a_quote": [
        "Estafa. Nadie duplica tu {coin}. Denunciad la cuenta.",
        "Cuenta hackeada y sorteo falso. No hagáis clic, no enviéis nada.",
        "Por favor, no piquéis: «manda {amt} y recibe {amt2}» es el timo más viejo que hay.",
    ],
    "b": [
        "Hackean la cuenta de {victim} (@{victim_handle}): los atacantes publicaron «envía {amt} {coin} y recibe {amt2}». La dirección {addr} recibió {total} {coin} en {n} transacciones antes de que se borrara el mensaje.",
        "ÚLTIMA HORA | La cuenta de {victim} publica un falso sorteo de {coin} que prometía duplicar los envíos durante {mins} minutos. Su equipo confirma que la cuenta fue comprometida.",
        "La cuenta de {victim} fue secuestrada tras un restablecimiento de contraseña. Según datos de la cadena, unas {n} víctimas enviaron fondos a {addr_short}.",
    ],
    "c": [
        "Nueva tanda de dominios de sorteos falsos (desactivados): {defanged} / {defanged2}. Mismo kit de «directo», mismas palabras: «x2», «evento», «tiempo limitado».",
        "Hemos analizado {n} webs de estafa de sorteos cripto este mes: el {pct} usa «x2» o «evento» en el título y el {pct2} suplanta a {celeb}.",
        "Hilo 🧵 sobre los drainers: la web te pide «conectar la wallet» para reclamar un airdrop y luego una aprobación ilimitada de tokens. Ejemplos: {defanged}, {defanged2}.",
    ],
    "d": [
        "¿Esto es real? {scamlink} dice que {celeb} regala {coin} y te devuelve el doble. Parece oficial pero no me fío",
        "Me ha llegado un correo diciendo que tengo que «validar» mi wallet o la suspenden: {scamlink}. ¿Phishing o no?",
        "Mandé {amt} {coin} a la dirección de un «evento en directo» y no me ha vuelto nada. ¿Me han timado? ¿Qué hago?",
        "Un tío por privado dice que he ganado {usd} USDT pero tengo que pagar una comisión antes. Eso es estafa, ¿no?",
    ],
    "e": [
        "Nos hackearon la cuenta esta mañana. Ignorad la publicación del sorteo de criptomonedas: NO éramos nosotros. Ya hemos recuperado el acceso.",
        "A todos los que visteis el «sorteo» de {coin}: me hackearon. No enviéis nada. Ya tengo la cuenta otra vez y el 2FA activado.",
        "Pedimos disculpas. Un intruso publicó mensajes pidiendo {coin} a cambio del doble. Nunca os pediríamos dinero.",
    ],
    "e_other": [
        "Nuestro servidor de Discord estuvo comprometido un rato. Ignorad cualquier enlace de «mint sorpresa»: no hay ningún mint.",
    ],
    "f": [
        "¡Competición de trading en marcha! Bolsa de premios de {usd} USDT en bonos de trading. Inscríbete antes del viernes. Consulta las condiciones: {link}",
        "Semana de puntos dobles: cada operación al contado suma el doble de puntos de fidelidad hasta el domingo. {link}",
        "Staking flexible de {coin} con una rentabilidad anual de hasta el {apy}. Tipo variable. Más información: {link}",
    ],
    "g": [
        "{org} acepta ahora donaciones en cripto para {cause}. {coin}: {addr}. Publicamos cada donación en nuestro informe trimestral. ¡Gracias!",
        "Llevamos {n} donaciones para {cause}. Si queréis ayudar en {coin}, nuestra dirección es {addr}.",
    ],
    "h": [
        "SORTEO 🎉 ¡Gana {prize}! Para participar: síguenos, dale a me gusta y retuitea. El ganador se anuncia el {day}. Nunca te pediremos que pagues nada.",
        "¡Ya somos {n}! Para celebrarlo sorteamos {prize}. RT y menciona a un amigo. Sin compras, sin conectar wallets.",
    ],
    "i": [
        "El {coin} se ha duplicado desde el halving y aún hay quien dice que está muerto",
        "El {coin} podría hacer un x2 desde aquí si siguen entrando flujos a los ETF. O caer un {pct}. Así es esto.",
        "Hoy he pasado {amt} {coin} a mi cold wallet y las comisiones eran el doble que la semana pasada.",
    ],
    "j": [
        "Le mandé {usd} € a mi hermano por las entradas del concierto y me devolvió {usd2} € porque también pagó él la cena 😂",
        "Bizum de {usd} € a mi compañera de piso por la luz. Listo en dos segundos.",
    ],
    "k": [
        "Lamentamos lo ocurrido. Envíanos por MD tu número de ticket y lo revisamos. Nunca te pediremos tu frase semilla ni tu contraseña.",
        "Hola, sentimos las molestias. Usa solo el chat de la app; quien te ofrezca «recuperar» fondos en las respuestas no es de nuestro equipo.",
    ],
    "ord_person": [
        "Café, lluvia y una lista de tareas interminable. Un {day} de manual.",
        "Por fin he terminado el libro que todo el mundo me recomendaba. Merecía la pena.",
        "Hoy he hecho {food} casera por primera vez. Un 7, repetiré.",
        "Qué tráfico había hoy en {city}, madre mía.",
        "¿A alguien más le despierta el gato a las 5 de la mañana sin motivo?",
        "Plan para el finde: nada. Absolutamente nada.",
        "Vaya final de partido anoche 😮",
    ],
    "ord_org": [
        "Cerramos el {day} por formación del equipo. Volvemos al horario habitual al día siguiente.",
        "¡Gracias por las {n} reseñas! Las leemos todas.",
        "Ya está disponible el nuevo episodio, enlace en la bio.",
        "Quedan pocas entradas para {city}.",
        "¡Buscamos gente! Únete a nuestro equipo en {city}.",
    ],
    "s_double": [
        "Quiero devolverle algo a la comunidad. Todo el {coin} que se envíe a la dirección de abajo se devolverá duplicado. Si envías {amt} {coin}, te devuelvo {amt2} {coin}. Solo durante {mins} minutos.\n\n{addr}",
        "¡Evento especial! Envía entre {amt_min} y {amt} {coin} a {addr} y recibe el doble al instante. Plazas limitadas.",
        "Durante la próxima hora devuelvo el doble de cada {coin} enviado a esta dirección. Mínimo {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 EN DIRECTO: evento de {coin} con {celeb}. Sorteo de {usd2} {coin}. Participa aquí: {scamlink}",
        "¡{brand} regala {coin} durante la retransmisión! Entra antes de que termine 👉 {scamlink}",
    ],
    "s_mint": [
        "¡Mint gratis sorpresa! Solo para las primeras {n} wallets. Conecta tu wallet y reclama: {scamlink}",
        "El airdrop de {project} ya se puede reclamar. Comprueba si eres elegible y conecta tu wallet aquí 👉 {scamlink}",
    ],
    "s_kyc": [
        "Tu wallet ha sido marcada para verificación. Para evitar la suspensión, valídala en 24 horas: {scamlink}",
        "Estimado usuario: su cuenta está restringida por KYC incompleto. Complete la verificación para desbloquear los retiros: {scamlink}",
    ],
    "s_recovery": [
        "Siento mucho lo que te ha pasado. A mí también me estafaron y {contact} me ayudó a recuperarlo todo en 48 horas. Escríbeles.",
        "Todavía puedes recuperar tu {coin}. Contacta con {contact}, son expertos certificados en recuperación de criptomonedas.",
    ],
    "s_drop": [
        "Regalo {amt} {coin} a {n} personas al azar en las próximas 24 horas 🎁 Deja tu dirección de wallet abajo 👇",
        "Deja tu dirección de {coin} en comentarios y envío {amt} {coin} a los primeros {n}. Después manda {amt_min} para confirmar 🙏",
    ],
    "s_fee": [
        "¡Enhorabuena! Tu wallet ha sido seleccionada para recibir {usd} USDT. Para retirarlos, paga la tasa de {fee} USDT a {addr}.",
        "Su retiro de {usd} USDT está listo. Debe abonar antes un impuesto único de {fee} USDT. Contacte con {contact}.",
    ],
    "s_testi": [
        "¡Acabo de recibir {amt2} {coin} del evento de {celeb}! Yo envié {amt}. Es real: {scamlink}",
        "Gracias a {contact} gané {usd} USDT en una semana. ¡Escribidle ya!",
    ],
    "s_addr": ["{addr}", "{coin}: {addr}", "{addr}\nx2 🔥 ¡rápido!"],
    "s_uri": ["Escanea o pulsa para participar 👉 {uri}", "Envía aquí y recibe el doble: {uri}"],
}

LISTS = {
    "day": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "city": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Ciudad de México", "Buenos Aires", "Bogotá"],
    "food": ["pizza", "tortilla", "masa de empanadas", "pasta fresca", "focaccia"],
    "prize": ["una camiseta firmada", "una wallet física", "dos entradas para el concierto", "una de nuestras 5 NFT",
              "una tarjeta regalo de 50 €"],
    "cause": ["las familias afectadas por la DANA", "el comedor social del barrio", "la reconstrucción de la escuela",
              "el refugio de animales"],
    "org": ["Fundación Manos Unidas del Turia", "Asociación Refugio Patitas", "Banco de Alimentos Sur"],
    "exchange": ["Bit2Me", "Binance", "Coinbase", "Kraken"],
}

ACCOUNTS = {
    "news": [("diariocripto_es", "Diario Cripto"), ("tecnoseguridad_mx", "Tecno Seguridad MX")],
    "research": [("alerta_phishing", "Alerta Phishing"), ("lucia_ciberinv", "Lucía | ciberinvestigación")],
    "exchange": [("bit2me_promos", "Bit2Me Promos")],
    "support": [("Bit2MeSoporte", "Bit2Me Soporte")],
    "charity": [("fundacionturia", "Fundación Manos Unidas del Turia")],
    "project": [("galeria_pixel_es", "Galería Píxel")],
    "user": [("martagarcia_92", "Marta García"), ("pablo_hodl", "Pablo"), ("anaymisgatos", "Ana"),
             ("javi_dca", "Javi DCA")],
}

FAMOUS = [
    ("marisolvegaoficial", "Marisol Vega", "person", False),
    ("CDAlbacoraFC", "CD Albacora", "org", False),
    ("chef_iker_ruiz", "Iker Ruiz", "person", False),
]

SCAMMERS = [
    ("sorteo_bitcoin_oficial", "Sorteo Bitcoin Oficial"), ("soporte_bit2me_es", "Soporte Bit2Me"),
    ("recupera_tus_fondos", "Recuperación Cripto"), ("elon_evento_es", "Elon Musk"),
    ("regalo_usdt_hoy", "Regalos USDT 🎁"), ("lorena_inversiones", "Lorena ✨ inversiones"),
]

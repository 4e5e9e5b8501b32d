# Plantillas en español, escritas directamente en español.
LANG = "es"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Lucía", "lucia"), ("Javier", "javi"), ("Marta", "marta"), ("Diego", "diego"), ("Carmen", "carmen"),
         ("Álvaro", "alvaro"), ("Nerea", "nerea"), ("Rodrigo", "rodri"), ("Inés", "ines"), ("Pablo", "pablo")]
LAST = [("Llorente", "llorente"), ("Gaitán", "gaitan"), ("Orozco", "orozco"), ("Villaverde", "villaverde"),
        ("Sanmartín", "sanmartin"), ("Quiroga", "quiroga"), ("Bermejo", "bermejo"), ("Salcedo", "salcedo")]
ORGS = {"news": ("Diario El Faro Digital", "ElFaroDigital"), "research": ("Observatorio CriptoSeguro", "criptoseguro_obs"),
        "exchange": ("Altamira Exchange", "AltamiraEx"), "charity": ("Fundación Manos Abiertas", "ManosAbiertasFd"),
        "brand": ("Churrería La Esquina", "laesquina_churros")}

SCAM = [
 ("double", "¡Devuelvo el doble! Durante la próxima hora, todo el BTC que envíes a {btc} te vuelve duplicado. Mandas 0,1 y recibes 0,2. Sin trampa."),
 ("double", "Para celebrar el nuevo máximo histórico, duplicamos cada depósito de ETH. Mínimo 0,2 ETH, máximo 50 ETH. Dirección: {eth}"),
 ("double", 'No es broma: lo que entre en {btc} antes de las 00:00 sale por partida doble hacia la cartera de origen. Ni formularios ni registro.'),
 ("double", "EVENTO x2 ACTIVO\n0,5 BTC ➜ 1 BTC\n1 BTC ➜ 2 BTC\n3 BTC ➜ 6 BTC\nEnvía a: {btc}"),
 ("double", "Tabla de bonificación solo hoy:\nde 0,1 a 0,9 ETH → +100 %\nde 1 a 4,9 ETH → +150 %\nmás de 5 ETH → +200 %\nCartera: {eth}"),
 ("double", '¿Cuánto quieres recibir? Manda la mitad a {sol} 😉 El sistema te devuelve el doble automáticamente. Plazas limitadas.'),
 ("double", "Tesla reparte parte de sus bitcoins: envía entre 0,05 y 20 BTC y recibe el triple. {btc} Termina a medianoche."),
 ("double", "Promo USDT (TRC20): cada envío a {trx} se te devuelve por duplicado. Ya han cobrado más de 1.200 personas. ¡No te quedes fuera!"),
 ("event", "Estamos en directo con Michael Saylor: sorteo de 5.000 BTC durante la retransmisión. Participa aquí: {link}"),
 ("event", "Evento oficial de la comunidad Ethereum 🎉 Se reparten 100.000 ETH entre usuarios activos. Entra ya: {link}"),
 ("event", 'Emisión especial desde Austin: Elon responde preguntas y reparte BTC entre quienes estén conectados. El enlace del evento está en {dom} ⏱️'),
 ("airdrop", "Ya está abierto el airdrop de la temporada 2. Si tu cartera es elegible, reclama tus tokens antes de que cierre la instantánea: {link}"),
 ("airdrop", "Minteo gratuito activo 🔥 Solo 3.333 pases, pagas únicamente el gas. Conecta tu cartera y mintea: {link}"),
 ("airdrop", 'Última llamada 📣 los tokens sin reclamar se queman el viernes. Firma la transacción de reclamo desde tu monedero: {link}'),
 ("airdrop", "Regalo sorpresa para los primeros seguidores 🪂 comprueba si te toca y reclámalo en {dom}"),
 ("phish", "URGENTE: tu cartera debe validarse tras la actualización de la red. Las carteras sin validar quedarán congeladas. Valida aquí: {link}"),
 ("phish", 'Detectamos actividad inusual en tu monedero. Para evitar el bloqueo introduce tus 12 palabras de recuperación en el formulario seguro: {link}'),
 ("phish", "Usuarios de Ledger: completad la migración KYC obligatoria antes del 15 de abril para proteger vuestros fondos. {link}"),
 ("recovery", "Siento mucho lo que te ha pasado. A mí me robaron 3 ETH igual y {handle} me lo recuperó todo en 48 horas. Escríbeles, son de fiar."),
 ("recovery", 'Hay un hacker ético que trabaja con la policía recuperando criptos robadas, a mí me salvó. Búscalo como {handle}, responde rápido.'),
 ("recovery", "A mi prima le pasó exactamente lo mismo. Escribió a {mail} y en dos días le devolvieron sus USDT. ¡Prueba!"),
 ("support", "Hola, lamentamos las molestias. Abre una incidencia con nuestro servicio de atención y un agente te ayudará: {link}"),
 ("support", 'Buenas, te atendemos desde el departamento de reclamaciones. Manda un correo a {mail} con el ID de la transacción y lo resolvemos hoy mismo.'),
 ("dropaddr", "SORTEO 💸 Voy a enviar 0,5 ETH a 10 personas al azar. Deja tu dirección de cartera en los comentarios y dale a me gusta."),
 ("dropaddr", '¿Quién quiere USDT gratis? 🙋 Déjame tu dirección TRC20 y a los que más RT tengan les mando 300 USDT esta noche.'),
 ("fee", "¡Enhorabuena! Tu cartera ha ganado 2,5 BTC en nuestra lotería de aniversario. Para liberar el premio hay que pagar antes una comisión de red de 0,02 BTC a {btc}."),
 ("fee", "Tu retiro de 48.300 $ está listo. Abona el impuesto de retirada del 5 % a {trx} para desbloquear tu saldo."),
 ("fee", "Tienes derecho a recibir 15.000 USDT. Solo cubre el gas (0,03 ETH) en {eth} y la transferencia sale al momento."),
 ("testimonial", 'Gente, lo acabo de comprobar en el explorador: mandé 2.000 USDT y me han llegado 4.000. Esto va en serio 😳 {trx}'),
 ("testimonial", "Era escéptico pero probé con 0,05 BTC y recibí 0,1 BTC. Es real, gente. Sigue abierto: {btc}"),
 ("uri", "Pulsa y participa directamente desde tu app de cartera 👇\n{uri}\nCada pago se devuelve x2."),
 ("uri", "Pruebas de pago, compruébalo tú mismo: {explorer_btc}\nEnvía a la misma dirección y recibe el doble: {btc_split}"),
 ("mentor", 'Mi asesor me ha sacado un 28 % en un mes sin tocar nada. Si quieres su contacto, escríbeme «INFO» por privado y te lo paso 💼'),
 ("mentor", "Invierte 300 € y gana 4.500 € en 7 días. Rentabilidad garantizada, gestiono tu cuenta personalmente. WhatsApp {wa}"),
]

BENIGN = [
 ("news", "La policía calcula que un falso directo que prometía «duplicar cualquier BTC enviado» recaudó unos 400.000 $ la semana pasada. La dirección de la estafa era {btc}. No envíes nada. {site}"),
 ("news", 'ÚLTIMA HORA | La cuenta de un conocido futbolista publicó durante 40 minutos un «regalo x2» con la dirección {eth}. Su club confirma que fue hackeada.'),
 ("news", "La CNMV alerta de falsos «expertos en recuperación» que contactan a víctimas de fraudes cripto y exigen pagos por adelantado. Más información: {site}"),
 ("research", "Detectado un nuevo kit drainer: la web {dom_def} pide «conectar la cartera» para reclamar un airdrop y luego solicita aprobaciones ilimitadas de tokens. Bloqueadla."),
 ("research", 'Análisis rápido de {dom_def}: dominio registrado hace 3 días, certificado gratuito, copia la web de un exchange y pide aprobar un contrato. Es un drainer de manual.'),
 ("warning", "Aviso: nadie va a duplicar tus criptos. Ni Elon, ni Vitalik, ni nosotros. Si te piden enviar monedas para recibir más, es una estafa."),
 ("warning", "Recordatorio: nuestro equipo de soporte nunca te escribirá primero ni te pedirá la frase semilla. Ignora los enlaces de «validación de cartera»."),
 ("warning", 'Ojo con las respuestas a tus quejas: ningún «hacker ético» recupera criptos. Si te pide dinero por adelantado, es otra estafa.'),
 ("question", "Me ha llegado un mensaje diciendo que he ganado 2 BTC y que solo tengo que pagar una pequeña comisión. ¿Esto es real? Huele raro..."),
 ("question", "He visto un directo en YouTube de Saylor regalando bitcoins. ¿Alguien sabe si es legítimo?"),
 ("donation", "¡Arranca nuestra campaña de invierno! Por primera vez aceptamos donaciones en cripto. BTC: {btc}. Cada satoshi se convierte en comidas calientes."),
 ("donation", "Gracias a todos los que habéis donado para el tejado del albergue. Aún podéis aportar en ETH a {eth}; publicamos el saldo cada viernes."),
 ("exchange", "Novedad en Altamira: deposita al menos 100 USDT este mes y llévate un bono de 10 USDT para comisiones. Sujeto a condiciones y KYC."),
 ("exchange", "El lunes empieza la competición de trading de Altamira. Los 50 mejores por volumen se reparten 20.000 USDT. Inscríbete en la app."),
 ("giveaway", "SORTEO 🥐 Dale a me gusta y retuitea para ganar churros gratis durante un mes en La Esquina. ¡Anunciamos ganador el viernes!"),
 ("cgiveaway", "¡Llegamos a 10.000 seguidores! RT + follow y elijo a 3 ganadores de 50 $ en BTC. Yo nunca os pediré nada por privado."),
 ("price", "El BTC prácticamente se ha duplicado este año. Todavía me acuerdo de cuando compré a 40.000 y me llamaban loco."),
 ("price", 'Solana ha subido un 40 % desde enero y mi cartera sigue en rojo por comprar arriba. Así es este mundillo 😅'),
 ("tip", "Si mis hilos te sirven, las propinas son bienvenidas pero nunca obligatorias: {btc}"),
 ("friends", "@rodri_quiroga ya te he pasado los 0,01 BTC de la pizza de anoche, mira la cartera 🍕"),
 ("friends", "Le devolví a mi hermano lo de las entradas del concierto en USDC. Tres segundos. Sigue pareciéndome magia."),
 ("nft", "Nuestra colección de arte generativo «Mareas» se mintea el 2 de abril: 1.000 piezas a 0,03 ETH, solo lista permitida y solo en nuestra web oficial."),
]
VICTIM = [
 "Me han estafado. Mandé 0,8 ETH a la dirección de un «sorteo» pensando que era real. ¿Hay alguna forma de recuperarlo?",
 "Me vaciaron la cartera después de conectarla a una web de airdrop. No me queda nada. Estoy fatal.",
 "El soporte de Altamira no contesta y mi retirada lleva tres días pendiente. ¿A alguien más le pasa?",
]
HACKED = [
 "Me hackearon la cuenta ayer. Los mensajes de cripto no eran míos. Por favor, no enviéis nada. Ya he recuperado el acceso.",
 "Disculpad: esta cuenta estuvo comprometida unas horas y publicó un sorteo falso. Ya está todo borrado.",
 "Cuenta hackeada. Si visteis un post mío de «duplicar bitcoin», ignoradlo. Ya tengo la verificación en dos pasos activada.",
]
ORDINARY = [
 "Paella del domingo hecha. Ahora toca fregar, que es lo peor.",
 "¡Qué partidazo! Gol en el último minuto y la grada se vino abajo.",
 "Por fin he terminado el informe trimestral. Voy a mirar a la pared un rato.",
 "Probé el nuevo sitio de ramen de la calle Almendro. El caldo, espectacular.",
 "El tren otra vez con retraso. Tercera vez esta semana.",
 "El lunes empiezan los ensayos. Nervios y ganas a partes iguales.",
 "¿Algún consejo para la masa madre? La mía se me muere siempre.",
 "Qué bonito el ambiente en la carrera popular de esta mañana, ¡gracias voluntarios!",
 "Nuevo episodio del pódcast: hablamos del agotamiento y de lo cara que está la compra.",
 "Lluvia todo el finde. Excusa perfecta para acabar el libro.",
 "Orgulloso del equipo hoy. El ascenso sigue vivo.",
 "Limpiando el trastero he encontrado tres cargadores que no sé de qué son.",
]
QUOTE = [
 "Esto es una estafa. No mandéis nada.",
 "Denunciado. Sorteo falso, esa dirección no es nuestra.",
 "Parece una cuenta hackeada, que nadie pique.",
]

# Formas propias de este archivo.
SCAM += [
 ("double", "Oye, ¿sigues por aquí? 👀 Esta noche devuelvo x2 a todo el que me mande USDT. Red TRON: {trx}. Ya van 57 pagos hechos, capturas en mi perfil."),
 ("double", "PLAN HALVING 🟠\nmandas 0,02 → te llegan 0,04\nmandas 0,2 → te llegan 0,4\nmandas 2 → te llegan 4\n(solo monedero verificado) {btc}"),
 ("event", "Quedan solo 1.930 BTC en el bote del directo 😱 El contador está en {dom}; cuando llegue a cero se cierra el evento."),
 ("fee", "Hacienda Cripto: le corresponde una devolución de 3.200 €. Para tramitarla es obligatorio abonar 60 USDT de gastos de gestión a {trx}."),
 ("airdrop", "¿Te ha aparecido un token raro en la cartera? Es el airdrop de fidelidad. Para cambiarlo por ETH aprueba antes el contrato de reclamo: {link}"),
 ("mentor", "Mi bot de trading con IA da un 3,5 % DIARIO, todo automático, retiras cuando quieras. Depósito mínimo 0,05 BTC en {btc}"),
 ("dropaddr", "RT a este tuit y responde con tu dirección de SOL 👇 A las 21:00 reparto 25 SOL a 40 personas. Hay que seguirme."),
 ("testimonial", "Tercer día con las señales de {handle}: de 400 € a 2.950 €. No es consejo financiero, pero mirad las capturas 🚀"),
]
BENIGN += [
 ("research", "Hemos rastreado 212 direcciones de sorteos «x2» este trimestre. La mayor, {btc}, recibió 31 BTC de unos 900 remitentes. Ninguno recuperó nada."),
 ("warning", "Si un amigo te escribe de la nada pidiéndote «0,1 BTC prestados hasta mañana», llámale antes. Puede que le hayan robado la cuenta."),
 ("exchange", "Mantenimiento programado: los depósitos y retiradas en Altamira se pausan el martes de 2:00 a 4:00 UTC. No tienes que hacer nada; nunca te pediremos mover fondos."),
 ("donation", "¡Ya está activa la campaña de 48 h! Cada euro donado al huerto social, en efectivo o en cripto ({eth}), lo duplica una empresa del barrio hasta el domingo."),
]
SCAM += [
 ("recovery", "Soy abogada especializada en fraudes de brókers y criptomonedas. Recuperamos su dinero o no cobramos. Escríbame a {mail} con el importe perdido."),
 ("mentor", "Minería en la nube: tu inversión rinde un 2 % diario desde el primer día y puedes retirar cada semana. Entra con solo 100 USDT → {link}"),
 ("phish", "Binance deja de operar en España el día 30. Para no perder tus fondos, vincula tu cartera a la nueva plataforma antes del cierre: {link}"),
 ("double", "¿Te fías? Yo tampoco me fiaba. Pero he mandado 0,3 ETH y me han vuelto 0,6. Quedan 20 minutos, la dirección es esta: {eth}"),
 ("support", "Hola, hemos escalado tu caso. Un agente te atenderá por chat en {link}; ten la cartera abierta para sincronizarla con él."),
 ("event", "Celebración por la aprobación del ETF 🎉 los 10.000 primeros participantes reciben 0,5 BTC. El registro cierra esta noche: {link}"),
]
ORDINARY += [
 "Mi hija me ha preguntado a las 7 por qué el cielo es azul. Sin café no hay física.",
 "Actualización del huerto: los calabacines se han rebelado.",
 "Partido de Copa el martes y las entradas volaron en 20 minutos.",
 "Vuelta de dos semanas en Asturias. Sin cobertura y sin remordimientos.",
 "El coro da su concierto de primavera el sábado en la parroquia, ¡venid!",
 "He perdido una hora con una hoja de cálculo ordenada por la columna equivocada.",
 "Primera barbacoa del año y, cómo no, granizo.",
 "¿Recomendaciones de lectura para un vuelo largo? Novela negra no, que ya voy servido.",
]

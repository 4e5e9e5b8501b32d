# Spanish, Portuguese (BR), French, German, Italian, Russian sentences. Written directly in each
# language (not translated line by line from English). {slots} are filled by make_tune.py.

T = {}

T["es"] = {
"double": [
    "Devuelvo a la comunidad lo que me ha dado. Todo el {coin} que se envíe a la dirección de abajo se devolverá duplicado. Si mandas {a1} {coin}, te devuelvo {a2}. Solo durante {mins} minutos.\n\n{addr}",
    "¡Promo relámpago! Envía entre {a1} y {max} {coin} a {addr} y recibe el doble al instante. Quedan {mins} minutos.",
    "Me ha ido muy bien este año y quiero compartirlo: mandas {a1} {coin}, te llegan {a2} {coin}. Dirección 👇\n{addr}",
    "Los primeros 300 que envíen {coin} a esta billetera lo reciben multiplicado por {mult}: {addr}",
    "Tabla de pagos:\n{table}\nDirección: {addr}\nVálido hasta agotar fondos",
    "Oye, que no es broma: cualquier cantidad de {coin} que llegue a {addr} en la próxima media hora la devuelvo x{mult}.",
    "Para celebrar el máximo histórico regalamos {total} {coin}. Manda desde {a1} hasta {max} {coin} y te devolvemos el doble a la misma dirección.\n{addr}",
],
"event": [
    "🔴 EN DIRECTO: sorteo oficial de {brand} con {total} {coin} para la comunidad hispana. Participa aquí 👉 {url}",
    "{brand} celebra su aniversario regalando {coin}. Entra antes de que se acabe: {url}",
    "Evento especial en vivo con {brand}. Duplica tus {coin} en la web oficial del evento: {url}",
],
"drainer": [
    "¡El airdrop de ${tok} ya está disponible! Conecta tu billetera y reclama tus tokens: {url}",
    "Aviso: tu billetera presenta un error de sincronización. Valídala aquí para evitar el bloqueo: {url}",
    "Mint gratuito abierto solo hoy 🎨 Conecta la wallet y listo → {url}",
    "Verificación KYC obligatoria para todos los usuarios. Complétala antes de 24 h o perderás el acceso a tus fondos: {url}",
],
"recovery": [
    "Me pasó lo mismo y recuperé todo gracias a {tg} en Telegram. Escríbeles, son de fiar.",
    "Hola, somos el equipo de soporte. Escríbenos por WhatsApp al {wa} y lo solucionamos.",
    "No pierdas la esperanza, {mail} me ayudó a recuperar mis USDT en dos días.",
],
"dropaddr": [
    "Regalo {total} {coin} entre los que comenten su dirección 👇 Hay que seguirme, eh.",
    "Deja tu wallet en los comentarios y esta noche reparto {coin} a 50 personas al azar.",
],
"fee": [
    "¡Enhorabuena! Has ganado {prize} {coin}. Para retirarlo debes pagar primero la comisión de red de {fee} {coin} a {addr}.",
    "Tu retiro de {usd} $ está listo, solo falta abonar el impuesto de {fee} {coin}: {addr}",
],
"endorse": [
    "¡Funciona de verdad! Mandé {a1} y me devolvieron {a2} en cinco minutos 🙌",
    "Confirmado, ya me llegó el doble. Date prisa que se acaba",
],
"news": [
    "Varias cuentas verificadas fueron hackeadas esta tarde para difundir una estafa de 'duplica tus bitcoins'. La dirección usada, {addr}, ya ha recibido varios pagos.",
    "Alerta: circula un falso directo de {brand} que redirige a {durl}. La empresa niega cualquier sorteo.",
    "Las estafas de criptomonedas con falsos sorteos siguen al alza, según el último informe de la policía.",
    "Detenidos en {city} dos hombres acusados de ofrecer una falsa 'recuperación de fondos' a víctimas de estafas cripto.",
],
"research": [
    "Dominios de la campaña de hoy:\n{durl}\nDirección de cobro: {addr}\nTodo registrado hace menos de tres días.",
],
"warn": [
    "Nadie te va a duplicar tus criptos. Si te piden que envíes primero, es una estafa. Punto.",
    "Ojo con los 'expertos en recuperación' que aparecen en las respuestas: también son estafadores.",
    "Si para cobrar un premio tienes que pagar una comisión, no hay premio.",
    "Nunca conectes tu billetera a una web que te llegó por mensaje privado.",
],
"victim": [
    "¿Esto es real? Una cuenta verificada dice que devuelve el doble de lo que mandes a {addr}",
    "Mandé {a1} {coin} a esa dirección hace una hora y no me ha llegado nada. ¿Qué hago?",
    "Creo que me han estafado. Conecté la billetera para un airdrop y me la vaciaron.",
],
"charity": [
    "Nuestra asociación ya acepta donaciones en {coin}: {addr}. Publicamos cada movimiento en la web. ¡Gracias!",
],
"dev": [
    "Para las pruebas usad la dirección de testnet {tb}, nada de fondos reales.",
],
"promo": [
    "Esta semana, por cada depósito de más de 100 $ en {coin} te regalamos un cupón de comisiones. Condiciones en {url}",
    "El reclamo del airdrop se abre mañana solo en nuestra web oficial {url}. Nunca te pediremos que envíes fondos.",
],
"price": [
    "El {coin} se ha duplicado este año y todavía hay quien dice que está muerto",
    "x2 desde marzo. No vendo.",
    "Compré en el pico de 2021 y por fin estoy en tablas 🥲",
    "Ojo con el apalancamiento esta semana, que los funding están por las nubes",
],
"merch": [
    "🎁 SORTEO: regalamos 3 sudaderas. Sigue, dale a me gusta y RT. Ganadores el viernes.",
],
"hacked": [
    "Nos hackearon la cuenta esta mañana. Ignorad cualquier publicación sobre sorteos de criptomonedas. Nunca os pediremos dinero.",
    "Ya recuperé la cuenta. Ese mensaje de 'duplico tus bitcoins' NO era mío. No enviéis nada.",
],
"quotewarn": [
    "Estafa. No mandéis nada.",
    "Le han hackeado la cuenta, denunciadlo.",
],
"naive": ["hecho ✅ {addr}", "{addr} gracias!!"],
"chatter": [
    "Por fin viernes. Me lo he ganado.",
    "¿Alguien más viendo el partido? Qué sufrimiento.",
    "Hoy toca paella en casa de mi abuela, no hay plan mejor.",
    "El tráfico de esta ciudad no tiene arreglo.",
    "Gracias a todos los que vinisteis anoche al concierto, fue brutal ❤️",
    "Acabo de terminar la serie y necesito hablar con alguien de ese final.",
    "Mañana abrimos la nueva tienda en el centro. ¡Os esperamos!",
    "Llueve y yo sin paraguas, como siempre.",
    "¿Recomendaciones de libros para el verano? Se aceptan sugerencias.",
    "Hoy he corrido 10 km y sigo vivo. Milagro.",
    "Qué ganas de vacaciones, de verdad.",
    "Nuevo episodio del podcast ya disponible. Hablamos de ansiedad y redes sociales.",
    "Felicidades a mi madre, que hoy cumple 60 y está más guapa que nunca.",
    "El pan recién hecho de la panadería de la esquina es otro nivel.",
    "Estamos buscando camarero/a para los fines de semana. ¡Escribidnos!",
    "Vaya atardecer hoy en la playa.",
    "Estoy aprendiendo a tocar la guitarra y mis vecinos me odian.",
    "Si estáis por {city} este finde, pasad a vernos.",
],
}

T["pt"] = {
"double": [
    "Tô retribuindo pra comunidade! Todo {coin} enviado pro endereço abaixo volta em dobro. Mandou {a1}, recebe {a2}. Só pelos próximos {mins} minutos.\n\n{addr}",
    "Promoção relâmpago: envie de {a1} a {max} {coin} para {addr} e receba o dobro na hora. Corre!",
    "Galera, é sério: qualquer valor em {coin} que cair em {addr} eu devolvo multiplicado por {mult}. Vale por {mins} min.",
    "Tabela de retorno:\n{table}\nCarteira: {addr}",
    "Pra comemorar a máxima histórica, os primeiros 500 que mandarem {coin} pra essa carteira recebem em dobro 👇\n{addr}",
    "Obrigado por tudo, família! Durante {mins} minutos, todo {coin} que chegar aqui volta x{mult}: {addr}",
],
"event": [
    "🔴 AO VIVO: sorteio oficial da {brand} com {total} {coin}. Participe pelo site 👉 {url}",
    "A {brand} está completando 10 anos e vai distribuir {coin} pra todo mundo. Garanta o seu: {url}",
    "Live especial com {brand} rolando agora! Dobre seus {coin} no site do evento: {url}",
],
"drainer": [
    "Airdrop do ${tok} liberado! Conecte sua carteira e resgate seus tokens: {url}",
    "Sua carteira está com erro de sincronização. Valide agora pra não ter os fundos bloqueados: {url}",
    "Mint gratuito aberto por tempo limitado 🎨 conecta a carteira e pronto: {url}",
    "Atenção: verificação KYC obrigatória. Faça em até 24h ou sua conta será suspensa: {url}",
],
"recovery": [
    "Aconteceu comigo também e consegui recuperar tudo com o {tg} no Telegram. Chama eles!",
    "Olá, aqui é o suporte. Fala com a gente no WhatsApp {wa} que resolvemos rapidinho.",
    "Não desiste! O pessoal do {mail} recuperou meus USDT em 48 horas.",
],
"dropaddr": [
    "Vou sortear {total} {coin} entre quem deixar o endereço da carteira aqui embaixo 👇 precisa me seguir",
    "Deixa tua wallet nos comentários que hoje à noite eu mando {coin} pra 30 pessoas",
],
"fee": [
    "Parabéns, você ganhou {prize} {coin}! Pra sacar, pague antes a taxa de rede de {fee} {coin} no endereço {addr}.",
    "Seu saque de R$ {usd} está liberado, só falta pagar o imposto de {fee} {coin}: {addr}",
],
"endorse": [
    "Gente, funciona mesmo! Mandei {a1} e voltou {a2} em 5 minutos",
    "Confirmo, recebi em dobro. Corre que tá acabando!!",
],
"news": [
    "Contas verificadas foram invadidas nesta tarde e publicaram um golpe de 'bitcoin em dobro'. O endereço {addr} já recebeu transferências de vítimas.",
    "Golpistas usam live falsa da {brand} e direcionam para o site {durl}. A empresa diz que não há sorteio nenhum.",
    "Polícia prende em {city} suspeitos de aplicar golpe de 'recuperação de criptomoedas'.",
    "Golpes com falsos sorteios de cripto crescem no país, aponta levantamento.",
],
"warn": [
    "Ninguém vai dobrar teu bitcoin. Se pedem pra você mandar primeiro, é golpe.",
    "Cuidado com 'especialista em recuperação' nos comentários. É golpe em cima de golpe.",
    "Se precisa pagar taxa pra sacar prêmio, não existe prêmio.",
    "Nunca conecte sua carteira em link que chegou por DM.",
],
"victim": [
    "Isso é verdade? Uma conta verificada tá dizendo que devolve em dobro o que mandar pra {addr}",
    "Mandei {a1} {coin} pra esse endereço e não voltou nada. O que eu faço agora?",
    "Acho que caí num golpe. Conectei a carteira num airdrop e limparam tudo.",
],
"charity": [
    "A ONG agora aceita doações em {coin}: {addr}. Prestamos contas de tudo no site. Obrigado!",
],
"promo": [
    "Deposite a partir de R$ 500 em {coin} esta semana e ganhe cupom de desconto nas taxas. Regras em {url}",
    "O resgate do airdrop abre amanhã, só no site oficial {url}. Nunca pedimos envio de fundos.",
],
"price": [
    "{coin} dobrou esse ano e ainda tem gente dizendo que morreu kkkk",
    "2x desde março. Não vendo.",
    "Comprei no topo de 2021 e só agora empatei 🥲",
    "Mercado lateral demais, tô só observando",
],
"merch": [
    "SORTEIO 🎁 3 camisetas oficiais! Segue, curte e dá RT. Resultado na sexta.",
],
"hacked": [
    "Nossa conta foi invadida hoje cedo. Ignorem qualquer post sobre sorteio de cripto. Nunca pedimos dinheiro.",
    "Recuperei a conta. Aquele post de bitcoin em dobro NÃO fui eu. Não mandem nada!",
],
"quotewarn": ["Golpe! Não mandem nada.", "Conta hackeada, denunciem."],
"naive": ["feito ✅ {addr}", "{addr} valeu!!"],
"chatter": [
    "Sextou! Bora descansar.",
    "Alguém assistindo o jogo? Que sofrimento.",
    "Hoje tem feijoada na casa da minha tia, nada supera.",
    "O trânsito dessa cidade não tem jeito.",
    "Obrigado a todo mundo que foi no show ontem, vocês são demais ❤️",
    "Terminei a série e preciso falar com alguém sobre aquele final.",
    "Pão de queijo quentinho saindo agora, vem buscar!",
    "Choveu e eu sem guarda-chuva, como sempre.",
    "Indicações de livro pra ler nas férias?",
    "Corri 10 km hoje e sobrevivi.",
    "Saiu vídeo novo no canal! Dessa vez testei 5 receitas de brigadeiro.",
    "Parabéns pra minha mãe que faz 60 anos hoje ❤️",
    "Estamos contratando atendente pro fim de semana, chama na DM.",
    "Que pôr do sol hoje na praia.",
    "Tô aprendendo violão e meus vizinhos me odeiam.",
    "Se estiver em {city} nesse fim de semana, passa lá na loja!",
    "Segunda-feira chegou rápido demais.",
],
}

T["fr"] = {
"double": [
    "Je rends à la communauté ce qu'elle m'a donné. Tout {coin} envoyé à l'adresse ci-dessous vous sera renvoyé en double. Vous envoyez {a1} {coin}, vous recevez {a2} {coin}. Pendant {mins} minutes seulement.\n\n{addr}",
    "Offre flash : envoyez entre {a1} et {max} {coin} à {addr} et recevez le double immédiatement. Il reste {mins} min.",
    "Pour fêter le nouveau record, les 500 premiers qui envoient du {coin} à cette adresse le récupèrent multiplié par {mult} 👇\n{addr}",
    "Barème :\n{table}\nAdresse : {addr}\nValable jusqu'à épuisement du fonds",
    "Ce n'est pas une blague : chaque {coin} reçu sur {addr} dans la prochaine demi-heure sera renvoyé x{mult}.",
    "Merci pour votre fidélité. Je double tous les envois de {coin} faits à l'adresse suivante, {max} {coin} maximum par personne :\n{addr}",
],
"event": [
    "🔴 EN DIRECT : grand giveaway officiel {brand}, {total} {coin} à distribuer. Participez ici 👉 {url}",
    "{brand} fête son anniversaire en offrant des {coin} à sa communauté. Ça se passe sur {url}",
    "Live exceptionnel avec {brand} en ce moment. Doublez vos {coin} sur la page de l'événement : {url}",
],
"drainer": [
    "L'airdrop ${tok} est ouvert ! Connectez votre portefeuille pour réclamer vos jetons : {url}",
    "Votre portefeuille présente une erreur de synchronisation. Validez-le ici pour éviter la suspension : {url}",
    "Mint gratuit ouvert pendant une heure 🎨 connectez votre wallet : {url}",
    "Vérification KYC obligatoire pour tous les détenteurs. Sans validation sous 24 h, vos fonds seront gelés : {url}",
],
"recovery": [
    "Pareil pour moi, j'ai tout récupéré grâce à {tg} sur Telegram. Contactez-les de ma part.",
    "Bonjour, ici le service client. Écrivez-nous sur WhatsApp au {wa}, on s'en occupe.",
    "Ne baissez pas les bras, {mail} a récupéré mes USDT en deux jours.",
],
"dropaddr": [
    "J'offre {total} {coin} à ceux qui mettent leur adresse en commentaire 👇 (abonnement obligatoire)",
    "Laissez votre adresse de wallet en réponse, je distribue du {coin} à 50 personnes ce soir.",
],
"fee": [
    "Félicitations, vous avez gagné {prize} {coin} ! Pour le retirer, réglez d'abord les frais de réseau de {fee} {coin} à l'adresse {addr}.",
    "Votre retrait de {usd} € est prêt. Il ne manque que la taxe de {fee} {coin} : {addr}",
],
"endorse": [
    "Ça marche vraiment ! J'ai envoyé {a1} et j'ai reçu {a2} en cinq minutes",
    "Je confirme, reçu en double. Dépêchez-vous avant la fin",
],
"news": [
    "Plusieurs comptes certifiés ont été piratés cet après-midi pour relayer une arnaque au « bitcoin doublé ». L'adresse {addr} a déjà reçu des versements.",
    "Un faux live de {brand} renvoie vers le site {durl}. L'entreprise dément toute opération de ce type.",
    "Arnaques aux cryptomonnaies : les faux concours explosent, alerte la gendarmerie.",
    "Deux hommes interpellés à {city} pour une escroquerie à la « récupération de fonds » visant des victimes d'arnaques crypto.",
],
"research": [
    "Indicateurs de la vague d'aujourd'hui :\n{durl}\n{addr}\nDomaines enregistrés il y a moins de 72 h.",
],
"warn": [
    "Personne ne va doubler vos cryptos. Si on vous demande d'envoyer d'abord, c'est une arnaque.",
    "Méfiez-vous des « experts en récupération » dans les réponses : ce sont aussi des escrocs.",
    "S'il faut payer des frais pour toucher un gain, il n'y a pas de gain.",
    "Ne connectez jamais votre portefeuille sur un lien reçu en message privé.",
],
"victim": [
    "C'est vrai ce truc ? Un compte certifié dit qu'il renvoie le double de ce qu'on envoie à {addr}",
    "J'ai envoyé {a1} {coin} à cette adresse il y a une heure et rien n'est revenu. Je fais quoi ?",
    "Je crois que je me suis fait avoir. J'ai connecté mon wallet pour un airdrop et tout a disparu.",
],
"charity": [
    "Notre association accepte désormais les dons en {coin} : {addr}. Chaque transaction est publiée sur notre site.",
],
"promo": [
    "Cette semaine, tout dépôt de plus de 100 € en {coin} donne droit à un bon de réduction sur les frais. Conditions : {url}",
    "La réclamation de l'airdrop ouvre demain, uniquement sur notre site officiel {url}. Nous ne vous demanderons jamais d'envoyer des fonds.",
],
"price": [
    "Le {coin} a doublé cette année et certains disent encore que c'est mort",
    "x2 depuis mars. Je ne vends pas.",
    "Acheté au sommet de 2021, enfin revenu à l'équilibre 🥲",
    "Marché sans direction, je regarde de loin",
],
"merch": [
    "CONCOURS 🎁 3 sweats à gagner ! Abonne-toi, like et RT. Tirage vendredi.",
],
"hacked": [
    "Notre compte a été piraté ce matin. Ignorez toute publication concernant un concours crypto. Nous ne vous demanderons jamais d'argent.",
    "J'ai récupéré mon compte. Le message sur le bitcoin doublé, ce n'était PAS moi. N'envoyez rien.",
],
"quotewarn": ["Arnaque. N'envoyez rien.", "Compte piraté, signalez-le."],
"naive": ["fait ✅ {addr}", "{addr} merci !!"],
"chatter": [
    "Enfin vendredi. Je l'ai bien mérité.",
    "Quelqu'un regarde le match ? Quelle souffrance.",
    "Dimanche, marché puis déjeuner en famille. Le bonheur simple.",
    "Encore une grève des transports demain, courage à tous.",
    "Merci à tous d'être venus au concert hier soir, vous étiez incroyables ❤️",
    "J'ai fini la série et il faut absolument que j'en parle à quelqu'un.",
    "Les croissants sortent du four à 7 h demain, premiers arrivés premiers servis.",
    "Il pleut et j'ai oublié mon parapluie. Classique.",
    "Des idées de lecture pour les vacances ?",
    "10 km ce matin. Je suis fier de moi.",
    "Nouvel épisode du podcast en ligne ! On parle de sommeil et d'écrans.",
    "Joyeux anniversaire à ma sœur, la personne la plus drôle que je connaisse.",
    "On recrute un serveur ou une serveuse pour les week-ends, écrivez-nous.",
    "Coucher de soleil magnifique sur la plage ce soir.",
    "J'apprends la guitare et mes voisins me détestent.",
    "Si vous passez par {city} ce week-end, venez nous voir !",
    "Lundi matin, café serré obligatoire.",
],
}

T["de"] = {
"double": [
    "Ich möchte der Community etwas zurückgeben. Alle {coin}, die an die Adresse unten geschickt werden, schicke ich doppelt zurück. Du sendest {a1} {coin}, du bekommst {a2} {coin}. Nur für {mins} Minuten.\n\n{addr}",
    "Blitzaktion: Sende zwischen {a1} und {max} {coin} an {addr} und erhalte sofort das Doppelte zurück. Noch {mins} Minuten!",
    "Zur Feier des neuen Allzeithochs bekommen die ersten 500, die {coin} an diese Adresse schicken, den {mult}-fachen Betrag zurück 👇\n{addr}",
    "Auszahlungstabelle:\n{table}\nAdresse: {addr}\nGültig, solange der Vorrat reicht",
    "Kein Witz: Jeder {coin}, der in der nächsten halben Stunde auf {addr} eingeht, geht verdoppelt zurück.",
    "Danke für eure Treue! Ich verdopple jede {coin}-Überweisung an folgende Adresse, maximal {max} {coin} pro Person:\n{addr}",
],
"event": [
    "🔴 LIVE: Offizielles {brand}-Giveaway mit {total} {coin}. Hier teilnehmen 👉 {url}",
    "{brand} feiert Jubiläum und verschenkt {coin} an die Community. Alle Infos auf {url}",
    "Sonder-Livestream mit {brand} läuft gerade. Verdopple deine {coin} auf der Eventseite: {url}",
],
"drainer": [
    "Der ${tok}-Airdrop ist live! Verbinde deine Wallet und sichere dir deine Token: {url}",
    "Bei deiner Wallet ist ein Synchronisierungsfehler aufgetreten. Bitte hier validieren, um eine Sperrung zu vermeiden: {url}",
    "Free Mint nur heute 🎨 Wallet verbinden und minten: {url}",
    "Ab sofort ist eine KYC-Verifizierung für alle Wallets Pflicht. Erledige sie innerhalb von 24 Stunden, sonst wird dein Guthaben eingefroren: {url}",
],
"recovery": [
    "Ging mir genauso, ich habe alles über {tg} auf Telegram zurückbekommen. Meld dich da!",
    "Hallo, hier ist der Support. Schreib uns bitte auf WhatsApp unter {wa}, wir kümmern uns darum.",
    "Nicht aufgeben, {mail} hat meine USDT innerhalb von zwei Tagen zurückgeholt.",
],
"dropaddr": [
    "Ich verlose {total} {coin} unter allen, die ihre Wallet-Adresse hier drunter posten 👇 Folgen nicht vergessen.",
    "Lasst eure Adresse in den Kommentaren, heute Abend schicke ich 50 Leuten {coin}.",
],
"fee": [
    "Glückwunsch, du hast {prize} {coin} gewonnen! Für die Auszahlung musst du vorher eine Netzwerkgebühr von {fee} {coin} an {addr} überweisen.",
    "Deine Auszahlung über {usd} € ist bereit. Es fehlt nur noch die Steuer von {fee} {coin}: {addr}",
],
"endorse": [
    "Funktioniert wirklich! {a1} geschickt, {a2} zurückbekommen, in fünf Minuten",
    "Kann ich bestätigen, doppelt zurück erhalten. Beeilt euch!",
],
"news": [
    "Mehrere verifizierte Konten wurden am Nachmittag gekapert und warben für einen „Bitcoin verdoppeln“-Betrug. An die Adresse {addr} gingen bereits Zahlungen.",
    "Gefälschter {brand}-Livestream leitet Zuschauer auf {durl} weiter. Das Unternehmen dementiert jede Aktion.",
    "Die Polizei warnt vor falschen Krypto-Gewinnspielen in sozialen Netzwerken.",
    "In {city} wurden zwei Verdächtige festgenommen, die Betrugsopfern eine angebliche „Rückholung“ ihrer Kryptowährung verkauft haben sollen.",
],
"research": [
    "IOCs der heutigen Welle:\n{durl}\n{addr}\nDomains vor weniger als 72 Stunden registriert.",
],
"warn": [
    "Niemand verdoppelt eure Kryptowährung. Wenn ihr zuerst etwas schicken sollt, ist es Betrug.",
    "Vorsicht vor „Recovery-Experten“ in den Antworten. Das sind ebenfalls Betrüger.",
    "Wer für einen Gewinn erst Gebühren zahlen soll, hat nichts gewonnen.",
    "Verbindet eure Wallet niemals mit einem Link aus einer Direktnachricht.",
],
"victim": [
    "Ist das echt? Ein verifiziertes Konto sagt, es schickt doppelt zurück, was man an {addr} sendet",
    "Hab vor einer Stunde {a1} {coin} an diese Adresse geschickt und nichts kam zurück. Was mache ich jetzt?",
    "Ich glaube, ich bin reingefallen. Wallet für einen Airdrop verbunden und jetzt ist alles weg.",
],
"charity": [
    "Unser Verein nimmt jetzt auch Spenden in {coin} an: {addr}. Jede Transaktion veröffentlichen wir auf der Website.",
],
"dev": [
    "Zum Testen bitte nur die Testnet-Adresse {tb} verwenden, kein echtes Geld.",
],
"promo": [
    "Diese Woche gibt es für jede Einzahlung ab 100 € in {coin} einen Gebührengutschein. Bedingungen: {url}",
    "Das Claiming für den Airdrop startet morgen, ausschließlich auf unserer offiziellen Seite {url}. Wir fragen nie nach Einzahlungen.",
],
"price": [
    "{coin} hat sich dieses Jahr verdoppelt und manche nennen es immer noch tot",
    "Seit März 2x. Ich verkaufe nicht.",
    "Am Hoch 2021 gekauft, endlich wieder bei null 🥲",
    "Seitwärtsmarkt, ich schaue nur zu",
],
"merch": [
    "GEWINNSPIEL 🎁 Wir verlosen 3 Hoodies! Folgen, liken, retweeten. Auslosung am Freitag.",
],
"hacked": [
    "Unser Konto wurde heute Morgen gehackt. Bitte ignoriert alle Beiträge zu Krypto-Gewinnspielen. Wir fragen euch niemals nach Geld.",
    "Hab mein Konto zurück. Der Post mit dem Bitcoin-Verdoppeln war NICHT von mir. Schickt nichts!",
],
"quotewarn": ["Betrug. Nichts schicken.", "Konto gehackt, bitte melden."],
"naive": ["erledigt ✅ {addr}", "{addr} danke!!"],
"chatter": [
    "Endlich Freitag. Hab ich mir verdient.",
    "Schaut noch jemand das Spiel? Was für ein Krampf.",
    "Sonntags Brötchen holen und dann Zeitung lesen. Herrlich.",
    "Die Bahn hat schon wieder Verspätung. Überraschung.",
    "Danke an alle, die gestern beim Konzert waren, ihr wart großartig ❤️",
    "Serie durchgeschaut und jetzt brauche ich jemanden zum Reden über das Ende.",
    "Morgen ab 7 Uhr frische Brezeln, solange der Vorrat reicht.",
    "Regen und kein Schirm dabei. Typisch.",
    "Buchtipps für den Urlaub? Her damit.",
    "Heute 10 km gelaufen und überlebt.",
    "Neue Podcastfolge ist online! Diesmal geht es um Schlaf und Handys.",
    "Alles Gute zum Geburtstag an meine Schwester ❤️",
    "Wir suchen Aushilfen fürs Wochenende, meldet euch per DM.",
    "Was für ein Sonnenuntergang heute am See.",
    "Ich lerne Gitarre und meine Nachbarn hassen mich.",
    "Wer am Wochenende in {city} ist: kommt vorbei!",
    "Montag. Kaffee. Sofort.",
],
}

T["it"] = {
"double": [
    "Voglio restituire qualcosa alla community. Tutti i {coin} inviati all'indirizzo qui sotto vi verranno restituiti raddoppiati. Mandate {a1} {coin}, ne ricevete {a2}. Solo per {mins} minuti.\n\n{addr}",
    "Promo lampo: invia da {a1} a {max} {coin} a {addr} e ricevi subito il doppio. Mancano {mins} minuti!",
    "Per festeggiare il nuovo massimo, i primi 500 che mandano {coin} a questo wallet li riceveranno moltiplicati per {mult} 👇\n{addr}",
    "Tabella pagamenti:\n{table}\nIndirizzo: {addr}\nFino a esaurimento fondi",
    "Non è uno scherzo: ogni {coin} che arriva su {addr} nella prossima mezz'ora torna indietro x{mult}.",
    "Grazie di tutto ragazzi! Raddoppio ogni invio di {coin} a questo indirizzo, massimo {max} {coin} a testa:\n{addr}",
],
"event": [
    "🔴 IN DIRETTA: giveaway ufficiale {brand} con {total} {coin} in palio. Partecipa qui 👉 {url}",
    "{brand} festeggia l'anniversario regalando {coin} alla community. Tutto su {url}",
    "Live speciale con {brand} in corso. Raddoppia i tuoi {coin} sulla pagina dell'evento: {url}",
],
"drainer": [
    "L'airdrop di ${tok} è attivo! Collega il tuo wallet e riscatta i token: {url}",
    "Il tuo wallet ha un errore di sincronizzazione. Convalidalo qui per evitare il blocco: {url}",
    "Mint gratuito aperto solo per oggi 🎨 collega il wallet: {url}",
    "Verifica KYC obbligatoria per tutti gli utenti. Completala entro 24 ore o i fondi verranno congelati: {url}",
],
"recovery": [
    "È successo anche a me e ho recuperato tutto grazie a {tg} su Telegram. Scrivigli!",
    "Salve, siamo l'assistenza. Ci contatti su WhatsApp al {wa} e risolviamo subito.",
    "Non mollare, {mail} mi ha fatto recuperare i miei USDT in due giorni.",
],
"dropaddr": [
    "Regalo {total} {coin} a chi lascia l'indirizzo del wallet nei commenti 👇 bisogna seguirmi",
    "Lasciate il vostro wallet qui sotto, stasera mando {coin} a 50 persone a caso.",
],
"fee": [
    "Complimenti, hai vinto {prize} {coin}! Per prelevarli devi prima pagare la commissione di rete di {fee} {coin} all'indirizzo {addr}.",
    "Il tuo prelievo di {usd} € è pronto, manca solo la tassa di {fee} {coin}: {addr}",
],
"endorse": [
    "Funziona davvero! Mandati {a1}, tornati {a2} in cinque minuti",
    "Confermo, ricevuto il doppio. Sbrigatevi che finisce",
],
"news": [
    "Diversi account verificati sono stati violati nel pomeriggio per diffondere la truffa del «bitcoin raddoppiato». L'indirizzo {addr} ha già ricevuto versamenti.",
    "Finta diretta di {brand}: il link porta al sito {durl}. L'azienda smentisce qualsiasi iniziativa.",
    "Truffe con falsi giveaway di criptovalute in aumento, avverte la Polizia Postale.",
    "Arrestati a {city} due uomini accusati di truffare le vittime di raggiri cripto con un falso servizio di «recupero fondi».",
],
"warn": [
    "Nessuno vi raddoppia le cripto. Se vi chiedono di inviare prima, è una truffa.",
    "Attenzione agli «esperti di recupero» nelle risposte: sono truffatori anche loro.",
    "Se per ritirare una vincita devi pagare una commissione, la vincita non esiste.",
    "Mai collegare il wallet a un link ricevuto in privato.",
],
"victim": [
    "Ma è vero? Un account verificato dice che restituisce il doppio di quello che mandi a {addr}",
    "Ho mandato {a1} {coin} a quell'indirizzo un'ora fa e non è tornato niente. Che faccio?",
    "Credo di essere stato truffato. Ho collegato il wallet per un airdrop e mi hanno svuotato tutto.",
],
"charity": [
    "La nostra onlus ora accetta donazioni in {coin}: {addr}. Pubblichiamo ogni movimento sul sito. Grazie!",
],
"promo": [
    "Questa settimana, per ogni deposito superiore a 100 € in {coin}, un buono sulle commissioni. Regolamento: {url}",
    "Il claim dell'airdrop apre domani solo sul sito ufficiale {url}. Non vi chiederemo mai di inviare fondi.",
],
"price": [
    "Il {coin} è raddoppiato quest'anno e c'è ancora chi dice che è morto",
    "x2 da marzo. Non vendo.",
    "Comprato sul massimo del 2021, finalmente in pari 🥲",
    "Mercato laterale, guardo da fuori",
],
"merch": [
    "GIVEAWAY 🎁 In palio 3 felpe! Segui, metti like e RT. Estrazione venerdì.",
],
"hacked": [
    "Il nostro account è stato violato stamattina. Ignorate qualsiasi post su giveaway di criptovalute. Non vi chiederemo mai soldi.",
    "Ho recuperato l'account. Quel post sui bitcoin raddoppiati NON era mio. Non mandate niente.",
],
"quotewarn": ["Truffa. Non mandate nulla.", "Account hackerato, segnalatelo."],
"naive": ["fatto ✅ {addr}", "{addr} grazie!!"],
"chatter": [
    "Finalmente venerdì. Me lo sono meritato.",
    "Qualcuno sta guardando la partita? Che sofferenza.",
    "Pranzo della domenica dalla nonna, niente batte le sue lasagne.",
    "Il treno è di nuovo in ritardo. Che novità.",
    "Grazie a tutti quelli che sono venuti al concerto ieri sera, siete stati fantastici ❤️",
    "Finita la serie, ho bisogno di parlare con qualcuno di quel finale.",
    "Domani cornetti caldi dalle 7, fino a esaurimento.",
    "Piove e io senza ombrello. Come sempre.",
    "Consigli di lettura per le vacanze?",
    "Oggi 10 km di corsa, sono ancora vivo.",
    "Nuova puntata del podcast online! Parliamo di sonno e smartphone.",
    "Buon compleanno a mia sorella, la persona più simpatica che conosca ❤️",
    "Cerchiamo personale per i weekend, scriveteci in privato.",
    "Che tramonto stasera al mare.",
    "Sto imparando la chitarra e i vicini mi odiano.",
    "Se siete a {city} questo weekend passate a trovarci!",
    "Lunedì mattina, caffè doppio obbligatorio.",
],
}

T["ru"] = {
"double": [
    "Хочу отблагодарить своих подписчиков. Все {coin}, отправленные на адрес ниже, вернутся вам в двойном размере. Отправляете {a1} {coin}, получаете {a2} {coin}. Акция действует {mins} минут.\n\n{addr}",
    "Срочная акция: переведите от {a1} до {max} {coin} на {addr} и сразу получите вдвое больше. Осталось {mins} мин!",
    "В честь нового исторического максимума первые 500 человек, отправивших {coin} на этот кошелёк, получат обратно в {mult} раза больше 👇\n{addr}",
    "Таблица выплат:\n{table}\nАдрес: {addr}\nПока не закончится фонд",
    "Это не шутка: каждый {coin}, пришедший на {addr} в ближайшие полчаса, вернётся удвоенным.",
    "Спасибо, что вы со мной! Удваиваю любой перевод {coin} на этот адрес, но не больше {max} {coin} с человека:\n{addr}",
],
"event": [
    "🔴 ПРЯМОЙ ЭФИР: официальная раздача {brand}, {total} {coin} для участников. Участвовать 👉 {url}",
    "{brand} отмечает юбилей и раздаёт {coin} сообществу. Подробности на {url}",
    "Сейчас идёт специальный стрим с {brand}. Удвойте свои {coin} на странице мероприятия: {url}",
],
"drainer": [
    "Аирдроп ${tok} уже доступен! Подключите кошелёк и заберите свои токены: {url}",
    "В вашем кошельке обнаружена ошибка синхронизации. Пройдите валидацию, чтобы избежать блокировки: {url}",
    "Бесплатный минт открыт только сегодня 🎨 подключайте кошелёк: {url}",
    "Обязательная KYC-верификация для всех владельцев кошельков. Пройдите её в течение 24 часов, иначе средства будут заморожены: {url}",
],
"recovery": [
    "У меня было то же самое, всё вернул через {tg} в телеграме. Напишите им, ребята надёжные.",
    "Здравствуйте, это служба поддержки. Напишите нам в WhatsApp {wa}, мы поможем.",
    "Не отчаивайтесь, {mail} вернули мои USDT за двое суток.",
],
"dropaddr": [
    "Разыгрываю {total} {coin} среди тех, кто оставит адрес кошелька в комментариях 👇 Подписка обязательна.",
    "Пишите свои адреса ниже, вечером отправлю {coin} пятидесяти случайным людям.",
],
"fee": [
    "Поздравляем, вы выиграли {prize} {coin}! Для вывода необходимо сначала оплатить сетевую комиссию {fee} {coin} на адрес {addr}.",
    "Ваш вывод на сумму {usd} $ одобрен. Осталось оплатить налог {fee} {coin}: {addr}",
],
"endorse": [
    "Реально работает! Отправил {a1}, через пять минут пришло {a2}",
    "Подтверждаю, получил вдвойне. Успевайте!",
],
"news": [
    "Несколько верифицированных аккаунтов были взломаны и опубликовали мошенническую «раздачу биткоинов». На адрес {addr} уже поступили переводы.",
    "Мошенники запустили фейковый стрим {brand}, ссылка ведёт на {durl}. В компании заявили, что никаких раздач не проводят.",
    "Число мошенничеств с фальшивыми криптораздачами растёт, предупреждают в полиции.",
    "В {city} задержаны двое, предлагавшие жертвам криптомошенников «вернуть средства» за предоплату.",
],
"research": [
    "Индикаторы сегодняшней волны:\n{durl}\n{addr}\nДомены зарегистрированы менее 72 часов назад.",
],
"warn": [
    "Никто не удвоит вашу крипту. Если просят сначала отправить, это развод.",
    "Осторожно с «экспертами по возврату средств» в комментариях, это тоже мошенники.",
    "Если за выигрыш надо заплатить комиссию, выигрыша нет.",
    "Никогда не подключайте кошелёк по ссылке из личных сообщений.",
],
"victim": [
    "Это правда? Верифицированный аккаунт пишет, что вернёт вдвое больше, если отправить на {addr}",
    "Отправил {a1} {coin} на этот адрес час назад, ничего не пришло. Что теперь делать?",
    "Кажется, меня развели. Подключил кошелёк ради аирдропа, и всё списали.",
],
"charity": [
    "Наш фонд теперь принимает пожертвования в {coin}: {addr}. Все поступления публикуем на сайте.",
],
"dev": [
    "Для тестов используйте адрес тестнета {tb}, реальные монеты туда не отправляйте.",
],
"promo": [
    "На этой неделе за депозит от 100 $ в {coin} дарим купон на скидку по комиссиям. Условия: {url}",
    "Получение аирдропа откроется завтра, только на официальном сайте {url}. Мы никогда не просим отправить средства.",
],
"price": [
    "{coin} за год удвоился, а кто-то до сих пор говорит, что он мёртв",
    "x2 с марта. Не продаю.",
    "Купил на хаях 2021-го, наконец-то вышел в ноль 🥲",
    "Рынок в боковике, просто наблюдаю",
],
"merch": [
    "РОЗЫГРЫШ 🎁 Разыгрываем 3 худи! Подпишись, лайкни и сделай ретвит. Итоги в пятницу.",
],
"hacked": [
    "Наш аккаунт взломали сегодня утром. Игнорируйте любые посты о раздаче криптовалюты. Мы никогда не просим денег.",
    "Вернул доступ к аккаунту. Пост про удвоение биткоинов писал НЕ я. Ничего не отправляйте!",
],
"quotewarn": ["Это развод. Ничего не отправляйте.", "Аккаунт взломан, жалуйтесь."],
"naive": ["готово ✅ {addr}", "{addr} спасибо!!"],
"chatter": [
    "Наконец-то пятница.",
    "Кто-нибудь смотрит матч? Это больно.",
    "В воскресенье у бабушки блины, лучше плана нет.",
    "Опять пробки на весь город.",
    "Спасибо всем, кто пришёл вчера на концерт, вы лучшие ❤️",
    "Досмотрел сериал, срочно нужно с кем-то обсудить финал.",
    "Завтра с семи утра свежая выпечка, приходите.",
    "Дождь, а я без зонта. Как всегда.",
    "Посоветуйте книги в отпуск?",
    "Пробежал сегодня 10 км и выжил.",
    "Вышел новый выпуск подкаста, говорим про сон и телефоны.",
    "С днём рождения, сестрёнка ❤️",
    "Ищем сотрудника на выходные, пишите в личку.",
    "Какой сегодня закат над рекой.",
    "Учусь играть на гитаре, соседи в восторге. Нет.",
    "Кто будет в {city} на выходных, заходите к нам!",
    "Понедельник. Нужен кофе.",
],
}

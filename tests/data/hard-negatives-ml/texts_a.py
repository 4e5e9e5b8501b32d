"""Hand-written texts, part A: en, es, pt, fr.

Markup resolved by make.py:
  {{bc:KEY}} bech32 P2WPKH, {{p2pkh:KEY}} base58check P2PKH, {{eth:KEY}} EIP-55 address.
  The same KEY always gives the same address, in every language.
  [[URL]] becomes a t.co link in the text and an entities.urls entry with URL expanded.
Categories: news, warning, research, question, reply (answers the nearest earlier
question), hacked, donation, promo, banter.
Account kinds (followers, age and client follow from the kind, see make.py):
  news, cryptonews, journalist, researcher, exchange, support, safety, org, smallbiz,
  charity, oss, freelancer, nft, project, creator, user.
"""

ACCOUNTS = {
    "en": [
        ("WireDeskNews", "WireDesk News", "news"),
        ("MetroTechReport", "Metro Tech Report", "news"),
        ("TheLedgerDaily", "The Ledger Daily", "cryptonews"),
        ("hannah_okafor", "Hannah Okafor", "journalist"),
        ("chainsleuth", "chainsleuth 🔎", "researcher"),
        ("dr_mkovacs", "Dr. Marta Kovacs", "researcher"),
        ("OrbixExchange", "Orbix", "exchange"),
        ("OrbixSupport", "Orbix Support", "support"),
        ("PlatformSafety", "Platform Safety", "safety"),
        ("valkormotors", "Valkor Motors", "org"),
        ("RiverbendFC", "Riverbend FC", "org"),
        ("OpenWellFund", "OpenWell Fund", "charity"),
        ("tidepool_dev", "tidepool", "oss"),
        ("jenna_draws", "Jenna ✏️ commissions open", "freelancer"),
        ("lofi_ben", "ben (lofi streams)", "creator"),
        ("PaperCranesNFT", "Paper Cranes", "nft"),
        ("LatticeNetwork", "Lattice", "project"),
        ("GadgetGrace", "Grace | gadget reviews", "creator"),
        ("coffeeandcharts", "coffee & charts", "creator"),
        ("mike_t_1987", "Mike T", "user"),
        ("sarah_lbk", "Sarah", "user"),
        ("joan_in_leeds", "Joan W.", "user"),
        ("degen_dave", "dave", "user"),
    ],
    "es": [
        ("DiarioRedTec", "Diario Red · Tecnología", "news"),
        ("ElFaroNoticias", "El Faro Noticias", "news"),
        ("CriptoPulsoMX", "CriptoPulso", "cryptonews"),
        ("lucia_ferrerp", "Lucía Ferrer", "journalist"),
        ("rastro_onchain", "Rastro On-chain", "researcher"),
        ("dr_ines_calvo", "Inés Calvo", "researcher"),
        ("ValleBit", "ValleBit", "exchange"),
        ("ValleBitAyuda", "ValleBit Ayuda", "support"),
        ("CiberGuardia_ES", "CiberGuardia", "safety"),
        ("AtleticoRiberaCF", "Atlético Ribera CF", "org"),
        ("LibreriaMarea", "Librería Marea", "smallbiz"),
        ("FundacionAlba", "Fundación Alba", "charity"),
        ("proyecto_pampa", "pampa", "oss"),
        ("marta_ilustra", "Marta ilustra 🎨", "freelancer"),
        ("el_tito_crypto", "El Tito", "creator"),
        ("colectivo_ceiba", "Colectivo Ceiba", "nft"),
        ("pacocharts", "Paco", "creator"),
        ("jorge_mtz88", "Jorge Martínez", "user"),
        ("anabel_rdz", "Anabel", "user"),
        ("carmenoax", "Carmen", "user"),
    ],
    "pt": [
        ("PortalTecnoBR", "Portal Tecno", "news"),
        ("JornalDoNorteBR", "Jornal do Norte", "news"),
        ("BlocoNoticias", "Bloco Notícias", "cryptonews"),
        ("carolina_pimentel", "Carolina Pimentel", "journalist"),
        ("trilha_onchain", "Trilha On-chain", "researcher"),
        ("pesq_renata_lima", "Renata Lima", "researcher"),
        ("CaravelaEx", "Caravela", "exchange"),
        ("CaravelaAjuda", "Caravela Ajuda", "support"),
        ("AlertaGolpesBR", "Alerta Golpes", "safety"),
        ("ECVarzeaGrande", "EC Várzea Grande", "org"),
        ("padaria_trigal", "Padaria Trigal", "smallbiz"),
        ("InstitutoSemente", "Instituto Semente", "charity"),
        ("projeto_jangada", "jangada", "oss"),
        ("rafa_design", "Rafa | design", "freelancer"),
        ("ze_do_bitcoin", "Zé do Bitcoin", "creator"),
        ("RedeAurora", "Rede Aurora", "project"),
        ("luanafinances", "Luana | finanças", "creator"),
        ("thiagoo_sp", "Thiago", "user"),
        ("bia_rocha", "Bia Rocha", "user"),
        ("neide_santos52", "Neide Santos", "user"),
        ("mariana_pt", "Mariana", "user"),
    ],
    "fr": [
        ("LeQuotidienNum", "Le Quotidien Numérique", "news"),
        ("InfoFlashFR", "InfoFlash", "news"),
        ("CoinHebdo", "CoinHebdo", "cryptonews"),
        ("claire_morvan", "Claire Morvan", "journalist"),
        ("pistes_onchain", "Pistes on-chain", "researcher"),
        ("dr_benali_secu", "Yacine Benali", "researcher"),
        ("PasserelleFR", "Passerelle", "exchange"),
        ("PasserelleAide", "Passerelle Aide", "support"),
        ("CyberAlerteFR", "Cyber Alerte", "safety"),
        ("StadeMarinFC", "Stade Marin FC", "org"),
        ("ChocolaterieLune", "Chocolaterie de la Lune", "smallbiz"),
        ("AssoPainPartage", "Pain Partagé", "charity"),
        ("projet_lumen", "lumen", "oss"),
        ("lea_traduit", "Léa • traduction", "freelancer"),
        ("nico_trade", "Nico", "creator"),
        ("atelier_brume", "Atelier Brume", "nft"),
        ("papy_crypto", "Papy Crypto", "creator"),
        ("julien_r75", "Julien R.", "user"),
        ("manon_lyon", "Manon", "user"),
        ("josiane_b", "Josiane", "user"),
    ],
}

POSTS = {
    "en": [
        ("news", "WireDeskNews",
         "The verified account of EV maker Valkor Motors was taken over for about 40 minutes on Tuesday. "
         "Its posts read: \"We are giving back 5,000 BTC. Send 0.1 to 20 BTC to the address below "
         "and we will send back double.\" The company says it has regained control. "
         "[[https://wiredesk.news/tech/valkor-account-hijack]]"),
        ("news", "TheLedgerDaily",
         "On-chain records show the address used in the Valkor Motors account takeover, {{bc:valkor}}, "
         "received about 3.4 BTC before the posts were deleted. Exchanges have been asked to flag the funds. "
         "[[https://theledgerdaily.com/2026/06/valkor-hijack-wallet]]"),
        ("news", "MetroTechReport",
         "Almost six years on from the July 2020 hack, the message still reads like a template: "
         "\"I am giving back to the community. All Bitcoin sent to the address below will be sent back doubled.\" "
         "That address, bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh, took in over 12 BTC."),
        ("news", "hannah_okafor",
         "Court update: three men admitted running the fake \"Orbix anniversary\" livestreams. Viewers were told "
         "to scan a QR code, open orbix-event[.]top and \"receive 2x ETH back within 30 minutes\". "
         "Sentencing is set for September."),
        ("warning", "PlatformSafety",
         "Accounts impersonating Valkor Motors are still pushing a \"BTC giveaway\". Nobody will double your "
         "crypto. Do not send anything to {{bc:valkor}}, and report the post under \"Scam or fraud\"."),
        ("warning", "OrbixSupport",
         "Orbix will never run a giveaway that asks you to send crypto first. The \"10th anniversary: send 1 ETH, "
         "get 2 ETH\" videos are deepfakes, and [[http://orbix-event.top]] is not ours. "
         "Security tips: [[https://orbixexchange.com/security]]"),
        ("warning", "OrbixSupport",
         "If you sent funds to {{eth:orbix}} after watching a \"live\" video of our CEO, please open a ticket "
         "with the transaction hash. We can't reverse on-chain transfers, but we pass every report to police."),
        ("warning", "coffeeandcharts",
         "Rule of thumb I gave my parents: if anyone (a celebrity, a \"support agent\", your \"bank\") says send "
         "0.5 BTC and get 1 BTC back, it is theft. Every single time. No exceptions for blue ticks."),
        ("research", "chainsleuth",
         "Thread on the fake Orbix livestreams 🧵 1/ All 14 streams pointed to one wallet, {{eth:orbix}}. "
         "It received 41.2 ETH from 212 senders in 3 days. Median deposit: 0.15 ETH. Outgoing to victims: none."),
        ("research", "chainsleuth",
         "2/ The landing pages are clones: countdown timer, a \"recent transactions\" feed of people getting 2x "
         "back, and the line \"send from 0.1 to 50 ETH\". The feed is a hard-coded JavaScript array, not chain data."),
        ("research", "dr_mkovacs",
         "We crawled 1,900 giveaway-scam domains registered in May. 71% contain \"event\", \"gift\" or \"x2\"; "
         "median lifetime is 4 days; most sit behind the same two hosting providers. Report: "
         "[[https://seclab-kovacs.org/reports/giveaway-domains-2026.pdf]]"),
        ("research", "dr_mkovacs",
         "Detail from the Valkor hijack worth noting: right after the \"send back double\" post, 30 bot accounts "
         "replied \"thank you, got 2 BTC back!!\" within 90 seconds. The social proof is the whole trick."),
        ("question", "mike_t_1987",
         "is this legit?? video on youtube says Orbix is doing send 0.1 ETH get 0.2 ETH back, address "
         "{{eth:orbix}} . my brother wants to try it"),
        ("reply", "sarah_lbk",
         "@mike_t_1987 it's a scam, please tell him not to. no exchange gives back double, the video is AI"),
        ("question", "joan_in_leeds",
         "Got a message from \"Valkor Support\" saying I've won their giveaway and just need to send 0.05 BTC "
         "for verification to claim 1 BTC. Is that normal?"),
        ("reply", "coffeeandcharts",
         "@joan_in_leeds No Joan, that's the classic fee trick. Real prizes never cost money to claim. "
         "Block and report them 🙏"),
        ("hacked", "valkormotors",
         "Our account was compromised earlier today. Please ignore any posts about a Bitcoin giveaway. "
         "Valkor Motors will never ask you to send crypto. We're working with the platform and the police."),
        ("hacked", "RiverbendFC",
         "Apologies to all supporters: this account was accessed by an unauthorised third party overnight and "
         "used to promote a crypto \"giveaway\". Those posts weren't us. Please don't send anything."),
        ("hacked", "tidepool_dev",
         "Heads up: our Discord was hijacked and someone announced a \"TIDE token airdrop, send 0.05 ETH for gas\". "
         "There is no token. There will never be a token. We've got the server back."),
        ("donation", "OpenWellFund",
         "Winter appeal: £10 keeps a borehole in northern Kenya running for a month. Give by card at "
         "[[https://openwellfund.org/give]] or send BTC to the address below. Receipts on request.\n{{bc:openwell}}"),
        ("donation", "tidepool_dev",
         "tidepool is maintained by 3 volunteers. If it saves you time, sponsorship helps: GitHub Sponsors or "
         "BTC {{bc:tidepool}}. Every quarter we publish exactly where the money went."),
        ("donation", "jenna_draws",
         "Commissions open! 3 slots. Payment via PayPal or BTC ({{p2pkh:jenna}}), half up front. "
         "DM me with refs 🎨"),
        ("donation", "lofi_ben",
         "no ads on the stream, ever. if you want to say thanks, tips welcome: {{bc:lofiben}} ⚡ "
         "and if not, just hang out, you're all great"),
        ("promo", "OrbixExchange",
         "New to Orbix? Deposit at least $100 within 14 days of completing ID verification and get a $20 "
         "trading-fee voucher. Vouchers expire after 30 days. Full terms: "
         "[[https://orbixexchange.com/promo/welcome-2026]]"),
        ("promo", "OrbixExchange",
         "The Orbix Futures Cup starts Monday 🏆 Top 100 traders by PnL % share a 50,000 USDT prize pool. "
         "Minimum volume 10,000 USDT, verified accounts only, not available in the UK or US. "
         "[[https://orbixexchange.com/futures-cup]]"),
        ("promo", "LatticeNetwork",
         "The LAT airdrop checker is live for wallets that used Lattice testnet before 1 May. Claims only on "
         "[[https://claim.lattice.network]]. We will never DM you or ask you to send tokens first."),
        ("promo", "PaperCranesNFT",
         "Paper Cranes mint: June 20, 17:00 UTC. 1,000 pieces at 0.02 ETH, max 2 per wallet. Only mint on "
         "[[https://papercranes.art/mint]]. The contract address goes up here and on the site at the same time."),
        ("promo", "GadgetGrace",
         "GIVEAWAY 🎁 I'm giving away the phone I reviewed this week. Like + retweet + follow to enter, winner "
         "picked Friday. No purchase, no payment, I will never ask for your card."),
        ("banter", "degen_dave",
         "BTC doubled since March and my portfolio 2x'd. 0.1 ETH → 0.2 ETH in a year, not bad for someone who "
         "buys every top 😂"),
        ("banter", "sarah_lbk",
         "Arsenal v Spurs tonight, double or nothing with my brother on the scoreline. He says 2-1. "
         "I say send it 🚀"),
    ],
    "es": [
        ("news", "DiarioRedTec",
         "La cuenta verificada del fabricante Valkor Motors estuvo secuestrada unos 40 minutos. Los mensajes "
         "decían: «Devolvemos el doble: envía entre 0,1 y 20 BTC a la dirección de abajo y recibirás el doble». "
         "La empresa ya recuperó el control. [[https://diarioredtec.com/seguridad/valkor-cuenta-secuestrada]]"),
        ("news", "CriptoPulsoMX",
         "La billetera usada en el hackeo de Valkor Motors, {{bc:valkor}}, recibió unos 3,4 BTC antes de que "
         "se borraran las publicaciones. Varios exchanges ya marcaron los fondos."),
        ("news", "ElFaroNoticias",
         "Detienen en Valencia a dos jóvenes por montar falsos sorteos en redes: desde la web "
         "valle-bit-regalo[.]xyz prometían «duplicar tus ethereum en 30 minutos». Según los investigadores, "
         "hay 140 afectados."),
        ("news", "lucia_ferrerp",
         "Hablé con tres víctimas del falso directo de Orbix. Todas vieron un vídeo del CEO hecho con IA y un "
         "código QR. «Decía que si mandaba 0,5 ETH me devolvían 1 ETH. Mandé y nada», me cuenta Rosa, 61 años."),
        ("warning", "CiberGuardia_ES",
         "⚠️ Nadie va a duplicar tus criptomonedas. Si ves «envía 1 BTC y te devolvemos 2», es una estafa. "
         "No envíes nada a {{bc:valkor}} ni a ninguna dirección de un «sorteo». Denuncia la publicación."),
        ("warning", "ValleBitAyuda",
         "ValleBit nunca te pedirá que envíes cripto para participar en un sorteo ni para «verificar» tu cuenta. "
         "[[http://valle-bit-regalo.xyz]] no es nuestra. Nuestro único dominio: [[https://vallebit.mx]]"),
        ("warning", "ValleBitAyuda",
         "Si enviaste fondos a {{eth:vallefake}} creyendo que era una promoción nuestra, abre un ticket con el "
         "hash de la transacción. No podemos revertirla, pero colaboramos con las autoridades."),
        ("warning", "pacocharts",
         "Recordatorio de los lunes: si alguien te promete el doble de lo que envías, no es un regalo, es un "
         "robo. Da igual que la cuenta tenga palomita azul y mil comentarios de «¡me llegó!»."),
        ("research", "rastro_onchain",
         "🧵 Analicé la dirección {{eth:vallefake}} del falso sorteo de ValleBit. 1/ Recibió 18,7 ETH de 96 "
         "remitentes en 48 horas. Nadie recibió ni un wei de vuelta: cero salidas hacia las víctimas."),
        ("research", "rastro_onchain",
         "2/ Los fondos salieron en 11 saltos hacia un mezclador. La web mostraba una lista de «transacciones "
         "recientes» con gente recibiendo el doble, pero era un script con datos inventados."),
        ("research", "lucia_ferrerp",
         "Patrón que se repite en todos los casos: la web promete «2x en 30 minutos», pone un mínimo de 0,1 BTC "
         "y un contador regresivo para meter prisa. Si hay prisa, hay trampa."),
        ("research", "dr_ines_calvo",
         "Nuestro estudio: de 600 cuentas que publicaron «sorteos» de cripto en mayo, el 82 % tenía menos de "
         "una semana. El resto eran cuentas antiguas secuestradas. Informe completo: "
         "[[https://ciberlab-ucalvo.es/informes/sorteos-cripto-2026]]"),
        ("question", "jorge_mtz88",
         "¿Esto es real? Vi un video de ValleBit que dice que si mandas 0.1 ETH te regresan 0.2 ETH a esta "
         "dirección: {{eth:vallefake}} 🤔 ¿alguien ya lo probó?"),
        ("reply", "anabel_rdz",
         "@jorge_mtz88 Es estafa, no mandes nada. ValleBit ya avisó que esa promo no existe."),
        ("question", "carmenoax",
         "Me escribió alguien diciendo que soy ganadora de 1 BTC y que solo tengo que pagar 0,02 BTC de "
         "«comisión» para recibirlo. ¿Es normal?"),
        ("reply", "pacocharts",
         "@carmenoax No, doña Carmen, es fraude. Ningún premio de verdad le cobra por entregarlo. "
         "Bloquee y reporte 🙏"),
        ("hacked", "AtleticoRiberaCF",
         "Comunicado: nuestra cuenta fue hackeada anoche y se publicó un supuesto sorteo de bitcoin. No tiene "
         "nada que ver con el club. Nunca os pediremos que enviéis criptomonedas."),
        ("hacked", "LibreriaMarea",
         "Nos hackearon el Instagram y este perfil 😞 Si veis algo de «regalamos ETH, envía y recibe el doble», "
         "NO somos nosotros. Aquí solo vendemos libros."),
        ("hacked", "proyecto_pampa",
         "Aviso: alguien tomó el control de nuestro Discord y anunció un «airdrop de PAMPA, envía 0,05 ETH de "
         "gas». No existe ningún token. Nunca lo habrá."),
        ("donation", "FundacionAlba",
         "Campaña para comedores escolares en Oaxaca. Puedes donar con tarjeta en "
         "[[https://fundacionalba.org.mx/dona]] o en cripto: BTC {{bc:alba}} · ETH {{eth:alba}}. "
         "Publicamos informe trimestral."),
        ("donation", "proyecto_pampa",
         "pampa es software libre y lo mantenemos dos personas en nuestro tiempo libre. Si te sirve y quieres "
         "apoyar: {{bc:pampa}} ¡Gracias a quienes ya donaron este mes!"),
        ("donation", "marta_ilustra",
         "Abro comisiones de retratos 🎨 Pago por Bizum, PayPal o BTC ({{p2pkh:marta}}), 50 % por adelantado. "
         "Escríbeme por MD."),
        ("donation", "el_tito_crypto",
         "Si os gustan mis resúmenes semanales y queréis invitarme a un café: {{bc:tito}} ☕ Cero obligación, "
         "el contenido seguirá siendo gratis."),
        ("promo", "ValleBit",
         "Bono de bienvenida: deposita al menos 2.000 MXN en tus primeros 15 días tras verificar tu identidad y "
         "recibe 200 MXN en cupón de comisiones. Válido hasta el 30/06. Términos: "
         "[[https://vallebit.mx/promo/bienvenida]]"),
        ("promo", "ValleBit",
         "🏆 Torneo de trading de junio: los 50 mejores por rentabilidad se reparten 20.000 USDT. Volumen mínimo "
         "5.000 USDT y cuenta verificada. Bases completas: [[https://vallebit.mx/torneo-junio]]"),
        ("promo", "CriptoPulsoMX",
         "🎁 SORTEO: regalamos 3 ejemplares de «Bitcoin para principiantes». Para participar: síguenos, dale RT y "
         "menciona a un amigo. Ganadores el viernes. No pedimos datos bancarios ni cripto."),
        ("promo", "colectivo_ceiba",
         "La colección «Ceiba» sale el 21 de junio: 500 piezas a 0,015 ETH, máximo 2 por cartera. Solo en "
         "[[https://ceiba.art/mint]]. El contrato se publicará aquí y en la web a la vez."),
        ("banter", "jorge_mtz88",
         "Mi cartera se duplicó desde marzo y aun así sigo en la ruina 😂 0,1 ETH → 0,2 ETH en un año, no está mal"),
        ("banter", "anabel_rdz",
         "Clásico esta noche. Doble o nada con mi primo: si gana el Madrid, pago yo las cenas de julio."),
        ("banter", "el_tito_crypto",
         "El BTC ha duplicado desde marzo y el chat ya está pidiendo x2 otra vez. Tranquilos, que el mercado "
         "no es una tómbola."),
    ],
    "pt": [
        ("news", "PortalTecnoBR",
         "A conta verificada da montadora Valkor Motors foi invadida por cerca de 40 minutos. As publicações "
         "diziam: \"Estamos devolvendo o dobro: envie de 0,1 a 20 BTC para o endereço abaixo e receba o dobro de "
         "volta\". A empresa já recuperou o acesso. [[https://portaltecno.com.br/seguranca/valkor-conta-invadida]]"),
        ("news", "BlocoNoticias",
         "Segundo dados da blockchain, o endereço usado no caso Valkor, {{bc:valkor}}, recebeu cerca de 3,4 BTC. "
         "Corretoras foram notificadas para bloquear o que chegar até elas."),
        ("news", "JornalDoNorteBR",
         "Polícia Civil prende em Belém suspeito de criar perfis falsos de corretoras que prometiam \"dobrar seu "
         "bitcoin em 1 hora\". O site usado, caravela-bonus[.]top, saiu do ar. Prejuízo estimado: R$ 900 mil."),
        ("news", "carolina_pimentel",
         "Conversei com vítimas da falsa live da Orbix. \"O vídeo mostrava o CEO dizendo que quem mandasse "
         "0,5 ETH recebia 1 ETH de volta. Era tudo IA\", contou um aposentado de Campinas."),
        ("warning", "AlertaGolpesBR",
         "🚨 Ninguém dobra criptomoeda. Se a mensagem diz \"envie 1 BTC e receba 2\", é golpe. Não envie nada "
         "para {{bc:valkor}} nem para endereço de \"sorteio\" nenhum. Denuncie o perfil."),
        ("warning", "CaravelaAjuda",
         "A Caravela nunca pede que você envie cripto para participar de promoção ou \"liberar saque\". "
         "[[http://caravela-bonus.top]] não é nosso. Endereço oficial: [[https://caravela.com.br/seguranca]]"),
        ("warning", "CaravelaAjuda",
         "Se você transferiu para {{eth:caravelafake}} achando que era bônus nosso, abra um chamado com o hash "
         "da transação. Não conseguimos estornar, mas repassamos tudo à polícia."),
        ("warning", "luanafinances",
         "Dica que eu repito sempre: promessa de retorno em dobro + prazo curtinho + \"vagas limitadas\" = golpe. "
         "Não importa se o perfil tem selo de verificado."),
        ("research", "trilha_onchain",
         "🧵 Fui atrás do endereço {{eth:caravelafake}} do falso bônus da Caravela. 1/ Entraram 22,1 ETH de "
         "130 carteiras em 4 dias. Saída para as vítimas: zero."),
        ("research", "trilha_onchain",
         "2/ O site tinha um painel de \"últimas transações\" mostrando gente recebendo o dobro. Abri o código: "
         "era uma lista fixa em JavaScript que se repetia a cada 2 minutos."),
        ("research", "carolina_pimentel",
         "O roteiro é sempre o mesmo: vídeo falso de famoso, QR code, \"envie de 0,1 a 50 ETH e receba 2x em "
         "30 minutos\", cronômetro na tela. A pressa é parte do golpe."),
        ("research", "pesq_renata_lima",
         "Nosso levantamento: 74% dos domínios de falsos sorteios de cripto registrados em maio usavam "
         "\"bonus\", \"gift\" ou \"x2\". Vida média: 3 dias. Relatório: "
         "[[https://labseg-renatalima.org/relatorios/sorteios-cripto-2026]]"),
        ("question", "thiagoo_sp",
         "Gente, isso é verdade? Tá dizendo que se eu mandar 0.1 ETH pra {{eth:caravelafake}} recebo 0.2 ETH "
         "de volta, promoção da Caravela. Alguém já testou?"),
        ("reply", "bia_rocha",
         "@thiagoo_sp Golpe!! Não manda nada, a própria Caravela já avisou que isso é falso."),
        ("question", "neide_santos52",
         "Recebi mensagem dizendo que ganhei 1 BTC num sorteio e que só preciso pagar 0,02 BTC de taxa pra "
         "liberar. Isso é normal?"),
        ("reply", "luanafinances",
         "@neide_santos52 Não é, dona Neide. Prêmio de verdade não cobra taxa pra ser entregue. "
         "Bloqueia e denuncia 🙏"),
        ("hacked", "ECVarzeaGrande",
         "Nota oficial: nossa conta foi invadida na madrugada e usada para divulgar um suposto sorteio de "
         "bitcoin. O clube não tem relação com isso e jamais pedirá que você envie criptomoedas."),
        ("hacked", "padaria_trigal",
         "Hackearam nosso perfil 😞 Se aparecer qualquer coisa de \"mande ETH e receba o dobro\", NÃO somos nós. "
         "Aqui é só pão de queijo mesmo."),
        ("hacked", "projeto_jangada",
         "Atenção: invadiram nosso Discord e anunciaram um \"airdrop JANGADA, envie 0,05 ETH de taxa\". "
         "Não existe token. Nunca vai existir."),
        ("donation", "InstitutoSemente",
         "Campanha do agasalho: cobertores para 2 mil famílias no Sul. Doe por Pix em "
         "[[https://institutosemente.org.br/doe]] ou em cripto: BTC {{bc:semente}} · ETH {{eth:semente}}. "
         "Prestamos contas todo mês."),
        ("donation", "projeto_jangada",
         "O jangada é software livre mantido por 3 voluntários. Se ele te ajuda e quiser apoiar: "
         "{{bc:jangada}}. Publicamos a cada trimestre onde o dinheiro foi usado."),
        ("donation", "rafa_design",
         "Abrindo agenda pra logos e identidade visual ✏️ Aceito Pix ou BTC ({{p2pkh:rafa}}), 50% adiantado. "
         "Chama na DM!"),
        ("donation", "mariana_pt",
         "Sou tradutora freelancer em Lisboa e já aceito pagamento em bitcoin. Para clientes que preferem: "
         "{{bc:mariana}} — fatura emitida na mesma, claro."),
        ("promo", "CaravelaEx",
         "Bônus de boas-vindas: deposite a partir de R$ 200 em até 15 dias após verificar sua identidade e ganhe "
         "R$ 20 em desconto de taxas. Válido até 30/06. Regulamento: [[https://caravela.com.br/promo/boas-vindas]]"),
        ("promo", "CaravelaEx",
         "🏆 Campeonato de trading de junho: os 100 maiores em rentabilidade dividem 30.000 USDT. Volume mínimo "
         "de 5.000 USDT e conta verificada. Regras completas: [[https://caravela.com.br/campeonato]]"),
        ("promo", "RedeAurora",
         "O airdrop AUR está aberto para quem usou a testnet antes de 1º de maio. Resgate apenas em "
         "[[https://claim.aurora-rede.org]]. Não mandamos DM e nunca pedimos que você envie tokens antes."),
        ("promo", "PortalTecnoBR",
         "SORTEIO 🎁 Vamos dar o celular que testamos esta semana. Pra participar: siga, curta e dê RT. "
         "Resultado na sexta. Não pedimos pagamento, Pix nem dados do cartão."),
        ("banter", "thiagoo_sp",
         "Meu portfólio dobrou desde março e eu continuo sem dinheiro pro churrasco 😂 0,1 ETH → 0,2 ETH em um "
         "ano, nada mal"),
        ("banter", "bia_rocha",
         "Fla x Flu hoje. Dobro ou nada com meu irmão: quem perder paga o açaí do mês inteiro."),
        ("banter", "ze_do_bitcoin",
         "BTC dobrou desde março e já tem gente no chat pedindo 2x de novo. Manda ver, mas com stop, por favor."),
    ],
    "fr": [
        ("news", "LeQuotidienNum",
         "Le compte certifié du constructeur Valkor Motors a été piraté pendant une quarantaine de minutes. "
         "Les messages publiés disaient : « Nous rendons le double : envoyez de 0,1 à 20 BTC à l’adresse "
         "ci-dessous et recevez le double en retour. » [[https://lequotidiennum.fr/cyber/valkor-piratage]]"),
        ("news", "CoinHebdo",
         "D’après la blockchain, l’adresse utilisée lors du piratage de Valkor Motors, {{bc:valkor}}, a reçu "
         "environ 3,4 BTC avant la suppression des messages."),
        ("news", "InfoFlashFR",
         "Deux hommes mis en examen à Lille pour de faux « giveaways » crypto. Leur site, "
         "passerelle-cadeau[.]live, promettait de « doubler vos ETH en 30 minutes ». Plus de 200 victimes "
         "selon le parquet."),
        ("news", "claire_morvan",
         "J’ai recueilli le témoignage de victimes du faux live Orbix. « Le PDG disait à l’écran : envoyez "
         "0,5 ETH, vous recevez 1 ETH. C’était une vidéo truquée par IA », raconte Michel, 67 ans."),
        ("warning", "CyberAlerteFR",
         "⚠️ Personne ne double vos cryptos. « Envoyez 1 BTC, recevez-en 2 » = arnaque, sans exception. "
         "N’envoyez rien à {{bc:valkor}} ni à aucune adresse de « concours ». Signalez la publication."),
        ("warning", "PasserelleAide",
         "Passerelle ne vous demandera jamais d’envoyer des cryptos pour participer à un jeu ou « débloquer » "
         "un retrait. [[http://passerelle-cadeau.live]] n’est pas à nous. Adresse officielle : "
         "[[https://passerelle.fr/securite]]"),
        ("warning", "PasserelleAide",
         "Si vous avez envoyé des fonds à {{eth:passfake}} en pensant à une offre Passerelle, ouvrez un ticket "
         "avec le hash de la transaction. Impossible de l’annuler, mais nous transmettons tout aux enquêteurs."),
        ("warning", "papy_crypto",
         "Ce que je répète à mes petits-enfants : si on vous promet le double de ce que vous envoyez, ce n’est "
         "pas un cadeau, c’est un vol. Badge bleu ou pas."),
        ("research", "pistes_onchain",
         "🧵 J’ai suivi l’adresse {{eth:passfake}} du faux concours Passerelle. 1/ 16,3 ETH reçus de 88 "
         "expéditeurs en 3 jours. Envois vers les victimes : zéro."),
        ("research", "pistes_onchain",
         "2/ Le site affichait un flux de « transactions récentes » où des gens recevaient le double. En réalité, "
         "une liste codée en dur dans le JavaScript, qui tourne en boucle."),
        ("research", "dr_benali_secu",
         "Sur 1 200 domaines de faux giveaways crypto relevés en mai, 68 % contiennent « gift », « event » ou "
         "« x2 ». Durée de vie médiane : 4 jours. Notre note : [[https://benali-secu.fr/notes/giveaways-mai-2026]]"),
        ("research", "claire_morvan",
         "Le mécanisme ne change pas : vidéo truquée, QR code, « envoyez de 0,1 à 50 ETH, recevez 2x sous "
         "30 minutes », compte à rebours. L’urgence fait partie de l’arnaque."),
        ("question", "julien_r75",
         "C’est sérieux ça ? Une vidéo Passerelle dit que si j’envoie 0,1 ETH à {{eth:passfake}} je reçois "
         "0,2 ETH. Quelqu’un a testé ?"),
        ("reply", "manon_lyon",
         "@julien_r75 C’est une arnaque, n’envoie rien. Passerelle a déjà prévenu que cette offre n’existe pas."),
        ("question", "josiane_b",
         "Quelqu’un m’écrit que j’ai gagné 1 BTC et que je dois juste payer 0,02 BTC de « frais de dossier ». "
         "C’est normal ?"),
        ("reply", "papy_crypto",
         "@josiane_b Non Josiane, c’est une escroquerie. Un vrai gain ne se paie pas. Bloquez et signalez 🙏"),
        ("hacked", "StadeMarinFC",
         "Communiqué : notre compte a été piraté cette nuit et utilisé pour promouvoir un prétendu concours "
         "bitcoin. Le club n’y est pour rien et ne vous demandera jamais d’envoyer des cryptomonnaies."),
        ("hacked", "ChocolaterieLune",
         "On s’est fait pirater le compte 😞 Si vous voyez passer « envoyez de l’ETH, on vous rend le double », "
         "ce n’est PAS nous. Ici on vend du chocolat, c’est tout."),
        ("hacked", "projet_lumen",
         "Attention : notre Discord a été compromis et quelqu’un a annoncé un « airdrop LUMEN, envoyez 0,05 ETH "
         "de frais ». Il n’y a pas de jeton. Il n’y en aura jamais."),
        ("donation", "AssoPainPartage",
         "Notre collecte d’été finance 40 000 repas. Don par CB sur [[https://painpartage.org/don]] ou en "
         "crypto : BTC {{bc:painpartage}} · ETH {{eth:painpartage}}. Reçu fiscal sur demande."),
        ("donation", "projet_lumen",
         "lumen est un logiciel libre maintenu par deux bénévoles. Pour soutenir le projet : {{bc:lumen}}. "
         "Chaque trimestre, on publie l’usage des dons."),
        ("donation", "lea_traduit",
         "Traductrice EN/DE→FR, quelques créneaux libres en juillet. Paiement par virement ou en BTC "
         "({{p2pkh:lea}}), facture fournie. Écrivez-moi en MP."),
        ("donation", "nico_trade",
         "Si mes analyses du dimanche vous servent et que vous voulez m’offrir un café : {{bc:nico}} ☕ "
         "Aucune obligation, tout reste gratuit."),
        ("promo", "PasserelleFR",
         "Offre de bienvenue : déposez au moins 100 € dans les 14 jours suivant la vérification de votre "
         "identité et recevez 10 € de réduction sur les frais. Jusqu’au 30/06. Conditions : "
         "[[https://passerelle.fr/offres/bienvenue]]"),
        ("promo", "PasserelleFR",
         "🏆 Compétition de trading de juin : les 50 meilleurs en performance se partagent 20 000 USDT. "
         "Volume minimum 5 000 USDT, compte vérifié. Règlement : [[https://passerelle.fr/competition-juin]]"),
        ("promo", "atelier_brume",
         "Mint de la collection « Brume » le 22 juin à 18 h : 300 œuvres à 0,02 ETH, 2 max par portefeuille. "
         "Uniquement sur [[https://brume.art/mint]]. Le contrat sera publié ici et sur le site en même temps."),
        ("promo", "CoinHebdo",
         "🎁 CONCOURS : on fait gagner 3 portefeuilles matériels. Pour participer : suivez le compte, RT ce "
         "message et identifiez un ami. Tirage vendredi. On ne vous demandera jamais de paiement ni de crypto."),
        ("banter", "julien_r75",
         "Mon portefeuille a fait x2 depuis mars et je suis toujours fauché 😂 0,1 ETH → 0,2 ETH en un an, "
         "pas mal"),
        ("banter", "manon_lyon",
         "PSG–OM ce soir. Quitte ou double avec mon frère : le perdant paie les restos de juillet."),
        ("banter", "nico_trade",
         "Le BTC a doublé depuis mars et le chat réclame déjà un x2. Du calme, le marché n’est pas une tombola."),
    ],
}

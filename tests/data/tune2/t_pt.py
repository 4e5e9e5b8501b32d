"""Modelos em português (do Brasil), escritos diretamente em português."""

T = {
    "a": [
        "Gente, NÃO mandem nada pra {addr}. É o golpe do falso sorteio do {celeb} de novo. Prometem devolver em dobro e nunca devolvem.",
        "Se o post diz \"mande {amt} {coin} e receba {amt2} de volta\", é golpe. Sempre. Sem exceção.",
        "O site {scamdomain} não tem nada a ver com a {brand}. É uma \"live\" falsa que fica com o seu {coin}.",
        "Quase que minha tia mandou {amt} {coin} pra {addr_short} porque uma \"transmissão ao vivo\" prometia o dobro. Conversem com os pais de vocês.",
        "Ninguém sério vai pedir pra você \"validar\" ou \"sincronizar\" a carteira num site aleatório. É assim que esvaziam carteiras.",
        "Aquele pessoal que responde \"fala com esse especialista, ele recuperou tudo\" embaixo de toda denúncia faz parte do mesmo golpe.",
    ],
    "a_quote": [
        "Golpe. Ninguém vai dobrar seu {coin}. Denunciem a conta.",
        "Conta hackeada, sorteio falso. Não cliquem, não mandem nada.",
        "\"Manda {amt} e recebe {amt2}\" é o golpe mais velho que existe, gente.",
    ],
    "b": [
        "Conta de {victim} (@{victim_handle}) é invadida: criminosos publicaram \"envie {amt} {coin} e receba {amt2}\". O endereço {addr} recebeu {total} {coin} em {n} transações antes de o post ser apagado.",
        "URGENTE: perfil de {victim} publica falso sorteio de {coin} prometendo dobrar qualquer envio por {mins} minutos. A assessoria confirma que a conta foi invadida.",
        "Segundo dados da blockchain, cerca de {n} vítimas enviaram {coin} para {addr_short}, endereço divulgado no perfil invadido de {victim}.",
    ],
    "c": [
        "Nova leva de domínios de sorteio falso (neutralizados): {defanged} / {defanged2}. Mesmo kit de \"live\", mesmas palavras: \"x2\", \"evento\", \"tempo limitado\".",
        "Analisamos {n} sites de golpe de sorteio cripto neste mês: {pct} usavam \"x2\" ou \"evento\" no título e {pct2} se passavam por {celeb}.",
        "Fio 🧵 sobre drainers: o site pede pra \"conectar a carteira\" pra resgatar um airdrop e depois uma aprovação ilimitada de tokens. Exemplos: {defanged}, {defanged2}.",
    ],
    "d": [
        "Isso é verdade? {scamlink} diz que o {celeb} tá dando {coin} e devolve o dobro. Parece oficial mas sei lá",
        "Recebi um e-mail dizendo que preciso \"validar\" minha carteira senão ela é suspensa: {scamlink}. É phishing?",
        "Mandei {amt} {coin} pro endereço de um \"evento ao vivo\" e não voltou nada. Caí num golpe? O que eu faço?",
        "Um cara no privado disse que ganhei {usd} USDT mas tenho que pagar uma taxa antes. Isso é golpe né?",
    ],
    "e": [
        "Nossa conta foi invadida hoje cedo. Ignorem o post de sorteio de criptomoedas: NÃO fomos nós. Já recuperamos o acesso.",
        "Pra todo mundo que viu o \"sorteio\" de {coin}: fui hackeado. Não mandem nada. Já recuperei a conta e ativei o 2FA.",
        "Pedimos desculpas. Um invasor publicou mensagens pedindo {coin} em troca do dobro. Nunca pediríamos dinheiro a vocês.",
    ],
    "e_other": [
        "Nosso Discord ficou comprometido por uns minutos. Ignorem qualquer link de \"mint surpresa\", não existe mint nenhum.",
    ],
    "f": [
        "Campeonato de trading no ar! Premiação total de R$ {usd} em bônus de negociação. Inscreva-se até sexta. Regulamento: {link}",
        "Semana de pontos em dobro: cada operação no mercado à vista vale o dobro de pontos até domingo. {link}",
        "Staking flexível de {coin} com rendimento de até {apy} ao ano. Taxa variável. Saiba mais: {link}",
    ],
    "g": [
        "A {org} agora aceita doações em cripto para {cause}. {coin}: {addr}. Todas as doações aparecem no nosso relatório trimestral. Obrigado!",
        "Já recebemos {n} doações para {cause}. Se quiser ajudar em {coin}, nosso endereço é {addr}.",
    ],
    "h": [
        "SORTEIO 🎉 Ganhe {prize}! Pra participar: siga, curta e dê RT. Resultado na {day}. Nunca vamos pedir pra você pagar nada.",
        "Chegamos a {n} seguidores! Pra comemorar vamos sortear {prize}. RT + marque um amigo. Sem compra, sem conectar carteira.",
    ],
    "i": [
        "O {coin} dobrou desde o halving e ainda tem gente dizendo que morreu kkkk",
        "{coin} pode fazer 2x daqui se o fluxo dos ETFs continuar. Ou cair {pct}. Faz parte.",
        "Mandei {amt} {coin} pra minha cold wallet hoje, a taxa tava o dobro da semana passada.",
    ],
    "j": [
        "Fiz um Pix de R$ {usd} pro meu irmão pelos ingressos do show e ele me mandou R$ {usd2} de volta porque pagou a janta também 😂",
        "Paguei a minha parte da conta de luz, R$ {usd}, pro meu colega de apê. Pix é vida.",
    ],
    "k": [
        "Sentimos muito pelo ocorrido. Envie o número do seu protocolo por DM que vamos verificar. Nunca pediremos sua frase de recuperação ou senha.",
        "Olá! Use apenas o chat do app. Quem oferece \"recuperar\" fundos nas respostas não faz parte da nossa equipe.",
    ],
    "ord_person": [
        "Café, chuva e uma lista de tarefas sem fim. Uma {day} clássica.",
        "Finalmente terminei aquele livro que todo mundo indicava. Valeu a pena.",
        "Fiz {food} em casa pela primeira vez. Nota 7, faria de novo.",
        "O trânsito em {city} hoje tava surreal.",
        "Alguém mais tem um gato que acorda a casa às 5 da manhã?",
        "Que final de jogo ontem 😮",
        "Plano do fim de semana: nada. Absolutamente nada.",
    ],
    "ord_org": [
        "Estaremos fechados na {day} para treinamento da equipe.",
        "Obrigado pelas {n} avaliações! Lemos todas.",
        "Episódio novo no ar, link na bio.",
        "Últimos ingressos para o show em {city}.",
        "Estamos contratando! Venha trabalhar com a gente em {city}.",
    ],
    "s_double": [
        "Quero retribuir à comunidade. Todo {coin} enviado para o endereço abaixo será devolvido em dobro! Se você mandar {amt} {coin}, eu devolvo {amt2} {coin}. Só por {mins} minutos.\n\n{addr}",
        "Evento especial! Envie de {amt_min} a {amt} {coin} para {addr} e receba o dobro na hora. Vagas limitadas.",
        "Na próxima hora vou devolver 2x todo {coin} enviado para este endereço. Mínimo {amt_min} {coin}.\n{addr}",
    ],
    "s_live": [
        "🔴 AO VIVO: evento de {coin} com {celeb}. Sorteio de {usd2} {coin}. Participe aqui: {scamlink}",
        "A {brand} está distribuindo {coin} durante a live! Entre antes que acabe 👉 {scamlink}",
    ],
    "s_mint": [
        "Mint grátis surpresa! Só para as primeiras {n} carteiras. Conecte sua carteira e resgate: {scamlink}",
        "O airdrop de {project} já está liberado. Veja se você tem direito e conecte sua carteira aqui 👉 {scamlink}",
    ],
    "s_kyc": [
        "Sua carteira foi sinalizada para verificação. Para evitar o bloqueio, valide em até 24 horas: {scamlink}",
        "Prezado cliente, sua conta está restrita por KYC incompleto. Conclua a verificação para liberar os saques: {scamlink}",
    ],
    "s_recovery": [
        "Sinto muito pelo que aconteceu. Também caí num golpe e o {contact} me ajudou a recuperar tudo em 48 horas. Fala com eles.",
        "Ainda dá pra recuperar seu {coin}. Entre em contato com {contact}, são especialistas certificados em recuperação de cripto.",
    ],
    "s_drop": [
        "Vou mandar {amt} {coin} para {n} pessoas aleatórias nas próximas 24h 🎁 Deixe o endereço da sua carteira aqui embaixo 👇",
        "Comenta o endereço da sua carteira {coin} que eu mando {amt} {coin} pros primeiros {n}. Depois manda {amt_min} pra confirmar 🙏",
    ],
    "s_fee": [
        "Parabéns! Sua carteira foi selecionada para receber {usd} USDT. Para sacar, pague a taxa de {fee} USDT para {addr}.",
        "Seu saque de {usd} USDT está pronto. É preciso pagar antes um imposto único de {fee} USDT. Fale com {contact}.",
    ],
    "s_testi": [
        "Acabei de receber {amt2} {coin} do evento do {celeb}!! Mandei {amt}. É real: {scamlink}",
        "Graças ao {contact} ganhei R$ {usd} em uma semana. Chama ele agora!",
    ],
    "s_addr": ["{addr}", "{coin}: {addr}", "{addr}\nx2 🔥 corre!"],
    "s_uri": ["Escaneie ou toque para participar 👉 {uri}", "Envie aqui e receba em dobro: {uri}"],
}

LISTS = {
    "day": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"],
    "city": ["São Paulo", "Rio", "Belo Horizonte", "Curitiba", "Recife", "Lisboa", "Porto Alegre"],
    "food": ["pão de queijo", "lasanha", "coxinha", "bolo de cenoura", "pizza"],
    "prize": ["uma camisa autografada", "uma carteira física", "dois ingressos para o show", "uma das 5 NFTs da coleção",
              "um vale-presente de R$ 100"],
    "cause": ["as famílias atingidas pelas enchentes", "a reforma da creche", "o abrigo de animais", "a cozinha comunitária"],
    "org": ["Associação Mãos Dadas", "ONG Patas do Sul", "Instituto Água Limpa"],
    "exchange": ["Mercado Bitcoin", "Binance", "Foxbit", "Coinbase"],
}

ACCOUNTS = {
    "news": [("moedahoje", "Moeda Hoje"), ("seguranca_digital_br", "Segurança Digital BR")],
    "research": [("caca_golpes", "Caça-Golpes"), ("rafa_threatintel", "Rafa | threat intel")],
    "exchange": [("foxbit_promo", "Foxbit Promoções")],
    "support": [("FoxbitAjuda", "Foxbit Ajuda")],
    "charity": [("maosdadas_ong", "Associação Mãos Dadas")],
    "project": [("arte_cripta_br", "Arte Cripta")],
    "user": [("julia_msouza", "Júlia Souza"), ("thiagohodl", "Thiago"), ("carol_e_o_gato", "Carol"),
             ("dudu_satoshi", "Dudu")],
}

FAMOUS = [
    ("anabeatrizcanta", "Ana Beatriz", "person", False),
    ("EsporteClubeTijuca", "EC Tijuca", "org", False),
    ("profrenatolima", "Prof. Renato Lima", "person", False),
]

SCAMMERS = [
    ("sorteio_btc_oficial", "Sorteio BTC Oficial"), ("suporte_binance_br", "Suporte Binance"),
    ("recupera_cripto_br", "Recuperação Cripto"), ("elon_live_br", "Elon Musk"),
    ("pix_usdt_gratis", "USDT Grátis 🎁"), ("fernanda_investe", "Fernanda ✨"),
]

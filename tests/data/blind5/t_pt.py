# Modelos em português (Brasil), escritos diretamente em português.
LANG = "pt"
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("Larissa", "larissa"), ("Thiago", "thiago"), ("Bruna", "bruna"), ("Rafael", "rafa"), ("Camila", "camila"),
         ("Vinícius", "vini"), ("Juliana", "ju"), ("Gustavo", "guga"), ("Aline", "aline"), ("Mateus", "mateus")]
LAST = [("Tavares", "tavares"), ("Moreira", "moreira"), ("Queiroz", "queiroz"), ("Albuquerque", "albuquerque"),
        ("Siqueira", "siqueira"), ("Bezerra", "bezerra"), ("Furtado", "furtado"), ("Prado", "prado")]
ORGS = {"news": ("Jornal Correio do Vale", "correiodovale"), "research": ("Lab Cripto Alerta", "criptoalerta_lab"),
        "exchange": ("Bitvale Corretora", "BitvaleBR"), "charity": ("Instituto Sopa Solidária", "sopasolidaria"),
        "brand": ("Açaí da Praça", "acaidapraca")}

SCAM = [
 ("double", "Tô devolvendo em dobro 🙌 Todo BTC que cair em {btc} na próxima hora volta duplicado pra você. Mandou 0,1, recebe 0,2."),
 ("double", "Bateu recorde? Então é festa: cada depósito em ETH vai ser dobrado automaticamente. Mín. 0,2 ETH / máx. 50 ETH → {eth}"),
 ("double", 'Sem pegadinha: tudo que cair em {btc} até meia-noite volta em dobro pra carteira de origem. Não precisa cadastro.'),
 ("double", "DOBRA DE BITCOIN 🔁\n0,25 BTC ⇒ 0,5 BTC\n0,5 BTC ⇒ 1 BTC\n2 BTC ⇒ 4 BTC\nEndereço oficial: {btc}"),
 ("double", "Bônus progressivo hoje:\n• até 0,9 ETH: +100%\n• de 1 a 4,9 ETH: +150%\n• acima de 5 ETH: +200%\nEnvie para {eth} e receba na mesma hora."),
 ("double", 'Quanto você quer receber? Manda metade pra {sol} 😉 O sistema devolve em dobro sozinho. Vagas limitadas.'),
 ("double", "Ação especial da Tesla: envie de 0,05 a 20 BTC e receba três vezes mais. {btc} Vale até meia-noite."),
 ("double", "USDT na rede TRON: o que você mandar pra {trx} volta 2x. Mais de 1.200 pessoas já receberam hoje."),
 ("event", "AO VIVO agora com a equipe da Ripple: distribuição de 50.000.000 XRP durante a live. Garanta o seu: {link}"),
 ("event", "Evento comemorativo oficial da Binance Brasil 🇧🇷 10.000 BNB para a comunidade. Participe pelo site {link}"),
 ("event", 'Transmissão direto de Austin: o Elon responde perguntas e distribui BTC pra quem estiver conectado. O link do evento tá em {dom} ⏱️'),
 ("airdrop", "O airdrop da fase 2 começou! Confira se sua carteira é elegível e resgate os tokens antes do snapshot: {link}"),
 ("airdrop", "Mint gratuito liberado 🔥 3.333 passes, você só paga o gás. Conecte a carteira e garanta o seu: {link}"),
 ("airdrop", 'Última chamada 📣 os tokens não resgatados serão queimados na sexta. Assine a transação de resgate na sua carteira: {link}'),
 ("airdrop", "Presentinho pros primeiros apoiadores 🪂 veja se você tem direito e resgate em {dom}"),
 ("phish", "ATENÇÃO: após a atualização da rede, todas as carteiras precisam ser validadas. Carteiras não validadas serão bloqueadas. Valide agora: {link}"),
 ("phish", 'Identificamos atividade incomum na sua carteira. Para evitar o bloqueio, informe suas 12 palavras no formulário seguro: {link}'),
 ("phish", "Clientes MetaMask: a migração com verificação KYC é obrigatória até 15/04. Evite o bloqueio dos seus fundos: {link}"),
 ("recovery", "Que triste, sinto muito. Aconteceu comigo também e o {handle} recuperou tudo em 48 horas. Chama eles, são de confiança."),
 ("recovery", 'Tem um hacker ético que trabalha junto com a polícia recuperando cripto roubada, ele me salvou. Procura por {handle}, responde rapidinho.'),
 ("recovery", "Minha tia caiu no mesmo golpe e mandou e-mail pro {mail}. Em dois dias ela tinha os USDT de volta. Tenta aí!"),
 ("support", "Olá! Pedimos desculpas pelo transtorno. Abra um chamado com nossa central de atendimento e um analista vai te ajudar: {link}"),
 ("support", 'Olá, aqui é o setor de reclamações. Envie um e-mail para {mail} com o ID da transação que resolvemos hoje mesmo.'),
 ("dropaddr", "SORTEIO 💸 Vou mandar 0,5 ETH pra 10 pessoas aleatórias. Deixa o endereço da sua carteira aqui embaixo e curte o post!"),
 ("dropaddr", 'Quem quer USDT de graça? 🙋 Deixa teu endereço TRC20 aqui e quem der mais RT ganha 300 USDT hoje à noite.'),
 ("fee", "Parabéns! Sua carteira ganhou 2,5 BTC no sorteio de aniversário. Para liberar o prêmio é preciso pagar antes a taxa de rede de 0,02 BTC para {btc}."),
 ("fee", "Seu saque de R$ 240.000,00 está aprovado. Pague a taxa de liberação de 5% em {trx} para desbloquear o saldo."),
 ("fee", "Você tem 15.000 USDT para receber. É só cobrir o gás (0,03 ETH) no endereço {eth} que a transferência sai na hora."),
 ("testimonial", 'Acabei de conferir no explorador: mandei 2.000 USDT e caíram 4.000. É sério, gente 😳 {trx}'),
 ("testimonial", "Eu achava que era golpe mas testei com 0,05 BTC e recebi 0,1 BTC. É real. Ainda tá aberto: {btc}"),
 ("uri", "Toca no link e participa direto do app da carteira 👇\n{uri}\nTodo pagamento volta em dobro."),
 ("uri", "Comprovantes estão na blockchain: {explorer_btc}\nManda pro mesmo endereço e recebe o dobro: {btc_split}"),
 ("mentor", "Meu gerente de conta me rendeu 28% num mês sem eu mexer em nada. Quer o contato? Manda 'INFO' no direct 💼"),
 ("mentor", "Invista R$ 300 e receba R$ 4.500 em 7 dias. Retorno garantido, eu mesmo opero sua conta. WhatsApp {wa}"),
]

BENIGN = [
 ("news", "Golpe da 'live que dobra bitcoin' arrecadou cerca de R$ 2 milhões em uma semana, segundo a Polícia Civil. O endereço usado era {btc}. Não envie nada. {site}"),
 ("news", "URGENTE | A conta de um jogador conhecido publicou por 40 minutos um 'presente x2' com o endereço {eth}. O clube confirmou a invasão."),
 ("news", "A CVM alerta para falsos 'especialistas em recuperação' que procuram vítimas de golpes com cripto e cobram taxas antecipadas. Leia: {site}"),
 ("research", "Novo kit drainer identificado: o site {dom_def} pede para 'conectar a carteira' e resgatar um airdrop, depois solicita aprovação ilimitada de tokens. Denunciem."),
 ("research", 'Análise rápida de {dom_def}: domínio registrado há 3 dias, certificado gratuito, cópia do site de uma corretora e pedido de aprovação de contrato. Drainer de manual.'),
 ("warning", "Alerta: ninguém vai dobrar sua cripto. Nem o Elon, nem o Vitalik, nem a gente. Pediu pra mandar moeda pra receber mais? É golpe."),
 ("warning", "Lembrete: nosso suporte nunca chama primeiro no privado nem pede sua frase de recuperação. Ignore links de 'validação de carteira'."),
 ("warning", "Cuidado com as respostas nas suas reclamações: nenhum 'hacker ético' recupera cripto. Se pedir dinheiro adiantado, é outro golpe."),
 ("question", "Recebi uma mensagem dizendo que ganhei 2 BTC e que só preciso pagar uma taxinha pra liberar. Isso é real? Tô desconfiada..."),
 ("question", "Vi uma live no YouTube do Saylor distribuindo bitcoin. Alguém sabe se é verdade?"),
 ("donation", "Nossa campanha de inverno começou! Pela primeira vez aceitamos doações em cripto. BTC: {btc}. Cada satoshi vira sopa quente."),
 ("donation", "Obrigado a todos que doaram para a reforma do abrigo. Ainda dá pra contribuir em ETH: {eth}. Publicamos o saldo toda sexta."),
 ("exchange", "Novidade na Bitvale: deposite a partir de 100 USDT este mês e ganhe um cupom de 10 USDT em taxas. Sujeito a regulamento e KYC."),
 ("exchange", "Segunda começa o campeonato de trading da Bitvale. Os 50 maiores volumes dividem 20.000 USDT. Inscrição pelo app."),
 ("giveaway", "SORTEIO 🍧 Curta e dê RT neste post pra concorrer a um mês de açaí grátis! Resultado na sexta."),
 ("cgiveaway", "Chegamos a 10 mil seguidores! RT + seguir e eu sorteio 3 pessoas pra ganhar US$ 50 em BTC. Eu nunca vou pedir nada no privado."),
 ("price", "O BTC praticamente dobrou este ano. Lembro de comprar a 40 mil e todo mundo me chamar de doido."),
 ("price", 'Solana subiu 40% desde janeiro e minha carteira continua no vermelho porque comprei no topo. Faz parte 😅'),
 ("tip", "Se meus fios te ajudam, uma gorjeta é bem-vinda mas nunca obrigatória: {btc}"),
 ("friends", "@thiago_prado mandei os 0,01 BTC da pizza de ontem, confere aí 🍕"),
 ("friends", "Paguei meu irmão pelos ingressos do show em USDC. Levou 3 segundos. Continua parecendo mágica."),
 ("nft", "Nossa coleção de arte generativa 'Marés' faz mint em 2 de abril: 1.000 peças a 0,03 ETH, só allowlist e só no site oficial."),
]
VICTIM = [
 "Caí num golpe. Mandei 0,8 ETH pra um endereço de 'sorteio' achando que era verdade. Tem como recuperar?",
 "Minha carteira foi esvaziada depois que conectei num site de airdrop. Perdi tudo, tô passando mal.",
 "O suporte da Bitvale não responde e meu saque tá pendente faz 3 dias. Mais alguém?",
]
HACKED = [
 "Minha conta foi invadida ontem. As postagens sobre cripto não foram minhas. Não mandem nada, por favor. Já recuperei o acesso.",
 "Desculpem, pessoal: a conta ficou comprometida por algumas horas e publicou um sorteio falso. Já apaguei tudo.",
 "Fui hackeado. Se viram um post meu de 'dobrar bitcoin', ignorem. Autenticação em dois fatores reativada.",
]
ORDINARY = [
 "Feijoada de sábado pronta. Agora a parte triste: a louça.",
 "Que jogo! Gol nos acréscimos e a arquibancada foi à loucura.",
 "Finalmente terminei o relatório do trimestre. Vou ficar olhando pro teto um pouco.",
 "Fui no lámen novo da Rua das Acácias. Que caldo!",
 "Metrô parado de novo. Terceira vez na semana.",
 "Ensaios começam segunda. Nervosa e animada na mesma medida.",
 "Alguém tem dica de fermento natural? O meu sempre morre.",
 "Que linda a corrida de rua hoje cedo, obrigado aos voluntários!",
 "Episódio novo do podcast no ar: falamos de burnout e do preço do mercado.",
 "Chuva o fim de semana inteiro. Desculpa perfeita pra terminar o livro.",
 "Orgulho do time hoje. O acesso continua vivo.",
 "Arrumando o armário achei três carregadores que não sei de onde vieram.",
]
QUOTE = [
 "Isso é golpe. Não mandem nada.",
 "Denunciado. Sorteio falso, esse endereço não é nosso.",
 "Conta claramente invadida, ninguém caia nessa.",
]

# Formas próprias deste arquivo.
SCAM += [
 ("double", "Pix de cripto 😂 brincadeira, é USDT mesmo: manda pra {trx} e eu devolvo em dobro até as 23h. 61 pagamentos feitos hoje, prints no perfil."),
 ("double", "PROMO HALVING 🟠\nvocê manda 0,02 → volta 0,04\nvocê manda 0,2 → volta 0,4\nvocê manda 2 → volta 4\n(somente carteira verificada) {btc}"),
 ("event", "Restam só 1.870 BTC no fundo da live 😱 o contador tá em {dom}; zerou, acabou."),
 ("fee", "Receita Cripto: você tem R$ 3.200,00 de restituição disponível. Para liberar é obrigatório pagar 60 USDT de taxa de processamento em {trx}."),
 ("airdrop", "Apareceu um token estranho na sua carteira? É o airdrop de fidelidade. Pra trocar por ETH, aprove antes o contrato de resgate: {link}"),
 ("mentor", "Meu robô de trading com IA rende 3,5% AO DIA, tudo no automático, saque quando quiser. Depósito mínimo 0,05 BTC: {btc}"),
 ("dropaddr", "Dá RT e responde com teu endereço de SOL 👇 às 21h mando 25 SOL pra 40 pessoas. Precisa me seguir."),
 ("testimonial", "Terceiro dia seguindo os sinais do {handle}: de R$ 400 pra R$ 2.950. Não é recomendação, mas olha os prints 🚀"),
]
BENIGN += [
 ("research", "Rastreamos 212 endereços de 'sorteios x2' neste trimestre. O maior, {btc}, recebeu 31 BTC de cerca de 900 pessoas. Ninguém recebeu nada de volta."),
 ("warning", "Se um amigo aparecer do nada pedindo '0,1 BTC emprestado até amanhã', liga pra ele antes. A conta pode ter sido invadida."),
 ("exchange", "Manutenção programada: depósitos e saques na Bitvale ficam pausados na terça, das 2h às 4h (UTC). Você não precisa fazer nada e nunca vamos pedir pra mover fundos."),
 ("donation", "Começou a campanha de 48 h! Cada real doado para a horta comunitária, em dinheiro ou cripto ({eth}), é dobrado por um comerciante do bairro até domingo."),
]
SCAM += [
 ("mentor", "Arbitragem de criptomoedas com rendimento de 1,5% ao dia, saque via Pix toda sexta. Já são 8 mil investidores. Comece com R$ 200 em {link}"),
 ("event", "O Neymar tá distribuindo NFTs e BTC pros fãs na live de aniversário ⚽🎁 só os primeiros 5 mil. Entra em {dom}"),
 ("recovery", "Sou advogado especialista em golpes com corretoras e cripto. Recuperamos seu dinheiro ou não cobramos nada. Escreve pra {mail} contando o valor perdido."),
 ("phish", "Nubank Cripto: detectamos um acesso suspeito na sua carteira. Confirme suas 12 palavras para manter a conta ativa: {link}"),
 ("support", "Oi! Seu caso foi encaminhado. Um atendente vai falar com você pelo chat em {link}; deixe a carteira aberta pra ele sincronizar."),
 ("double", "Vocês acreditam? Eu também não acreditava. Mandei 0,3 ETH e voltaram 0,6. Faltam 20 minutos, o endereço é este: {eth}"),
]
ORDINARY += [
 "Meu filho perguntou às 6h por que o céu é azul. Sem café não tem física.",
 "Notícias da horta: as abobrinhas declararam guerra.",
 "Jogo da Copa do Brasil na terça e os ingressos acabaram em 20 minutos.",
 "Voltei de duas semanas na Chapada. Sem sinal e sem arrependimento.",
 "O coral faz o concerto de outono sábado na igreja do bairro, apareçam!",
 "Perdi uma hora numa planilha ordenada pela coluna errada.",
 "Primeiro churrasco do mês e caiu um temporal, claro.",
 "Sugestões de livro pra um voo longo? Policial não, já deu.",
]

# Portuguese texts for blind2 (hand-written; mostly Brazilian usage, some European)
DEC, THOU = ",", "."
NAME_ORDER, NAME_SEP = "fl", " "
FIRST = [("João", "joao"), ("Ana", "ana"), ("Rafael", "rafa"), ("Beatriz", "bia"), ("Thiago", "thiago"),
         ("Camila", "camila"), ("Gustavo", "gustavo"), ("Larissa", "lari"), ("Pedro", "pedro"), ("Inês", "ines")]
LAST = [("Souza", "souza"), ("Oliveira", "oliveira"), ("Carvalho", "carvalho"), ("Almeida", "almeida"),
        ("Ribeiro", "ribeiro"), ("Tavares", "tavares"), ("Monteiro", "monteiro"), ("Barros", "barros")]
ORGS = [("Portal do Bitcoin Hoje", "portalbtchoje"), ("Alerta Golpe Digital", "alertagolpe"),
        ("Bloco Notícias", "bloconoticias")]
CITIES = ["São Paulo", "Lisboa", "Rio de Janeiro", "Porto", "Belo Horizonte"]
HIST = [[
    "Domingo de feijoada com a família. Nada supera isso.",
    "Que jogo, meus amigos! Sofri até o último minuto mas deu Mengão 🔴⚫",
    "Saiu vídeo novo no canal: montei um setup de estúdio gastando pouco.",
    "Alguém indica um livro bom pra ler nas férias? Aceito sugestões.",
    "Obrigada a todo mundo que foi ao show ontem. Vocês cantaram mais alto que eu!",
    "Segunda-feira a loja fica fechada para balanço. Terça voltamos normal.",
    "Pôr do sol em Floripa. Sem filtro, juro.",
    "Amanhã estou na rádio às 9h falando sobre saúde mental no trabalho.",
    "Treino pesado hoje. As pernas estão pedindo arrego.",
    "Meu cachorro descobriu o sofá novo e agora o sofá é dele.",
    "Foto da turma depois da formatura. Orgulho demais desses alunos.",
    "Receita rápida: pão de queijo de frigideira. Fica pronto em dez minutos.",
    "Lisboa com chuva também tem o seu encanto. Pastel de nata resolve tudo.",
    "Episódio 80 do podcast no ar! Falamos de música independente.",
]]

SCAM = {
    "doubling": [
        "Hoje estou generoso 🙏 Todo {coin} enviado para o endereço abaixo volta em dobro. Só pelos próximos {mins} minutos!\n{addr}",
        "Você manda {min} {coin} e recebe o dobro. Máximo de {max} {coin}. Acaba em {mins} min 👉 {addr}",
        "Não é brincadeira: cada {coin} que chegar em {addr} eu devolvo x2. Já paguei dezenas de pessoas hoje.",
        "Para comemorar o aniversário da {company}, devolvemos o seu valor + 100%. Mínimo {min} {coin}. Carteira: {addr}",
        "Promoção tripla de fim de ano! Envie {coin} para {addr} e receba 3x em até 20 minutos.",
    ],
    "tiers": [
        "🔥 EVENTO {coin} EM DOBRO 🔥\n{tiers}\nEndereço oficial: {addr}\nTermina em {mins} minutos",
        "Funciona assim:\n{tiers}\nEnvie para {addr}, o pagamento é automático.",
        "Tabela do sorteio de {name}:\n{tiers}\n{addr}",
    ],
    "paid_list": [
        "Pagamentos já enviados ✅ Obrigado, galera!\n{paid}\nAinda aberto por {mins} minutos: {addr}",
        "Quem duvidou, tá aí a prova 👇\n{paid}\nPróxima rodada: {addr} (mínimo {min} {coin})",
        "Confirmações da última hora:\n{paid}\nSua vez → {addr}",
    ],
    "link_event": [
        "🔴 AO VIVO: {name} está distribuindo {coin} na live com a {company}. Participe aqui: {link}",
        "Lançamos o evento oficial da {company}: todo participante recebe o dobro de volta. {link}",
        "Escaneie o QR code da transmissão ou acesse {link} para participar do sorteio de {name} com a {brand}.",
        "Perdeu a live? A página do sorteio fica no ar por mais {mins} minutos: {link}",
    ],
    "drainer": [
        "🪂 O airdrop da {project} está liberado! Resgate seus {token} aqui: {link}. O que não for resgatado será queimado em {hours}h.",
        "Você tem recompensas de {token} pendentes. Conecte sua carteira e confira antes do prazo: {link}",
        "Mint grátis da {project} para as primeiras {n} carteiras. Só paga o gás: {link}",
        "Últimas horas do airdrop retroativo da {project}. Verifique sua wallet e resgate em {link}",
    ],
    "validate": [
        "⚠️ Aviso aos usuários da {brand}: carteiras não validadas até sexta serão suspensas. Valide agora: {link}",
        "Devido a uma atualização da rede, todas as carteiras {brand} precisam ser sincronizadas. Acesse {link} e informe suas 12 palavras de recuperação.",
        "Sua carteira {brand} precisa migrar para o novo contrato. É grátis e leva 2 minutos: {link}",
        "Detectamos atividade incomum. Confirme a titularidade da sua carteira em {link} dentro de {hours} horas.",
    ],
    "drop_address": [
        "🎁 Vou dar {n} {coin} para os seguidores! Curte, dá RT e deixa o endereço da sua carteira aqui embaixo 👇 Os ganhadores pagam uma taxa de ativação de {fee} para {feeaddr}",
        "Deixa seu endereço nos comentários que eu te mando {coin}. Só preciso de {fee} pro gás antes, manda aqui: {feeaddr}",
        "Comenta tua wallet 👇 Os primeiros {n} ganham R$ 2.000. Pra liberar o prêmio, taxa de verificação de {fee}.",
        "Quem quer {coin} de graça? Responde com seu endereço. A ativação custa {fee}.",
    ],
    "recovery": [
        "Sinto muito pelo que aconteceu. Recuperei meus {coin} roubados com a ajuda de {handle}, são confiáveis e rápidos.",
        "Aconteceu o mesmo com meu irmão. Fala com {tg}, eles rastrearam tudo e recuperaram em 48h.",
        "Não desiste! Tem especialista que rastreia a blockchain. Eu chamei o {handle} no WhatsApp: {wa}",
        "Dá pra recuperar sim. Liga ou manda mensagem pra esse especialista: {phone}. Ele me ajudou quando perdi 2 {coin}.",
    ],
    "support": [
        "Olá, pedimos desculpas pelo transtorno. Entre em contato com nossa equipe de suporte via {handle} para resolvermos.",
        "Lamentamos o ocorrido. Preencha este formulário para ser atendido por um agente: {link}",
        "Oi! Seu problema tem solução rápida. Acesse nossa central de ajuda {link} e informe os dados da sua carteira ao atendente.",
        "Seu caso foi encaminhado. Mande DM para {handle} com o endereço da carteira e o problema.",
    ],
    "mentor": [
        "Ainda perdendo dinheiro operando sozinho? Já ajudei mais de 300 pessoas a lucrar {pct}% por semana. Resultado garantido. Chama: {tg}",
        "Comecei com R$ 1.000 e hoje tiro R$ 8.000 por semana graças à minha mentora. WhatsApp dela: {wa}",
        "Procuro 5 pessoas sérias para meu grupo VIP. Aporte mínimo de {min} {coin}, retorno de {pct}% semanal, risco zero. {tg}",
        "Quer aprender a ter renda passiva com cripto? Eu te ensino pessoalmente. Lucro garantido. {handle}",
    ],
}

NEG = {
    "news_quote": [
        "Contas verificadas foram invadidas nesta noite e publicaram \"mande {coin} que eu devolvo o dobro\" com o endereço {saddr}. Não envie nada.",
        "Lives falsas de {name} voltaram, agora divulgando {sdomain}. Pedem que você envie cripto primeiro. É golpe.",
        "Segundo a polícia, as vítimas perderam mais de R$ 10 milhões com sorteios falsos em sites clonados como {sdomain}.",
        "Análise: o endereço citado nos posts invadidos ({saddr}) recebeu cerca de {n} transferências antes de ser esvaziado.",
    ],
    "warning": [
        "A {brand} NUNCA vai pedir que você envie cripto para receber mais. Não existe sorteio. {sdomain} não é nosso site.",
        "Aviso de segurança: o único domínio oficial da {brand} é {odomain}. Páginas como {sdomain} são phishing. Nunca digite sua frase de recuperação.",
        "Lembrete: nosso suporte nunca chama no privado primeiro e nunca pede as 12 palavras.",
        "Atenção ⚠️ vídeos falsos de {name} distribuindo {coin} estão circulando. Quem diz \"mande 1 e receba 2\" está te roubando.",
    ],
    "victim_ask": [
        "Vi uma live do {name} dizendo que dobra qualquer {coin} enviado. Isso é verdade? O site é {sdomain}",
        "Alguém sabe se {sdomain} é confiável? Diz que tenho {token} pra resgatar e que preciso conectar a carteira.",
        "Mandei 0,3 {coin} pra um endereço de sorteio e não recebi nada. Caí num golpe? 😞",
    ],
    "complaint": [
        "{bhandle} meu saque está pendente há 3 dias e ninguém responde. O que está acontecendo?",
        "Ei {bhandle}, depois da atualização não consigo entrar e meu saldo de {coin} aparece zerado. Ajuda!",
        "O suporte da {brand} é péssimo. Uma semana com chamado aberto e nada.",
    ],
    "reply_scam": [
        "Isso é golpe. Ninguém dobra sua cripto. Denuncia e bloqueia.",
        "Não mande nada! {name} não faz sorteio, essa conta foi hackeada.",
        "Esses \"especialistas em recuperação\" nas respostas também são golpistas. Não pague nada.",
        "O suporte oficial da {brand} é só pelo {odomain}. O resto aqui é falso.",
    ],
    "hacked_notice": [
        "Minha conta foi invadida hoje à tarde. Ignorem qualquer post sobre cripto, não fui eu. Já recuperei o acesso.",
        "Ficamos comprometidos por cerca de uma hora. Aqueles sorteios NÃO eram nossos. Se alguém enviou algo, avise sua corretora. Sinto muito.",
        "Conta recuperada. Alguém entrou e postou um golpe de cripto. Não mandem dinheiro pra ninguém dizendo ser eu.",
    ],
    "donation": [
        "O abrigo agora aceita doações em cripto! {bcoin}: {addr} Toda ajuda conta para as contas do veterinário 🐾",
        "Se você curte o {project} e quer apoiar o desenvolvimento, aceitamos {bcoin}: {addr}. Valeu!",
        "Vaquinha para as vítimas das enchentes: {addr} ({bcoin}). Vamos publicar todas as movimentações.",
    ],
    "exchange_promo": [
        "Bônus de verão: {pct}% extra no primeiro depósito. Regulamento em {olink}",
        "Novidade na {brand}: taxa zero nos pares de {coin} até o fim do mês. Detalhes: {olink}",
        "Indique um amigo e vocês dois ganham R$ 100 em {coin} depois da primeira operação. Regras em {olink}",
    ],
    "legit_giveaway": [
        "🎉 SORTEIO: {n} carteiras físicas da {brand}! Siga e dê RT para participar. Nunca pediremos pagamento.",
        "Pra comemorar 1 milhão de usuários vamos sortear {n} moletons. Curte e dá RT, só isso. Regras: {olink}",
        "Sorteio de Natal 🎁 Responda com seu meme favorito de {coin}. {n} ganhadores levam brindes. Sem endereço, sem DM.",
    ],
    "official_airdrop": [
        "O airdrop da comunidade {proj} começou. Verifique a elegibilidade só em {pdomain}. Nunca mandamos DM.",
        "O resgate de {token} abre hoje às 14h UTC no site oficial: {olink}. Cuidado com páginas falsas nas respostas.",
    ],
    "price_talk": [
        "{coin} dobrou desde a mínima do inverno. Ainda acha que é tarde?",
        "Alavancagem de 2x em {coin} já é o meu limite. Mais que isso é cassino.",
        "Todo token novo promete {x}x. A maioria vai a zero. Cuidado.",
    ],
    "yield": [
        "Fazendo staking de {coin} a {apy}% ao ano na {brand}. Não é muito, mas rende mais que a poupança.",
        "Rendimento \"garantido\" acima de 20% ao mês é golpe. Staking de verdade fica perto de {apy}% ao ano.",
    ],
    "release_notes": [
        "{brand} v{ver} chegou: sincronização mais rápida e alerta para domínios de phishing conhecidos.",
        "Versão {ver}: agora dá para simular a transação antes de assinar e ver exatamente o que ela faz.",
    ],
    "conference": [
        "Nos vemos em {city}! Ingressos à venda para o congresso de segurança cripto, {n} palestras sobre fraudes. {olink}",
        "Vamos falar na semana blockchain de {city} sobre sorteios falsos e como identificá-los.",
    ],
    "meme": [
        "eu: só vou olhar o preço do {coin} rapidinho\neu às 3 da manhã: 📉📈📉",
        "\"mande 1 {coin} e receba 2\" mano, se funcionasse eu mandava pra mim mesmo",
    ],
}

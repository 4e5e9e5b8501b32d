# Português (Brasil).
ORGS = [("Portal Bloco Novo", "news"), ("Cripto Fácil Notícias", "journalist"), ("Valtora Brasil", "exchange"),
        ("Norvio Exchange", "exchange"), ("Escudo Cripto Segurança", "security"), ("Delegacia de Crimes Cibernéticos", "police"),
        ("Projeto Orbitra", "project"), ("Instituto Mãos Dadas", "charity"), ("Rafaela Prado (jornalista)", "journalist")]
FIRST = ["Thiago", "Camila", "Rafael", "Juliana", "Bruno", "Larissa", "Gustavo"]
LAST = ["Silva", "Oliveira", "Santos", "Pereira", "Almeida", "Costa"]
SUPPORT_NAME = "Suporte {b} Brasil"
MENTORS = ["Ana Paula | Mentora Cripto", "Rodrigo Lima Investimentos", "Fernanda Luz 💎 Renda Extra"]
HIJ_C = ["Caio Trader Raiz", "Bia Nunes NFT"]
HIJ_N = ["Cantinho da Vovó Cida", "Esporte Clube Vila Nova"]

SCAM = [
    ("double", "Quero retribuir tudo que vocês fizeram por mim 🙏 Na próxima hora, todo {COIN} enviado pro endereço abaixo volta em dobro. Mandou {X}, recebe {X2}.\n\n{ADDR}"),
    ("double", "A {BRAND} está comemorando com um evento único! Mínimo {MIN} {COIN}, máximo {MAX} {COIN}, retorno 2x automático. Pague direto: {URI}"),
    ("double", "Os primeiros 300 que mandarem {COIN} pra {ADDR} recebem o dobro na hora. Não é pegadinha, é meu jeito de agradecer."),
    ("double", "🔴 AO VIVO com {CELEB}: escaneie o QR da live, envie qualquer valor em {COIN} e o contrato devolve o dobro. Só enquanto durar a transmissão 👉 {LIVE}"),
    ("double", "Tô doando 2.000 {COIN} pros meus seguidores. Manda {X} que eu devolvo {X2} no mesmo endereço. Confere os pagamentos aqui: {EXPL}"),
    ("double", "O sorteio oficial da {BRAND} já começou. Participe antes que acabe: {URL}"),
    ("double", "galera, surpresa pra vocês 👀 o que mandarem eu dobro, só por 2 horas {URL}"),
    ("double", "obrigado por esse ano!! devolvendo o dobro de cada envio de {COIN} até meia-noite\n{ADDR}\njá paguei mais de 200 pessoas 🙌"),
    ("presale", "Pré-venda do $FOGUETE com apoio de {CELEB}. Preço da fase 1 com valorização de 50x garantida na listagem. Só carteiras na whitelist: {PRE}"),
    ("drainer", "🪂 Airdrop de ${TOKEN} temporada 2 liberado! Resgate em até {HOURS} horas ou os tokens serão queimados: {DRAIN}"),
    ("drainer", "Snapshot feito ✅ Veja quanto ${TOKEN} você tem direito e resgate aqui 👉 {DRAIN} conecta a carteira, assina e pronto"),
    ("drainer", "Mint grátis pras primeiras 1.500 carteiras. Quem tem {DBRAND} ganha 2 extras. Corre que tá acabando {DRAIN}"),
    ("drop", "Vou dar {X} {COIN} pra {N} pessoas aleatórias 🎁 Deixa teu endereço de {COIN} aqui embaixo e dá RT. Resultado em {HOURS}h"),
    ("fee", "Parabéns aos ganhadores! Pra liberar o prêmio é só enviar a taxa de ativação da rede de {FEE} {COIN} para {ADDR}. Cai em 10 minutos."),
    ("support", "{USER} Olá, sentimos muito pelo problema na sua carteira. Preencha o formulário seguro para um técnico sincronizar: {SUP}"),
    ("support", "{USER} Isso parece erro de sincronização do nó, tem solução. Fale com a gente no Telegram {TG} informando o protocolo, não exponha em público."),
    ("recovery", "Caiu em golpe de plataforma falsa? Nossa equipe certificada recupera suas criptomoedas. Sem pagamento antecipado. Abra seu caso: {REC}"),
    ("tax", "Seu saque de {X} {COIN} foi aprovado, mas está retido. Pela nova regulamentação é preciso pagar {PCT} de imposto antes da liberação. Envie o valor para {ADDR}."),
    ("tax", "🏆 Você foi sorteado na promoção de aniversário da {BRAND}! Prêmio: {X} {COIN}. Para receber, pague a taxa de processamento de {FEE} {COIN} em {ADDR} em até 24h."),
    ("mentor", "Saí de R$ 1.000 para R$ 27.500 em um mês com o método que eu ensino. Não precisa experiência. Últimas 4 vagas, me chama no WhatsApp {WA}"),
    ("mentor", "Oi querida, ainda investe sozinha? Minha mentora me ensinou a fazer {PCT} por semana com {COIN}. Se quiser te apresento, me chama no direct 🌹"),
    ("testimonial", "Gratidão eterna ao {TG} que recuperou meus USDT roubados, eu já tinha perdido a esperança. Se você foi vítima, procura eles, são confiáveis 💯"),
    ("testimonial", "Eu duvidava, mas os sinais da Ana Paula mudaram minha vida. Saquei R$ 40.000 de lucro ontem. Contato dela: {PHONE} 🙏"),
]

BENIGN = [
    ("news", "Perfis verificados foram invadidos nesta manhã para divulgar um falso 'sorteio que dobra {COIN}'. O endereço usado, {ADDR}, recebeu cerca de {SMALL} transferências antes do bloqueio. {NEWSURL}"),
    ("news", "Sites falsos de airdrop se passando por {DBRAND} esvaziaram carteiras nesta semana. O domínio golpista ({DEFDOM}) pedia assinatura de uma aprovação de token."),
    ("police", "⚠️ Estamos recebendo denúncias de posts do tipo 'mande cripto e receba o dobro'. Nenhuma empresa ou famoso dobra seu dinheiro. Se foi vítima, registre boletim citando o protocolo {CASE}."),
    ("warning", "Lembrete da {EX}: nunca chamamos você no privado primeiro, nunca pedimos sua frase de recuperação e nunca pedimos para 'validar' a carteira em site nenhum."),
    ("warning", "Atenção: um perfil falso de suporte da {SUPB} está respondendo quem reclama de transação travada. O suporte oficial nunca pede sua frase secreta."),
    ("victim", "isso é verdade?? um perfil que eu sigo acabou de postar: \"{PASTE}\""),
    ("victim", "Apareceu isso nas respostas com selo azul... é real ou golpe? \"{PASTE}\""),
    ("relative", "Como explicar pro meu pai que o vídeo do Elon pedindo bitcoin pra dobrar é golpe? Ele diz que é ao vivo e que 'o homem é rico, não precisa mentir' 😩"),
    ("joke", "me manda 1 BTC que eu te devolvo 2 BTC*\n\n*no dia de são nunca"),
    ("joke", "minha carteira já faz o contrário do golpe do dobro, e de graça"),
    ("donation", "Nossa campanha para as vítimas das enchentes agora aceita cripto. Bitcoin: {BTC}\nEthereum: {ETH}\nTodas as doações saem no relatório mensal."),
    ("promo", "Semana do Trader na {EX}: taxa maker zero nos pares {TICK} até domingo e premiação de {N} USDT para os 50 melhores. Regulamento: {EXURL}"),
    ("airdrop", "O airdrop da comunidade {PROJ} está aberto para os primeiros usuários. Confira a elegibilidade SÓ no site oficial {PURL}. Nunca mandamos link por DM."),
    ("whitelist", "Vamos colocar 100 pessoas da comunidade na allowlist da {PROJ} 🎟 Deixa o endereço público da carteira (nunca a frase secreta!) e conta o que você construiu."),
    ("giveaway", "Sorteinho pelos 10 mil: 3 pessoas ganham R$ 100 em {TICK}. Curte e responde com sua ferramenta favorita. Só vou pedir um endereço por DM, mais nada."),
    ("price", "{TICK} segurando os {P} no diário. Se romper, meu alvo 2x é {P2}. Stop abaixo de {PLOW}. Não é recomendação."),
    ("price", "Todo mundo pedindo 2x em {TICK} depois de subir {PCT} é exatamente como se forma topo. Realizando um pouco."),
    ("tipjar", "Se meus fios te ajudam, gorjeta é bem-vinda, nunca obrigatória 🙏 {ETH}"),
    ("friends", "{FRIEND} me pagou o churrasco em {COIN} em vez de Pix, a taxa saiu menor que a gorjeta kkkk"),
    ("dev", "Contrato da {PROJ} v2 publicado e verificado: {CA}\nA auditoria está na documentação. Confira o endereço no site antes de interagir."),
    ("ordinary", "Plantão dobrado de novo. Alguém me lembra de pedir o reembolso e mandar o e-mail pro RH antes que eu esqueça"),
    ("complaint", "Minha carteira tá com transação 'pendente' há duas horas. Mais alguém?"),
    ("research", "Analisamos 1.200 endereços de golpes de duplicação neste trimestre: a maioria movimenta os fundos em menos de 15 minutos. Relatório: {NEWSURL}"),
]

HIST_C = [
    "{TICK} recuperou os {P} no semanal. Precisa fechar acima pra confirmar. De olho no volume.",
    "Obra nova mintada hoje, edição aberta por 48h a 0,01 ETH. Obrigada a quem coleciona 🖤 {PURL}",
    "Mandei gorjeta on-chain pro meu analista favorito. Quem quiser me pagar um café: {ETH}",
    "Funding neutro, open interest subindo. Semana promete.",
    "Fiz um fio sobre como identificar drainer: nunca assine o que você não entende.",
    "Vendi um pouco de {TICK} em {P}. Não é topo, só rebalanceando.",
]
HIST_N = [
    "Domingo de feijoada, cozinha destruída e zero arrependimento.",
    "Obrigado a todo mundo que foi ontem, que energia 💙",
    "Receita nova no blog: frango com limão e tomilho em 40 minutos.",
    "Viajando essa semana, vou responder com atraso. Se cuidem.",
    "Só eu achei o final da novela corrido?",
    "Treino bom hoje cedo. Sábado é vitória, bora!",
]
HACKED = [
    "Recuperamos o perfil. Ontem ele foi invadido e publicaram um sorteio de cripto. NÃO fomos nós. Não enviem nada e denunciem os posts se ainda aparecerem.",
    "Desculpa, gente: invadiram minha conta e postaram um golpe de bitcoin. Senha trocada e 2FA ativado. Quem mandou dinheiro, registre boletim de ocorrência.",
]
QUOTE = [
    "Isso é golpe. Ninguém dobra cripto. Denuncia e bloqueia.",
    "Conta invadida, não mandem nada pra esse endereço.",
    "Alerta: sorteio falso. Se você enviou, guarda o hash da transação e denuncia.",
]

#!/usr/bin/env python3
"""Tuning fixtures for the concept/frame lexicons (rules/lexicon-*.toml): 12 languages,
15 scam posts and 15 hard negatives each. Deterministic (fixed seed, no wall clock);
standard library only. Writes posts.jsonl (Twitter API v2 lines sorted by created_at)
and labels.csv next to this script. All accounts, names and ids are fictional; every
wallet address is generated here from a fixed seed and checked before writing.

    python3 tests/data/multilingual/make.py
"""
import csv, datetime as dt, hashlib, io, json, os, random


SEED = 20260502
POST_BASE = 1790000000000000000
ACCOUNT_BASE = 7900000
HERE = os.path.dirname(os.path.abspath(__file__))

# --- addresses -----------------------------------------------------------------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + s


def b58check_ok(s: str) -> bool:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp(h):
    return [ord(c) >> 5 for c in h] + [0] + [ord(c) & 31 for c in h]


def bech32_p2wpkh(program: bytes, hrp="bc") -> str:
    acc = bits = 0
    data = [0]
    for b in program:
        acc = acc << 8 | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append(acc >> bits & 31)
    if bits:
        data.append(acc << (5 - bits) & 31)
    poly = _polymod(_hrp(hrp) + data + [0] * 6) ^ 1
    data += [poly >> 5 * (5 - i) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


def bech32_ok(a: str) -> bool:
    hrp, _, rest = a.rpartition("1")
    return _polymod(_hrp(hrp) + [BECH.index(c) for c in rest]) == 1


# Keccak-256 (the pre-SHA-3 padding Ethereum uses; hashlib.sha3_256 differs).
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
M64 = (1 << 64) - 1


def _rol(x, n):
    return (x << n | x >> (64 - n)) & M64 if n else x


def _keccak_f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(msg: bytes) -> bytes:
    rate = 136
    msg = bytearray(msg) + b"\x01"
    msg += b"\0" * (-len(msg) % rate)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40: str) -> str:
    h = keccak256(hex40.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(hex40))


def check_crypto():
    assert keccak256(b"").hex() == (
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == (
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert bech32_p2wpkh(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == (
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert b58check(bytes(21)) == "1111111111111111111114oLvT2"


def addresses(rng: random.Random):
    def h20():
        return bytes(rng.randrange(256) for _ in range(20))
    btc = bech32_p2wpkh(h20())
    btc1 = b58check(b"\0" + h20())
    eth = eip55(h20().hex())
    assert bech32_ok(btc) and b58check_ok(btc1)
    assert eth == eip55(eth[2:].lower())
    return btc, btc1, eth


# --- texts: per language 15 scam posts and 15 hard negatives --------------------------
# Placeholders in scam posts: {BTC} (bech32), {BTC1} (P2PKH), {ETH} (EIP-55), {URL}.
TEXTS = {}

TEXTS["en"] = {
    "urls": ["https://arbitrum-claimhub.net/drop", "https://wallet-sync-portal.io",
             "https://cbase-rewards.app/claim"],
    "scam_users": ["nova_treasury_", "cz_foundation_", "saylor_gift"],
    "normal_users": ["marta_onchain", "ledgerlearning", "dailybytenews", "kofi_builds",
                     "sec_researcher_j"],
    "scam": [
        "Feeling generous tonight. Whatever BTC lands in my wallet in the next hour comes straight back to you doubled. {BTC}",
        "You get back twice what you put in. Only rule: transfer from your own wallet. {ETH}",
        "Official payout table:\n0.1 BTC → 0.2 BTC\n0.5 BTC → 1 BTC\n1 BTC → 2 BTC\nAddress: {BTC1}",
        "200% bonus on every ETH deposit until midnight UTC. Deposit here: {ETH}",
        "The $ARB season 2 airdrop is live. Check eligibility and claim your allocation before the snapshot closes: {URL}",
        "Giving away 5,000 USDT to my followers 🎁 Drop your wallet address below and like this post!",
        "@mike_r I lost 3 BTC to a fake exchange too. Mr. Hollis, a recovery expert, got every coin back for me. Message him on Telegram @hollis_recovers",
        "Same thing happened to me! A hacker helped me recover my stolen funds within 48 hours. DM @CyberTraceLtd, thank me later",
        "Hurry, first 300 people only: send any amount of ETH and receive 3x in return. {ETH}",
        "Send 0.05 to 10 ETH and I return the same amount plus a 50% bonus. {ETH}",
        "Your wallet is flagged for the migration reward. Connect your wallet and verify to receive it: {URL}",
        "@crypto_tess giving 300 USDT to the first 20 who comment their SOL address 👇",
        "To celebrate 10 years of our exchange we are distributing 5,000 BTC to the community. Participate by sending between 0.1 and 20 BTC, we send it back doubled. {BTC}",
        "ok fam, you send me 0.02 btc and ill send you 0.04 right back, last round tonight {BTC}",
        "Mint now! Free genesis NFT for early supporters, only 2 hours left. Claim: {URL}",
    ],
    "benign": [
        "PSA: accounts replying \"send 0.1 BTC and get 0.2 back\" are scams. Nobody will double your coins. Report and block.",
        "My account was hacked last night. Ignore the giveaway posts, I will never ask you to send crypto.",
        "The attackers posted messages from 130 accounts promising to double any bitcoin sent, according to investigators.",
        "Police arrested three men who stole $2.1M through fake exchange giveaways, prosecutors said on Tuesday.",
        "BTC doubled since January and my portfolio is finally green. Still not selling.",
        "ETH did a 2x this year while I sat in stablecoins. Lesson learned.",
        "Giveaway! Retweet and follow to win one of three hoodies. Winners picked Friday. No purchase, no wallet needed.",
        "Promo terms: new users who deposit at least 100 USDT and trade $500 in volume get a 10 USDT voucher. KYC required. Full terms on our site.",
        "Our shelter accepts donations in BTC. Every satoshi buys dog food; we publish receipts each month.",
        "Researchers found 40 drainer sites that copy the Arbitrum claim page. The fake pages ask victims to connect a wallet and sign an approval.",
        "Is this legit? Someone in my replies says if I send 0.1 ETH they will send back 0.2.",
        "Reminder: never connect your wallet to a site you found in a reply. Real airdrops do not ask you to pay a fee.",
        "Moved my BTC from the exchange to my cold wallet today. Feels good.",
        "Every \"recovery expert\" in these replies is a second scam. Lost crypto cannot be hacked back.",
        "Snapshot done. Eligible holders will see the tokens in their wallets automatically next week. We will never DM you or ask for a payment.",
    ],
}

TEXTS["es"] = {
    "urls": ["https://airdrop-solana-oficial.net", "https://metamask-validar.com/cuenta",
             "https://binanse-recompensas.org"],
    "scam_users": ["regalos_cripto_", "fundacion_btc_", "elena_inversora"],
    "normal_users": ["lucia_blockchain", "noticias_cripto_mx", "pablo_dev", "seguridad_ana",
                     "refugio_patitas"],
    "scam": [
        "Esta noche me siento generoso: todo el BTC que llegue a mi billetera en la próxima hora te lo devuelvo multiplicado por dos. {BTC}",
        "Recibes el doble de lo que envías. Solo transfiere desde tu propia wallet. {ETH}",
        "Tabla oficial de pagos:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nDirección: {BTC1}",
        "Bono del 200% en cada depósito de ETH hasta la medianoche. Deposita aquí: {ETH}",
        "¡Ya está activo el airdrop de SOL! Comprueba si eres elegible y reclama tus tokens antes del cierre: {URL}",
        "Regalo 3.000 USDT a mis seguidores 🎁 Deja tu wallet en los comentarios y dale like.",
        "@jorge_m A mí también me estafaron con un exchange falso. El señor Ortega, experto en recuperación, me devolvió todo. Escríbele por Telegram @ortega_recupera",
        "¡Me pasó lo mismo! Un hacker ético me ayudó a recuperar mis fondos robados en 48 horas. Contacta a @RastreoCripto, me lo agradecerás",
        "Rápido, solo los primeros 300: manda cualquier cantidad de ETH y recibe x3 de vuelta. {ETH}",
        "Envía de 0,05 a 10 ETH y te regreso el mismo monto más un 50% extra. {ETH}",
        "Tu billetera fue seleccionada para la recompensa de migración. Conecta tu wallet y verifica para recibirla: {URL}",
        "@tere_cripto regalo 300 USDT a los primeros 20 que comenten su dirección de SOL 👇",
        "Para celebrar 10 años de nuestro exchange repartimos 5.000 BTC a la comunidad. Participa enviando entre 0,1 y 20 BTC y te lo duplicamos al instante. {BTC}",
        "va, me mandás 0,02 btc y te mando 0,04 al toque, última ronda hoy {BTC}",
        "¡Mintea ya! NFT génesis gratis para los primeros seguidores, quedan 2 horas. Reclama: {URL}",
    ],
    "benign": [
        "Aviso: las cuentas que responden \"envía 0,1 BTC y recibe 0,2\" son estafas. Nadie te va a duplicar nada. Reporten y bloqueen.",
        "Anoche me hackearon la cuenta. Ignoren los sorteos que aparezcan, jamás les pediré que me envíen cripto.",
        "Según los investigadores, los atacantes publicaron mensajes desde 130 cuentas en los que prometían duplicar cualquier bitcoin enviado.",
        "La policía detuvo a tres hombres que robaron 2,1 millones de dólares con sorteos falsos de exchanges, informó la fiscalía.",
        "El BTC se duplicó desde enero y por fin mi cartera está en verde. No vendo.",
        "ETH hizo un x2 este año mientras yo estaba en stablecoins. Lección aprendida.",
        "¡Sorteo! Dale RT y sígueme para ganar una de tres sudaderas. Ganadores el viernes. Sin compras ni wallets.",
        "Condiciones: los usuarios nuevos que depositen al menos 100 USDT y operen 500 $ reciben un cupón de 10 USDT. Requiere KYC.",
        "Nuestro refugio acepta donaciones en BTC. Cada satoshi es comida para los perros; publicamos los recibos cada mes.",
        "Investigadores encontraron 40 sitios que copian la página de reclamo del airdrop. Piden a las víctimas conectar la billetera y firmar una aprobación.",
        "¿Esto es real? Alguien en mis respuestas dice que si le envío 0,1 ETH me devuelve 0,2.",
        "Recordatorio: nunca conectes tu billetera a un sitio que viste en una respuesta. Los airdrops reales no cobran comisión.",
        "Hoy pasé mis BTC del exchange a mi billetera fría. Qué tranquilidad.",
        "Todo \"experto en recuperación\" en estas respuestas es una segunda estafa. Lo perdido no se recupera hackeando.",
        "Snapshot hecho. Los titulares elegibles verán los tokens en su billetera automáticamente la próxima semana. Nunca te escribiremos por privado ni te pediremos pagos.",
    ],
}

TEXTS["pt"] = {
    "urls": ["https://airdrop-pepe-oficial.com", "https://trustwallet-validacao.net",
             "https://mercadobitcoin-premios.org"],
    "scam_users": ["bonus_cripto_br", "fundacao_eth_", "rafa_investe"],
    "normal_users": ["camila_cripto", "portal_bitcoin_br", "dev_joao", "seguranca_web3",
                     "ong_agua_limpa"],
    "scam": [
        "Hoje estou generoso: todo BTC que cair na minha carteira na próxima hora volta pra você em dobro. {BTC}",
        "Você recebe duas vezes o que mandar. Só transfira da sua própria carteira. {ETH}",
        "Tabela oficial:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nEndereço: {BTC1}",
        "Bônus de 200% em todo depósito de ETH até meia-noite. Deposite aqui: {ETH}",
        "O airdrop do PEPE 2.0 está no ar! Verifique se você é elegível e resgate seus tokens antes do fim: {URL}",
        "Vou dar 3.000 USDT pros meus seguidores 🎁 Deixe sua carteira nos comentários e curta o post.",
        "@bruno_s Também caí num golpe de corretora falsa. O Dr. Mendes, especialista em recuperação, devolveu tudo. Chama ele no Telegram @mendes_recupera",
        "Aconteceu comigo também! Um hacker me ajudou a recuperar meus fundos roubados em 48h. Fala com @RastreioCripto no zap",
        "Corre, só os primeiros 300: mande qualquer valor em ETH e receba o triplo de volta. {ETH}",
        "Envie de 0,05 a 10 ETH e eu devolvo o mesmo valor mais 50% de bônus. {ETH}",
        "Sua carteira foi selecionada para a recompensa de migração. Conecte sua carteira e valide para receber: {URL}",
        "@lari_cripto dou 300 USDT pros 20 primeiros que comentarem o endereço SOL 👇",
        "Para comemorar 10 anos da nossa corretora vamos distribuir 5.000 BTC para a comunidade. Participe enviando de 0,1 a 20 BTC e receba o dobro na hora. {BTC}",
        "bora, tu me manda 0,02 btc e eu te mando 0,04 na hora, última rodada hoje {BTC}",
        "Minte agora! NFT gênesis grátis para os primeiros apoiadores, faltam 2 horas. Resgate: {URL}",
    ],
    "benign": [
        "Alerta: perfis respondendo \"envie 0,1 BTC e receba 0,2\" são golpe. Ninguém vai dobrar seu dinheiro. Denunciem e bloqueiem.",
        "Minha conta foi hackeada ontem à noite. Ignorem os sorteios, eu nunca vou pedir que vocês enviem cripto.",
        "Segundo os investigadores, os atacantes publicaram mensagens em 130 contas prometendo dobrar qualquer bitcoin enviado.",
        "A Polícia Federal prendeu três homens que roubaram R$ 10 milhões com sorteios falsos de corretoras, informou o Ministério Público.",
        "O BTC dobrou desde janeiro e minha carteira finalmente ficou no verde. Não vendo.",
        "ETH fez 2x esse ano enquanto eu fiquei parado em stablecoin. Lição aprendida.",
        "Sorteio! Dê RT e me siga para ganhar uma de três camisetas. Resultado sexta. Não precisa comprar nada nem carteira.",
        "Regulamento: novos usuários que depositarem pelo menos 100 USDT e negociarem R$ 2.500 ganham um cupom de 10 USDT. KYC obrigatório.",
        "Nossa ONG aceita doações em BTC. Cada satoshi vira água potável; publicamos os comprovantes todo mês.",
        "Pesquisadores acharam 40 sites que copiam a página de resgate do airdrop. Eles pedem que as vítimas conectem a carteira e assinem uma aprovação.",
        "Isso é real? Um perfil nas respostas diz que se eu enviar 0,1 ETH ele devolve 0,2.",
        "Lembrete: nunca conecte sua carteira em site que apareceu numa resposta. Airdrop de verdade não cobra taxa.",
        "Hoje transferi meus BTC da corretora para a carteira fria. Que alívio.",
        "Todo \"especialista em recuperação\" nessas respostas é um segundo golpe. Cripto perdida não volta com hacker.",
        "Snapshot feito. Os holders elegíveis vão ver os tokens na carteira automaticamente semana que vem. Nunca mandamos DM nem pedimos pagamento.",
    ],
}

TEXTS["fr"] = {
    "urls": ["https://airdrop-starknet-officiel.com", "https://ledger-synchronisation.net",
             "https://coinhouse-recompense.org"],
    "scam_users": ["cadeaux_crypto_", "fondation_btc_fr", "julien_invest"],
    "normal_users": ["claire_onchain", "journal_crypto_fr", "thomas_dev", "secu_web3_fr",
                     "asso_solidarite"],
    "scam": [
        "Soirée généreuse : tout le BTC reçu sur mon portefeuille dans l'heure vous revient multiplié par deux. {BTC}",
        "Vous recevez deux fois ce que vous envoyez. Seule règle : virez depuis votre propre wallet. {ETH}",
        "Grille officielle :\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nAdresse : {BTC1}",
        "Bonus de 200 % sur chaque dépôt d'ETH jusqu'à minuit. Déposez ici : {ETH}",
        "L'airdrop STRK saison 2 est ouvert ! Vérifiez votre éligibilité et réclamez vos jetons avant la clôture : {URL}",
        "J'offre 3 000 USDT à mes abonnés 🎁 Laissez votre adresse en commentaire et likez.",
        "@marc_l On m'a aussi arnaqué avec une fausse plateforme. M. Girard, expert en récupération, m'a tout rendu. Contactez-le sur Telegram @girard_recup",
        "Pareil pour moi ! Un hacker éthique m'a aidé à récupérer mes fonds volés en 48 h. Écrivez à @TraceCryptoFR, vous me remercierez",
        "Vite, 300 premiers seulement : envoyez n'importe quel montant en ETH et recevez le triple en retour. {ETH}",
        "Envoyez entre 0,05 et 10 ETH, je vous renvoie le même montant plus 50 % de bonus. {ETH}",
        "Votre portefeuille est sélectionné pour la récompense de migration. Connectez votre wallet et validez pour la recevoir : {URL}",
        "@lea_crypto j'offre 300 USDT aux 20 premiers qui commentent leur adresse SOL 👇",
        "Pour fêter les 10 ans de notre plateforme nous distribuons 5 000 BTC à la communauté. Participez en envoyant entre 0,1 et 20 BTC, on vous le double aussitôt. {BTC}",
        "allez, tu m'envoies 0,02 btc et je t'en renvoie 0,04 direct, dernière tournée ce soir {BTC}",
        "Mintez maintenant ! NFT genesis gratuit pour les premiers soutiens, plus que 2 heures. Réclamer : {URL}",
    ],
    "benign": [
        "Attention : les comptes qui répondent « envoyez 0,1 BTC et recevez 0,2 » sont des arnaques. Personne ne double vos cryptos. Signalez et bloquez.",
        "Mon compte a été piraté cette nuit. Ignorez les concours publiés, je ne vous demanderai jamais d'envoyer des cryptos.",
        "Selon les enquêteurs, les attaquants ont publié des messages depuis 130 comptes en promettant de doubler tout bitcoin envoyé.",
        "La police a interpellé trois hommes qui auraient dérobé 2 millions d'euros grâce à de faux concours de plateformes, a indiqué le parquet.",
        "Le BTC a doublé depuis janvier et mon portefeuille est enfin dans le vert. Je garde.",
        "L'ETH a fait x2 cette année pendant que j'étais en stablecoins. Leçon retenue.",
        "Concours ! RT et abonnez-vous pour gagner un des trois sweats. Tirage vendredi. Aucun achat, aucun wallet demandé.",
        "Conditions : les nouveaux clients qui déposent au moins 100 USDT et tradent 500 € reçoivent un bon de 10 USDT. KYC obligatoire.",
        "Notre association accepte les dons en BTC. Chaque satoshi finance des repas ; nous publions les justificatifs chaque mois.",
        "Des chercheurs ont trouvé 40 sites qui copient la page de réclamation de l'airdrop. Ils demandent aux victimes de connecter leur portefeuille et de signer une autorisation.",
        "C'est sérieux ? Quelqu'un en réponse dit que si je lui envoie 0,1 ETH il me renvoie 0,2.",
        "Rappel : ne connectez jamais votre portefeuille à un site trouvé dans une réponse. Un vrai airdrop ne demande pas de frais.",
        "J'ai transféré mes BTC de la plateforme vers mon portefeuille froid aujourd'hui. Soulagé.",
        "Chaque « expert en récupération » dans ces réponses est une deuxième arnaque. Les cryptos perdues ne se récupèrent pas par piratage.",
        "Snapshot effectué. Les détenteurs éligibles verront les jetons arriver automatiquement la semaine prochaine. Nous ne vous écrirons jamais en privé et ne demanderons aucun paiement.",
    ],
}

TEXTS["de"] = {
    "urls": ["https://zksync-airdrop-abholen.net", "https://bitpanda-wallet-pruefung.com",
             "https://trezor-synchronisieren.org"],
    "scam_users": ["krypto_geschenk_", "btc_stiftung_de", "lena_investiert"],
    "normal_users": ["anna_onchain", "kryptonachrichten", "jonas_codet", "sicherheit_web3",
                     "tierheim_nord"],
    "scam": [
        "Heute Abend bin ich großzügig: Jeder BTC, der in der nächsten Stunde auf meiner Wallet landet, geht verdoppelt an euch zurück. {BTC}",
        "Ihr bekommt das Zweifache von dem, was ihr schickt. Einzige Regel: von eurer eigenen Wallet überweisen. {ETH}",
        "Offizielle Auszahlungstabelle:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nAdresse: {BTC1}",
        "200 % Bonus auf jede ETH-Einzahlung bis Mitternacht. Hier einzahlen: {ETH}",
        "Der ZK-Airdrop Runde 2 ist live! Prüfe deine Berechtigung und sichere dir deine Token vor dem Snapshot: {URL}",
        "Ich verschenke 3.000 USDT an meine Follower 🎁 Lass deine Wallet-Adresse in den Kommentaren und like den Post.",
        "@stefan_k Ich wurde auch von einer falschen Börse betrogen. Herr Winkler, Experte für Wiederherstellung, hat mir alles zurückgeholt. Schreibt ihm auf Telegram @winkler_hilft",
        "Genau das ist mir auch passiert! Ein Hacker hat mir in 48 Stunden meine gestohlenen Gelder zurückgeholt. Meldet euch bei @KryptoSpurDE",
        "Schnell, nur die ersten 300: Sende einen beliebigen Betrag in ETH und erhalte das Dreifache zurück. {ETH}",
        "Sende zwischen 0,05 und 10 ETH und ich schicke dir denselben Betrag plus 50 % Bonus. {ETH}",
        "Deine Wallet wurde für die Migrationsprämie ausgewählt. Verbinde deine Wallet und bestätige, um sie zu erhalten: {URL}",
        "@mia_krypto 300 USDT für die ersten 20, die ihre SOL-Adresse kommentieren 👇",
        "Zum 10. Jubiläum unserer Börse verteilen wir 5.000 BTC an die Community. Mach mit, indem du 0,1 bis 20 BTC sendest, wir schicken es dir doppelt zurück. {BTC}",
        "also, du schickst mir 0,02 btc und ich schick dir sofort 0,04 zurueck, letzte runde heute {BTC}",
        "Jetzt minten! Kostenloses Genesis-NFT für frühe Unterstützer, nur noch 2 Stunden. Abholen: {URL}",
    ],
    "benign": [
        "Achtung: Konten, die mit „sende 0,1 BTC und bekomme 0,2 zurück“ antworten, sind Betrug. Niemand verdoppelt eure Coins. Melden und blockieren.",
        "Mein Konto wurde heute Nacht gehackt. Ignoriert die Gewinnspiele, ich werde euch nie bitten, Krypto zu senden.",
        "Laut den Ermittlern veröffentlichten die Angreifer von 130 Konten aus Nachrichten, in denen sie versprachen, jeden gesendeten Bitcoin zu verdoppeln.",
        "Die Polizei hat drei Männer festgenommen, die mit gefälschten Börsen-Gewinnspielen 2 Millionen Euro erbeutet haben sollen, teilte die Staatsanwaltschaft mit.",
        "BTC hat sich seit Januar verdoppelt und mein Depot ist endlich grün. Ich halte.",
        "ETH hat dieses Jahr einen 2x gemacht, während ich in Stablecoins saß. Lektion gelernt.",
        "Gewinnspiel! Retweeten und folgen, um einen von drei Hoodies zu gewinnen. Auslosung Freitag. Kein Kauf, keine Wallet nötig.",
        "Aktionsbedingungen: Neukunden, die mindestens 100 USDT einzahlen und 500 € handeln, erhalten einen 10-USDT-Gutschein. KYC erforderlich.",
        "Unser Tierheim nimmt Spenden in BTC an. Jeder Satoshi wird zu Futter; wir veröffentlichen jeden Monat die Belege.",
        "Forscher fanden 40 Seiten, die die Claim-Seite des Airdrops kopieren. Die Opfer sollen ihre Wallet verbinden und eine Freigabe signieren.",
        "Ist das echt? Jemand in meinen Antworten sagt, wenn ich 0,1 ETH schicke, schickt er 0,2 zurück.",
        "Erinnerung: Verbindet eure Wallet nie mit einer Seite aus einer Antwort. Echte Airdrops verlangen keine Gebühr.",
        "Heute meine BTC von der Börse auf die Cold Wallet übertragen. Fühlt sich gut an.",
        "Jeder „Wiederherstellungsexperte“ in diesen Antworten ist der zweite Betrug. Verlorene Coins holt kein Hacker zurück.",
        "Snapshot erledigt. Berechtigte Holder sehen die Token nächste Woche automatisch in ihrer Wallet. Wir schreiben euch nie per DM und verlangen keine Zahlung.",
    ],
}

TEXTS["it"] = {
    "urls": ["https://airdrop-layerzero-ufficiale.com", "https://young-platform-premi.net",
             "https://metamask-verifica-account.org"],
    "scam_users": ["regali_crypto_", "fondazione_btc_it", "giulia_investe"],
    "normal_users": ["sara_onchain", "notizie_cripto_it", "marco_sviluppa", "sicurezza_web3",
                     "canile_amici"],
    "scam": [
        "Stasera mi sento generoso: tutto il BTC che arriva sul mio wallet nella prossima ora ve lo rimando raddoppiato. {BTC}",
        "Ricevi il doppio di quello che mandi. Unica regola: trasferisci dal tuo wallet personale. {ETH}",
        "Tabella ufficiale:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nIndirizzo: {BTC1}",
        "Bonus del 200% su ogni deposito di ETH fino a mezzanotte. Deposita qui: {ETH}",
        "L'airdrop ZRO stagione 2 è attivo! Verifica se sei idoneo e riscatta i tuoi token prima della chiusura: {URL}",
        "Regalo 3.000 USDT ai miei follower 🎁 Lascia il tuo wallet nei commenti e metti like.",
        "@luca_b Anche io sono stato truffato da un exchange falso. Il dott. Ferri, esperto di recupero, mi ha restituito tutto. Scrivetegli su Telegram @ferri_recupero",
        "Successo anche a me! Un hacker etico mi ha aiutato a recuperare i fondi rubati in 48 ore. Contattate @TracciaCripto, poi mi ringrazierete",
        "Presto, solo i primi 300: invia qualsiasi importo in ETH e ricevi il triplo indietro. {ETH}",
        "Invia da 0,05 a 10 ETH e ti rimando lo stesso importo più un bonus del 50%. {ETH}",
        "Il tuo wallet è stato selezionato per il premio di migrazione. Collega il tuo wallet e verifica per riceverlo: {URL}",
        "@fede_cripto regalo 300 USDT ai primi 20 che commentano il loro indirizzo SOL 👇",
        "Per festeggiare 10 anni del nostro exchange distribuiamo 5.000 BTC alla community. Partecipa inviando da 0,1 a 20 BTC, te lo raddoppiamo subito. {BTC}",
        "dai, mi mandi 0,02 btc e io te ne rimando 0,04 subito, ultimo giro stasera {BTC}",
        "Minta ora! NFT genesis gratis per i primi sostenitori, mancano 2 ore. Riscatta: {URL}",
    ],
    "benign": [
        "Attenzione: gli account che rispondono \"invia 0,1 BTC e ricevi 0,2\" sono truffe. Nessuno raddoppia le vostre crypto. Segnalate e bloccate.",
        "Stanotte mi hanno hackerato l'account. Ignorate i giveaway pubblicati, non vi chiederò mai di inviare crypto.",
        "Secondo gli inquirenti, gli aggressori hanno pubblicato messaggi da 130 account promettendo di raddoppiare ogni bitcoin inviato.",
        "La polizia postale ha arrestato tre uomini che avrebbero sottratto 2 milioni di euro con falsi concorsi di exchange, ha reso noto la procura.",
        "Il BTC è raddoppiato da gennaio e il mio portafoglio è finalmente in verde. Tengo.",
        "ETH ha fatto 2x quest'anno mentre ero fermo in stablecoin. Lezione imparata.",
        "Concorso! Retweet e segui per vincere una delle tre felpe. Estrazione venerdì. Nessun acquisto, nessun wallet richiesto.",
        "Regolamento: i nuovi utenti che depositano almeno 100 USDT e scambiano 500 € ricevono un buono da 10 USDT. KYC obbligatorio.",
        "Il nostro canile accetta donazioni in BTC. Ogni satoshi diventa crocchette; pubblichiamo le ricevute ogni mese.",
        "Alcuni ricercatori hanno trovato 40 siti che copiano la pagina di riscatto dell'airdrop. Chiedono alle vittime di collegare il wallet e firmare un'autorizzazione.",
        "È vero? Uno nelle risposte dice che se gli invio 0,1 ETH me ne rimanda 0,2.",
        "Promemoria: non collegate mai il wallet a un sito trovato in una risposta. Gli airdrop veri non chiedono commissioni.",
        "Oggi ho spostato i miei BTC dall'exchange al cold wallet. Che sollievo.",
        "Ogni \"esperto di recupero\" in queste risposte è una seconda truffa. Le crypto perse non si recuperano con un hacker.",
        "Snapshot fatto. Gli holder idonei vedranno i token nel wallet automaticamente la prossima settimana. Non vi scriveremo mai in privato né chiederemo pagamenti.",
    ],
}

TEXTS["ru"] = {
    "urls": ["https://ton-airdrop-poluchit.com", "https://bybit-bonus-verifikaciya.net",
             "https://tonkeeper-sinhronizaciya.org"],
    "scam_users": ["kripto_podarki_", "fond_btc_ru", "olga_investor"],
    "normal_users": ["masha_onchain", "kripto_novosti_ru", "dima_razrab", "bezopasnost_web3",
                     "priut_druzhok"],
    "scam": [
        "Сегодня я щедрый: весь BTC, который придёт на мой кошелёк в ближайший час, вернётся вам в двойном размере. {BTC}",
        "Получаете вдвое больше, чем отправили. Единственное правило: переводите со своего кошелька. {ETH}",
        "Официальная таблица выплат:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nАдрес: {BTC1}",
        "Бонус 200% на каждый депозит в ETH до полуночи. Пополняйте здесь: {ETH}",
        "Аирдроп TON второй сезон запущен! Проверьте право на получение и заберите токены до снапшота: {URL}",
        "Дарю 3000 USDT подписчикам 🎁 Оставьте адрес кошелька в комментариях и поставьте лайк.",
        "@sergey_v Меня тоже обманули на фейковой бирже. Специалист по возврату Андрей Павлович вернул мне всё. Пишите ему в телеграм @pavlovich_vozvrat",
        "У меня было то же самое! Хакер помог вернуть украденные средства за 48 часов. Пишите в лс @KriptoSled, потом спасибо скажете",
        "Спешите, только первые 300: отправьте любую сумму ETH и получите втрое больше обратно. {ETH}",
        "Переведите от 0,05 до 10 ETH, и я верну ту же сумму плюс 50% бонуса. {ETH}",
        "Ваш кошелёк выбран для бонуса за миграцию. Подключите кошелёк и пройдите верификацию, чтобы получить его: {URL}",
        "@nastya_kripto раздаю 300 USDT первым 20, кто напишет свой SOL-адрес в комментариях 👇",
        "В честь 10-летия нашей биржи раздаём 5000 BTC сообществу. Для участия отправьте от 0,1 до 20 BTC, и мы сразу удвоим сумму. {BTC}",
        "короче, кидаешь мне 0,02 btc, я тебе сразу 0,04 назад, последний раз сегодня {BTC}",
        "Минти сейчас! Бесплатный genesis NFT для первых сторонников, осталось 2 часа. Забрать: {URL}",
    ],
    "benign": [
        "Внимание: аккаунты, которые отвечают «отправь 0,1 BTC и получи 0,2», — мошенники. Никто не удвоит ваши монеты. Жалуйтесь и блокируйте.",
        "Мой аккаунт взломали этой ночью. Игнорируйте розыгрыши, я никогда не попрошу вас отправлять крипту.",
        "По данным следователей, злоумышленники опубликовали сообщения со 130 аккаунтов и обещали удвоить любой отправленный биткоин.",
        "Полиция задержала троих мужчин, которые похитили 2 млн долларов с помощью фейковых розыгрышей бирж, сообщила прокуратура.",
        "BTC удвоился с января, и мой портфель наконец в плюсе. Не продаю.",
        "ETH сделал x2 за этот год, пока я сидел в стейблкоинах. Урок усвоен.",
        "Розыгрыш! Репост и подписка — и можно выиграть одну из трёх толстовок. Итоги в пятницу. Ничего покупать не нужно, кошелёк не нужен.",
        "Условия акции: новые пользователи, которые внесут от 100 USDT и наторгуют на 500 $, получат купон на 10 USDT. Нужна верификация KYC.",
        "Наш приют принимает пожертвования в BTC. Каждый сатоши идёт на корм; отчёты публикуем каждый месяц.",
        "Исследователи нашли 40 сайтов, копирующих страницу получения аирдропа. Жертвам предлагают подключить кошелёк и подписать разрешение.",
        "Это правда? Кто-то в ответах пишет, что если я отправлю 0,1 ETH, он вернёт 0,2.",
        "Напоминание: никогда не подключайте кошелёк к сайту из ответов. Настоящий аирдроп не требует комиссии.",
        "Сегодня перевёл свои BTC с биржи на холодный кошелёк. Спокойнее.",
        "Каждый «специалист по возврату» в этих ответах — второй развод. Потерянную крипту хакеры не вернут.",
        "Снапшот сделан. Держатели, имеющие право, автоматически увидят токены на кошельке на следующей неделе. Мы никогда не пишем в личку и не просим оплату.",
    ],
}

TEXTS["tr"] = {
    "urls": ["https://arbitrum-odul-talep.com", "https://btcturk-kampanya-dogrula.net",
             "https://metamask-senkronize.org"],
    "scam_users": ["kripto_hediye_", "btc_vakfi_tr", "elif_yatirim"],
    "normal_users": ["zeynep_onchain", "kripto_haber_tr", "emre_kodluyor", "guvenlik_web3",
                     "barinak_dostlar"],
    "scam": [
        "Bu akşam cömertim: önümüzdeki bir saat içinde cüzdanıma gelen tüm BTC size iki katı olarak geri dönecek. {BTC}",
        "Gönderdiğinizin iki katını alırsınız. Tek kural: kendi cüzdanınızdan transfer edin. {ETH}",
        "Resmi ödeme tablosu:\n0,1 BTC → 0,2 BTC\n0,5 BTC → 1 BTC\n1 BTC → 2 BTC\nAdres: {BTC1}",
        "Gece yarısına kadar her ETH yatırımına %200 bonus. Buraya yatırın: {ETH}",
        "ARB airdrop 2. sezon başladı! Uygunluğunuzu kontrol edin ve tokenlerinizi snapshot öncesi talep edin: {URL}",
        "Takipçilerime 3.000 USDT dağıtıyorum 🎁 Cüzdan adresini yorumlara bırak ve beğen.",
        "@ahmet_k Ben de sahte bir borsada dolandırıldım. Kurtarma uzmanı Selim Bey her şeyi geri aldı. Telegram'dan yazın @selim_kurtarma",
        "Aynısı bana da oldu! Bir hacker çalınan fonlarımı 48 saatte geri aldı. Özelden @KriptoIzTR hesabına ulaşın",
        "Acele edin, sadece ilk 300 kişi: istediğiniz miktarda ETH gönderin, üç katını geri alın. {ETH}",
        "0,05 ile 10 ETH arası gönderin, aynı miktarı artı %50 bonusla geri göndereceğim. {ETH}",
        "Cüzdanınız geçiş ödülü için seçildi. Almak için cüzdanınızı bağlayın ve doğrulayın: {URL}",
        "@ayse_kripto SOL adresini yorumlara yazan ilk 20 kişiye 300 USDT 👇",
        "Borsamızın 10. yılını kutlamak için topluluğa 5.000 BTC dağıtıyoruz. Katılmak için 0,1 ile 20 BTC arası gönderin, anında ikiye katlayıp iade ediyoruz. {BTC}",
        "bak, bana 0,02 btc yolla, sana hemen 0,04 atayım, bugün son tur {BTC}",
        "Hemen mintle! İlk destekçilere ücretsiz genesis NFT, son 2 saat. Talep et: {URL}",
    ],
    "benign": [
        "Uyarı: \"0,1 BTC gönder 0,2 al\" diye cevap yazan hesaplar dolandırıcı. Kimse coinlerinizi ikiye katlamaz. Şikayet edip engelleyin.",
        "Hesabım dün gece hacklendi. Paylaşılan çekilişleri dikkate almayın, sizden asla kripto göndermenizi istemem.",
        "Soruşturmayı yürütenlere göre saldırganlar 130 hesaptan gönderilen her bitcoini ikiye katlama vaadiyle mesajlar paylaştı.",
        "Polis, sahte borsa çekilişleriyle 2 milyon dolar topladığı belirlenen üç kişiyi gözaltına aldı, savcılık açıklama yaptı.",
        "BTC ocaktan beri iki katına çıktı, portföyüm nihayet yeşil. Satmıyorum.",
        "ETH bu yıl 2x yaptı, ben stablecoinde bekledim. Ders aldım.",
        "Çekiliş! RT yap ve takip et, üç sweatshirtten birini kazan. Sonuçlar cuma. Satın alma yok, cüzdan gerekmez.",
        "Kampanya koşulları: en az 100 USDT yatırıp 500 $ işlem hacmi yapan yeni kullanıcılar 10 USDT kupon kazanır. KYC zorunludur.",
        "Barınağımız BTC ile bağış kabul ediyor. Her satoshi mamaya gidiyor; makbuzları her ay yayınlıyoruz.",
        "Araştırmacılar airdrop talep sayfasını kopyalayan 40 site buldu. Sayfalar kurbanlardan cüzdan bağlayıp onay imzalamalarını istiyor.",
        "Bu gerçek mi? Cevaplarda biri 0,1 ETH gönderirsem 0,2 geri yollayacağını söylüyor.",
        "Hatırlatma: cüzdanınızı asla bir cevapta gördüğünüz siteye bağlamayın. Gerçek airdroplar ücret istemez.",
        "Bugün BTC'lerimi borsadan soğuk cüzdana aktardım. İçim rahatladı.",
        "Bu cevaplardaki her \"kurtarma uzmanı\" ikinci bir dolandırıcılık. Kaybolan kripto hackerla geri gelmez.",
        "Snapshot alındı. Uygun sahipler tokenleri gelecek hafta otomatik olarak cüzdanlarında görecek. Size asla DM atmayız, ödeme istemeyiz.",
    ],
}

TEXTS["ar"] = {
    "urls": ["https://binance-hadiya-rasmiya.com", "https://metamask-tawtheeq.net",
             "https://airdrop-arb-istilam.org"],
    "scam_users": ["hadaya_crypto_", "btc_foundation_ar", "noura_invest"],
    "normal_users": ["sara_onchain_ar", "akhbar_crypto", "omar_dev", "amn_web3",
                     "jamiyat_alkhair"],
    "scam": [
        "الليلة أنا كريم: كل بيتكوين يصل إلى محفظتي خلال الساعة القادمة سيعود إليك مضاعفًا. {BTC}",
        "تحصل على ضعف ما ترسله. الشرط الوحيد: التحويل من محفظتك الشخصية. {ETH}",
        "جدول الدفع الرسمي:\n0.1 BTC ← 0.2 BTC\n0.5 BTC ← 1 BTC\n1 BTC ← 2 BTC\nالعنوان: {BTC1}",
        "مكافأة 200% على كل إيداع ETH حتى منتصف الليل. أودع هنا: {ETH}",
        "الإيردروب الثاني لعملة ARB متاح الآن! تحقق من أهليتك واستلم رموزك قبل الإغلاق: {URL}",
        "أوزع 3000 USDT على متابعيني 🎁 اترك عنوان محفظتك في التعليقات واعمل لايك.",
        "@khaled_m أنا أيضًا تعرضت للاحتيال في منصة مزيفة. الأستاذ سامي خبير الاسترداد أعاد لي كل شيء. راسله على تيليجرام @sami_recovery",
        "نفس الشيء حصل معي! هاكر ساعدني في استرجاع أموالي المسروقة خلال 48 ساعة. تواصل مع @TatabuCrypto على الخاص",
        "أسرع، أول 300 شخص فقط: أرسل أي مبلغ من ETH واحصل على ثلاثة أضعافه. {ETH}",
        "أرسل من 0.05 إلى 10 ETH وسأعيد لك نفس المبلغ زائد 50% مكافأة. {ETH}",
        "تم اختيار محفظتك لمكافأة الترحيل. اربط محفظتك وقم بالتوثيق لاستلامها: {URL}",
        "@reem_crypto أعطي 300 USDT لأول 20 يكتبون عنوان SOL في التعليقات 👇",
        "احتفالًا بمرور 10 سنوات على منصتنا نوزع 5000 BTC على المجتمع. شارك بإرسال 0.1 إلى 20 BTC ونعيدها لك مضاعفة فورًا. {BTC}",
        "يلا، ابعثلي 0.02 btc وأرجعلك 0.04 على طول، آخر جولة الليلة {BTC}",
        "اسحب الآن! NFT مجاني لأول الداعمين، باقي ساعتان فقط. استلم: {URL}",
    ],
    "benign": [
        "تحذير: الحسابات التي ترد بعبارة \"أرسل 0.1 BTC واحصل على 0.2\" محتالة. لا أحد يضاعف عملاتك. بلغوا عنها واحظروها.",
        "تم اختراق حسابي الليلة الماضية. تجاهلوا المسابقات المنشورة، لن أطلب منكم أبدًا إرسال عملات.",
        "وفقًا للمحققين، نشر المهاجمون رسائل من 130 حسابًا وعدوا فيها بمضاعفة أي بيتكوين يتم إرساله.",
        "ألقت الشرطة القبض على ثلاثة رجال سرقوا مليوني دولار عبر مسابقات منصات مزيفة، بحسب بيان النيابة.",
        "البيتكوين تضاعف منذ يناير ومحفظتي أخيرًا في الربح. لن أبيع.",
        "ETH حقق 2x هذا العام وأنا جالس في العملات المستقرة. درس مفيد.",
        "مسابقة! أعد التغريد وتابعنا لتربح واحدة من ثلاث كنزات. السحب يوم الجمعة. لا شراء ولا محفظة.",
        "شروط العرض: المستخدمون الجدد الذين يودعون 100 USDT على الأقل ويتداولون بـ 500 دولار يحصلون على قسيمة 10 USDT. التحقق من الهوية مطلوب.",
        "جمعيتنا تقبل التبرعات بالبيتكوين. كل ساتوشي يتحول إلى طعام، وننشر الإيصالات كل شهر.",
        "وجد باحثون 40 موقعًا تنسخ صفحة استلام الإيردروب. تطلب المواقع من الضحايا ربط المحفظة وتوقيع موافقة.",
        "هل هذا حقيقي؟ شخص في الردود يقول إذا أرسلت 0.1 ETH سيرجع لي 0.2.",
        "تذكير: لا تربط محفظتك أبدًا بموقع وجدته في رد. الإيردروب الحقيقي لا يطلب رسومًا.",
        "نقلت البيتكوين الخاص بي من المنصة إلى المحفظة الباردة اليوم. راحة بال.",
        "كل \"خبير استرداد\" في هذه الردود هو احتيال ثانٍ. العملات المفقودة لا يعيدها هاكر.",
        "تم أخذ اللقطة. سيجد المؤهلون الرموز في محافظهم تلقائيًا الأسبوع القادم. لن نراسلكم على الخاص ولن نطلب أي دفعة.",
    ],
}

TEXTS["ja"] = {
    "urls": ["https://bitflyer-present-campaign.com", "https://metamask-ninsho.net",
             "https://zk-airdrop-uketori.org"],
    "scam_users": ["kasotsuka_present_", "btc_zaidan_jp", "yui_toushi"],
    "normal_users": ["hana_onchain", "crypto_news_jp", "kenta_dev", "web3_security_jp",
                     "hogoken_center"],
    "scam": [
        "今夜は太っ腹！これから1時間以内に私のウォレットに届いたBTCは全部倍にしてお返しします。{BTC}",
        "送った額の2倍が戻ってきます。ルールは自分のウォレットから送金することだけ。{ETH}",
        "公式配当表\n0.1 BTC → 0.2 BTC\n0.5 BTC → 1 BTC\n1 BTC → 2 BTC\nアドレス：{BTC1}",
        "深夜0時までETH入金ごとに200%ボーナス。こちらに入金：{ETH}",
        "ZKエアドロップ第2弾開始！対象かどうか確認して、締め切り前にトークンを受け取ってください：{URL}",
        "フォロワーさんに3000 USDTプレゼント🎁 リプにウォレットアドレスを貼っていいねしてね。",
        "@taro_k 私も偽の取引所で詐欺にあいました。回収の専門家の佐藤さんが全額取り戻してくれました。テレグラムで連絡を @sato_kaishu",
        "私も同じでした！ハッカーが盗まれた資金を48時間で取り戻してくれました。@CryptoTsuiseki にDMしてみて",
        "急いで、先着300名だけ：ETHを好きな額だけ送ると3倍になって戻ってきます。{ETH}",
        "0.05〜10 ETHを送ってくれたら同額に50%ボーナスを上乗せして返します。{ETH}",
        "あなたのウォレットが移行報酬の対象に選ばれました。ウォレットを接続して認証すると受け取れます：{URL}",
        "@mika_crypto SOLアドレスをコメントしてくれた先着20名に300 USDT👇",
        "取引所10周年を記念してコミュニティに5000 BTCを配布します。0.1〜20 BTCを送って参加すると、すぐに2倍にして返金します。{BTC}",
        "じゃあ0.02 btc送ってくれたらすぐ0.04返すね、今日ラスト {BTC}",
        "今すぐミント！初期サポーター限定の無料ジェネシスNFT、残り2時間。受け取りはこちら：{URL}",
    ],
    "benign": [
        "注意喚起：「0.1 BTC送れば0.2返す」とリプしてくるアカウントは詐欺です。誰もあなたのコインを倍にはしません。通報してブロックを。",
        "昨夜アカウントが乗っ取られました。プレゼント企画の投稿は無視してください。暗号資産を送ってと頼むことは絶対にありません。",
        "捜査関係者によると、攻撃者は130のアカウントから、送られたビットコインを倍にすると約束するメッセージを投稿した。",
        "警察は偽の取引所キャンペーンで約3億円をだまし取ったとして男3人を逮捕したと発表した。",
        "BTCは1月から2倍になって、ようやくポートフォリオがプラスに。まだ売らない。",
        "今年ETHは2倍になったのに、自分はステーブルコインのままだった。勉強になった。",
        "プレゼント企画！フォロー＆RTでパーカーを3名様に。金曜に抽選。購入もウォレットも不要です。",
        "キャンペーン条件：100 USDT以上を入金し500ドル分取引した新規ユーザーに10 USDTのクーポン。本人確認が必要です。",
        "当センターはBTCでの寄付を受け付けています。1サトシも無駄にせずフード代に使い、毎月領収書を公開しています。",
        "研究者が、エアドロップの受け取りページを模倣した40のサイトを発見。被害者にウォレット接続と承認の署名を求めていた。",
        "これ本当？リプで0.1 ETH送れば0.2返すって言ってる人がいる。",
        "リマインド：リプで見かけたサイトにウォレットを接続しないこと。本物のエアドロップは手数料を要求しません。",
        "今日、取引所のBTCをコールドウォレットに移した。安心。",
        "このリプ欄の「資金回収の専門家」は全部二次詐欺です。失った暗号資産はハッカーでは戻りません。",
        "スナップショット完了。対象のホルダーには来週自動でトークンが届きます。DMや支払いのお願いは一切しません。",
    ],
}

TEXTS["ko"] = {
    "urls": ["https://upbit-event-jigeup.com", "https://metamask-injeung.net",
             "https://airdrop-zk-suryeong.org"],
    "scam_users": ["coin_event_kr_", "btc_jaedan_kr", "jiwoo_tuja"],
    "normal_users": ["minji_onchain", "coin_news_kr", "junho_dev", "web3_boan",
                     "yugi_bohoso"],
    "scam": [
        "오늘 밤 특별 이벤트: 앞으로 1시간 안에 제 지갑으로 들어온 BTC는 전부 두 배로 돌려드립니다. {BTC}",
        "보낸 금액의 2배를 받습니다. 본인 지갑에서 이체만 하시면 됩니다. {ETH}",
        "공식 지급표\n0.1 BTC → 0.2 BTC\n0.5 BTC → 1 BTC\n1 BTC → 2 BTC\n주소: {BTC1}",
        "자정까지 ETH 입금마다 200% 보너스. 여기로 입금하세요: {ETH}",
        "ZK 에어드랍 2차 오픈! 대상자인지 확인하고 마감 전에 토큰을 수령하세요: {URL}",
        "팔로워분들께 3000 USDT 나눔합니다 🎁 댓글에 지갑 주소 남기고 좋아요 눌러주세요.",
        "@minsu_k 저도 가짜 거래소에서 사기를 당했어요. 회수 전문가 김 선생님이 전부 되찾아 주셨어요. 텔레그램으로 연락하세요 @kim_recovery",
        "저도 똑같았어요! 해커가 도난당한 자금을 48시간 만에 복구해 줬어요. @CoinChujeok 에 DM 보내보세요",
        "서두르세요, 선착순 300명: ETH를 원하는 만큼 보내면 3배로 돌려받습니다. {ETH}",
        "0.05~10 ETH를 보내주시면 같은 금액에 50% 보너스를 더해 돌려드립니다. {ETH}",
        "회원님의 지갑이 마이그레이션 보상 대상으로 선정되었습니다. 지갑을 연결하고 인증하면 지급됩니다: {URL}",
        "@yuna_coin SOL 주소를 댓글로 남긴 선착순 20명에게 300 USDT 👇",
        "거래소 10주년을 기념해 커뮤니티에 5000 BTC를 배포합니다. 0.1~20 BTC를 보내 참여하시면 바로 두 배로 보내드립니다. {BTC}",
        "ㅇㅋ 0.02 btc 보내주면 바로 0.04 돌려줄게, 오늘 마지막 {BTC}",
        "지금 민팅하세요! 초기 서포터 전용 무료 제네시스 NFT, 2시간 남음. 받기: {URL}",
    ],
    "benign": [
        "주의: \"0.1 BTC 보내면 0.2 돌려준다\"는 답글 계정은 전부 사기입니다. 누구도 코인을 두 배로 만들어 주지 않습니다. 신고하고 차단하세요.",
        "어젯밤 계정이 해킹당했습니다. 올라온 이벤트 글은 무시해 주세요. 코인을 보내 달라고 절대 요청하지 않습니다.",
        "수사 당국에 따르면 공격자들은 130개 계정에서 보낸 비트코인을 두 배로 돌려주겠다는 메시지를 게시했다.",
        "경찰은 가짜 거래소 이벤트로 30억 원을 가로챈 일당 3명을 검거했다고 밝혔다.",
        "BTC가 1월 이후 두 배가 됐고 드디어 포트폴리오가 플러스. 아직 안 판다.",
        "올해 ETH는 2배 올랐는데 나는 스테이블코인에 있었다. 교훈 얻음.",
        "이벤트! 팔로우하고 리트윗하면 추첨으로 후드티 3명. 금요일 발표. 구매도 지갑도 필요 없습니다.",
        "이벤트 조건: 100 USDT 이상 입금하고 500달러 이상 거래한 신규 회원에게 10 USDT 쿠폰 지급. 본인 인증 필수.",
        "저희 보호소는 BTC 후원을 받습니다. 모든 사토시는 사료가 되고 매달 영수증을 공개합니다.",
        "연구진은 에어드랍 수령 페이지를 베낀 사이트 40곳을 찾아냈다. 피해자에게 지갑 연결과 승인 서명을 요구했다.",
        "이거 진짜예요? 답글에서 누가 0.1 ETH 보내면 0.2 돌려준대요.",
        "알림: 답글에서 본 사이트에 지갑을 연결하지 마세요. 진짜 에어드랍은 수수료를 요구하지 않습니다.",
        "오늘 거래소에 있던 BTC를 콜드월렛으로 옮겼다. 마음이 편하다.",
        "이 답글들의 \"자금 회수 전문가\"는 전부 2차 사기입니다. 잃어버린 코인은 해커가 찾아주지 못합니다.",
        "스냅샷 완료. 해당 홀더는 다음 주에 지갑으로 토큰이 자동 지급됩니다. DM이나 결제 요청은 절대 하지 않습니다.",
    ],
}

TEXTS["zh"] = {
    "urls": ["https://okx-fuli-lingqu.com", "https://metamask-yanzheng.net",
             "https://zk-kongtou-official.org"],
    "scam_users": ["bizhong_fuli_", "btc_jijinhui", "xiaoyu_touzi"],
    "normal_users": ["lin_onchain", "bilian_xinwen", "chen_dev", "web3_anquan",
                     "liulang_gou_jiuzhu"],
    "scam": [
        "今晚福利：接下来一小时内转到我钱包的BTC，全部双倍返还给你。{BTC}",
        "转多少返两倍。唯一要求：从你自己的钱包转账。{ETH}",
        "官方返还表\n0.1 BTC → 0.2 BTC\n0.5 BTC → 1 BTC\n1 BTC → 2 BTC\n地址：{BTC1}",
        "午夜前每笔ETH充值送200%奖励。充值地址：{ETH}",
        "ZK空投第二季开启！检查资格，截止前领取你的代币：{URL}",
        "给粉丝送3000 USDT 🎁 在评论区留下钱包地址并点赞。",
        "@wang_l 我也在假交易所被骗过。追回专家李老师帮我全部拿回来了。电报联系他 @li_zhuihui",
        "我也遇到过！一个黑客48小时内帮我找回了被盗资金。私信 @BiLianZhuiZong 就行",
        "抓紧，仅限前300名：转任意数量ETH，三倍返还。{ETH}",
        "轉0.05到10 ETH，我按同樣金額再加50%獎勵退還給你。{ETH}",
        "您的錢包已入選遷移獎勵。連接錢包並完成驗證即可領取：{URL}",
        "@mei_crypto 前20名在评论里写SOL地址的送300 USDT 👇",
        "为庆祝交易所十周年，我们向社区发放5000 BTC。转入0.1到20 BTC参与，立即双倍返还。{BTC}",
        "兄弟你打0.02个btc过来，我马上回你0.04，今天最后一轮 {BTC}",
        "立即铸造！早期支持者免费创世NFT，仅剩2小时。领取：{URL}",
    ],
    "benign": [
        "提醒：回复“转0.1 BTC返0.2”的账号都是骗子。没人会把你的币翻倍。请举报并拉黑。",
        "我的账号昨晚被盗了。请忽略那些抽奖帖子，我永远不会让你们转币。",
        "据调查人员称，攻击者从130个账号发布消息，声称会把任何转来的比特币翻倍。",
        "警方逮捕了三名通过虚假交易所抽奖骗取200万美元的男子，检方发布声明。",
        "BTC从一月到现在翻倍了，我的持仓终于回本。继续拿着。",
        "今年ETH涨了2倍，我却一直拿着稳定币。长教训了。",
        "抽奖！关注并转发，抽三位送卫衣。周五开奖。无需购买，也不需要钱包。",
        "活動條款：新用戶充值至少100 USDT並交易滿500美元，可獲得10 USDT體驗券。需完成實名認證。",
        "我们的救助站接受BTC捐款。每一聪都用来买狗粮，每月公开收据。",
        "研究人员发现40个仿冒空投领取页面的网站，要求受害者连接钱包并签署授权。",
        "这是真的吗？评论里有人说我转0.1 ETH他就返0.2。",
        "提醒：不要把钱包连接到回复里看到的网站。真正的空投不收手续费。",
        "今天把交易所的BTC转到冷钱包了。安心。",
        "这些回复里的“资金追回专家”全是二次诈骗。丢失的币黑客找不回来。",
        "快照已完成。符合条件的持有者下周会自动收到代币。我们不会私信你，也不会要求任何付款。",
    ],
}


# --- accounts and posts --------------------------------------------------------------
SOURCES = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App"]


def rfc(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def main():
    check_crypto()
    rng = random.Random(SEED)
    start = dt.datetime(2026, 5, 2, 6, 0, tzinfo=dt.timezone.utc)
    posts, labels_posts, labels_accounts = [], [], []
    next_account = ACCOUNT_BASE
    langs = list(TEXTS)
    for li, lang in enumerate(langs):
        t = TEXTS[lang]
        assert len(t["scam"]) == 15 and len(t["benign"]) == 15, lang
        assert len(t["urls"]) >= 3 and len(t["normal_users"]) >= 5, lang
        normal = []
        for name in t["normal_users"]:
            next_account += 1
            created = dt.datetime(2012 + rng.randrange(11), 1 + rng.randrange(12),
                                  1 + rng.randrange(28), 10, 0, tzinfo=dt.timezone.utc)
            normal.append({"id": str(next_account), "username": name, "verified":
                           rng.random() < 0.2, "created_at": rfc(created),
                           "public_metrics": {"followers_count": rng.randrange(300, 90000)}})
            labels_accounts.append(("account", str(next_account), "normal"))
        for kind in ("scam", "benign"):
            for i, text in enumerate(t[kind]):
                when = start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 5),
                                            seconds=rng.randrange(60),
                                            milliseconds=rng.randrange(1000))
                if kind == "scam":
                    next_account += 1
                    handle = t["scam_users"][i % len(t["scam_users"])] + str(rng.randrange(10, 9999))
                    age = dt.timedelta(days=rng.randrange(2, 7), hours=rng.randrange(24))
                    user = {"id": str(next_account), "username": handle, "verified": False,
                            "created_at": rfc(when - age),
                            "public_metrics": {"followers_count": rng.randrange(0, 180)}}
                    labels_accounts.append(("account", str(next_account), "scammer"))
                    btc, btc1, eth = addresses(rng)
                    text = text.format(BTC=btc, BTC1=btc1, ETH=eth,
                                       URL=t["urls"][i % len(t["urls"])])
                else:
                    user = normal[i % len(normal)]
                    assert "{" not in text, text
                posts.append((when, lang, text, user, kind))
    posts.sort(key=lambda p: p[0])
    out = io.StringIO()
    for n, (when, lang, text, user, kind) in enumerate(posts, 1):
        pid = str(POST_BASE + n)
        data = {"id": pid, "text": text, "author_id": user["id"], "created_at": rfc(when),
                "lang": lang, "source": SOURCES[n % len(SOURCES)]}
        out.write(json.dumps({"data": data, "includes": {"users": [user]}},
                             ensure_ascii=False) + "\n")
        labels_posts.append(("post", pid, kind))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "id", "label"])
        w.writerows(labels_posts + labels_accounts)
    print(f"posts.jsonl: {len(posts)} posts in {len(langs)} languages; "
          f"labels.csv: {len(labels_posts)} posts, {len(labels_accounts)} accounts")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deterministic generator of the crypto-giveaway-scam tune corpus.

Writes posts.jsonl (Twitter API v2 stream messages + account security events, in event-time
order), labels.csv (backtest labels format), addresses.csv (manifest of every address placed in
the corpus) and README.md (how it was written, counts). Python 3 stdlib only.

    python3 make_tune.py            # writes into the directory of this script
    python3 make_tune.py OUTDIR
"""
import csv
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tune_addr as A  # noqa: E402
import text_en  # noqa: E402
import text_intl1  # noqa: E402
import text_intl2  # noqa: E402

SEED = 20261201
POST_ID0 = 1870000000000000001
ACCT_ID0 = 8700001
START = datetime(2026, 3, 2, 0, 0, tzinfo=timezone.utc)
END = datetime(2026, 3, 28, 0, 0, tzinfo=timezone.utc)
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
LATIN = {"en", "es", "pt", "fr", "de", "it", "tr"}
CJK = {"ja", "ko", "zh"}
COMMA_DEC = {"es", "pt", "fr", "de", "it", "ru", "tr"}
TZ = {"en": -5, "es": 1, "pt": -3, "fr": 1, "de": 1, "it": 1, "ru": 3, "tr": 3, "ar": 3, "ja": 9, "ko": 9, "zh": 8}

TEXT = {"en": text_en.T}
TEXT.update(text_intl1.T)
TEXT.update(text_intl2.T)

R = random.Random(SEED)

# ------------------------------------------------------------------ small pools
CITIES = {
    "en": ["London", "Chicago", "Toronto", "Sydney", "Manchester", "Austin", "Dublin"],
    "es": ["Madrid", "Sevilla", "Valencia", "Bogotá", "Buenos Aires", "Ciudad de México"],
    "pt": ["São Paulo", "Belo Horizonte", "Lisboa", "Porto Alegre", "Recife"],
    "fr": ["Lyon", "Marseille", "Bordeaux", "Lille", "Nantes"],
    "de": ["Hamburg", "Köln", "München", "Leipzig", "Berlin"],
    "it": ["Milano", "Torino", "Napoli", "Bologna", "Roma"],
    "ru": ["Казани", "Новосибирске", "Екатеринбурге", "Самаре"],
    "tr": ["İstanbul", "Ankara", "Bursa", "Antalya", "Adana"],
    "ar": ["دبي", "الرياض", "القاهرة", "عمّان", "الدار البيضاء"],
    "ja": ["大阪", "福岡", "名古屋", "札幌", "横浜"],
    "ko": ["부산", "대구", "인천", "광주", "대전"],
    "zh": ["上海", "深圳", "杭州", "成都", "广州"],
}
COINS = [("BTC", 40), ("ETH", 18), ("USDT", 13), ("SOL", 10), ("XRP", 8), ("DOGE", 6), ("LTC", 5)]
AMT = {"BTC": [0.01, 0.05, 0.1, 0.2, 0.5, 1], "ETH": [0.1, 0.25, 0.5, 1, 2], "USDT": [100, 250, 500, 1000, 2500],
       "SOL": [1, 2, 5, 10, 25], "XRP": [500, 1000, 2500, 5000], "DOGE": [1000, 2500, 5000, 10000],
       "LTC": [1, 2, 5, 10]}
FEE = {"BTC": [0.002, 0.005, 0.01, 0.025], "ETH": [0.02, 0.05, 0.1], "USDT": [50, 120, 300], "SOL": [0.5, 1, 2],
       "XRP": [50, 100, 250], "DOGE": [200, 500], "LTC": [0.2, 0.5]}
TOTAL = {"BTC": [1000, 5000, 10000], "ETH": [10000, 50000], "USDT": [1000000, 5000000], "SOL": [100000, 250000],
         "XRP": [50000000, 100000000], "DOGE": [100000000, 500000000], "LTC": [50000]}
URI = {"btc": "bitcoin", "eth": "ethereum", "sol": "solana", "doge": "dogecoin", "ltc": "litecoin"}
EVENT_BRANDS = [
    ("Elon Musk", ["elon-x2", "musk-event2026", "elonbtc", "x-elon-giveaway"]),
    ("Tesla", ["tesla-btc2026", "tesla-event", "teslax2"]),
    ("Binance", ["binance-10years", "binance-anniversary"]),
    ("Coinbase", ["coinbase-event", "coinbase-promo2026"]),
    ("Michael Saylor", ["saylor-btc", "strategy-btc-event"]),
    ("Vitalik Buterin", ["vitalik-eth", "eth-foundation-gift"]),
    ("Ripple", ["ripple-xrp2026", "xrp-giveaway"]),
    ("Solana", ["solana-event", "sol-anniversary"]),
    ("Cathie Wood", ["ark-invest-btc"]),
    ("Kestrel Exchange", ["kestrel-exchange-event", "kestrel-10y"]),
    ("Apple", ["apple-btc-event"]),
]
EVENT_TLDS = [".live", ".gift", ".com", ".net", ".org", ".vip", ".top", ".site"]
DRAIN_BRANDS = [
    ("Uniswap", ["uniswap-claim", "uni-airdrop-v4"]), ("Arbitrum", ["arbitrum-drop", "arb-claim-s2"]),
    ("MetaMask", ["metamask-sync", "metamask-validate"]), ("Phantom", ["phantom-validate", "phantom-rewards"]),
    ("OpenSea", ["opensea-freemint", "os-mint-pass"]), ("LayerZero", ["layerzero-claim", "lz-retro"]),
    ("Nimbus Wallet", ["nimbuswallet-rectify", "nimbus-sync"]), ("Orbit Swap", ["orbitswap-airdrop", "orbit-claim"]),
    ("WalletConnect", ["walletconnect-sync", "dapp-rectify"]), ("Kestrel Exchange", ["kestrel-kyc", "kestrel-verify"]),
]
DRAIN_TLDS = [".app", ".xyz", ".io", ".net", ".org", ".com", ".claims", ".top"]
DRAIN_PATHS = ["", "/claim", "/connect", "/airdrop", "/validate", "/kyc", "/mint", "/?ref=x"]
EVENT_PATHS = ["", "/btc", "/live", "/event", "/giveaway", "/?utm=tw"]
TOKS = ["ZKX", "NIMB", "ORBT", "ARBX", "LZR", "SOLX", "KEST", "PEPE2", "BLAST2", "ONDX"]
TG = ["@RecoveryDesk_Anna", "@FundsBack_Expert", "@CryptoTracePro", "@AssetRecoveryLisa", "@ChainRestore_Official",
      "@HackRecoverTeam", "@Retrieve_Mark", "@BlockchainAgentK"]
MAIL = ["recoveryexpert.anna@gmail.com", "tracepro.assets@outlook.com", "fundsback.desk@protonmail.com",
        "chainrestore.team@gmail.com", "cyberretrieve24@yahoo.com", "walletfix.support@mail.com"]
WA = ["+1 (302) 555-0147", "+44 7700 900312", "+1 646-555-0193", "+971 50 555 0142", "+44 7700 900871",
      "+1 (917) 555-0126"]
XH = ["@trace_expert_j", "@RecoverMyCoins_", "@hack_reverse_pro"]
SUPPORT_DOMAINS = ["support-ticket-desk.com", "walletrecovery-help.net", "dapp-support-center.app"]
OFFICIAL_DOMAINS = ["kestrel.exchange", "nimbuswallet.io", "orbitswap.org"]
EMOJI = ["🔥", "🚀", "💰", "🎁", "⚡", "✅", "💎", "🤑", "👉", "📢", "🟢", "⭐"]
BULLETS = ["✅", "👉", "🔹", "💰", "🚀", "▶️", "⭐", "🔥", "➡️", "📌"]
HASHTAGS = {"en": ["#Bitcoin", "#BTC", "#giveaway", "#crypto", "#airdrop", "#ETH"], "es": ["#Bitcoin", "#Cripto", "#sorteo"],
            "pt": ["#Bitcoin", "#Cripto", "#sorteio"], "fr": ["#Bitcoin", "#crypto", "#concours"],
            "de": ["#Bitcoin", "#Krypto", "#Gewinnspiel"], "it": ["#Bitcoin", "#cripto", "#giveaway"],
            "ru": ["#биткоин", "#криптовалюта", "#раздача"], "tr": ["#Bitcoin", "#Kripto", "#çekiliş"],
            "ar": ["#بيتكوين", "#عملات_رقمية"], "ja": ["#仮想通貨", "#ビットコイン", "#プレゼント企画"],
            "ko": ["#비트코인", "#코인", "#이벤트"], "zh": ["#比特币", "#加密货币", "#空投"]}
SRC_PERSON = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad"]
SRC_BRAND = ["Sprout Social", "Hootsuite Inc.", "Buffer", "Twitter Web App", "TweetDeck Web App"]
SRC_NEWS = ["SocialFlow", "TweetDeck Web App", "Twitter Web App", "Echobox"]
SRC_SCAM = ["Twitter for Android", "Twitter Web App", "Twitter for iPhone", "PostPilot Bot", "autopost-cloud"]
SRC_HIJACK_NEW = ["Twitter Web App", "Twitter for Android", "Social Scheduler X", "PostPilot Bot", "TweetLite v2"]

FIRST = {
    "en": ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Chloe", "Ben", "Grace", "Tyler",
           "Hannah", "Ryan", "Zoe", "Marcus", "Priya", "Kenji", "Aisha", "Dev", "Nora", "Sean", "Tasha"],
    "es": ["Lucía", "Mateo", "Sofía", "Diego", "Valentina", "Javier", "Carmen", "Pablo", "Elena", "Andrés"],
    "pt": ["João", "Ana", "Lucas", "Mariana", "Pedro", "Beatriz", "Gabriel", "Larissa", "Thiago", "Camila"],
    "fr": ["Camille", "Louis", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Julien", "Inès", "Antoine"],
    "de": ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Paul", "Sophie", "Tim", "Laura"],
    "it": ["Marco", "Giulia", "Luca", "Chiara", "Matteo", "Sara", "Davide", "Francesca", "Andrea", "Elisa"],
    "tr": ["Emre", "Zeynep", "Mehmet", "Elif", "Burak", "Ayşe", "Can", "Selin"],
}
LAST = {
    "en": ["Carter", "Hughes", "Bennett", "Reyes", "Walsh", "Patel", "Nguyen", "Brooks", "Foster", "Kim", "Okafor", "Lindqvist"],
    "es": ["García", "López", "Martín", "Romero", "Navarro", "Torres", "Ruiz"],
    "pt": ["Silva", "Souza", "Oliveira", "Costa", "Pereira", "Almeida"],
    "fr": ["Martin", "Bernard", "Dubois", "Moreau", "Lefèvre", "Girard"],
    "de": ["Müller", "Schmidt", "Becker", "Wagner", "Hoffmann", "Schulz"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"],
}
# (display, romanised username base) for non-Latin scripts
NICK = {
    "ru": [("Алексей", "aleksey"), ("Мария", "masha"), ("Дмитрий", "dima"), ("Анна", "anna"), ("Сергей", "sergey"),
           ("Екатерина", "katya"), ("Иван", "vanya"), ("Ольга", "olga")],
    "ar": [("محمد", "mohammed"), ("فاطمة", "fatima"), ("أحمد", "ahmed"), ("نورة", "noura"), ("خالد", "khaled"),
           ("سارة", "sara"), ("عمر", "omar"), ("ريم", "reem")],
    "ja": [("さくら", "sakura"), ("ゆうき", "yuuki"), ("たけし", "takeshi"), ("みさき", "misaki"), ("けんた", "kenta"),
           ("あや", "aya"), ("はると", "haruto"), ("ことね", "kotone")],
    "ko": [("지민", "jimin"), ("서연", "seoyeon"), ("민준", "minjun"), ("하은", "haeun"), ("도윤", "doyun"), ("수빈", "subin")],
    "zh": [("小雨", "xiaoyu"), ("阿杰", "ajie"), ("李明", "liming"), ("王芳", "wangfang"), ("陈晨", "chenchen"), ("张伟", "zhangwei")],
}
NEWS = {
    "en": text_en.NEWS_NAMES,
    "es": [("NoticiasCripto", "Noticias Cripto"), ("DiarioBloque", "Diario Bloque")],
    "pt": [("PortalBlocoBR", "Portal Bloco")], "fr": [("JournalCrypto", "Le Journal Crypto")],
    "de": [("KryptoMeldung", "KryptoMeldung")], "it": [("CriptoGazzetta", "Cripto Gazzetta")],
    "ru": [("kriptovesti", "КриптоВести")], "tr": [("KriptoGundem", "Kripto Gündem")],
    "ar": [("akhbar_crypto", "أخبار الكريبتو")], "ja": [("crypto_news_jp", "暗号資産ニュース")],
    "ko": [("coinnews_kr", "코인뉴스")], "zh": [("lianshang_news", "链上快讯")],
}
OFFICIAL = {
    "en": [("KestrelEx", "Kestrel Exchange", 0), ("NimbusWallet", "Nimbus Wallet", 1), ("OrbitSwap", "Orbit Swap", 2)],
    "es": [("KestrelEx_ES", "Kestrel Exchange Español", 0)], "pt": [("KestrelEx_BR", "Kestrel Exchange Brasil", 0)],
    "fr": [("KestrelEx_FR", "Kestrel Exchange France", 0)], "de": [("NimbusWallet_DE", "Nimbus Wallet DACH", 1)],
    "it": [("KestrelEx_IT", "Kestrel Exchange Italia", 0)], "ru": [("KestrelEx_RU", "Kestrel Exchange RU", 0)],
    "tr": [("KestrelEx_TR", "Kestrel Exchange Türkiye", 0)], "ar": [("KestrelEx_AR", "Kestrel Exchange عربي", 0)],
    "ja": [("KestrelEx_JP", "Kestrel Exchange 日本", 0)], "ko": [("OrbitSwap_KR", "Orbit Swap 코리아", 2)],
    "zh": [("NimbusWallet_CN", "Nimbus Wallet 中文", 1)],
}
CHARITY = {
    "en": ["Harbor Animal Shelter", "Open Wallet Collective", "Riverbend Flood Relief", "St Brigid Kids Fund"],
    "es": ["Fundación Manos Abiertas"], "pt": ["ONG Mãos Dadas"], "fr": ["Association Les Petits Pas"],
    "de": ["Tierhilfe Nord e.V."], "it": ["Onlus Il Faro"], "ru": ["Фонд «Тёплый дом»"], "tr": ["Umut Eli Derneği"],
    "ar": ["جمعية الأمل الخيرية"], "ja": ["NPO法人ひだまり"], "ko": ["사단법인 나눔숲"], "zh": ["暖心公益"],
}
SCAM_NAMES = {
    "double": ["Elon Musk", "Elon Musk 🚀", "Michael Saylor⚡", "Vitalik Buterin", "Cathie Wood", "CZ 🔶 Binance",
               "Crypto Payback 🎁", "BTC Giveaway Official", "Brad Garlinghouse", "Tesla Crypto Team"],
    "event": ["Tesla Live", "Binance Events", "Coinbase Promo", "SpaceX Live 🚀", "Ripple Events", "Strategy Live"],
    "drainer": ["Uniswap Airdrop", "Arbitrum 🪂", "MetaMask Support", "Phantom Wallet Help", "OpenSea Mint",
                "LayerZero Claims", "Nimbus Wallet Support", "Orbit Swap 🪐", "WalletConnect Sync"],
    "recovery": ["Sarah | Crypto Recovery", "Asset Recovery Desk", "Kestrel Support 24/7", "Blockchain Recovery Agent",
                 "Mark the Tracer", "Lisa Funds Retrieval", "Wallet Help Center"],
    "dropaddr": ["Crypto Santa 🎅", "Daily BTC Drops", "Airdrop King 👑", "Free Crypto Daily"],
    "fee": ["Giveaway Winners Desk", "Prize Claims Team", "Crypto Rewards Center", "Lucky Draw Official"],
    "endorse": ["Jenny ✨", "mike_trades", "crypto lover", "Ashley 💕", "Daniel", "btc maxi", "Sophie", "Kevin 🚀"],
}
SCAM_LOCAL = {"es": "Regalos Cripto 🎁", "pt": "Brinde Cripto Oficial", "fr": "Cadeaux Crypto", "de": "Krypto Geschenke",
              "it": "Regali Cripto", "ru": "Крипто Раздача", "tr": "Kripto Hediye", "ar": "هدايا كريبتو",
              "ja": "仮想通貨プレゼント公式", "ko": "코인 이벤트 공식", "zh": "币圈福利官方"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
        "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "C": "С"}
HOMO_GREEK = {"o": "ο", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
              "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "v": "ν"}
HOMO_CYR2LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E",
                "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7", "A": "4", "E": "3", "O": "0", "I": "1", "S": "5"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

# Hijacked personas: (display name, username, lang, followers, created year, usual sources)
HIJACK = [
    ("Harbor Street Bakery", "harborstbakery", "en", 412000, 2011, ["Sprout Social"]),
    ("Dr. Lena Whitford", "lenawhitford", "en", 1890000, 2010, ["Twitter for iPhone"]),
    ("Marcus Dale", "marcusdale24", "en", 5300000, 2012, ["Twitter for iPhone"]),
    ("The Riverside Gazette", "riversidegazette", "en", 980000, 2009, ["SocialFlow", "TweetDeck Web App"]),
    ("Jonah Pike", "jonahpikemusic", "en", 2700000, 2011, ["Twitter for iPhone", "Twitter for iPad"]),
    ("Northwind Airlines", "northwindair", "en", 1450000, 2010, ["Sprout Social", "Twitter Web App"]),
    ("Priya Raman", "priyaramanwrites", "en", 640000, 2013, ["Twitter for Android"]),
    ("Sam Okafor", "samokaforlol", "en", 3200000, 2012, ["Twitter for iPhone"]),
    ("Glenbrook FC", "glenbrookfc", "en", 870000, 2010, ["Hootsuite Inc."]),
    ("Evelyn Cho", "chefevelyncho", "en", 1150000, 2014, ["Twitter for iPhone"]),
    ("Lucía Benítez", "luciabenitezmx", "es", 2300000, 2011, ["Twitter for iPhone"]),
    ("Club Atlético Ribera", "CARibera", "es", 760000, 2010, ["Hootsuite Inc."]),
    ("Rafa Moreira", "rafamoreira", "pt", 4100000, 2012, ["Twitter for Android"]),
    ("Padaria Estrela", "padariaestrela", "pt", 185000, 2013, ["Buffer"]),
    ("Camille Roussel", "camilleroussel", "fr", 510000, 2010, ["Twitter for iPhone"]),
    ("Librairie du Quai", "librairieduquai", "fr", 96000, 2012, ["Twitter Web App"]),
    ("Jonas Keller", "jonaskeller9", "de", 1700000, 2013, ["Twitter for iPhone"]),
    ("Bäckerei Hofmann", "baeckereihofmann", "de", 88000, 2014, ["Twitter Web App"]),
    ("Giulia Marchetti", "giuliamarchetti", "it", 920000, 2012, ["Twitter for iPhone"]),
    ("Pasticceria Bellini", "pasticceriabellini", "it", 143000, 2013, ["Buffer"]),
    ("Алексей Громов", "gromov_live", "ru", 1300000, 2011, ["Twitter for Android"]),
    ("Театр «Сфера»", "teatr_sfera", "ru", 210000, 2012, ["Twitter Web App"]),
    ("Elif Aydın", "elifaydin", "tr", 2900000, 2012, ["Twitter for iPhone"]),
    ("Boğaziçi Kitabevi", "bogazicikitap", "tr", 167000, 2013, ["Twitter Web App"]),
    ("نور الهدى", "noor_alhuda_tv", "ar", 3400000, 2011, ["Twitter for iPhone"]),
    ("مطعم الياسمين", "yasmeen_rest", "ar", 254000, 2014, ["Twitter for Android"]),
    ("佐倉みなみ", "sakura_minami_v", "ja", 1600000, 2012, ["Twitter for iPhone"]),
    ("喫茶こもれび", "kissa_komorebi", "ja", 132000, 2015, ["Twitter Web App"]),
    ("한지우", "hanjiwoo_official", "ko", 2500000, 2013, ["Twitter for iPhone"]),
    ("책방골목", "bookalley_seoul", "ko", 98000, 2014, ["Twitter Web App"]),
    ("林晓雯", "lin_xiaowen", "zh", 1900000, 2011, ["Twitter for iPhone"]),
    ("小橙子烘焙", "orange_bakery", "zh", 121000, 2015, ["Twitter Web App"]),
]


# ------------------------------------------------------------------ helpers
def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


STYLE = {"group": True, "comma": True}


def fmt_num(x, lang):
    d = Decimal(str(x))
    if d == d.to_integral_value():
        n = int(d)
        s = str(n)
        if n >= 1000 and STYLE["group"]:
            sep = {"es": ".", "pt": ".", "de": ".", "it": ".", "tr": ".", "fr": " ", "ru": " "}.get(lang, ",")
            s = "{:,}".format(n).replace(",", sep)
        return s
    s = format(d.normalize(), "f")
    if lang in COMMA_DEC and STYLE["comma"]:
        s = s.replace(".", ",")
    return s


def tco():
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "https://t.co/" + "".join(R.choice(al) for _ in range(10))


def addr_kind_for(coin):
    if coin == "BTC":
        return wchoice([("btc_p2pkh", 25), ("btc_p2sh", 15), ("btc_p2wpkh", 35), ("btc_p2tr", 15), ("btc_p2wsh", 10)])
    return {"ETH": "eth", "SOL": "sol", "XRP": "xrp", "DOGE": "doge"}.get(coin) or \
        ("trx" if coin == "USDT" and R.random() < 0.7 else "eth" if coin == "USDT" else
         ("ltc" if R.random() < 0.6 else "ltc_bech32"))


def chain(kind):
    return kind.split("_")[0]


def explorer(kind, a):
    c = chain(kind)
    if c == "btc":
        return R.choice(["https://mempool.space/address/", "https://blockstream.info/address/",
                         "https://www.blockchain.com/explorer/addresses/btc/"]) + a
    return {"eth": "https://etherscan.io/address/", "sol": "https://solscan.io/account/",
            "trx": "https://tronscan.org/#/address/", "xrp": "https://xrpscan.com/account/",
            "doge": "https://blockchair.com/dogecoin/address/", "ltc": "https://blockchair.com/litecoin/address/"}[c] + a


def defang(domain, path=""):
    s = R.random()
    if s < 0.4:
        return "hxxps://" + domain.replace(".", "[.]") + path
    if s < 0.7:
        return domain.replace(".", "[.]")
    if s < 0.85:
        return "hxxp://" + domain.replace(".", "(.)")
    return domain.replace(".", "[dot]")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def rand_time(lang, lo=START, hi=END):
    """A time in [lo, hi) whose local hour follows a daytime-heavy profile for the language."""
    lo_s, hi_s = lo.timestamp(), hi.timestamp()
    for _ in range(50):
        t = datetime.fromtimestamp(R.uniform(lo_s, hi_s), timezone.utc)
        h = (t.hour + TZ[lang]) % 24
        w = 0.15 if 1 <= h < 7 else 1.0 if 8 <= h < 23 else 0.5
        if R.random() < w:
            return t.replace(microsecond=R.randrange(0, 1000) * 1000)
    return t


# ------------------------------------------------------------------ accounts
ACCOUNTS = {}
USERNAMES = set()
_next_acct = [ACCT_ID0]


def uname(base):
    base = "".join(c for c in base if c.isascii() and (c.isalnum() or c == "_"))[:15] or "user"
    u = base
    while u.lower() in USERNAMES:
        suf = R.choice(["_", "", ""]) + str(R.randrange(1, 9999))
        u = base[:15 - len(suf)] + suf
    USERNAMES.add(u.lower())
    return u


def new_account(role, lang, name, username, followers, created, verified, sources, group):
    aid = str(_next_acct[0])
    _next_acct[0] += 1
    ACCOUNTS[aid] = dict(id=aid, role=role, lang=lang, name=name, username=uname(username), followers=int(followers),
                         created=created, verified=verified, sources=sources, group=group,
                         following=int(R.uniform(50, 2000)), tweets=int(R.uniform(200, 40000)))
    return aid


def old_created(y0=2009, y1=2024):
    t = datetime(R.randrange(y0, y1 + 1), R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60),
                 R.randrange(60), tzinfo=timezone.utc)
    return min(t, START - timedelta(days=20))


def person_name(lang):
    if lang in FIRST:
        f, l = R.choice(FIRST[lang]), R.choice(LAST[lang])
        style = R.random()
        if style < 0.5:
            return f + " " + l, (f + l).lower()
        if style < 0.8:
            return f, f.lower() + R.choice(["_", ""]) + l[:1].lower()
        return f + " " + l[0] + ".", f.lower() + "_" + l.lower()
    d, u = R.choice(NICK[lang])
    deco = R.choice(["", "", "🌸", "✨", "⚽", "📚", "🎧", " 🐈"])
    return d + deco, u


def normal_account(lang, group="person"):
    name, base = person_name(lang)
    foll = int(10 ** R.uniform(1.2, 4.3))
    return new_account("normal", lang, name, base, foll, old_created(), R.random() < 0.06,
                       [R.choice(SRC_PERSON)] + ([R.choice(SRC_PERSON)] if R.random() < 0.3 else []), group)


POOL = {lang: [] for lang in LANGS}
for lang in LANGS:
    n = 70 if lang == "en" else 16
    POOL[lang] = [normal_account(lang) for _ in range(n)]
NEWS_ACC = {lang: [new_account("normal", lang, nm, un, int(10 ** R.uniform(4.5, 6.6)), old_created(2009, 2018),
                               True, [R.choice(SRC_NEWS)], "news") for un, nm in NEWS[lang]] for lang in LANGS}
OFF_ACC = {lang: [(new_account("normal", lang, nm, un, int(10 ** R.uniform(5, 6.8)), old_created(2013, 2019), True,
                               [R.choice(SRC_BRAND)], "official"), dom) for un, nm, dom in OFFICIAL[lang]] for lang in LANGS}
CHARITY_ACC = {}
for lang in LANGS:
    CHARITY_ACC[lang] = []
    for nm in CHARITY[lang]:
        aid = new_account("normal", lang, nm, "".join(w[:5] for w in nm.split())[:12] if lang in LATIN else
                          R.choice(["hope_fund", "warmhome", "charity", "npo_hidamari", "nanum", "nuanxin"]),
                          int(10 ** R.uniform(3, 4.8)), old_created(2012, 2021), R.random() < 0.3,
                          [R.choice(SRC_BRAND + SRC_PERSON)], "charity")
        coin = R.choice(["BTC", "BTC", "ETH", "USDT", "SOL", "DOGE", "LTC"])
        k = addr_kind_for(coin)
        CHARITY_ACC[lang].append((aid, coin, k, A.mint(k, R)))
DEV_ACC = [new_account("normal", "en", nm, un, int(10 ** R.uniform(2.5, 4.5)), old_created(2010, 2020), False,
                       ["Twitter Web App"], "dev")
           for un, nm in [("sats_and_bits", "Jordan (wallet dev)"), ("0xfernanda", "Fernanda | smart contracts"),
                          ("libwallet_dev", "libwallet maintainers"), ("nodeop_kai", "Kai runs nodes")]]
DEV_ACC_L = {lang: new_account("normal", lang, *{"es": ("Dani | dev backend", "danidev"), "de": ("Jan (Entwickler)", "jan_codet"),
                                                 "ru": ("Павел | разработчик", "pavel_dev"), "ja": ("けい@エンジニア", "kei_eng"),
                                                 "zh": ("老周写代码", "laozhou_dev")}[lang],
                               int(10 ** R.uniform(2.5, 4)), old_created(2012, 2021), False, ["Twitter Web App"], "dev")
             for lang in ["es", "de", "ru", "ja", "zh"]}

HIJ = []
for (nm, un, lang, foll, yr, srcs) in HIJACK:
    aid = new_account("hijacked", lang, nm, un, foll, old_created(yr, yr), R.random() < 0.92, srcs, "hijacked")
    HIJ.append(aid)

_scam_seq = [0]


def scam_account(kind, lang, first_t, brand=None):
    _scam_seq[0] += 1
    if brand and R.random() < 0.7:
        nm = brand + R.choice({"event": [" Live", " Events", " Official", " 🔴 LIVE", " Giveaway"],
                               "drainer": [" Airdrop", " Support", " 🪂", " Claims", " Help Desk", ""]}[kind])
    elif lang != "en" and R.random() < 0.45 and kind not in ("recovery", "endorse"):
        nm = SCAM_LOCAL[lang]
    else:
        nm = R.choice(SCAM_NAMES[kind])
    base = "".join(c for c in nm.replace(" ", "_") if c.isascii() and (c.isalnum() or c == "_")).strip("_")
    if R.random() < 0.2 and kind in ("double", "event", "drainer"):
        nm = "".join(HOMO.get(c, c) if R.random() < 0.3 else c for c in nm)
    base = (base or "crypto")[:10] + R.choice(["", "_", "_x", "Live", "0", "_io", "Offcl", "_26"])
    if R.random() < 0.3:
        base = base.replace("l", "I", 1)
    created = first_t - timedelta(days=R.uniform(0.2, 45))
    foll = int(10 ** R.uniform(0, 3.2)) if R.random() < 0.9 else int(10 ** R.uniform(3.2, 4.3))
    return new_account("scammer", lang, nm, base, foll, created, R.random() < 0.15,
                       [R.choice(SRC_SCAM)], "scammer")


# ------------------------------------------------------------------ posts
POSTS = []   # dicts; ids assigned after sorting
EVENTS = []  # account events
MANIFEST = []
_pk = [0]


def add_post(t, author, lang, text, label, kind, urls=(), addrs=(), ref=None, reply_to=None, source=None,
             obf=(), campaign=None):
    _pk[0] += 1
    acc = ACCOUNTS[author]
    p = dict(key=_pk[0], t=t, author=author, lang=lang, text=text, label=label, kind=kind, urls=list(urls),
             addrs=list(addrs), ref=ref, reply_to=reply_to, source=source or R.choice(acc["sources"]), obf=list(obf),
             campaign=campaign)
    POSTS.append(p)
    return p


def add_event(t, account, typ):
    EVENTS.append(dict(t=t, account=account, type=typ))


def render_addr(kind, addr, a1, scam=True):
    """How an address appears in a post. Returns (text, form, urls)."""
    c = chain(kind)
    r = R.random()
    if not scam:
        return addr, "plain", []
    if r < 0.10 and c in URI:
        a = addr.upper() if kind.startswith("btc_p2w") and R.random() < 0.3 else addr
        q = "" if c == "eth" else "?amount=" + str(a1)
        return URI[c] + ":" + a + q, "uri", []
    if r < 0.20:
        bech = kind.startswith("btc_p2w") or kind in ("btc_p2tr", "btc_testnet", "ltc_bech32")
        if bech or R.random() < 0.5:
            g = R.choice([4, 5, 6])
            return " ".join(addr[i:i + g] for i in range(0, len(addr), g)), "split", []
        h = len(addr) // 2
        return addr[:h] + R.choice([" ", "\n", " - "]) + addr[h:], "split", []
    if r < 0.27:
        u = tco()
        return u, "explorer", [(u, explorer(kind, addr))]
    if r < 0.32:
        u = tco()
        return addr + "\n" + R.choice(["Proof of payouts: ", "Verify: ", "✅ ", "📊 "]) + u, "plain+explorer", \
            [(u, explorer(kind, addr))]
    return addr, "plain", []


def table(lang, coin, a1, mult):
    ladder = [Decimal(str(a1)) * k for k in (1, 2, 5, 10, 20)]
    rows = ladder[:R.choice([3, 4, 5])]
    arrow = R.choice(["→", "➡️", "=>", "-->", "→", "⟶"])
    return "\n".join("%s %s %s %s %s" % (fmt_num(x, lang), coin, arrow, fmt_num(x * mult, lang), coin) for x in rows)


class Ctx(dict):
    def __missing__(self, k):
        raise KeyError("template slot {%s} has no value" % k)


def fill(tpl, lang, res, scam=True, extra=None):
    """Fill a template from a resource dict. Returns (text, urls, addrs, protected)."""
    urls, addrs, prot = [], [], []
    STYLE["group"], STYLE["comma"] = R.random() < 0.75, R.random() < 0.7
    coin = res.get("coin") or wchoice(COINS)
    a1 = res.get("a1") or R.choice(AMT[coin])
    mult = res.get("mult", 2) if "{mult" in tpl else 2
    ctx = Ctx(coin=coin, a1=fmt_num(a1, lang), a2=fmt_num(Decimal(str(a1)) * mult, lang), mult=str(mult),
              max=fmt_num(Decimal(str(a1)) * R.choice([10, 20, 50]), lang), mins=str(R.choice([10, 15, 20, 30, 30, 45, 60])),
              total=fmt_num(res.get("total") or R.choice(TOTAL[coin]), lang), prize=fmt_num(Decimal(str(a1)) * R.choice([5, 10, 25]), lang),
              fee=fmt_num(R.choice(FEE[coin]), lang), usd=fmt_num(R.choice([1250, 3400, 8900, 12500, 27000, 48000, 85000]), lang),
              tok=res.get("tok") or R.choice(TOKS), brand=res.get("brand") or R.choice(EVENT_BRANDS)[0],
              tg=res.get("tg") or R.choice(TG), mail=res.get("mail") or R.choice(MAIL), wa=res.get("wa") or R.choice(WA),
              xh=res.get("xh") or R.choice(XH), city=R.choice(CITIES[lang]), n=str(R.randrange(12, 900)),
              camt=fmt_num(round(R.uniform(1.5, 60), 2) if coin in ("BTC", "ETH", "LTC") else R.randrange(2000, 900000), lang),
              table="", addr="", url="", durl="", tb="", dead="", addr_head="", addr_mid="")
    if extra:
        ctx.update(extra)
    if "{table}" in tpl:
        ctx["table"] = table(lang, coin, a1, mult)
    if "{addr" in tpl:
        kind, addr = res["addr_kind"], res["addr"]
        if "{addr}" in tpl:
            s, form, u = render_addr(kind, addr, a1, scam=scam)
            ctx["addr"] = s
            urls += u
            addrs.append((kind, addr, form))
            prot.append(s)
            for x, _ in u:
                prot.append(x)
        ctx["addr_head"], ctx["addr_mid"] = addr[:6], addr[6:12]
    if "{url}" in tpl:
        u = tco()
        ctx["url"] = u
        urls.append((u, res["url"]))
        prot.append(u)
    if "{durl}" in tpl:
        if res.get("durl_mode") == "link":
            u = tco()
            ctx["durl"] = u
            urls.append((u, "https://" + res["domain"] + res.get("path", "")))
            prot.append(u)
        else:
            ctx["durl"] = defang(res["domain"], res.get("path", ""))
            prot.append(ctx["durl"])
    if "{tb}" in tpl:
        a = A.mint("btc_testnet", R)
        ctx["tb"] = a
        addrs.append(("btc_testnet", a, "plain"))
        prot.append(a)
    if "{dead}" in tpl:
        a = A.eip55("000000000000000000000000000000000000dead")
        ctx["dead"] = a
        addrs.append(("eth", a, "plain"))
        prot.append(a)
    for k in ("tg", "mail", "wa", "xh"):
        if "{%s}" % k in tpl:
            prot.append(ctx[k])
    text = tpl.format_map(ctx)
    return text, urls, addrs, prot


# ------------------------------------------------------------------ obfuscation
def _protect(text, prot):
    keep = {}
    for i, s in enumerate(sorted(set(p for p in prot if p), key=len, reverse=True)):
        tok = "\x00%d\x00" % i
        if s in text:
            text = text.replace(s, tok)
            keep[tok] = s
    return text, keep


def _words(text):
    """Indices of candidate word tokens (split on single spaces) that hold no protected sentinel."""
    toks = text.split(" ")
    return toks, [i for i, w in enumerate(toks) if "\x00" not in w and "{" not in w and
                  sum(c.isalpha() for c in w) >= 3 and "@" not in w and "#" not in w]


def ob_emoji(text, lang):
    toks, idx = _words(text)
    if lang in CJK or len(idx) < 3:
        chars = list(text)
        pos = [i for i, c in enumerate(chars) if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3"]
        for i in sorted(R.sample(pos, min(len(pos), R.randrange(2, 4))), reverse=True):
            chars.insert(i, R.choice(EMOJI))
        return "".join(chars)
    for i in R.sample(idx[:12], min(len(idx[:12]), R.randrange(2, 4))):
        toks[i] = toks[i] + " " + R.choice(EMOJI)
    return " ".join(toks)


def ob_space(text, lang):
    if lang in CJK:
        chars = list(text)
        pos = [i for i, c in enumerate(chars[:-4]) if all("\u3040" <= x <= "\u9fff" or "\uac00" <= x <= "\ud7a3"
                                                         for x in chars[i:i + 3])]
        if not pos:
            return ob_zw(text, lang)
        i = R.choice(pos[:20])
        n = R.randrange(2, 5)
        return "".join(chars[:i]) + " ".join(chars[i:i + n]) + "".join(chars[i + n:])
    toks, idx = _words(text)
    if not idx:
        return text
    long_ = [i for i in idx if len(toks[i]) >= 4]
    for i in R.sample(long_ or idx, min(len(long_ or idx), R.choice([1, 1, 2]))):
        w = toks[i]
        core = w.rstrip(".,!:;?")
        toks[i] = R.choice([" ", " ", ".", "-"]).join(core) + w[len(core):]
        if R.random() < 0.5:
            toks[i] = toks[i].upper()
    return " ".join(toks)


def ob_fullwidth(text, lang):
    toks, idx = _words(text)
    latin = [i for i in idx if any("a" <= c.lower() <= "z" for c in toks[i])]
    coinish = [i for i, w in enumerate(toks) if "\x00" not in w and any(x in w for x in ("BTC", "ETH", "USDT", "SOL", "XRP", "DOGE", "LTC"))]
    cands = coinish + latin
    if not cands:
        return ob_zw(text, lang)
    for i in set(R.sample(cands, min(len(cands), R.randrange(1, 4)))):
        toks[i] = "".join(chr(ord(c) + 0xFEE0) if ("a" <= c.lower() <= "z" or c.isdigit()) and R.random() < 0.8 else c
                          for c in toks[i])
    return " ".join(toks)


def ob_homoglyph(text, lang):
    toks, idx = _words(text)
    if lang == "ru":
        table_ = HOMO_CYR2LAT
    elif lang in LATIN or lang in CJK or lang == "ar":
        table_ = HOMO if R.random() < 0.7 else HOMO_GREEK
    else:
        table_ = HOMO
    cands = [i for i in idx if any(c in table_ for c in toks[i])]
    if not cands:
        return ob_zw(text, lang)
    for i in R.sample(cands, min(len(cands), R.randrange(2, 6))):
        w = list(toks[i])
        pos = [j for j, c in enumerate(w) if c in table_]
        for j in R.sample(pos, min(len(pos), R.randrange(1, 3))):
            w[j] = table_[w[j]]
        toks[i] = "".join(w)
    return " ".join(toks)


def ob_zw(text, lang):
    toks, idx = _words(text)
    if not idx:
        return text
    for i in R.sample(idx, min(len(idx), R.randrange(2, 5))):
        w = toks[i]
        j = R.randrange(1, len(w))
        toks[i] = w[:j] + R.choice(ZW) + w[j:]
    return " ".join(toks)


def ob_leet(text, lang):
    if lang not in LATIN:
        return ob_homoglyph(text, lang)
    toks, idx = _words(text)
    key = [i for i in idx if any(k in toks[i].lower() for k in ("give", "doubl", "send", "free", "claim", "bitcoin",
                                                                   "airdrop", "wallet", "bonus", "sorteo", "dobro", "regal",
                                                                   "verdopp", "raddopp", "double", "iki", "gönder"))]
    cands = key or idx
    for i in R.sample(cands, min(len(cands), R.randrange(1, 3))):
        toks[i] = "".join(LEET.get(c, c) if R.random() < 0.7 else c for c in toks[i])
    return " ".join(toks)


def ob_linebreak(text, lang):
    toks = text.split(" ")
    cand = [i for i in range(1, min(len(toks), 14)) if "\x00" not in toks[i - 1]]
    for i in sorted(R.sample(cand, min(len(cand), R.randrange(1, 3))), reverse=True):
        toks[i - 1] = toks[i - 1] + "\n"
    return " ".join(toks).replace("\n ", "\n")


def ob_bullets(text, lang):
    import re
    parts = [p.strip() for p in re.split(r"(?<=[.!?。！？])\s+|\n+", text) if p.strip()]
    if len(parts) < 2:
        return R.choice(BULLETS) + " " + text
    b = R.choice(BULLETS)
    same = R.random() < 0.6
    return "\n".join((b if same else R.choice(BULLETS)) + " " + p for p in parts)


OBF = [("emoji", ob_emoji, 3), ("space", ob_space, 3), ("fullwidth", ob_fullwidth, 2), ("homoglyph", ob_homoglyph, 3),
       ("zw", ob_zw, 3), ("leet", ob_leet, 2), ("linebreak", ob_linebreak, 2), ("bullets", ob_bullets, 3)]


NATURAL = {"bullets", "emoji", "linebreak", "space"}


def obfuscate(text, lang, prot, rate, natural_only=False):
    used = []
    if R.random() >= rate:
        return text, used
    t, keep = _protect(text, prot)
    for _ in range(1 if R.random() < 0.75 else 2):
        name, fn, _w = wchoice([((n, f, w), w) for n, f, w in OBF if not natural_only or n in NATURAL])
        if name in used:
            continue
        t2 = fn(t, lang)
        if t2 != t:
            used.append(name)
            t = t2
    for tok, s in keep.items():
        t = t.replace(tok, s)
    return t, used


def decorate(text, lang, scam, kind=""):
    if kind in ("recovery", "endorse"):
        return text
    if scam and R.random() < 0.25:
        text = text + "\n\n" + " ".join(R.sample(HASHTAGS[lang], min(len(HASHTAGS[lang]), R.randrange(1, 3))))
    if scam and R.random() < 0.15:
        text = R.choice(["🚨 ", "🔥 ", "⚡ ", "🎁 ", "📢 ", "‼️ "]) + text
    return text


class Cycler:
    """Draws templates without replacement, reshuffling when exhausted (maximises distinct sentences)."""

    def __init__(self):
        self.bags = {}

    def draw(self, lang, kind):
        k = (lang, kind)
        if not self.bags.get(k):
            items = list(TEXT[lang][kind])
            R.shuffle(items)
            self.bags[k] = items
        return self.bags[k].pop()


CY = Cycler()


def has(lang, kind):
    return bool(TEXT.get(lang, {}).get(kind))


# ------------------------------------------------------------------ resources (what scams use)
RESOURCES = []  # every scam resource; benign posts reference these after their first use


def new_resource(kind, lang, coin=None):
    coin = coin or wchoice(COINS)
    res = dict(kind=kind, lang=lang, coin=coin, a1=R.choice(AMT[coin]), mult=wchoice([(2, 8), (3, 2)]) if kind == "double" else 2,
               tok=R.choice(TOKS), tg=R.choice(TG), mail=R.choice(MAIL), wa=R.choice(WA), xh=R.choice(XH), uses=[])
    if kind in ("double", "fee"):
        res["addr_kind"] = addr_kind_for(coin)
        res["addr"] = A.mint(res["addr_kind"], R)
    if kind == "event":
        brand, bases = R.choice(EVENT_BRANDS)
        res["brand"] = brand
        res["domain"] = R.choice(bases) + R.choice(EVENT_TLDS)
        res["path"] = R.choice(EVENT_PATHS)
        res["url"] = "https://" + res["domain"] + res["path"]
    if kind == "drainer":
        brand, bases = R.choice(DRAIN_BRANDS)
        res["brand"] = brand
        res["domain"] = R.choice(bases) + R.choice(DRAIN_TLDS)
        res["path"] = R.choice(DRAIN_PATHS)
        res["url"] = "https://" + res["domain"] + res["path"]
    if kind == "dropaddr":  # "drop your address" giveaways promise modest totals
        res["total"] = Decimal(str(res["a1"])) * R.choice([10, 20, 50, 100])
    if kind == "recovery":
        res["domain"] = R.choice(SUPPORT_DOMAINS)
        res["url"] = "https://" + res["domain"] + R.choice(["/ticket", "/form", "/verify", ""])
    RESOURCES.append(res)
    return res


def scam_post(t, author, lang, kind, res, ref=None, reply_to=None, source=None, obf_rate=0.33, campaign=None, tpl=None):
    tpl = tpl or CY.draw(lang, kind)
    text, urls, addrs, prot = fill(tpl, lang, res, scam=True)
    text, used = obfuscate(text, lang, prot, obf_rate)
    text = decorate(text, lang, True, kind)
    p = add_post(t, author, lang, text, "scam", kind, urls, addrs, ref, reply_to, source, used, campaign)
    p["res"] = res
    res["uses"].append(p)
    return p


# ------------------------------------------------------------------ 1. hijacked accounts
HIJ_ACC_POSTS = {}


SAID = {}


def chatter_text(lang, aid=None):
    said = SAID.setdefault(aid, set())
    for _ in range(30):
        t = CY.draw(lang, "chatter")
        if t not in said:
            break
    said.add(t)
    if R.random() < 0.12:
        t += " " + R.choice(["😊", "🙌", "❤️", "😂", "🙏", "☀️", "🎉"])
    return t.replace("{city}", R.choice(CITIES[lang]))


def hijack(aid, t0, kind, res, n_posts, lang_override=None, event_p=0.38, newsrc_p=0.33):
    acc = ACCOUNTS[aid]
    lang = lang_override or acc["lang"]
    # ordinary history over the preceding weeks
    n_hist = R.randrange(6, 11)
    for _ in range(n_hist):
        t = rand_time(lang, START, t0 - timedelta(hours=3))
        add_post(t, aid, lang, chatter_text(lang, aid), "benign", "history", source=R.choice(acc["sources"]))
    acc["hijack_t"] = t0
    info = dict(events=[], newsrc=None)
    if R.random() < event_p:
        seq = R.choice([["password_reset"], ["login_new_device"], ["email_changed"], ["password_reset", "email_changed"],
                        ["login_new_device", "mfa_disabled"], ["phone_changed"], ["login_new_device", "password_reset"]])
        te = t0 - timedelta(minutes=R.uniform(4, 120))
        for typ in seq:
            add_event(te, aid, typ)
            info["events"].append(typ)
            te += timedelta(minutes=R.uniform(0.5, 6))
    src = None
    if R.random() < newsrc_p:
        src = R.choice([s for s in SRC_HIJACK_NEW if s not in acc["sources"]])
        info["newsrc"] = src
    t = t0
    posts = []
    for i in range(n_posts):
        p = scam_post(t, aid, lang, kind, res, source=src or R.choice(acc["sources"]), obf_rate=0.15,
                      campaign="hijack")
        posts.append(p)
        t += timedelta(minutes=R.uniform(1.5, 25))
    acc["hijack_info"] = info
    HIJ_ACC_POSTS[aid] = posts
    # owner regains control
    last = posts[-1]["t"]
    if R.random() < 0.6:
        tr = last + timedelta(hours=R.uniform(0.8, 9))
        if R.random() < 0.4:
            add_event(tr - timedelta(minutes=R.uniform(3, 30)), aid, R.choice(["password_reset", "login_new_device"]))
        if tr < END:
            add_post(tr, aid, lang, CY.draw(lang, "hacked"), "benign", "hacked", source=R.choice(acc["sources"]))
    # life goes on
    for _ in range(R.randrange(0, 3)):
        tt = last + timedelta(hours=R.uniform(12, 120))
        if tt < END:
            add_post(tt, aid, lang, chatter_text(lang, aid), "benign", "history", source=R.choice(acc["sources"]))
    return posts


by_lang = {}
for aid in HIJ:
    by_lang.setdefault(ACCOUNTS[aid]["lang"], []).append(aid)
WAVE_A = by_lang["en"][:7] + [by_lang["es"][0], by_lang["pt"][0]]
WAVE_B = [by_lang["fr"][0], by_lang["de"][0], by_lang["it"][0], by_lang["tr"][0], by_lang["en"][7]]
WAVE_C = [by_lang["ja"][0], by_lang["ko"][0], by_lang["zh"][0], by_lang["en"][8]]
SOLO = [a for a in HIJ if a not in WAVE_A + WAVE_B + WAVE_C]

waves = []
resA = new_resource("double", "en", coin="BTC")
resA["a1"], resA["mult"] = 0.1, 2
tA = datetime(2026, 3, 17, 19, 58, 12, tzinfo=timezone.utc)
for i, aid in enumerate(WAVE_A):
    hijack(aid, tA + timedelta(minutes=i * R.uniform(1.5, 3.5)), "double", resA, R.choice([1, 1, 2, 2, 3]))
waves.append(("A", resA, WAVE_A))
resB = new_resource("event", "en")
resB["brand"], resB["domain"], resB["path"] = "Tesla", "tesla-event2026.live", "/btc"
resB["url"] = "https://tesla-event2026.live/btc"
tB = datetime(2026, 3, 21, 13, 41, 5, tzinfo=timezone.utc)
for i, aid in enumerate(WAVE_B):
    hijack(aid, tB + timedelta(minutes=i * R.uniform(1, 2.5)), "event", resB, R.choice([1, 1, 2]))
waves.append(("B", resB, WAVE_B))
resC = new_resource("double", "ja", coin="SOL")
resC["mult"] = 2
tC = datetime(2026, 3, 24, 2, 12, 40, tzinfo=timezone.utc)
for i, aid in enumerate(WAVE_C):
    hijack(aid, tC + timedelta(minutes=i * R.uniform(2, 4)), "double", resC, R.choice([1, 2]))
waves.append(("C", resC, WAVE_C))
SOLO_KINDS = ["double"] * 8 + ["event"] * 3 + ["drainer"] * 3
R.shuffle(SOLO_KINDS)
for aid, kind in zip(SOLO, SOLO_KINDS):
    res = new_resource(kind, ACCOUNTS[aid]["lang"])
    t0 = rand_time(ACCOUNTS[aid]["lang"], datetime(2026, 3, 12, tzinfo=timezone.utc), datetime(2026, 3, 27, tzinfo=timezone.utc))
    hijack(aid, t0, kind, res, R.choice([1, 1, 2, 3]))

# ------------------------------------------------------------------ 2. scammer campaigns
SCAM_TARGET = {"en": 116}
SCAM_TARGET.update({lang: 20 for lang in LANGS if lang != "en"})
KIND_W = [("double", 33), ("event", 15), ("drainer", 20), ("recovery", 14), ("dropaddr", 8), ("fee", 10)]
VICTIM_POSTS = []
DROP_POSTS = []

for lang in LANGS:
    tot = SCAM_TARGET[lang]
    counts = {k: max(1, round(tot * w / 100)) for k, w in KIND_W}
    for kind, cnt in counts.items():
        left = cnt
        while left > 0:
            size = min(left, R.randrange(2, 7) if lang == "en" else R.randrange(1, 4))
            left -= size
            res = new_resource(kind, lang)
            t = rand_time(lang, START + timedelta(days=1), END - timedelta(days=1))
            n_acc = 1 if size <= 2 else R.choice([1, 2, 2, 3])
            accs = [scam_account(kind, lang, t, res.get("brand") if kind in ("event", "drainer") else None)
                    for _ in range(n_acc)]
            camp = "%s-%s-%d" % (lang, kind, len(RESOURCES))
            if kind == "recovery":
                # victims ask, fake support swarms the replies
                posted = 0
                while posted < size:
                    victim = R.choice(POOL[lang])
                    vtpl = CY.draw(lang, "victim")
                    seen = [r for r in RESOURCES if r["kind"] in ("double", "fee", "event", "drainer") and r["uses"]
                            and min(u["t"] for u in r["uses"]) < t - timedelta(minutes=10)]
                    seen = [r for r in seen if ("{addr" not in vtpl or "addr" in r) and ("{durl}" not in vtpl or "domain" in r)]
                    if seen:
                        vres = dict(R.choice(seen), durl_mode="link")
                    else:
                        vres = {}
                        vtpl = R.choice([x for x in TEXT[lang]["victim"] if "{addr" not in x and "{durl}" not in x])
                    text, urls, addrs, prot = fill(vtpl, lang, vres, scam=False)
                    vp = add_post(t, victim, lang, text, "benign", "victim", urls, addrs)
                    VICTIM_POSTS.append(vp)
                    tr = t
                    for _ in range(min(size - posted, R.choice([1, 2, 2, 3]))):
                        tr = tr + timedelta(minutes=R.uniform(0.5, 50))
                        scam_post(tr, R.choice(accs), lang, "recovery", res, ref=("replied_to", vp), reply_to=victim,
                                  obf_rate=0.1, campaign=camp)
                        posted += 1
                    if R.random() < 0.35:
                        w = R.choice(POOL[lang])
                        wt = R.choice([x for x in TEXT[lang]["warn"] if "{" not in x])
                        add_post(tr + timedelta(minutes=R.uniform(1, 90)), w, lang, wt, "benign", "warn",
                                 ref=("replied_to", vp), reply_to=victim)
                    t = rand_time(lang, t, min(END - timedelta(hours=2), t + timedelta(days=2)))
                continue
            for i in range(size):
                p = scam_post(t, R.choice(accs), lang, kind, res, campaign=camp)
                if kind == "dropaddr":
                    DROP_POSTS.append((p, res))
                t = t + timedelta(minutes=R.uniform(3, 60 * 14))
                if t > END - timedelta(hours=1):
                    t = END - timedelta(hours=R.uniform(1, 20))

# naive users replying to "drop your address" posts with their own address (benign)
for p, res in DROP_POSTS:
    for _ in range(R.choice([0, 1, 1, 2, 3])):
        lang = p["lang"] if has(p["lang"], "naive") else "en"
        u = R.choice(POOL[lang])
        k = addr_kind_for(res["coin"])
        own = dict(coin=res["coin"], addr_kind=k, addr=A.mint(k, R))
        text, urls, addrs, prot = fill(CY.draw(lang, "naive"), lang, own, scam=False)
        add_post(p["t"] + timedelta(minutes=R.uniform(1, 240)), u, lang, text, "benign", "naive", urls, addrs,
                 ref=("replied_to", p), reply_to=p["author"])

# ------------------------------------------------------------------ 3. amplification: endorsements, retweets
amplifiable = [p for p in POSTS if p["label"] == "scam" and p["kind"] in ("double", "event", "drainer") and p["ref"] is None]
# scammer sock puppets quote with endorsement (scam, own voice)
END_TARGET = {"en": 22}
END_TARGET.update({lang: R.choice([2, 2, 3]) for lang in LANGS if lang != "en"})
for lang, n in END_TARGET.items():
    cands = [p for p in amplifiable if p["lang"] == lang]
    for _ in range(n):
        q = R.choice(cands)
        t = q["t"] + timedelta(minutes=R.uniform(2, 180))
        sock = scam_account("endorse", lang, t)
        res = q["res"]
        scam_post(t, sock, lang, "endorse", res, ref=("quoted", q), obf_rate=0.05, campaign="endorse")
# scammer sock puppets retweet (labelled scam: dedicated scam accounts amplifying; see README)
for _ in range(12):
    q = R.choice(amplifiable)
    t = q["t"] + timedelta(minutes=R.uniform(1, 90))
    sock = scam_account("endorse", q["lang"], t)
    add_post(t, sock, q["lang"], None, "scam", "retweet", ref=("retweeted", q), campaign="amplify")
# ordinary people retweet hijacked/scam posts (benign: not their own speech)
hij_posts = [p for ps in HIJ_ACC_POSTS.values() for p in ps]
for _ in range(26):
    q = R.choice(hij_posts if R.random() < 0.7 else amplifiable)
    u = R.choice(POOL[q["lang"]])
    add_post(q["t"] + timedelta(minutes=R.uniform(0.5, 40)), u, q["lang"], None, "benign", "retweet", ref=("retweeted", q))
# ordinary people quote to warn (benign)
for _ in range(36):
    q = R.choice(hij_posts if R.random() < 0.6 else amplifiable)
    lang = q["lang"] if R.random() < 0.8 else "en"
    u = R.choice(POOL[lang])
    add_post(q["t"] + timedelta(minutes=R.uniform(1, 120)), u, lang, CY.draw(lang, "quotewarn"), "benign", "quotewarn",
             ref=("quoted", q))

# ------------------------------------------------------------------ 4. benign timeline
BEN_TARGET = {"news": 62, "research": 24, "warn": 66, "victim": 30, "charity": 24, "dev": 22, "promo": 38,
              "price": 62, "merch": 22, "chatter": 95}
LANG_W = [("en", 40)] + [(lang, 60 / 11) for lang in LANGS if lang != "en"]
used_res = [r for r in RESOURCES if r["uses"]]


def pick_resource(need_addr, need_domain, lang):
    cands = [r for r in used_res if (not need_addr or "addr" in r) and (not need_domain or "domain" in r and r["kind"] != "recovery")]
    # big waves and campaigns get talked about more
    return R.choice(cands) if R.random() < 0.6 else max(R.sample(cands, min(4, len(cands))), key=lambda r: len(r["uses"]))


def benign_post(kind, lang):
    if not has(lang, kind):
        lang = "en" if has("en", kind) else R.choice([x for x in LANGS if has(x, kind)])
    tpl = CY.draw(lang, kind)
    need_addr, need_dom = "{addr" in tpl, "{durl}" in tpl
    res, t = {}, None
    if kind in ("news", "research", "victim", "warn") and (need_addr or need_dom or "{brand}" in tpl or R.random() < 0.5):
        res = dict(pick_resource(need_addr, need_dom and not need_addr, lang))
        first = min(p["t"] for p in res["uses"])
        if need_addr and need_dom:  # an IOC list: a domain from another campaign of the same day
            r2 = pick_resource(False, True, lang)
            res.update(domain=r2["domain"], path=r2.get("path", ""))
            first = max(first, min(p["t"] for p in r2["uses"]))
        lag = timedelta(minutes=R.uniform(8, 60 * 30)) if kind != "victim" else timedelta(minutes=R.uniform(3, 300))
        t = first + lag
        if kind == "victim":
            res["durl_mode"] = "link"
    if kind == "charity":
        aid, coin, k, addr = R.choice(CHARITY_ACC[lang])
        res = dict(coin=coin, addr_kind=k, addr=addr)
        author = aid if R.random() < 0.75 else R.choice(POOL[lang])
    elif kind == "dev":
        if lang == "en":
            author = R.choice(DEV_ACC)
            k = ("eth" if "EIP-55" in tpl else "btc_p2tr" if "bech32m" in tpl else "btc_p2wsh" if "Multisig" in tpl
                 else "btc_p2wpkh" if "bitcoin:" in tpl else R.choice(["btc_p2sh", "btc_p2pkh", "eth", "sol", "ltc_bech32"]))
            res = dict(coin="BTC", addr_kind=k, addr=A.mint(k, R))
        else:
            author = DEV_ACC_L[lang]
    elif kind == "promo":
        author, dom = R.choice(OFF_ACC[lang])
        res = dict(coin=wchoice(COINS), url="https://" + OFFICIAL_DOMAINS[dom] + R.choice(["", "/promo", "/airdrop", "/terms"]))
    elif kind in ("news", "research"):
        author = R.choice(NEWS_ACC[lang]) if R.random() < 0.8 else R.choice(POOL[lang])
    else:
        author = R.choice(POOL[lang])
    if t is None:
        t = rand_time(lang)
    if t >= END:
        t = END - timedelta(minutes=R.uniform(1, 600))
    text, urls, addrs, prot = fill(tpl, lang, res, scam=False)
    text, used = obfuscate(text, lang, prot, 0.05 if kind != "chatter" else 0.02, natural_only=True)
    return add_post(t, author, lang, text, "benign", kind, urls, addrs, obf=used)


for kind, n in BEN_TARGET.items():
    for _ in range(n):
        benign_post(kind, wchoice(LANG_W))

# wave-specific coverage: news names the address / domain shortly after each wave
for name, res, accs in waves:
    first = min(p["t"] for p in res["uses"])
    for _ in range(R.randrange(4, 7)):
        lang = "en" if R.random() < 0.6 else ACCOUNTS[R.choice(accs)]["lang"]
        kind = R.choice(["news", "news", "research", "warn"])
        fit = lambda L: [x for x in TEXT[L].get(kind, []) if ("{addr" in x or "{durl}" in x) and
                         ("{addr" not in x or "addr" in res) and ("{durl}" not in x or "domain" in res)]
        if not fit(lang):
            lang = "en"
        if not fit(lang):
            kind = "news"
        tpl = R.choice(fit(lang))
        text, urls, addrs, prot = fill(tpl, lang, res, scam=False)
        add_post(first + timedelta(minutes=R.uniform(12, 300)), R.choice(NEWS_ACC[lang]), lang, text, "benign", kind,
                 urls, addrs)

# security-event noise on ordinary accounts (no scam follows)
for _ in range(24):
    aid = R.choice(R.choice(list(POOL.values())))
    add_event(rand_time(ACCOUNTS[aid]["lang"]), aid, wchoice([("login_new_device", 10), ("password_reset", 4),
                                                              ("email_changed", 2), ("phone_changed", 2),
                                                              ("mfa_enabled", 2), ("session_revoked", 1)]))

# ------------------------------------------------------------------ 5. order, ids, render
for p in POSTS:
    if p["ref"] is not None and p["t"] <= p["ref"][1]["t"]:
        p["t"] = p["ref"][1]["t"] + timedelta(seconds=R.uniform(20, 300))
    if p["t"] >= END:
        p["t"] = END - timedelta(seconds=R.uniform(1, 3000))
for p in POSTS:  # second pass: a reply to a post that itself moved
    if p["ref"] is not None and p["t"] <= p["ref"][1]["t"]:
        p["t"] = p["ref"][1]["t"] + timedelta(seconds=R.uniform(20, 300))
for p in POSTS:
    p["t"] = p["t"].replace(microsecond=(p["t"].microsecond // 1000) * 1000)
POSTS.sort(key=lambda p: (p["t"], p["key"]))
for i, p in enumerate(POSTS):
    p["id"] = str(POST_ID0 + i)


# keep only accounts that appear (authors and event accounts); renumber them densely from ACCT_ID0
seen = {p["author"] for p in POSTS} | {e["account"] for e in EVENTS}
NEWID = {old: str(ACCT_ID0 + i) for i, old in enumerate(sorted(seen, key=int))}
ACCOUNTS = {NEWID[o]: dict(a, id=NEWID[o]) for o, a in ACCOUNTS.items() if o in seen}
for p in POSTS:
    p["author"] = NEWID[p["author"]]
    if p["reply_to"]:
        p["reply_to"] = NEWID[p["reply_to"]]
for e in EVENTS:
    e["account"] = NEWID[e["account"]]
HIJ_ACC_POSTS = {NEWID[a]: v for a, v in HIJ_ACC_POSTS.items()}
HIJ = [NEWID[a] for a in HIJ]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def user_obj(aid):
    a = ACCOUNTS[aid]
    return {"id": aid, "username": a["username"], "name": a["name"], "verified": a["verified"],
            "created_at": iso(a["created"].replace(microsecond=0)),
            "public_metrics": {"followers_count": a["followers"], "following_count": a["following"],
                               "tweet_count": a["tweets"]}}


def full_text(p):
    """Final, unescaped text of a post as the author wrote it (built once)."""
    if "full" in p:
        return p["full"]
    ref = p["ref"]
    if p["kind"] == "retweet":
        o = ref[1]
        s = "RT @%s: %s" % (ACCOUNTS[o["author"]]["username"], full_text(o))
        if len(s) > 140:
            cut = s[:139].rsplit(" ", 1)[0]
            s = cut + "…"
        p["full"] = s
        p["urls"] = [u for u in o["urls"] if u[0] in s]
        return s
    s = p["text"]
    if ref and ref[0] == "replied_to":
        s = "@%s %s" % (ACCOUNTS[ref[1]["author"]]["username"], s)
    if ref and ref[0] == "quoted":
        u = tco()
        o = ref[1]
        p["urls"] = p["urls"] + [(u, "https://twitter.com/%s/status/%s" % (ACCOUNTS[o["author"]]["username"], o["id"]))]
        s = s + " " + u
    p["full"] = s
    return s


def tweet_fields(p):
    s = full_text(p)
    d = {"id": p["id"], "text": esc(s), "author_id": p["author"], "created_at": iso(p["t"]), "lang": p["lang"],
         "source": p["source"]}
    if len(s) > 280:
        cut = s[:275].rsplit(" ", 1)[0].rsplit("\n", 1)[0] if " " in s[:275] else s[:275]
        d["text"] = esc(cut + "…")
        d["note_tweet"] = {"text": esc(s)}
    if p["urls"]:
        ents = []
        for short, exp in p["urls"]:
            i = s.find(short)
            if i < 0:
                continue
            disp = exp.split("://", 1)[-1]
            ents.append({"start": i, "end": i + len(short), "url": short, "expanded_url": exp,
                         "display_url": disp if len(disp) <= 30 else disp[:29] + "…"})
        if ents:
            d["entities"] = {"urls": ents}
    return d


lines = []
for p in POSTS:
    d = tweet_fields(p)
    users = [p["author"]]
    inc = {}
    if p["ref"]:
        typ, o = p["ref"]
        d["referenced_tweets"] = [{"type": typ, "id": o["id"]}]
        if typ == "replied_to":
            d["in_reply_to_user_id"] = o["author"]
        else:
            od = tweet_fields(o)
            t = {"id": o["id"], "text": od["text"], "author_id": o["author"], "created_at": od["created_at"]}
            if "note_tweet" in od:
                t["note_tweet"] = od["note_tweet"]
            if "entities" in od:
                t["entities"] = od["entities"]
            inc["tweets"] = [t]
            users.append(o["author"])
    inc["users"] = [user_obj(u) for u in dict.fromkeys(users)]
    lines.append((p["t"], 1, {"data": d, "includes": inc}))
for e in EVENTS:
    lines.append((e["t"].replace(microsecond=0), 0, {"account_event": {"account_id": e["account"], "type": e["type"],
                                                                       "created_at": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ")}}))
lines.sort(key=lambda x: (x[0], x[1]))

out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "posts.jsonl"), "w", encoding="utf-8") as f:
    for _, _, obj in lines:
        f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")

with open(os.path.join(out, "labels.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("kind,id,label\n# posts: scam or benign\n")
    for p in POSTS:
        f.write("post,%s,%s\n" % (p["id"], p["label"]))
    f.write("# accounts: hijacked, scammer or normal\n")
    for aid in sorted(ACCOUNTS, key=int):
        f.write("account,%s,%s\n" % (aid, ACCOUNTS[aid]["role"]))

with open(os.path.join(out, "addresses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["post_id", "label", "kind", "address", "form"])
    for p in POSTS:
        if p["kind"] == "retweet":
            continue
        for k, a, form in p["addrs"]:
            w.writerow([p["id"], p["label"], k, a, form])

# ------------------------------------------------------------------ 6. counts + README
from collections import Counter  # noqa: E402

scam = [p for p in POSTS if p["label"] == "scam"]
ben = [p for p in POSTS if p["label"] == "benign"]
by_lang_scam = Counter(p["lang"] for p in scam)
by_lang_ben = Counter(p["lang"] for p in ben)
kind_scam = Counter(("hijack:" if p["campaign"] == "hijack" else "") + p["kind"] for p in scam)
kind_ben = Counter(p["kind"] for p in ben)
crypto_ben = sum(1 for p in ben if p["kind"] not in ("history", "chatter"))
roles = Counter(a["role"] for a in ACCOUNTS.values())
obf = Counter(o for p in scam for o in p["obf"])
obf_posts = sum(1 for p in scam if p["obf"])
forms = Counter(f for p in POSTS if p["kind"] != "retweet" for _, _, f in p["addrs"])
chains = Counter(chain(k) for p in POSTS if p["kind"] != "retweet" for k, _, _ in p["addrs"])
ev = Counter(e["type"] for e in EVENTS)
link_only = sum(1 for p in scam if p["urls"] and not p["addrs"] and p["kind"] in ("event", "drainer", "recovery"))


def sentences(lang, kinds):
    return sum(len(TEXT[lang].get(k, [])) for k in kinds)


SK = ["double", "event", "drainer", "recovery", "dropaddr", "fee", "endorse"]
BK = ["news", "research", "warn", "victim", "charity", "dev", "promo", "price", "merch", "hacked", "quotewarn", "naive", "chatter"]
hij_rows = []
for aid in HIJ:
    a = ACCOUNTS[aid]
    inf = a["hijack_info"]
    hij_rows.append("| %s | @%s | %s | %s | %s | %d | %s | %s |" % (
        aid, a["username"], a["lang"], "{:,}".format(a["followers"]), a["created"].year,
        len(HIJ_ACC_POSTS[aid]), ", ".join(inf["events"]) or "none", inf["newsrc"] or "usual"))


def table_md(rows, head):
    return "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + rows)


stats = dict(posts=len(POSTS), scam=len(scam), benign=len(ben), events=len(EVENTS), accounts=dict(roles),
             scam_by_lang=dict(by_lang_scam), benign_by_lang=dict(by_lang_ben), scam_by_kind=dict(kind_scam),
             benign_by_kind=dict(kind_ben), crypto_benign=crypto_ben, obfuscated_scam_posts=obf_posts,
             obfuscations=dict(obf), address_forms=dict(forms), address_chains=dict(chains), account_events=dict(ev))
with open(os.path.join(out, "stats.json"), "w", encoding="utf-8") as f:
    json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)

lang_rows = ["| %s | %d | %d | %d | %d |" % (l, by_lang_scam[l], by_lang_ben[l], sentences(l, SK), sentences(l, BK))
             for l in LANGS]
README = """# Tune corpus: crypto-giveaway scams in a busy 2026 timeline

Generated by `make_tune.py` (seed {seed}, Python 3 stdlib only). Regenerate with

    python3 make_tune.py            # rewrites posts.jsonl labels.csv addresses.csv stats.json README.md here
    python3 check_tune.py           # validates them (exit 0 = all checks pass)

The output is byte-for-byte identical for the same seed and the same Python version (3.11 used).

## How it was written

* **Read:** only `/work/main/docs/input.md` (input formats) and the "labels format" section of
  `/work/main/docs/backtest.md`. Nothing under `rules/`, `src/`, `models/`, `tests/`, `/work/shared/data`
  or any `blind*` directory was opened, and no detector rule or test fixture was looked at. Nothing was
  downloaded; no network, no third-party packages.
* **Written from general knowledge** of publicly reported scam patterns: the July 2020 Twitter takeover
  ("all BTC sent to the address below will be sent back doubled"), fake livestream / anniversary giveaways on
  look-alike domains, airdrop / free-mint / "validate / sync / rectify your wallet" drainers and fake KYC,
  fake "fund recovery" replies, "drop your address" giveaways and advance-fee prize / withdrawal-tax scams.
* **Sentences** are hand-written per language in `text_en.py`, `text_intl1.py` (es pt fr de it ru) and
  `text_intl2.py` (tr ar ja ko zh). The non-English lines were written directly in each language (own
  grammar, word order, idiom, number formats such as `0,1 BTC`, `1.000`), not translated from the English
  lines. Slots (`{{coin}}`, `{{addr}}`, `{{a1}}`/`{{a2}}`, `{{mult}}`, `{{url}}`, `{{table}}`, ...) are filled by
  the generator; templates are drawn without replacement per (language, kind) so every sentence is used
  before any repeats.
* **Addresses** are freshly minted from random bytes by `tune_addr.py` (no private keys exist for them):
  BTC legacy P2PKH / P2SH (base58check), P2WPKH / P2WSH (bech32), P2TR (bech32m), testnet `tb1`;
  ETH with EIP-55 checksum (pure-Python Keccak-256, checked against known vectors); SOL (32-byte base58);
  TRX (base58check, 0x41); XRP (base58check, Ripple alphabet); DOGE and LTC (base58check, and `ltc1`
  bech32). Plus the well-known EIP-55 burn address `0x…dEaD` in a developer post.
  Scam posts show them plain, in payment URIs (`bitcoin:ADDR?amount=`, some upper-case bech32),
  split by spaces / a line break, only behind an explorer link (t.co whose `expanded_url` is the explorer
  page), or plain plus an explorer "proof of payouts" link. Event / drainer / recovery scams often carry a
  link only and no address. `addresses.csv` lists every address placed (post id, kind, address, form).
* **Links** appear as `https://t.co/…` in the text with `entities.urls[].expanded_url` giving the real target;
  benign news and research posts carry defanged domains (`hxxps://x[.]live`, `x[.]live`, `x(.)live`,
  `x[dot]live`); victims paste the scam link itself (t.co, expanded to the scam domain).
* **Obfuscation** (scam posts by scam accounts: about one in three, takeover posts one in seven, fake-support
  replies and endorsements rarely; {obf_pct}% of all scam posts): an emoji between words, letter-spaced words (`G I V E A W A Y`, `d.o.u.b.l.e`), fullwidth letters, Cyrillic/Greek
  homoglyphs (Latin look-alikes in Russian text), zero-width characters (U+200B/C/D, U+2060, U+FEFF),
  leetspeak, line breaks inside a phrase, emoji-bulleted multi-line posts. Benign posts get only natural
  formatting (bullets, an emoji, a line break, letter-spaced emphasis) on a few per cent. Addresses, links,
  handles, e-mail addresses and phone numbers are never altered by obfuscation.
* Text is HTML-escaped (`&amp;` `&lt;` `&gt;`) as the APIs do. Posts over 280 characters carry the full text
  in `note_tweet.text` and a cut `text`.

## Shape

`posts.jsonl`: Twitter API v2 stream messages (`data` with id, text, author_id, created_at, lang, source,
entities.urls, referenced_tweets, in_reply_to_user_id, note_tweet; `includes.users` with created_at, verified,
public_metrics.followers_count; `includes.tweets` for retweeted / quoted posts) and
`{{"account_event": {{account_id, type, created_at}}}}` lines, all in event-time order from
{start} to {end}. Post ids start at {pid0} and increase with time; account ids start at {aid0}.

`labels.csv`: the backtest labels format. Every post is labelled `scam` or `benign`, every account
`hijacked`, `scammer` or `normal`.

Labelling choices (the labels doc leaves these to the writer):
* a hijacked account's ordinary posts before and after the takeover, and its "we were hacked" notice, are
  `benign`; only the takeover posts are `scam`;
* retweets of scam posts by ordinary accounts are `benign` (not their speech), quote posts warning about a
  scam are `benign`;
* **{n_sock_rt} retweets of scam posts by dedicated scam sock-puppet accounts are labelled `scam`** (the
  accounts exist only to amplify). A user who disagrees can flip the {n_sock_rt} `post` lines whose data has
  `referenced_tweets[0].type == "retweeted"` and a `scammer` author;
* quote posts by sock puppets endorsing a scam ("sent 0.1, got 0.2 back, legit!") are `scam`;
* naive users replying to a "drop your address" post with their own address are `benign`, and so are
  victims' posts that paste a scam address or link.

## Counts

Posts: **{n_posts}** ({n_scam} scam, {n_ben} benign); account events: {n_ev}; accounts: {roles}.
Benign posts that mention crypto, amounts, addresses, giveaways or doubling (everything except plain chatter
and hijacked accounts' ordinary history): {crypto_ben} ({crypto_pct}% of benign).

Per language (posts in the corpus, and hand-written sentences available in the text files):

| lang | scam posts | benign posts | scam sentences | benign sentences |
|---|---|---|---|---|
{lang_rows}

Scam posts per kind (`hijack:` = posted by a hijacked account):

{scam_kinds}

Benign posts per kind (`history` = hijacked accounts' ordinary posts; `retweet` = ordinary accounts
retweeting a scam):

{ben_kinds}

Obfuscated scam posts: {obf_posts} ({obf_pct}%); techniques applied: {obf}.
Scam posts with a link and no address: {link_only}.
Address occurrences by chain: {chains}; by form: {forms}.
Account events: {ev} (the unknown types `mfa_enabled` / `session_revoked` are deliberate; events on
ordinary accounts are noise with no scam after them).

## Hijack scenarios

{n_hij} long-standing accounts (created {hy0}–{hy1}, {hf0:,}–{hf1:,} followers, {hver} of them verified) post ordinary content
in their language for one to three weeks, then are taken over. Three coordinated waves reuse one resource
within minutes: wave A (2026-03-17 ~20:00Z, 9 accounts, one BTC address, July-2020-style doubling text in
en/es/pt), wave B (2026-03-21 ~13:40Z, 5 accounts in fr/de/it/tr/en, one fake Tesla event link), wave C
(2026-03-24 ~02:10Z, 4 accounts in ja/ko/zh/en, one SOL address). The others are taken over alone. Some
takeovers are preceded by security events, many by none; some post from a client the account never used.
Most owners post a "we were hacked, ignore the giveaway" notice hours later; news and research accounts
quote the wave's address or defanged domain afterwards.

| account | username | lang | followers | created | scam posts | events before | source of scam posts |
|---|---|---|---|---|---|---|---|
{hij_rows}

## Files

* `make_tune.py` generator; `tune_addr.py` address encoders / validators; `text_*.py` sentences.
* `check_tune.py` checker: every line is valid JSON of a known shape, required fields present, event-time
  order, unique increasing post ids starting at {pid0}, account ids from {aid0}, every post and every author /
  event account labelled and every labelled id present, `includes` consistent, t.co entities found in the
  text, every address in `addresses.csv` present in its post and checksum-valid, and a free scan of all text
  and expanded URLs for address-like tokens, each of which must validate.
* `posts.jsonl`, `labels.csv`, `addresses.csv`, `stats.json` outputs.
""".format(seed=SEED, start=iso(START), end=iso(END), pid0=POST_ID0, aid0=ACCT_ID0,
           n_sock_rt=sum(1 for p in scam if p["kind"] == "retweet"),
           n_posts=len(POSTS), n_scam=len(scam), n_ben=len(ben), n_ev=len(EVENTS),
           roles=", ".join("%s %d" % kv for kv in sorted(roles.items())), crypto_ben=crypto_ben,
           crypto_pct=round(100 * crypto_ben / len(ben)), lang_rows="\n".join(lang_rows),
           scam_kinds=table_md(["| %s | %d |" % kv for kv in sorted(kind_scam.items())], ["kind", "posts"]),
           ben_kinds=table_md(["| %s | %d |" % kv for kv in sorted(kind_ben.items())], ["kind", "posts"]),
           obf_posts=obf_posts, obf_pct=round(100 * obf_posts / len(scam)),
           obf=", ".join("%s %d" % kv for kv in sorted(obf.items())), link_only=link_only,
           chains=", ".join("%s %d" % kv for kv in sorted(chains.items())),
           forms=", ".join("%s %d" % kv for kv in sorted(forms.items())),
           ev=", ".join("%s %d" % kv for kv in sorted(ev.items())), n_hij=len(HIJ),
           hy0=min(ACCOUNTS[a]["created"].year for a in HIJ), hy1=max(ACCOUNTS[a]["created"].year for a in HIJ),
           hf0=min(ACCOUNTS[a]["followers"] for a in HIJ), hf1=max(ACCOUNTS[a]["followers"] for a in HIJ),
           hver=sum(ACCOUNTS[a]["verified"] for a in HIJ), hij_rows="\n".join(hij_rows))
with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
    f.write(README)
print(json.dumps({k: stats[k] for k in ("posts", "scam", "benign", "events", "accounts", "crypto_benign")},
                 ensure_ascii=False))

#!/usr/bin/env python3
"""Deterministic generator of the blind4 held-out corpus (Python 3 stdlib only).

    python3 make_blind4.py [outdir]      # default: the directory of this file

Writes posts.jsonl (Twitter API v2 stream messages + account security events, event-time
order), labels.csv (kind,id,label), addresses.csv (every address used, for the checker),
stats.json and README.md.  Seed 20261202.
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind4_addr as A  # noqa: E402
from blind4_text_en import SCAM_EN, BENIGN_EN, QUOTE_EN, CHAT_EN, SECTOR_EN, ORG_EN  # noqa: E402
from blind4_text_intl import L as INTL  # noqa: E402

SEED = 20261202
R = random.Random(SEED)
START = dt.datetime(2026, 3, 2, 0, 0, 0)
DAYS = 21
END = START + dt.timedelta(days=DAYS)
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
FIRST_POST_ID = 1880000000000000001
FIRST_ACCOUNT_ID = 8800001

# ------------------------------------------------------------------ text banks per language
BANK = {"en": dict(SCAM=SCAM_EN, BENIGN=BENIGN_EN, QUOTE=QUOTE_EN, CHAT=CHAT_EN)}
for _l, _b in INTL.items():
    BANK[_l] = _b

# ------------------------------------------------------------------ coins
COINS = {
    "BTC": dict(send=[0.1, 0.2, 0.25, 0.5, 1], mn=["0.05 BTC", "0.1 BTC"], mx=["10 BTC", "20 BTC", "25 BTC"],
                total=["5,000 BTC", "1,000 BTC", "2,500 BTC", "10,000 BTC"], fee=["0.012 BTC", "0.025 BTC", "0.004 BTC"],
                kinds=["btc_bech32"] * 5 + ["btc_p2pkh"] * 2 + ["btc_p2sh"] * 2 + ["btc_taproot"],
                uri="bitcoin:", explorer=["https://mempool.space/address/{}", "https://www.blockchain.com/explorer/addresses/btc/{}"]),
    "ETH": dict(send=[0.5, 1, 2, 5], mn=["0.2 ETH", "0.5 ETH"], mx=["50 ETH", "100 ETH", "200 ETH"],
                total=["50,000 ETH", "10,000 ETH", "25,000 ETH"], fee=["0.15 ETH", "0.3 ETH", "0.08 ETH"],
                kinds=["eth"], uri="ethereum:", explorer=["https://etherscan.io/address/{}"]),
    "DOGE": dict(send=[1000, 5000, 10000], mn=["500 DOGE", "1,000 DOGE"], mx=["1,000,000 DOGE", "500,000 DOGE"],
                 total=["100,000,000 DOGE", "50,000,000 DOGE"], fee=["300 DOGE", "500 DOGE"],
                 kinds=["doge"], uri="dogecoin:", explorer=["https://blockchair.com/dogecoin/address/{}"]),
    "XRP": dict(send=[1000, 2000, 5000], mn=["500 XRP", "1,000 XRP"], mx=["500,000 XRP", "1,000,000 XRP"],
                total=["50,000,000 XRP", "100,000,000 XRP"], fee=["150 XRP", "300 XRP"],
                kinds=["xrp"], uri=None, explorer=["https://xrpscan.com/account/{}"]),
    "SOL": dict(send=[5, 10, 25], mn=["2 SOL", "5 SOL"], mx=["5,000 SOL", "2,500 SOL"],
                total=["200,000 SOL", "500,000 SOL"], fee=["1.5 SOL", "3 SOL"],
                kinds=["sol"], uri="solana:", explorer=["https://solscan.io/account/{}"]),
    "USDT": dict(send=[500, 1000, 5000], mn=["100 USDT", "500 USDT"], mx=["100,000 USDT", "250,000 USDT"],
                 total=["10,000,000 USDT", "5,000,000 USDT"], fee=["99 USDT", "150 USDT", "250 USDT"],
                 kinds=["trx"], uri=None, explorer=["https://tronscan.org/#/address/{}"]),
    "LTC": dict(send=[5, 10, 50], mn=["1 LTC", "2 LTC"], mx=["2,000 LTC", "5,000 LTC"],
                total=["100,000 LTC", "50,000 LTC"], fee=["0.8 LTC", "1.2 LTC"],
                kinds=["ltc"], uri="litecoin:", explorer=["https://blockchair.com/litecoin/address/{}"]),
}

ADDRESSES = []  # (address, kind, role, campaign) manifest
_ADDR_SEEN = {}


def new_address(coin, role, camp):
    kind = R.choice(COINS[coin]["kinds"])
    a = A.make_address(kind, R)
    assert A.validate(kind, a) is None
    ADDRESSES.append((a, kind, role, camp))
    _ADDR_SEEN[a] = kind
    return a


def fmt_amt(x, coin):
    if isinstance(x, float) and not x.is_integer():
        s = ("%.4f" % x).rstrip("0").rstrip(".")
    else:
        s = "{:,}".format(int(x))
    return s + " " + coin


# ------------------------------------------------------------------ scam campaigns
PERSONA = [
    # key, persona, org, coins, domains, localized persona names
    ("elon", "Elon Musk", "Tesla", ["BTC", "ETH", "DOGE"],
     ["tesla-x2event.live", "spacex-btcgift.com", "musk26-bonus.net", "x-elon-giveaway.org", "tesl\u0430-event.com"],
     {"ja": "イーロン・マスク", "ko": "일론 머스크", "zh": "马斯克", "ru": "Илон Маск", "ar": "إيلون ماسك"}),
    ("saylor", "Michael Saylor", "MicroStrategy", ["BTC"], ["saylor-2x.events", "mstr-btc-return.com"], {}),
    ("vitalik", "Vitalik Buterin", "Ethereum Foundation", ["ETH"],
     ["eth-foundation-gift.com", "vitalik2026.live", "ethereum-double.org"],
     {"ja": "ヴィタリック・ブテリン", "ko": "비탈릭 부테린", "zh": "V神", "ru": "Виталик Бутерин", "ar": "فيتاليك بوتيرين"}),
    ("cz", "CZ", "Binance", ["USDT", "ETH", "BTC"], ["binance-anniv.gift", "bnb-event-claim.app", "bin\u0430nce-promo.com"], {"zh": "CZ赵长鹏"}),
    ("ripple", "Brad Garlinghouse", "Ripple", ["XRP"], ["ripple-xrp-event.net", "xrp-garlinghouse.live"], {}),
    ("solana", "Anatoly Yakovenko", "Solana", ["SOL"], ["solana-bonus.io", "sol-breakpoint-drop.xyz"], {}),
    ("tron", "Justin Sun", "TRON", ["USDT"], ["tron-anniversary.top", "usdt-tron-event.vip"], {"zh": "孙宇晨"}),
    ("ark", "Cathie Wood", "ARK Invest", ["BTC"], ["ark-bitcoin.events", "cathie-btc-live.com"], {}),
    ("coinbase", "Brian Armstrong", "Coinbase", ["BTC", "ETH"], ["coinbase-promo26.com", "coinbasse-event.net"], {}),
    ("bukele", "Nayib Bukele", "El Salvador", ["BTC"], ["bitcoin-bukele.live", "elsalvador-btc-gift.com"], {}),
    ("beast", "MrBeast", "Beast Industries", ["ETH", "SOL"], ["beast-crypto-drop.com", "mrbeast-eth.live"], {}),
    ("ltc", "Charlie Lee", "Litecoin Foundation", ["LTC"], ["litecoin-halving-gift.org"], {}),
]
IMP_USER = {
    "elon": ["elonmusk_live26", "ElonMuskEvent", "eIonmusk", "elon_giveaway_x", "Tesla_Event26", "spacex_official_btc"],
    "saylor": ["saylor_btc_x2", "michaeI_saylor", "MSTR_bitcoin_event"],
    "vitalik": ["VitalikButerln", "vitalik_eth_gift", "ethfoundation_event"],
    "cz": ["cz_binance_gift", "Binance_Anniv", "czbinance_event"],
    "ripple": ["garlinghouse_xrp", "Ripple_Event26"],
    "solana": ["aeyakovenko_sol", "solana_bonus_live"],
    "tron": ["justinsun_event", "TRON_anniv_usdt"],
    "ark": ["cathiewood_ark", "ARKinvest_btc_live"],
    "coinbase": ["brian_armstrng", "coinbase_promo26"],
    "bukele": ["nayibbukele_btc", "bukele_bitcoin_gift"],
    "beast": ["MrBeastCrypto_", "mrbeast_giveaways26"],
    "ltc": ["litecoin_gift", "charlielee_ltc"],
}
AIRDROP = [
    ("zklane", "ZkLane", "$ZKL", ["zklane-claim.xyz", "claim-zklane.app"]),
    ("nova", "Nova Protocol", "$NOVA", ["novaprotocol-airdrop.com", "nova-claims.org"]),
    ("prism", "Prism Finance", "$PRSM", ["prism-fi.claims"]),
    ("orbit", "Orbit Chain", "$ORBT", ["orbitchain-rewards.net"]),
    ("fluxx", "Fluxx", "$FLX", ["fluxx-mint.xyz"]),
    ("mantis", "Mantis Labs", "$MNTS", ["mantislabs-drop.org"]),
    ("metamask", "MetaMask", "$MASK", ["metamask-sync.app", "metamask-wallet-verify.com"]),
    ("trust", "Trust Wallet", "$TWT", ["trustwallet-kyc.org"]),
    ("ledger", "Ledger", "$LDG", ["ledger-secure-verify.com"]),
    ("rectify", "WalletConnect", "$WCT", ["walletconnect-validate.net", "dapps-rectify.net"]),
]
SUPPORT = [
    ("binance", "Binance", ["Binance_HelpDesk247", "BinanceCare_Team"], "support@binance-helpdesk.net", "binance-helpdesk.net"),
    ("coinbase", "Coinbase", ["CoinbaseCareTeam", "cb_support_desk"], "care@coinbase-care.support", "coinbase-care.support"),
    ("metamask", "MetaMask", ["MetaMaskSupportAgent", "MetaMaskCare"], "help@metamask-resolve.app", "metamask-resolve.app"),
    ("trust", "Trust Wallet", ["TrustWallet_Help", "trustwallet_care"], "service@trustwallet-assist.com", "trustwallet-assist.com"),
    ("recovery", "Recovery", ["recovery_expert_mark", "cybertrace_rec", "sarah_recovers", "fundsback_agency"],
     "claims@wallet-recoverydesk.com", "wallet-recoverydesk.com"),
]
SUP_NAME = {
    "en": ["{B} Support", "{B} Help Desk", "{B} Care"], "es": ["Soporte {B}", "Ayuda {B}"],
    "pt": ["Suporte {B}", "Central {B}"], "fr": ["Assistance {B}", "Support {B} FR"],
    "de": ["{B} Kundenservice", "{B} Hilfe"], "it": ["Assistenza {B}", "Supporto {B}"],
    "ru": ["Поддержка {B}", "{B} Помощь"], "tr": ["{B} Destek", "{B} Yardım"],
    "ar": ["دعم {B}", "خدمة عملاء {B}"], "ja": ["{B}サポート", "{B}公式サポート"],
    "ko": ["{B} 고객센터", "{B} 고객지원"], "zh": ["{B}客服", "{B}官方客服"],
}
RECOVERY_NAMES = ["Sarah Collins | Recovery", "Mark Dawson", "CyberTrace Recovery", "Funds Back Agency", "Dr. Helen Ward"]
PHONES = ["+1 (415) 555-0137", "+44 7700 900412", "+1 646 555 0199", "+44 7700 900871", "+1 (310) 555-0164"]


def obf_domain(d):
    # scammer-style breaking of a domain so that it is not linkified
    base, tld = d.rsplit(".", 1)
    return R.choice(["{} . {}", "{}[.]{}", "{}(.){}", "{} dot {}", "{}\u3002{}"]).format(base, tld)


def defang(d):
    base, tld = d.rsplit(".", 1)
    return R.choice(["{}[.]{}", "hxxps://{}[.]{}", "{}[dot]{}"]).format(base, tld)


CAMPS = {}


def make_campaign(kind, key, lang=None):
    """kind: imp | air | sup ; returns a campaign dict (shared by several accounts)."""
    ck = "%s:%s:%d" % (kind, key, len(CAMPS))
    c = dict(key=ck, kind=kind, first=None)
    if kind == "imp":
        p = [x for x in PERSONA if x[0] == key][0]
        c.update(pkey=key, P=p[1], ORG=p[2], Ploc=p[5], coins=p[3], domains=p[4], mult=R.choice([2, 2, 2, 2, 3, 5]))
        c["addr"] = {co: new_address(co, "scam", ck) for co in p[3]}
        c["tok"] = "$" + p[2].split()[0].upper()[:4]
    elif kind == "air":
        p = [x for x in AIRDROP if x[0] == key][0]
        c.update(P=p[1], ORG=p[1], coins=["ETH"], domains=p[3], tok=p[2], mult=2, Ploc={})
        c["addr"] = {"ETH": new_address("ETH", "scam", ck)}
    else:
        p = [x for x in SUPPORT if x[0] == key][0]
        co = R.choice(["USDT", "ETH", "BTC"])
        c.update(P=p[1], ORG=p[1], coins=[co], domains=[p[4]], tg="@" + R.choice(p[2]) if R.random() < .5 else "t.me/" + R.choice(p[2]),
                 mail=p[3], wa=R.choice(PHONES), tok="$" + p[1][:4].upper(), mult=2, Ploc={}, users=p[2])
        c["addr"] = {co: new_address(co, "scam", ck)}
    CAMPS[ck] = c
    return c


# ------------------------------------------------------------------ obfuscation
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
        "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e", "P": "\u0420",
        "C": "\u0421", "T": "\u0422", "X": "\u0425"}
HOMO_REV = {v: k for k, v in HOMO.items()}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
EMO = ["\U0001f680", "\U0001f525", "\U0001f4b0", "\u2728", "\U0001f48e", "\u26a1", "\U0001f381", "\U0001f4b8", "\u2705", "\U0001f449"]
PH = re.compile("(\ue000\\d+\ue001)")
WORD = re.compile(r"\w{3,}", re.U)


def _fw(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " else ch) for ch in s)


def _pick_words(text, share):
    ws = [m for m in WORD.finditer(text)]
    return [m for m in ws if R.random() < share]


def _map_words(text, share, fn):
    out, last = [], 0
    for m in _pick_words(text, share):
        out.append(text[last:m.start()])
        out.append(fn(m.group(0)))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def obfuscate(parts, how, lang):
    """parts: list of strings; odd items are protected placeholders."""
    cjk = lang in ("ja", "zh", "ko")
    res = []
    for i, p in enumerate(parts):
        if i % 2 == 1 or not p:
            res.append(p)
            continue
        if how == "emoji_between":
            e = R.choice(EMO)
            if cjk and lang != "ko":
                p = "".join(ch + (e if (R.random() < .25 and ch.isalnum()) else "") for ch in p)
            else:
                p = re.sub(r"(?<=\w) (?=\w)", lambda m: (" %s " % e) if R.random() < .6 else " ", p)
        elif how == "letter_spacing":
            p = _map_words(p, .3, lambda w: " ".join(w) if len(w) <= 12 else w)
        elif how == "fullwidth":
            if R.random() < .4:
                p = _fw(p)
            else:
                p = _map_words(p, .45, _fw)
        elif how == "homoglyph":
            if lang == "ru":
                p = "".join(HOMO_REV.get(ch, ch) if R.random() < .5 else ch for ch in p)
            else:
                p = "".join(HOMO.get(ch, ch) if R.random() < .45 else ch for ch in p)
        elif how == "zero_width":
            p = _map_words(p, .4, lambda w: "".join(ch + (R.choice(ZW) if j < len(w) - 1 else "") for j, ch in enumerate(w)))
        elif how == "leet":
            p = _map_words(p, .45, lambda w: "".join(LEET.get(ch, ch) if R.random() < .7 else ch for ch in w))
        elif how == "line_breaks":
            if cjk and lang != "ko":
                p = re.sub(r"([，。！、：])", lambda m: m.group(1) + "\n", p)
            else:
                toks = p.split(" ")
                p = "".join(t + ("\n" if (R.random() < .3 and j < len(toks) - 1) else (" " if j < len(toks) - 1 else "")) for j, t in enumerate(toks))
        elif how == "emoji_bullets":
            segs = [s for s in re.split(r"(?<=[.!?。！？])\s*", p) if s.strip()]
            if len(segs) > 1:
                lead = "" if p[:1].strip() else p[:len(p) - len(p.lstrip())]
                p = lead + "\n".join(R.choice(EMO) + " " + s.strip() for s in segs) + ("\n" if p.endswith(("\n", " ")) else "")
            else:
                p = R.choice(EMO) + " " + p.strip() + " " + R.choice(EMO) + (" " if p.endswith(" ") else "")
        res.append(p)
    return res


OBF_LATIN = ["emoji_between", "letter_spacing", "fullwidth", "homoglyph", "zero_width", "leet", "line_breaks", "emoji_bullets"]
OBF_OTHER = ["emoji_between", "letter_spacing", "fullwidth", "zero_width", "line_breaks", "emoji_bullets"]


def obf_choices(lang):
    if lang in ("en", "es", "pt", "fr", "de", "it", "tr"):
        return OBF_LATIN
    if lang == "ru":
        return OBF_OTHER + ["homoglyph"]
    return OBF_OTHER


# ------------------------------------------------------------------ rendering
TCO = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def tco():
    return "https://t.co/" + "".join(R.choice(TCO) for _ in range(10))


def present_address(addr, coin, allow_fancy=True):
    """-> (text, urls) ; urls = list of expanded urls that appear as t.co in text."""
    info = COINS[coin]
    r = R.random() if allow_fancy else 0
    if r < .60:
        return addr, []
    if r < .70 and info["uri"]:
        q = ("?amount=%s" % R.choice(["0.1", "0.5", "1"])) if coin == "BTC" and R.random() < .5 else ""
        return info["uri"] + addr + q, []
    if r < .80:
        url = R.choice(info["explorer"]).format(addr)
        if R.random() < .5:
            return "\ue002URL\ue003", [url]          # link-only address
        return addr + "\n\ue002URL\ue003", [url]
    if r < .92:
        n = R.choice([4, 5, 6, 8])
        return " ".join(addr[i:i + n] for i in range(0, len(addr), n)), []
    h = len(addr) // 2
    return addr[:h] + "\n" + addr[h:], []


def scam_url(camp, path_kind):
    d = R.choice(camp["domains"])
    path = R.choice({"evt": ["", "/event", "/live", "/giveaway", "/?ref=x", "/btc"],
                     "air": ["/claim", "/airdrop", "/connect", "/mint", "/verify", "/sync", "/kyc"],
                     "sup": ["/ticket", "/support", "/rectify", "/help/wallet", "/form"]}.get(path_kind, ["", "/event"]))
    try:
        host = d.encode("idna").decode("ascii")
    except UnicodeError:
        host = d
    return d, "https://" + host + path


class Post:
    __slots__ = ("id", "key", "t", "acc", "text", "lang", "source", "label", "kind", "urls", "ref", "reply_to", "obf", "addrs", "ctx")

    def __init__(self, **kw):
        for s in self.__slots__:
            setattr(self, s, kw.get(s))
        self.urls = self.urls or []
        self.addrs = self.addrs or []


POSTS = []
EVENTS = []


def add_post(**kw):
    p = Post(key=len(POSTS), **kw)
    POSTS.append(p)
    return p


def fill(template, slots, protect, lang, obf=None):
    """slots: plain substitutions; protect: name -> (text, urls) kept intact by obfuscation.
    Text may contain \ue002URL\ue003 markers (a t.co link, one per url, in order)."""
    prot, urls = [], []
    s = template
    for k, v in slots.items():
        s = s.replace("{%s}" % k, str(v))
    for k, (txt, us) in protect.items():
        if "{%s}" % k in s:
            prot.append((txt, us))
            s = s.replace("{%s}" % k, "\ue000%d\ue001" % (len(prot) - 1), 1)
            s = s.replace("{%s}" % k, txt.replace("\ue002URL\ue003", "").strip() or txt)
    assert "{" not in s or "}" not in s, (template, s)
    parts = PH.split(s)
    if obf:
        parts = obfuscate(parts, obf, lang)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            txt, us = prot[int(p[1:-1])]
            out.append(txt)
            urls.extend(us)
        else:
            out.append(p)
    text = "".join(out)
    # materialise t.co links
    final_urls = []
    for u in urls:
        link = tco()
        text = text.replace("\ue002URL\ue003", link, 1)
        final_urls.append((link, u))
    assert "\ue002" not in text and "\ue000" not in text
    return text, final_urls


def link(url):
    return ("\ue002URL\ue003", [url])


# ------------------------------------------------------------------ accounts
ACCOUNTS = []


def add_account(**kw):
    kw.setdefault("events", [])
    ACCOUNTS.append(kw)
    return kw


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def rand_time(a, b):
    return a + dt.timedelta(seconds=R.randrange(int((b - a).total_seconds())))


HOUR_W = [2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 8, 9, 9, 9, 9, 9, 9, 10, 10, 9, 8, 6, 4]


def daytime(day0, day1):
    d = R.randrange(day0, day1)
    h = R.choices(range(24), HOUR_W)[0]
    return START + dt.timedelta(days=d, hours=h, minutes=R.randrange(60), seconds=R.randrange(60))


NAMES = {
    "en": (["James", "Olivia", "Marcus", "Priya", "Chen", "Fatima", "Liam", "Grace", "Tyler", "Hannah", "Devon", "Aisha", "Ryan",
            "Megan", "Owen", "Sofia", "Caleb", "Nora", "Ethan", "Zoe"],
           ["Walsh", "Patel", "Nguyen", "Brooks", "Carter", "Reyes", "Murphy", "Kim", "Hughes", "Foster", "Lane", "Price", "Burke", "Shaw", "Ellis"]),
    "es": (["Javier", "Lucía", "Carlos", "Marta", "Diego", "Sofía", "Andrés", "Valentina", "Pablo", "Camila"],
           ["García", "Romero", "Navarro", "Torres", "Vidal", "Ortega", "Herrera", "Castro"]),
    "pt": (["João", "Mariana", "Pedro", "Beatriz", "Lucas", "Larissa", "Thiago", "Camila", "Rafael", "Inês"],
           ["Silva", "Souza", "Oliveira", "Costa", "Pereira", "Almeida", "Ferreira", "Santos"]),
    "fr": (["Julien", "Camille", "Thomas", "Léa", "Hugo", "Manon", "Nicolas", "Chloé", "Antoine", "Inès"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Roux"]),
    "de": (["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Tobias", "Sophie", "Niklas", "Laura"],
           ["Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Krüger"]),
    "it": (["Luca", "Giulia", "Marco", "Chiara", "Alessandro", "Sara", "Matteo", "Francesca", "Davide", "Elena"],
           ["Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Conti"]),
    "ru": ([("Алексей", "aleksey"), ("Мария", "maria"), ("Дмитрий", "dima"), ("Ольга", "olga"), ("Иван", "ivan"), ("Анна", "anya"),
            ("Сергей", "sergey"), ("Екатерина", "katya")],
           [("Смирнов", "smirnov"), ("Кузнецов", "kuznetsov"), ("Попов", "popov"), ("Соколов", "sokolov"), ("Морозов", "morozov"), ("Волков", "volkov")]),
    "tr": (["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Can", "Selin", "Murat", "Ece"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Arslan"]),
    "ar": ([("أحمد", "ahmed"), ("فاطمة", "fatima"), ("محمد", "mohammed"), ("نور", "nour"), ("خالد", "khaled"), ("سارة", "sara"),
            ("يوسف", "youssef"), ("ليلى", "layla")],
           [("العلي", "alali"), ("حسن", "hassan"), ("السيد", "elsayed"), ("الحربي", "alharbi"), ("منصور", "mansour"), ("خليل", "khalil")]),
    "ja": ([("ゆうき", "yuki"), ("さくら", "sakura"), ("けんた", "kenta"), ("あおい", "aoi"), ("はると", "haruto"), ("みさき", "misaki")],
           [("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka"), ("伊藤", "ito"), ("渡辺", "watanabe")]),
    "ko": ([("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("하은", "haeun"), ("도윤", "doyun")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung")]),
    "zh": ([("小明", "xiaoming"), ("思雨", "siyu"), ("浩然", "haoran"), ("欣怡", "xinyi"), ("子轩", "zixuan"), ("雨桐", "yutong")],
           [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("林", "lin")]),
}
ASCII = str.maketrans("áéíóúñçãõêôâàèìòùäöüßışğÁÉÍÓÚÑÇÖÜŞİĞ", "aeiouncaoeoaaeiouaousisgAEIOUNCOUSIG")
USED_USERNAMES = {}


def uniq_username(u):
    u = re.sub(r"[^A-Za-z0-9_]", "", u)[:15] or "user"
    base, n = u, 1
    while u.lower() in USED_USERNAMES:
        n += 1
        u = (base[:13] + str(n))[:15]
    USED_USERNAMES[u.lower()] = 1
    return u


def person_name(lang):
    f, l = NAMES[lang]
    a, b = R.choice(f), R.choice(l)
    if isinstance(a, tuple):
        if lang in ("ja", "ko", "zh"):
            name = b[0] + a[0] if R.random() < .6 else a[0]
        else:
            name = a[0] + " " + b[0]
        user = R.choice(["{a}_{b}", "{a}{b}{n}", "{b}{a}", "{a}.{n}"]).format(a=a[1], b=b[1], n=R.randrange(1, 999)).replace(".", "_")
    else:
        name = a + " " + b
        aa, bb = a.translate(ASCII).lower(), b.translate(ASCII).lower()
        user = R.choice(["{a}{b}", "{a}_{b}", "{a}{b}{n}", "{a}_{n}", "the{a}{b}"]).format(a=aa, b=bb, n=R.randrange(1, 99))
    return name, uniq_username(user)


def old_created(y0=2008, y1=2022):
    return dt.datetime(R.randrange(y0, y1 + 1), R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60), R.randrange(60))


CLIENTS = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad"]


def normal_account(lang, role="person", name=None, user=None, verified=None, followers=None, source=None):
    if name is None:
        name, user = person_name(lang)
    else:
        user = uniq_username(user)
    return add_account(lang=lang, label="normal", role=role, name=name, username=user,
                       verified=(R.random() < .06) if verified is None else verified,
                       followers=followers if followers is not None else int(10 ** R.uniform(1.2, 4.3)),
                       created=old_created(2009, 2025), source=source or R.choice(CLIENTS))


# ------------------------------------------------------------------ 1. hijacked accounts
HIJ = [
    # lang, sector, name, username, followers, year, client, group
    ("en", "celeb", "Marisa Quintero", "marisaquintero", 4200000, 2010, "Twitter for iPhone", "W1"),
    ("en", "brand", "Helios Motors", "HeliosMotors", 1800000, 2011, "Sprout Social", "W1"),
    ("en", "news", "The Daily Ledger", "dailyledgernews", 2600000, 2009, "SocialFlow", "W1"),
    ("en", "sport", "Jordan Ellery", "jordanellery", 3100000, 2012, "Twitter for iPhone", "W1"),
    ("en", "brand", "Northwind Airlines", "NorthwindAir", 920000, 2010, "Sprout Social", "solo"),
    ("en", "politic", "Sen. Patricia Holloway", "SenHolloway", 1100000, 2013, "Twitter Web App", "W1"),
    ("en", "tech", "Kestrel Cloud", "kestrelcloud", 640000, 2014, "Hootsuite Inc.", "solo"),
    ("en", "celeb", "Danny Okafor", "dannyokafor", 2200000, 2011, "Twitter for Android", "W1"),
    ("en", "sport", "Riverside FC", "RiversideFC", 1400000, 2010, "Twitter Media Studio", "W2"),
    ("en", "tech", "Lumen Games", "LumenGames", 780000, 2015, "Sprout Social", "W3"),
    ("en", "celeb", "Avery Stone", "averystone", 5600000, 2009, "Twitter for iPhone", "W1"),
    ("en", "news", "Metro Herald", "metroherald", 830000, 2008, "SocialFlow", "solo"),
    ("es", "celeb", "Lucía Ferrer", "luciaferrer_", 1900000, 2011, "Twitter for iPhone", "W1"),
    ("es", "sport", "Club Atlético Miramar", "CAMiramar", 2300000, 2010, "Twitter Media Studio", "W2"),
    ("pt", "celeb", "Rafael Moura", "rafamoura", 3400000, 2010, "Twitter for iPhone", "W1"),
    ("pt", "brand", "Loja Vértice", "lojavertice", 610000, 2012, "Sprout Social", "solo"),
    ("fr", "news", "Le Courrier du Matin", "courrierdumatin", 1200000, 2009, "SocialFlow", "W2"),
    ("fr", "celeb", "Camille Roux", "camilleroux_off", 870000, 2013, "Twitter for iPhone", "solo"),
    ("de", "news", "Stadtwerk Nachrichten", "stadtwerk_news", 540000, 2011, "Twitter Web App", "solo"),
    ("de", "sport", "Jonas Berger", "jonasberger_", 1300000, 2012, "Twitter for iPhone", "W2"),
    ("it", "celeb", "Giulia Santoro", "giuliasantoro", 1100000, 2011, "Twitter for iPhone", "W2"),
    ("ru", "celeb", "Максим Волков", "maxvolkov_off", 2000000, 2012, "Twitter for Android", "solo"),
    ("tr", "sport", "Ege Spor Kulübü", "egesporkulubu", 1600000, 2011, "Twitter Media Studio", "W2"),
    ("tr", "celeb", "Deniz Aydın", "denizaydin", 2700000, 2010, "Twitter for iPhone", "solo"),
    ("ar", "news", "شبكة الخليج اليوم", "gulftoday_net", 3300000, 2011, "Twitter Web App", "solo"),
    ("ja", "celeb", "星野ミナ", "hoshino_mina", 1500000, 2012, "Twitter for iPhone", "W3"),
    ("ja", "brand", "サクラ電機【公式】", "sakura_denki_jp", 420000, 2013, "Twitter Web App", "W3"),
    ("ko", "celeb", "한별 HANBYUL", "hanbyul_ofcl", 4800000, 2014, "Twitter for iPhone", "W3"),
    ("ko", "news", "코리아테크 뉴스", "koreatechnews", 390000, 2012, "Twitter Web App", "solo"),
    ("zh", "celeb", "林子涵", "linzihan_music", 1200000, 2013, "Twitter for iPhone", "W3"),
]
HIST_IDX = {"brand": [0, 4], "celeb": [1], "news": [2], "sport": [3, 5], "tech": [0, 4], "politic": [2]}

hij_accounts = []
for (lang, sector, name, user, fol, year, client, group) in HIJ:
    acc = add_account(lang=lang, label="hijacked", role=sector, name=name, username=uniq_username(user), verified=R.random() < .92,
                      followers=int(fol * R.uniform(.9, 1.1)), created=old_created(year, year), source=client, group=group)
    hij_accounts.append(acc)


ORG_USERS = {"RiversideFC", "CAMiramar", "egesporkulubu"}
CHAT_POOL = {l: R.sample(BANK[l]["CHAT"], len(BANK[l]["CHAT"])) for l in LANGS}
ORG_POOL = {l: R.sample(ORG_EN if l == "en" else INTL[l]["ORG"], len(ORG_EN if l == "en" else INTL[l]["ORG"])) for l in LANGS}
SECTOR_POOL = {k: R.sample(v, len(v)) for k, v in SECTOR_EN.items()}
HIST_POOL = {l: list(INTL[l]["HIST"]) for l in INTL}


def _pop(pool, n):
    out = []
    while pool and len(out) < n:
        out.append(pool.pop())
    return out


def history_lines(acc):
    """Ordinary posts of a long-standing account; lines are consumed from shared pools so that no
    sentence is posted twice."""
    lang, role = acc["lang"], acc["role"]
    org = role in ("brand", "news", "tech") or acc["username"] in ORG_USERS
    if lang == "en":
        if org:
            lines = _pop(SECTOR_POOL[role], 5) + _pop(ORG_POOL[lang], 2)
        else:
            lines = _pop(SECTOR_POOL[role], 3) + _pop(CHAT_POOL[lang], 4)
    else:
        hp = HIST_POOL[lang]
        mine = [x for x in hp if hp.index(x) in HIST_IDX[role] or (role == "sport" and not org and hp.index(x) == 1)]
        lines = [x for x in mine]
        for x in lines:
            hp[hp.index(x)] = None
        if org:
            lines += _pop(ORG_POOL[lang], 3)
        else:
            lines += _pop(CHAT_POOL[lang], 5)
        if len(lines) < 5:
            rest = [x for x in hp if x is not None]
            lines += rest[:5 - len(lines)]
            for x in rest[:5 - len(lines)]:
                hp[hp.index(x)] = None
    lines = [x for x in lines if x]
    R.shuffle(lines)
    return lines


# ------------------------------------------------------------------ scam post builder
def scam_slots(camp, lang, kind, mult_in_text, at=None, persona_override=None):
    coin = R.choice(camp["coins"])
    ci = COINS[coin]
    mult = camp["mult"] if mult_in_text else 2
    send = R.choice(ci["send"])
    slots = dict(COIN=coin, MULT=mult, MINS=R.choice([15, 20, 30, 30, 30, 45, 60]),
                 SEND=fmt_amt(send, coin), BACK=fmt_amt(send * mult if kind != "fee" else send * R.choice([5, 10, 20]), coin),
                 MIN=R.choice(ci["mn"]), MAX=R.choice(ci["mx"]), TOTAL=R.choice(ci["total"]), FEE=R.choice(ci["fee"]),
                 P=persona_override or camp["Ploc"].get(lang, camp["P"]), ORG=persona_override or camp["ORG"],
                 TOKEN=camp["tok"], RH=R.choice(["jessw_91", "mike_trades", "cryptokate", "dan_hodl", "lena_btc", "tomasz_k"]))
    return coin, slots


def scam_post(acc, lang, kind, camp, t, reply_to=None, obf_share=0.3, tmpl=None, force_url=None, force_addr=None,
              persona_override=None, source=None, ctx=None):
    bank = [x for x in BANK[lang]["SCAM"] if x[0] == kind]
    if tmpl is None:
        if reply_to is None:
            bank = [x for x in bank if "{AT}" not in x[1]] or bank
        else:
            bank = [x for x in bank if "{AT}" in x[1]] or bank
        tmpl = R.choice(bank)[1]
    coin, slots = scam_slots(camp, lang, kind, "{MULT}" in tmpl, persona_override=persona_override)
    prot = {}
    addr = force_addr or camp["addr"][coin]
    if "{ADDR}" in tmpl:
        prot["ADDR"] = present_address(addr, coin)
    if "{URL}" in tmpl:
        if force_url:
            u = force_url
        else:
            _, u = scam_url(camp, {"sup": "sup", "air": "air"}.get(kind, "evt"))
            if R.random() < .08:
                u = "https://bit.ly/" + "".join(R.choice(TCO) for _ in range(7))
        if R.random() < .2 and not force_url and not u.startswith("https://bit.ly"):
            host = u.split("/")[2]
            try:
                host = host.encode("ascii").decode("idna")
            except UnicodeError:
                pass
            prot["URL"] = (obf_domain(host), [])
        else:
            prot["URL"] = link(u)
    if reply_to is not None:
        prot["AT"] = ("@" + reply_to.acc["username"], [])
    for k in ("TG", "WA", "MAIL"):
        prot[k] = ({"TG": camp.get("tg", "@" + R.choice(SUPPORT[4][2])), "WA": camp.get("wa", R.choice(PHONES)),
                    "MAIL": camp.get("mail", SUPPORT[4][3])}[k], [])
    obf = R.choice(obf_choices(lang)) if R.random() < obf_share else None
    text, urls = fill(tmpl, slots, prot, lang, obf)
    if camp["first"] is None or t < camp["first"]:
        camp["first"] = t
    used = [addr] if "{ADDR}" in tmpl else []
    return add_post(t=t, acc=acc, text=text, lang=lang, source=source or acc["source"], label="scam", kind=kind,
                    urls=urls, ref=("replied_to", reply_to) if reply_to is not None else None,
                    reply_to=reply_to.acc if reply_to is not None else None, obf=obf, addrs=used, ctx=ctx or camp["key"])


NEW_CLIENTS = ["Twitter Web App", "Twitter for Android", "TweetDeck Web App", "Twitter for iPad", "Twitter for Mac"]
EVENT_SEQS = [["password_reset", "email_changed"], ["login_new_device"], ["mfa_disabled", "email_changed"], ["phone_changed"],
              ["login_new_device", "mfa_disabled"], ["password_reset"], ["email_changed", "login_new_device", "password_reset"]]

# wave campaigns
W1 = make_campaign("imp", "elon")
W1["coins"] = ["BTC"]
W1_ADDR = new_address("BTC", "scam", W1["key"])
W1["addr"]["BTC"] = W1_ADDR
W2 = make_campaign("imp", "cz")
W2_URL = "https://anniversary-rewards.live/event"
W3 = make_campaign("air", "nova")
W3_URL = "https://nova-claims.org/claim"
WAVE_T = {"W1": START + dt.timedelta(days=15, hours=20, minutes=2), "W2": START + dt.timedelta(days=11, hours=14, minutes=31),
          "W3": START + dt.timedelta(days=13, hours=3, minutes=12)}
SOLO_PLAN = {  # username -> (day, kind, campaign)
    "NorthwindAir": (8, "dbl", make_campaign("imp", "saylor")),
    "kestrelcloud": (18, "air", make_campaign("air", "fluxx")),
    "metroherald": (19, "evt", make_campaign("imp", "ripple")),
    "lojavertice": (9, "dbl", make_campaign("imp", "bukele")),
    "camilleroux_off": (16, "dbl", make_campaign("imp", "vitalik")),
    "stadtwerk_news": (12, "air", make_campaign("air", "metamask")),
    "maxvolkov_off": (14, "dbl", make_campaign("imp", "tron")),
    "denizaydin": (17, "evt", make_campaign("imp", "solana")),
    "gulftoday_net": (10, "dbl", make_campaign("imp", "elon")),
    "koreatechnews": (20, "air", make_campaign("air", "orbit")),
}
W1_TEMPL = {  # doubling in the account's own voice (no persona)
    "en": [t for k, t in SCAM_EN if k == "dbl" and "{P}" not in t and "{ORG}" not in t and "{ADDR}" in t],
}

HIJ_INFO = []  # (acc, first_scam_time, last_scam_time, scam posts)
for acc in hij_accounts:
    lang, group = acc["lang"], acc["group"]
    if group in WAVE_T:
        t0 = WAVE_T[group] + dt.timedelta(seconds=R.randrange(0, 25 * 60 if group == "W1" else 16 * 60))
        kind = {"W1": "dbl", "W2": "evt", "W3": "air"}[group]
        camp = {"W1": W1, "W2": W2, "W3": W3}[group]
    else:
        day, kind, camp = SOLO_PLAN[acc["username"]]
        t0 = daytime(day, day + 1)
    n_scam = R.choice([1, 2, 2, 2, 3, 3, 4])
    # ordinary history before
    lines = history_lines(acc)
    n_hist = len(lines) - (1 if len(lines) > 5 and R.random() < .5 else 0)
    for i in range(n_hist):
        th = rand_time(START, t0 - dt.timedelta(hours=6))
        add_post(t=th, acc=acc, text=lines[i], lang=lang, source=acc["source"], label="benign", kind="history")
    # security events
    if R.random() < .36:
        seq = R.choice(EVENT_SEQS)
        te = t0 - dt.timedelta(minutes=R.randrange(3, 180))
        for j, typ in enumerate(seq):
            EVENTS.append(dict(t=te + dt.timedelta(seconds=40 * j + R.randrange(30)), acc=acc, type=typ))
    if R.random() < .1:
        EVENTS.append(dict(t=rand_time(START, t0 - dt.timedelta(days=2)), acc=acc, type="login_new_device"))
    src = R.choice([c for c in NEW_CLIENTS if c != acc["source"]]) if R.random() < .42 else acc["source"]
    own = acc["name"] if acc["role"] in ("brand", "sport", "tech", "news") else None
    scams = []
    t = t0
    for j in range(n_scam):
        if group == "W1":
            if lang == "en":
                tm = R.choice(W1_TEMPL["en"]) if j == 0 else R.choice([x for x in W1_TEMPL["en"] if "Everyone" in x or "missed" in x or "RH" in x] or W1_TEMPL["en"])
            else:
                tm = R.choice([x for k, x in BANK[lang]["SCAM"] if k == "dbl" and "{ORG}" not in x and "{P}" not in x])
            p = scam_post(acc, lang, "dbl", camp, t, tmpl=tm, obf_share=.15, source=src, ctx="W1")
        elif group == "W2":
            tm = R.choice([x for k, x in BANK[lang]["SCAM"] if k == "evt" and "{URL}" in x])
            p = scam_post(acc, lang, "evt", camp, t, tmpl=tm, force_url=W2_URL, persona_override=acc["name"], obf_share=.1, source=src, ctx="W2")
        elif group == "W3":
            tm = R.choice([x for k, x in BANK[lang]["SCAM"] if k == "air" and "{URL}" in x])
            p = scam_post(acc, lang, "air", camp, t, tmpl=tm, force_url=W3_URL, obf_share=.1, source=src, ctx="W3")
        else:
            p = scam_post(acc, lang, kind, camp, t, obf_share=.2, source=src, persona_override=own if kind == "evt" else None,
                          ctx="solo:" + acc["username"])
        scams.append(p)
        t = t + dt.timedelta(minutes=R.randrange(3, 19))
    HIJ_INFO.append((acc, t0, scams[-1].t, scams))
    # recovery
    rec = scams[-1].t + dt.timedelta(minutes=R.randrange(35, 600))
    if R.random() < .55:
        EVENTS.append(dict(t=rec - dt.timedelta(minutes=R.randrange(5, 30)), acc=acc, type="password_reset"))
    if R.random() < .5:
        hk = [x for k, x in BANK[lang]["BENIGN"] if k == "hacked"]
        if lang == "en":
            hk = [hk[i] for i in {"air": [0, 2], "dbl": [0, 1, 3]}.get(kind if group == "solo" else {"W1": "dbl", "W3": "air"}.get(group, "evt"), [0])]
        add_post(t=rec, acc=acc, text=R.choice(hk), lang=lang, source=acc["source"], label="benign", kind="hacked")
    for line in lines[n_hist:]:
        ta = rec + dt.timedelta(hours=R.randrange(3, 72))
        if ta < END:
            add_post(t=ta, acc=acc, text=line, lang=lang, source=acc["source"], label="benign", kind="history")

# ------------------------------------------------------------------ 2. scammer accounts and posts
HIJ_SCAM_PER_LANG = {l: 0 for l in LANGS}
for a, _, _, sc in HIJ_INFO:
    HIJ_SCAM_PER_LANG[a["lang"]] += len(sc)
TARGET = {"en": 118}
for l in LANGS[1:]:
    TARGET[l] = 21
KIND_W = [("dbl", 25), ("evt", 15), ("air", 22), ("sup", 20), ("drop", 7), ("fee", 11)]
ROLE_OF = {"dbl": "imp", "evt": "imp", "drop": "imp", "air": "air", "sup": "sup", "fee": "sup"}
PKEYS = [p[0] for p in PERSONA]
AKEYS = [a[0] for a in AIRDROP]
SKEYS = [s[0] for s in SUPPORT]

scam_accounts = {l: {"imp": [], "air": [], "sup": []} for l in LANGS}


def new_scammer(lang, role):
    n_camp_accounts = len(scam_accounts[lang][role])
    # share campaigns: reuse an existing campaign of this language/role half of the time
    if scam_accounts[lang][role] and R.random() < .45:
        camp = R.choice(scam_accounts[lang][role])["camp"]
    else:
        key = R.choice({"imp": PKEYS, "air": AKEYS, "sup": SKEYS}[role])
        camp = make_campaign(role, key)
    if role == "imp":
        pk = camp["pkey"]
        name = R.choice([camp["P"], camp["P"], camp["P"] + " \U0001f680", camp["P"] + " \u26a1\ufe0f", camp["ORG"] + " Official",
                         camp["Ploc"].get(lang, camp["P"])])
        user = R.choice(IMP_USER[pk]) + R.choice(["", "", str(R.randrange(1, 99))])
    elif role == "air":
        name = camp["P"] + R.choice([" \U0001fa82", " Airdrop", " | Claim", "", " Rewards"])
        user = camp["P"].replace(" ", "") + R.choice(["_airdrop", "_claim", "Drop", "_rewards", "_io"])
    else:
        if camp["P"] == "Recovery":
            name = R.choice(RECOVERY_NAMES)
            user = R.choice(camp["users"])
        else:
            name = R.choice(SUP_NAME[lang]).replace("{B}", camp["P"])
            user = R.choice(camp["users"]) + R.choice(["", "_" + lang, str(R.randrange(1, 99))])
    bought = R.random() < .1
    created = old_created(2012, 2019) if bought else START - dt.timedelta(days=R.randrange(3, 70), seconds=R.randrange(86400))
    acc = add_account(lang=lang, label="scammer", role=role, name=name, username=uniq_username(user),
                      verified=R.random() < (.3 if role == "imp" else .15),
                      followers=int(10 ** R.uniform(3.5, 4.6)) if bought else int(10 ** R.uniform(0, 3.4)),
                      created=created, source=R.choice(["Twitter Web App"] * 4 + ["Twitter for Android"] * 2 + ["Twitter for iPhone", "TweetDeck Web App"]),
                      camp=camp, n=0)
    d0 = R.randrange(0, DAYS - 1)
    acc["window"] = (max(d0, 0), min(DAYS, d0 + R.randrange(1, 6)))
    if not bought:
        acc["created"] = min(acc["created"], START + dt.timedelta(days=acc["window"][0]) - dt.timedelta(hours=R.randrange(2, 200)))
    scam_accounts[lang][role].append(acc)
    return acc


def get_scammer(lang, role, cap):
    pool = [a for a in scam_accounts[lang][role] if a["n"] < cap]
    if not pool or R.random() < 1.0 / (1 + len(pool)):
        return new_scammer(lang, role)
    return R.choice(pool)


SCAM_PLAN = []  # (lang, kind)
for l in LANGS:
    n = TARGET[l] - HIJ_SCAM_PER_LANG[l]
    kinds = [k for k, w in KIND_W for _ in range(w)]
    # make sure every kind appears in every language
    plan = [k for k, _ in KIND_W] + [R.choice(kinds) for _ in range(max(0, n - len(KIND_W)))]
    SCAM_PLAN += [(l, k) for k in plan]

# victims that support bots reply to (benign posts, generated now so replies can refer to them)
VICTIMS = {l: [] for l in LANGS}
NORMALS = {l: [] for l in LANGS}


def ordinary(lang):
    pool = NORMALS[lang]
    if len(pool) < 12 or R.random() < .35:
        a = normal_account(lang)
        pool.append(a)
        return a
    return R.choice(pool)


def fill_benign(tmpl, lang, t, ctxcamp=None, url=None):
    """Fill a benign template. Addresses in news/research point at real scam addresses used before t."""
    slots, prot = {}, {}
    # only campaigns already seen before t can be quoted, asked about or warned about
    seen = [c for c in CAMPS.values() if c["first"] is not None and c["first"] < t] or list(CAMPS.values())
    camp = ctxcamp or R.choice(seen)
    coin = R.choice(camp["coins"])
    slots.update(P=camp["Ploc"].get(lang, camp["P"]) if camp["kind"] == "imp" else R.choice(["Elon Musk", "Vitalik Buterin", "Michael Saylor"]),
                 ORG=camp["ORG"] if camp["P"] != "Recovery" else "Binance", COIN=coin, TOKEN=camp["tok"],
                 SEND=fmt_amt(R.choice(COINS[coin]["send"]), coin),
                 RECV=R.choice(["0.8 BTC", "$118,000", "about 12.6 ETH", "$41,000", "3.2 BTC", "$260,000"]),
                 NAME=R.choice(hij_accounts)["name"])
    doms = [scam_url(R.choice(seen), "evt")[0] for _ in range(2)]
    d0 = R.choice(camp["domains"])
    slots.update(DDOM2=defang(doms[0]), DDOM3=defang(doms[1]))
    return slots, prot, camp, coin, d0


NEWS_DOM = {"en": ["coinwire.news", "techherald.com", "ledgerpost.io", "cyberbrief.net"], "es": ["eldiariocripto.es", "noticiasred.com.ar"],
            "pt": ["portalcripto.com.br", "jornaldigital.pt"], "fr": ["lequotidien-eco.fr", "cryptoactu.fr"], "de": ["finanzblick.de", "techpuls.de"],
            "it": ["cronacadigitale.it"], "ru": ["kriptonovosti.ru"], "tr": ["kriptohaber.com.tr"], "ar": ["akhbar-alyawm.com"],
            "ja": ["kasoutsuka-news.jp"], "ko": ["bitnews.kr"], "zh": ["lianxun.cn"]}
EXCH = [("Kairo Exchange", "KairoExchange", "kairo.exchange"), ("Bitvale", "bitvale", "bitvale.com"), ("Nordcoin", "nordcoin_com", "nordcoin.com")]
RESEARCH = [("ChainSleuth", "chainsleuth"), ("Drainer Watch", "drainerwatch"), ("PhishFeed Labs", "phishfeedlabs"), ("Mira Okonkwo", "mira_traces"),
            ("Tobias Lind \U0001f50e", "tlind_sec")]

special = {}
for (n, u, d) in EXCH:
    special.setdefault("exch", []).append((normal_account("en", "exchange", n, u, True, int(10 ** R.uniform(5.3, 6.5)), "Sprout Social"), d))
for (n, u) in RESEARCH:
    special.setdefault("research", []).append(normal_account("en", "research", n, u, R.random() < .7, int(10 ** R.uniform(4, 5.4)), "Twitter Web App"))
NEWS_ACC = {}
for l in LANGS:
    for d in NEWS_DOM[l][:2]:
        nm = d.split(".")[0].replace("-", " ").title()
        NEWS_ACC.setdefault(l, []).append((normal_account(l, "news", nm, d.split(".")[0].replace("-", "_"), True, int(10 ** R.uniform(4.5, 6)), "SocialFlow"), d))
CHARITY = {}
for l in LANGS:
    nm = {"en": "Paws & Whiskers Shelter", "es": "Comedor Solidario", "pt": "ONG Patinhas", "fr": "Les Restos du Quartier", "de": "Tierheim Sonnenhof",
          "it": "Rifugio Amici a 4 Zampe", "ru": "Приют Лапа", "tr": "Patiler Barınağı", "ar": "جمعية الأمل", "ja": "こども食堂ひだまり",
          "ko": "희망나눔재단", "zh": "星光公益"}[l]
    CHARITY[l] = normal_account(l, "charity", nm, "charity_" + l + str(R.randrange(10, 99)), R.random() < .5, int(10 ** R.uniform(3, 4.7)), "Twitter Web App")
    CHARITY[l]["addr"] = {"BTC": new_address("BTC", "charity", "charity:" + l), "ETH": new_address("ETH", "charity", "charity:" + l)}
DEVS = [normal_account("en", "dev") for _ in range(5)]


def benign_post(lang, kind, tmpl, t, acc=None):
    slots, prot, camp, coin, d0 = fill_benign(tmpl, lang, t)
    urls_host = None
    if kind == "news":
        acc, dom = R.choice(NEWS_ACC[lang])
        prot["URL"] = link("https://www.%s/%s/%d" % (dom, R.choice(["tech", "crypto", "security", "economia", "news"]), R.randrange(10000, 99999)))
    elif kind == "exch":
        acc, dom = R.choice(special["exch"])
        prot["URL"] = link("https://www.%s/%s" % (dom, R.choice(["promo/zero-fees", "airdrop/check", "listing", "referral", "support"])))
        prot["LDOM"] = link("https://" + dom)
    elif kind == "research":
        acc = R.choice(special["research"])
    elif kind == "charity":
        acc = CHARITY[lang] if (lang != "en" or R.random() < .4) else ordinary(lang)
        prot["URL"] = link("https://%s.org/report" % acc["username"].lower().replace("_", "-"))
    elif kind == "dev":
        acc = R.choice(DEVS)
        prot["URL"] = link("https://github.com/%s/%s" % (acc["username"], R.choice(["addr-tools", "b58check", "staking-contracts", "grants-multisig"])))
    acc = acc or ordinary(lang)
    # addresses
    if "{ADDR}" in tmpl:
        if kind in ("news", "research"):
            c2 = R.choice([c for c in CAMPS.values() if c["first"] is not None and c["first"] < t] or list(CAMPS.values()))
            co = R.choice(list(c2["addr"]))
            a = c2["addr"][co]
            if kind == "research" and R.random() < .3:
                prot["ADDR"] = (a[:8] + "\u2026" + a[-6:] if R.random() < .5 else a, [])
            else:
                prot["ADDR"] = (a, [])
            if "{ADDR2}" in tmpl:
                prot["ADDR2"] = (new_address(co, "scam-sweep", c2["key"]), [])
        elif kind == "charity":
            btcw = ["bitcoin", "BTC", "биткоин", "بالبيتكوين", "ビットコイン", "비트코인", "比特币"]
            co = "BTC" if any(w in tmpl for w in btcw) else R.choice(["BTC", "ETH"])
            prot["ADDR"] = (acc["addr"][co] if "addr" in acc else new_address(co, "tipjar", acc["username"]), [])
        elif kind == "dev":
            if "bech32m" in tmpl:
                prot["ADDR"] = (A.make_address("btc_taproot", R), [])
            elif "sat/vB" in tmpl:
                prot["ADDR"] = (new_address("BTC", "dev", acc["username"]), [])
            else:
                prot["ADDR"] = (new_address("ETH", "dev", acc["username"]), [])
            if "bech32m" in tmpl:
                _ADDR_SEEN[prot["ADDR"][0]] = "btc_taproot"
                ADDRESSES.append((prot["ADDR"][0], "btc_taproot", "dev", acc["username"]))
        else:
            prot["ADDR"] = (new_address(coin, "other", "benign"), [])
    if "{DDOM}" in tmpl:
        if kind == "victim" and R.random() < .6:
            _, u = scam_url(camp, "evt")
            prot["DDOM"] = link(u)
        else:
            prot["DDOM"] = (defang(d0), [])
    obf = None
    if kind in ("merch", "chat") and R.random() < .08:
        obf = R.choice(["emoji_bullets", "emoji_between", "fullwidth", "line_breaks"])
    text, urls = fill(tmpl, slots, prot, lang, obf)
    addrs = [v[0] for k, v in prot.items() if k.startswith("ADDR") and "\u2026" not in v[0]]
    return add_post(t=t, acc=acc, text=text, lang=lang, source=acc["source"], label="benign", kind=kind, urls=urls, obf=obf, addrs=addrs)


# scammer posts
caps = {"imp": 9, "air": 7, "sup": 8}
HELP_EN = ["@{U} Don't answer anyone who DMs you or replies with a Telegram/WhatsApp contact. Real support only works through the official site.",
           "@{U} Sorry this happened. Report it to the police and to the exchange the funds went to, and ignore 'recovery experts', they're scammers too.",
           "@{U} Revoke token approvals from a clean device first, then move what's left to a fresh wallet. And never share the seed phrase."]
REPLY_PLAN = [(l, k, k == "sup" or (k == "fee" and R.random() < .6)) for (l, k) in SCAM_PLAN]


def do_scam(l, kind, reply):
    role = ROLE_OF[kind]
    acc = get_scammer(l, role, caps[role])
    acc["n"] += 1
    camp = acc["camp"]
    lo, hi = acc["window"]
    if reply:
        target = R.choice(VICTIMS[l])
        t = target.t + dt.timedelta(seconds=R.randrange(25, 3600 * 3))
        scam_post(acc, l, kind, camp, t, reply_to=target, obf_share=.15)
        if acc["created"] > t:
            acc["created"] = t - dt.timedelta(days=R.randrange(1, 20))
    else:
        t = daytime(lo, hi)
        scam_post(acc, l, kind, camp, t, obf_share=.33)
        if acc["created"] > t:
            acc["created"] = t - dt.timedelta(hours=R.randrange(1, 48))


# pass A: scam posts that are not replies (before the benign posts that quote them)
for (l, kind, reply) in REPLY_PLAN:
    if not reply:
        do_scam(l, kind, False)

# crypto-related benign posts (every template at least once; English templates about twice)
for l in LANGS:
    bank = BANK[l]["BENIGN"]
    slotted = [x for x in bank if "{" in x[1]]
    # templates without slots are used once (identical texts from different people would be unrealistic)
    slotted = [x for x in slotted if x[0] != "charity"]
    items = list(bank) + (slotted + R.sample(slotted, 22) if l == "en" else [R.choice(slotted) for _ in range(6)])
    for kind, tmpl in items:
        if kind == "hacked":
            t = daytime(0, DAYS)
        elif kind in ("news", "research"):
            t = daytime(9, DAYS)
        else:
            t = daytime(0, DAYS)
        p = benign_post(l, kind, tmpl, t)
        if kind == "victim":
            VICTIMS[l].append(p)

# news/research right after the waves (quote wave address and domains)
for grp, when in WAVE_T.items():
    if grp == "W1":
        acc = special["research"][3]
        add_post(t=when + dt.timedelta(minutes=R.randrange(90, 200)), acc=acc, lang="en", source=acc["source"], label="benign", kind="research",
                 text="Quick writeup on today's takeover wave. Between 20:00 and 20:30 UTC at least nine large verified accounts posted near-identical "
                      "'send BTC, get double back' messages, all with the same destination address. Several posts split the address across lines "
                      "or wrote it as a payment URI, which is why some filters missed them. The money was moved out within the hour. If you sent "
                      "funds: screenshot everything, report to the police and IC3, and do NOT answer anyone promising to recover it for a fee.")
    for l in (["en"] * 3 + ["es", "fr", "de", "ja"]) if grp == "W1" else ["en", "en"]:
        t = when + dt.timedelta(minutes=R.randrange(40, 300))
        if grp == "W1":
            tm = R.choice([x for k, x in BANK[l]["BENIGN"] if k == "news" and "{ADDR}" in x])
            acc, dom = R.choice(NEWS_ACC[l])
            text, urls = fill(tm, dict(RECV=R.choice(["12.9 BTC", "$1.1M", "over 10 BTC"]), P="", NAME=R.choice(hij_accounts)["name"]),
                              {"ADDR": (W1_ADDR, []), "URL": link("https://www.%s/security/%d" % (dom, R.randrange(10000, 99999)))}, l)
            add_post(t=t, acc=acc, text=text, lang=l, source=acc["source"], label="benign", kind="news", urls=urls, addrs=[W1_ADDR])
        else:
            acc = R.choice(special["research"])
            dom = W2_URL.split("/")[2] if grp == "W2" else W3_URL.split("/")[2]
            text = R.choice(["Several verified accounts are posting the same link right now: {D}. Account takeovers, not partnerships. Don't connect anything.",
                             "Coordinated takeover in progress: at least five big accounts pushing {D} within 15 minutes. Drainer, avoid."]).replace("{D}", defang(dom))
            add_post(t=t, acc=acc, text=text, lang="en", source=acc["source"], label="benign", kind="research")

# victims needed for support replies
sup_plan = [(l, k) for (l, k, r) in REPLY_PLAN if r]
for l in LANGS:
    need = (sum(1 for (ll, k) in sup_plan if ll == l) + 1) // 2 - len(VICTIMS[l])
    vt = [x for k, x in BANK[l]["BENIGN"] if k == "victim"]
    for _ in range(max(0, need)):
        VICTIMS[l].append(benign_post(l, "victim", R.choice(vt), daytime(0, DAYS - 1)))

# pass B: support/fee replies to victims
for (l, kind, reply) in REPLY_PLAN:
    if reply:
        do_scam(l, kind, True)

# some helpful benign replies to victims
for l in LANGS:
    for v in VICTIMS[l]:
        if R.random() < .3:
            a = ordinary(l)
            if l == "en":
                txt = R.choice(HELP_EN).replace("{U}", v.acc["username"])
            else:
                txt = "@" + v.acc["username"] + " " + R.choice([x for k, x in BANK[l]["BENIGN"] if k == "warn"])
            add_post(t=v.t + dt.timedelta(minutes=R.randrange(5, 600)), acc=a, text=txt, lang=l, source=a["source"], label="benign",
                     kind="help", ref=("replied_to", v), reply_to=v.acc)

# retweets and quote-warnings of scam posts by ordinary accounts
scam_posts = [p for p in POSTS if p.label == "scam" and p.ref is None]
hij_scams = [p for p in scam_posts if p.acc["label"] == "hijacked"]
rt_targets = R.sample(hij_scams, min(26, len(hij_scams))) + R.sample([p for p in scam_posts if p.acc["label"] == "scammer"], 8)
for sp in rt_targets:
    a = ordinary(sp.lang if R.random() < .8 else "en")
    add_post(t=sp.t + dt.timedelta(seconds=R.randrange(30, 3600)), acc=a, text=None, lang=sp.lang, source=a["source"], label="benign",
             kind="retweet", ref=("retweeted", sp))
q_targets = R.sample(hij_scams, min(22, len(hij_scams))) + R.sample([p for p in scam_posts if p.acc["label"] == "scammer"], 10)
for sp in q_targets:
    l = sp.lang if R.random() < .75 else "en"
    a = ordinary(l)
    q = R.choice(BANK[l]["QUOTE"]).replace("{ORG}", sp.acc["name"])
    add_post(t=sp.t + dt.timedelta(seconds=R.randrange(60, 7200)), acc=a, text=q, lang=l, source=a["source"], label="benign",
             kind="quote", ref=("quoted", sp))

# plain chatter in all languages
for l in LANGS:
    items = CHAT_POOL[l]
    for tx in items:
        a = ordinary(l)
        obf = R.choice(["emoji_bullets", "emoji_between", "line_breaks"]) if R.random() < .04 else None
        text, _ = fill(tx, {}, {}, l, obf)
        add_post(t=daytime(0, DAYS), acc=a, text=text, lang=l, source=a["source"], label="benign", kind="chat", obf=obf)

# noise security events on normal accounts (no scam follows)
_posting = {id(p.acc) for p in POSTS}
normals_all = [a for a in ACCOUNTS if a["label"] == "normal" and id(a) in _posting]
for _ in range(24):
    a = R.choice(normals_all)
    EVENTS.append(dict(t=daytime(0, DAYS), acc=a, type=R.choice(["password_reset", "login_new_device", "phone_changed", "email_changed",
                                                                  "mfa_enabled", "session_revoked", "login_new_device"])))

# ------------------------------------------------------------------ finalise: clamp, sort, ids
for p in POSTS:
    if p.t >= END:
        p.t = END - dt.timedelta(seconds=R.randrange(60, 3600))
    if p.ref is not None and p.t <= p.ref[1].t:
        p.t = p.ref[1].t + dt.timedelta(seconds=R.randrange(20, 300))
    if p.acc["created"] >= p.t:
        p.acc["created"] = p.t - dt.timedelta(days=1)
for e in EVENTS:
    if e["t"] >= END:
        e["t"] = END - dt.timedelta(seconds=R.randrange(60, 3600))
    if e["acc"]["created"] >= e["t"]:
        e["acc"]["created"] = e["t"] - dt.timedelta(days=1)

POSTS.sort(key=lambda p: (p.t, p.key))
pid = FIRST_POST_ID
for p in POSTS:
    p.id = pid  # noqa
    pid += R.randrange(1, 40)

order = list(range(len(ACCOUNTS)))
R.shuffle(order)
for i, ai in enumerate(order):
    ACCOUNTS[ai]["id"] = str(FIRST_ACCOUNT_ID + i)


def user_obj(a):
    return {"id": a["id"], "username": a["username"], "name": a["name"], "verified": a["verified"],
            "created_at": iso(a["created"]), "public_metrics": {"followers_count": a["followers"]}}


def msg(p):
    text = p.text
    urls = list(p.urls)
    refs, inc_tweets, users = None, [], [user_obj(p.acc)]
    if p.ref is not None:
        typ, rp = p.ref
        refs = [{"type": typ, "id": str(rp.id)}]
        full = rp.text
        inc_tweets.append({"id": str(rp.id), "text": full if len(full) <= 280 else full[:279] + "\u2026", "author_id": rp.acc["id"]})
        if rp.acc is not p.acc:
            users.append(user_obj(rp.acc))
        if typ == "retweeted":
            text = "RT @%s: %s" % (rp.acc["username"], full)
            urls = list(rp.urls)
        elif typ == "quoted":
            l = tco()
            text = text + " " + l
            urls = urls + [(l, "https://twitter.com/%s/status/%d" % (rp.acc["username"], rp.id))]
    note = None
    if len(text) > 280:
        note = text
        text = text[:279] + "\u2026"
    d = {"id": str(p.id), "text": text, "author_id": p.acc["id"], "created_at": iso(p.t), "lang": p.lang, "source": p.source}
    if refs:
        d["referenced_tweets"] = refs
    if p.reply_to is not None:
        d["in_reply_to_user_id"] = p.reply_to["id"]
    if urls:
        ents = []
        src = note or text
        for (l, u) in urls:
            i = src.find(l)
            if i < 0:
                continue
            disp = re.sub(r"^https?://", "", u)
            ents.append({"start": i, "end": i + len(l), "url": l, "expanded_url": u, "display_url": disp if len(disp) <= 26 else disp[:25] + "\u2026"})
        if ents:
            d["entities"] = {"urls": ents}
    if note:
        d["note_tweet"] = {"text": note}
    inc = {"users": users}
    if inc_tweets:
        inc["tweets"] = inc_tweets
    return {"data": d, "includes": inc}


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    lines = []
    for p in POSTS:
        lines.append((p.t, 1, p.id, json.dumps(msg(p), ensure_ascii=False)))
    for i, e in enumerate(EVENTS):
        lines.append((e["t"], 0, i, json.dumps({"account_event": {"account_id": e["acc"]["id"], "type": e["type"],
                                                                  "created_at": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ")}}, ensure_ascii=False)))
    lines.sort(key=lambda x: (x[0], x[1], x[2]))
    with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for x in lines:
            f.write(x[3] + "\n")
    # labels
    used = {}
    for p in POSTS:
        used[p.acc["id"]] = p.acc
        if p.ref is not None:
            used[p.ref[1].acc["id"]] = p.ref[1].acc
        if p.reply_to is not None:
            used[p.reply_to["id"]] = p.reply_to
    for e in EVENTS:
        used[e["acc"]["id"]] = e["acc"]
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("kind,id,label\n# posts: scam or benign\n")
        for p in POSTS:
            f.write("post,%d,%s\n" % (p.id, p.label))
        f.write("# accounts: hijacked, scammer or normal\n")
        for aid in sorted(used, key=int):
            f.write("account,%s,%s\n" % (aid, used[aid]["label"]))
    with open(os.path.join(outdir, "addresses.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["address", "kind", "role", "used_in_post_ids"])
        usedin = {}
        for p in POSTS:
            for a in p.addrs:
                usedin.setdefault(a, []).append(str(p.id))
        for (a, k, role, c) in ADDRESSES:
            if a in usedin:
                w.writerow([a, k, role, " ".join(usedin[a])])
    # stats
    st = {"posts": len(POSTS), "events": len(EVENTS), "lines": len(lines),
          "scam": sum(p.label == "scam" for p in POSTS), "benign": sum(p.label == "benign" for p in POSTS),
          "accounts": {k: sum(1 for a in used.values() if a["label"] == k) for k in ("hijacked", "scammer", "normal")},
          "scam_by_lang": {l: sum(1 for p in POSTS if p.label == "scam" and p.lang == l) for l in LANGS},
          "benign_by_lang": {l: sum(1 for p in POSTS if p.label == "benign" and p.lang == l) for l in LANGS},
          "scam_by_kind": {}, "benign_by_kind": {}, "scam_obfuscation": {}, "hijack": {}}
    for p in POSTS:
        st["scam_by_kind" if p.label == "scam" else "benign_by_kind"][p.kind] = st["scam_by_kind" if p.label == "scam" else "benign_by_kind"].get(p.kind, 0) + 1
        if p.label == "scam":
            st["scam_obfuscation"][p.obf or "none"] = st["scam_obfuscation"].get(p.obf or "none", 0) + 1
    st["scam_from_hijacked"] = sum(1 for p in POSTS if p.label == "scam" and p.acc["label"] == "hijacked")
    st["scam_from_scammers"] = st["scam"] - st["scam_from_hijacked"]
    st["scam_replies"] = sum(1 for p in POSTS if p.label == "scam" and p.ref is not None)
    st["scam_with_url_entity"] = sum(1 for p in POSTS if p.label == "scam" and p.urls)
    st["scam_with_address"] = sum(1 for p in POSTS if p.label == "scam" and p.addrs)
    st["scam_note_tweet"] = sum(1 for p in POSTS if p.label == "scam" and len(p.text) > 280)
    crypto_kinds = {"news", "research", "warn", "victim", "charity", "exch", "price", "merch", "hacked", "dev", "retweet", "quote", "help"}
    st["benign_crypto_or_giveaway"] = sum(1 for p in POSTS if p.label == "benign" and p.kind in crypto_kinds)
    ev_before = 0
    new_client = 0
    for a, t0, t1, sc in HIJ_INFO:
        if any(e["acc"] is a and t0 - dt.timedelta(hours=4) <= e["t"] < t0 for e in EVENTS):
            ev_before += 1
        if sc[0].source != a["source"]:
            new_client += 1
    st["hijack"] = {"accounts": len(HIJ_INFO), "with_security_event_before": ev_before, "from_new_client": new_client,
                    "groups": {g: sum(1 for a, *_ in HIJ_INFO if a["group"] == g) for g in ("W1", "W2", "W3", "solo")},
                    "recovery_notices": sum(1 for p in POSTS if p.kind == "hacked" and p.acc["label"] == "hijacked")}
    st["addresses_in_manifest"] = sum(1 for _ in open(os.path.join(outdir, "addresses.csv"), encoding="utf-8")) - 1
    st["distinct_templates"] = {"scam_en": len(SCAM_EN), "benign_en": len(BENIGN_EN) + len(QUOTE_EN) + len(CHAT_EN) + len(ORG_EN) + sum(len(v) for v in SECTOR_EN.values()) + len(HELP_EN),
                                "scam_other_per_lang": {l: len(INTL[l]["SCAM"]) for l in INTL},
                                "benign_other_per_lang": {l: len(INTL[l]["BENIGN"]) + len(INTL[l]["QUOTE"]) + len(INTL[l]["CHAT"]) + len(INTL[l]["HIST"]) + len(INTL[l]["ORG"]) for l in INTL}}
    with open(os.path.join(outdir, "stats.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    write_readme(st, outdir)
    return st


def _table(d):
    return "\n".join("| %s | %s |" % (k, v) for k, v in d.items())


def write_readme(st, outdir):
    tmpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    lang_rows = "\n".join("| %s | %d | %d |" % (l, st["scam_by_lang"][l], st["benign_by_lang"][l]) for l in LANGS)
    rep = {"@POSTS@": st["posts"], "@EVENTS@": st["events"], "@LINES@": st["lines"], "@SCAM@": st["scam"], "@BENIGN@": st["benign"],
           "@HIJ@": st["accounts"]["hijacked"], "@SCAMMER@": st["accounts"]["scammer"], "@NORMAL@": st["accounts"]["normal"],
           "@LANG_ROWS@": lang_rows, "@SCAM_KIND@": _table(st["scam_by_kind"]), "@BENIGN_KIND@": _table(st["benign_by_kind"]),
           "@OBF@": _table(st["scam_obfuscation"]), "@SCAM_HIJ@": st["scam_from_hijacked"], "@SCAM_SCAMMER@": st["scam_from_scammers"],
           "@REPLIES@": st["scam_replies"], "@URLS@": st["scam_with_url_entity"], "@ADDRS@": st["scam_with_address"],
           "@NOTE@": st["scam_note_tweet"], "@CRYPTO_BENIGN@": st["benign_crypto_or_giveaway"],
           "@HEV@": st["hijack"]["with_security_event_before"], "@HNC@": st["hijack"]["from_new_client"],
           "@W1@": st["hijack"]["groups"]["W1"], "@W2@": st["hijack"]["groups"]["W2"], "@W3@": st["hijack"]["groups"]["W3"],
           "@SOLO@": st["hijack"]["groups"]["solo"], "@REC@": st["hijack"]["recovery_notices"], "@MAN@": st["addresses_in_manifest"],
           "@T_SCAM_EN@": st["distinct_templates"]["scam_en"], "@T_BEN_EN@": st["distinct_templates"]["benign_en"],
           "@T_SCAM_OTHER@": min(st["distinct_templates"]["scam_other_per_lang"].values()),
           "@T_BEN_OTHER@": min(st["distinct_templates"]["benign_other_per_lang"].values())}
    for k, v in rep.items():
        tmpl = tmpl.replace(k, str(v))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(tmpl)


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    st = main(out)
    print(json.dumps({k: st[k] for k in ("posts", "events", "scam", "benign", "accounts")}, ensure_ascii=False))

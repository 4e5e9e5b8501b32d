#!/usr/bin/env python3
"""Deterministic generator for the blind2 held-out corpus.

Usage:  python3 make_blind2.py [OUTDIR]   (writes posts.jsonl, labels.csv, meta.csv,
                                       addresses.csv next to this file)
Standard library only; fixed seed; no wall clock; output independent of
PYTHONHASHSEED (no set/dict-hash ordering is ever used for choices).
"""
import collections
import csv
import datetime as dt
import importlib
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import addrs  # noqa: E402

SEED = 20261128
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
T = {l: importlib.import_module("texts_" + l) for l in LANGS}

TARGET_SCAM = {l: (160 if l == "en" else 28) for l in LANGS}
TARGET_NEG = {l: (160 if l == "en" else 28) for l in LANGS}
HIJ_PER_LANG = {l: (20 if l == "en" else 2) for l in LANGS}
REPLY_SCAMS = {l: (28 if l == "en" else 5) for l in LANGS}
RT_NEG = {l: (8 if l == "en" else 2) for l in LANGS}
REPLY_NEG = {l: (8 if l == "en" else 2) for l in LANGS}

START = dt.datetime(2026, 12, 1, 0, 0, 0)
END = dt.datetime(2027, 1, 31, 23, 59, 59)

# ---------------------------------------------------------------- fiction
FAMOUS = [  # display, company, domain base, short base
    ("Aurelio Brandt", "Voltaris Motors", "aureliobrandt", "brandt"),
    ("Mira Castellanos", "Castellanos Capital", "miracastellanos", "castellanos"),
    ("Tobias Wren", "Wren Orbital", "tobiaswren", "wren"),
    ("Selin Arkadaş", "Arkadaş Labs", "selinarkadas", "arkadas"),
    ("Dmitri Volkhov", "Volkhov Chain", "dvolkhov", "volkhov"),
    ("Kenji Morimoto", "Morimoto Robotics", "kenjimorimoto", "morimoto"),
    ("Layla Haddad", "Haddad Ventures", "laylahaddad", "haddad"),
    ("Jonah Pryce", "Pryce Foundation", "jonahpryce", "pryce"),
]
BRANDS = [  # name, official domain, official handle, base, type
    ("Kestrex", "kestrex.com", "Kestrex", "kestrex", "exchange"),
    ("Bitvanta", "bitvanta.io", "Bitvanta", "bitvanta", "exchange"),
    ("Coinora", "coinora.com", "CoinoraHQ", "coinora", "exchange"),
    ("Lumio Wallet", "lumiowallet.app", "LumioWallet", "lumio", "wallet"),
    ("Vaultly", "vaultly.io", "VaultlyApp", "vaultly", "wallet"),
    ("Nimbus Swap", "nimbusswap.xyz", "NimbusSwap", "nimbusswap", "dex"),
]
PROJECTS = [  # name, token, official domain, base
    ("Solvane", "$SLVN", "solvane.xyz", "solvane"),
    ("Arcadia Layer", "$ARCL", "arcadialayer.org", "arcadia"),
    ("Pebble Finance", "$PBL", "pebble.finance", "pebble"),
    ("Quillchain", "$QUIL", "quillchain.io", "quillchain"),
    ("Orbitra", "$ORBT", "orbitra.network", "orbitra"),
]
OSS = ["Libreboard", "OpenTide", "kettle.js", "Marrow DB", "Pinecone Shelter", "Tinyglyph",
       "Freewheel Maps", "Hearth OS"]
CITIES = ["Lisbon", "Berlin", "Singapore", "Dubai", "Seoul", "Tokyo", "Istanbul", "Buenos Aires",
          "Milan", "Paris", "Madrid", "São Paulo"]
EMOJI = ["🚀", "💰", "🔥", "✅", "💎", "🎁", "⚡", "🤑", "📈", "🌕", "👉", "⭐"]
SRC_NORMAL = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad",
              "TweetDeck Web App"]
SRC_SOCIAL = ["Hootsuite Inc.", "Sprout Social", "Buffer", "Later.com"]
SRC_SCAM = ["Twitter Web App", "Twitter for Android", "Twitter Web App", "AutoPoster Cloud",
            "Twitter for iPhone"]
EVENT_TYPES = ["password_reset", "email_changed", "login_new_device", "2fa_disabled",
               "phone_number_removed", "session_new_location"]
BENIGN_EVENT_TYPES = ["password_reset", "login_new_device", "2fa_enabled", "email_changed"]

SCAM_CHAINS = ["btc_p2pkh", "btc_p2sh", "btc_bech32", "btc_bech32", "btc_taproot", "eth", "eth",
               "eth_lower", "sol", "trx", "xrp", "doge", "ltc", "ltc_bech32", "ada"]
AMOUNTS = {  # min choices, max choices
    "BTC": ([0.01, 0.02, 0.05, 0.1], [2, 5, 10, 20, 50]),
    "ETH": ([0.1, 0.2, 0.5, 1], [25, 50, 100, 250]),
    "SOL": ([5, 10, 20], [1000, 2500, 5000]),
    "TRX": ([1000, 2500, 5000], [500000, 1000000]),
    "XRP": ([500, 1000, 2000], [250000, 500000]),
    "DOGE": ([5000, 10000], [2000000, 5000000]),
    "LTC": ([1, 2, 5], [500, 1000]),
    "ADA": ([1000, 2000, 5000], [500000, 1000000]),
}
TIER_BASE = {"BTC": [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], "ETH": [0.5, 1, 2.5, 5, 10, 25],
             "SOL": [10, 25, 50, 100, 250], "TRX": [2500, 10000, 50000, 100000],
             "XRP": [1000, 5000, 20000, 50000], "DOGE": [10000, 50000, 250000, 1000000],
             "LTC": [2, 5, 10, 50], "ADA": [2000, 5000, 20000, 100000]}
EXPLORER = {
    "BTC": ["https://blockstream.info/address/{a}", "https://mempool.space/address/{a}",
            "https://www.blockchain.com/explorer/addresses/btc/{a}"],
    "ETH": ["https://etherscan.io/address/{a}", "https://blockscan.com/address/{a}"],
    "SOL": ["https://solscan.io/account/{a}", "https://explorer.solana.com/address/{a}"],
    "TRX": ["https://tronscan.org/#/address/{a}"],
    "XRP": ["https://xrpscan.com/account/{a}", "https://livenet.xrpl.org/accounts/{a}"],
    "DOGE": ["https://blockchair.com/dogecoin/address/{a}"],
    "LTC": ["https://blockchair.com/litecoin/address/{a}", "https://litecoinspace.org/address/{a}"],
    "ADA": ["https://cardanoscan.io/address/{a}"],
}
ARROWS = ["→", "➡️", "=>", "->", "⟶", "➜", "👉", "⇒"]
TLDS = [".live", ".com", ".net", ".org", ".io", ".app", ".events", ".gift", ".site", ".online",
        ".xyz", ".promo", ".top", ".info", ".today"]
WORDS_EVENT = ["event", "live", "gift", "x2", "double", "promo", "official", "giveaway", "bonus",
               "stream", "2026", "drop", "btc", "eth"]
WORDS_DRAIN = ["claim", "airdrop", "mint", "rewards", "drop", "portal", "eligibility"]
WORDS_VALID = ["sync", "validate", "wallet", "connect", "restore", "secure", "migrate", "verify"]
WORDS_SUPPORT = ["support", "help", "desk", "care", "ticket", "assist"]


class Ctx:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.arng = random.Random(SEED + 1)  # address bytes
        self.accounts = []
        self.items = []  # posts and events
        self.seq = 0
        self.usernames = set()
        self.cursor = {}
        self.scam_domains = {l: [] for l in LANGS}
        self.scam_addrs = {l: [] for l in LANGS}
        self.scam_posts = {l: [] for l in LANGS}
        self.victims = {l: [] for l in LANGS}
        self.tco_used = set()


C = Ctx()
R = C.rng


# ---------------------------------------------------------------- helpers
def fmt_num(lang, x):
    mod = T[lang]
    if abs(x - round(x)) < 1e-9:
        s = "{:,}".format(int(round(x)))
        return s.replace(",", mod.THOU)
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s.replace(".", mod.DEC)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def clamp(t):
    return max(START, min(END, t))


def rand_time(lo=START, hi=END):
    span = int((hi - lo).total_seconds())
    return lo + dt.timedelta(seconds=R.randint(0, max(0, span)))


def pick(lang, key, kind):
    """Cycle through a shuffled template list so every phrasing is used evenly."""
    lst = getattr(T[lang], key)[kind]
    ck = (lang, key, kind)
    if ck not in C.cursor or C.cursor[ck][1] >= len(lst):
        order = list(range(len(lst)))
        R.shuffle(order)
        C.cursor[ck] = [order, 0]
    order, i = C.cursor[ck]
    C.cursor[ck][1] = i + 1
    return lst[order[i]]


def tco():
    al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    while True:
        c = "https://t.co/" + "".join(R.choice(al) for _ in range(10))
        if c not in C.tco_used:
            C.tco_used.add(c)
            return c


def new_username(base):
    base = re.sub(r"[^A-Za-z0-9_]", "", base)[:15] or "user"
    u = base
    while u.lower() in C.usernames:
        u = base[:11] + str(R.randint(1, 9999))
    C.usernames.add(u.lower())
    return u


def person(lang):
    m = T[lang]
    f = R.choice(m.FIRST)
    l = R.choice(m.LAST)
    if m.NAME_ORDER == "lf":
        disp = l[0] + m.NAME_SEP + f[0]
    else:
        disp = f[0] + m.NAME_SEP + l[0]
    style = R.randint(0, 5)
    if style == 0:
        un = f[1] + "_" + l[1]
    elif style == 1:
        un = f[1][0] + l[1]
    elif style == 2:
        un = f[1] + l[1] + str(R.randint(1, 99))
    elif style == 3:
        un = l[1] + "_" + f[1][:3]
    elif style == 4:
        un = f[1] + l[1][:4]
    else:
        un = f[1].capitalize() + l[1].capitalize()
    return disp, un


def make_account(lang, role, name, uname, verified, created, followers):
    acc = {"id": str(8600001 + len(C.accounts)), "username": new_username(uname), "name": name,
           "verified": verified, "created_at": iso(created), "followers": followers,
           "role": role, "lang": lang}
    C.accounts.append(acc)
    return acc


def user_obj(acc):
    return {"id": acc["id"], "username": acc["username"], "name": acc["name"],
            "verified": acc["verified"], "created_at": acc["created_at"],
            "public_metrics": {"followers_count": acc["followers"]}}


def loguni(lo, hi):
    import math
    return int(math.exp(R.uniform(math.log(lo), math.log(hi))))


def add_post(t, lang, acc, text, kind, label, source, **kw):
    C.seq += 1
    p = {"t": clamp(t), "seq": C.seq, "lang": lang, "acc": acc, "text": text, "kind": kind,
         "label": label, "source": source, "urls": kw.get("urls", []), "ref": kw.get("ref"),
         "reftype": kw.get("reftype"), "addrs": kw.get("addrs", []), "obf": kw.get("obf", ""),
         "addr_form": kw.get("addr_form", ""), "link_form": kw.get("link_form", ""),
         "wave": kw.get("wave", "")}
    C.items.append(("post", p))
    return p


def add_event(t, acc, etype):
    C.seq += 1
    C.items.append(("event", {"t": clamp(t), "seq": C.seq, "acc": acc, "type": etype}))


# ---------------------------------------------------------------- addresses / links
def new_addr(chain=None):
    chain = chain or R.choice(SCAM_CHAINS)
    return chain, addrs.gen(chain, C.arng)


def shorten(a):
    k = R.randint(4, 6)
    return a[:k] + R.choice(["…", "...", "..", "***"]) + a[-R.randint(4, 5):]


def addr_form(chain, a, lang, forms=("plain",) * 6 + ("uri", "uri", "explorer", "explorer", "split")):
    coin = addrs.COIN[chain]
    f = R.choice(forms)
    if f == "uri" and coin not in ("BTC", "ETH"):
        f = "explorer"
    if f == "uri":
        if coin == "BTC":
            q = R.choice(["", "?amount=" + R.choice(["0.1", "0.05", "0.5", "1"]), "?label=Giveaway"])
            return "bitcoin:" + a + q, f
        return "ethereum:" + a + R.choice(["", "@1", "?value=1e18"]), f
    if f == "explorer":
        return R.choice(EXPLORER[coin]).format(a=a), f
    if f == "split":
        parts, i = [], 0
        while i < len(a):
            k = R.randint(4, 8)
            parts.append(a[i:i + k])
            i += k
        return " ".join(parts), f
    return a, f


def lookalike(base, words):
    style = R.choice(["hyphen", "hyphen", "hyphen", "add", "swap", "digit", "hyphen2"])
    b = base
    if style == "hyphen":
        d = b + "-" + R.choice(words)
    elif style == "hyphen2":
        d = R.choice(words) + "-" + b
    elif style == "add":
        i = R.randint(1, len(b) - 1)
        d = b[:i] + b[i - 1] + b[i:]
    elif style == "swap":
        i = R.randint(1, len(b) - 2)
        d = b[:i] + b[i + 1] + b[i] + b[i + 2:]
        if d == b:
            d = b + "s"
    else:
        subs = [(c, r) for c, r in (("o", "0"), ("i", "1"), ("l", "1"), ("e", "3"), ("a", "4"),
                                     ("s", "5")) if c in b]
        if subs:
            c, r = R.choice(subs)
            idx = [k for k, ch in enumerate(b) if ch == c]
            k = R.choice(idx)
            d = b[:k] + r + b[k + 1:]
        else:
            d = b + "-" + R.choice(words)
    return d + R.choice(TLDS), style


def link_form(domain, path, forms=("plain", "plain", "bare", "defang", "tco", "tco")):
    f = R.choice(forms)
    if f == "plain":
        return "https://" + domain + path, [], f
    if f == "bare":
        return domain + path, [], f
    if f == "tco":
        c = tco()
        return c, [{"url": c, "expanded_url": "https://" + domain + path}], f
    name, tld = domain.rsplit(".", 1)
    v = R.randint(0, 3)
    if v == 0:
        return name + "[.]" + tld + path, [], "defang_brackets"
    if v == 1:
        return "hxxps://" + name + "[.]" + tld + path, [], "defang_hxxp"
    if v == 2:
        return name + " . " + tld, [], "defang_spaces"
    return name + " dot " + tld, [], "defang_dot"


def tiers_table(lang, coin, mult=2):
    base = TIER_BASE[coin]
    k = R.randint(3, min(5, len(base)))
    st = R.randint(0, len(base) - k)
    arrow = R.choice(ARROWS)
    bullet = R.choice(["", "• ", "✅ ", "▪️ ", "- "])
    lines = [f"{bullet}{fmt_num(lang, a)} {coin} {arrow} {fmt_num(lang, a * mult)} {coin}"
             for a in base[st:st + k]]
    return "\n".join(lines)


def paid_list(lang, chain, coin):
    n = R.randint(3, 6)
    mark = R.choice(["✅", "✔️", "☑️", "🟢"])
    base = TIER_BASE[coin]
    out = []
    for _ in range(n):
        a = addrs.gen(chain, C.arng)
        amt = R.choice(base) * 2
        style = R.randint(0, 2)
        if style == 0:
            out.append(f"{mark} {shorten(a)} +{fmt_num(lang, amt)} {coin}")
        elif style == 1:
            tx = "".join(R.choice("0123456789abcdef") for _ in range(8))
            out.append(f"{shorten(a)} | {fmt_num(lang, amt)} {coin} | tx {tx}… {mark}")
        else:
            out.append(f"{mark} {fmt_num(lang, amt / 2)} → {fmt_num(lang, amt)} {coin}  {shorten(a)}")
    return "\n".join(out)


def phone():
    # numbers from ranges reserved for fiction (US 555-01xx, UK 07700 900xxx)
    if R.random() < 0.5:
        return f"+1 ({R.choice(['202', '312', '415', '646', '702'])}) 555-01{R.randint(0, 99):02d}"
    return f"+44 7700 900{R.randint(0, 999):03d}"


def persona(lang, kind, famous=None, brand=None, project=None):
    """A coherent set of payloads for one scam account (reused across its posts)."""
    fam = famous or R.choice(FAMOUS)
    br = brand or R.choice(BRANDS)
    pr = project or R.choice(PROJECTS)
    chain, a = new_addr()
    fee_chain, fee_a = new_addr(R.choice(["eth", "eth_lower", "btc_bech32", "trx", "sol"]))
    if kind in ("link_event",):
        base = R.choice([fam[2], fam[3], br[3], fam[3] + br[3][:4]])
        dom, dstyle = lookalike(base, WORDS_EVENT)
        path = R.choice(["", "", "/live", "/event", "/qr", "/claim", "/giveaway", "/watch"])
    elif kind == "drainer":
        dom, dstyle = lookalike(pr[3], WORDS_DRAIN)
        path = R.choice(["", "/claim", "/airdrop", "/mint", "/connect", "/check"])
    elif kind == "validate":
        dom, dstyle = lookalike(br[3], WORDS_VALID)
        path = R.choice(["", "/validate", "/sync", "/migrate", "/restore", "/dapp"])
    elif kind == "support":
        dom, dstyle = lookalike(br[3], WORDS_SUPPORT)
        path = R.choice(["/ticket", "/form", "/case", "/help"])
    else:
        dom, dstyle = lookalike(R.choice([fam[3], br[3], "crypto", "btc", "web3"]), WORDS_EVENT)
        path = R.choice(["", "/join", "/vip", "/bonus"])
    first = R.choice(T["en"].FIRST)[1]
    hsuffix = R.choice(["HelpDesk", "Support", "Care", "_Assist", "Help247", "Desk", "_Team"])
    rec = R.choice(["Recover", "CyberFix", "TraceAsset", "Funds_Back", "HackRetriev", "ChainTrace"])
    return {
        "fam": fam, "brand": br, "proj": pr, "chain": chain, "addr": a,
        "fee_chain": fee_chain, "fee_addr": fee_a,
        "domain": dom, "dstyle": dstyle, "path": path,
        "support_handle": "@" + br[2] + hsuffix,
        "rec_handle": "@" + rec + "_" + first.capitalize(),
        "tg": "t.me/" + (first + "_" + R.choice(["mentor", "fx", "trades", "signals", "invest"]) if kind == "mentor"
                         else br[3] + "_" + R.choice(["support", "help", "desk"]) if kind == "support"
                         else rec + first.capitalize()),
        "wa": "wa.me/" + R.choice(["1" + R.choice(["202", "312", "646"]) + "55501" + "%02d" % R.randint(0, 99),
                                   "447700900" + "%03d" % R.randint(0, 999)]),
        "phone": phone(),
        "pct": R.choice([20, 25, 30, 35, 40, 45, 50, 60, 80]),
    }


# ---------------------------------------------------------------- obfuscation
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
        "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
        "C": "С", "T": "Т", "X": "Х"}
HOMO_RU = {v: k for k, v in HOMO.items() if k.islower()}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7", "A": "4", "E": "3",
        "O": "0", "I": "1", "S": "5"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
AR_NONJOIN = set("اأإآدذرزوؤءةى")


def obf_kinds(lang):
    if lang in ("en", "es", "pt", "fr", "de", "it", "tr"):
        return ["emoji", "spaced", "fullwidth", "homoglyph", "zerowidth", "leet", "linebreak"]
    if lang == "ru":
        return ["emoji", "spaced", "homoglyph", "zerowidth", "linebreak"]
    if lang == "ar":
        return ["emoji", "tatweel", "tatweel", "tatweel", "zerowidth", "linebreak", "spaced"]
    return ["emoji", "spaced", "fullwidth", "zerowidth", "linebreak"]


def _is_word(w):
    return any(ch.isalpha() for ch in w)


def obf_piece(piece, how, lang):
    toks = re.split(r"(\s+)", piece)
    out = []
    for tok in toks:
        if not tok or tok.isspace():
            if tok and how == "emoji" and R.random() < 0.45 and "\n" not in tok:
                tok = " " + R.choice(EMOJI) + " "
            elif tok and how == "linebreak" and R.random() < 0.25:
                tok = "\n"
            out.append(tok)
            continue
        w = tok
        if how == "spaced" and len(w) >= 4 and _is_word(w) and R.random() < 0.3:
            w = " ".join(w)
        elif how == "fullwidth" and R.random() < 0.5:
            w = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in w)
        elif how == "homoglyph" and R.random() < 0.6:
            table = HOMO_RU if lang == "ru" else HOMO
            w = "".join(table.get(ch, ch) if R.random() < 0.6 else ch for ch in w)
        elif how == "zerowidth" and len(w) >= 3 and R.random() < 0.5:
            k = R.randint(1, len(w) - 1)
            w = w[:k] + R.choice(ZW) + w[k:]
        elif how == "leet" and R.random() < 0.5:
            w = "".join(LEET.get(ch, ch) if R.random() < 0.7 else ch for ch in w)
        elif how == "tatweel" and R.random() < 0.6:
            nw = ""
            for i, ch in enumerate(w):
                nw += ch
                if (i + 1 < len(w) and "\u0620" <= ch <= "\u064a" and ch not in AR_NONJOIN
                        and "\u0620" <= w[i + 1] <= "\u064a" and R.random() < 0.6):
                    nw += "ـ" * R.randint(1, 3)
            w = nw
        elif how in ("emoji", "spaced", "zerowidth") and lang in ("ja", "zh") and len(w) >= 4 \
                and R.random() < 0.5:
            # scripts without spaces: insert inside the run of characters
            k = R.randint(1, len(w) - 1)
            ins = {"emoji": R.choice(EMOJI), "spaced": " ", "zerowidth": R.choice(ZW)}[how]
            w = w[:k] + ins + w[k:]
        out.append(w)
    return "".join(out)


SLOT_RE = re.compile(r"(\{[a-z_]+\})")


def render(tmpl, slots, obf=None, lang="en"):
    parts = SLOT_RE.split(tmpl)
    out = []
    for p in parts:
        if SLOT_RE.fullmatch(p):
            out.append(str(slots[p[1:-1]]))
        elif obf:
            out.append(obf_piece(p, obf, lang))
        else:
            out.append(p)
    return "".join(out)


# ---------------------------------------------------------------- scam posts
def scam_slots(lang, kind, pe, forms_addr=None, forms_link=None, shared=None):
    coin_chain = pe["chain"]
    a = pe["addr"]
    if shared and shared.get("addr"):
        coin_chain, a = shared["addr"]
    coin = addrs.COIN[coin_chain]
    mn = R.choice(AMOUNTS[coin][0])
    mx = R.choice(AMOUNTS[coin][1])
    used_addrs = []
    af = ""
    if forms_addr:
        af_text, af = addr_form(coin_chain, a, lang, forms_addr)
    else:
        af_text, af = addr_form(coin_chain, a, lang)
    fee_text, _ = addr_form(pe["fee_chain"], pe["fee_addr"], lang, ("plain",))
    domain, path = pe["domain"], pe["path"]
    if shared and shared.get("link"):
        domain, path = shared["link"]
    lk, urls, lf = link_form(domain, path, forms_link or ("plain", "plain", "bare", "defang", "tco", "tco"))
    fc = addrs.COIN[pe["fee_chain"]]
    fee_amt = {"ETH": R.choice([0.01, 0.02, 0.05]), "BTC": R.choice([0.001, 0.002, 0.005]),
               "TRX": R.choice([100, 250, 500]), "SOL": R.choice([0.2, 0.5, 1])}[fc]
    s = {
        "coin": coin, "addr": af_text, "min": fmt_num(lang, mn), "max": fmt_num(lang, mx),
        "mins": R.choice([15, 20, 30, 30, 45, 60, 90]), "hours": R.choice([2, 3, 6, 12, 24, 48]),
        "name": pe["fam"][0], "company": pe["fam"][1], "brand": pe["brand"][0],
        "token": pe["proj"][1], "project": pe["proj"][0], "n": R.choice([50, 100, 200, 500, 1000, 5000]),
        "tiers": tiers_table(lang, coin), "paid": paid_list(lang, coin_chain, coin), "link": lk,
        "handle": pe["support_handle"] if kind == "support" else pe["rec_handle"],
        "tg": pe["tg"], "wa": pe["wa"], "phone": pe["phone"],
        "fee": fmt_num(lang, fee_amt) + " " + fc, "feeaddr": fee_text, "pct": pe["pct"],
    }
    return s, af, lk, urls, lf, (coin_chain, a), (pe["fee_chain"], pe["fee_addr"]), domain


def make_scam(lang, kind, acc, t, source, pe, shared=None, reply_to=None, obf_p=0.28, wave=""):
    tmpl = pick(lang, "SCAM", kind)
    s, af, lk, urls, lf, main, fee, domain = scam_slots(lang, kind, pe, shared=shared)
    obf = R.choice(obf_kinds(lang)) if R.random() < obf_p else None
    text = render(tmpl, s, obf, lang)
    used = []
    if "{addr}" in tmpl:
        used.append(main + (af,))
    if "{feeaddr}" in tmpl:
        used.append(fee + ("plain",))
    if "{link}" not in tmpl:
        urls, lf = [], ""
    else:
        C.scam_domains[lang].append(domain)
    if "{addr}" not in tmpl:
        af = ""
    if "{addr}" in tmpl:
        C.scam_addrs[lang].append(main[1])
    kw = dict(urls=urls, addrs=used, obf=obf or "", addr_form=af, link_form=lf, wave=wave)
    if reply_to is not None:
        text = "@" + reply_to["acc"]["username"] + " " + text
        kw.update(ref=reply_to, reftype="replied_to")
    p = add_post(t, lang, acc, text, kind, "scam", source, **kw)
    if reply_to is None:
        C.scam_posts[lang].append(p)
    return p


# ---------------------------------------------------------------- benign slots
def neg_slots(lang, kind, br=None, pr=None):
    fam = R.choice(FAMOUS)
    br = br or R.choice(BRANDS)
    pr = pr or R.choice(PROJECTS)
    # scam domain / address quoted by news or warnings (often one seen in the corpus)
    if kind == "warning":
        cand = [d for d in C.scam_domains[lang] if br[3][:5] in d]
        dom = R.choice(cand) if cand and R.random() < 0.6 else \
            lookalike(br[3], WORDS_EVENT + WORDS_VALID + WORDS_SUPPORT)[0]
    elif C.scam_domains[lang] and R.random() < 0.6:
        dom = R.choice(C.scam_domains[lang])
    else:
        dom, _ = lookalike(R.choice([fam[3], br[3], pr[3]]), WORDS_EVENT + WORDS_DRAIN)
    v = R.randint(0, 5)
    if v == 0:
        sdom = dom.rsplit(".", 1)[0] + "[.]" + dom.rsplit(".", 1)[1]
    elif v == 1:
        sdom = '"' + dom + '"'
    else:
        sdom = dom
    if C.scam_addrs[lang] and R.random() < 0.6:
        sa = R.choice(C.scam_addrs[lang])
    else:
        sa = new_addr()[1]
    bchain, ba = new_addr(R.choice(["btc_bech32", "btc_taproot", "eth", "eth", "eth_lower", "sol",
                                    "ltc", "doge", "xrp", "ada", "btc_p2pkh"]))
    btext, bform = addr_form(bchain, ba, lang, ("plain", "plain", "plain", "uri", "explorer"))
    coin = R.choice(["BTC", "ETH", "SOL", "XRP", "DOGE", "ADA", "LTC", "TRX"])
    opath = R.choice(["/promo", "/campaign/winter", "/terms", "/airdrop", "/blog/update",
                      "/events", "/en/rewards", ""])
    if R.random() < 0.5:
        olink, urls = "https://" + (pr[2] if kind == "official_airdrop" else br[1]) + opath, []
    else:
        c = tco()
        olink = c
        urls = [{"url": c, "expanded_url": "https://" + (pr[2] if kind == "official_airdrop" else br[1]) + opath}]
    cities = getattr(T[lang], "CITIES", CITIES)
    s = {
        "name": fam[0], "company": fam[1], "brand": br[0], "bhandle": "@" + br[2],
        "odomain": br[1], "sdomain": sdom, "saddr": sa, "coin": coin,
        "min": fmt_num(lang, R.choice(AMOUNTS[coin][0])), "max": fmt_num(lang, R.choice(AMOUNTS[coin][1])),
        "n": R.choice([3, 5, 10, 12, 20, 25, 40, 100, 250]), "addr": btext,
        "bcoin": addrs.COIN[bchain], "project": R.choice(OSS), "pct": R.choice([10, 20, 25, 50, 100]),
        "olink": olink, "token": pr[1], "proj": pr[0], "pdomain": pr[2],
        "x": R.choice([2, 3, 5, 10, 20, 100]), "apy": fmt_num(lang, R.choice([3.2, 4.5, 5.1, 7.8, 12, 18.5])),
        "ver": f"{R.randint(1, 7)}.{R.randint(0, 24)}.{R.randint(0, 9)}", "city": R.choice(cities),
        "mins": R.choice([10, 30, 60]), "hours": R.choice([2, 24, 48]),
    }
    return s, urls, (bchain, ba, bform), dom


def make_neg(lang, kind, acc, t, source, ref=None, reftype=None, slots_over=None, br=None, pr=None):
    tmpl = pick(lang, "NEG", kind)
    s, urls, baddr, dom = neg_slots(lang, kind, br, pr)
    if slots_over:
        s.update(slots_over)
    text = render(tmpl, s)
    used = []
    if "{addr}" in tmpl:
        used.append((baddr[0], baddr[1], baddr[2]))
    if "{saddr}" in tmpl:
        # quoted scam address: validate too
        ch = guess_chain(s["saddr"])
        if ch:
            used.append((ch, s["saddr"], "quoted"))
    if "{olink}" not in tmpl:
        urls = []
    kw = dict(urls=urls, addrs=used)
    if ref is not None:
        kw.update(ref=ref, reftype=reftype)
        if reftype == "replied_to":
            text = "@" + ref["acc"]["username"] + " " + text
    return add_post(t, lang, acc, text, kind, "benign", source, **kw)


def guess_chain(a):
    for ch in addrs.CHAINS:
        if addrs.validate(ch, a):
            return ch
    return None


# ---------------------------------------------------------------- accounts
def normal_account(lang, org=False):
    m = T[lang]
    if org and m.ORGS:
        disp, un = R.choice(m.ORGS)
        if R.random() < 0.5:
            un = un + R.choice(["", "_news", "HQ", "_daily", "Media"])
        acc = make_account(lang, "normal", disp, un, R.random() < 0.6,
                           rand_time(dt.datetime(2009, 6, 1), dt.datetime(2020, 1, 1)), loguni(5000, 3000000))
    else:
        disp, un = person(lang)
        acc = make_account(lang, "normal", disp, un, R.random() < 0.15,
                           rand_time(dt.datetime(2009, 1, 1), dt.datetime(2026, 6, 1)), loguni(15, 90000))
    acc["src"] = R.choice(SRC_NORMAL)
    return acc


BRAND_ACC = {}
PROJ_ACC = {}


def project_account(lang, pr):
    k = (lang, pr[0])
    if k not in PROJ_ACC:
        un = pr[3] if lang == "en" else pr[3] + "_" + lang
        acc = make_account(lang, "normal", pr[0] + ("" if lang == "en" else " " + lang.upper()), un, True,
                           rand_time(dt.datetime(2020, 1, 1), dt.datetime(2025, 6, 1)), loguni(8000, 900000))
        acc["src"] = R.choice(["Twitter Web App", "Typefully", "Hypefury"])
        PROJ_ACC[k] = acc
    return PROJ_ACC[k]


def brand_account(lang, brand):
    k = (lang, brand[0])
    if k not in BRAND_ACC:
        un = brand[2] if lang == "en" else brand[2] + "_" + lang.upper()
        acc = make_account(lang, "normal", brand[0] + ("" if lang == "en" else " " + lang.upper()), un, True,
                           rand_time(dt.datetime(2014, 1, 1), dt.datetime(2019, 1, 1)), loguni(40000, 4000000))
        acc["src"] = R.choice(["Sprout Social", "Twitter Web App", "Hootsuite Inc."])
        BRAND_ACC[k] = acc
    return BRAND_ACC[k]


def scammer_account(lang, kind, pe, created_before):
    fam, br, pr = pe["fam"], pe["brand"], pe["proj"]
    en_first = R.choice(T["en"].FIRST)[1]
    if kind in ("doubling", "tiers", "paid_list", "link_event"):
        if R.random() < 0.7:
            disp = fam[0] + R.choice(["", " 🚀", " Live", " | Giveaway", " (Official)", " ✓", " Event"])
            un = fam[2][:9] + R.choice(["_live", "_event", "give", "_x2", "_gift", "0", "_", "_btc"])
        else:
            disp = br[0] + R.choice([" Events", " Promo", " Official", " Rewards"])
            un = br[3] + R.choice(["_events", "_promo", "official", "_reward"])
    elif kind == "drainer":
        disp = pr[0] + R.choice([" Airdrop", " | Claim", " Official", " 🪂"])
        un = pr[3][:9] + R.choice(["_claim", "_drop", "airdrop", "_mint"])
    elif kind == "validate":
        disp = br[0] + R.choice([" Sync", " Security", " Assist", " Wallet Team"])
        un = br[3] + R.choice(["_sync", "secure", "_assist", "_team"])
    elif kind == "support":
        disp = br[0] + R.choice([" Support", " Help Desk", " Care 24/7", " Customer Service"])
        un = pe["support_handle"][1:]
    elif kind == "recovery":
        disp = R.choice(T["en"].FIRST)[0] + R.choice([" | Crypto Recovery", " 🔐 Recovery", " Cyber Expert",
                                                      " (Funds Tracer)"])
        un = pe["rec_handle"][1:]
    elif kind == "mentor":
        d, u = person(lang)
        disp = d + R.choice([" 📈", " | Crypto Mentor", " FX & BTC", " 💹"])
        un = u + R.choice(["_fx", "trades", "_mentor", "invest"])
    else:
        disp = R.choice(["Crypto Gifts Daily", "Web3 Rewards", "Free Coins Hub", "BTC Community Drop",
                         br[0] + " Gifts"])
        un = R.choice(["cryptogifts", "web3rewards", "freecoins", "btcdrop", "coinhub"]) + str(R.randint(1, 999))
    created = created_before - dt.timedelta(days=R.randint(1, 12), hours=R.randint(0, 23),
                                            minutes=R.randint(0, 59))
    acc = make_account(lang, "scammer", disp, un, R.random() < 0.25, created,
                       R.choice([0, 1, 3, 7, 12, 25, 48, 90, 150, 320, 1200]))
    acc["src"] = R.choice(SRC_SCAM)
    return acc


# ---------------------------------------------------------------- build
def build():
    hijacked = []
    # ---------- hijacked accounts with history
    for lang in LANGS:
        m = T[lang]
        for i in range(HIJ_PER_LANG[lang]):
            disp, un = person(lang)
            acc = make_account(lang, "hijacked", disp, un, R.random() < 0.7,
                               rand_time(dt.datetime(2009, 3, 1), dt.datetime(2019, 12, 31)),
                               loguni(10000, 50000000))
            acc["src"] = R.choice(SRC_NORMAL + SRC_SOCIAL)
            hijacked.append(acc)
    # assign scenarios: event / client change / neither (round-robin over a shuffled list)
    order = list(range(len(hijacked)))
    R.shuffle(order)
    for j, idx in enumerate(order):
        hijacked[idx]["scenario"] = ["event", "client", "neither"][j % 3]
    # hijack waves: groups sharing an address or a link within one hour
    pool = list(hijacked)
    R.shuffle(pool)
    waves = []
    wave_sizes = [6, 5, 4, 4, 3]
    pos = 0
    for wi, size in enumerate(wave_sizes):
        members = pool[pos:pos + size]
        pos += size
        t0 = rand_time(dt.datetime(2026, 12, 27), dt.datetime(2027, 1, 29))
        if wi % 2 == 0:
            shared = {"addr": new_addr(R.choice(["btc_bech32", "btc_p2pkh", "eth", "btc_taproot"]))}
            kinds = ["doubling", "tiers", "paid_list"]
        else:
            fam = R.choice(FAMOUS)
            dom, _ = lookalike(R.choice([fam[2], fam[3]]), WORDS_EVENT)
            shared = {"link": (dom, R.choice(["", "/live", "/event"])), "fam": fam}
            kinds = ["link_event"]
        waves.append(("HW%d" % (wi + 1), members, t0, shared, kinds))
        for mbr in members:
            mbr["wave"] = ("HW%d" % (wi + 1), t0, shared, kinds)
    for acc in hijacked:
        lang = acc["lang"]
        m = T[lang]
        if "wave" in acc:
            wname, wt0, shared, kinds = acc["wave"]
            t0 = wt0 + dt.timedelta(minutes=R.randint(0, 45), seconds=R.randint(0, 59))
        else:
            wname, shared, kinds = "", None, ["doubling", "doubling", "tiers", "paid_list", "link_event",
                                               "link_event", "drainer"]
            t0 = rand_time(dt.datetime(2026, 12, 24), dt.datetime(2027, 1, 30, 12))
        # history: one topic list (or two for big English ones)
        topics = list(m.HIST)
        R.shuffle(topics)
        lines = list(topics[0]) + (list(topics[1]) if len(topics) > 1 and R.random() < 0.5 else [])
        R.shuffle(lines)
        n_hist = R.randint(5, min(30, len(lines)))
        span_days = R.randint(14, 50)
        h_lo = max(START, t0 - dt.timedelta(days=span_days))
        htimes = sorted(rand_time(h_lo, t0 - dt.timedelta(hours=3)) for _ in range(n_hist))
        for ht, line in zip(htimes, lines):
            add_post(ht, lang, acc, line, "history", "benign",
                     acc["src"] if R.random() < 0.9 else R.choice(SRC_NORMAL))
        # compromise
        scen = acc["scenario"]
        if scen == "event":
            add_event(t0 - dt.timedelta(minutes=R.randint(3, 25), seconds=R.randint(0, 59)), acc,
                      R.choice(EVENT_TYPES))
            ssrc = acc["src"] if R.random() < 0.5 else R.choice([s for s in SRC_SCAM if s != acc["src"]])
        elif scen == "client":
            ssrc = R.choice([s for s in ["Twitter Web App", "Twitter for Android", "TweetDeck Web App",
                                         "Twitter for iPhone"] if s != acc["src"]])
        else:
            ssrc = acc["src"]
        acc["scam_src"] = ssrc
        k = R.randint(1, 4)
        offs = sorted([0] + [R.randint(2, 58) for _ in range(k - 1)])
        pe = persona(lang, "link_event", famous=(shared or {}).get("fam"))
        for o in offs:
            kind = R.choice(kinds)
            if shared is None and kind in ("link_event", "drainer"):
                pe2 = dict(pe)
                if kind == "drainer":
                    pe2 = persona(lang, "drainer", famous=pe["fam"])
                p = make_scam(lang, kind, acc, t0 + dt.timedelta(minutes=o, seconds=R.randint(0, 59)), ssrc,
                              pe2, obf_p=0.15)
            else:
                pe2 = dict(pe)
                if kind in ("doubling", "tiers", "paid_list"):
                    # hijacked accounts speak in their own voice ("giving back", "X here")
                    pe2["fam"] = (acc["name"],) + tuple(pe["fam"][1:])
                p = make_scam(lang, kind, acc, t0 + dt.timedelta(minutes=o, seconds=R.randint(0, 59)), ssrc,
                              pe2, shared=shared, obf_p=0.15, wave=wname)
            acc["last_scam"] = p["t"]
        acc["n_scam"] = k
    # ---------- per-language scammer / negative content
    neg_count = {l: 0 for l in LANGS}
    scam_count = {l: 0 for l in LANGS}
    for _, p in C.items:
        if "label" in p:
            if p["label"] == "scam":
                scam_count[p["lang"]] += 1
    # hacked notices from ~40% of hijacked accounts
    for acc in hijacked:
        if R.random() < 0.4:
            t = acc["last_scam"] + dt.timedelta(hours=R.randint(2, 30), minutes=R.randint(0, 59))
            if t < END:
                make_neg(acc["lang"], "hacked_notice", acc, t, acc["src"])
                neg_count[acc["lang"]] += 1

    for lang in LANGS:
        m = T[lang]
        # ---- victims / complaints and scam replies
        n_rep = REPLY_SCAMS[lang]
        n_vict = max(2, n_rep // 2)
        rec_pes = [persona(lang, "recovery") for _ in range(max(1, n_rep // 7 + 1))]
        sup_pes = [persona(lang, "support") for _ in range(max(1, n_rep // 7 + 1))]
        rec_accs, sup_accs = [], []
        victims = []
        for i in range(n_vict):
            kind = "victim_ask" if i % 2 == 0 else "complaint"
            vacc = normal_account(lang)
            t = rand_time(dt.datetime(2026, 12, 2), dt.datetime(2027, 1, 30))
            if kind == "complaint":
                br = R.choice(BRANDS)
                vp = make_neg(lang, kind, vacc, t, vacc["src"],
                              slots_over={"brand": br[0], "bhandle": "@" + br[2]})
                vp["brandref"] = br
            else:
                vp = make_neg(lang, kind, vacc, t, vacc["src"])
            neg_count[lang] += 1
            victims.append(vp)
        made = 0
        vi = 0
        while made < n_rep:
            vp = victims[vi % len(victims)]
            vi += 1
            for _ in range(R.randint(1, 3)):
                if made >= n_rep:
                    break
                if vp["kind"] == "complaint":
                    kind = "support"
                    pe = dict(R.choice(sup_pes))
                    br = vp["brandref"]
                    pe["brand"] = br
                    pe["support_handle"] = "@" + br[2] + R.choice(["HelpDesk", "Support", "_Care", "Help247"])
                    dom, _ = lookalike(br[3], WORDS_SUPPORT)
                    pe["domain"], pe["path"] = dom, R.choice(["/ticket", "/form", "/case"])
                    accs = sup_accs
                else:
                    kind = "recovery"
                    pe = R.choice(rec_pes)
                    accs = rec_accs
                t = vp["t"] + dt.timedelta(minutes=R.randint(1, 180), seconds=R.randint(0, 59))
                if accs and R.random() < 0.55:
                    acc = R.choice(accs)
                else:
                    acc = scammer_account(lang, kind, pe, t)
                    acc["pe"] = pe
                    accs.append(acc)
                make_scam(lang, kind, acc, t, acc["src"], acc.get("pe", pe) if kind == "recovery" else pe,
                          reply_to=vp, obf_p=0.1)
                made += 1
        scam_count[lang] += n_rep
        # ---- standalone scams (with one or more campaign waves)
        remaining = TARGET_SCAM[lang] - scam_count[lang]
        kinds_cycle = ["doubling", "link_event", "drainer", "validate", "drop_address", "mentor",
                       "tiers", "paid_list", "link_event"]
        kinds_cycle = [k for k in kinds_cycle if k in m.SCAM]
        n_waves = 3 if lang == "en" else 1
        for w in range(n_waves):
            size = R.randint(3, 5)
            if remaining < size:
                break
            kind = R.choice(["link_event", "doubling", "drainer", "link_event"])
            pe = persona(lang, kind)
            shared = {"addr": (pe["chain"], pe["addr"])} if kind == "doubling" else \
                {"link": (pe["domain"], pe["path"])}
            t0 = rand_time(dt.datetime(2026, 12, 3), dt.datetime(2027, 1, 30))
            wname = "SW-%s-%d" % (lang, w + 1)
            for j in range(size):
                t = t0 + dt.timedelta(minutes=R.randint(0, 9), seconds=R.randint(0, 59))
                pe_j = dict(pe)
                acc = scammer_account(lang, kind, pe_j, t)
                make_scam(lang, kind, acc, t, acc["src"], pe_j, shared=shared, wave=wname)
                remaining -= 1
        kcount = collections.Counter(p["kind"] for k_, p in C.items
                                     if k_ == "post" and p["lang"] == lang and p["label"] == "scam")
        korder = list(kinds_cycle)
        R.shuffle(korder)
        while remaining > 0:
            # least-represented kind first, so every language covers every kind
            kind = min(korder, key=lambda k: (kcount[k], korder.index(k)))
            pe = persona(lang, kind)
            t = rand_time(dt.datetime(2026, 12, 2), dt.datetime(2027, 1, 31, 12))
            acc = scammer_account(lang, kind, pe, t)
            nposts = min(remaining, R.choice([1, 1, 2, 2, 3, 4] if lang == "en" else [1, 1, 1, 2]))
            for j in range(nposts):
                # same account usually sticks to its kind; sometimes mixes doubling kinds
                k2 = kind
                if kind in ("doubling", "tiers", "paid_list") and R.random() < 0.4:
                    k2 = R.choice([x for x in ("doubling", "tiers", "paid_list") if x in m.SCAM])
                make_scam(lang, k2, acc, t + dt.timedelta(minutes=R.randint(0, 600) * j), acc["src"], pe)
                kcount[k2] += 1
                remaining -= 1
        # ---- negatives
        scams_here = [p for p in C.scam_posts[lang]]
        # retweets of scams by ordinary users
        for _ in range(RT_NEG[lang]):
            sp = R.choice(scams_here)
            acc = normal_account(lang)
            t = sp["t"] + dt.timedelta(minutes=R.randint(1, 90))
            text = "RT @" + sp["acc"]["username"] + ": " + sp["text"]
            add_post(t, lang, acc, text, "retweet_scam", "benign", acc["src"], ref=sp, reftype="retweeted",
                     urls=sp["urls"], addrs=list(sp["addrs"]))
            neg_count[lang] += 1
        # benign replies calling out scams
        for _ in range(REPLY_NEG[lang]):
            target = R.choice(scams_here + victims)
            acc = normal_account(lang)
            t = target["t"] + dt.timedelta(minutes=R.randint(2, 240))
            make_neg(lang, "reply_scam", acc, t, acc["src"], ref=target, reftype="replied_to")
            neg_count[lang] += 1
        # persistent org accounts
        orgs = [normal_account(lang, org=True) for _ in range(3 if lang == "en" else 2)]
        neg_kinds = [k for k in m.NEG if k not in ("victim_ask", "complaint", "reply_scam", "hacked_notice")]
        remaining = TARGET_NEG[lang] - neg_count[lang]
        ki = 0
        R.shuffle(neg_kinds)
        benign_events = 0
        while remaining > 0:
            kind = neg_kinds[ki % len(neg_kinds)]
            ki += 1
            t = rand_time(dt.datetime(2026, 12, 1, 6), dt.datetime(2027, 1, 31, 22))
            ref = reftype = None
            over = None
            br = pr = None
            if kind in ("exchange_promo", "legit_giveaway", "release_notes") or \
                    (kind == "warning" and R.random() < 0.75):
                br = R.choice(BRANDS)
                acc = brand_account(lang, br)
            elif kind == "official_airdrop":
                pr = R.choice(PROJECTS)
                acc = project_account(lang, pr)
            elif kind in ("news_quote", "research", "conference", "warning") and R.random() < 0.6:
                acc = R.choice(orgs)
            else:
                acc = normal_account(lang)
            if kind in ("news_quote", "research", "warning") and R.random() < 0.3:
                cand = [p for p in scams_here if p["t"] < t]
                if cand:
                    ref, reftype = R.choice(cand), "quoted"
            src = acc["src"]
            if acc["role"] == "normal" and benign_events < (6 if lang == "en" else 1) and R.random() < 0.15:
                add_event(t - dt.timedelta(minutes=R.randint(2, 20)), acc, R.choice(BENIGN_EVENT_TYPES))
                benign_events += 1
                src = R.choice([s for s in SRC_NORMAL if s != src])
            make_neg(lang, kind, acc, t, src, ref=ref, reftype=reftype, br=br, pr=pr)
            remaining -= 1
    return hijacked


# ---------------------------------------------------------------- output
def write(outdir=HERE):
    build()
    # scammer accounts reused for replies: make sure they were created days before their first post
    first = {}
    for kind, p in C.items:
        if kind == "post":
            a = p["acc"]["id"]
            first[a] = min(first.get(a, p["t"]), p["t"])
    for a in C.accounts:
        if a["role"] == "scammer" and a["id"] in first:
            created = dt.datetime.strptime(a["created_at"], "%Y-%m-%dT%H:%M:%S.000Z")
            if not (dt.timedelta(hours=12) < first[a["id"]] - created <= dt.timedelta(days=14)):
                a["created_at"] = iso(first[a["id"]] - dt.timedelta(days=R.randint(1, 12), hours=R.randint(0, 23)))
    posted = set(first)
    items = sorted(C.items, key=lambda it: (it[1]["t"], it[1]["seq"]))
    nid = 1870000000000000001
    for kind, p in items:
        if kind == "post":
            p["id"] = str(nid)
            nid += 1
    out = io.StringIO()
    for kind, p in items:
        if kind == "event":
            rec = {"account_event": {"account_id": p["acc"]["id"], "type": p["type"],
                                     "created_at": p["t"].strftime("%Y-%m-%dT%H:%M:%SZ")}}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            continue
        d = {"id": p["id"], "text": p["text"], "author_id": p["acc"]["id"], "created_at": iso(p["t"]),
             "lang": p["lang"], "source": p["source"]}
        users = [user_obj(p["acc"])]
        inc = {"users": users}
        if p["ref"] is not None:
            r = p["ref"]
            d["referenced_tweets"] = [{"type": p["reftype"], "id": r["id"]}]
            if p["reftype"] == "replied_to":
                d["in_reply_to_user_id"] = r["acc"]["id"]
            inc["tweets"] = [{"id": r["id"], "text": r["text"], "author_id": r["acc"]["id"]}]
            if r["acc"]["id"] != p["acc"]["id"]:
                users.append(user_obj(r["acc"]))
        if p["urls"]:
            d["entities"] = {"urls": [dict(u) for u in p["urls"]]}
        out.write(json.dumps({"data": d, "includes": inc}, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())
    posts = [p for k, p in items if k == "post"]
    with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "id", "label"])
        for p in posts:
            w.writerow(["post", p["id"], p["label"]])
        for a in C.accounts:
            if a["id"] in posted:
                w.writerow(["account", a["id"], a["role"]])
    with open(os.path.join(outdir, "meta.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "lang", "kind", "label", "author_role", "obfuscation", "addr_form", "link_form", "wave",
                    "scenario"])
        for p in posts:
            w.writerow([p["id"], p["lang"], p["kind"], p["label"], p["acc"]["role"], p["obf"], p["addr_form"],
                        p["link_form"], p["wave"], p["acc"].get("scenario", "") if p["acc"]["role"] == "hijacked" else ""])
    with open(os.path.join(outdir, "addresses.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["post_id", "chain", "address", "form"])
        for p in posts:
            for ch, a, form in p["addrs"]:
                w.writerow([p["id"], ch, a, form])
    print("posts", len(posts), "accounts", len(C.accounts),
          "events", sum(1 for k, _ in items if k == "event"))


if __name__ == "__main__":
    assert addrs.self_test()
    write(sys.argv[1] if len(sys.argv) > 1 else HERE)

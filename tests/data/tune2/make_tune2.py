#!/usr/bin/env python3
"""Deterministic generator of the tune2 corpus (precision-oriented tuning set).

Writes posts.jsonl, labels.csv and README.md next to this file. Python 3 stdlib only, fixed
seed: the same bytes on every run. Sentence templates are hand-written per language in
t_<lang>.py; crypto addresses are minted (with valid checksums) by addrs.py.

    python3 make_tune2.py            # (re)write the three files
    python3 make_tune2.py --out DIR  # write them into DIR instead
"""
import csv
import datetime as dt
import importlib
import io
import json
import os
import random
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the directory free of __pycache__
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import addrs  # noqa: E402

SEED = 20260301
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
FIRST_POST_ID = 1880000000000000001
START = dt.datetime(2026, 3, 1, 6, 0, 0)
END = dt.datetime(2026, 4, 30, 23, 0, 0)

KIND_NAMES = {
    "a": "warning quoting the scam (address/link/promise)",
    "a_quote": "warning as a quote of a scam post",
    "b": "news report of a hijack quoting text, return and address",
    "c": "researcher / threat-intel thread (defanged domains, stats)",
    "d": "victim asking \"is this real?\" / pasting the link",
    "e": "hijacked account's own \"we were hacked, ignore it\" notice",
    "e_other": "normal account: hack elsewhere (Discord, newsletter, clone)",
    "f": "legitimate exchange promotion (bonus, 2x points, APY)",
    "g": "real donation drive with a donation address",
    "h": "legitimate like/RT giveaway (nobody sends money)",
    "i": "price talk (doubled, 2x, fees 2x)",
    "j": "ordinary transfer with numbers (sent 50, got 100 back)",
    "k": "genuine exchange support reply",
    "l": "ordinary everyday post",
    "rt": "retweet of a scam by a normal account",
    "s_double": "\"send X, get 2X back\" with address",
    "s_live": "fake live-stream event link (look-alike domain)",
    "s_mint": "airdrop / free-mint \"connect your wallet\" drainer link",
    "s_kyc": "fake wallet validation / sync / KYC link",
    "s_recovery": "fund-recovery reply (free-mail, WhatsApp, Telegram, @handle)",
    "s_drop": "\"drop your wallet address\" giveaway",
    "s_fee": "advance-fee prize / withdrawal tax",
    "s_testi": "fake testimonial",
    "s_addr": "address only",
    "s_uri": "payment URI (bitcoin:/ethereum:/solana:)",
}
BENIGN_KINDS = ["a", "a_quote", "b", "c", "d", "e", "e_other", "f", "g", "h", "i", "j", "k", "l", "rt"]
SCAM_KINDS = ["s_double", "s_live", "s_mint", "s_kyc", "s_recovery", "s_drop", "s_fee", "s_testi", "s_addr", "s_uri"]

# benign hard negatives per language (besides b/e/rt/l which are derived)
PLAN_EN = {"a": 12, "a_quote": 4, "c": 9, "d": 11, "e_other": 2, "f": 8, "g": 5, "h": 6, "i": 8, "j": 7, "k": 8}
PLAN_XX = {"a": 3, "a_quote": 1, "c": 2, "d": 4, "e_other": 1, "f": 3, "g": 2, "h": 2, "i": 2, "j": 2, "k": 2}
# which scam scheme each "d" template (victim's question) is about; None: no link in it
D_SCHEMES = {"en": ["live", "mint", "kyc", "live", None, "live", None], "xx": ["live", "kyc", "live", None]}
RETWEETS = {"en": 4, "es": 1, "pt": 1, "de": 1, "ja": 1}

CELEBS = [
    ("Elon Musk", {"ja": "イーロン・マスク", "ko": "일론 머스크", "zh": "马斯克", "ar": "إيلون ماسك"}),
    ("Michael Saylor", {"ja": "マイケル・セイラー", "ko": "마이클 세일러", "zh": "塞勒", "ar": "مايكل سايلور"}),
    ("Vitalik Buterin", {"ja": "ヴィタリック・ブテリン", "ko": "비탈릭 부테린", "zh": "V神", "ar": "فيتاليك بوتيرين"}),
    ("Cathie Wood", {"ja": "キャシー・ウッド", "ko": "캐시 우드", "zh": "木头姐", "ar": "كاثي وود"}),
    ("CZ", {}),
    ("Brad Garlinghouse", {}),
    ("MrBeast", {}),
]
LIVE_BRANDS = {"Elon Musk": ["Tesla", "SpaceX"], "Michael Saylor": ["MicroStrategy"], "Vitalik Buterin": ["Ethereum"],
               "Cathie Wood": ["ARK Invest"], "CZ": ["Binance"], "Brad Garlinghouse": ["Ripple"],
               "MrBeast": ["Beast Games"]}
WALLET_BRANDS = ["MetaMask", "Ledger", "Trust Wallet", "Coinbase", "Binance", "Trezor", "Phantom"]
PROJECTS = ["Arbitrum", "zkSync", "LayerZero", "Jupiter", "EigenLayer", "Pepe", "Blur", "Starknet", "Berachain",
            "Monad", "Pudgy Penguins", "Azuki"]
COIN_AMTS = {"BTC": [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2], "ETH": [0.5, 1, 2, 3, 5, 10], "SOL": [5, 10, 20, 50, 100],
             "USDT": [100, 250, 500, 1000, 2500]}
BIG_COIN = {"BTC": [1000, 2000, 5000, 10000], "ETH": [10000, 20000, 50000], "SOL": [100000, 250000],
            "USDT": [1000000, 5000000]}
FX = {"en": 1, "es": 1, "pt": 5, "fr": 1, "de": 1, "it": 1, "ru": 90, "tr": 35, "ar": 3.75, "ja": 150,
      "ko": 1350, "zh": 7}
FX_TESTI = dict(FX, ar=1)
EXCHANGE_DOMAINS = {
    "krakenfx_promos": "www.kraken.com", "okx_en_events": "www.okx.com", "bit2me_promos": "bit2me.com",
    "foxbit_promo": "foxbit.com.br", "coinhouse_offres": "www.coinhouse.com", "bitpanda_aktionen": "www.bitpanda.com",
    "youngplatform_promo": "youngplatform.com", "bybit_ru_promo": "www.bybit.com", "btcturk_kampanya": "www.btcturk.com",
    "bitoasis_offers": "bitoasis.net", "bitbank_campaign": "bitbank.cc", "korbit_event": "www.korbit.co.kr",
    "bitget_zh_events": "www.bitget.com",
}
SOURCES_HUMAN = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad"]
SOURCES_ORG = ["Twitter Web App", "Hootsuite Inc.", "TweetDeck Web App", "Sprout Social", "Buffer"]
EMOJIS = ["🚀", "🔥", "💰", "🎁", "✅", "💎", "⚡", "🤑"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
                "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
                "X": "Х"}
HOMO_CYR2LAT = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E",
                "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
DECIMAL_COMMA = {"es", "pt", "fr", "de", "it", "ru", "tr"}


def load_lang(lang):
    m = importlib.import_module("t_" + lang)
    return m


# ---------------------------------------------------------------- formatting helpers
def fmt_num(x, lang, eastern=False, dec=None):
    if dec is None:
        dec = 0
        for d in range(0, 5):
            if abs(round(x, d) - x) < 1e-9:
                dec = d
                break
        else:
            dec = 4
    s = f"{x:,.{dec}f}"
    if lang in ("es", "pt", "de", "it", "tr"):
        s = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    elif lang == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    elif lang == "ru":
        s = s.replace(",", " ").replace(".", ",")
    elif lang == "ar" and eastern:
        s = s.replace(",", "٬").replace(".", "٫")
        s = s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return s


def fmt_pct(p, lang):
    n = str(p)
    if lang in ("fr", "de", "ru"):
        return n + "\u00a0%"
    if lang == "tr":
        return "%" + n
    if lang == "ar":
        return n + "٪"
    return n + "%"


def nice_round(x):
    if x <= 0:
        return 0
    mag = 10 ** (len(str(int(x))) - 2) if x >= 100 else 1
    return int(round(x / mag) * mag)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def iso_event(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def short_addr(a):
    return a[:6] + "…" + a[-4:]


def defang(domain, rng):
    d = domain.replace(".", "[.]")
    r = rng.random()
    if r < 0.4:
        return "hxxps://" + d
    if r < 0.5:
        return "hxxp[:]//" + d
    return d


KO_PAIRS = [("을", "를"), ("이", "가"), ("은", "는"), ("과", "와")]
KO_LATIN_CONS = set("LMNRlmnr")
KO_DIGIT_CONS = set("0136780")


def ko_has_final(ch):
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        return (o - 0xAC00) % 28 != 0
    if ch in KO_LATIN_CONS or ch in KO_DIGIT_CONS:
        return True
    return False


def ko_fix_particle(value, rest):
    """Pick the right Korean particle right after an inserted value (을/를, 이/가, 은/는, 과/와)."""
    if not value:
        return rest
    last = value.rstrip()[-1:]
    if not last:
        return rest
    for cons, vow in KO_PAIRS:
        for p in (cons, vow):
            if rest.startswith(p) and (len(rest) == 1 or not ("\uac00" <= rest[1] <= "\ud7a3") or p in ("을", "를")):
                want = cons if ko_has_final(last) else vow
                return want + rest[len(p):]
    return rest


def fill(tpl, ctx, lang):
    out = []
    prev_val = None
    for literal, field, spec, conv in string.Formatter().parse(tpl):
        if prev_val is not None and lang == "ko":
            literal = ko_fix_particle(prev_val, literal)
        out.append(literal)
        prev_val = None
        if field is not None:
            if field not in ctx:
                raise KeyError("template slot {%s} not provided (lang %s): %r" % (field, lang, tpl))
            v = str(ctx[field])
            out.append(v)
            prev_val = v
    return "".join(out)


# ---------------------------------------------------------------- obfuscation (scam posts only)
PROTECT = re.compile(r"(https?://|t\.co/|bitcoin:|ethereum:|solana:|@|\.[a-z]{2,}|^0x[0-9a-fA-F]|^bc1|"
                     r"^[13T][1-9A-HJ-NP-Za-km-z]{25,}|^[1-9A-HJ-NP-Za-km-z]{32,}|\d)")


def _tokens(text):
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def obfuscate(text, lang, rng):
    spans = _tokens(text)
    free = [(s, e) for s, e in spans if not PROTECT.search(text[s:e])]
    if not free:
        return text, None
    latin = lang in ("en", "es", "pt", "fr", "de", "it", "tr")
    methods = ["emoji", "zw", "spacing"]
    if latin:
        methods += ["homoglyph", "fullwidth", "homoglyph"]
    elif lang == "ru":
        methods += ["homoglyph"]
    elif lang in ("ja", "zh", "ko"):
        methods += ["fullwidth", "fullwidth"]
    elif lang == "ar":
        methods += ["kashida"]
    method = rng.choice(methods)
    chars = list(text)
    # replacements per token index, applied from the end
    edits = {}
    if method == "emoji":
        emo = rng.choice(EMOJIS)
        gaps = []
        for i in range(len(spans) - 1):
            a, b = spans[i], spans[i + 1]
            if (a in free and b in free) and "\n" not in text[a[1]:b[0]]:
                gaps.append((a[1], b[0]))
        if not gaps:
            return text, None
        chosen = gaps[: max(2, int(len(gaps) * 0.7))]
        res = text
        for s, e in sorted(chosen, reverse=True):
            res = res[:s] + " " + emo + " " + res[e:]
        return res, method
    if method == "kashida":
        res = text
        targets = [sp for sp in free if len(re.findall(r"[\u0628-\u064a]", text[sp[0]:sp[1]])) >= 3]
        for s, e in sorted(rng.sample(targets, min(len(targets), 4)), reverse=True) if targets else []:
            w = res[s:e]
            k = 1 + rng.randrange(len(w) - 2)
            if "\u0628" <= w[k - 1] <= "\u064a" and "\u0628" <= w[k] <= "\u064a" and w[k - 1] not in "اأإآدذرزوةى":
                w = w[:k] + "ـــ" + w[k:]
            res = res[:s] + w + res[e:]
        return (res, method) if res != text else (text, None)
    # pick words to alter
    words = [sp for sp in free if len(text[sp[0]:sp[1]]) >= 3]
    if not words:
        return text, None
    if method == "spacing":
        words.sort(key=lambda sp: -(sp[1] - sp[0]))
        pick = sorted(words[:2], reverse=True)
        res = text
        for s, e in pick:
            w = res[s:e]
            res = res[:s] + " ".join(w) + res[e:]
        return res, method
    n = max(1, int(len(words) * rng.uniform(0.3, 0.7)))
    pick = sorted(rng.sample(words, n), reverse=True)
    res = text
    for s, e in pick:
        w = res[s:e]
        if method == "zw":
            k = 1 + rng.randrange(max(1, len(w) - 1))
            w = w[:k] + rng.choice(ZW) + w[k:]
        elif method == "homoglyph":
            table = HOMO_CYR2LAT if lang == "ru" else HOMO_LAT2CYR
            w = "".join(table.get(ch, ch) if rng.random() < 0.6 else ch for ch in w)
        elif method == "fullwidth":
            w = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in w)
        res = res[:s] + w + res[e:]
    return (res, method) if res != text else (text, None)


# ---------------------------------------------------------------- model objects
class Account:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.posts = []

    def user_obj(self):
        return {"id": self.id, "username": self.username, "name": self.name, "verified": self.verified,
                "created_at": iso(self.created_at),
                "public_metrics": {"followers_count": self.followers, "following_count": self.following,
                                   "tweet_count": self.tweet_count}}


class Gen:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.L = {lang: load_lang(lang) for lang in LANGS}
        self.accounts = []
        self.used_ids = set()
        self.used_usernames = set()
        self.events = []  # dicts with t, type
        self.used_texts = set()
        self.campaigns = []
        self.key_seq = 0
        self.eastern = False

    # ------------------------------------------------------------ accounts
    def new_account_id(self, created):
        r = self.rng
        while True:
            if created is None:  # a brand-new account (2026)
                v = str(r.randrange(2020000000000000000, 2040000000000000000))
            elif created.year < 2014:
                v = str(r.randrange(10 ** 7, 2 * 10 ** 9))
            else:
                v = str(r.randrange(7 * 10 ** 17, 2 * 10 ** 18))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def add_account(self, username, name, lang, role, label, created, followers, verified, persona="person",
                    crypto=False):
        assert username not in self.used_usernames, username
        self.used_usernames.add(username)
        r = self.rng
        a = Account(id=self.new_account_id(created), username=username, name=name, lang=lang, role=role,
                    label=label, created_at=created, followers=followers, verified=verified,
                    following=r.randrange(20, 2000) if role != "scammer" else r.randrange(0, 400),
                    tweet_count=(r.randrange(300, 40000) if role != "scammer" else r.randrange(0, 60)),
                    persona=persona, crypto=crypto,
                    source=r.choice([x for x in (SOURCES_ORG if persona == "org" else SOURCES_HUMAN)
                                     if not (role == "famous" and x == "Twitter Web App")]))
        self.accounts.append(a)
        return a

    def rand_created(self, y0, y1):
        r = self.rng
        t0 = dt.datetime(y0, 1, 1)
        t1 = dt.datetime(y1, 12, 31)
        return t0 + dt.timedelta(seconds=r.randrange(int((t1 - t0).total_seconds())))

    def make_accounts(self):
        r = self.rng
        self.by_role = {}
        follower_ranges = {"news": (20000, 900000), "research": (3000, 95000), "exchange": (40000, 2500000),
                           "support": (90000, 1600000), "charity": (1500, 45000), "project": (4000, 130000),
                           "user": (35, 6500)}
        verified_p = {"news": 1.0, "research": 0.4, "exchange": 1.0, "support": 1.0, "charity": 0.5,
                      "project": 0.3, "user": 0.05}
        years = {"news": (2009, 2018), "research": (2012, 2022), "exchange": (2013, 2020), "support": (2013, 2020),
                 "charity": (2010, 2021), "project": (2020, 2023), "user": (2009, 2023)}
        for lang in LANGS:
            m = self.L[lang]
            for role in ["news", "research", "exchange", "support", "charity", "project", "user"]:
                for username, name in m.ACCOUNTS[role]:
                    lo, hi = follower_ranges[role]
                    f = int(lo * (hi / lo) ** r.random())
                    persona = "person" if role == "user" or (role == "research" and "|" in name) else "org"
                    a = self.add_account(username, name, lang, role, "normal", self.rand_created(*years[role]), f,
                                         r.random() < verified_p[role], persona=persona,
                                         crypto=role in ("research", "exchange", "support", "project"))
                    self.by_role.setdefault((lang, role), []).append(a)
            for i, (username, name, persona, crypto) in enumerate(m.FAMOUS):
                hijack = not (lang == "en" and username in ("drsamwellness", "theweekendchef"))
                f = int(150000 * (60.0) ** r.random())
                a = self.add_account(username, name, lang, "famous", "hijacked" if hijack else "normal",
                                     self.rand_created(2009, 2014), f, True, persona=persona, crypto=crypto)
                self.by_role.setdefault((lang, "famous"), []).append(a)
            for username, name in m.SCAMMERS:
                a = self.add_account(username, name, lang, "scammer", "scammer", None, 0, False)
                a.stype = scam_type(username)
                a.followers = int(r.choice([0, 3, 12, 40, 85, 160, 310]) * r.uniform(0.5, 1.5))
                a.verified = a.stype == "impersonator" and r.random() < 0.35
                a.source = r.choice(["Twitter Web App", "Twitter Web App", "Twitter for Android"])
                self.by_role.setdefault((lang, "scammer"), []).append(a)

    # ------------------------------------------------------------ slot values
    def pick_celeb(self, lang):
        name, loc = self.rng.choice(CELEBS)
        return name, loc.get(lang, name)

    def mint(self, coin):
        r = self.rng
        if coin == "BTC":
            return addrs.btc_any(r)
        if coin == "ETH":
            return addrs.eth(r)
        if coin == "SOL":
            return addrs.sol(r)
        return addrs.trx(r) if r.random() < 0.7 else addrs.eth(r)

    def tco(self):
        return "https://t.co/" + "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(10))

    def scam_domain(self, scheme, celeb=None, brand=None, project=None):
        r = self.rng
        tld = r.choice(["live", "com", "net", "org", "io", "app", "site", "online", "info", "xyz", "top", "fund",
                        "events", "gift"])
        if scheme == "live":
            base = r.choice({"Elon Musk": ["elon", "musk", "tesla", "spacex", "x-ai"],
                             "Michael Saylor": ["saylor", "mstr", "strategy"], "Vitalik Buterin": ["vitalik", "eth"],
                             "Cathie Wood": ["ark", "arkinvest", "cathie"], "CZ": ["cz", "bnb", "binance"],
                             "Brad Garlinghouse": ["ripple", "xrp", "brad"], "MrBeast": ["beast", "mrbeast"]}[celeb])
            w = r.choice(["x2", "event", "giveaway", "gift", "live", "double", "promo", "drop", "bonus", "2026"])
            form = r.randrange(4)
            dom = [f"{base}-{w}.{tld}", f"{base}{w}.{tld}", f"{w}-{base}.{tld}", f"{base}-{w}-{r.randrange(10, 99)}.{tld}"][form]
            path = r.choice(["/event", "/live", "/claim", "/", "/?ref=tw", "/btc", "/stream"])
        elif scheme == "mint":
            p = re.sub(r"[^a-z]", "", project.lower())
            dom = r.choice([f"claim-{p}.{tld}", f"{p}-airdrop.{tld}", f"mint-{p}.xyz", f"{p}drop.app",
                            f"{p}-rewards.{tld}", f"app-{p}.claims.{tld}"])
            path = r.choice(["/claim", "/mint", "/connect", "/eligibility", "/"])
        else:
            b = re.sub(r"[^a-z]", "", brand.lower())
            look = {"metamask": ["rnetamask", "metamusk", "metamask"], "ledger": ["ledgerr", "leder", "ledger"],
                    "trustwallet": ["trustwa11et", "trustwallet", "trust-wallet"],
                    "coinbase": ["coinbase", "c0inbase", "coinbasse"], "binance": ["binance", "blnance", "binnance"],
                    "trezor": ["trezor", "trezzor"], "phantom": ["phantom", "phanton"]}[b]
            base = r.choice(look)
            w = r.choice(["sync", "validate", "verify", "restore", "kyc", "secure", "support", "dapp", "connect",
                          "wallet-check", "case-review"])
            dom = r.choice([f"{base}-{w}.{tld}", f"{w}-{base}.{tld}", f"{base}{w}.{tld}"])
            path = r.choice(["/validate", "/sync", "/kyc", f"/case/{r.randrange(100000, 999999)}", "/restore", "/"])
        return dom, "https://" + dom + path

    def link_in_text(self, url, p_tco=0.55, p_raw=0.30):
        """Return (text form, url entity or None). Mix of t.co-wrapped, raw URL and bare domain."""
        r = self.rng.random()
        if r < p_tco:
            t = self.tco()
            return t, {"url": t, "expanded_url": url}
        if r < p_tco + p_raw:
            return url, None
        dom = url.split("/")[2]
        return dom, None

    def contact(self, lang, rec_handles):
        r = self.rng
        kind = r.random()
        first = r.choice(["jenna", "mike", "david", "sarah", "alex", "nina", "rafael", "marco", "lena", "omar",
                          "kenji", "minho", "wei", "ivan", "selin"])
        if kind < 0.3 and rec_handles:
            return "@" + r.choice(rec_handles)
        if kind < 0.6:
            dom = r.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com"])
            return f"{first}.{r.choice(['recovery', 'cybertrace', 'fundsback', 'hackrecover', 'assetdesk'])}{r.randrange(1, 999)}@{dom}"
        if kind < 0.85:
            num = r.choice([f"+1 ({r.choice(['415', '312', '646', '213', '702'])}) 555-01{r.randrange(10, 99)}",
                            f"+44 7700 900{r.randrange(100, 999)}",
                            f"+1 {r.choice(['347', '929', '424'])} 555 01{r.randrange(10, 99)}"])
            return r.choice(["WhatsApp ", "WhatsApp: ", "WA "]) + num
        return "t.me/" + r.choice(["Recover", "Trace", "Asset", "Crypto"]) + r.choice(["Desk", "Expert", "Help", "Pro"]) + \
            str(r.randrange(10, 99))

    def fmt(self, x, lang):
        return fmt_num(x, lang, eastern=self.eastern)

    def base_ctx(self, lang, kind):
        r = self.rng
        self.eastern = lang == "ar" and r.random() < 0.3  # Eastern Arabic digits for the whole post
        L = self.L[lang].LISTS
        coin = r.choice(["BTC", "BTC", "BTC", "ETH", "ETH", "SOL", "USDT"])
        if kind in ("i", "j") and coin == "USDT":
            coin = "BTC"
        amt = r.choice(COIN_AMTS[coin])
        cel, cel_loc = self.pick_celeb(lang)
        fx = FX_TESTI[lang] if kind.startswith("s_") else FX[lang]
        ctx = {
            "coin": coin, "celeb": cel_loc, "celeb_key": cel,
            "brand": r.choice(LIVE_BRANDS[cel]),
            "amt": self.fmt(amt, lang), "amt2": self.fmt(amt * 2, lang),
            "amt_min": self.fmt(COIN_AMTS[coin][0] if amt > COIN_AMTS[coin][0] else amt / 2, lang),
            "n": self.fmt(r.choice([3, 5, 7, 10, 12, 20, 25, 38, 50, 64, 100, 120, 240, 312, 500]), lang),
            "n2": self.fmt(r.choice([10, 20, 25, 50, 100]), lang),
            "pct": fmt_pct(r.randrange(12, 88), lang), "pct2": fmt_pct(r.randrange(8, 60), lang),
            "mins": r.choice([10, 15, 20, 30, 45, 60]),
            "day": r.choice(L["day"]), "city": r.choice(L["city"]), "food": r.choice(L["food"]),
            "prize": r.choice(L["prize"]), "cause": r.choice(L["cause"]), "org": r.choice(L["org"]),
            "exchange": r.choice(L["exchange"]), "project": r.choice(PROJECTS),
            "apy": fmt_pct(r.choice([2.5, 3.1, 4, 4.8, 5.5, 6.2, 7]), lang).replace(".", "," if lang in DECIMAL_COMMA else "."),
            "fee": self.fmt(r.choice([49, 75, 120, 150, 250, 380, 500]), lang),
            "followers": self.fmt(r.randrange(200000, 9000000), lang),
            "link": "", "scamlink": "", "scamdomain": "", "uri": "", "contact": "",
            "victim": "", "victim_handle": "",
        }
        usd_ranges = {"f": (10000, 500000), "j": (15, 300), "s_fee": (3000, 60000), "s_drop": (100, 5000),
                      "d": (1000, 50000), "a": (1000, 20000), "b": (20000, 900000), "i": (50, 500),
                      "s_testi": (2000, 40000)}
        if kind == "g":
            ctx["n"] = self.fmt(r.randrange(40, 2500), lang)
        if kind == "h":
            ctx["n"] = self.fmt(r.choice([1000, 5000, 10000, 25000, 50000, 100000]), lang)
        lo, hi = usd_ranges.get(kind, (500, 20000))
        usd = nice_round(lo * (hi / lo) ** r.random())
        if kind in ("j", "s_testi"):
            usd = nice_round(usd * fx)
        ctx["usd"] = self.fmt(usd, lang)
        if kind == "j":
            usd2 = usd * 2 if r.random() < 0.5 else nice_round(usd * r.uniform(0.3, 1.6))
            ctx["usd2"] = self.fmt(usd2, lang)
        elif kind == "f":
            ctx["usd2"] = self.fmt(r.choice([100, 200, 500, 1000]), lang)
        else:
            ctx["usd2"] = self.fmt(r.choice(BIG_COIN[coin]), lang)
        addr = self.mint(coin)
        ctx["addr"] = addr
        ctx["addr_short"] = short_addr(addr)
        total = amt * r.uniform(3, 60)
        ctx["total"] = self.fmt(round(total, 2 if coin in ("BTC", "ETH") else 0), lang)
        ctx["defanged"], ctx["defanged2"], ctx["defanged3"] = [defang(self.scam_domain(
            "live", celeb=cel)[0], r) for _ in range(3)]
        ctx["_amt_raw"] = amt
        return ctx

    def set_coin(self, ctx, lang, coin, amt, addr):
        r = self.rng
        ctx["coin"] = coin
        ctx["amt"] = self.fmt(amt, lang)
        ctx["amt2"] = self.fmt(amt * 2, lang)
        ctx["amt_min"] = self.fmt(COIN_AMTS[coin][0] if amt > COIN_AMTS[coin][0] else amt / 2, lang)
        ctx["usd2"] = self.fmt(r.choice(BIG_COIN[coin]), lang)
        ctx["addr"] = addr
        ctx["addr_short"] = short_addr(addr)
        ctx["_amt_raw"] = amt
        total = amt * r.uniform(3, 60)
        ctx["total"] = self.fmt(round(total, 2 if coin in ("BTC", "ETH") else 0), lang)

    def make_uri(self, coin, addr, amt):
        if coin == "ETH" and addr.startswith("0x"):
            return f"ethereum:{addr}?value={int(round(amt * 10 ** 18))}"
        if coin == "SOL":
            return f"solana:{addr}?amount={amt:g}&label=Event"
        if coin == "BTC":
            return f"bitcoin:{addr}?amount={amt:g}"
        return None

    # ------------------------------------------------------------ events
    def key(self):
        self.key_seq += 1
        return self.key_seq

    def post(self, acct, t, text, lang, label, kind, urls=None, reply_to=None, quote_of=None, rt_of=None,
             source=None, campaign=None, obf=None, meta=None):
        if text is not None:  # keep only the link entities whose t.co form is actually in the text
            urls = [u for u in (urls or []) if u["url"] in text]
        ev = {"type": "post", "t": t, "key": self.key(), "acct": acct, "text": text, "lang": lang, "label": label,
              "kind": kind, "urls": urls or [], "reply_to": reply_to, "quote_of": quote_of, "rt_of": rt_of,
              "source": source or acct.source, "campaign": campaign, "obf": obf, "meta": meta or {}}
        self.events.append(ev)
        acct.posts.append(ev)
        return ev

    def acct_event(self, acct, t, etype):
        self.events.append({"type": "event", "t": t, "acct": acct, "etype": etype})

    def render(self, lang, kind, ctx, avoid_dupes=True, parity=None):
        r = self.rng
        tpls = self.L[lang].T[kind]
        if parity is not None:  # "e": even templates speak as an organisation ("we"), odd ones as a person
            tpls = [t for i, t in enumerate(tpls) if i % 2 == parity] or tpls
        for _ in range(30):
            tpl = r.choice(tpls)
            text = fill(tpl, ctx, lang)
            if not avoid_dupes or text not in self.used_texts:
                break
        self.used_texts.add(text)
        return text

    def rand_time(self, lo=START, hi=END):
        span = int((hi - lo).total_seconds())
        return lo + dt.timedelta(seconds=self.rng.randrange(max(1, span)))

    # ------------------------------------------------------------ scam links
    def attach_scamlink(self, ctx, url, p_tco=0.55, p_raw=0.30):
        txt, ent = self.link_in_text(url, p_tco, p_raw)
        ctx["scamlink"] = txt
        ctx["scamdomain"] = url.split("/")[2]
        return [ent] if ent else []

    def new_campaign(self, lang, scheme, owner):
        r = self.rng
        coin = r.choice(["BTC", "BTC", "BTC", "ETH", "ETH", "SOL", "USDT"])
        cel, cel_loc = self.pick_celeb(lang)
        brand = r.choice(LIVE_BRANDS[cel])
        project = r.choice(PROJECTS)
        wbrand = r.choice(WALLET_BRANDS)
        urls = {"live": self.scam_domain("live", celeb=cel)[1], "mint": self.scam_domain("mint", project=project)[1],
                "kyc": self.scam_domain("kyc", brand=wbrand)[1]}
        url = urls[scheme]
        dom = url.split("/")[2]
        camp = {"urls": urls, "live_brand": brand, "lang": lang, "scheme": scheme, "coin": coin, "addr": self.mint(coin), "amt": r.choice(COIN_AMTS[coin]),
                "celeb": cel, "celeb_loc": cel_loc, "brand": wbrand if scheme == "kyc" else brand, "project": project,
                "wbrand": wbrand, "domain": dom, "url": url, "owner": owner, "posts": []}
        self.campaigns.append(camp)
        return camp

    def campaign_ctx(self, lang, kind, camp):
        ctx = self.base_ctx(lang, kind)
        self.set_coin(ctx, lang, camp["coin"], camp["amt"], camp["addr"])
        cel_loc = dict(CELEBS)[camp["celeb"]].get(lang, camp["celeb"])
        ctx["celeb"] = cel_loc
        ctx["brand"] = camp["brand"]
        ctx["project"] = camp["project"]
        ctx["scamdomain"] = camp["domain"]
        return ctx

    def scam_post(self, acct, t, lang, kind, camp, reply_to=None, rec_handles=(), obf_p=0.2):
        r = self.rng
        ctx = self.campaign_ctx(lang, kind, camp)
        urls = []
        used_url = None
        if kind in ("s_live", "s_mint", "s_kyc", "s_testi"):
            used_url = camp["urls"][{"s_mint": "mint", "s_kyc": "kyc"}.get(kind, "live")]
            if kind == "s_kyc":
                ctx["brand"] = camp["wbrand"]
            urls = self.attach_scamlink(ctx, used_url)
        if kind == "s_uri":
            uri = self.make_uri(camp["coin"], camp["addr"], camp["amt"])
            if uri is None:  # USDT on Tron: fall back to a BTC address for the URI
                a2 = addrs.btc_any(r)
                uri = self.make_uri("BTC", a2, 0.1)
                camp["addr_uri"] = a2
            ctx["uri"] = uri
        ctx["contact"] = camp.get("contact") or self.contact(lang, list(rec_handles))
        text = self.render(lang, kind, ctx, avoid_dupes=kind not in ("s_addr",))
        obf = None
        if kind not in ("s_addr", "s_uri") and r.random() < obf_p:
            text, obf = obfuscate(text, lang, r)
        if reply_to is not None:
            text = "@" + reply_to["acct"].username + " " + text
        src = "Twitter Web App" if acct.role == "famous" else acct.source
        ev = self.post(acct, t, text, lang, "scam", kind, urls=urls, reply_to=reply_to, source=src, campaign=camp,
                       obf=obf, meta={"url": used_url})
        camp["posts"].append(ev)
        return ev

    # ------------------------------------------------------------ scenario builders
    def build_hijacks(self):
        r = self.rng
        self.hijacks = []
        hijacked = [a for a in self.accounts if a.label == "hijacked"]
        for a in hijacked:
            T0 = self.rand_time(dt.datetime(2026, 3, 18, 7), dt.datetime(2026, 4, 24, 22))
            plang = a.lang if (a.lang == "en" or r.random() < 0.72) else "en"
            if a.crypto:
                scheme = "mint" if a.persona == "org" else "live"
            else:
                scheme = "live"
            camp = self.new_campaign(plang, scheme, a)
            # security events before the takeover
            if r.random() < 0.6:
                evs = r.sample(["password_reset", "email_changed", "login_new_device", "mfa_disabled", "phone_changed"],
                               r.choice([1, 1, 2]))
                tt = T0 - dt.timedelta(minutes=r.randrange(8, 70))
                for e in evs:
                    self.acct_event(a, tt, e)
                    tt += dt.timedelta(minutes=r.randrange(1, 6))
            n = r.choice([2, 2, 3, 3, 3, 4])
            if a.crypto and a.persona == "org":
                kinds = ["s_mint"] + [r.choice(["s_mint", "s_addr", "s_live"]) for _ in range(n - 1)]
            elif a.crypto:
                kinds = ["s_live", "s_double"] + [r.choice(["s_addr", "s_uri", "s_double"]) for _ in range(n - 2)]
            else:
                kinds = ["s_double"] + [r.choice(["s_double", "s_addr", "s_uri", "s_live", "s_drop", "s_double"])
                                        for _ in range(n - 1)]
            t = T0
            posts = []
            for k in kinds:
                posts.append(self.scam_post(a, t, plang, k, camp, obf_p=0.12))
                t += dt.timedelta(minutes=r.randrange(3, 26), seconds=r.randrange(60))
            h = {"acct": a, "t0": T0, "camp": camp, "posts": posts, "lang": plang}
            # apology
            if r.random() < 0.82:
                ta = t + dt.timedelta(hours=r.uniform(1.5, 20))
                ctx = self.campaign_ctx(a.lang, "e", camp)
                self.post(a, ta, self.render(a.lang, "e", ctx, parity=0 if a.persona == "org" else 1), a.lang,
                          "benign", "e")
                h["apology"] = ta
                if r.random() < 0.35:
                    tb = ta + dt.timedelta(days=r.uniform(1, 5))
                    if tb < END:
                        self.ordinary(a, tb)
            self.hijacks.append(h)

    def ordinary(self, a, t):
        lang = a.lang
        ctx = self.base_ctx(lang, "l")
        key = "ord_org" if a.persona == "org" else "ord_person"
        return self.post(a, t, self.render(lang, key, ctx), lang, "benign", "l")

    def build_scammers(self):
        r = self.rng
        self.rec_handles = {lang: [a.username for a in self.by_role[(lang, "scammer")] if a.stype == "recovery"]
                            for lang in LANGS}
        self.reply_scammers = []
        for a in [x for x in self.accounts if x.role == "scammer"]:
            lang = a.lang
            scheme = {"impersonator": "live", "kyc": "kyc", "mint": "mint"}.get(a.stype, r.choice(["live", "kyc"]))
            camp = self.new_campaign(lang, scheme, a)
            letters = re.sub(r"[^a-z]", "", a.username.lower())
            for wb in WALLET_BRANDS:
                if re.sub(r"[^a-z]", "", wb.lower()) in letters.replace("supp0rt", "support"):
                    camp["wbrand"] = wb
                    camp["urls"]["kyc"] = self.scam_domain("kyc", brand=wb)[1]
                    if scheme == "kyc":
                        camp["url"] = camp["urls"]["kyc"]
                        camp["domain"] = camp["url"].split("/")[2]
                        camp["brand"] = wb
            if a.stype == "drop":
                camp["coin"] = "USDT"
                camp["addr"] = addrs.trx(r)
                camp["amt"] = r.choice(COIN_AMTS["USDT"])
            if a.stype in ("recovery", "invest"):
                camp["contact"] = self.contact(lang, [h for h in self.rec_handles[lang] if h != a.username])
            a.camp = camp
            n = r.choice([1, 2, 2, 2, 3, 3, 3, 4])
            if a.stype in ("recovery",) or (a.stype == "kyc" and r.random() < 0.5):
                a.reply_budget = n
                self.reply_scammers.append(a)
                continue
            t = self.rand_time(dt.datetime(2026, 3, 3), dt.datetime(2026, 4, 28))
            for i in range(n):
                if a.stype == "impersonator":
                    k = r.choice(["s_double", "s_live", "s_live", "s_double", "s_testi", "s_addr", "s_uri", "s_mint"])
                elif a.stype == "kyc":
                    k = "s_kyc"
                elif a.stype == "mint":
                    k = "s_mint"
                elif a.stype == "drop":
                    k = r.choice(["s_drop", "s_fee"])
                else:  # invest
                    k = r.choice(["s_testi", "s_testi", "s_recovery"])
                if t > END:
                    break
                self.scam_post(a, t, lang, k, camp, rec_handles=self.rec_handles[lang])
                t += dt.timedelta(minutes=r.randrange(20, 60 * 30))

    def pick_account(self, lang, roles):
        cands = []
        for role in roles:
            cands += self.by_role.get((lang, role), [])
        return self.rng.choice(cands)

    def scam_posts_of(self, lang=None, kinds=None, before=None):
        out = []
        for c in self.campaigns:
            for p in c["posts"]:
                if (lang is None or p["lang"] == lang) and (kinds is None or p["kind"] in kinds):
                    out.append(p)
        return out

    def build_benign(self):
        r = self.rng
        self.victim_posts = []
        for lang in LANGS:
            plan = PLAN_EN if lang == "en" else PLAN_XX
            for kind in ["a", "a_quote", "c", "d", "e_other", "f", "g", "h", "i", "j"]:
                for _ in range(plan[kind]):
                    getattr(self, "benign_" + kind)(lang)
        # news: reports of the corpus's own hijacks
        for h in self.hijacks:
            if r.random() < 0.62:
                self.benign_b(h, h["acct"].lang)
            if h["acct"].lang != "en" and r.random() < 0.15:
                self.benign_b(h, "en")
        # retweets of scams by normal accounts
        for lang, n in RETWEETS.items():
            for _ in range(n):
                self.benign_rt(lang)

    def tied_scam(self, lang, kinds, p_same_lang=0.8):
        r = self.rng
        pool = self.scam_posts_of(lang if r.random() < p_same_lang else None, kinds)
        pool = [p for p in pool if p["t"] < END - dt.timedelta(hours=3)]
        return r.choice(pool) if pool else None

    def benign_a(self, lang):
        r = self.rng
        a = self.pick_account(lang, ["user", "user", "research", "exchange"])
        src = self.tied_scam(lang, ["s_double", "s_live", "s_addr", "s_uri", "s_testi", "s_drop"]) if r.random() < 0.55 else None
        if src:
            camp = src["campaign"]
            ctx = self.campaign_ctx(lang, "a", camp)
            ctx["scamdomain"] = camp["urls"]["live"].split("/")[2]
            ctx["brand"] = camp["live_brand"]
            t = src["t"] + dt.timedelta(minutes=r.randrange(12, 60 * 30))
        else:
            camp = self.new_campaign(lang, "live", None)
            self.campaigns.remove(camp)
            ctx = self.campaign_ctx(lang, "a", camp)
            t = self.rand_time()
        t = min(t, END - dt.timedelta(minutes=r.randrange(5, 300)))
        uri = self.make_uri(camp["coin"], camp["addr"], camp["amt"]) or self.make_uri("BTC", addrs.btc_any(r), 0.1)
        ctx["uri"] = uri
        self.post(a, t, self.render(lang, "a", ctx), lang, "benign", "a")

    def benign_a_quote(self, lang):
        r = self.rng
        src = self.tied_scam(lang, ["s_double", "s_live", "s_drop", "s_mint", "s_kyc", "s_addr"], 0.9)
        if not src:
            return self.benign_a(lang)
        a = self.pick_account(lang, ["user", "research"])
        ctx = self.campaign_ctx(lang, "a_quote", src["campaign"])
        t = min(src["t"] + dt.timedelta(minutes=r.randrange(4, 240)), END - dt.timedelta(minutes=1))
        text = self.render(lang, "a_quote", ctx)
        self.post(a, t, text, lang, "benign", "a", quote_of=src, meta={"sub": "a_quote"})

    def benign_b(self, h, lang):
        r = self.rng
        news = self.by_role.get((lang, "news"))
        if not news:
            return
        a = r.choice(news)
        camp = h["camp"]
        ctx = self.campaign_ctx(lang, "b", camp)
        v = h["acct"]
        ctx["victim"] = v.name
        ctx["victim_handle"] = v.username
        ctx["followers"] = self.fmt(v.followers, lang)
        ctx["day"] = self.L[lang].LISTS["day"][h["t0"].weekday()]
        ctx["n"] = self.fmt(r.randrange(6, 400), lang)
        ctx["usd"] = self.fmt(nice_round(r.uniform(20000, 900000)), lang)
        t = h["posts"][0]["t"] + dt.timedelta(minutes=r.randrange(40, 60 * 36))
        if t >= END:
            t = END - dt.timedelta(minutes=r.randrange(1, 60))
        self.post(a, t, self.render(lang, "b", ctx), lang, "benign", "b", meta={"about": v.username})

    def benign_c(self, lang):
        r = self.rng
        a = self.pick_account(lang, ["research"])
        ctx = self.base_ctx(lang, "c")
        pool = self.scam_posts_of(None, ["s_live", "s_mint", "s_kyc", "s_testi"])
        doms = sorted({p["meta"]["url"].split("/")[2] for p in pool})
        picks = r.sample(doms, 3) if len(doms) >= 3 else doms
        for i, d in enumerate(picks):
            ctx[["defanged", "defanged2", "defanged3"][i]] = defang(d, r)
        t = self.rand_time(dt.datetime(2026, 3, 20), END)
        self.post(a, t, self.render(lang, "c", ctx), lang, "benign", "c")

    def benign_d(self, lang):
        r = self.rng
        a = self.pick_account(lang, ["user"])
        schemes = D_SCHEMES.get(lang, D_SCHEMES["xx"])
        idx = r.randrange(len(self.L[lang].T["d"]))
        scheme = schemes[idx]
        kinds = {"live": ["s_live", "s_testi"], "mint": ["s_mint"], "kyc": ["s_kyc"], None: ["s_double", "s_fee"]}[scheme]
        src = self.tied_scam(lang, kinds, 0.85) if r.random() < 0.6 else None
        if src:
            camp = src["campaign"]
            url = src["meta"]["url"] or camp["urls"][scheme or "live"]
            t = src["t"] + dt.timedelta(minutes=r.randrange(10, 60 * 20))
        else:
            camp = self.new_campaign(lang, scheme or "live", None)
            self.campaigns.remove(camp)
            url = camp["url"]
            t = self.rand_time(START, END - dt.timedelta(hours=8))
        t = min(t, END - dt.timedelta(hours=6))
        ctx = self.campaign_ctx(lang, "d", camp)
        ctx["brand"] = {"kyc": camp["wbrand"], "mint": camp["project"]}.get(scheme, camp["live_brand"])
        urls = self.attach_scamlink(ctx, url, 0.6, 0.35)
        text = fill(self.L[lang].T["d"][idx], ctx, lang)
        self.used_texts.add(text)
        ev = self.post(a, t, text, lang, "benign", "d", urls=urls)
        self.victim_posts.append(ev)

    def benign_e_other(self, lang):
        a = self.pick_account(lang, ["project", "project", "charity", "news"])
        ctx = self.base_ctx(lang, "e")
        self.post(a, self.rand_time(), self.render(lang, "e_other", ctx), lang, "benign", "e_other")

    def benign_f(self, lang):
        r = self.rng
        a = self.pick_account(lang, ["exchange"])
        ctx = self.base_ctx(lang, "f")
        dom = EXCHANGE_DOMAINS[a.username]
        slug = r.choice(["trading-competition", "double-points", "staking", "referral", "learn-earn", "welcome-bonus"])
        loc = {"en": "en", "zh": "zh-CN", "ja": "ja", "ko": "ko"}.get(lang, lang)
        url = f"https://{dom}/{loc}/promotions/{slug}-{r.randrange(2026031, 2026049)}"
        txt, ent = self.link_in_text(url, 0.7, 0.3)
        ctx["link"] = txt
        self.post(a, self.rand_time(), self.render(lang, "f", ctx), lang, "benign", "f", urls=[ent] if ent else [])

    def benign_g(self, lang):
        r = self.rng
        a = self.pick_account(lang, ["charity"])
        if not hasattr(a, "don"):
            coin = r.choice(["BTC", "ETH", "BTC"])
            a.don = (coin, self.mint(coin))
        ctx = self.base_ctx(lang, "g")
        ctx["coin"], ctx["addr"] = a.don
        ctx["addr_short"] = short_addr(a.don[1])
        ctx["total"] = self.fmt(round(r.uniform(0.1, 3), 3) if a.don[0] == "BTC" else round(r.uniform(1, 20), 2), lang)
        ctx["org"] = a.name
        url = f"https://{re.sub(r'[^a-z0-9]', '', a.username.lower())}.org/{r.choice(['donate', 'crypto', 'report'])}"
        txt, ent = self.link_in_text(url, 0.7, 0.3)
        ctx["link"] = txt
        self.post(a, self.rand_time(), self.render(lang, "g", ctx), lang, "benign", "g", urls=[ent] if ent else [])

    def benign_h(self, lang):
        a = self.pick_account(lang, ["project", "project", "user", "news"])
        ctx = self.base_ctx(lang, "h")
        self.post(a, self.rand_time(), self.render(lang, "h", ctx), lang, "benign", "h")

    def benign_i(self, lang):
        a = self.pick_account(lang, ["user", "user", "research"])
        ctx = self.base_ctx(lang, "i")
        self.post(a, self.rand_time(), self.render(lang, "i", ctx), lang, "benign", "i")

    def benign_j(self, lang):
        a = self.pick_account(lang, ["user"])
        ctx = self.base_ctx(lang, "j")
        self.post(a, self.rand_time(), self.render(lang, "j", ctx), lang, "benign", "j")

    def benign_rt(self, lang):
        r = self.rng
        src = self.tied_scam(lang, ["s_double", "s_live", "s_drop", "s_mint"], 1.0)
        if not src:
            return
        a = self.pick_account(lang, ["user"])
        t = min(src["t"] + dt.timedelta(minutes=r.randrange(1, 50)), END - dt.timedelta(minutes=1))
        self.post(a, t, None, src["lang"], "benign", "rt", rt_of=src)

    def build_replies(self):
        """Support replies (benign) and recovery / fake-support replies (scam) under victims' posts."""
        r = self.rng
        for v in self.victim_posts:
            lang = v["lang"]
            sup = self.by_role.get((lang, "support"))
            if sup and r.random() < 0.5:
                a = r.choice(sup)
                t = v["t"] + dt.timedelta(minutes=r.randrange(15, 300))
                ctx = self.base_ctx(lang, "k")
                self.post(a, t, "@" + v["acct"].username + " " + self.render(lang, "k", ctx), lang, "benign", "k",
                          reply_to=v)
        # make sure every language gets its planned support replies
        for lang in LANGS:
            want = (PLAN_EN if lang == "en" else PLAN_XX)["k"]
            have = sum(1 for e in self.events if e["type"] == "post" and e["kind"] == "k" and e["lang"] == lang)
            targets = [e for e in self.events if e["type"] == "post" and e["lang"] == lang and e["kind"] in ("d", "a")
                       and e["acct"].role == "user"]
            replied = {id(e["reply_to"]) for e in self.events if e["type"] == "post" and e["kind"] == "k"}
            targets = [e for e in targets if id(e) not in replied]
            while have < want and targets:
                v = r.choice(targets)
                targets.remove(v)
                a = r.choice(self.by_role[(lang, "support")])
                t = min(v["t"] + dt.timedelta(minutes=r.randrange(15, 300)), END)
                ctx = self.base_ctx(lang, "k")
                self.post(a, t, "@" + v["acct"].username + " " + self.render(lang, "k", ctx), lang, "benign", "k",
                          reply_to=v)
                have += 1
        # scam replies
        for a in self.reply_scammers:
            lang = a.lang
            cands = [e for e in self.events if e["type"] == "post" and e["lang"] == lang and e["label"] == "benign"
                     and e["kind"] in ("d", "a", "e") and e["t"] < END - dt.timedelta(hours=2)]
            if not cands:
                cands = [e for e in self.victim_posts if e["t"] < END - dt.timedelta(hours=2)]
            picks = r.sample(cands, min(a.reply_budget, len(cands)))
            for v in picks:
                t = v["t"] + dt.timedelta(minutes=r.randrange(2, 180), seconds=r.randrange(60))
                k = "s_recovery" if a.stype == "recovery" else "s_kyc"
                self.scam_post(a, t, lang, k, a.camp, reply_to=v, rec_handles=self.rec_handles[lang], obf_p=0.1)

    def build_drop_reply_spam(self):
        """Some drop/impersonator scammers also reply under famous accounts' ordinary posts."""
        r = self.rng
        for a in [x for x in self.accounts if x.role == "scammer" and x.stype in ("drop", "impersonator")]:
            if r.random() < 0.3:
                targets = [e for e in self.events if e["type"] == "post" and e["acct"].role == "famous"
                           and e["kind"] == "l" and e["lang"] == a.lang]
                if targets:
                    v = r.choice(targets)
                    t = v["t"] + dt.timedelta(minutes=r.randrange(1, 90))
                    self.scam_post(a, t, a.lang, "s_drop", a.camp, reply_to=v)

    def build_ordinary(self):
        r = self.rng
        for a in self.accounts:
            if a.role == "scammer":
                continue
            if a.label == "hijacked":
                h = next(x for x in self.hijacks if x["acct"] is a)
                n = r.choice([2, 2, 2, 3]) if not a.crypto else 1
                lo, hi = START, h["t0"] - dt.timedelta(days=1)
                span = (hi - lo) / n
                for i in range(n):
                    t = lo + span * i + dt.timedelta(seconds=r.randrange(max(1, int(span.total_seconds() * 0.8))))
                    self.ordinary(a, t)
                if a.crypto:
                    for _ in range(2):
                        ctx = self.base_ctx(a.lang, "i")
                        key = "i" if a.persona == "person" else "h"
                        self.post(a, self.rand_time(START, h["t0"] - dt.timedelta(days=2)),
                                  self.render(a.lang, key, ctx), a.lang, "benign", key)
            elif a.role == "famous":
                for _ in range(3):
                    self.ordinary(a, self.rand_time())
                ctx = self.base_ctx(a.lang, "h")
                self.post(a, self.rand_time(), self.render(a.lang, "h", ctx), a.lang, "benign", "h")
            elif a.role == "user":
                for _ in range(r.choice([1, 1, 1, 2])):
                    self.ordinary(a, self.rand_time())
            elif a.role in ("news", "exchange", "charity", "project", "support"):
                if r.random() < 0.3:
                    self.ordinary(a, self.rand_time())
        # benign security events on normal accounts, followed by an ordinary post
        users = [a for a in self.accounts if a.role == "user"]
        for a in r.sample(users, 10):
            t = self.rand_time(START, END - dt.timedelta(hours=6))
            self.acct_event(a, t, r.choice(["password_reset", "login_new_device", "email_changed", "password_reset"]))
            self.ordinary(a, t + dt.timedelta(minutes=r.randrange(4, 90)))

    # ------------------------------------------------------------ finalise
    def finalise(self):
        r = self.rng
        # a reply / quote / retweet always comes after the post it refers to
        for e in self.events:
            if e["type"] != "post":
                continue
            for ref in (e["reply_to"], e["quote_of"], e["rt_of"]):
                if ref is not None and e["t"] <= ref["t"]:
                    e["t"] = ref["t"] + dt.timedelta(minutes=1 + r.randrange(30))
        evs = sorted(self.events, key=lambda e: (e["t"], 0 if e["type"] == "event" else 1,
                                                 e.get("key", 0)))
        # strictly increasing timestamps (second resolution); a reply never precedes its parent
        last = None
        for e in evs:
            e["t"] = e["t"].replace(microsecond=0)
            if last is not None and e["t"] <= last:
                e["t"] = last + dt.timedelta(seconds=1)
            last = e["t"]
        nid = FIRST_POST_ID
        for e in evs:
            if e["type"] == "post":
                e["id"] = str(nid)
                nid += 1
        # scam accounts: created shortly before their first post
        for a in self.accounts:
            if a.role == "scammer":
                first = min((p["t"] for p in a.posts), default=START)
                a.created_at = (first - dt.timedelta(days=r.uniform(0.3, 25), seconds=r.randrange(86400))).replace(
                    microsecond=0)
        self.final = evs

    def post_json(self, e):
        a = e["acct"]
        data = {"id": e["id"]}
        users = [a.user_obj()]
        tweets = []
        if e["rt_of"] is not None:
            src = e["rt_of"]
            body = src["text"]
            txt = "RT @" + src["acct"].username + ": " + body
            if len(txt) > 140:
                txt = txt[:139].rstrip() + "…"
            data["text"] = txt
        else:
            txt = e["text"]
            if e["quote_of"] is not None:
                q = e["quote_of"]
                qt = self.tco()
                txt = txt + " " + qt
                e["urls"] = e["urls"] + [{"url": qt, "expanded_url":
                                          f"https://twitter.com/{q['acct'].username}/status/{q['id']}"}]
            data["text"] = txt
        data.update({"author_id": a.id, "created_at": iso(e["t"]), "lang": e["lang"], "source": e["source"]})
        if e["reply_to"] is not None:
            p = e["reply_to"]
            data["in_reply_to_user_id"] = p["acct"].id
            data["referenced_tweets"] = [{"type": "replied_to", "id": p["id"]}]
            if p["acct"] is not a:
                users.append(p["acct"].user_obj())
        if e["quote_of"] is not None:
            q = e["quote_of"]
            data["referenced_tweets"] = [{"type": "quoted", "id": q["id"]}]
            tweets.append({"id": q["id"], "text": q["text"], "author_id": q["acct"].id})
            users.append(q["acct"].user_obj())
        if e["rt_of"] is not None:
            s = e["rt_of"]
            data["referenced_tweets"] = [{"type": "retweeted", "id": s["id"]}]
            tweets.append({"id": s["id"], "text": s["text"], "author_id": s["acct"].id})
            users.append(s["acct"].user_obj())
            if s["urls"]:
                data["entities"] = {"urls": [dict(u) for u in s["urls"]]}
        if e["urls"] and e["rt_of"] is None:
            data["entities"] = {"urls": e["urls"]}
        inc = {"users": users}
        if tweets:
            inc["tweets"] = tweets
        return {"data": data, "includes": inc}

    def build(self):
        self.make_accounts()
        self.build_hijacks()
        self.build_scammers()
        self.build_ordinary()
        self.build_benign()
        self.build_replies()
        self.build_drop_reply_spam()
        self.ensure_history()
        self.finalise()

    def ensure_history(self):
        """Every labelled account appears in the stream: accounts left without a post get an ordinary one."""
        for a in self.accounts:
            if not a.posts:
                if a.role == "scammer":
                    self.scam_post(a, self.rand_time(dt.datetime(2026, 3, 3), END), a.lang,
                                   "s_recovery" if a.stype == "recovery" else "s_kyc", a.camp,
                                   rec_handles=self.rec_handles[a.lang])
                else:
                    self.ordinary(a, self.rand_time())

    # ------------------------------------------------------------ outputs
    def write(self, outdir):
        lines = []
        for e in self.final:
            if e["type"] == "event":
                obj = {"account_event": {"account_id": e["acct"].id, "type": e["etype"], "created_at": iso_event(e["t"])}}
            else:
                obj = self.post_json(e)
            lines.append(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
        with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        buf = io.StringIO()
        buf.write("kind,id,label\n")
        buf.write("# tune2: precision tuning set, generated by make_tune2.py (not blind)\n")
        buf.write("# posts: scam or benign\n")
        for e in self.final:
            if e["type"] == "post":
                buf.write(f"post,{e['id']},{e['label']}\n")
        buf.write("# accounts: hijacked, scammer or normal\n")
        for a in sorted(self.accounts, key=lambda x: (x.label, int(x.id))):
            buf.write(f"account,{a.id},{a.label}\n")
        with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(buf.getvalue())
        with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(self.readme())

    def counts(self):
        posts = [e for e in self.final if e["type"] == "post"]
        by_label_lang = {}
        by_kind_lang = {}
        for e in posts:
            by_label_lang[(e["label"], e["lang"])] = by_label_lang.get((e["label"], e["lang"]), 0) + 1
            k = e["meta"].get("sub", e["kind"])
            by_kind_lang[(k, e["lang"])] = by_kind_lang.get((k, e["lang"]), 0) + 1
        return posts, by_label_lang, by_kind_lang

    def readme(self):
        posts, bll, bkl = self.counts()
        n_ev = sum(1 for e in self.final if e["type"] == "event")
        n_hj_ev = sum(1 for e in self.final if e["type"] == "event" and e["acct"].label == "hijacked")
        acc = {}
        for a in self.accounts:
            acc[a.label] = acc.get(a.label, 0) + 1
        obf = {}
        for e in posts:
            if e["obf"]:
                obf[e["obf"]] = obf.get(e["obf"], 0) + 1
        n_b = sum(1 for e in posts if e["label"] == "benign")
        n_s = len(posts) - n_b
        n_l = sum(1 for e in posts if e["kind"] == "l")
        n_tco = sum(1 for e in posts if any(u["url"].startswith("https://t.co/") for u in e["urls"]))
        n_reply = sum(1 for e in posts if e["reply_to"] is not None)
        out = []
        w = out.append
        w("# tune2 — precision tuning corpus for the giveaway-scam detector\n")
        w("**This is a TUNING set, not a blind set.** It was written to measure and tune *precision*: most posts "
          "talk about crypto giveaway scams (warnings, news, research, victims' questions, hacked-account notices) "
          "or look superficially similar (exchange promotions, donation drives, like/RT giveaways, price talk, "
          "transfers between friends) without being scams. A smaller share are scam posts written to look like "
          "publicly reported ones. Anyone may look at it; do not use it as held-out evidence.\n")
        w("## Files\n")
        w("- `make_tune2.py` — deterministic generator (seed %d); writes `posts.jsonl`, `labels.csv`, `README.md` "
          "next to itself (`--out DIR` to write elsewhere). Same bytes on every run." % SEED)
        w("- `t_<lang>.py` — hand-written sentence templates and account profiles, one file per language. The "
          "non-English sentences were written directly in each language (own word order, `0,5 BTC`, `1.000`, "
          "`%72`, `72 %`, localised currencies), not translated from the English file.")
        w("- `addrs.py` — address minting from seeded random bytes with valid checksums: BTC base58check "
          "(P2PKH/P2SH), bech32 (v0) and bech32m (taproot); ETH EIP-55 over a pure-Python Keccak-256 (self-test "
          "against the empty-string, \"abc\" and quick-brown-fox vectors, the EIP-55 examples, and hashlib's "
          "SHA3-256 with SHA3 padding for multi-block inputs); SOL base58 of 32 bytes; TRX base58check with 0x41.")
        w("- `check_tune2.py` — validator: JSON shape of every line, unique increasing ids, increasing "
          "timestamps, every post labelled, account labels, address checksums, the counts below, and that "
          "regenerating gives identical bytes. Exit 0 when all pass.")
        w("- `posts.jsonl` — %d lines: %d posts (Twitter API v2 stream messages) and %d account security events "
          "(`{\"account_event\": …}`), in event-time order." % (len(self.final), len(posts), n_ev))
        w("- `labels.csv` — `kind,id,label` (format of docs/backtest.md): every post `scam`/`benign`, every "
          "account `hijacked`/`scammer`/`normal`.\n")
        w("## How it was written\n")
        w("Read: `docs/input.md` (input formats, incl. account events) and the *labels format* section of "
          "`docs/backtest.md`. Not read: anything under `rules/`, `src/`, `models/`, `tests/` (other than this "
          "directory), `fuzz/`, `/work/shared/data`, or any `blind*` directory; the detector was not run. The "
          "scam wording comes from general knowledge of publicly reported schemes: the July 2020 Twitter takeover "
          "(\"send BTC, I'll send back double\"), fake live-stream giveaways on look-alike domains, airdrop / "
          "free-mint drainers, fake wallet validation / sync / KYC phishing, fund-recovery reply scams, \"drop "
          "your wallet address\" giveaways and advance-fee prize / withdrawal-tax scams. People, clubs, media, "
          "charities and NFT projects are fictional; exchange promotion and support accounts carry real exchange "
          "names (e.g. `CoinbaseSupport`, `krakensupport`) with fictional ids, profiles and wording; scam text "
          "impersonates well-known names as real scams do. All addresses are freshly minted random ones; scam "
          "domains are invented look-alikes; phone numbers use the reserved 555-01xx / 07700 900xxx ranges.\n")
        w("Design points:\n")
        w("- Hijacked accounts are long-established and verified (created 2009–2014); they post ordinary things "
          "for weeks, then — sometimes minutes after `password_reset` / `email_changed` / `login_new_device` / "
          "`mfa_disabled` / `phone_changed` events — a burst of 2–4 scam posts (first crypto post ever for the "
          "non-crypto ones; from \"Twitter Web App\" instead of their usual client), then usually a \"we were "
          "hacked\" notice (benign) and sometimes more ordinary posts. %d of the %d non-English takeovers "
          "post in English." % (sum(1 for h in self.hijacks if h["lang"] == "en" and h["acct"].lang != "en"),
                                sum(1 for h in self.hijacks if h["acct"].lang != "en")))
        w("- Scam accounts are days old, with few followers (a few have paid-style verification). Recovery and "
          "fake-support accounts reply under victims' and warners' posts.")
        w("- Many benign posts reuse the *real* artefacts of the corpus's scams: news and warnings quote the "
          "takeover's address and promised return; researchers list the scam domains defanged; victims paste "
          "the scam link (t.co with `expanded_url` to the scam domain); quote-tweets and retweets of scam posts "
          "by normal accounts are labelled benign (docs/backtest.md: a retweet is not the retweeter's speech).")
        w("- %d normal users have a security event (password reset etc.) followed by an ordinary post." %
          sum(1 for e in self.final if e["type"] == "event" and e["acct"].label == "normal"))
        w("- Links: %d posts carry `entities.urls` (t.co → expanded URL); others show a raw URL or a bare domain "
          "in the text. %d posts are replies (`in_reply_to_user_id` + `referenced_tweets`)." % (n_tco, n_reply))
        w("- Obfuscated scam posts: %s." % ", ".join(f"{k} {v}" for k, v in sorted(obf.items())))
        w("- Ids run from %d upward in time order; timestamps increase strictly from %s to %s.\n" % (
            FIRST_POST_ID, iso(self.final[0]["t"]), iso(self.final[-1]["t"])))
        w("## Counts\n")
        w("Posts: **%d** — benign **%d** (of which ordinary everyday posts: %d), scam **%d**. Account security "
          "events: %d (%d on hijacked accounts). Accounts: %s.\n" % (
              len(posts), n_b, n_l, n_s, n_ev, n_hj_ev, ", ".join(f"{k} {v}" for k, v in sorted(acc.items()))))
        w("Per label and language (checked by `check_tune2.py`):\n")
        w("<!-- counts:begin -->")
        w("| lang | benign | scam | total |")
        w("| --- | ---: | ---: | ---: |")
        tb = ts = 0
        for lang in LANGS:
            b = bll.get(("benign", lang), 0)
            s = bll.get(("scam", lang), 0)
            tb += b
            ts += s
            w(f"| {lang} | {b} | {s} | {b + s} |")
        w(f"| all | {tb} | {ts} | {tb + ts} |")
        w("<!-- counts:end -->\n")
        w("Per kind and language (benign kinds a–l follow the letters of the task description; `a_quote` is a warning posted as a "
          "quote-tweet):\n")
        w("| label | kind | description | " + " | ".join(LANGS) + " | all |")
        w("| --- | --- | --- | " + " | ".join("---:" for _ in LANGS) + " | ---: |")
        for label, kinds in (("benign", BENIGN_KINDS), ("scam", SCAM_KINDS)):
            for k in kinds:
                row = [bkl.get((k, lang), 0) for lang in LANGS]
                if sum(row) == 0:
                    continue
                w(f"| {label} | {k} | {KIND_NAMES[k]} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
        w("")
        w("## Uncertain points\n")
        w("- Retweets carry the scam's `entities.urls` (as the API does for retweets) and the full scam text in "
          "`includes.tweets`; they are labelled benign as docs/backtest.md says.")
        w("- A hijacked account's apology and its ordinary posts are benign; only the takeover posts are scam.")
        w("- `lang` is the language of the post, not of the account: non-English hijacked accounts that post their "
          "takeover in English count under `en` in the tables.")
        w("- Replies by scam accounts start with `@victim` as v2 `text` does; their label is scam.")
        w("- Account security events use the shape of docs/input.md (`created_at` without milliseconds, as in "
          "its example); posts use `.000Z`.")
        return "\n".join(out) + "\n"


def scam_type(username):
    u = username.lower()
    if re.search(r"recover|recuper|rueckhol|kurtarma|vozvrat|istirdad|kaishu|bokgu|zhuihui|chris_recovers|"
                 r"hack_recovery|cyber_trace", u):
        return "recovery"
    if re.search(r"support|supp0rt|helpdesk|care|soporte|suporte|assistenza|destek|daem|podderzhka|kefu|_cs_|"
                 r"validation|secure_sync", u):
        return "kyc"
    if re.search(r"airdrop|mint", u):
        return "mint"
    if re.search(r"usdt|drops|gift|regalo|hediye|hadaya|podarki|fuli|jigeup|haifu|cadeaux|geschenke|winner|"
                 r"regali|pix_", u):
        return "drop"
    if re.search(r"invest|inversion|trading|mentor|licai|tuja|toushi|yatirim|tadawul", u):
        return "invest"
    return "impersonator"


def generate(outdir):
    addrs.self_test()
    g = Gen()
    g.build()
    g.write(outdir)
    return g


if __name__ == "__main__":
    out = HERE
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
        os.makedirs(out, exist_ok=True)
    g = generate(out)
    posts, bll, _ = g.counts()
    print("wrote %d posts (%d benign, %d scam) to %s" % (
        len(posts), sum(v for (l, _), v in bll.items() if l == "benign"),
        sum(v for (l, _), v in bll.items() if l == "scam"), out))

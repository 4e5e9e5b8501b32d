#!/usr/bin/env python3
"""Deterministic generator of the tune4 precision corpus (see README.md).

    python3 make_tune4.py            # (re)writes posts.jsonl, labels.csv, README.md here
    python3 make_tune4.py --digest   # prints sha256 of each file it would write, writes nothing

Everything comes from one random.Random(SEED); no set iteration, no clock, no environment.
"""
import hashlib
import html
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import addr  # noqa: E402
from tune4_text import LANGS, TEXT, COMMON  # noqa: E402

SEED = 20260804
START = datetime(2026, 8, 1, 0, 0, 0, tzinfo=timezone.utc)
END = datetime(2026, 9, 30, 23, 59, 59, tzinfo=timezone.utc)
N_BENIGN_PER_LANG = 99  # + 1 retweet_of_scam = 100 benign per language
N_SCAM_PER_LANG = 25
N_HIJACKED = 20

BENIGN_KINDS = ["news", "warning", "victim_ask", "hacked_notice", "donation", "exchange_promo",
                "nft_airdrop", "creator_giveaway", "price_talk", "tip_jar", "friend_payment",
                "dev_address", "meme", "non_crypto"]
HISTORY_KINDS = ["price_talk", "creator_giveaway", "non_crypto", "meme", "tip_jar", "donation",
                 "nft_airdrop", "friend_payment"]
HIJACK_SCAM_TYPES = ["giveaway", "drainer", "presale", "wallet_drop"]
REPLY_SCAM_TYPES = ["recovery", "support", "fee_followup", "withdrawal_tax"]
SEC_EVENTS = ["password_reset", "email_changed", "login_new_device", "mfa_disabled",
              "phone_changed", "session_token_revoked"]
SOURCES = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "TweetDeck Web App"]
TWEPOCH = 1288834974657


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_ids = {}
        self.seq = 0

    # ---------------------------------------------------------------- primitives
    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def btc(self):
        f = self.pick([addr.btc_segwit, addr.btc_segwit, addr.btc_taproot, addr.btc_legacy, addr.btc_p2sh])
        return f(self.rb)

    def chain_addr(self, coin):
        return {"BTC": self.btc, "ETH": lambda: addr.eth(self.rb), "USDT": lambda: addr.tron(self.rb),
                "SOL": lambda: addr.sol(self.rb), "DOGE": lambda: addr.doge(self.rb),
                "LTC": lambda: addr.ltc_segwit(self.rb), "USDC": lambda: addr.eth(self.rb)}[coin]()

    def hexs(self, n):
        return self.rb(n).hex()

    def tco(self):
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "https://t.co/" + "".join(self.pick(al) for _ in range(10))


# ------------------------------------------------------------------ number formats
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fmt(lang, x, dec=0, arabic_digits=False):
    """Locale number format: en/ja/ko/zh 1,234.5 · de/es/it/pt/tr 1.234,5 · fr 1 234,5 · ru 1 234,5."""
    neg = x < 0
    x = abs(x)
    if dec:
        s = ("%." + str(dec) + "f") % x
        ip, fp = s.split(".")
        ip = int(ip)
    else:
        ip, fp = int(round(x)), ""
    th, dp = {"en": (",", "."), "ja": (",", "."), "ko": (",", "."), "zh": (",", "."),
              "de": (".", ","), "es": (".", ","), "it": (".", ","), "pt": (".", ","), "tr": (".", ","),
              "fr": ("\u202f", ","), "ru": ("\u00a0", ","), "ar": (",", ".")}[lang]
    if lang == "es" and ip < 10000:
        th = ""  # RAE: no separator in 4-digit numbers
    if lang == "ar" and arabic_digits:
        th, dp = "٬", "٫"
    s = group(ip, th) + (dp + fp if fp else "")
    if lang == "ar" and arabic_digits:
        s = s.translate(AR_DIGITS)
    return ("-" if neg else "") + s


# ------------------------------------------------------------------ obfuscation
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і"}
PROTECT = re.compile(r"(https?://\S+|\b(?:bc1|ltc1)[a-z0-9]{20,}|\b0x[0-9a-fA-F]{40}|\b0x[0-9a-fA-F]{64}|"
                     r"\b[13DT][1-9A-HJ-NP-Za-km-z]{25,34}\b|\b[1-9A-HJ-NP-Za-km-z]{43,44}\b|\S+@\S+|\+1[\d ()-]+)")
KEYWORDS = ["BTC", "ETH", "USDT", "SOL", "x2", "2x", "X2", "FREE", "free", "giveaway", "Giveaway", "GIVEAWAY",
            "airdrop", "Airdrop", "claim", "Claim", "bonus", "Bonus", "wallet", "Wallet", "Binance", "Ledger",
            "MetaMask", "Coinbase"]


def obfuscate(g, text, lang, strong=True):
    """One natural-looking obfuscation that never touches addresses, URLs, e-mails or phone numbers."""
    parts = PROTECT.split(text)
    if lang in ("ja", "ko", "zh"):
        modes = ["fullwidth", "fullwidth", "emoji", "breaks", "mixed"]
    else:
        # homoglyphs and spaced letters are evasion tricks: only scammers use them
        modes = ["fullwidth", "emoji", "breaks", "homoglyph", "spaced"] if strong else ["emoji", "emoji", "breaks"]
    mode = g.pick(modes)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            out.append(p)
            continue
        if mode == "fullwidth":
            for kw in KEYWORDS:
                p = p.replace(kw, "".join(FULLWIDTH.get(c, c) for c in kw))
            if lang in ("ja", "ko", "zh"):
                p = re.sub(r"\d", lambda m: FULLWIDTH[m.group(0)], p) if g.r.random() < 0.5 else p
        elif mode == "homoglyph":
            for kw in KEYWORDS:
                if kw in p and len(kw) > 3:
                    p = p.replace(kw, "".join(HOMO.get(c, c) for c in kw))
        elif mode == "spaced":
            for kw in ["FREE", "BTC", "ETH", "x2", "2x", "USDT"]:
                p = p.replace(kw, " ".join(kw))
        elif mode == "mixed":
            p = p.replace("2倍", "2x").replace("２倍", "ｘ２").replace("比特币", "BTC（比特币）").replace("ビットコイン", "BTC（ビットコイン）").replace("비트코인", "BTC(비트코인)")
        out.append(p)
    text = "".join(out)
    if mode == "emoji":
        em = g.pick(COMMON["emoji"])
        text = em + " " + text.replace(". ", ". " + g.pick(COMMON["emoji"]) + " ", 1) + " " + em
    elif mode == "breaks":
        text = re.sub(r"([.!?。！？]) ", lambda m: m.group(1) + "\n\n", text, count=3)
        if "\n" not in text:
            text = text.replace(": ", ":\n", 1)
    return text


# ------------------------------------------------------------------ accounts
class Account:
    def __init__(self, aid, username, name, created, followers, verified, role, lang, label, domain=None):
        self.id, self.username, self.name = aid, username, name
        self.created, self.followers, self.verified = created, followers, verified
        self.role, self.lang, self.label, self.domain = role, lang, label, domain
        self.following = 0
        self.tweets = 0

    def user_obj(self):
        return {"id": self.id, "username": self.username, "name": self.name, "verified": self.verified,
                "created_at": iso_ms(self.created),
                "public_metrics": {"followers_count": self.followers, "following_count": self.following,
                                   "tweet_count": self.tweets, "listed_count": self.followers // 180}}


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def rand_time(g, lo, hi):
    span = int((hi - lo).total_seconds())
    return lo + timedelta(seconds=g.r.randrange(max(span, 1)), milliseconds=g.r.randrange(1000))


def ascii_handle(s):
    return re.sub(r"[^A-Za-z0-9_]", "", s)


class World:
    def __init__(self, g):
        self.g = g
        self.accounts = []
        self.by_handle = {}
        self.acct_ids = {}
        self.pools = {}

    def new_id(self, created):
        g = self.g
        if created.year < 2014:
            while True:
                aid = str(g.r.randrange(10 ** 7, 2 * 10 ** 9))
                if aid not in self.acct_ids:
                    break
        else:
            while True:
                ms = int(created.timestamp() * 1000)
                aid = str(((ms - TWEPOCH) << 22) | g.r.randrange(1 << 22))
                if aid not in self.acct_ids:
                    break
        self.acct_ids[aid] = True
        return aid

    def add(self, username, name, created, followers, verified, role, lang, label, domain=None):
        g = self.g
        base = username[:15]
        u = base
        k = 1
        while u.lower() in self.by_handle:
            k += 1
            u = (base[:13] + str(g.r.randrange(10, 99)))
        a = Account(self.new_id(created), u, name, created, followers, verified, role, lang, label, domain)
        a.following = g.r.randrange(20, 2500) if role != "scammer" else g.r.randrange(0, 900)
        a.tweets = g.r.randrange(50, 60000) if label != "scammer" else g.r.randrange(1, 40)
        self.accounts.append(a)
        self.by_handle[u.lower()] = a
        self.pools.setdefault((lang, role), []).append(a)
        return a

    def old_date(self, y0, y1):
        g = self.g
        return datetime(g.r.randrange(y0, y1 + 1), g.r.randrange(1, 13), g.r.randrange(1, 29),
                        g.r.randrange(24), g.r.randrange(60), g.r.randrange(60), tzinfo=timezone.utc)

    def build_normal(self):
        g = self.g
        # real brands (English-language accounts)
        for name, handle, dom in COMMON["brands"]:
            self.add(handle, name, self.old_date(2010, 2018), g.r.randrange(800_000, 15_000_000), True,
                     "exchange", "en", "normal", dom)
        for lang in LANGS:
            T = TEXT[lang]
            for role, key in [("outlet", "outlets"), ("exchange", "exchanges"), ("police", "police"),
                              ("charity", "charities"), ("project", "projects")]:
                for name, handle, dom in T[key]:
                    verified = role in ("outlet", "exchange", "police") or g.r.random() < 0.3
                    fol = {"outlet": (40_000, 3_000_000), "exchange": (20_000, 900_000), "police": (5_000, 400_000),
                           "charity": (800, 60_000), "project": (3_000, 250_000)}[role]
                    self.add(handle, name, self.old_date(2009, 2023), g.r.randrange(*fol), verified, role, lang,
                             "normal", dom)
            firsts, lasts, order = T["first"], T["last"], T["order"]
            for i in range(34):
                f, l = g.pick(firsts), g.pick(lasts)
                disp = (l[0] + sep_for(lang) + f[0]) if order == "lf" else (f[0] + " " + l[0])
                style = g.r.randrange(5)
                h = [f[1] + l[1], f[1] + "_" + l[1], f[1][0] + l[1] + str(g.r.randrange(1, 99)),
                     l[1] + f[1][:3], f[1] + str(g.r.randrange(70, 2006))][style]
                h = ascii_handle(h)[:15]
                created = self.old_date(2008, 2026)
                if created > START:
                    created = START - timedelta(days=g.r.randrange(30, 900))
                fol = int(10 ** g.r.uniform(0.7, 4.9))
                self.add(h, disp, created, fol, fol > 50_000 and g.r.random() < 0.5, "person", lang, "normal")

    def build_hijacked(self):
        g = self.g
        langs = LANGS + ["en", "es", "pt", "fr", "de", "tr", "ja", "ko"]
        out = []
        for i in range(N_HIJACKED):
            lang = langs[i]
            name, handle = TEXT[lang]["celebs"][0 if i < 12 else 1]
            created = self.old_date(2009, 2017)
            a = self.add(handle, name, created, int(10 ** g.r.uniform(4.3, 6.6)), g.r.random() < 0.6,
                         "celeb", lang, "hijacked")
            out.append(a)
        return out

    def new_scammer(self, lang, first_post):
        g = self.g
        name, handle = g.pick(TEXT[lang]["scammers"] + COMMON["scammers"])
        handle = ascii_handle(handle)[:11] + str(g.r.randrange(1000, 99999))
        created = first_post - timedelta(days=g.r.uniform(0.2, 40))
        a = self.add(handle, name, created, int(10 ** g.r.uniform(0, 2.7)), False, "scammer", lang, "scammer")
        return a


def sep_for(lang):
    return {"ja": " ", "zh": "", "ko": ""}.get(lang, " ")


# ------------------------------------------------------------------ slot filling
SLOT = re.compile(r"\{(\w+)\}")


class Filler:
    def __init__(self, g, world, lang, author):
        self.g, self.w, self.lang, self.author = g, world, lang, author
        self.cache = {}
        self.ar_digits = lang == "ar" and g.r.random() < 0.45
        coin = g.pick(["BTC", "BTC", "ETH", "ETH", "USDT", "SOL", "DOGE", "LTC", "USDC"])
        self.cache["coin"] = coin

    def n(self, x, dec=0):
        return fmt(self.lang, x, dec, self.ar_digits)

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        v = self.make(key)
        self.cache[key] = v
        return v

    def make(self, key):
        g, r, lang, T = self.g, self.g.r, self.lang, TEXT[self.lang]
        if key == "addr":
            return g.chain_addr(self.get("coin"))
        if key in ("btc", "btc2"):
            return g.btc()
        if key in ("eth", "eth2", "contract"):
            return addr.eth(g.rb)
        if key == "sol":
            return addr.sol(g.rb)
        if key == "trx":
            return addr.tron(g.rb)
        if key == "doge":
            return addr.doge(g.rb)
        if key == "ltc":
            return addr.ltc_segwit(g.rb)
        if key == "tx":
            return "0x" + g.hexs(32)
        if key == "btctx":
            return g.hexs(32)
        if key == "tx_url":
            return "https://etherscan.io/tx/" + self.get("tx")
        if key == "eth_url":
            return "https://etherscan.io/address/" + self.get("eth")
        if key == "contract_url":
            return "https://etherscan.io/token/" + self.get("contract")
        if key == "btc_url":
            return "https://mempool.space/address/" + self.get("btc")
        if key == "sol_url":
            return "https://solscan.io/account/" + self.get("sol")
        if key == "trx_url":
            return "https://tronscan.org/#/address/" + self.get("trx")
        if key == "btc_uri":
            return "bitcoin:%s?amount=%s&label=%s" % (self.get("btc"), g.pick(["0.001", "0.0005", "0.01", "0.002"]),
                                                     g.pick(["Invoice-%d" % r.randrange(100, 999), "Donation", "tips"]))
        if key == "eth_uri":
            return "ethereum:%s@1?value=%se15" % (self.get("eth"), r.randrange(1, 90))
        if key == "usd_big":
            return self.n(g.pick([1000, 2500, 5000, 10000, 20000, 25000, 50000, 100000, 250000, 1000000]))
        if key == "usd_mid":
            return self.n(r.randrange(3, 95) * 50)
        if key == "usd_small":
            return self.n(g.pick([5, 10, 15, 20, 25, 30, 50, 75, 100, 150, 200]))
        if key == "crypto_small":
            return self.n(g.pick([0.005, 0.01, 0.02, 0.05, 0.08, 0.1, 0.15, 0.25, 0.3, 0.5]), 3 if r.random() < 0.3 else 2)
        if key == "crypto_min":
            return self.n(g.pick([0.1, 0.2, 0.25, 0.5, 1.0, 0.05]), 2 if r.random() < 0.5 else 1)
        if key == "crypto_max":
            return self.n(g.pick([5, 10, 20, 25, 50, 100, 150]))
        if key == "fee":
            return self.n(g.pick([0.01, 0.015, 0.02, 0.025, 0.03, 0.05]), 3)
        if key == "pct":
            return self.n(r.randrange(15, 250) / 10, 1)
        if key == "apy":
            return self.n(r.randrange(20, 180) / 10, 1)
        if key == "int_pct":
            return str(g.pick([5, 10, 12, 15, 20, 25, 30, 40]))
        if key == "price_btc":
            return self.n(r.randrange(880, 1490) * 100)
        if key == "price_eth":
            return self.n(r.randrange(2600, 6400))
        if key == "price_sol":
            return self.n(r.randrange(120, 480))
        if key == "price_low":
            return self.n(r.randrange(1, 900) / 1000, 3)
        if key == "lev":
            return str(g.pick([3, 5, 10, 20, 25, 50, 100]))
        if key == "mult":
            return g.pick(["2", "2", "2", "3", "5", "10"])
        if key == "count":
            return self.n(g.pick([3, 5, 10, 20, 25, 50, 100, 500, 1000]))
        if key == "winners":
            return str(g.pick([3, 5, 10, 20, 50]))
        if key == "hours":
            return str(g.pick([24, 48, 72, 12, 6]))
        if key == "minutes":
            return str(g.pick([15, 20, 30, 45, 60]))
        if key == "day":
            return str(r.randrange(2, 29))
        if key == "day2":
            return str(r.randrange(2, 29))
        if key == "year":
            return g.pick(["2022", "2023", "2024", "2025"])
        if key == "victims":
            return self.n(g.pick([12, 40, 75, 130, 260, 400, 1200, 3000]))
        if key == "stolen":
            return self.n(g.pick([18000, 42000, 95000, 130000, 410000, 780000, 1200000, 2300000]))
        if key == "coin":
            return self.cache["coin"]
        if key == "ticker":
            return g.pick(["BTC", "ETH", "SOL", "XRP", "DOGE", "AVAX", "LINK", "ADA", "TON", "ARB"])
        if key == "token":
            return "$" + g.pick(COMMON["tokens"])
        if key == "project":
            if self.author is not None and self.author.role == "project":
                return self.author.name
            return g.pick(COMMON["projects"])[0]
        if key == "proj_domain":
            if self.author is not None and self.author.role == "project" and self.author.domain:
                return self.author.domain
            return g.pick(COMMON["projects"])[1]
        if key == "official_url":
            dom = self.get("org_domain")
            return "https://%s/%s" % (dom, g.pick(COMMON["paths"]))
        if key == "proj_url":
            return "https://%s/%s" % (self.get("proj_domain"), g.pick(["mint", "claim", "airdrop", "allowlist", "docs/airdrop", "rewards"]))
        if key == "org":
            if self.author is not None and self.author.role != "person":
                return self.author.name
            return g.pick(T["exchanges"])[0]
        if key == "org_domain":
            if self.author is not None and self.author.domain:
                return self.author.domain
            return g.pick(T["exchanges"])[2]
        if key == "brand":
            return g.pick(COMMON["brands"])[0]
        if key == "celeb":
            return g.pick(COMMON["celebs"])
        if key == "name":
            f, l = g.pick(T["first"]), g.pick(T["last"])
            return (l[0] + sep_for(lang) + f[0]) if T["order"] == "lf" else (f[0] + " " + l[0])
        if key == "first":
            return g.pick(T["first"])[0]
        if key == "first2":
            return g.pick(T["first"])[0]
        if key == "city":
            return g.pick(T["cities"])
        if key == "outlet":
            return g.pick(T["outlets"])[0]
        if key == "charity":
            if self.author is not None and self.author.role == "charity":
                return self.author.name
            return g.pick(T["charities"])[0]
        if key == "handle":
            ps = self.w.pools.get((lang, "person"), [])
            return "@" + g.pick(ps).username if ps else "@friend"
        if key == "handle2":
            ps = self.w.pools.get((lang, "person"), [])
            return "@" + g.pick(ps).username if ps else "@friend"
        if key == "scam_dom":
            return scam_domain(g)
        if key == "scam_url":
            return "https://%s/%s" % (self.get("scam_dom"), g.pick(COMMON["scam_paths"]))
        if key == "defang":
            d = self.get("scam_dom")
            return g.pick([d.replace(".", "[.]"), d.replace(".", "[.]"), "hxxps://" + d.replace(".", "[.]"),
                           d.rsplit(".", 1)[0] + "(.)" + d.rsplit(".", 1)[1]])
        if key == "phone":
            return "+1 (%03d) 555-01%02d" % (g.pick([202, 312, 415, 646, 305, 702, 888, 877]), r.randrange(0, 100))
        if key == "email":
            return g.pick(["support", "help", "claims", "recovery", "desk"]) + "@" + scam_domain(g)
        if key == "emoji":
            return g.pick(COMMON["emoji"])
        if key == "emoji2":
            return g.pick(COMMON["emoji"])
        if key == "code":
            return "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(g.pick([6, 8])))
        if key == "item":
            return g.pick(T["items"])
        if key in T.get("slots", {}):
            return g.pick(T["slots"][key])
        if key in COMMON.get("slots", {}):
            return g.pick(COMMON["slots"][key])
        raise KeyError("unknown slot {%s} (%s)" % (key, lang))

    def fill(self, tmpl):
        out = SLOT.sub(lambda m: self.get(m.group(1)), tmpl)
        return out.replace("{{", "{").replace("}}", "}")


def scam_domain(g):
    a = g.pick(COMMON["scam_dom_a"])
    b = g.pick(COMMON["scam_dom_b"])
    tld = g.pick(COMMON["scam_tlds"])
    form = g.r.randrange(4)
    if form == 0:
        return "%s-%s.%s" % (a, b, tld)
    if form == 1:
        return "%s%s.%s" % (a, b, tld)
    if form == 2:
        return "%s-%s%d.%s" % (a, b, g.r.randrange(2, 99), tld)
    return "%s.%s-%s.%s" % (g.pick(["claim", "app", "event", "www", "secure"]), a, b, tld)


# ------------------------------------------------------------------ URLs → t.co entities
URL_RE = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def linkify(g, text):
    ents = []
    out = ""
    pos = 0
    for m in URL_RE.finditer(text):
        u = m.group(0).rstrip(".,!?);:'")
        end = m.start() + len(u)
        out += text[pos:m.start()]
        if u.startswith("https://t.co/"):
            short = u
        else:
            short = g.tco()
        start = len(out)
        out += short
        disp = re.sub(r"^https?://(www\.)?", "", u)
        if len(disp) > 26:
            disp = disp[:26] + "…"
        ents.append({"start": start, "end": start + len(short), "url": short, "expanded_url": u,
                     "display_url": disp})
        pos = end
    out += text[pos:]
    return out, ents


# ------------------------------------------------------------------ build
def build():
    g = Gen(SEED)
    w = World(g)
    w.build_normal()
    hijacked = w.build_hijacked()

    posts = []  # dicts: key, lang, kind, label, author, time, text, reply_to(post key), rt_of(post key), quote
    events = []  # (time, account, type)

    def pick_tmpl(lang, kind):
        return g.pick(TEXT[lang]["benign"][kind])

    # quotas of benign kinds per language (even split, remainder rotates by language)
    kind_quota = {}
    for li, lang in enumerate(LANGS):
        q = {k: N_BENIGN_PER_LANG // len(BENIGN_KINDS) for k in BENIGN_KINDS}
        rem = N_BENIGN_PER_LANG - sum(q.values())
        for j in range(rem):
            q[BENIGN_KINDS[(li * 2 + j) % len(BENIGN_KINDS)]] += 1
        kind_quota[lang] = q

    # scam texts per language: every template at least once, then random
    def scam_texts(lang, author, types=None, n=1):
        lst = TEXT[lang]["scam"]
        cands = [t for t in lst if types is None or t[0] in types]
        return [g.pick(cands) for _ in range(n)]

    def paste(lang):
        typ, tm = g.pick([t for t in TEXT[lang]["scam"] if t[0] in ("giveaway", "drainer", "wallet_drop", "presale")])
        return Filler(g, w, lang, None).fill(tm)

    def quote_of(text):
        s = re.split(r"(?<=[.!?。！？])\s*|\n", text)
        s = [x for x in s if len(x.strip()) > 8]
        q = (s[0] if s else text).strip()
        return q[:140]

    def make_benign(lang, kind, author):
        f = Filler(g, w, lang, author)
        p = paste(lang)
        f.cache["paste"] = p
        f.cache["quote"] = quote_of(p)
        return f.fill(pick_tmpl(lang, kind))

    key = [0]

    def newpost(**kw):
        key[0] += 1
        kw["key"] = key[0]
        kw.setdefault("reply_to", None)
        kw.setdefault("rt_of", None)
        posts.append(kw)
        return kw

    author_for_kind = {"news": ["outlet"], "warning": ["exchange", "police", "person"],
                       "exchange_promo": ["exchange"], "nft_airdrop": ["project", "project", "person"],
                       "donation": ["charity", "charity", "person"]}

    def pick_author(lang, kind):
        roles = author_for_kind.get(kind, ["person"])
        role = g.pick(roles)
        if kind == "warning" and role == "exchange" and lang == "en" and g.r.random() < 0.5:
            return g.pick(w.pools[("en", "exchange")][:len(COMMON["brands"])])
        if kind == "exchange_promo" and lang == "en" and g.r.random() < 0.4:
            return g.pick(w.pools[("en", "exchange")][:len(COMMON["brands"])])
        return g.pick(w.pools[(lang, role)])

    # 1. hijacked accounts: history, security events, burst, sometimes a recovery notice
    hist_budget = {}
    for a in hijacked:
        lang = a.lang
        t0 = rand_time(g, datetime(2026, 8, 22, tzinfo=timezone.utc), datetime(2026, 9, 27, 12, tzinfo=timezone.utc))
        nh = g.r.randrange(3, 9)
        for j in range(nh):
            kinds = [k for k in HISTORY_KINDS if kind_quota[lang][k] > 0]
            k = g.pick(kinds)
            kind_quota[lang][k] -= 1
            th = rand_time(g, max(START, t0 - timedelta(days=g.r.randrange(14, 28))), t0 - timedelta(hours=3))
            newpost(lang=lang, kind=k, label="benign", author=a, time=th, text=make_benign(lang, k, a), role="history")
        tb = t0
        if len(events) < 12 * 3 and g.r.random() < 0.62 or a is hijacked[0]:
            ne = g.r.randrange(1, 4)
            te = t0 - timedelta(minutes=g.r.randrange(6, 110))
            for e in sorted(g.r.sample(range(len(SEC_EVENTS)), ne)):
                events.append((te, a, SEC_EVENTS[e]))
                te += timedelta(minutes=g.r.randrange(1, 5), seconds=g.r.randrange(60))
        nb = g.r.randrange(2, 6)
        for typ, tm in scam_texts(lang, a, HIJACK_SCAM_TYPES, nb):
            newpost(lang=lang, kind="scam:" + typ, label="scam", author=a, time=tb,
                    text=Filler(g, w, lang, a).fill(tm), role="burst")
            tb += timedelta(minutes=g.r.randrange(1, 16), seconds=g.r.randrange(60))
        if g.r.random() < 0.45 and kind_quota[lang]["hacked_notice"] > 0:
            kind_quota[lang]["hacked_notice"] -= 1
            newpost(lang=lang, kind="hacked_notice", label="benign", author=a,
                    time=tb + timedelta(hours=g.r.uniform(2, 30)),
                    text=make_benign(lang, "hacked_notice", a), role="notice")

    # 2. the rest of the benign posts by normal accounts
    for lang in LANGS:
        for k in BENIGN_KINDS:
            for _ in range(kind_quota[lang][k]):
                a = pick_author(lang, k)
                newpost(lang=lang, kind=k, label="benign", author=a, time=rand_time(g, START, END),
                        text=make_benign(lang, k, a), role="normal")

    # 3. scam posts by scammer accounts; replies go under victims' and warning posts
    for lang in LANGS:
        have = sum(1 for p in posts if p["lang"] == lang and p["label"] == "scam")
        need = N_SCAM_PER_LANG - have
        tmpls = list(TEXT[lang]["scam"])
        g.r.shuffle(tmpls)
        order = tmpls + [g.pick(tmpls) for _ in range(max(0, need - len(tmpls)))]
        order = order[:need]
        scammers = []
        for typ, tm in order:
            if scammers and g.r.random() < 0.55:
                a = g.pick(scammers)
                t = rand_time(g, max(START, a.created + timedelta(hours=1)), END)
            else:
                t = rand_time(g, START + timedelta(days=1), END)
                a = w.new_scammer(lang, t)
                scammers.append(a)
            parent = None
            if typ in REPLY_SCAM_TYPES:
                cands = [p for p in posts if p["lang"] == lang and p["label"] == "benign" and
                         p["kind"] in ("victim_ask", "hacked_notice", "warning", "news", "nft_airdrop", "creator_giveaway")
                         and p["time"] < END - timedelta(hours=4) and p["time"] > a.created]
                if cands:
                    parent = g.pick(cands)
                    t = parent["time"] + timedelta(minutes=g.r.randrange(1, 200), seconds=g.r.randrange(60))
            if t < a.created:
                t = a.created + timedelta(minutes=g.r.randrange(5, 300))
            newpost(lang=lang, kind="scam:" + typ, label="scam", author=a, time=max(START, min(t, END)), reply_to=parent,
                    text=Filler(g, w, lang, a).fill(tm), role="scammer")

    # 4. a few retweets of scams by normal people (benign: not their speech)
    for lang in LANGS:
        src = [p for p in posts if p["lang"] == lang and p["label"] == "scam" and p["reply_to"] is None
               and p["time"] < END - timedelta(hours=2)]
        for _ in range(1):
            s = g.pick(src)
            a = g.pick(w.pools[(lang, "person")])
            newpost(lang=lang, kind="retweet_of_scam", label="benign", author=a,
                    time=s["time"] + timedelta(minutes=g.r.randrange(1, 100)), text=None, rt_of=s, role="normal")

    # order by event time, strictly increasing; ids from the time (snowflake-like)
    items = [("post", p["time"], p) for p in posts] + [("event", e[0], e) for e in events]
    items.sort(key=lambda x: (x[1], 0 if x[0] == "event" else 1, x[2]["key"] if x[0] == "post" else x[2][1].id))
    last = START - timedelta(seconds=1)
    fixed = []
    for kind, t, obj in items:
        t = max(t, last + timedelta(milliseconds=g.r.randrange(300, 4000)))
        t = t.replace(microsecond=(t.microsecond // 1000) * 1000)
        last = t
        fixed.append((kind, t, obj))
    assert last <= END + timedelta(minutes=30), last
    lines = []
    labels_posts = []
    used = {}
    for kind, t, obj in fixed:
        if kind == "event":
            _, a, typ = obj
            lines.append({"account_event": {"account_id": a.id, "type": typ, "created_at": iso_s(t)}})
            continue
        p = obj
        p["time"] = t
        ms = int(t.timestamp() * 1000)
        while True:
            pid = str(((ms - TWEPOCH) << 22) | (g.r.randrange(32) << 17) | (g.r.randrange(32) << 12) | g.r.randrange(4096))
            if pid not in used:
                break
        used[pid] = True
        p["id"] = pid
        a = p["author"]
        inc_users = [a]
        d = {"id": pid, "author_id": a.id, "created_at": iso_ms(t), "lang": p["lang"],
             "source": "Twitter Web App" if p["role"] in ("burst", "scammer") and g.r.random() < 0.6 else g.pick(SOURCES)}
        inc_tweets = []
        if p["rt_of"] is not None:
            s = p["rt_of"]
            full, ents = linkify(g, s["text"])
            rt = "RT @%s: %s" % (s["author"].username, s["text"])
            if len(rt) > 140:
                rt = rt[:139] + "…"
            p["text"] = rt
            d["text"] = html.escape(rt, quote=False)
            d["referenced_tweets"] = [{"type": "retweeted", "id": s["id"]}]
            inc_tweets.append({"id": s["id"], "text": html.escape(s["shown"], quote=False), "author_id": s["author"].id})
            if s.get("ents"):
                inc_tweets[-1]["entities"] = {"urls": s["ents"]}
            inc_users.append(s["author"])
        else:
            text = p["text"]
            if (p["label"] == "scam" and g.r.random() < 0.3) or (p["label"] == "benign" and g.r.random() < 0.12):
                text = obfuscate(g, text, p["lang"], p["label"] == "scam")
                p["obfuscated"] = True
            shown, ents = linkify(g, text) if g.r.random() < 0.85 else (text, [])
            if not ents:
                # bare links without t.co still show as URL entities (the API links them)
                shown2, ents = linkify(Gen(0), text)
                shown2 = text
                for e in ents:
                    e["url"] = e["expanded_url"]
                shown = text
                # recompute offsets on the unchanged text
                ents = [dict(e) for e in ents]
                pos = 0
                for e in ents:
                    i = shown.find(e["expanded_url"], pos)
                    e["start"], e["end"] = i, i + len(e["expanded_url"])
                    pos = e["end"]
            p["shown"] = shown
            p["ents"] = ents
            if len(shown) > 280:
                d["text"] = html.escape(shown[:270].rstrip() + "…", quote=False)
                d["note_tweet"] = {"text": html.escape(shown, quote=False)}
            else:
                d["text"] = html.escape(shown, quote=False)
            if ents:
                d["entities"] = {"urls": ents}
            if p["reply_to"] is not None:
                par = p["reply_to"]
                d["referenced_tweets"] = [{"type": "replied_to", "id": par["id"]}]
                d["in_reply_to_user_id"] = par["author"].id
                d["text"] = "@" + par["author"].username + " " + d["text"]
                if "entities" in d:
                    for e in d["entities"]["urls"]:
                        e["start"] += len(par["author"].username) + 2
                        e["end"] += len(par["author"].username) + 2
                inc_users.append(par["author"])
        inc = {"users": [u.user_obj() for u in dedup(inc_users)]}
        if inc_tweets:
            inc["tweets"] = inc_tweets
        lines.append({"data": d, "includes": inc})
        labels_posts.append((pid, p["label"]))

    posts_jsonl = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines)
    seen_accounts = []
    seen = {}
    for kind, t, obj in fixed:
        a = obj[1] if kind == "event" else obj["author"]
        if a.id not in seen:
            seen[a.id] = True
            seen_accounts.append(a)
    lab = ["kind,id,label", "# tune4: precision corpus (see README.md); posts: scam or benign"]
    lab += ["post,%s,%s" % x for x in labels_posts]
    lab.append("# accounts: hijacked, scammer or normal")
    lab += ["account,%s,%s" % (a.id, a.label) for a in seen_accounts]
    labels_csv = "\n".join(lab) + "\n"
    stats = make_stats(posts, events, seen_accounts)
    readme = render_readme(stats)
    return {"posts.jsonl": posts_jsonl.encode(), "labels.csv": labels_csv.encode(), "README.md": readme.encode()}, posts


def dedup(users):
    out, seen = [], {}
    for u in users:
        if u.id not in seen:
            seen[u.id] = True
            out.append(u)
    return out


def make_stats(posts, events, accounts):
    s = {"by_lang": {}, "kinds": {}, "scam_types": {}, "accounts": {}, "events": len(events),
         "obf_benign": 0, "obf_scam": 0, "replies": 0, "history": 0, "notices": 0,
         "hijacked_with_events": len({e[1].id: 1 for e in events})}
    for p in posts:
        bl = s["by_lang"].setdefault(p["lang"], {"benign": 0, "scam": 0})
        bl[p["label"]] += 1
        if p["label"] == "benign":
            s["kinds"][p["kind"]] = s["kinds"].get(p["kind"], 0) + 1
            s["obf_benign"] += 1 if p.get("obfuscated") else 0
        else:
            t = p["kind"].split(":")[1]
            s["scam_types"][t] = s["scam_types"].get(t, 0) + 1
            s["obf_scam"] += 1 if p.get("obfuscated") else 0
        s["replies"] += 1 if p["reply_to"] is not None else 0
        s["history"] += 1 if p["role"] == "history" else 0
        s["notices"] += 1 if p["role"] == "notice" else 0
    for a in accounts:
        s["accounts"][a.label] = s["accounts"].get(a.label, 0) + 1
    return s


def render_readme(s):
    from tune4_text import README_TEMPLATE
    langs = " | ".join(LANGS)
    rows = ["| " + " | ".join([lab] + [str(s["by_lang"][l][lab]) for l in LANGS] +
                             [str(sum(s["by_lang"][l][lab] for l in LANGS))]) + " |" for lab in ("benign", "scam")]
    table = "| label | " + langs + " | total |\n|---|" + "---|" * (len(LANGS) + 1) + "\n" + "\n".join(rows)
    kinds = "\n".join("| `%s` | %d |" % (k, s["kinds"][k]) for k in BENIGN_KINDS + ["retweet_of_scam"])
    types = "\n".join("| `%s` | %d |" % (k, v) for k, v in sorted(s["scam_types"].items()))
    acc = ", ".join("%s %d" % (k, s["accounts"][k]) for k in ("hijacked", "scammer", "normal"))
    return README_TEMPLATE.format(seed=SEED, table=table, kinds=kinds, types=types, accounts=acc,
                                  events=s["events"], hijacked_with_events=s["hijacked_with_events"],
                                  history=s["history"], notices=s["notices"], replies=s["replies"],
                                  obf_benign=s["obf_benign"], obf_scam=s["obf_scam"],
                                  n_posts=sum(s["by_lang"][l]["benign"] + s["by_lang"][l]["scam"] for l in LANGS))


def main():
    files, _ = build()
    if "--digest" in sys.argv:
        for name in sorted(files):
            print(hashlib.sha256(files[name]).hexdigest(), name)
        return
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote", ", ".join("%s (%d bytes)" % (n, len(d)) for n, d in files.items()))


if __name__ == "__main__":
    main()

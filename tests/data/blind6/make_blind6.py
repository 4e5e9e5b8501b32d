#!/usr/bin/env python3
"""make_blind6.py: generate the blind6 evaluation corpus (posts.jsonl, labels.csv, README.md).

Deterministic: fixed seed 620261128, no wall clock, no set-order dependence.
Python 3.11 standard library only. Sentence templates live in text/<lang>.txt.
Usage: python3 make_blind6.py [OUTDIR]   (default: the directory of this script)
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind6_crypto as C  # noqa: E402

SEED = 620261128
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
TW_EPOCH = 1288834974657


def ms(y, mo, d, h=0, mi=0, s=0):
    return int(datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc).timestamp() * 1000)


START = ms(2026, 8, 1, 0, 5)
END = ms(2026, 9, 30, 23, 50)
MIN, HOUR, DAY = 60_000, 3_600_000, 86_400_000


def iso(t):
    dt = datetime.fromtimestamp(t // 1000, timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t % 1000)


# --------------------------------------------------------------------------- text files
SCAM_KINDS = {"D": "doubling giveaway", "L": "fake live event / QR", "A": "airdrop / claim / mint drainer",
              "W": "drop your wallet address", "V": "wallet validation / sync phishing",
              "R": "fund recovery / fake support", "F": "advance fee for withdrawal",
              "T": "fake testimonial", "I": "investment mentor / signals", "P": "pig-butchering opener",
              "S": "fake presale / listing", "C": "fake compensation / refund"}
ROLE_OF = {"D": "imp", "L": "imp", "W": "imp", "A": "drn", "S": "drn", "C": "drn",
           "R": "sup", "V": "sup", "F": "sup", "T": "men", "I": "men", "P": "men"}
BENIGN_PERSONA = {"NEWS": ["news"], "WARN": ["research", "news", "exchange"], "ASK": ["everyday"],
                  "VICTIM": ["everyday"], "DON": ["charity"], "PROMO": ["exchange", "brand"],
                  "RTGIVE": ["brand", "enthusiast"], "PRICE": ["enthusiast", "news"], "TIP": ["enthusiast"],
                  "PAY": ["everyday"], "NFT": ["brand", "enthusiast", "exchange"], "JOKE": ["enthusiast", "everyday"],
                  "THANKS": ["everyday"], "SUPPORT": ["exchange"]}


def load_lang(lang):
    sec, out = None, {"scam": [], "benign": [], "history": [], "notice": [], "quote": []}
    names = {}
    with open(os.path.join(HERE, "text", lang + ".txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            m = re.fullmatch(r"\[(\w+)\]", line.strip())
            if m:
                sec = m.group(1)
                continue
            if sec not in out:
                names.setdefault(sec, []).append([x.strip() for x in line.split("|")])
                continue
            kind, _, text = line.partition("|")
            text = text.strip().replace("¶", "\n")
            out[sec].append((kind.strip(), text))
    out["names"] = names
    return out


# --------------------------------------------------------------------------- locale bits
def fmt_num(lang, v, r=None):
    """Format a number the way `lang` writes it."""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        s = f"{v:,}"
    else:
        s = f"{v:,.{max(1, len(repr(v).split('.')[1]) if '.' in repr(v) else 1)}f}"
    ip, _, fp = s.partition(".")
    if lang in ("es", "pt", "it", "de", "tr"):
        ip, dec = ip.replace(",", "."), ","
    elif lang == "fr":
        ip, dec = ip.replace(",", "\u202f"), ","
    elif lang == "ru":
        ip, dec = ip.replace(",", "\u00a0" if (r and r.random() < 0.5) else " "), ","
    else:
        dec = "."
    s = ip + (dec + fp if fp else "")
    if lang == "ar" and r is not None and r.random() < 0.45:
        s = s.translate(str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫"))
    return s


COIN_NAMES = {
    "en": {"BTC": "Bitcoin", "ETH": "Ethereum", "SOL": "Solana", "TRX": "Tron", "USDT": "Tether"},
    "ru": {"BTC": "биткоин", "ETH": "эфир", "SOL": "Solana", "TRX": "TRON", "USDT": "USDT"},
    "ar": {"BTC": "بيتكوين", "ETH": "إيثريوم", "SOL": "سولانا", "TRX": "ترون", "USDT": "تيثر"},
    "ja": {"BTC": "ビットコイン", "ETH": "イーサリアム", "SOL": "ソラナ", "TRX": "トロン", "USDT": "テザー"},
    "ko": {"BTC": "비트코인", "ETH": "이더리움", "SOL": "솔라나", "TRX": "트론", "USDT": "테더"},
    "zh": {"BTC": "比特币", "ETH": "以太坊", "SOL": "Solana", "TRX": "波场", "USDT": "泰达币"},
}
WHO = {
    "latin": ["Elon Musk", "Vitalik Buterin", "Michael Saylor", "Cathie Wood", "CZ", "Brad Garlinghouse",
              "Justin Sun", "Charles Hoskinson", "Jack Dorsey", "Anatoly Yakovenko"],
    "ru": ["Илон Маск", "Виталик Бутерин", "Павел Дуров", "Майкл Сэйлор", "Elon Musk", "CZ"],
    "ar": ["إيلون ماسك", "فيتاليك بوتيرين", "تشانغ بينغ تشاو", "Elon Musk", "مايكل سايلor".replace("or", "ور")],
    "ja": ["イーロン・マスク", "ヴィタリック・ブテリン", "マイケル・セイラー", "CZ", "Elon Musk"],
    "ko": ["일론 머스크", "비탈릭 부테린", "마이클 세일러", "창펑 자오", "Elon Musk"],
    "zh": ["马斯克", "V神", "赵长鹏", "孙宇晨", "Elon Musk", "塞勒"],
}
CO = {
    "latin": ["Tesla", "SpaceX", "Binance", "Coinbase", "MicroStrategy", "Ripple", "Ethereum Foundation",
              "Kraken", "Bybit", "OKX", "Solana Foundation", "BlackRock", "Tron DAO"],
    "ru": ["Tesla", "SpaceX", "Binance", "Bybit", "OKX", "Telegram", "Tether", "Ripple"],
    "ar": ["تسلا", "سبيس إكس", "Binance", "بينانس", "Bybit", "OKX", "Tesla"],
    "ja": ["テスラ", "スペースX", "バイナンス", "Binance", "コインベース", "リップル社", "OKX"],
    "ko": ["테슬라", "스페이스X", "바이낸스", "코인베이스", "리플", "Binance", "OKX"],
    "zh": ["特斯拉", "SpaceX", "币安", "Binance", "欧易", "Coinbase", "波场TRON"],
}
TOKENS = ["$MUSKX", "$GROKAI", "$TSLAX", "$PEPE2", "$XAIR", "$ORBITX", "$SOLMAX", "$DOGE3", "$VITAX",
          "$KAIROS", "$MARSX", "$BNBX", "$ETHX2", "$TRUMPX", "$NEIRO2", "$ZKDROP"]

COINS = {  # ticker: (weight, address kinds with weights, send amounts)
    "BTC": (40, [("bech32", 40), ("p2pkh", 25), ("p2sh", 15), ("bech32m", 20)], [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2]),
    "ETH": (30, [("eth", 1)], [0.5, 1, 2, 3, 5, 10]),
    "SOL": (10, [("sol", 1)], [5, 10, 20, 50, 100]),
    "TRX": (5, [("tron", 1)], [1000, 5000, 10000, 25000]),
    "USDT": (15, [("tron", 6), ("eth", 4)], [100, 250, 500, 1000, 5000]),
}

BRANDFRAG = ["tesla", "musk", "elon", "spacex", "binance", "coinbase", "vitalik", "eth", "saylor", "ripple",
             "xrp", "solana", "tron", "kraken", "okx", "bybit", "metamask", "opensea", "uniswap", "ledger",
             "trezor", "phantom", "arbitrum", "pepe", "cardano", "blackrock", "trustwallet", "grok"]
LOOKALIKE = {"binance": ["binnance", "blnance", "binance-us"], "coinbase": ["coinbasse", "coinbase-pro", "colnbase"],
             "tesla": ["tesla-x", "teslla"], "kraken": ["krakken", "kraken-io"], "metamask": ["metamaks", "meta-mask"],
             "opensea": ["opensae", "open-sea"], "uniswap": ["unlswap", "uniswap-v4"], "ledger": ["iedger", "ledgerr"],
             "phantom": ["phantorn", "phanton"], "ripple": ["rlpple", "ripple-labs"], "trustwallet": ["trustwalet"],
             "elon": ["eion", "elon2x"], "vitalik": ["vltalik", "vitalik-eth"]}
KW = {"D": ["2x", "giveaway", "event", "live", "gift", "double", "promo", "bonus", "x2", "give"],
      "L": ["live", "stream", "event", "conf", "keynote", "qr"],
      "W": ["giveaway", "gift", "drop"],
      "A": ["airdrop", "claim", "drop", "mint", "rewards", "claims"],
      "S": ["presale", "launch", "listing", "ido", "sale"],
      "C": ["refund", "compensation", "claims", "relief", "payout"],
      "V": ["sync", "validate", "verify", "dapp-connect", "walletfix", "restore", "rectify"],
      "R": ["recovery", "support", "helpdesk", "assist", "resolve"],
      "F": ["withdraw", "payout", "release", "support"],
      "T": ["trade", "invest", "profit", "capital"], "I": ["signals", "invest", "fx", "profit", "capital"],
      "P": ["trade", "invest", "earn"]}
TLDS = ["live", "events", "top", "xyz", "app", "site", "online", "pro", "net", "org", "io", "center", "gift",
        "club", "world", "vip", "cc", "info", "com", "support", "claims", "network"]
LEGIT_TLD = {"en": "com", "es": "es", "pt": "com.br", "fr": "fr", "de": "de", "it": "it", "ru": "ru",
             "tr": "com.tr", "ar": "com", "ja": "jp", "ko": "kr", "zh": "com"}

CLIENTS = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "TweetDeck Web App",
           "Twitter for iPad", "Sprout Social", "Hootsuite Inc.", "Buffer", "Later.com", "SocialPilot.co"]
SCAM_CLIENTS = ["Twitter Web App", "Twitter for Android", "Twitter for iPhone", "TweetDeck Web App",
                "Twitter for Mac", "Twitter Web Client"]
SEC_EVENTS = ["password_reset", "email_changed", "phone_changed", "login_new_device", "mfa_disabled"]
NOISE_EVENTS = ["password_reset", "login_new_device", "phone_changed", "session_revoked", "app_authorized"]

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
SYMS = ["🚀", "💰", "🔥", "•", "✅", "⚡", "💎", "|", "★", "🎁", "·", "♦", "➖", "🤑"]
HOMO_LAT = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А",
            "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т",
            "X": "Х", "v": "ν", "n": "η", "u": "υ", "N": "Ν", "Z": "Ζ"}
HOMO_CYR = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B",
            "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "к": "k"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3", "I": "1", "O": "0",
        "S": "5", "T": "7", "g": "9", "b": "8"}
OBF_BY_LANG = {
    **{l: ["sym_between", "letter_spacing", "zero_width", "homoglyph", "fullwidth", "leetspeak", "line_break"]
       for l in ("en", "es", "pt", "fr", "de", "it", "tr")},
    "ru": ["sym_between", "letter_spacing", "zero_width", "homoglyph", "line_break"],
    "ar": ["sym_between", "zero_width", "line_break", "tatweel", "letter_spacing"],
    "ja": ["sym_between", "letter_spacing", "zero_width", "fullwidth", "line_break"],
    "zh": ["sym_between", "letter_spacing", "zero_width", "fullwidth", "line_break"],
    "ko": ["sym_between", "letter_spacing", "zero_width", "fullwidth", "line_break"],
}
CJK = ("ja", "zh")

# ASCII runs that must never be touched: URLs, domains, handles, e-mails, addresses, numbers
PROTECT = re.compile(r"[A-Za-z0-9_$][A-Za-z0-9._~:/?#@!$&'()*+,;=%\-]*[./@:][A-Za-z0-9._~:/?#@!$&'()*+,;=%\-]*"
                     r"|@[A-Za-z0-9_]+|[A-Za-z0-9]{16,}|\$?[A-Za-z]*\d[A-Za-z0-9]*")


class Account:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.accounts = []
        self.items = []
        self.seq = 0
        self.user_ids = set()
        self.usernames = set()
        self.tco = set()
        self.text = {l: load_lang(l) for l in LANGS}
        self.names = {l: self.text[l]["names"] for l in LANGS}
        self.stats = {"obf": {}, "addr": {}, "urls": {"tco": 0, "raw": 0, "bare": 0, "uri": 0, "explorer": 0},
                      "shapes": {l: set() for l in LANGS}, "bshapes": {l: set() for l in LANGS}}

    # ------------------------------------------------------------------ accounts
    def new_uid(self, created):
        r = self.r
        while True:
            if created < ms(2013, 1, 1):
                uid = str(r.randint(10_000_000, 999_999_999))
            else:
                uid = str(((created - TW_EPOCH) << 22) | r.getrandbits(22))
            if uid not in self.user_ids:
                self.user_ids.add(uid)
                return uid

    def uniq_username(self, base):
        base = re.sub(r"[^A-Za-z0-9_]", "", base)[:15] or "user"
        u, i = base, 1
        while u.lower() in self.usernames:
            suf = str(self.r.randint(1, 999))
            u = base[:15 - len(suf)] + suf
            i += 1
        self.usernames.add(u.lower())
        return u

    def account(self, lang, label, role, name, username, created, followers, verified=False, source=None,
                domain=None):
        a = Account(id=self.new_uid(created), lang=lang, label=label, role=role, name=name,
                    username=self.uniq_username(username), created=created, followers=followers,
                    following=self.r.randint(3, 2500), verified=verified,
                    source=source or self.r.choice(CLIENTS[:4]), domain=domain, posts=[])
        a.tweets = self.r.randint(20, 60000) if label != "scammer" else self.r.randint(0, 60)
        self.accounts.append(a)
        return a

    def user_obj(self, a):
        return {"id": a.id, "username": a.username, "name": a.name, "verified": a.verified,
                "created_at": iso(a.created),
                "public_metrics": {"followers_count": a.followers, "following_count": a.following,
                                   "tweet_count": a.tweets}}

    # ------------------------------------------------------------------ slots
    def coin_pick(self):
        return self.r.choices(list(COINS), [COINS[c][0] for c in COINS])[0]

    def mint(self, coin):
        kinds = COINS[coin][1]
        k = self.r.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        addr = C.mint(k, self.r)
        return addr

    def tco_url(self):
        while True:
            s = "https://t.co/" + "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                          for _ in range(10))
            if s not in self.tco:
                self.tco.add(s)
                return s

    def scam_domain(self, kind):
        r = self.r
        b = r.choice(BRANDFRAG)
        if b in LOOKALIKE and r.random() < 0.5:
            b = r.choice(LOOKALIKE[b])
        kw = r.choice(KW.get(kind, KW["D"]))
        tld = r.choice(TLDS)
        pat = r.randrange(5)
        if pat == 0:
            return f"{b}-{kw}.{tld}"
        if pat == 1:
            return f"{kw}-{b}.{tld}"
        if pat == 2:
            return f"{b}{kw}.{tld}".replace("-", "")
        if pat == 3:
            return f"{kw}.{b}-{r.choice(['app', 'io', 'official', 'web', 'portal'])}.{tld}"
        return f"{b}-{kw}{r.randint(2, 99)}.{tld}"

    def scam_path(self, kind, lang):
        r = self.r
        code = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(r.randint(4, 8)))
        opts = ["", "/", f"/{lang}", "/claim", "/event", "/connect", "/verify", f"/?ref={code}", f"/live/{code}",
                f"/promo/{code}", f"/{lang}/x2", "/wallet", "/airdrop", f"/r/{code}", "/support", f"/ticket/{code}"]
        return r.choice(opts)

    def add_url(self, ctx, expanded, style):
        """Put a URL into the text; returns the text form and records the entity."""
        if style == "tco":
            short = self.tco_url()
            disp = expanded.split("://", 1)[1]
            ctx["_urls"].append({"url": short, "expanded_url": expanded,
                                 "display_url": disp if len(disp) <= 26 else disp[:25] + "…"})
            self.stats["urls"]["tco"] += 1
            return short
        self.stats["urls"]["raw"] += 1
        if self.r.random() < 0.5:
            ctx["_urls"].append({"url": expanded, "expanded_url": expanded})
        return expanded

    def defang(self, d):
        r = self.r.random()
        if r < 0.5:
            return d.replace(".", "[.]")
        if r < 0.75:
            return d.replace(".", "(.)")
        return d.replace(".", "[dot]", 1)

    def fill(self, template, lang, ctx):
        r = self.r
        scam = ctx["_scam"]

        def coin():
            if "c" not in ctx:
                ctx["c"] = self.coin_pick()
            return ctx["c"]

        def addr():
            if "_addr" not in ctx:
                ctx["_addr"] = self.mint(coin())
            return ctx["_addr"]

        def amounts():
            if "_x" not in ctx:
                ctx["_x"] = r.choice(COINS[coin()][2])
            return ctx["_x"]

        def scam_url_expanded(kind=None):
            if "_su" not in ctx:
                ctx["_su"] = "https://" + self.scam_domain(kind or ctx.get("_kind", "D")) + \
                             self.scam_path(kind or ctx.get("_kind", "D"), lang)
            return ctx["_su"]

        def slot(m):
            k = m.group(1)
            if k in ctx and not k.startswith("_"):
                return ctx[k]
            v = None
            if k == "c":
                v = coin()
            elif k == "cn":
                v = COIN_NAMES.get(lang, COIN_NAMES["en"]).get(coin(), coin())
            elif k == "a":
                a = addr()
                self.count_addr(a)
                if r.random() < 0.11 and coin() in ("BTC", "ETH") and not a.startswith("T"):
                    self.stats["urls"]["uri"] += 1
                    if coin() == "BTC":
                        v = f"bitcoin:{a}?amount={amounts()}"
                    else:
                        v = f"ethereum:{a}" + (f"?value={amounts()}e18" if r.random() < 0.3 else "")
                    ctx.setdefault("_uri", True)
                else:
                    v = a
                return v  # not cached: the next {a} may be plain
            elif k in ("btc", "eth", "sol", "trx"):
                v = self.mint({"btc": "BTC", "eth": "ETH", "sol": "SOL", "trx": "TRX"}[k])
                self.count_addr(v)
            elif k == "x":
                v = fmt_num(lang, amounts(), r)
            elif k == "y":
                v = fmt_num(lang, round(amounts() * 2, 6), r)
            elif k == "y3":
                v = fmt_num(lang, round(amounts() * 3, 6), r)
            elif k == "tab":
                c = coin()
                arrow = r.choice(["→", "➡️", "=>", "—>", "➜", "⇒", "»", "->", "👉"])
                vals = sorted(r.sample(COINS[c][2], min(len(COINS[c][2]), r.randint(3, 4))))
                mult = ctx.get("_mult", 2)
                v = "\n".join(f"{fmt_num(lang, x, r)} {c} {arrow} {fmt_num(lang, round(x * mult, 6), r)} {c}"
                              for x in vals)
            elif k == "u":
                if scam:
                    exp = scam_url_expanded()
                    v = self.add_url(ctx, exp, "tco" if r.random() < 0.7 else "raw")
                else:
                    exp = ctx.get("_legit") or f"https://{ctx['_acct'].domain or 'example.' + LEGIT_TLD[lang]}"
                    if "_legitpath" not in ctx:
                        ctx["_legitpath"] = r.choice(["/news/", "/blog/", "/security/", "/p/", "/help/", "/"]) + \
                                            "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
                    v = self.add_url(ctx, exp + ctx["_legitpath"], "tco")
            elif k == "su":
                exp = scam_url_expanded()
                if not scam and r.random() < 0.5:
                    v = "hxxps://" + self.defang(exp.split("://", 1)[1])
                    self.stats["urls"]["bare"] += 1
                else:
                    v = self.add_url(ctx, exp, "raw")
            elif k == "d":
                v = scam_url_expanded().split("://", 1)[1].split("/", 1)[0]
                self.stats["urls"]["bare"] += 1
            elif k == "dd":
                v = self.defang(scam_url_expanded().split("://", 1)[1].split("/", 1)[0])
                self.stats["urls"]["bare"] += 1
            elif k == "ex":
                a = addr()
                c = coin()
                if a.startswith("0x"):
                    base = "https://etherscan.io/address/"
                elif a.startswith("T"):
                    base = "https://tronscan.org/#/address/"
                elif c == "SOL":
                    base = "https://solscan.io/account/"
                else:
                    base = r.choice(["https://mempool.space/address/", "https://www.blockchain.com/explorer/addresses/btc/"])
                self.count_addr(a)
                self.stats["urls"]["explorer"] += 1
                v = self.add_url(ctx, base + a, "tco" if r.random() < 0.5 else "raw")
            elif k == "who":
                v = r.choice(WHO.get(lang, WHO["latin"]))
            elif k == "co":
                v = r.choice(CO.get(lang, CO["latin"]))
            elif k == "n":
                v = fmt_num(lang, r.choice([50, 100, 200, 300, 500, 1000, 2000, 5000, 10000]), r)
            elif k == "m":
                v = str(r.choice([10, 15, 20, 30, 45, 60, 90]))
            elif k == "hh":
                v = str(r.choice([1, 2, 3, 6, 12, 24, 48, 72]))
            elif k == "days":
                v = str(r.choice([3, 5, 7, 10, 14, 21, 30]))
            elif k == "p":
                v = str(r.choice([15, 20, 30, 35, 40, 50, 100, 150, 200, 300]))
            elif k == "fee":
                v = fmt_num(lang, r.choice([150, 280, 350, 499, 650, 780, 1200, 1850, 2400]), r)
            elif k == "bal":
                v = fmt_num(lang, r.randint(40, 1800) * 100 + r.choice([0, 50, 75]), r)
            elif k == "usd":
                v = fmt_num(lang, r.choice([120, 300, 850, 1500, 2400, 4000, 7500, 12000, 23000, 41000, 68000]), r)
            elif k == "price":
                v = fmt_num(lang, r.randint(880, 1240) * 100, r)
            elif k == "tok":
                v = r.choice(TOKENS)
            elif k == "h":
                v = "@" + self.scam_handle()
            elif k == "tg":
                v = r.choice(["t.me/", "https://t.me/", "t.me/+"]) + self.scam_handle()
            elif k == "wa":
                v = self.phone()
            elif k == "em":
                v = self.scam_handle().lower().replace("_", r.choice([".", "_", ""])) + "@" + \
                    r.choice(["proton.me", "gmail.com", "outlook.com", "recoverydesk.help", "chainassist.support",
                              "mail.com", "fundtrace.pro"])
            elif k == "org":
                v = ctx["_acct"].name
            elif k == "xchg":
                v = r.choice(self.names[lang]["xnames"])[0]
            elif k == "xh":
                ex = [a for a in self.accounts if a.lang == lang and a.role == "exchange"]
                v = "@" + (r.choice(ex).username if ex else "support")
            elif k == "friend":
                fr = [a for a in self.accounts if a.lang == lang and a.role in ("everyday", "enthusiast")
                      and a is not ctx["_acct"]]
                v = "@" + (r.choice(fr).username if fr else "friend")
            else:
                raise KeyError(f"unknown slot {{{k}}} in {lang}: {template}")
            if k not in ("a",):
                ctx[k] = v if k not in ("u", "su", "ex") else v
            return v

        return re.sub(r"\{(\w+)\}", slot, template)

    def count_addr(self, a):
        k = C.classify(a)
        assert k, a
        self.stats["addr"][k] = self.stats["addr"].get(k, 0) + 1

    def scam_handle(self):
        r = self.r
        first = r.choice(["Recover", "Fund", "Chain", "Crypto", "Wallet", "Asset", "Cyber", "Trace", "Block", "Coin",
                          "Secure", "Rescue", "Help", "Ledger", "Hash", "Swift"])
        second = r.choice(["Fix", "Back", "Guard", "Expert", "Desk", "Agent", "Pro", "Help", "Solve", "Team",
                           "Ops", "Hunter", "Assist", "Lab", "Hub"])
        extra = r.choice(["", "_", "X", "_official", "24", "_HQ", "Kate", "Mike", "Ana", "_io"])
        s = first + second + extra
        if r.random() < 0.5:
            s += str(r.randint(1, 99))
        return s[:15]

    def phone(self):
        r = self.r
        if r.random() < 0.55:
            n = "%02d" % r.randint(0, 99)
            area = r.choice(["202", "312", "415", "646", "702", "786", "213"])
            return r.choice([f"+1 ({area}) 555-01{n}", f"+1-{area}-555-01{n}", f"+1{area}55501{n}",
                             f"wa.me/1{area}55501{n}"])
        n = "%03d" % r.randint(0, 999)
        return r.choice([f"+44 7700 900{n}", f"+447700900{n}", f"07700 900{n}", f"wa.me/447700900{n}"])

    # ------------------------------------------------------------------ obfuscation
    def obfuscate(self, text, lang, kind):
        r = self.r
        segs, pos = [], 0
        for m in PROTECT.finditer(text):
            if m.start() > pos:
                segs.append((text[pos:m.start()], False))
            segs.append((m.group(0), True))
            pos = m.end()
        if pos < len(text):
            segs.append((text[pos:], False))

        def words(s):
            return re.split(r"(\s+)", s)

        out = []
        sym = r.choice(SYMS)
        for s, prot in segs:
            if prot:
                out.append(s)
                continue
            if kind == "sym_between":
                if lang in CJK:
                    s = re.sub(r"([\u3040-\u30ff\u4e00-\u9fff])(?=[\u3040-\u30ff\u4e00-\u9fff])",
                               lambda m: m.group(1) + (sym if r.random() < 0.6 else ""), s)
                else:
                    s = re.sub(r"(?<=\S)([ ]+)(?=\S)", f" {sym} ", s)
            elif kind == "letter_spacing":
                parts = words(s)
                cand = [i for i, w in enumerate(parts) if len(w) >= 4 and not w.isspace() and w.isalpha()]
                if lang in CJK:
                    cand = [i for i, w in enumerate(parts) if len(w) >= 2 and not w.isspace()]
                for i in r.sample(cand, min(len(cand), r.randint(1, 3))):
                    w = parts[i]
                    if lang in CJK:
                        w = re.sub(r"([\u3040-\u30ff\u4e00-\u9fff])(?=[\u3040-\u30ff\u4e00-\u9fff])", r"\1 ", w)
                    else:
                        w = " ".join(w.upper() if (lang not in ("ar", "ko") and r.random() < 0.6) else w)
                    parts[i] = w
                s = "".join(parts)
            elif kind == "zero_width":
                def zw(m):
                    w = m.group(0)
                    if r.random() < 0.65:
                        k = r.randint(1, len(w) - 1)
                        w = w[:k] + r.choice(ZW) + w[k:]
                    return w
                s = re.sub(r"[^\W\d_]{3,}", zw, s)
            elif kind == "homoglyph":
                table = HOMO_CYR if lang == "ru" else HOMO_LAT
                s = "".join(table[ch] if ch in table and r.random() < 0.5 else ch for ch in s)
            elif kind == "fullwidth":
                def fw(m):
                    w = m.group(0)
                    if lang in CJK + ("ko",) or r.random() < 0.55:
                        return "".join(chr(ord(ch) + 0xFEE0) for ch in w)
                    return w
                s = re.sub(r"[A-Za-z]{2,}", fw, s)
            elif kind == "leetspeak":
                def lt(m):
                    w = m.group(0)
                    return "".join(LEET.get(ch, ch) if r.random() < 0.7 else ch for ch in w) if r.random() < 0.6 else w
                s = re.sub(r"[A-Za-z]{3,}", lt, s)
            elif kind == "tatweel":
                s = re.sub(r"[\u0621-\u064a]{3,}",
                           lambda m: m.group(0)[:2] + "ـ" * r.randint(1, 3) + m.group(0)[2:] if r.random() < 0.6
                           else m.group(0), s)
            out.append(s)
        res = "".join(out)
        if kind == "line_break":
            # break inside phrases: replace some spaces (or CJK boundaries) with newlines
            segs2 = []
            pos = 0
            for m in PROTECT.finditer(res):
                segs2.append((res[pos:m.start()], False))
                segs2.append((m.group(0), True))
                pos = m.end()
            segs2.append((res[pos:], False))
            spots = [(si, j) for si, (s, p) in enumerate(segs2) if not p for j, ch in enumerate(s)
                     if (ch == " " if lang not in CJK else ("\u3040" <= ch <= "\u9fff"))]
            pick = sorted(r.sample(spots, min(len(spots), r.randint(2, 4))), reverse=True) if spots else []
            segs2 = [list(x) for x in segs2]
            for si, j in pick:
                s = segs2[si][0]
                segs2[si][0] = s[:j] + "\n" + s[j + 1:] if s[j] == " " else s[:j + 1] + "\n" + s[j + 1:]
            res = "".join(s for s, _ in segs2)
        return res

    # ------------------------------------------------------------------ posts
    def add_post(self, acct, t, text, lang, label, ctx=None, reply_to=None, rt_of=None, quote_of=None,
                 source=None, meta=None):
        p = {"type": "post", "t": t, "seq": self.seq, "acct": acct, "text": text, "lang": lang,
             "label": label, "urls": (ctx or {}).get("_urls", []), "reply_to": reply_to, "rt_of": rt_of,
             "quote_of": quote_of, "source": source or acct.source, "meta": meta or {}}
        self.seq += 1
        self.items.append(p)
        acct.posts.append(p)
        return p

    def add_event(self, acct, t, typ):
        self.items.append({"type": "event", "t": t, "seq": self.seq, "acct": acct, "etype": typ})
        self.seq += 1

    def make_text(self, lang, template, kind, acct, scam, overrides=None, obf=None):
        ctx = {"_scam": scam, "_urls": [], "_kind": kind, "_acct": acct}
        if overrides:
            ctx.update(overrides)
        text = self.fill(template, lang, ctx)
        if obf:
            before = text
            text2 = self.obfuscate(text, lang, obf)
            # addresses, URLs, handles and e-mails must survive untouched
            for tok in PROTECT.findall(before):
                if len(tok) >= 8 and ("." in tok or "@" in tok or len(tok) >= 16):
                    assert tok in text2, (obf, tok, text2)
            if text2 != before:
                text = text2
                self.stats["obf"][obf] = self.stats["obf"].get(obf, 0) + 1
                ctx["_obf"] = obf
            else:
                obf = None
        ctx["_obf"] = obf
        return text, ctx

    # ------------------------------------------------------------------ scenario
    def new_person(self, lang, persona):
        r = self.r
        rows = self.names[lang]["people"]
        disp, handle = r.choice(rows)[:2]
        created = ms(r.randint(2010, 2025), r.randint(1, 12), r.randint(1, 28))
        if created > START - 30 * DAY:
            created = START - r.randint(30, 400) * DAY
        fol = r.randint(12, 4000) if persona == "everyday" else r.choice([r.randint(300, 20000), r.randint(20000, 160000)])
        return self.account(lang, "normal", persona, disp, handle + r.choice(["", "_", str(r.randint(1, 99))]),
                            created, fol, verified=persona == "enthusiast" and r.random() < 0.25,
                            source=r.choice(CLIENTS[:4]))

    @staticmethod
    def slots(t):
        return set(re.findall(r"\{(\w+)\}", t))

    def has_addr(self, t):
        return bool(self.slots(t) & {"a", "btc", "eth", "sol", "trx", "ex"})

    def has_link(self, t):
        return bool(self.slots(t) & {"u", "d", "su"})

    def run(self):
        r = self.r
        self.big, self.victims, self.anyp, self.org = ({l: [] for l in LANGS}, {l: [] for l in LANGS},
                                                     {l: [] for l in LANGS}, {l: {} for l in LANGS})
        fol_range = {"news": (80_000, 3_000_000), "research": (8_000, 250_000), "exchange": (200_000, 5_000_000),
                     "charity": (3_000, 90_000), "brand": (50_000, 1_500_000)}
        people = {l: {"everyday": [], "enthusiast": []} for l in LANGS}
        for lang in LANGS:
            for role in ("news", "research", "exchange", "charity", "brand"):
                self.org[lang][role] = []
                for row in self.names[lang][role]:
                    created = ms(r.randint(2009, 2019), r.randint(1, 12), r.randint(1, 28))
                    a = self.account(lang, "normal", role, row[0], row[1], created, r.randint(*fol_range[role]),
                                     verified=role in ("news", "exchange", "brand") or r.random() < 0.4,
                                     source=r.choice(["Sprout Social", "Hootsuite Inc.", "Twitter Web App",
                                                      "TweetDeck Web App", "Buffer"]), domain=row[2])
                    self.org[lang][role].append(a)
            for persona, n in (("everyday", 5), ("enthusiast", 2)):
                for _ in range(n):
                    people[lang][persona].append(self.new_person(lang, persona))

        # ---- benign hard negatives by normal accounts
        B_TARGET = 47
        for lang in LANGS:
            tmpl = self.text[lang]["benign"]
            plan = list(tmpl) + [r.choice(tmpl) for _ in range(max(0, B_TARGET - len(tmpl)))]
            r.shuffle(plan)
            plan.sort(key=lambda kt: kt[0] == "SUPPORT")  # support replies after the victims exist
            for kind, t in plan:
                persona = r.choice(BENIGN_PERSONA[kind])
                if persona in self.org[lang]:
                    acct = r.choice(self.org[lang][persona])
                else:
                    pool = [a for a in people[lang][persona] if len(a.posts) < 4]
                    if pool and r.random() < 0.6:
                        acct = r.choice(pool)
                    else:
                        acct = self.new_person(lang, persona)
                        people[lang][persona].append(acct)
                reply_to = None
                if kind == "SUPPORT" and self.victims[lang] and r.random() < 0.75:
                    reply_to = r.choice(self.victims[lang])
                    tt = reply_to["t"] + r.randint(10 * MIN, 20 * HOUR)
                else:
                    tt = r.randint(START + HOUR, END - 30 * HOUR)
                tfull = t
                if kind in ("NEWS", "WARN", "VICTIM") and r.random() < 0.2:
                    more = [kt[1] for kt in tmpl if kt[0] in ("WARN", "NEWS") and kt[1] != t]
                    tfull = t + "\n\n" + r.choice(more)
                text, ctx = self.make_text(lang, tfull, kind, acct, False)
                if reply_to:
                    text = "@" + reply_to["acct"].username + " " + text
                p = self.add_post(acct, tt, text, lang, "benign", ctx, reply_to=reply_to,
                                  meta={"cat": "hard", "kind": kind, "tmpl": t})
                self.stats["bshapes"][lang].add(t)
                if kind in ("ASK", "VICTIM"):
                    self.victims[lang].append(p)
                if acct.followers >= 50_000 and not reply_to:
                    self.big[lang].append(p)
                self.anyp[lang].append(p)
            # ordinary history of some people
            for persona in ("everyday", "enthusiast"):
                for a in people[lang][persona]:
                    for _ in range(r.choice([0, 0, 1, 1, 2])):
                        kind, t = r.choice(self.text[lang]["history"])
                        text, ctx = self.make_text(lang, t, "H", a, False)
                        self.add_post(a, r.randint(START, END - HOUR), text, lang, "benign", ctx,
                                      meta={"cat": "history"})

        # ---- scam plans per language
        S_TARGET = 46
        plans = {}
        for lang in LANGS:
            tmpl = self.text[lang]["scam"]
            plan = list(tmpl) + [r.choice(tmpl) for _ in range(max(0, S_TARGET - len(tmpl)))]
            r.shuffle(plan)
            plans[lang] = plan

        # ---- hijacked accounts
        hj_langs = ["en", "en", "en", "en", "es", "es", "es", "pt", "pt", "pt", "fr", "fr", "de", "de", "it", "it",
                    "ru", "ru", "ru", "tr", "tr", "ar", "ar", "ja", "ja", "ja", "ko", "ko", "zh", "zh"]
        groups = {"G1-same-link": [0, 4, 7], "G2-same-btc": [10, 12, 14], "G3-same-eth+link": [23, 26, 28]}
        gof = {i: g for g, ix in groups.items() for i in ix}
        others = [i for i in range(30) if i not in gof]
        link_only = set(groups["G1-same-link"]) | set(r.sample([i for i in others], 7))
        sec = set(r.sample(range(30), 15))
        notice = set(r.sample(range(30), 25))
        newclient = set(r.sample(range(30), 12))
        gshared = {}
        for g in groups:
            base = r.randint(ms(2026, 8, 20), ms(2026, 9, 26))
            gctx = {"_su": "https://" + self.scam_domain("D") + self.scam_path("D", "en")}
            if g == "G2-same-btc":
                gctx = {"c": "BTC", "_addr": C.mint("bech32", r)}
            if g == "G3-same-eth+link":
                gctx.update({"c": "ETH", "_addr": C.mint("eth", r)})
            gshared[g] = (base, gctx)
        celeb_idx = {l: 0 for l in LANGS}
        self.bursts = []
        for i, lang in enumerate(hj_langs):
            row = self.names[lang]["celeb"][celeb_idx[lang]]
            celeb_idx[lang] += 1
            disp, handle, fol, ver, client = row[0], row[1], int(row[2]), row[3] == "1", row[4]
            created = ms(r.randint(2009, 2018), r.randint(1, 12), r.randint(1, 28))
            a = self.account(lang, "hijacked", "celeb", disp, handle, created, fol, verified=ver, source=client)
            g = gof.get(i)
            if g:
                base, gctx = gshared[g]
                t0 = base + groups[g].index(i) * r.randint(40_000, 5 * MIN)
            else:
                t0 = r.randint(ms(2026, 8, 14), ms(2026, 9, 28))
                gctx = {}
            # ordinary history over the weeks before
            nh = r.randint(2, 8)
            lo = max(START, t0 - 45 * DAY)
            for ht in sorted(r.randint(lo, t0 - DAY) for _ in range(nh)):
                if r.random() < 0.15:
                    kind, t = r.choice([kt for kt in self.text[lang]["benign"] if kt[0] in ("PRICE", "JOKE", "NFT")])
                else:
                    kind, t = r.choice(self.text[lang]["history"])
                text, ctx = self.make_text(lang, t, "H", a, False)
                self.add_post(a, ht, text, lang, "benign", ctx, meta={"cat": "history"})
            evs = []
            if i in sec:
                n = r.randint(1, 3)
                types = r.sample(SEC_EVENTS, n)
                offs = sorted((r.randint(6 * MIN, 150 * MIN) for _ in range(n)), reverse=True)
                for typ, off in zip(types, offs):
                    self.add_event(a, t0 - off, typ)
                    evs.append(typ)
            # the burst
            nb = r.randint(1, 4)
            src = r.choice([c for c in SCAM_CLIENTS if c != client]) if i in newclient else client
            allowed = lambda kt: kt[0] in ("D", "L", "A", "W", "S", "C")
            burst, tt, has_any_addr = [], t0, False
            for j in range(nb):
                if i in link_only:
                    ok = lambda kt: allowed(kt) and self.has_link(kt[1]) and not self.has_addr(kt[1])
                elif g == "G2-same-btc" and j == 0:
                    ok = lambda kt: allowed(kt) and "a" in self.slots(kt[1]) and not self.slots(kt[1]) & {"btc", "eth", "sol", "trx"}
                elif g == "G3-same-eth+link" and j == 0:
                    ok = lambda kt: allowed(kt) and "a" in self.slots(kt[1]) and "u" in self.slots(kt[1]) \
                        and not self.slots(kt[1]) & {"btc", "eth", "sol", "trx"}
                elif j == 0:
                    ok = lambda kt: allowed(kt) and self.has_addr(kt[1])
                else:
                    ok = allowed
                cands = [k for k, kt in enumerate(plans[lang]) if ok(kt)]
                if cands:
                    kind, t = plans[lang].pop(r.choice(cands))
                else:
                    kind, t = r.choice([kt for kt in self.text[lang]["scam"] if ok(kt)])
                over = dict(gctx) if (g and j == 0) else {}
                obf = r.choice(OBF_BY_LANG[lang]) if r.random() < 0.2 else None
                text, ctx = self.make_text(lang, t, kind, a, True, overrides=over, obf=obf)
                if self.has_addr(t):
                    has_any_addr = True
                p = self.add_post(a, tt, text, lang, "scam", ctx, source=src,
                                  meta={"cat": "scam", "kind": kind, "tmpl": t, "obf": ctx["_obf"], "hijacked": True})
                self.stats["shapes"][lang].add(t)
                burst.append(p)
                tt += r.randint(90_000, 25 * MIN)
            self.bursts.append({"acct": a, "lang": lang, "group": g, "events": evs, "addr": has_any_addr,
                                "n": nb, "newclient": src != client, "notice": i in notice})
            if i in notice:
                kind, t = r.choice(self.text[lang]["notice"])
                text, ctx = self.make_text(lang, t, "N", a, False)
                self.add_post(a, min(tt + r.randint(40 * MIN, 30 * HOUR), END - MIN), text, lang, "benign", ctx,
                              source=client, meta={"cat": "hard", "kind": "NOTICE"})

        # ---- scammer accounts
        scam_posts = {l: [] for l in LANGS}
        for lang in LANGS:
            byrole = {}
            for kt in plans[lang]:
                byrole.setdefault(ROLE_OF[kt[0]], []).append(kt)
            for role in ("imp", "drn", "sup", "men"):
                items = byrole.get(role, [])
                rows = self.names[lang][role]
                k = 0
                while items:
                    n = min(len(items), r.choice([1, 2, 2, 3, 3, 4, 5, 6]))
                    chunk, items = items[:n], items[n:]
                    disp, handle = rows[k % len(rows)][:2]
                    if k >= len(rows):
                        handle = handle[:11] + r.choice(["_", "x", "0", ""]) + str(r.randint(1, 99))
                    k += 1
                    a = self.account(lang, "scammer", role, disp, handle, 0, r.randint(0, 380),
                                     verified=role in ("imp", "sup") and r.random() < 0.15, source=r.choice(SCAM_CLIENTS))
                    base = r.randint(START + 2 * DAY, END - 3 * DAY)
                    times = []
                    for kind, t in chunk:
                        target = None
                        pr = {"R": 0.8, "V": 0.6, "F": 0.6, "D": 0.55, "W": 0.6, "L": 0.3, "T": 0.5, "P": 0.6,
                              "I": 0.3, "A": 0.35, "S": 0.3, "C": 0.35}[kind]
                        if r.random() < pr:
                            if kind in ("R", "V", "F", "T"):
                                pool = self.victims[lang] or self.victims["en"]
                            elif kind == "P":
                                pool = [p for p in self.anyp[lang] if p["acct"].role in ("everyday", "enthusiast")]
                            else:
                                pool = self.big[lang] or self.big["en"]
                            pool = [p for p in pool if p["t"] < END - 2 * DAY]
                            target = r.choice(pool) if pool else None
                        if target:
                            tt = target["t"] + r.randint(40_000, 6 * HOUR)
                        else:
                            tt = base
                            base += r.randint(15 * MIN, 30 * HOUR)
                        obf = r.choice(OBF_BY_LANG[lang]) if r.random() < 0.27 else None
                        tfull = t
                        if kind in ("D", "L", "A", "S", "I", "F") and r.random() < 0.12:
                            more = [kt[1] for kt in self.text[lang]["scam"] if kt[0] == kind and kt[1] != t]
                            tfull = t + "\n\n" + r.choice(more)  # a long post: two paragraphs
                        text, ctx = self.make_text(lang, tfull, kind, a, True, obf=obf)
                        if target:
                            text = "@" + target["acct"].username + " " + text
                        p = self.add_post(a, min(tt, END - 10 * MIN), text, lang, "scam", ctx, reply_to=target,
                                          meta={"cat": "scam", "kind": kind, "tmpl": t, "obf": ctx["_obf"]})
                        self.stats["shapes"][lang].add(t)
                        times.append(p["t"])
                        scam_posts[lang].append(p)
                    a.created = min(times) - r.randint(3 * HOUR, 20 * DAY)
                    a.tweets = len(chunk) + r.randint(0, 40)
            for b in self.bursts:
                if b["lang"] == lang:
                    scam_posts[lang].extend(b["acct"].posts[-(b["n"] + (1 if b["notice"] else 0)):][:b["n"]])

        # ---- normal accounts retweeting or quoting scam posts (benign)
        for lang in LANGS:
            src_posts = sorted(scam_posts[lang], key=lambda p: (p["t"], p["seq"]))
            src_posts = [p for p in src_posts if p["t"] < END - 4 * HOUR and not p["reply_to"]]
            picks = r.sample(src_posts, min(len(src_posts), 6))
            for k, sp in enumerate(picks):
                if k < 2:
                    a = self.new_person(lang, "everyday")
                    self.add_post(a, sp["t"] + r.randint(MIN, 3 * HOUR), None, lang, "benign", None, rt_of=sp,
                                  meta={"cat": "hard", "kind": "RETWEET"})
                else:
                    kind, t = r.choice(self.text[lang]["quote"])
                    a = r.choice(self.org[lang]["news"] + self.org[lang]["research"] + people[lang]["everyday"])
                    text, ctx = self.make_text(lang, t, "Q", a, False)
                    self.add_post(a, sp["t"] + r.randint(3 * MIN, 5 * HOUR), text, lang, "benign", ctx,
                                  quote_of=sp, meta={"cat": "hard", "kind": "QUOTE", "tmpl": t})
                    self.stats["bshapes"][lang].add(t)

        # ---- security events on normal accounts (noise: nothing follows)
        normals = [a for a in self.accounts if a.label == "normal" and a.role in ("everyday", "enthusiast", "brand")]
        for a in r.sample(normals, 16):
            t = r.randint(START, END - HOUR)
            for typ in r.sample(NOISE_EVENTS, r.randint(1, 2)):
                self.add_event(a, t, typ)
                t += r.randint(MIN, 40 * MIN)

    # ------------------------------------------------------------------ output
    @staticmethod
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    @staticmethod
    def wlen(s):
        return sum(2 if ord(ch) >= 0x1100 else 1 for ch in s)

    def shorten(self, s, limit):
        if self.wlen(s) <= limit:
            return s
        best, w = 0, 0
        for i, ch in enumerate(s):
            if w > limit - 2:
                break
            if ch.isspace() or (ord(ch) >= 0x3000 and i > 0 and ord(s[i - 1]) >= 0x3000):
                best = i
            w += 2 if ord(ch) >= 0x1100 else 1
        return s[:best].rstrip() + "…"

    def finish(self, outdir):
        r = self.r
        self.items.sort(key=lambda it: (it["t"], it["seq"]))
        last = 0
        for it in self.items:
            it["t"] = max(it["t"], last + 1 + r.randint(0, 900))
            last = it["t"]
            if it["type"] == "post":
                it["id"] = str(((it["t"] - TW_EPOCH) << 22) | r.getrandbits(22))
        assert last < ms(2026, 10, 1)
        seen = []
        lines, labels_p = [], []
        appear = {}
        for it in self.items:
            a = it["acct"]
            appear[a.id] = a
            if it["type"] == "event":
                lines.append({"account_event": {"account_id": a.id, "type": it["etype"], "created_at": iso(it["t"])}})
                continue
            users = [self.user_obj(a)]
            data = {"id": it["id"], "author_id": a.id, "created_at": iso(it["t"]), "lang": it["lang"],
                    "source": it["source"]}
            inc_tweets = None
            if it["rt_of"]:
                o = it["rt_of"]
                full = "RT @" + o["acct"].username + ": " + o["text"]
                data["text"] = self.esc(self.shorten(full, 280))
                data["referenced_tweets"] = [{"type": "retweeted", "id": o["id"]}]
                inc_tweets = [{"id": o["id"], "text": self.esc(o["text"]), "author_id": o["acct"].id}]
                users.append(self.user_obj(o["acct"]))
                if o["urls"]:
                    data["entities"] = {"urls": o["urls"]}
                it["text"] = full
            else:
                text = it["text"]
                if self.wlen(text) > 280:
                    data["text"] = self.esc(self.shorten(text, 272))
                    data["note_tweet"] = {"text": self.esc(text)}
                    it["meta"]["long"] = True
                else:
                    data["text"] = self.esc(text)
                if it["reply_to"]:
                    pa = it["reply_to"]
                    data["in_reply_to_user_id"] = pa["acct"].id
                    data["referenced_tweets"] = [{"type": "replied_to", "id": pa["id"]}]
                    users.append(self.user_obj(pa["acct"]))
                    appear[pa["acct"].id] = pa["acct"]
                if it["quote_of"]:
                    o = it["quote_of"]
                    data["referenced_tweets"] = [{"type": "quoted", "id": o["id"]}]
                    inc_tweets = [{"id": o["id"], "text": self.esc(o["text"]), "author_id": o["acct"].id}]
                    users.append(self.user_obj(o["acct"]))
                if it["urls"]:
                    data["entities"] = {"urls": it["urls"]}
            data = {k: data[k] for k in ["id", "text", "author_id", "created_at", "lang", "source", "referenced_tweets",
                                         "in_reply_to_user_id", "entities", "note_tweet"] if k in data}
            msg = {"data": data, "includes": {"users": users}}
            if inc_tweets:
                msg["includes"]["tweets"] = inc_tweets
            lines.append(msg)
            labels_p.append(("post", it["id"], it["label"]))
            seen.append(it)
        with open(os.path.join(outdir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for m in lines:
                f.write(json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n")
        accs = [a for a in self.accounts if a.id in appear]
        with open(os.path.join(outdir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("kind,id,label\n# posts: scam or benign\n")
            for k, i, l in labels_p:
                f.write(f"{k},{i},{l}\n")
            f.write("# accounts: hijacked, scammer or normal\n")
            for a in accs:
                f.write(f"account,{a.id},{a.label}\n")
        self.write_readme(outdir, seen, accs)

    def write_readme(self, outdir, posts, accs):
        st = self.stats
        n_scam = sum(p["label"] == "scam" for p in posts)
        n_ben = len(posts) - n_scam
        cat = lambda c: sum(p["meta"].get("cat") == c for p in posts)
        kinds = {}
        for p in posts:
            if p["label"] == "scam":
                kinds[p["meta"]["kind"]] = kinds.get(p["meta"]["kind"], 0) + 1
        bk = {}
        for p in posts:
            if p["label"] == "benign" and p["meta"].get("cat") == "hard":
                bk[p["meta"]["kind"]] = bk.get(p["meta"]["kind"], 0) + 1
        obf = {}
        for p in posts:
            if p["label"] == "scam" and p["meta"].get("obf"):
                obf[p["meta"]["obf"]] = obf.get(p["meta"]["obf"], 0) + 1
        accl = {}
        for a in accs:
            accl[a.label] = accl.get(a.label, 0) + 1
        roles = {}
        for a in accs:
            roles[(a.label, a.role)] = roles.get((a.label, a.role), 0) + 1
        nev = sum(1 for it in self.items if it["type"] == "event")
        bursts = self.bursts
        L = []
        w = L.append
        w("# blind6: a blind evaluation corpus for scamwatch\n")
        w("**This is a blind set: it is reported on, never tuned on.**\n")
        w("## How it was written\n")
        w("- Read from the project: only `docs/input.md` (the input format) and the section \"The labels format\" "
          "of `docs/backtest.md`. Nothing else of the project (rules, source, models, tests, other docs, other "
          "corpora) was opened, listed or searched, and the scamwatch binary was never run. The author does not "
          "know how the detector decides.")
        w("- All wording comes from general knowledge of publicly reported crypto scam schemes (doubling "
          "giveaways by impersonated or hijacked accounts, fake live streams with QR codes, wallet drainers behind "
          "airdrop/claim/mint links, wallet validation phishing, fund-recovery and fake-support replies, advance "
          "fees for withdrawals, fake testimonials, signal groups and mentors, pig-butchering openers, fake "
          "presales, fake exchange compensation programmes) and of how the matching benign conversation looks "
          "(news, researchers, warnings, victims, donation drives, real promotions, jokes).")
        w("- Each language's sentences were written directly in that language (grammar, word order, slang, number "
          "formats), not translated from one English template; each language also has shapes of its own scam "
          "scene. Templates are in `text/<lang>.txt` (sections `[scam]` with a kind letter, `[benign]` with a kind, "
          "`[history]`, `[notice]`, `[quote]`, and account name rows). `make_blind6.py` fills the slots (amounts, "
          "addresses, links, handles, phones, e-mails) from a fixed seed (620261128) and lays out the timeline.")
        w("- People and organisations are fictional, except the famous names that scams impersonate. Phone numbers "
          "use reserved fictional ranges (+1 …555-01xx, +44 7700 900xxx). Scam domains are invented look-alikes.")
        w("- Every address is minted from seeded random bytes with a valid checksum: Bitcoin base58check P2PKH "
          "and P2SH, bech32 (v0) and bech32m (v1), Ethereum EIP-55 (pure-Python Keccak-256, self-tested against "
          "the empty-string and \"abc\" vectors and the EIP-55 example), Solana (base58 of 32 bytes), Tron "
          "(base58check, prefix 0x41). Some sit inside payment URIs or block-explorer links.")
        w("- `python3 check_blind6.py` validates JSON, label coverage, strictly increasing timestamps and post ids, "
          "address checksums, untouched addresses/URLs in obfuscated posts, and byte-identical regeneration.\n")
        w("## Files\n")
        w("- `posts.jsonl`: %d lines: %d Twitter API v2 post messages and %d account security events, from "
          "2026-08-01 to 2026-09-30, strictly increasing timestamps; post ids are snowflakes increasing with time." %
          (len(posts) + nev, len(posts), nev))
        w("- `labels.csv`: `kind,id,label` for every post (scam|benign) and every account (hijacked|scammer|normal).")
        w("- `make_blind6.py`, `blind6_crypto.py`, `text/*.txt`: the generator; `check_blind6.py`: the validator.\n")
        w("## Counts\n")
        w("| | count |\n|---|---|")
        w(f"| scam posts | {n_scam} |")
        w(f"| benign posts | {n_ben} |")
        w(f"| of which hard negatives (incl. hacked notices, retweets and quotes of scams) | {cat('hard')} |")
        w(f"| of which ordinary history posts | {cat('history')} |")
        for lab in ("hijacked", "scammer", "normal"):
            w(f"| accounts {lab} | {accl.get(lab, 0)} |")
        w(f"| account security events | {nev} (of which on hijacked accounts: "
          f"{sum(len(b['events']) for b in bursts)}) |")
        w(f"| replies | {sum(1 for p in posts if p['reply_to'])} |")
        w(f"| retweets / quotes of scam posts by normal accounts | {bk.get('RETWEET', 0)} / {bk.get('QUOTE', 0)} |")
        w(f"| long posts with note_tweet | {sum(1 for p in posts if p['meta'].get('long'))} |\n")
        w("### Posts per language\n")
        w("| lang | scam | benign | distinct scam shapes | distinct benign shapes |\n|---|---|---|---|---|")
        for l in LANGS:
            s = sum(1 for p in posts if p["lang"] == l and p["label"] == "scam")
            b = sum(1 for p in posts if p["lang"] == l and p["label"] == "benign")
            w(f"| {l} | {s} | {b} | {len(st['shapes'][l])} | {len(st['bshapes'][l])} |")
        w("\n### Scam posts by kind\n")
        w("| kind | posts |\n|---|---|")
        for k in SCAM_KINDS:
            w(f"| {k}: {SCAM_KINDS[k]} | {kinds.get(k, 0)} |")
        w("\n### Benign hard negatives by kind\n")
        w("| kind | posts |\n|---|---|")
        for k in sorted(bk):
            w(f"| {k} | {bk[k]} |")
        w("\n### Accounts by role\n")
        w("| label | role | accounts |\n|---|---|---|")
        for (lab, role), n in sorted(roles.items()):
            w(f"| {lab} | {role} | {n} |")
        w("\n### Obfuscation (scam posts)\n")
        w(f"{sum(obf.values())} of {n_scam} scam posts are obfuscated. Addresses, URLs, handles and e-mail "
          "addresses are never obfuscated.\n")
        w("| obfuscation | posts |\n|---|---|")
        for k in sorted(obf):
            w(f"| {k} | {obf[k]} |")
        w("\n### Hijacked accounts (30)\n")
        wa = sum(1 for b in bursts if b["addr"])
        we = sum(1 for b in bursts if b["events"])
        w(f"- bursts with a wallet address: {wa}; link only, no address: {len(bursts) - wa}")
        w(f"- with security events before the burst: {we}; without: {len(bursts) - we}")
        w(f"- burst from a new client: {sum(1 for b in bursts if b['newclient'])}; "
          f"\"we were hacked\" notice afterwards: {sum(1 for b in bursts if b['notice'])}")
        w(f"- scam posts per burst: " + ", ".join(f"{n}: {sum(1 for b in bursts if b['n'] == n)}" for n in (1, 2, 3, 4)))
        w("- coordinated groups (posting within minutes): " + "; ".join(
            f"{g}: {sum(1 for b in bursts if b['group'] == g)} accounts ({', '.join(b['lang'] for b in bursts if b['group'] == g)})"
            for g in ("G1-same-link", "G2-same-btc", "G3-same-eth+link")))
        w("\n### Addresses and links\n")
        w("| address type | occurrences minted into text |\n|---|---|")
        for k in sorted(st["addr"]):
            w(f"| {k} | {st['addr'][k]} |")
        u = st["urls"]
        w(f"\nLinks: {u['tco']} t.co links with expanded_url, {u['raw']} raw URLs, {u['bare']} bare or defanged "
          f"domains, {u['uri']} payment URIs, {u['explorer']} block-explorer links.\n")
        with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(L) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    assert C.keccak_selftest()
    g = Gen()
    g.run()
    g.finish(out)


if __name__ == "__main__":
    main()

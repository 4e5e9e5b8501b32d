#!/usr/bin/env python3
"""Deterministic generator of the blind7 corpus (posts.jsonl, labels.csv).

    python3 make_blind7.py            # (re)write posts.jsonl and labels.csv next to this file
    python3 make_blind7.py --digest   # print the sha256 of what it would write, write nothing

Everything comes from one seeded random.Random(SEED); no set or dict-order dependence, no
clock, no environment. Texts live in b7_lang_XX.py (one module per language, written
directly in that language); addresses are computed in b7_addr.py.
"""
import sys

sys.dont_write_bytecode = True
import datetime as dt
import hashlib
import importlib
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b7_addr as A  # noqa: E402

SEED = 20261107
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
START = dt.datetime(2026, 10, 1, 0, 0, 0)
END = dt.datetime(2026, 11, 20, 23, 0, 0)
TW_EPOCH = 1288834974657

SCAM_PER_LANG = 34          # posts by dedicated scam accounts, per language
BENIGN_PER_LANG = 55        # ordinary benign posts by normal accounts, per language
RT_PER_LANG = 4             # normal accounts retweeting a scam (benign)
QUOTE_PER_LANG = 3          # normal accounts quoting a scam with a warning (benign)

EMOJI = ["🚀", "💰", "🔥", "✅", "🎁", "💎", "⚡", "🤑", "📈", "👉", "🟢", "💸", "🎉", "⏰"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
            "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р",
            "C": "С", "T": "Т", "X": "Х"}
HOMO_C2L = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y",
            "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
            "С": "C", "Т": "T"}
AR_NOJOIN = set("اأإآدذرزوؤءةى ")

CHAINS = [("BTC", 34), ("ETH", 30), ("SOL", 11), ("USDT", 10), ("DOGE", 8), ("LTC", 5),
          ("BNB", 2)]
AMOUNTS = {"BTC": [0.1, 0.25, 0.5, 1, 2, 5], "ETH": [0.5, 1, 2, 5, 10, 20],
           "SOL": [10, 25, 50, 100, 250], "USDT": [500, 1000, 2500, 5000, 10000],
           "DOGE": [5000, 10000, 50000, 100000], "LTC": [5, 10, 25, 50], "BNB": [1, 2, 5, 10]}
FEES = {"BTC": [0.005, 0.01, 0.02], "ETH": [0.05, 0.08, 0.15], "SOL": [0.5, 1, 2],
        "USDT": [50, 100, 150, 250], "DOGE": [500, 1000], "LTC": [0.5, 1, 2], "BNB": [0.1, 0.2]}
URI_SCHEME = {"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana", "USDT": "tron",
              "DOGE": "dogecoin", "LTC": "litecoin", "BNB": "ethereum"}
EXPLORER = {"BTC": "https://mempool.space/address/", "ETH": "https://etherscan.io/address/",
            "SOL": "https://solscan.io/account/", "USDT": "https://tronscan.org/#/address/",
            "DOGE": "https://blockchair.com/dogecoin/address/",
            "LTC": "https://litecoinspace.org/address/", "BNB": "https://bscscan.com/address/"}
ADDR_CHAIN = {"BNB": "ETH", "USDT": "TRX"}

CELEBS = [("Elon Musk", ["Tesla", "SpaceX"], "elonmusk"),
          ("Michael Saylor", ["MicroStrategy", "Strategy"], "saylor"),
          ("Vitalik Buterin", ["Ethereum Foundation"], "VitalikButerin"),
          ("Changpeng Zhao", ["Binance"], "cz_binance"),
          ("Brian Armstrong", ["Coinbase"], "brian_armstrong"),
          ("Cathie Wood", ["ARK Invest"], "CathieDWood"),
          ("MrBeast", ["Beast Philanthropy"], "MrBeast"),
          ("Garlinghouse", ["Ripple"], "bgarlinghouse")]
SUPPORT_BRANDS = ["MetaMask", "Trust Wallet", "Coinbase", "Binance", "Ledger", "Phantom",
                  "Kraken", "Exodus"]
DRAIN = [("ARB", "arbitrum"), ("OP", "optimism"), ("ZK", "zksync"), ("JUP", "jupiter"),
         ("STRK", "starknet"), ("EIGEN", "eigenlayer"), ("PYTH", "pyth"), ("W", "wormhole"),
         ("TIA", "celestia"), ("BLAST", "blast"), ("PENGU", "pudgypenguins"), ("UNI", "uniswap"),
         ("ENA", "ethena"), ("ONDO", "ondo")]
LOOKALIKE = {"arbitrum": ["arbitrurn", "arbltrum", "arbitrumm"], "uniswap": ["uniswaq", "unisvvap"],
             "optimism": ["optimisrn", "0ptimism"], "zksync": ["zksyncc", "zksynk"],
             "jupiter": ["jupiterr", "jupitter"], "metamask": ["rnetamask", "metamasks"],
             "binance": ["binnance", "blnance"], "coinbase": ["coinbasse", "c0inbase"],
             "tesla": ["teslla", "tes1a"], "spacex": ["spacexx", "space-x"],
             "opensea": ["0pensea", "opensae"], "pudgypenguins": ["pudgypenguin", "pudgypengiuns"]}
TLDS = ["com", "net", "org", "io", "xyz", "live", "top", "site", "online", "app", "pro", "club",
        "gift", "events", "info", "us", "cc"]
TICKS = [("BTC", 92000, 145000, 0), ("ETH", 2900, 6200, 0), ("SOL", 140, 320, 1),
         ("LINK", 14, 42, 2), ("AVAX", 18, 65, 2), ("DOGE", 0.11, 0.42, 4), ("ARB", 0.5, 2.4, 3),
         ("TIA", 3, 14, 2), ("INJ", 12, 48, 2), ("XRP", 1.8, 4.5, 3)]
PROJECTS = ["Lumora", "Kestrel Protocol", "Fernwave", "Orbitra", "Nimbus Nodes", "Tessellate",
            "Quillfi", "Moraine", "Halcyon Labs", "Brisa DAO", "Pinecrest", "Sablebridge"]
EXCHANGES = ["Valtora", "Quillex", "Serapa", "Brixa", "Norvio", "Kumbra"]
CLIENTS = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "TweetDeck Web App"]
SCAM_CLIENTS = ["Twitter Web App", "Twitter for Android", "AutoPoster Pro", "SocialBoost Scheduler",
                "Twitter for iPhone"]
NEW_CLIENTS = ["Twitter Web App", "Twitter for Mac", "PostPilot", "Tweet Scheduler X",
               "Twitter for Android"]
SYL = ["ka", "ri", "to", "mo", "na", "le", "so", "vi", "ra", "ne", "lu", "pa", "di", "mi", "jo",
       "ze", "ta", "ko", "ba", "sa", "yu", "el", "an", "or"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


class Gen:
    def __init__(self, seed=SEED):
        self.r = random.Random(seed)
        self.L = {lg: importlib.import_module("b7_lang_" + lg) for lg in LANGS}
        self.events = []          # (time, order, kind, payload)
        self.accounts = {}        # id -> dict
        self.acc_order = []
        self.post_ids = set()
        self.tco = set()
        self.order = 0

    # ------------------------------------------------------------ numbers
    def num(self, lg, x, dec=None, ctx=None):
        if dec is None:
            dec = 0 if float(x).is_integer() else len(repr(float(x)).split(".")[1])
        s = f"{x:,.{dec}f}"
        if lg in ("de", "es", "pt", "it", "tr"):
            s = s.replace(",", "§").replace(".", ",").replace("§", ".")
            if lg == "es" and re.fullmatch(r"\d\.\d{3}(,\d+)?", s):
                s = s.replace(".", "", 1)   # RAE: 4-digit numbers without separator
        elif lg == "fr":
            s = s.replace(",", "\u202f").replace(".", ",")
        elif lg == "ru":
            s = s.replace(",", "\u00a0").replace(".", ",")
        elif lg == "ar" and ctx is not None and ctx.get("ardig"):
            s = s.translate(str.maketrans("0123456789,.", "٠١٢٣٤٥٦٧٨٩٬٫"))
        return s

    def pct(self, lg, p, ctx):
        n = self.num(lg, p, 0, ctx)
        if lg == "tr":
            return "%" + n
        if lg in ("fr", "de", "ru"):
            return n + "\u00a0%"
        if lg == "ar":
            return n + "٪" if ctx.get("ardig") else n + "%"
        return n + "%"

    # ------------------------------------------------------------ random bits
    def tco_link(self):
        while True:
            s = "https://t.co/" + "".join(self.r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
            if s not in self.tco:
                self.tco.add(s)
                return s

    def slug(self, n=6):
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(n))

    def phone(self):
        if self.r.random() < 0.6:
            area = self.r.choice(["202", "212", "305", "312", "415", "646", "702", "786", "917"])
            return "+1 (%s) 555-01%02d" % (area, self.r.randrange(100)), "1%s55501%02d"
        d = self.r.randrange(1000)
        return "+44 7700 900%03d" % d, None

    def wa(self):
        area = self.r.choice(["202", "305", "415", "646", "786"])
        return "https://wa.me/1%s55501%02d" % (area, self.r.randrange(100))

    def scam_domain(self, kind, ctx):
        r = self.r
        if kind == "drain":
            b = ctx["drainbrand"]
            if r.random() < 0.35 and b in LOOKALIKE:
                b = r.choice(LOOKALIKE[b])
            pat = r.choice(["claim-{b}.{t}", "{b}-airdrop.{t}", "{b}drop.{t}", "app-{b}.{t}",
                            "{b}-rewards.{t}", "{b}.claims-portal.{t}", "mint-{b}.{t}",
                            "{b}-season2.{t}", "eligibility-{b}.{t}"])
            path = r.choice(["", "/claim", "/mint", "/check", "/connect", "/airdrop"])
        elif kind == "sup":
            b = ctx["supbrand"].lower().replace(" ", "")
            if r.random() < 0.3 and b in LOOKALIKE:
                b = r.choice(LOOKALIKE[b])
            pat = r.choice(["{b}-support.{t}", "{b}-helpdesk.{t}", "help-{b}.{t}",
                            "{b}.resolve-desk.{t}", "dapp-rectify-{b}.{t}", "{b}-walletsync.{t}",
                            "secure-{b}-recovery.{t}"])
            path = r.choice(["", "/ticket", "/form", "/sync", "/validate"])
        elif kind == "rec":
            b = r.choice(["chainrecover", "fundsback", "cryptotrace", "restorewallet", "recoverpro"])
            pat = r.choice(["{b}-experts.{t}", "{b}.{t}", "{b}-agency.{t}"])
            path = ""
        elif kind == "presale":
            b = ctx.get("presale", "x").lower().replace(" ", "")
            pat = r.choice(["{b}-presale.{t}", "buy{b}.{t}", "{b}token.{t}", "{b}-launch.{t}"])
            path = r.choice(["", "/presale", "/buy"])
        elif kind == "invest":
            b = r.choice(["quantumyield", "apexsignals", "goldenbridgefx", "nexatrade", "primecoinvest"])
            pat = r.choice(["{b}.{t}", "{b}-vip.{t}", "join-{b}.{t}"])
            path = ""
        else:  # giveaway / live event
            b = ctx["brand"].lower().replace(" ", "")
            if r.random() < 0.3 and b in LOOKALIKE:
                b = r.choice(LOOKALIKE[b])
            suf = r.choice(["-x2", "-event", "-giveaway", "2x", "-double", "-gift", "-bonus",
                            "-btc", "-live", "-promo", "x2"])
            pat = r.choice(["{b}%s.{t}" % suf, "{b}%s.{t}" % suf, "get-{b}.{t}", "{b}.event-2x.{t}",
                            "{b}-anniversary.{t}"])
            path = r.choice(["", "", "/btc", "/eth", "/x2", "/live", "/event"])
        host = pat.format(b=b, t=r.choice(TLDS))
        return host, path

    def defang(self, host):
        i = host.rfind(".")
        return host[:i] + self.r.choice(["[.]", "(.)", " . ", "[dot]", " dot "]) + host[i + 1:]

    # ------------------------------------------------------------ filling
    def fill(self, lg, tpl, ctx, urls, obf=False):
        r = self.r
        cache = {}

        def chain():
            if "chain" not in ctx:
                ctx["chain"] = r.choices([c for c, _ in CHAINS], [w for _, w in CHAINS])[0]
            return ctx["chain"]

        def addr_of(ch):
            key = "addr:" + ch
            if key not in ctx:
                ctx[key] = A.make_address(ADDR_CHAIN.get(ch, ch), r)
            return ctx[key]

        def link(u, show=None):
            if obf and ctx.get("defang") and show is None and "://" in u and "t.co" not in u:
                host = u.split("://", 1)[1].split("/", 1)[0]
                return self.defang(host)
            t = self.tco_link()
            urls.append({"url": t, "expanded_url": u})
            return t

        def split(a):
            n = 3 if len(a) <= 44 else 4
            k = -(-len(a) // n)
            parts = [a[i:i + k] for i in range(0, len(a), k)]
            return r.choice([" ", "\n", " - ", " | "]).join(parts)

        def val(name):
            ch = chain()
            if name == "ADDR":
                a = ctx.get("fixed_addr") or addr_of(ch)
                if obf and ctx.get("split"):
                    return split(a)
                return a
            if name in ("BTC", "ETH", "SOL", "DOGE", "LTC", "TRX"):
                return addr_of(name)
            if name == "CA":
                return addr_of("ETH")
            if name == "COIN":
                return ch
            if name in ("X", "X2", "MAX", "MIN"):
                if "x" not in ctx:
                    ctx["x"] = r.choice(AMOUNTS[ch])
                x = ctx["x"]
                v = {"X": x, "X2": 2 * x, "MAX": x * r.choice([20, 50, 100]),
                     "MIN": x / r.choice([5, 10])}[name]
                v = round(v, 4)
                return self.num(lg, v, None, ctx)
            if name == "FEE":
                return self.num(lg, r.choice(FEES[ch]), None, ctx)
            if name == "URI":
                a = ctx.get("fixed_addr") or addr_of(ch)
                x = ctx.setdefault("x", r.choice(AMOUNTS[ch]))
                if URI_SCHEME[ch] == "ethereum":
                    return "ethereum:%s@1?value=%de18" % (a, max(1, int(x))) if float(x).is_integer() \
                        else "ethereum:%s?value=%s" % (a, format(int(x * 10 ** 18), "d"))
                return "%s:%s?amount=%s" % (URI_SCHEME[ch], a, x)
            if name == "EXPL":
                return link(EXPLORER[ch] + (ctx.get("fixed_addr") or addr_of(ch)), show=True)
            if name == "URL":
                if ctx.get("fixed_url"):
                    return link(ctx["fixed_url"])
                h, p = self.scam_domain("give", ctx)
                ctx["fixed_url"] = "https://" + h + p
                return link(ctx["fixed_url"])
            if name == "LIVE":
                if r.random() < 0.3:
                    vid = "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(11))
                    return link("https://www.youtube.com/live/" + vid, show=True)
                h, p = self.scam_domain("give", ctx)
                return link("https://" + h + r.choice(["/live", "/stream", "/qr", "/event"]))
            if name == "DRAIN":
                if ctx.get("fixed_url"):
                    return link(ctx["fixed_url"])
                h, p = self.scam_domain("drain", ctx)
                return link("https://" + h + p)
            if name == "SUP":
                if r.random() < 0.2:
                    return link("https://forms.gle/" + self.slug(12), show=True)
                h, p = self.scam_domain("sup", ctx)
                return link("https://" + h + p)
            if name == "REC":
                h, p = self.scam_domain("rec", ctx)
                return link("https://" + h + p)
            if name == "PRE":
                h, p = self.scam_domain("presale", ctx)
                return link("https://" + h + p)
            if name == "INV":
                h, p = self.scam_domain("invest", ctx)
                return link("https://" + h + p)
            if name == "SDOM":
                h, p = self.scam_domain(r.choice(["give", "drain"]), ctx)
                return link("https://" + h + p, show=True)
            if name == "DEFDOM":
                h, p = self.scam_domain(r.choice(["give", "drain", "sup"]), ctx)
                return self.defang(h)
            if name == "TG":
                return "@" + r.choice([ctx["supbrand"].replace(" ", ""), "Recovery", "Signals", "VIP", "Help"]) \
                    + r.choice(["_Support", "Desk", "_Help247", "Official_bot", "_Team"]) + str(r.randrange(10, 99))
            if name == "PHONE":
                return self.phone()[0]
            if name == "WA":
                return link(self.wa(), show=True)
            if name == "USER":
                return "@" + ctx.get("reply_user", "user" + str(r.randrange(1000)))
            if name == "BRAND":
                return ctx["brand"]
            if name == "CELEB":
                return ctx["celeb"]
            if name == "SUPB":
                return ctx["supbrand"]
            if name == "TOKEN":
                return ctx["token"]
            if name == "DBRAND":
                return ctx["drainbrand"].capitalize() if ctx["drainbrand"] != "pudgypenguins" else "Pudgy Penguins"
            if name == "PCT":
                return self.pct(lg, r.choice([20, 25, 30, 40, 50, 100, 200, 300]), ctx)
            if name == "N":
                return self.num(lg, r.choice([100, 250, 500, 1000, 2000, 5000, 10000]), 0, ctx)
            if name == "SMALL":
                return self.num(lg, r.choice([3, 5, 10, 15, 20, 50]), 0, ctx)
            if name == "HOURS":
                return self.num(lg, r.choice([2, 6, 12, 24, 48, 72]), 0, ctx)
            if name in ("TICK", "P", "P2", "PLOW"):
                if "tick" not in ctx:
                    ctx["tick"] = r.choice(TICKS)
                    t = ctx["tick"]
                    ctx["p"] = round(r.uniform(t[1], t[2]), t[3])
                t, p = ctx["tick"], ctx["p"]
                if name == "TICK":
                    return t[0]
                mul = {"P": 1, "P2": 2, "PLOW": 0.85}[name]
                return self.num(lg, round(p * mul, t[3]), t[3], ctx)
            if name == "PROJ":
                return ctx.setdefault("proj", r.choice(PROJECTS))
            if name == "PURL":
                pj = ctx.setdefault("proj", r.choice(PROJECTS)).lower().replace(" ", "")
                return link("https://%s.%s/%s" % (pj, r.choice(["xyz", "io", "fi", "org", "app"]),
                                                  r.choice(["airdrop", "mint", "blog/launch", "docs", "allowlist"])), show=True)
            if name == "EX":
                return ctx.setdefault("ex", r.choice(EXCHANGES))
            if name == "EXURL":
                ex = ctx.setdefault("ex", r.choice(EXCHANGES)).lower()
                return link("https://www.%s.com/%s/%s" % (ex, r.choice(["promo", "events", "support/articles"]), self.slug(6)), show=True)
            if name == "NEWSURL":
                return link("https://%s/%s/%s" % (r.choice(["blockwire.news", "ledgerdaily.com", "chainpost.media", "cointelegrafo.news", "kriptohaber.example"]),
                                                  "2026/" + r.choice(["10", "11"]), self.slug(8)), show=True)
            if name == "CASE":
                return "%d-%05d" % (2026, r.randrange(100000))
            if name == "FRIEND":
                return r.choice(self.L[lg].FIRST)
            if name == "PASTE":
                return self.paste(lg)
            raise KeyError(name)

        def sub(m):
            nm = m.group(1)
            if nm not in cache:
                cache[nm] = val(nm)
            return cache[nm]

        return re.sub(r"\{([A-Z0-9]+)\}", sub, tpl)

    def paste(self, lg):
        L = self.L[lg]
        tpl = self.r.choice([t for k, t in L.SCAM if k in ("double", "drainer", "tax", "fee", "presale")])
        ctx = self.scam_ctx(None)
        txt = self.fill(lg, tpl, ctx, [], obf=False)
        txt = re.sub(r"https://t\.co/\w+", lambda m: "https://" + "".join(self.scam_domain("give", ctx)), txt)
        return txt.replace("\n", " ")

    def scam_ctx(self, acc):
        r = self.r
        celeb = r.choice(CELEBS)
        tok, db = r.choice(DRAIN)
        ctx = {"celeb": celeb[0], "brand": r.choice(celeb[1]), "supbrand": r.choice(SUPPORT_BRANDS),
               "token": tok, "drainbrand": db,
               "presale": r.choice(["Pepe Rocket", "Nexora", "ShibaMax", "Solaro", "BitGrail AI", "MoonCat"])}
        if acc is not None and acc.get("celeb"):
            ctx["celeb"] = acc["celeb"][0]
            ctx["brand"] = r.choice(acc["celeb"][1])
        if acc is not None and acc.get("supbrand"):
            ctx["supbrand"] = acc["supbrand"]
        return ctx

    # ------------------------------------------------------------ obfuscation
    def obfuscate(self, lg, tpl):
        r = self.r
        parts = re.split(r"(\{[A-Z0-9]+\}|@\w+|#\w+|https?://\S+)", tpl)
        cjk = lg in ("ja", "zh", "ko")
        techs = ["emoji", "linebreak", "spacing"]
        if lg in ("en", "es", "pt", "fr", "de", "it", "tr"):
            techs += ["homoglyph", "homoglyph", "fullwidth"]
        elif lg == "ru":
            techs += ["homoglyph", "homoglyph"]
        elif lg == "ar":
            techs += ["kashida", "kashida"]
        else:
            techs += ["fullwidth", "fullwidth"]
        chosen = r.sample(techs, r.choice([1, 1, 2]))
        out = []
        for i, seg in enumerate(parts):
            if i % 2 == 1 or not seg:
                out.append(seg)
                continue
            for t in chosen:
                seg = getattr(self, "_o_" + t)(seg, cjk)
            out.append(seg)
        return "".join(out), chosen

    def _words(self, seg, minlen=4):
        return [m for m in re.finditer(r"[^\W\d_]{%d,}" % minlen, seg)]

    def _o_emoji(self, seg, cjk):
        r = self.r
        if cjk:
            idx = [m.end() for m in re.finditer(r"[\u3040-\u9fff\uac00-\ud7af]{2}", seg)]
            for p in sorted(r.sample(idx, min(len(idx), 3)), reverse=True):
                seg = seg[:p] + r.choice(EMOJI) + seg[p:]
            return seg
        sp = [m.start() for m in re.finditer(" ", seg)]
        for p in sorted(r.sample(sp, min(len(sp), max(1, len(sp) // 3))), reverse=True):
            seg = seg[:p] + " " + r.choice(EMOJI) + seg[p:]
        return seg

    def _o_linebreak(self, seg, cjk):
        r = self.r
        if cjk:
            idx = [m.end() for m in re.finditer(r"[\u3040-\u9fff\uac00-\ud7af]{3}", seg)]
        else:
            idx = [m.start() for m in re.finditer(" ", seg)]
        for p in sorted(r.sample(idx, min(len(idx), 2)), reverse=True):
            seg = seg[:p] + "\n" + seg[p + (0 if cjk else 1):]
        return seg

    def _o_spacing(self, seg, cjk):
        r = self.r
        ws = self._words(seg, 2 if cjk else 4)
        if not ws:
            return seg
        for m in sorted(r.sample(ws, min(len(ws), 2)), key=lambda m: -m.start()):
            w = m.group(0)[:6] if cjk else m.group(0)
            sep = r.choice([" ", " ", ".", "\u200b"]) if not cjk else " "
            seg = seg[:m.start()] + sep.join(w) + seg[m.start() + len(w):]
        return seg

    def _o_homoglyph(self, seg, cjk):
        r = self.r
        mp = HOMO_C2L if re.search("[а-яА-Я]", seg) else HOMO_L2C
        return "".join(mp[c] if c in mp and r.random() < 0.45 else c for c in seg)

    def _o_fullwidth(self, seg, cjk):
        r = self.r
        ws = [m for m in re.finditer(r"[A-Za-z0-9]{2,}", seg)]
        if not ws:
            return seg
        for m in sorted(r.sample(ws, min(len(ws), 3)), key=lambda m: -m.start()):
            w = "".join(chr(ord(c) + 0xFEE0) for c in m.group(0))
            seg = seg[:m.start()] + w + seg[m.end():]
        return seg

    def _o_kashida(self, seg, cjk):
        r = self.r
        ws = [m for m in re.finditer(r"[\u0621-\u064a]{4,}", seg)]
        for m in sorted(r.sample(ws, min(len(ws), 3)), key=lambda m: -m.start()):
            w = m.group(0)
            nw = "".join(c + ("ـ" if c not in AR_NOJOIN and j < len(w) - 1 else "") for j, c in enumerate(w))
            seg = seg[:m.start()] + nw + seg[m.end():]
        return seg

    # ------------------------------------------------------------ accounts
    def new_account(self, kind, label, lang, name, username, created, followers, verified, **kw):
        r = self.r
        if kind == "old":
            aid = str(r.randrange(10 ** 6, 3 * 10 ** 9))
        else:
            ms = int(created.timestamp() * 1000) if created.tzinfo else int((created - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
            aid = str(((ms - TW_EPOCH) << 22) | r.randrange(1 << 22))
        while aid in self.accounts:
            aid = str(int(aid) + 1)
        username = re.sub(r"[^A-Za-z0-9_]", "", username)[:15] or "user" + str(r.randrange(9999))
        acc = dict(id=aid, label=label, lang=lang, name=name, username=username, created=created,
                   followers=followers, verified=verified, **kw)
        self.accounts[aid] = acc
        self.acc_order.append(aid)
        return acc

    def ascii_user(self, name):
        base = re.sub(r"[^A-Za-z]", "", name.lower().replace(" ", "_"))
        if len(base) < 4:
            base = "".join(self.r.choice(SYL) for _ in range(3))
        return base[:11] + self.r.choice(["", "", "_", str(self.r.randrange(10, 99))])

    def old_date(self, y0=2009, y1=2024):
        d = dt.datetime(y0, 1, 1) + dt.timedelta(seconds=self.r.randrange(int((dt.datetime(y1, 12, 31) - dt.datetime(y0, 1, 1)).total_seconds())))
        return d

    def rtime(self, a, b):
        return a + dt.timedelta(seconds=self.r.randrange(int((b - a).total_seconds())))

    # ------------------------------------------------------------ posts
    def user_obj(self, acc):
        return {"id": acc["id"], "username": acc["username"], "name": acc["name"],
                "verified": acc["verified"], "created_at": iso(acc["created"]),
                "public_metrics": {"followers_count": acc["followers"],
                                   "following_count": acc.get("following", 300),
                                   "tweet_count": acc.get("tweets", 1000)}}

    def add_post(self, t, acc, text, lang, urls, label, kind, source=None, extra=None):
        self.order += 1
        self.events.append([t, self.order, "post",
                            dict(acc=acc, text=text, lang=lang, urls=urls, label=label, kind=kind,
                                 source=source or acc.get("client") or "Twitter Web App",
                                 extra=extra or {})])
        return self.events[-1]

    def add_event(self, t, acc, typ):
        self.order += 1
        self.events.append([t, self.order, "acct", dict(acc=acc, type=typ)])

    def render_scam(self, lg, acc, tpl_kind, tpl, ctx, t, source=None, obf_p=0.3, extra=None):
        r = self.r
        urls = []
        obf = r.random() < obf_p
        techs = []
        if obf:
            tpl, techs = self.obfuscate(lg, tpl)
            if "{ADDR}" in tpl and "{URI}" not in tpl and r.random() < 0.35:
                ctx["split"] = True
                techs.append("split")
            if r.random() < 0.3 and any(p in tpl for p in ("{URL}", "{DRAIN}", "{SUP}", "{REC}", "{PRE}", "{INV}")):
                ctx["defang"] = True
                techs.append("defang")
        text = self.fill(lg, tpl, ctx, urls, obf=obf)
        return self.add_post(t, acc, text, lg, urls, "scam", tpl_kind, source, dict(extra or {}, obf=techs))

    def render_benign(self, lg, acc, kind, tpl, t, ctx=None, extra=None, source=None):
        urls = []
        ctx = ctx if ctx is not None else self.scam_ctx(None)
        if "ardig" not in ctx:
            ctx["ardig"] = lg == "ar" and self.r.random() < 0.5
        text = self.fill(lg, tpl, ctx, urls)
        return self.add_post(t, acc, text, lg, urls, "benign", kind, source, extra)

    # ------------------------------------------------------------ scenario
    def build(self):
        r = self.r
        normals = {lg: [] for lg in LANGS}
        by_type = {lg: {} for lg in LANGS}
        # --- normal accounts
        for lg in LANGS:
            L = self.L[lg]
            for name, typ in L.ORGS:
                acc = self.new_account("old" if r.random() < 0.6 else "new", "normal", lg, name,
                                       self.ascii_user(name), self.old_date(2009, 2021),
                                       int(10 ** r.uniform(4.2, 6.5)), True, type=typ,
                                       client=r.choice(["Twitter Web App", "TweetDeck Web App", "Sprout Social"]))
                normals[lg].append(acc)
                by_type[lg].setdefault(typ, []).append(acc)
            names = [(l + f if lg in ("ja", "ko", "zh") else f + " " + l) for f in L.FIRST for l in L.LAST]
            r.shuffle(names)
            for i, nm in enumerate(names[:26]):
                typ = ["person", "person", "crypto"][i % 3]
                acc = self.new_account("old" if r.random() < 0.5 else "new", "normal", lg, nm,
                                       self.ascii_user(nm), self.old_date(2010, 2025),
                                       int(10 ** r.uniform(1.3, 3.9)) if typ == "person" else int(10 ** r.uniform(2.5, 5.3)),
                                       typ == "crypto" and r.random() < 0.3, type=typ,
                                       client=r.choice(CLIENTS))
                normals[lg].append(acc)
                by_type[lg].setdefault(typ, []).append(acc)

        # --- normal accounts' own security events (hard negatives)
        for lg in LANGS:
            for acc in r.sample(normals[lg], 3):
                t = self.rtime(START, END)
                self.add_event(t, acc, r.choice(["password_reset", "login_new_device", "email_changed", "phone_changed"]))

        # --- ordinary benign posts
        type_for = {"news": ["news", "journalist"], "police": ["police"], "warning": ["exchange", "security"],
                    "victim": ["person"], "relative": ["person"], "joke": ["person", "crypto"],
                    "donation": ["charity"], "promo": ["exchange"], "airdrop": ["project"],
                    "whitelist": ["project", "crypto"], "giveaway": ["crypto"], "price": ["crypto", "journalist"],
                    "tipjar": ["crypto", "person"], "friends": ["person"], "dev": ["project", "crypto"],
                    "ordinary": ["person"], "complaint": ["person"], "hacked_other": ["person"],
                    "research": ["security", "journalist"]}
        complaints = {lg: [] for lg in LANGS}
        for lg in LANGS:
            L = self.L[lg]
            deck = []
            while len(deck) < BENIGN_PER_LANG:
                d = list(L.BENIGN)
                r.shuffle(d)
                deck += d
            for kind, tpl in deck[:BENIGN_PER_LANG]:
                pool = []
                for ty in type_for.get(kind, ["person"]):
                    pool += by_type[lg].get(ty, [])
                acc = r.choice(pool or normals[lg])
                t = self.rtime(START, END)
                ev = self.render_benign(lg, acc, kind, tpl, t)
                if kind in ("complaint",):
                    complaints[lg].append(ev)

        # --- dedicated scam accounts
        scam_posts = {lg: [] for lg in LANGS}
        groups = {"celeb": ["double", "presale"], "airdrop": ["drainer", "drop", "fee"],
                  "support": ["support", "recovery", "tax"], "mentor": ["mentor", "testimonial", "presale", "tax"]}
        for lg in LANGS:
            L = self.L[lg]
            decks = {}
            personas = ["celeb", "celeb", "celeb", "airdrop", "airdrop", "support", "support", "mentor", "mentor"]
            left = SCAM_PER_LANG
            # every template at least once: a global deck consumed first
            all_tpl = list(L.SCAM)
            r.shuffle(all_tpl)
            farm_addr = None
            for pi, persona in enumerate(personas):
                first = self.rtime(START + dt.timedelta(days=1), END - dt.timedelta(days=4))
                created = first - dt.timedelta(days=r.uniform(0.2, 25))
                kw = {}
                if persona == "celeb":
                    c = r.choice(CELEBS)
                    kw["celeb"] = c
                    name = r.choice([c[0], c[0] + " ✅", c[0] + " | Live", c[1][0]])
                    user = c[2] + r.choice(["_live", "x2", "_", "_event", "_official", "_eu"])
                    if r.random() < 0.3:
                        user = user.replace("l", "I", 1)
                elif persona == "support":
                    sb = r.choice(SUPPORT_BRANDS)
                    kw["supbrand"] = sb
                    name = r.choice([sb + " Support", sb + " Help Desk", sb + " Care 24/7", L.SUPPORT_NAME.format(b=sb)])
                    user = sb.replace(" ", "") + r.choice(["Support", "Help", "Care", "_Desk"]) + str(r.randrange(10, 999))
                elif persona == "airdrop":
                    tok, db = r.choice(DRAIN)
                    kw["drain"] = (tok, db)
                    name = r.choice([db.capitalize() + " Airdrop", "$" + tok + " Claims", db.capitalize() + " 🪂"])
                    user = db + r.choice(["_drop", "claims", "_airdrop", "_S2"]) + str(r.randrange(10, 99))
                else:
                    name = r.choice(L.MENTORS)
                    user = self.ascii_user(name)
                acc = self.new_account("new", "scammer", lg, name, user, created, r.randrange(0, 420),
                                       r.random() < 0.2, type=persona, client=r.choice(SCAM_CLIENTS), **kw)
                n = left // (len(personas) - pi)
                n = max(1, min(left, n + r.choice([-1, 0, 0, 1])))
                if pi == len(personas) - 1:
                    n = left
                left -= n
                t = first
                for k in range(n):
                    want = groups[persona]
                    tpl_pick = None
                    for j, (kd, tp) in enumerate(all_tpl):
                        if kd in want:
                            tpl_pick = all_tpl.pop(j)
                            break
                    if tpl_pick is None:
                        dk = decks.setdefault(persona, [])
                        if not dk:
                            dk += [x for x in L.SCAM if x[0] in want]
                            r.shuffle(dk)
                        tpl_pick = dk.pop()
                    kd, tp = tpl_pick
                    ctx = self.scam_ctx(acc)
                    if acc.get("drain"):
                        ctx["token"], ctx["drainbrand"] = acc["drain"]
                    ctx["ardig"] = lg == "ar" and r.random() < 0.5
                    if persona == "celeb" and kd == "double" and r.random() < 0.4:
                        farm_addr = farm_addr or A.make_address("BTC", r)
                        if "{COIN}" not in tp or r.random() < 0.5:
                            ctx["chain"] = "BTC"
                            ctx["fixed_addr"] = farm_addr
                    extra = {}
                    if kd in ("support", "recovery") and complaints[lg]:
                        tgt = r.choice(complaints[lg])
                        ctx["reply_user"] = tgt[3]["acc"]["username"]
                        extra = {"reply_to": tgt}
                        t = max(t, tgt[0] + dt.timedelta(minutes=r.randrange(1, 90)))
                    elif kd in ("support", "recovery"):
                        ctx["reply_user"] = r.choice(normals[lg])["username"]
                    ev = self.render_scam(lg, acc, kd, tp, ctx, t, extra=extra)
                    scam_posts[lg].append(ev)
                    t = t + dt.timedelta(minutes=r.randrange(3, 60 * 30))
                    if t > END:
                        t = END - dt.timedelta(minutes=r.randrange(1, 600))
            # leftover templates never used: give them to the last personas
            for kd, tp in all_tpl:
                acc = r.choice([a for a in self.accounts.values() if a["lang"] == lg and a["label"] == "scammer"])
                ctx = self.scam_ctx(acc)
                ctx["ardig"] = lg == "ar" and r.random() < 0.5
                if kd in ("support", "recovery"):
                    ctx["reply_user"] = r.choice(normals[lg])["username"]
                ev = self.render_scam(lg, acc, kd, tp, ctx, self.rtime(START + dt.timedelta(days=2), END))
                scam_posts[lg].append(ev)

        # --- hijacked accounts
        hij_langs = []
        for i, lg in enumerate(LANGS):
            hij_langs += [lg] * (3 if i < 6 else 2)
        roles = ["c", "n"] * 15
        r.shuffle(roles)
        hij = []
        used_names = {}
        for i, lg in enumerate(hij_langs):
            L = self.L[lg]
            role = roles[i]
            pool = L.HIJ_C if role == "c" else L.HIJ_N
            k = used_names.get((lg, role), 0)
            used_names[(lg, role)] = k + 1
            name = pool[k % len(pool)]
            acc = self.new_account("old", "hijacked", lg, name, self.ascii_user(name),
                                   self.old_date(2008, 2018), int(10 ** r.uniform(3.7, 7.3)),
                                   r.random() < 0.5, type="hijacked", role=role,
                                   client=r.choice(["Twitter for iPhone", "Twitter for Android", "Twitter for iPhone"]))
            hij.append(acc)
        # coordinated groups: indices sharing burst time and address/link
        order = list(range(30))
        r.shuffle(order)
        coord = [order[0:4], order[4:7], order[7:10]]
        in_group = {}
        for gi, g in enumerate(coord):
            for j in g:
                in_group[j] = gi
        gtime = [self.rtime(dt.datetime(2026, 10, 22), dt.datetime(2026, 11, 17)) for _ in coord]
        gshare = []
        for gi in range(len(coord)):
            c = CELEBS[gi]
            share = {"celeb": c[0], "brand": c[1][0]}
            if gi == 1:
                share["chain"] = "ETH"
                share["fixed_addr"] = A.make_address("ETH", r)
            elif gi == 0:
                share["chain"] = "BTC"
                share["fixed_addr"] = A.make_address("BTC", r)
            else:
                tok, db = DRAIN[gi]
                h, p = self.scam_domain("drain", {"drainbrand": db})
                share.update(token=tok, drainbrand=db, fixed_url="https://" + h + "/claim")
            gshare.append(share)
        sec_flags = [True] * 15 + [False] * 15
        r.shuffle(sec_flags)
        newcli = [True] * 14 + [False] * 16
        r.shuffle(newcli)
        notice = [True] * 9 + [False] * 21
        r.shuffle(notice)
        self.hij_summary = []
        for i, acc in enumerate(hij):
            lg = acc["lang"]
            L = self.L[lg]
            if i in in_group:
                gi = in_group[i]
                T = gtime[gi] + dt.timedelta(minutes=r.randrange(0, 12), seconds=r.randrange(60))
            else:
                T = self.rtime(dt.datetime(2026, 10, 22), dt.datetime(2026, 11, 18, 12))
            # history
            nh = r.randrange(3, 9)
            hs = list(L.HIST_C if acc["role"] == "c" else L.HIST_N)
            r.shuffle(hs)
            h0 = max(START, T - dt.timedelta(days=r.randrange(18, 36)))
            times = sorted(self.rtime(h0, T - dt.timedelta(hours=20)) for _ in range(nh))
            for k, ht in enumerate(times):
                self.render_benign(lg, acc, "history_" + acc["role"], hs[k % len(hs)], ht)
            # security events
            if sec_flags[i]:
                types = r.sample(["password_reset", "email_changed", "login_new_device", "mfa_disabled", "phone_changed"],
                                 r.randrange(1, 4))
                et = T - dt.timedelta(minutes=r.randrange(8, 150))
                for ty in types:
                    self.add_event(et, acc, ty)
                    et += dt.timedelta(minutes=r.randrange(1, 6))
            src = r.choice(NEW_CLIENTS) if newcli[i] else acc["client"]
            if src == acc["client"] and newcli[i]:
                src = "Tweet Scheduler X"
            # burst
            nb = r.randrange(1, 5)
            bt = T
            ctx0 = self.scam_ctx(None)
            if i in in_group:
                ctx0.update(gshare[in_group[i]])
                want = ["drainer"] if "fixed_url" in ctx0 else ["double"]
            else:
                want = r.choice([["double"], ["double"], ["drainer"], ["double", "presale"]])
            tpls = [x for x in L.SCAM if x[0] in want]
            if "fixed_addr" in ctx0:
                tpls = [x for x in tpls if "{ADDR}" in x[1] or "{URI}" in x[1]]
            r.shuffle(tpls)
            for k in range(nb):
                kd, tp = tpls[k % len(tpls)]
                ctx = dict(ctx0)
                ctx["ardig"] = lg == "ar" and r.random() < 0.5
                if want == ["double"] and "fixed_url" not in ctx and not ("{ADDR}" in tp or "{URI}" in tp or "{EXPL}" in tp):
                    pass
                self.render_scam(lg, acc, kd, tp, ctx, bt, source=src, obf_p=0.2)
                for key in ("chain", "addr:BTC", "addr:ETH", "addr:SOL", "addr:TRX", "addr:DOGE", "addr:LTC", "x", "fixed_url"):
                    if key in ctx and key not in ctx0:
                        ctx0[key] = ctx[key]   # same address across the burst
                bt += dt.timedelta(minutes=r.randrange(1, 25), seconds=r.randrange(60))
            if notice[i]:
                nt = bt + dt.timedelta(hours=r.uniform(2, 40))
                self.render_benign(lg, acc, "hacked_notice", r.choice(L.HACKED), min(nt, END), source=acc["client"])
            self.hij_summary.append(dict(id=acc["id"], lang=lg, role=acc["role"], burst=nb, sec=sec_flags[i],
                                         newclient=newcli[i], group=in_group.get(i), notice=notice[i]))

        # --- retweets and quotes of scams by normal accounts (benign)
        for lg in LANGS:
            L = self.L[lg]
            cands = [e for e in scam_posts[lg]]
            for k in range(RT_PER_LANG):
                src = r.choice(cands)
                acc = r.choice(by_type[lg]["person"])
                t = src[0] + dt.timedelta(minutes=r.randrange(2, 300))
                self.add_post(min(t, END), acc, None, lg, [], "benign", "retweet", extra={"rt_of": src})
            for k in range(QUOTE_PER_LANG):
                src = r.choice(cands)
                acc = r.choice(normals[lg])
                t = src[0] + dt.timedelta(minutes=r.randrange(5, 600))
                self.add_post(min(t, END), acc, L.QUOTE[k % len(L.QUOTE)], lg, [], "benign", "quote_warning",
                              extra={"quote_of": src})
        return self.serialize()

    # ------------------------------------------------------------ output
    def tweet_id(self, t):
        ms = int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
        base = (ms - TW_EPOCH) << 22
        i = base | self.r.randrange(1 << 21)
        while str(i) in self.post_ids:
            i += 1
        self.post_ids.add(str(i))
        return str(i)

    @staticmethod
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    @staticmethod
    def cut(s, n):
        if len(s) <= n:
            return s
        i = s.rfind(" ", 0, n - 1)
        if i < n // 2:
            i = s.rfind("\n", 0, n - 1)
        if i < n // 2:
            return None
        return s[:i] + "…"

    def serialize(self):
        self.events.sort(key=lambda e: (e[0], e[1]))
        lines, labels_p = [], []
        for ev in self.events:
            t, _, kind, p = ev
            if kind == "acct":
                lines.append({"account_event": {"account_id": p["acc"]["id"], "type": p["type"],
                                                "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}})
                continue
            acc = p["acc"]
            pid = self.tweet_id(t)
            p["id"] = pid
            data = {"id": pid}
            users = [self.user_obj(acc)]
            tweets = []
            ex = p["extra"]
            if "rt_of" in ex:
                src = ex["rt_of"]
                so = src[3]
                full = so["text"]
                short = self.cut("RT @%s: %s" % (so["acc"]["username"], full), 140) or \
                    "RT @%s: %s…" % (so["acc"]["username"], full[:40].rsplit(" ", 1)[0])
                data["text"] = self.esc(short)
                data["referenced_tweets"] = [{"type": "retweeted", "id": so["id"]}]
                tweets.append({"id": so["id"], "text": self.esc(full), "author_id": so["acc"]["id"]})
                users.append(self.user_obj(so["acc"]))
                urls = so["urls"]
                p["text"] = short
            elif "quote_of" in ex:
                so = ex["quote_of"][3]
                qurl = "https://twitter.com/%s/status/%s" % (so["acc"]["username"], so["id"])
                tl = self.tco_link()
                data["text"] = self.esc(p["text"] + " " + tl)
                data["referenced_tweets"] = [{"type": "quoted", "id": so["id"]}]
                tweets.append({"id": so["id"], "text": self.esc(so["text"]), "author_id": so["acc"]["id"]})
                users.append(self.user_obj(so["acc"]))
                urls = [{"url": tl, "expanded_url": qurl}]
            else:
                full = p["text"]
                short = self.cut(full, 280)
                if short is None:
                    short = full
                data["text"] = self.esc(short)
                if short != full:
                    data["note_tweet"] = {"text": self.esc(full)}
                urls = p["urls"]
                if "reply_to" in ex:
                    tgt = ex["reply_to"][3]
                    data["in_reply_to_user_id"] = tgt["acc"]["id"]
                    data["referenced_tweets"] = [{"type": "replied_to", "id": tgt["id"]}]
            data["author_id"] = acc["id"]
            data["created_at"] = iso(t)
            data["lang"] = p["lang"]
            data["source"] = p["source"]
            if urls:
                data["entities"] = {"urls": [dict(u) for u in urls]}
            msg = {"data": data, "includes": {"users": users}}
            if tweets:
                msg["includes"]["tweets"] = tweets
            lines.append(msg)
            labels_p.append((pid, p["label"]))
        posts = "".join(json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n" for m in lines)
        lab = ["kind,id,label", "# posts: scam or benign (in file order)"]
        lab += ["post,%s,%s" % x for x in labels_p]
        lab.append("# accounts: hijacked, scammer or normal")
        lab += ["account,%s,%s" % (a, self.accounts[a]["label"]) for a in self.acc_order]
        return posts.encode("utf-8"), ("\n".join(lab) + "\n").encode("utf-8")


def build():
    return Gen().build()


def main():
    posts, labels = build()
    if "--digest" in sys.argv:
        print(hashlib.sha256(posts).hexdigest(), hashlib.sha256(labels).hexdigest())
        return
    with open(os.path.join(HERE, "posts.jsonl"), "wb") as f:
        f.write(posts)
    with open(os.path.join(HERE, "labels.csv"), "wb") as f:
        f.write(labels)
    print("wrote posts.jsonl (%d lines) and labels.csv" % posts.count(b"\n"))


if __name__ == "__main__":
    main()

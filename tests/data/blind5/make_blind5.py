#!/usr/bin/env python3
"""Generate the blind5 evaluation corpus: posts.jsonl, labels.csv, README.md (next to this file).

Deterministic: fixed seed, Python 3 standard library only; the same bytes on every run.
Usage: python3 make_blind5.py [OUTDIR]
"""
import datetime
import importlib
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import random  # noqa: E402
import addrs  # noqa: E402
import obfuscate  # noqa: E402

SEED = 5_2026_0302
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
T0 = int(datetime.datetime(2026, 3, 2, 0, 0, tzinfo=datetime.timezone.utc).timestamp())
DAY = 86400
SPAN = 59 * DAY
TWEPOCH_MS = 1288834974657

FAMILY = {"double": "imp", "event": "imp", "uri": "imp", "dropaddr": "imp", "fee": "imp",
          "testimonial": "imp", "airdrop": "drain", "phish": "drain", "recovery": "recov",
          "support": "recov", "mentor": "mentor"}
HIJACK_SCHEMES = {"double", "event", "airdrop", "uri", "dropaddr", "phish"}
ADDR_SLOTS = {"btc", "eth", "sol", "trx", "btc_split", "eth_split", "uri", "explorer_btc",
              "explorer_eth"}
CLIENTS = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "Twitter for iPad",
           "TweetDeck Web App", "Hootsuite Inc.", "Buffer", "Sprout Social"]
ODD_CLIENTS = ["Twitter Web App", "Twitter for Android", "twittbot.net", "Cheap Bots, Done Quick!",
               "IFTTT", "Twitter for Mac"]
SEC_TYPES = ["password_reset", "email_changed", "login_new_device", "mfa_disabled", "phone_changed"]

BRANDS = ["tesla", "spacex", "binance", "coinbase", "ripple", "ethereum", "solana", "metamask",
          "trustwallet", "ledger", "opensea", "uniswap", "kraken", "phantom", "saylor", "ark",
          "cardano", "arbitrum", "blur", "pancakeswap", "microstrategy", "xrp", "polygon", "base"]
KW = {"event": ["live", "event", "giveaway", "x2", "stream", "2026", "official", "promo", "double"],
      "airdrop": ["claim", "airdrop", "mint", "drop", "rewards", "free", "season2"],
      "phish": ["sync", "validate", "verify", "migrate", "kyc", "secure", "dapp", "restore", "rectify"],
      "support": ["support", "help", "desk", "care", "recovery"],
      "fee": ["payout", "withdraw", "prize", "bonus", "winner"],
      "other": ["gift", "bonus", "x2", "give", "promo"]}
TLDS = ["com", "net", "org", "io", "app", "live", "xyz", "site", "info", "top", "online", "pro",
        "gift", "cc", "us", "events", "claims", "vip"]
PATHS = {"event": ["", "/live", "/event", "/x2", "/giveaway?ref=tw", "/stream/join", "/promo"],
         "airdrop": ["/claim", "/airdrop", "/mint", "/claim?season=2", "/rewards", "/drop/eligibility"],
         "phish": ["/connect", "/validate", "/sync", "/migration", "/kyc", "/wallet/restore"],
         "support": ["/ticket", "/help", "/case", "/support-form"],
         "fee": ["/withdraw", "/payout", "/prize", "/claim-prize"],
         "other": ["", "/gift", "/bonus"]}
LEGIT_SITES = ["harbourledger.news", "coinwire-daily.com", "chainwatch-research.org",
               "lumenpost.net", "blockgazette.info", "securedesk-labs.io"]
MAILS = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com", "gmx.com"]
RECOV = ["RecoveryPro", "HackerJay", "AssetTrace", "CyberRetrieve", "FundsBack", "ChainRescue",
         "WalletMedic", "RetrieveHub", "SpyFixer", "TraceGuru", "CoinRecover", "KevinHacks"]

SCAM_USER = {
    "imp": [("Elon Musk", "ElonMusk"), ("Elon Musk", "elonmusk_live"), ("Vitalik Buterin", "VitalikButerin"),
            ("Michael Saylor", "saylor"), ("Binance", "Binance"), ("Coinbase", "Coinbase"),
            ("Tesla", "Tesla"), ("SpaceX", "SpaceX"), ("Ripple", "Ripple"), ("Cathie Wood", "CathieDWood"),
            ("Brad Garlinghouse", "bgarlinghouse"), ("CZ", "cz_binance"), ("Solana", "solana"),
            ("Cardano Foundation", "Cardano")],
    "drain": [("MetaMask", "MetaMask"), ("OpenSea", "opensea"), ("Uniswap Labs", "Uniswap"),
              ("Phantom", "phantom"), ("Ledger", "Ledger"), ("Arbitrum", "arbitrum"),
              ("Trust Wallet", "TrustWallet"), ("LayerZero", "LayerZero_Labs")],
    "recov": [("Recovery", "recovery"), ("Support", "support"), ("Help Desk", "helpdesk")],
    "mentor": [("FX Mentor", "mentor"), ("Crypto Coach", "coach"), ("Trader", "trades")],
}
SUFFIX = ["_Giveaway", "_Official", "_Live", "_x2", "_Event", "Promo", "_Gift", "_Team", "_Drop",
          "_Support", "_Help", "Care", "_HQ", "_Rewards", "Labs_", "_io"]


def iso(t, ms=True):
    s = datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".000Z" if ms else "Z")


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.arng = random.Random(SEED + 1)       # address bytes
        self.T = {l: importlib.import_module("t_" + l) for l in LANGS}
        self.accounts = {}      # id -> account dict (insertion order)
        self.items = []         # posts and account events
        self.minted = []        # (kind, address)
        self.scam_addrs = {"btc": [], "eth": [], "sol": [], "trx": []}
        self.used_ids = set()
        self.used_names = set()
        self.seq = 0

    # ------------------------------------------------------------ accounts
    def new_id(self, lo, hi):
        while True:
            i = str(self.rng.randrange(lo, hi))
            if i not in self.used_ids:
                self.used_ids.add(i)
                return i

    def uname(self, base):
        base = re.sub(r"[^A-Za-z0-9_]", "", base)[:15] or "user"
        u = base
        while u.lower() in self.used_names:
            u = (base[:11] + str(self.rng.randrange(10, 9999)))[:15]
        self.used_names.add(u.lower())
        return u

    def add_account(self, label, lang, name, username, created, followers, verified, source, role):
        aid = self.new_id(10 ** 7, 10 ** 10) if label == "hijacked" or created < T0 - 6 * 365 * DAY \
            else self.new_id(10 ** 18, 2 * 10 ** 18)
        a = {"id": aid, "label": label, "lang": lang, "name": name, "username": self.uname(username),
             "created": created, "followers": followers, "verified": verified, "source": source,
             "role": role}
        self.accounts[aid] = a
        return a

    def person(self, lang):
        m = self.T[lang]
        f = self.rng.choice(m.FIRST)
        l = self.rng.choice(m.LAST)
        if m.NAME_ORDER == "lf":
            disp = l[0] + m.NAME_SEP + f[0]
        else:
            disp = f[0] + m.NAME_SEP + l[0]
        pat = self.rng.randrange(4)
        user = [f[1] + "_" + l[1], f[1] + l[1] + str(self.rng.randrange(1, 99)),
                f[1][0] + l[1], l[1] + "_" + f[1]][pat]
        return disp, user

    # ------------------------------------------------------------ slots
    def mint(self, kind):
        a = addrs.MINTERS[kind](self.arng)
        assert addrs.validate(kind, a)
        self.minted.append((kind, a))
        return a

    def scam_domain(self, scheme):
        fam = scheme if scheme in KW else "other"
        r = self.rng
        b = r.choice(BRANDS)
        v = r.randrange(5)
        if v == 1 and "o" in b:
            b = b.replace("o", "0", 1)
        elif v == 2 and ("l" in b or "i" in b):
            b = b.replace("l", "1", 1) if "l" in b else b.replace("i", "1", 1)
        elif v == 3 and len(b) > 4:
            k = r.randrange(1, len(b) - 1)
            b = b[:k] + b[k] + b[k:]
        kw = r.choice(KW[fam])
        shape = r.randrange(3)
        d = [f"{b}-{kw}", f"{kw}-{b}", f"{b}{kw}"][shape]
        return d + "." + r.choice(TLDS)

    def tco(self):
        return "https://t.co/" + "".join(self.rng.choice(addrs._B58 + "0lIO") for _ in range(10))

    def link(self, target, ctx, scam=True):
        """Render a URL: t.co with entity, raw URL, or (scam only) bare domain."""
        r = self.rng.random()
        if r < 0.5:
            short = self.tco()
            ctx["urls"].append({"url": short, "expanded_url": target,
                                "display_url": target.split("://", 1)[1][:26]})
            return short
        if r < 0.8 or not scam:
            return target
        return target.split("://", 1)[1].rstrip("/")

    def fill(self, tpl, scheme, fixed=None, scam=True):
        fixed = fixed or {}
        ctx = {"urls": [], "addrs": []}
        cache = {}
        r = self.rng

        def coin(kind):
            if kind in fixed:
                return fixed[kind]
            if "_" + kind in cache:          # one address per coin per post
                return cache["_" + kind]
            cache["_" + kind] = v = coin2(kind)
            return v

        def coin2(kind):
            if not scam and self.scam_addrs[kind] and r.random() < 0.5:
                return r.choice(self.scam_addrs[kind])
            if kind == "btc":
                a = self.mint(r.choice(["btc_p2pkh", "btc_p2sh", "btc_bech32", "btc_bech32", "btc_taproot"]))
            else:
                a = self.mint(kind)
            if scam:
                self.scam_addrs[kind].append(a)
            return a

        def dom():
            if "dom" not in cache:
                if "link" in fixed:
                    cache["dom"] = fixed["link"].split("://", 1)[1].split("/")[0]
                else:
                    cache["dom"] = self.scam_domain(scheme)
            return cache["dom"]

        def rep(m):
            s = m.group(1)
            if s in ("link", "dom", "dom_def"):
                ctx["has_link"] = True
            if s in cache and s not in ("link",):
                return cache[s]
            if s in ("btc", "eth", "sol", "trx"):
                v = coin(s)
                ctx["addrs"].append(v)
            elif s == "btc_split":
                a = coin("btc")
                ctx["addrs"].append(a)
                n = r.choice([4, 5, 6])
                sep = r.choice([" ", " ", " - ", "  "])
                v = sep.join(a[i:i + n] for i in range(0, len(a), n))
            elif s == "eth_split":
                a = coin("eth")
                ctx["addrs"].append(a)
                sep = r.choice([" ", " · ", "\n"])
                v = sep.join(a[i:i + 6] for i in range(0, 42, 6))
            elif s == "uri":
                a = coin("btc")
                ctx["addrs"].append(a)
                amt = r.choice(["0.05", "0.1", "0.25", "0.5", "1", "0.02"])
                v = f"bitcoin:{a}?amount={amt}" + r.choice(["", "", "&label=Giveaway", "&message=x2"])
            elif s == "explorer_btc":
                a = coin("btc")
                ctx["addrs"].append(a)
                v = self.link(r.choice(["https://mempool.space/address/", "https://www.blockchain.com/explorer/addresses/btc/",
                                        "https://blockstream.info/address/"]) + a, ctx, scam=False)
            elif s == "explorer_eth":
                a = coin("eth")
                ctx["addrs"].append(a)
                v = self.link("https://etherscan.io/address/" + a, ctx, scam=False)
            elif s == "link":
                target = fixed.get("link") or cache.get("_link") or ("https://" + dom() + r.choice(PATHS.get(scheme, PATHS["other"])))
                cache["_link"] = target
                v = self.link(target, ctx, scam=scam)
            elif s == "dom":
                v = dom()
            elif s == "dom_def":
                v = dom().replace(".", "[.]")
            elif s == "handle":
                v = "@" + r.choice(RECOV) + r.choice(["", "_", "01", "Official", "24"])
            elif s == "tg":
                v = r.choice(["t.me/", "https://t.me/", "telegram.me/"]) + r.choice(RECOV).lower() + r.choice(["_desk", "support", "_official", "bot", "247"])
            elif s == "wa":
                n = r.randrange(100, 200)
                v = r.choice([f"wa.me/120255501{n % 100:02d}", f"+1 202-555-01{n % 100:02d}", f"+44 7700 900{r.randrange(1000):03d}"])
            elif s == "phone":
                v = r.choice([f"+1 (415) 555-01{r.randrange(100):02d}", f"+44 7700 900{r.randrange(1000):03d}", f"07700 900{r.randrange(1000):03d}"])
            elif s == "mail":
                v = r.choice(RECOV).lower() + r.choice([".desk", "_recovery", ".help", "team", ".support"]) + "@" + r.choice(MAILS)
            elif s == "site":
                y = r.choice(LEGIT_SITES)
                v = self.link(f"https://{y}/2026/{r.randrange(3, 5):02d}/{r.randrange(1000, 9999)}", ctx, scam=False)
            else:
                raise KeyError(s)
            cache[s] = v
            return v

        text = re.sub(r"\{(\w+)\}", rep, tpl)
        ctx["fixed"] = dict(fixed)
        ctx["fixed"].update({k[1:]: v for k, v in cache.items() if k.startswith("_")})
        return text, ctx

    TAILS = ["", " 😅", " 🙂", " ☕", " 🙌", " 😂", " ❤️", " 👀", " 🤷", " 🥲", " 😴", " 🎉"]

    def pick_unique(self, lang, name, avoid=()):
        """A template of list `name` whose rendered text was not used yet in this language."""
        used = self.__dict__.setdefault("_used_texts", set())
        lst = getattr(self.T[lang], name)
        r = self.rng
        order = list(lst)
        r.shuffle(order)
        fresh = [t for t in order if (lang, t) not in used and t not in avoid]
        for t in fresh:
            used.add((lang, t))
            return t
        for _ in range(200):
            t = r.choice(lst) + r.choice(self.TAILS[1:])
            if (lang, t) not in used:
                used.add((lang, t))
                return t
        return r.choice(lst)

    # ------------------------------------------------------------ items
    def post(self, acct, t, text, ctx, label, lang, source=None, reply_to=None, rt_of=None,
             quote_of=None, kind=""):
        self.seq += 1
        p = {"type": "post", "t": t, "seq": self.seq, "acct": acct, "text": text, "ctx": ctx,
             "label": label, "lang": lang, "source": source or acct["source"], "reply_to": reply_to,
             "rt_of": rt_of, "quote_of": quote_of, "kind": kind}
        self.items.append(p)
        return p

    def event(self, acct, t, typ):
        self.seq += 1
        self.items.append({"type": "event", "t": t, "seq": self.seq, "acct": acct, "etype": typ})

    # ------------------------------------------------------------ build
    def build(self):
        r = self.rng
        T = self.T
        # -- scam pools per language
        pools = {}
        for l in LANGS:
            pool = [(s, t) for (s, t) in T[l].SCAM]
            r.shuffle(pool)
            pools[l] = pool

        # -- normal accounts per language
        normals = {l: {} for l in LANGS}
        for l in LANGS:
            m = T[l]
            for role in ("news", "research", "exchange", "charity", "brand"):
                disp, user = m.ORGS[role]
                created = T0 - r.randrange(2 * 365, 14 * 365) * DAY - r.randrange(DAY)
                fol = int(10 ** r.uniform(3.6, 6.0))
                a = self.add_account("normal", l, disp, user, created, fol, r.random() < 0.6,
                                     r.choice(["Twitter Web App", "Hootsuite Inc.", "Sprout Social", "TweetDeck Web App"]), role)
                normals[l].setdefault(role, []).append(a)
            for role, n in (("crypto", 3), ("everyday", 5)):
                for _ in range(n):
                    disp, user = self.person(l)
                    created = T0 - r.randrange(60, 15 * 365) * DAY - r.randrange(DAY)
                    fol = int(10 ** r.uniform(1.5, 4.5))
                    a = self.add_account("normal", l, disp, user, created, fol, r.random() < 0.1,
                                         r.choice(CLIENTS[:4]), role)
                    normals[l].setdefault(role, []).append(a)

        # -- benign hard negatives and victims
        role_of = {"news": ["news", "research"], "research": ["research"],
                   "warning": ["research", "news", "exchange", "crypto"], "question": ["everyday", "crypto"],
                   "donation": ["charity"], "exchange": ["exchange"], "giveaway": ["brand"],
                   "cgiveaway": ["crypto", "exchange"], "price": ["crypto", "news"], "tip": ["crypto"],
                   "friends": ["everyday"], "nft": ["crypto"]}
        victims = {l: [] for l in LANGS}
        for l in LANGS:
            m = T[l]
            for cat, tpl in m.BENIGN:
                a = r.choice(normals[l][r.choice(role_of[cat])])
                t = T0 + r.randrange(SPAN)
                text, ctx = self.fill(tpl, "event", scam=False)
                self.post(a, t, text, ctx, "benign", l, kind="hn:" + cat)
            for tpl in m.VICTIM:
                a = r.choice(normals[l]["everyday"] + normals[l]["crypto"])
                t = T0 + r.randrange(2 * DAY, SPAN - 10 * DAY)
                text, ctx = self.fill(tpl, "event", scam=False)
                victims[l].append(self.post(a, t, text, ctx, "benign", l, kind="hn:victim"))
            for a in normals[l]["everyday"] + normals[l]["crypto"]:
                for _ in range(r.randrange(0, 2)):
                    text, ctx = self.fill(self.pick_unique(l, "ORDINARY"), "event", scam=False)
                    self.post(a, T0 + r.randrange(SPAN), text, ctx, "benign", l, kind="ordinary")

        # -- normal accounts with a password reset followed by an ordinary post
        cand = [a for l in LANGS for a in normals[l]["everyday"] + normals[l]["crypto"] + normals[l]["brand"]]
        for a in r.sample(cand, 9):
            t = T0 + r.randrange(DAY, SPAN - DAY)
            self.event(a, t, "password_reset")
            if r.random() < 0.5:
                self.event(a, t + r.randrange(30, 600), r.choice(["login_new_device", "email_changed"]))
            text, ctx = self.fill(self.pick_unique(a["lang"], "ORDINARY"), "event", scam=False)
            self.post(a, t + r.randrange(900, 5 * 3600), text, ctx, "benign", a["lang"], kind="ordinary:after_reset")

        # -- hijacked accounts
        hl = LANGS * 2 + r.sample(LANGS, 6)
        r.shuffle(hl)
        with_events = set(r.sample(range(30), 15))
        link_only = set(r.sample(range(30), 9))
        groups = [[0, 1, 2], [3, 4, 5], [6, 7]]     # coordinated bursts (indices after shuffle)
        order = list(range(30))
        r.shuffle(order)
        group_of = {}
        for gi, g in enumerate(groups):
            for k in g:
                group_of[order[k]] = gi
        group_fixed = {}
        group_time = {}
        group_fixed[0] = {"link": "https://" + self.scam_domain("event") + "/live"}
        group_fixed[1] = {"eth": self.mint("eth")}
        group_fixed[2] = {"btc": self.mint("btc_bech32"), "link": "https://" + self.scam_domain("event") + "/x2"}
        for gi in group_fixed:
            for k in ("eth", "btc"):
                if k in group_fixed[gi]:
                    self.scam_addrs[k].append(group_fixed[gi][k])
            group_time[gi] = T0 + r.randrange(18 * DAY, SPAN - 6 * DAY)
        for gi in group_fixed:
            for k in groups[gi]:
                idx = order[k]
                if gi == 0:
                    link_only.add(idx)
                else:
                    link_only.discard(idx)

        self.hijacks = []
        for i in range(30):
            l = hl[i]
            m = T[l]
            disp, user = self.person(l)
            created = int(datetime.datetime(2009 + r.randrange(8), 1 + r.randrange(12), 1 + r.randrange(28),
                                            r.randrange(24), r.randrange(60), tzinfo=datetime.timezone.utc).timestamp())
            fol = int(10 ** r.uniform(4.2, 6.6))
            src = r.choice(CLIENTS)
            a = self.add_account("hijacked", l, disp, user, created, fol, r.random() < 0.45, src, "hijacked")
            gi = group_of.get(i)
            if gi is not None:
                burst_t = group_time[gi] + r.randrange(0, 9 * 60)
            else:
                burst_t = T0 + r.randrange(16 * DAY, SPAN - 3 * DAY)
            n_ord = r.randrange(2, 9)
            offs = sorted(r.sample(range(DAY, min(burst_t - T0, 45 * DAY)), n_ord), reverse=True)
            ords = [self.pick_unique(l, "ORDINARY") for _ in range(n_ord)]
            for o, tpl in zip(offs, ords):
                text, ctx = self.fill(tpl, "event", scam=False)
                self.post(a, burst_t - o, text, ctx, "benign", l, kind="ordinary:hijacked_history")
            evs = []
            if i in with_events:
                types = r.sample(SEC_TYPES, r.choice([1, 1, 2, 2, 3]))
                if "password_reset" not in types and r.random() < 0.6:
                    types[0] = "password_reset"
                back = sorted(r.sample(range(4 * 60, 150 * 60), len(types)), reverse=True)
                for typ, b in zip(types, back):
                    self.event(a, burst_t - b, typ)
                evs = types
            burst_src = src if r.random() < 0.4 else r.choice([c for c in ODD_CLIENTS if c != src])
            k = 1 + (r.random() < 0.6) + (r.random() < 0.45) + (r.random() < 0.3)
            fixed = group_fixed.get(gi) if gi is not None else None
            want_addr = r.random() < 0.85
            t = burst_t
            posts = []
            for j in range(k):
                pool = pools[l]
                def ok(st):
                    s, tp = st
                    if s not in HIJACK_SCHEMES:
                        return False
                    slots = set(re.findall(r"\{(\w+)\}", tp))
                    if i in link_only:
                        return ("link" in slots or "dom" in slots) and not (slots & ADDR_SLOTS)
                    if j == 0 and want_addr and not (slots & ADDR_SLOTS):
                        return False
                    if fixed and j == 0:
                        need = [x for x in fixed if x != "link"]
                        if need and not all(n in slots for n in need):
                            return False
                        if "link" in fixed and need == [] and "link" not in slots:
                            return False
                    return True
                cands = [x for x in pool if ok(x)]
                if j > 0:
                    same = [x for x in cands if x[0] == posts[0]["kind"].split(":")[-1]]
                    cands = same or cands
                if not cands:
                    cands = [x for x in T[l].SCAM if ok(x)] or [x for x in T[l].SCAM if x[0] in HIJACK_SCHEMES]
                    pick = r.choice(cands)
                else:
                    pick = cands[0]
                    pool.remove(pick)
                s, tpl = pick
                tpl, obf = obfuscate.maybe(tpl, l, r, 0.2)
                text, ctx = self.fill(tpl, s, fixed=fixed)
                ctx["obf"] = obf
                posts.append(self.post(a, t, text, ctx, "scam", l, source=burst_src, kind="scam:hijack:" + s))
                fixed = ctx["fixed"]          # the rest of the burst repeats the same address / link
                t += r.randrange(90, 25 * 60)
            notice = r.random() < 0.82
            if notice:
                text, ctx = self.fill(self.pick_unique(l, "HACKED"), "event", scam=False)
                self.post(a, t + r.randrange(3600, 36 * 3600), text, ctx, "benign", l, source=src, kind="hacked_notice")
            self.hijacks.append({"acct": a, "events": evs, "n_ord": n_ord, "burst": len(posts),
                                 "group": gi, "link_only": i in link_only, "notice": notice,
                                 "client_changed": burst_src != src})

        # -- scammer accounts
        scam_posts = [p for p in self.items if p["type"] == "post" and p["label"] == "scam"]
        chunks = []
        for l in LANGS:
            pool = pools[l]
            extra = [x for x in T[l].SCAM if FAMILY[x[0]] in ("imp", "recov")]
            pool = pool + r.sample(extra, min(3, len(extra)))   # scammers repeat themselves
            byfam = {}
            for s, tp in pool:
                byfam.setdefault(FAMILY[s], []).append((s, tp))
            for fam in ("imp", "drain", "recov", "mentor"):
                lst = byfam.get(fam, [])
                while lst:
                    n = min(len(lst), r.choice([6, 7, 7, 8, 8, 9]))
                    if len(lst) - n == 1:
                        n += 1
                    chunks.append((l, fam, lst[:n]))
                    lst = lst[n:]
        for l, fam, lst in chunks:
            first = T0 + r.randrange(DAY, SPAN - 5 * DAY)
            created = first - r.randrange(1, 21) * DAY - r.randrange(DAY)
            fol = int(r.choice([0, 1, 3, 7, 12, 25, 40, 88, 150, 310]) * r.uniform(0.5, 1.5))
            if fam in ("recov", "mentor"):
                disp, user = self.person(l)
                lab, base = r.choice(SCAM_USER[fam])
                disp = disp + r.choice([" | ", " - ", " "]) + lab
                user = user[:9] + "_" + base
            else:
                disp, base = r.choice(SCAM_USER[fam])
                if r.random() < 0.3:
                    disp = disp.replace("o", "ο", 1).replace("a", "а", 1)   # look-alike letters
                disp = disp + r.choice(["", "", " ✓", " 🚀", " | Live", " (Official)"])
                user = base[:10] + r.choice(SUFFIX)
            a = self.add_account("scammer", l, disp, user, created, fol, r.random() < 0.08,
                                 r.choice(["Twitter Web App", "Twitter for Android", "Twitter for iPhone"]), "scammer:" + fam)
            t = first
            firsts = []
            for s, tpl in lst:
                reply = None
                if s in ("recovery", "support"):
                    vs = [v for v in victims[l]]
                    v = r.choice(vs)
                    reply = v
                    t = max(t, v["t"] + r.randrange(120, 3 * 3600))
                elif fam == "imp" and r.random() < 0.2:
                    cands = [p for p in self.items if p["type"] == "post" and p["lang"] == l and p["label"] == "benign"
                             and p["acct"]["role"] in ("news", "crypto", "exchange") and p["t"] < t]
                    if cands:
                        reply = r.choice(cands)
                tpl2, obf = obfuscate.maybe(tpl, l, r, 0.25)
                text, ctx = self.fill(tpl2, s)
                ctx["obf"] = obf
                if reply is not None:
                    text = "@" + reply["acct"]["username"] + " " + text
                scam_posts.append(self.post(a, t, text, ctx, "scam", l, reply_to=reply, kind="scam:scammer:" + s))
                firsts.append(t)
                t += r.randrange(600, 2 * DAY)
            a["created"] = min(firsts) - r.randrange(1, 21) * DAY - r.randrange(DAY)

        # -- retweets and quotes of scam posts by normal accounts (benign)
        for p in r.sample(scam_posts, 26):
            l = p["lang"]
            a = r.choice(normals[l]["everyday"] + normals[l]["crypto"])
            t = p["t"] + r.randrange(60, 6 * 3600)
            if r.random() < 0.55:
                self.post(a, t, "RT @" + p["acct"]["username"] + ": " + p["text"], {"urls": list(p["ctx"]["urls"]), "addrs": []},
                          "benign", l, rt_of=p, kind="retweet_of_scam")
            else:
                text, ctx = self.fill(self.pick_unique(l, "QUOTE"), "event", scam=False)
                self.post(a, t, text, ctx, "benign", l, quote_of=p, kind="quote_of_scam")

    # ------------------------------------------------------------ render
    def user_obj(self, a):
        return {"id": a["id"], "username": a["username"], "name": a["name"], "verified": a["verified"],
                "created_at": iso(a["created"]), "public_metrics": {"followers_count": a["followers"]}}

    def render(self):
        items = sorted(self.items, key=lambda x: (x["t"], x["seq"]))
        last = None
        for it in items:
            if last is not None and it["t"] <= last:
                it["t"] = last + 1
            last = it["t"]
        lines, labels = [], []
        snow_seq = 0
        for it in items:
            if it["type"] == "event":
                lines.append({"account_event": {"account_id": it["acct"]["id"], "type": it["etype"],
                                                "created_at": iso(it["t"], ms=False)}})
                continue
            snow_seq = (snow_seq + 1) % 4096
            it["id"] = str(((it["t"] * 1000 - TWEPOCH_MS) << 22) | (self.rng.randrange(32) << 17) | snow_seq)
            a = it["acct"]
            text = it["text"]
            data = {"id": it["id"], "text": text, "author_id": a["id"], "created_at": iso(it["t"]),
                    "lang": it["lang"], "source": it["source"]}
            if len(text) > 280:
                cut = text.rfind(" ", 0, 270)
                cut = cut if cut > 150 else 270
                data["text"] = text[:cut].rstrip() + "…"
                data["note_tweet"] = {"text": text}
            users = [self.user_obj(a)]
            includes = {"users": users}
            if it["reply_to"] is not None:
                rp = it["reply_to"]
                data["in_reply_to_user_id"] = rp["acct"]["id"]
                data["referenced_tweets"] = [{"type": "replied_to", "id": rp["id"]}]
            ref = it["rt_of"] or it["quote_of"]
            if ref is not None:
                data["referenced_tweets"] = [{"type": "retweeted" if it["rt_of"] else "quoted", "id": ref["id"]}]
                tw = {"id": ref["id"], "text": ref["text"], "author_id": ref["acct"]["id"],
                      "created_at": iso(ref["t"]), "lang": ref["lang"]}
                if ref["ctx"]["urls"]:
                    tw["entities"] = {"urls": ref["ctx"]["urls"]}
                includes["tweets"] = [tw]
                users.append(self.user_obj(ref["acct"]))
                if it["rt_of"] and "note_tweet" in data:
                    del data["note_tweet"]
                if it["rt_of"]:
                    it["ctx"] = {"urls": [u for u in it["ctx"]["urls"] if u["url"] in data["text"]], "addrs": []}
            if it["ctx"]["urls"]:
                data["entities"] = {"urls": it["ctx"]["urls"]}
            lines.append({"data": data, "includes": includes})
            labels.append(("post", it["id"], it["label"]))
        self.sorted_items = items
        return lines, labels


def generate(outdir):
    g = Gen()
    g.build()
    lines, plabels = g.render()
    posts = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines)
    lab = ["kind,id,label", "# posts: scam or benign"]
    lab += [f"{k},{i},{v}" for k, i, v in plabels]
    lab.append("# accounts: hijacked, scammer or normal")
    seen = {it["acct"]["id"] for it in g.sorted_items}
    for it in g.sorted_items:
        for k in ("rt_of", "quote_of"):
            if it.get(k) is not None:
                seen.add(it[k]["acct"]["id"])
    for lbl in ("hijacked", "scammer", "normal"):
        lab += [f"account,{a['id']},{lbl}" for a in g.accounts.values() if a["label"] == lbl and a["id"] in seen]
    labels = "\n".join(lab) + "\n"
    import readme
    md = readme.render(g, LANGS)
    out = {"posts.jsonl": posts, "labels.csv": labels, "README.md": md}
    if outdir is not None:
        for name, content in out.items():
            with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(content)
    return out, g


if __name__ == "__main__":
    generate(sys.argv[1] if len(sys.argv) > 1 else HERE)

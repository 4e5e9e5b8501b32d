#!/usr/bin/env python3
"""Deterministic generator for the scamwatch BLIND evaluation corpus.

Reads the hand-written texts (texts_en.py, texts_eu.py, texts_world.py) and
account specs (accounts.py), assembles accounts, histories, timestamps,
wallet addresses, ids and entities with a fixed seed, and writes
posts.jsonl and labels.csv next to this file.

    python3 tests/data/blind/make_blind.py          # from the repo root

Running it twice yields byte-identical output.
"""
import json  # noqa: I001
import os
import random
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import addrgen  # noqa: E402
import accounts as A  # noqa: E402
import texts_en  # noqa: E402
import texts_eu  # noqa: E402
import texts_world  # noqa: E402

SEED = 20260302
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
WIN_START = datetime(2026, 3, 2, 0, 0, tzinfo=timezone.utc)
WIN_END = datetime(2026, 3, 23, 0, 0, tzinfo=timezone.utc)
WAVE1_T = datetime(2026, 3, 10, 20, 3, tzinfo=timezone.utc)
WAVE2_T = datetime(2026, 3, 17, 14, 1, tzinfo=timezone.utc)
TW_EPOCH = 1288834974657

SCAM = {"en": texts_en.SCAM}
NEG = {"en": texts_en.NEG}
HIST = {}
for mod in (texts_eu, texts_world):
    SCAM.update(mod.SCAM)
    NEG.update(mod.NEG)
    HIST.update(mod.HIST)

TOKEN_RE = re.compile(r"\{([A-Z0-9_]+)(?::([^}]*))?\}")
PROTECT_RE = re.compile(
    r"(\{[^}]*\}|https?://\S+|@\w+|#\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|live|app|xyz|site|info|co|me|gift|pro|top|online|vip|fund|cc|to|gg|events?|claims?|finance|exchange|club|shop|link|bond)\b\S*)")

# ------------------------------------------------------------ obfuscation
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і", "y": "у",
            "A": "А", "E": "Е", "O": "О", "C": "С", "P": "Р", "T": "Т", "H": "Н", "B": "В", "M": "М", "K": "К"}
HOMO_GREEK = {"o": "ο", "v": "ν", "i": "ι", "A": "Α", "B": "Β", "E": "Ε", "O": "Ο", "T": "Τ", "N": "Ν"}
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
EMOJI_SEP = ["🚀", "💰", "🔥", "✅", "💎", "⚡", "🎁", "👉", "★", "•", "✨", "💸"]


def _split_protected(text):
    parts = PROTECT_RE.split(text)
    # odd indices are protected
    return parts


def _map_words(text, fn, rng, prob):
    out = []
    for i, part in enumerate(_split_protected(text)):
        if i % 2 == 1:
            out.append(part)
            continue
        out.append(re.sub(r"[^\W\d_]{3,}", lambda m: fn(m.group(0)) if rng.random() < prob else m.group(0), part))
    return "".join(out)


def obf_homoglyph(text, rng, lang):
    if lang == "ru":
        table = HOMO_C2L
    else:
        table = HOMO_L2C if rng.random() < 0.75 else HOMO_GREEK

    def fn(w):
        idx = [i for i, c in enumerate(w) if c in table]
        if not idx:
            return w
        pick = set(rng.sample(idx, min(len(idx), rng.randint(1, 2))))
        return "".join(table[c] if i in pick else c for i, c in enumerate(w))
    return _map_words(text, fn, rng, 0.45)


def obf_zerowidth(text, rng, lang):
    z = rng.choice(ZW)

    def fn(w):
        k = rng.randint(1, len(w) - 1)
        return w[:k] + z + w[k:]
    if lang in ("ja", "zh"):
        out = []
        for i, part in enumerate(_split_protected(text)):
            if i % 2 == 1:
                out.append(part)
            else:
                out.append("".join(c + (z if rng.random() < 0.18 else "") for c in part))
        return "".join(out)
    return _map_words(text, fn, rng, 0.5)


def obf_fullwidth(text, rng, lang):
    def fw(w):
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)

    def fn(w):
        if not all(ord(c) < 128 for c in w):
            return w
        return fw(w)
    out = []
    for i, part in enumerate(_split_protected(text)):
        if i % 2 == 1:
            out.append(part)
            continue
        out.append(re.sub(r"[A-Za-z0-9%]{2,}", lambda m: fw(m.group(0)) if rng.random() < 0.5 else m.group(0), part))
    return "".join(out)


def obf_letterspace(text, rng, lang):
    # space out the 1-3 longest words outside protected spans
    parts = _split_protected(text)
    words = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            words += re.findall(r"[^\W\d_]{4,}", part)
    if not words:
        return text
    targets = set(sorted(set(words), key=lambda w: (-len(w), w))[: rng.randint(1, 3)])
    sep = rng.choice([" ", " ", ".", " "])
    for i, part in enumerate(parts):
        if i % 2 == 0:
            parts[i] = re.sub(r"[^\W\d_]{4,}", lambda m: sep.join(m.group(0)) if m.group(0) in targets else m.group(0), part)
    return "".join(parts)


def obf_emoji_between(text, rng, lang):
    e = rng.choice(EMOJI_SEP)
    lines = []
    for line in text.split("\n"):
        toks = line.split(" ")
        lines.append((" " + e + " ").join(t for t in toks if t) if len(toks) > 2 else line)
    return "\n".join(lines)


def obf_leet(text, rng, lang):
    def fn(w):
        return "".join(LEET.get(c, c) if rng.random() < 0.7 else c for c in w)
    return _map_words(text, fn, rng, 0.4)


def obf_linebreak(text, rng, lang):
    parts = _split_protected(text)
    cand = [i for i in range(0, len(parts), 2) if parts[i].count(" ") >= 2]
    if not cand:
        return text
    for i in rng.sample(cand, min(len(cand), 2)):
        sp = [m.start() for m in re.finditer(" ", parts[i])]
        k = rng.choice(sp)
        parts[i] = parts[i][:k] + "\n" + parts[i][k + 1:]
    return "".join(parts)


def obf_tatweel(text, rng, lang):
    def fn(w):
        k = rng.randint(1, len(w) - 1)
        return w[:k] + "ـ" * rng.randint(1, 3) + w[k:]
    return _map_words(text, fn, rng, 0.4)


def obf_cjk_symbol(text, rng, lang):
    s = rng.choice(["★", "・", "*", "✦", "※", "|"])
    out = []
    for i, part in enumerate(_split_protected(text)):
        if i % 2 == 1:
            out.append(part)
        else:
            out.append(re.sub(r"([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])",
                              lambda m: m.group(1) + (s if rng.random() < 0.3 else ""), part))
    return "".join(out)


OBF_FUNCS = {
    "homoglyph": obf_homoglyph, "zerowidth": obf_zerowidth, "fullwidth": obf_fullwidth,
    "letterspace": obf_letterspace, "emoji_between": obf_emoji_between, "leet": obf_leet,
    "linebreak": obf_linebreak, "tatweel": obf_tatweel, "cjk_symbol": obf_cjk_symbol,
}
OBF_BY_LANG = {
    "latin": ["homoglyph", "zerowidth", "fullwidth", "letterspace", "emoji_between", "leet", "linebreak"],
    "ru": ["homoglyph", "zerowidth", "letterspace", "emoji_between", "linebreak"],
    "ar": ["zerowidth", "tatweel", "emoji_between", "linebreak"],
    "ja": ["zerowidth", "fullwidth", "cjk_symbol", "linebreak"],
    "zh": ["zerowidth", "fullwidth", "cjk_symbol", "linebreak"],
    "ko": ["zerowidth", "letterspace", "emoji_between", "fullwidth", "cjk_symbol"],
}


def obf_family(lang):
    return OBF_BY_LANG.get(lang, OBF_BY_LANG["latin"])


# ------------------------------------------------------------ generator
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.addr_rng = random.Random(SEED + 1)
        self.tco_rng = random.Random(SEED + 2)
        self.posts = []        # list of dict(t, obj, label, lang, cat, obf)
        self.events = []
        self.accounts = {}     # id -> dict
        self.used_ids = set()
        self.addresses = []    # (chain, address)
        self.stats_obf = {}

    # ---- ids
    def snowflake(self, t):
        ms = int(t.timestamp() * 1000)
        while True:
            v = ((ms - TW_EPOCH) << 22) | self.rng.getrandbits(22)
            if str(v) not in self.used_ids:
                self.used_ids.add(str(v))
                return str(v)

    def account_id(self, created):
        while True:
            if created.year >= 2014:
                return self.snowflake(created)
            v = str(self.rng.randint(10_000_000, 2_400_000_000))
            if v not in self.used_ids:
                self.used_ids.add(v)
                return v

    def new_address(self, chain):
        a = addrgen.make_address(chain, self.addr_rng)
        self.addresses.append((chain, a))
        return a

    def tco(self):
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "https://t.co/" + "".join(self.tco_rng.choice(al) for _ in range(10))

    # ---- accounts
    def add_account(self, username, name, created, followers, verified, label, lang, source, role):
        aid = self.account_id(created)
        acc = {
            "id": aid, "label": label, "lang": lang, "source": source, "role": role,
            "addr": {},
            "user": {"id": aid, "username": username, "name": name, "verified": verified,
                     "created_at": iso(created), "public_metrics": {"followers_count": followers}},
        }
        self.accounts[aid] = acc
        return acc

    def event(self, acc, etype, t):
        self.events.append({"t": t, "obj": {"account_event": {"account_id": acc["id"], "type": etype,
                                                             "created_at": iso(t)}}})

    # ---- rendering
    def render(self, template, ctx):
        """Substitute placeholders; returns (text, entities_urls)."""
        urls = []

        def addr_for(chain):
            if chain in ctx.get("fixed", {}):
                return ctx["fixed"][chain]
            store = ctx.get("store")
            if store is not None:
                if chain not in store:
                    store[chain] = self.new_address(chain)
                return store[chain]
            key = ("_local", chain)
            if key not in ctx:
                ctx[key] = self.new_address(chain)
            return ctx[key]

        def rep(m):
            name, arg = m.group(1), m.group(2)
            if name in addrgen.CHAINS:
                return addr_for(name)
            if name == "WAVE_LINK" or name == "URL":
                if name == "WAVE_LINK":
                    arg = ctx["fixed"]["WAVE_LINK"]
                t = self.tco()
                urls.append({"url": t, "expanded_url": arg,
                             "display_url": re.sub(r"^https?://(www\.)?", "", arg)[:26]})
                return t
            if name.startswith("WAVE_"):
                return ctx["fixed"][name]
            if name.endswith("_SPLIT") or name.endswith("_LINES"):
                chain = name.rsplit("_", 1)[0]
                a = addr_for(chain)
                lines = name.endswith("_LINES")
                r = random.Random(a)
                if lines:
                    k = len(a) // 2 + r.randint(-4, 4)
                    return a[:k] + "\n" + a[k:]
                out, i = [], 0
                while i < len(a):
                    n = r.randint(4, 8)
                    out.append(a[i:i + n])
                    i += n
                return " ".join(out)
            if name == "URL":
                t = self.tco()
                urls.append({"url": t, "expanded_url": arg,
                             "display_url": re.sub(r"^https?://(www\.)?", "", arg)[:26]})
                return t
            raise KeyError(name)

        text = TOKEN_RE.sub(rep, template)
        for m in re.finditer(r"https?://[^\s<>\"）)]+", text):
            u = m.group(0).rstrip(".,!?")
            if u.startswith("https://t.co/"):
                continue
            urls.append({"url": u, "expanded_url": u, "display_url": re.sub(r"^https?://(www\.)?", "", u)[:26]})
        return text, urls

    def add_post(self, acc, t, template, label, cat, lang, ctx=None, source=None, ref=None,
                 obf=(), hard=False, extra_users=(), include_tweet=None):
        ctx = ctx if ctx is not None else {}
        text = template
        for o in obf:
            text = OBF_FUNCS[o](text, self.rng, lang)
        text, urls = self.render(text, ctx)
        pid = self.snowflake(t)
        data = {"id": pid, "text": text, "author_id": acc["id"], "created_at": iso(t), "lang": lang,
                "source": source or acc["source"]}
        if urls:
            data["entities"] = {"urls": urls}
        if ref:
            rtype, target = ref
            data["referenced_tweets"] = [{"type": rtype, "id": target["obj"]["data"]["id"]}]
            if rtype == "replied_to":
                data["in_reply_to_user_id"] = target["obj"]["data"]["author_id"]
        inc = {"users": [acc["user"]] + [u["user"] for u in extra_users]}
        if include_tweet:
            d = include_tweet["obj"]["data"]
            inc["tweets"] = [{"id": d["id"], "text": d["text"], "author_id": d["author_id"]}]
        p = {"t": t, "obj": {"data": data, "includes": inc}, "label": label, "cat": cat, "lang": lang,
             "obf": list(obf), "hard": hard, "acc": acc}
        self.posts.append(p)
        return p


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_kind(kind):
    k, _, o = kind.partition("|")
    return k, [x for x in o.split(",") if x]


def rand_time(rng, a, b):
    span = int((b - a).total_seconds())
    return a + timedelta(seconds=rng.randint(0, span))


# ------------------------------------------------------------ build
def build():
    g = Gen()
    rng = g.rng

    # ---------------- scam text pools per language
    pools = {}
    for lang in LANGS:
        items = [parse_kind(k) + (txt,) for k, txt in SCAM[lang]]
        rng.shuffle(items)
        pools[lang] = items

    def take_scam(lang, exclude=("recovery", "support")):
        for i, it in enumerate(pools[lang]):
            if it[0] not in exclude:
                return pools[lang].pop(i)
        return None

    scam_jobs = []   # dicts: acc, t, kind, hand_obf, text, ctx, source, reply_pref

    # ---------------- hijacked accounts
    hij_specs = A.HIJACKED
    wave1 = [h for h in hij_specs if h["wave"] == 1]
    wave2 = [h for h in hij_specs if h["wave"] == 2]
    wave_btc = g.new_address("BTC")
    wave_link = "https://elon-event2x.live/claim?ref=march"
    fixed_wave = {"WAVE_BTC": wave_btc, "BTC": wave_btc, "WAVE_LINK": wave_link}
    hij_accounts = []
    for idx, h in enumerate(hij_specs):
        created = datetime(h["year"], rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                           rng.randint(0, 59), tzinfo=timezone.utc)
        acc = g.add_account(h["username"], h["name"], created, h["followers"], h["verified"],
                            "hijacked", h["lang"], h["source"], "hijacked")
        acc["spec"] = h
        acc["mode"] = ["event", "client", "none"][idx % 3]
        hij_accounts.append(acc)

    # history pools: per language (non-en split between the two accounts), en by topic
    en_hist_used = {}
    lang_hist_split = {}
    for lang in LANGS:
        if lang == "en":
            continue
        accs = [a for a in hij_accounts if a["lang"] == lang]
        pool = list(HIST[lang])
        rng.shuffle(pool)
        n = max(1, len(accs))
        for j, a in enumerate(accs):
            lang_hist_split[a["id"]] = pool[j::n]

    takeover_times = {}
    for acc in hij_accounts:
        h = acc["spec"]
        if h["wave"] == 1:
            t0 = WAVE1_T + timedelta(minutes=wave1.index(h) * 6 + rng.randint(0, 4), seconds=rng.randint(0, 59))
        elif h["wave"] == 2:
            t0 = WAVE2_T + timedelta(minutes=rng.randint(0, 11), seconds=rng.randint(0, 59))
        else:
            t0 = rand_time(rng, WIN_START + timedelta(hours=6), WIN_END - timedelta(hours=30))
        takeover_times[acc["id"]] = t0
        # history
        if acc["lang"] == "en":
            topic_pool = list(dict.fromkeys(list(texts_en.HIST[h["topic"]]) + list(texts_en.HIST["general"])))
            rng.shuffle(topic_pool)
            nh = rng.randint(5, min(28, len(topic_pool)))
            hist = topic_pool[:nh]
        else:
            pool = lang_hist_split[acc["id"]]
            hist = pool[: rng.randint(min(5, len(pool)), len(pool))]
        back_days = rng.randint(60, 1400)
        hts = sorted(t0 - timedelta(days=rng.uniform(1, back_days)) for _ in hist)
        for txt, ht in zip(hist, hts):
            g.add_post(acc, ht, txt, "benign", "history", acc["lang"])
        # scam burst
        if h["wave"] == 1:
            texts = [("double", [], texts_en.WAVE1[wave1.index(h)])]
        elif h["wave"] == 2:
            texts = [("link", [], texts_en.WAVE2[wave2.index(h)])]
        else:
            texts = []
            for _ in range(h.get("n_scam", 2)):
                it = take_scam(acc["lang"])
                if it:
                    texts.append(it)
        src = acc["source"]
        if acc["mode"] == "client":
            src = h.get("hijack_source") or rng.choice([c for c in A.HIJACK_CLIENTS if c != acc["source"]])
        if acc["mode"] == "event":
            etypes = ["password_reset", "email_changed", "login_new_device", "mfa_disabled", "phone_changed"]
            et = etypes[hij_accounts.index(acc) % len(etypes)]
            g.event(acc, et, t0 - timedelta(minutes=rng.randint(3, 40)))
            if rng.random() < 0.5:
                g.event(acc, "login_new_device", t0 - timedelta(minutes=rng.randint(41, 90)))
        store = {}
        ctx_base = {"fixed": dict(fixed_wave)} if h["wave"] else {"store": store}
        t = t0
        for kind, hobf, txt in texts:
            scam_jobs.append({"acc": acc, "t": t, "kind": kind, "hobf": hobf, "text": txt,
                              "ctx": dict(ctx_base), "source": src, "origin": "hijacked"})
            t = t + timedelta(minutes=rng.randint(2, 25), seconds=rng.randint(0, 59))
        acc["last_scam_t"] = t

    # ---------------- dedicated scammer accounts
    sc_specs = {lang: [s for s in A.SCAMMERS if s["lang"] == lang] for lang in LANGS}
    for lang in LANGS:
        specs = sc_specs[lang]
        rec_specs = [s for s in specs if s.get("recovery")]
        gen_specs = [s for s in specs if not s.get("recovery")]
        rec_items = [it for it in pools[lang] if it[0] in ("recovery", "support")]
        other_items = [it for it in pools[lang] if it[0] not in ("recovery", "support")]
        assign = {}
        for i, it in enumerate(rec_items):
            assign.setdefault(rec_specs[i % len(rec_specs)]["username"], []).append(it)
        for i, it in enumerate(other_items):
            assign.setdefault(gen_specs[i % len(gen_specs)]["username"], []).append(it)
        pools[lang] = []
        for s in specs:
            items = assign.get(s["username"], [])
            if not items:
                continue
            first = rand_time(rng, WIN_START + timedelta(hours=2), WIN_END - timedelta(days=4))
            created = first - timedelta(days=rng.uniform(0.5, 21))
            acc = g.add_account(s["username"], s["name"], created, rng.randint(0, 380),
                                s.get("verified", False), "scammer", lang, s["source"], "scammer")
            store = {}
            t = first
            # occasional repost of one text (bots repeat themselves with a fresh wallet)
            if len(items) >= 3 and rng.random() < 0.6:
                items = items + [items[0]]
            for kind, hobf, txt in items:
                scam_jobs.append({"acc": acc, "t": t, "kind": kind, "hobf": hobf, "text": txt,
                                  "ctx": {"store": store}, "source": acc["source"], "origin": "scammer"})
                t = t + timedelta(minutes=rng.choice([3, 7, 15, 40, 90, 180, 400]) + rng.randint(0, 30),
                                  seconds=rng.randint(0, 59))
                if t > WIN_END:
                    t = WIN_END - timedelta(minutes=rng.randint(1, 300))

    # ---------------- obfuscation choice: ~1/3 of scam posts in total
    n_total = len(scam_jobs)
    n_hand = sum(1 for j in scam_jobs if j["hobf"])
    target = round(n_total * 0.35) - n_hand
    cand = [j for j in scam_jobs if not j["hobf"]]
    rng.shuffle(cand)
    for j in cand[:max(0, target)]:
        fam = obf_family(j["acc"]["lang"])
        k = 1 if rng.random() < 0.7 else 2
        j["pobf"] = rng.sample(fam, k)

    # ---------------- negative pools + normal accounts
    normal_cache = {}

    def persistent(lang, role):
        key = (lang, role)
        if key not in normal_cache:
            specs = [p for p in A.PERSISTENT if p["lang"] == lang and p["role"] == role]
            accs = []
            for p in specs:
                created = datetime(p["year"], rng.randint(1, 12), rng.randint(1, 28), tzinfo=timezone.utc)
                accs.append(g.add_account(p["username"], p["name"], created, p["followers"], p["verified"],
                                          "normal", lang, p["source"], role))
            normal_cache[key] = accs
        return normal_cache[key]

    def one_off(lang, verified=False, followers=None):
        base, disp = rng.choice(A.PEOPLE[lang])
        suffix = rng.choice(["", "_", "__", str(rng.randint(1, 99)), str(rng.randint(1970, 2005)), "_" + str(rng.randint(1, 9))])
        uname = (base + suffix)[:15]
        while any(a["user"]["username"] == uname for a in g.accounts.values()):
            uname = (base[:11] + str(rng.randint(100, 9999)))[:15]
        created = datetime(rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28), tzinfo=timezone.utc)
        fol = followers if followers is not None else int(rng.lognormvariate(5.5, 1.6))
        return g.add_account(uname, disp, created, fol, verified, "normal", lang,
                             rng.choice(A.CLIENTS), "user")

    role_of = {"warning": "org", "news": "news", "research": "news", "news_wave1": "news", "news_wave2": "news",
               "exchange_promo": "exchange", "price": "crypto", "signal": "crypto", "meme": "crypto",
               "portfolio": "crypto", "dev_contract": "crypto", "donation": "charity"}

    # first materialise scam posts (negatives need to reference them)
    scam_posts = []
    scam_jobs.sort(key=lambda j: j["t"])
    deferred_replies = []
    for j in scam_jobs:
        if j["kind"] in ("recovery", "support") and j["origin"] == "scammer":
            deferred_replies.append(j)
            continue
        obf = j["hobf"] + j.get("pobf", [])
        p = g.add_post(j["acc"], j["t"], j["text"], "scam", j["kind"], j["acc"]["lang"], j["ctx"],
                       source=j["source"], obf=j.get("pobf", []))
        p["obf"] = obf
        scam_posts.append(p)

    # negatives
    neg_posts = []
    victim_like = {lang: [] for lang in LANGS}
    for lang in LANGS:
        items = [parse_kind(k) + (txt,) for k, txt in NEG[lang]]
        lang_scams = [p for p in scam_posts if p["lang"] == lang]
        hijacked_here = [a for a in hij_accounts if a["lang"] == lang]
        rng.shuffle(hijacked_here)
        for kind, hobf, txt in items:
            ref = None
            include = None
            extra = ()
            ctx = {}
            role = role_of.get(kind, "user")
            if role == "org" and rng.random() < 0.45:
                role = "user"
            acc = None
            if kind == "news_wave1":
                t = WAVE1_T + timedelta(hours=rng.uniform(1.2, 60))
                ctx = {"fixed": dict(fixed_wave)}
            elif kind == "news_wave2":
                t = WAVE2_T + timedelta(hours=rng.uniform(0.7, 40))
                ctx = {"fixed": dict(fixed_wave)}
            elif kind == "hacked_notice" and hijacked_here:
                acc = hijacked_here.pop()
                t = acc["last_scam_t"] + timedelta(hours=rng.uniform(1.5, 20))
                g.event(acc, "password_reset", t - timedelta(minutes=rng.randint(20, 80)))
            elif kind in ("quote", "reply_warn") and lang_scams:
                hij_scams = [p for p in lang_scams if p["acc"]["label"] == "hijacked"]
                target = rng.choice(hij_scams if hij_scams and rng.random() < 0.8 else lang_scams)
                t = target["t"] + timedelta(minutes=rng.randint(2, 240))
                if kind == "quote":
                    ref = ("quoted", target)
                    include = target
                else:
                    ref = ("replied_to", target)
                extra = (target["acc"],)
            else:
                t = rand_time(rng, WIN_START, WIN_END - timedelta(hours=1))
            if acc is None:
                if role == "user":
                    acc = one_off(lang)
                else:
                    cands = persistent(lang, role)
                    acc = rng.choice(cands) if cands else one_off(lang, verified=role in ("org", "news"),
                                                                    followers=rng.randint(20000, 900000))
            p = g.add_post(acc, t, txt, "benign", kind, lang, ctx, ref=ref, obf=[], hard=True,
                           extra_users=extra, include_tweet=include)
            p["obf"] = hobf
            neg_posts.append(p)
            if kind in ("victim", "warning", "quote", "news", "news_wave1", "hacked_notice"):
                victim_like[lang].append(p)

    # recovery / fake-support scam replies (attached to earlier victim-like posts)
    for j in deferred_replies:
        lang = j["acc"]["lang"]
        victims = [p for p in victim_like[lang] if p["cat"] == "victim"]
        targets = victims if victims and rng.random() < 0.7 else victim_like[lang]
        ref = None
        t = j["t"]
        extra = ()
        if targets:
            target = rng.choice(targets)
            t = target["t"] + timedelta(minutes=rng.randint(1, 180), seconds=rng.randint(0, 59))
            if t > WIN_END:
                t = WIN_END - timedelta(seconds=rng.randint(1, 600))
            ref = ("replied_to", target)
            extra = (target["acc"],) if target["acc"] is not j["acc"] else ()
        p = g.add_post(j["acc"], t, j["text"], "scam", j["kind"], lang, j["ctx"], source=j["source"], ref=ref,
                       obf=j.get("pobf", []), extra_users=extra)
        p["obf"] = j["hobf"] + j.get("pobf", [])
        scam_posts.append(p)

    # retweets of scam posts by normal accounts (benign: not in the author's own voice)
    for lang in LANGS:
        cands = [p for p in scam_posts if p["lang"] == lang and p["obj"]["data"].get("referenced_tweets") is None]
        rng.shuffle(cands)
        for target in cands[: (6 if lang == "en" else 2)]:
            acc = one_off(lang)
            d = target["obj"]["data"]
            body = d["text"]
            uname = target["acc"]["user"]["username"]
            rt = "RT @" + uname + ": " + (body if len(body) <= 120 else body[:117] + "…")
            t = target["t"] + timedelta(minutes=rng.randint(1, 50), seconds=rng.randint(0, 59))
            p = g.add_post(acc, t, rt, "benign", "retweet", lang, {}, ref=("retweeted", target), hard=True,
                           extra_users=(target["acc"],), include_tweet=target)
            # keep the entities of the original (as the API does)
            if "entities" in d:
                p["obj"]["data"]["entities"] = json.loads(json.dumps(d["entities"]))
            neg_posts.append(p)

    # benign security events on normal accounts (hard negatives for event signals)
    normals = [p for p in neg_posts if p["acc"]["role"] == "user" and p["cat"] != "retweet"]
    rng.shuffle(normals)
    for p in normals[:14]:
        et = rng.choice(["login_new_device", "password_reset", "email_changed", "login_new_device"])
        g.event(p["acc"], et, p["t"] - timedelta(minutes=rng.randint(2, 45)))
    crypto_posts = [p for p in neg_posts if p["acc"]["role"] == "crypto"]
    rng.shuffle(crypto_posts)
    for p in crypto_posts[:8]:
        p["obj"]["data"]["source"] = rng.choice(["Twitter Web App", "TweetDeck Web App", "Typefully"])

    return g, scam_posts, neg_posts


def write(g, out_dir=HERE):
    items = [(p["t"], 0, p["obj"]["data"]["id"], p["obj"]) for p in g.posts]
    items += [(e["t"], 1, e["obj"]["account_event"]["account_id"] + e["obj"]["account_event"]["type"], e["obj"])
              for e in g.events]
    items.sort(key=lambda x: (x[0], x[1], x[2]))
    with open(os.path.join(out_dir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for _, _, _, obj in items:
            f.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
    rows = []
    for p in sorted(g.posts, key=lambda p: (p["t"], p["obj"]["data"]["id"])):
        rows.append("post,%s,%s" % (p["obj"]["data"]["id"], p["label"]))
    for aid in sorted(g.accounts, key=lambda a: (len(a), a)):
        rows.append("account,%s,%s" % (aid, g.accounts[aid]["label"]))
    with open(os.path.join(out_dir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# scamwatch blind corpus labels; see README.md\n")
        f.write("kind,id,label\n")
        f.write("\n".join(rows) + "\n")


def stats(g, scam_posts, neg_posts):
    from collections import Counter
    out = {}
    out["scam_by_lang"] = Counter(p["lang"] for p in scam_posts)
    out["hardneg_by_lang"] = Counter(p["lang"] for p in neg_posts)
    out["history_by_lang"] = Counter(p["lang"] for p in g.posts if p["cat"] == "history")
    out["scam_by_kind"] = Counter(p["cat"] for p in scam_posts)
    out["neg_by_kind"] = Counter(p["cat"] for p in neg_posts)
    out["accounts"] = Counter(a["label"] for a in g.accounts.values())
    out["obfuscated"] = sum(1 for p in scam_posts if p["obf"])
    out["obf_kinds"] = Counter(o for p in scam_posts for o in p["obf"])
    out["neg_obf"] = sum(1 for p in neg_posts if p["obf"])
    out["events"] = Counter(e["obj"]["account_event"]["type"] for e in g.events)
    out["scam_origin"] = Counter(p["acc"]["role"] for p in scam_posts)
    out["addresses"] = Counter(c for c, _ in g.addresses)
    out["total_posts"] = len(g.posts)
    return out


if __name__ == "__main__":
    g, sp, np_ = build()
    write(g)
    if "--stats" in sys.argv:
        for k, v in stats(g, sp, np_).items():
            print(k, dict(v) if hasattr(v, "items") else v)

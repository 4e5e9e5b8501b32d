#!/usr/bin/env python3
"""Deterministic generator for the multilingual hard-negative tuning set.

Run from anywhere:  python3 tests/data/hard-negatives-ml/make.py
Python 3.11+, standard library only. The texts are hand-written in texts_a.py, texts_b.py
and texts_c.py beside this script; ids, accounts, timestamps, t.co links and wallet
addresses are generated here from a fixed seed, so the output is byte-for-byte reproducible.
Writes posts.jsonl, labels.csv and README.md into this directory.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import texts_a  # noqa: E402
import texts_b  # noqa: E402
import texts_c  # noqa: E402

SEED = 20260602
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
POST_ID_BASE = 5100000000000000000
ACCOUNT_ID_BASE = 5100000
START = dt.datetime(2026, 6, 3, 6, 0, tzinfo=dt.timezone.utc)
SPAN_S = 24 * 86400

ACCOUNTS: dict[str, list] = {}
POSTS: dict[str, list] = {}
for mod in (texts_a, texts_b, texts_c):
    ACCOUNTS.update(mod.ACCOUNTS)
    POSTS.update(mod.POSTS)

CATEGORY_NAMES = {
    "news": "news report quoting a scam",
    "warning": "security warning",
    "research": "researcher / journalist analysis",
    "question": "victim asking \"is this legit?\"",
    "reply": "reply: \"it's a scam\"",
    "hacked": "\"we were hacked\" notice",
    "donation": "donation / tip jar / freelancer payment address",
    "promo": "exchange promo, NFT mint, airdrop, like-and-RT giveaway",
    "banter": "price talk and banter",
}

# --------------------------------------------------------------------------------------------
# Keccak-256 (the Ethereum variant, padding 0x01), implemented here and checked against
# known vectors at start-up.
# --------------------------------------------------------------------------------------------

_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [
    [0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56], [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        for x in range(5):
            for y in range(5):
                a[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y])
        a[0][0] ^= rc


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


def eip55(addr20: bytes) -> str:
    hexaddr = addr20.hex()
    h = keccak256(hexaddr.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(hexaddr))


def eip55_ok(addr: str) -> bool:
    return re.fullmatch(r"0x[0-9a-fA-F]{40}", addr) is not None and eip55(bytes.fromhex(addr[2:])) == addr


# --------------------------------------------------------------------------------------------
# Bitcoin: base58check P2PKH and bech32 P2WPKH.
# --------------------------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58check(payload: bytes) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\x00"))) + out


def b58check_ok(s: str) -> bool:
    n = 0
    for ch in s:
        if ch not in B58:
            return False
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\x00" * (len(s) - len(s.lstrip("1"))) + raw
    body, chk = raw[:-4], raw[-4:]
    return (len(body) == 21 and body[0] == 0
            and hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk)


def _polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convertbits(data: bytes, frm: int, to: int) -> list[int]:
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << frm) | b
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_p2wpkh(program: bytes, hrp: str = "bc") -> str:
    data = [0] + _convertbits(program, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + chk)


def bech32_ok(addr: str) -> bool:
    hrp, _, rest = addr.rpartition("1")
    if hrp != "bc" or len(rest) < 6 or any(c not in BECH32 for c in rest):
        return False
    return _polymod(_hrp_expand(hrp) + [BECH32.index(c) for c in rest]) == 1


def self_test() -> None:
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    for v in ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]:
        assert eip55(bytes.fromhex(v[2:])) == v, v
    assert b58check(b"\x00" + bytes.fromhex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == \
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert bech32_p2wpkh(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert bech32_ok("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")


_ADDR_CACHE: dict[tuple[str, str], str] = {}


def address(kind: str, key: str) -> str:
    """A valid address for (kind, key); the 20-byte payload is derived from the seed."""
    if (kind, key) not in _ADDR_CACHE:
        payload = hashlib.sha256(f"{SEED}:{kind}:{key}".encode()).digest()[:20]
        if kind == "bc":
            a = bech32_p2wpkh(payload)
        elif kind == "p2pkh":
            a = b58check(b"\x00" + payload)
        elif kind == "eth":
            a = eip55(payload)
        else:
            raise ValueError(kind)
        _ADDR_CACHE[(kind, key)] = a
    return _ADDR_CACHE[(kind, key)]


# --------------------------------------------------------------------------------------------
# Accounts.
# --------------------------------------------------------------------------------------------

# kind: (followers min, max, verified probability, created year min, max, clients)
KINDS = {
    "news": (300_000, 6_000_000, 1.0, 2008, 2012, ["SocialFlow", "TweetDeck", "Twitter Web App"]),
    "cryptonews": (80_000, 900_000, 0.9, 2013, 2018, ["TweetDeck", "Buffer", "Twitter Web App"]),
    "journalist": (15_000, 250_000, 0.8, 2009, 2016, ["Twitter for iPhone", "Twitter Web App"]),
    "researcher": (8_000, 120_000, 0.5, 2010, 2018, ["Twitter Web App", "Twitter for Mac"]),
    "exchange": (200_000, 3_000_000, 1.0, 2014, 2019, ["Sprinklr", "Hootsuite Inc."]),
    "support": (40_000, 600_000, 1.0, 2015, 2020, ["Sprinklr", "Zendesk"]),
    "safety": (100_000, 2_000_000, 1.0, 2010, 2016, ["Twitter Web App", "Sprinklr"]),
    "org": (20_000, 400_000, 0.9, 2011, 2016, ["Twitter Web App", "Hootsuite Inc."]),
    "smallbiz": (800, 9_000, 0.0, 2014, 2020, ["Twitter for iPhone", "Twitter for Android"]),
    "charity": (10_000, 150_000, 0.8, 2010, 2016, ["Hootsuite Inc.", "Twitter Web App"]),
    "oss": (2_000, 30_000, 0.0, 2015, 2021, ["Twitter Web App"]),
    "freelancer": (1_000, 25_000, 0.0, 2013, 2021, ["Twitter for iPhone", "Twitter for Android"]),
    "nft": (5_000, 60_000, 0.2, 2021, 2022, ["Twitter Web App"]),
    "project": (50_000, 800_000, 1.0, 2018, 2022, ["Twitter Web App", "Buffer"]),
    "creator": (5_000, 90_000, 0.2, 2012, 2019, ["Twitter for iPhone", "Twitter for Android", "Twitter Web App"]),
    "user": (40, 2_500, 0.0, 2011, 2024, ["Twitter for iPhone", "Twitter for Android", "Twitter Web App"]),
}


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def build_accounts(rng: random.Random) -> dict[str, dict]:
    out: dict[str, dict] = {}
    n = 0
    for lang in LANGS:
        for username, name, kind in ACCOUNTS[lang]:
            assert username not in out, username
            fmin, fmax, pver, ymin, ymax, clients = KINDS[kind]
            n += 1
            followers = int(math.exp(rng.uniform(math.log(fmin), math.log(fmax))))
            year = rng.randint(ymin, ymax)
            created = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                  rng.randint(0, 59), rng.randint(0, 59), tzinfo=dt.timezone.utc)
            years = (START - created).days / 365.25
            user = {
                "id": str(ACCOUNT_ID_BASE + n),
                "name": name,
                "username": username,
                "verified": rng.random() < pver,
                "created_at": iso(created),
                "public_metrics": {
                    "followers_count": followers,
                    "following_count": rng.randint(30, 2_000 if kind == "user" else 900),
                    "tweet_count": int(years * rng.uniform(150, 4_000 if kind in ("news", "cryptonews") else 1_500)),
                    "listed_count": int(followers * rng.uniform(0.002, 0.02)),
                },
            }
            out[username] = {"user": user, "kind": kind, "clients": clients, "lang": lang}
    return out


# --------------------------------------------------------------------------------------------
# Posts.
# --------------------------------------------------------------------------------------------

ADDR_RE = re.compile(r"\{\{(bc|p2pkh|eth):([a-z0-9_]+)\}\}")
URL_RE = re.compile(r"\[\[(https?://[^\]\s]+)\]\]")
TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def weighted_len(text: str) -> int:
    """Twitter's weighted length: t.co links count 23, CJK and emoji count 2."""
    text = re.sub(r"https://t\.co/[A-Za-z0-9]+", "x" * 23, text)
    n = 0
    for ch in text:
        cp = ord(ch)
        light = (cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F
                 or 0x2032 <= cp <= 0x2037)
        n += 1 if light else 2
    return n


def render(raw: str, rng: random.Random) -> tuple[str, list[str]]:
    text = ADDR_RE.sub(lambda m: address(m.group(1), m.group(2)), raw)
    urls: list[tuple[str, str]] = []

    def tco(m: re.Match) -> str:
        short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
        urls.append((short, m.group(1)))
        return short

    text = html_escape(URL_RE.sub(tco, text))
    return text, urls


TOO_LONG: list = []


def build(rng: random.Random, accounts: dict[str, dict]) -> list[dict]:
    drafts = []
    for lang in LANGS:
        last_question = None
        for i, (cat, username, raw) in enumerate(POSTS[lang]):
            assert cat in CATEGORY_NAMES, (lang, i, cat)
            assert username in accounts and accounts[username]["lang"] == lang, (lang, username)
            text, urls = render(raw, rng)
            if weighted_len(text) > 280:
                TOO_LONG.append((lang, i, weighted_len(text), text))
            acct = accounts[username]
            if cat == "reply":
                parent = last_question
                assert parent is not None, (lang, i)
                assert text.startswith("@" + parent["username"] + " "), (lang, i)
                t = parent["t"] + dt.timedelta(seconds=rng.randint(120, 5400), milliseconds=rng.randint(0, 999))
            else:
                parent = None
                t = START + dt.timedelta(seconds=rng.randint(0, SPAN_S), milliseconds=rng.randint(0, 999))
            d = {"lang": lang, "seq": i, "cat": cat, "username": username, "text": text, "urls": urls,
                 "t": t, "parent": parent, "source": rng.choice(acct["clients"]), "raw": raw}
            drafts.append(d)
            if cat == "question":
                last_question = d
    drafts.sort(key=lambda d: (d["t"], d["lang"], d["seq"]))
    for n, d in enumerate(drafts, 1):
        d["id"] = str(POST_ID_BASE + n)

    lines = []
    for d in drafts:
        user = accounts[d["username"]]["user"]
        data = {
            "id": d["id"],
            "text": d["text"],
            "author_id": user["id"],
            "created_at": iso(d["t"]),
            "lang": d["lang"],
            "source": d["source"],
        }
        entities = {}
        if d["urls"]:
            ents, pos = [], 0
            for short, expanded in d["urls"]:
                start = d["text"].index(short, pos)
                pos = start + len(short)
                ents.append({"start": start, "end": pos, "url": short, "expanded_url": expanded,
                             "display_url": expanded.split("://", 1)[1][:26]
                             + ("…" if len(expanded.split("://", 1)[1]) > 26 else "")})
            entities["urls"] = ents
        users = [user]
        includes: dict = {"users": users}
        if d["parent"] is not None:
            p = d["parent"]
            puser = accounts[p["username"]]["user"]
            entities["mentions"] = [{"start": 0, "end": 1 + len(puser["username"]),
                                     "username": puser["username"], "id": puser["id"]}]
            data["conversation_id"] = p["id"]
            data["in_reply_to_user_id"] = puser["id"]
            data["referenced_tweets"] = [{"type": "replied_to", "id": p["id"]}]
            users.append(puser)
            ptweet = {"id": p["id"], "text": p["text"], "author_id": puser["id"],
                      "created_at": iso(p["t"]), "lang": p["lang"]}
            if p["urls"]:
                ptweet["entities"] = {"urls": [{"url": s, "expanded_url": e} for s, e in p["urls"]]}
            includes["tweets"] = [ptweet]
        if entities:
            data["entities"] = entities
        lines.append({"msg": {"data": data, "includes": includes}, "draft": d})
    return lines


def write_readme(lines: list[dict], accounts: dict[str, dict], used: list[str]) -> str:
    by = Counter((x["draft"]["lang"], x["draft"]["cat"]) for x in lines)
    cats = list(CATEGORY_NAMES)
    head = "| lang | " + " | ".join(cats) + " | total | with address |"
    sep = "|---" * (len(cats) + 3) + "|"
    rows = []
    for lang in LANGS:
        n_addr = sum(1 for x in lines if x["draft"]["lang"] == lang and ADDR_RE.search(x["draft"]["raw"])
                     or x["draft"]["lang"] == lang and "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" in x["draft"]["raw"])
        tot = sum(by[(lang, c)] for c in cats)
        rows.append(f"| {lang} | " + " | ".join(str(by[(lang, c)]) for c in cats) + f" | {tot} | {n_addr} |")
    tot_addr = sum(1 for x in lines if ADDR_RE.search(x["draft"]["raw"])
                   or "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh" in x["draft"]["raw"])
    rows.append("| **all** | " + " | ".join(str(sum(by[(l, c)] for l in LANGS)) for c in cats)
                + f" | {len(lines)} | {tot_addr} |")
    kinds = Counter(accounts[u]["kind"] for u in used)
    verified = sum(1 for u in used if accounts[u]["user"]["verified"])
    kind_rows = "\n".join(f"| {k} | {kinds[k]} |" for k in KINDS if kinds[k])
    addr_kinds = Counter(k for k, _ in _ADDR_CACHE)
    cat_desc = "\n".join(f"- `{c}`: {CATEGORY_NAMES[c]}" for c in cats)
    return f"""# Multilingual hard negatives (tuning set)

A **tuning** corpus of {len(lines)} benign posts in 12 languages that a naive crypto-giveaway-scam
detector would wrongly act on: news reports that quote scam text and name the scam's wallet
or domain, security warnings, on-chain research threads, victims asking "is this legit?" and
the replies telling them it is a scam, "we were hacked" notices, real donation drives, tip jars
and freelancers posting their own addresses, exchange promos with terms, NFT mints, airdrops
pointing to official domains, like-and-retweet giveaways, and price talk with multiplier words
("BTC doubled since March", "double or nothing").

Every post is labelled `benign` and every account `normal`. Nothing here should raise an alert,
take a post down or lock an account. Use it to tune thresholds and negative evidence, not to
measure final accuracy.

It was written **without reading the blind evaluation set** (`tests/data/blind/`): no file there
was opened, listed or searched while writing this corpus.

## Files

- `posts.jsonl`: one Twitter API v2 stream message per line (`data` + `includes.users`), sorted by
  `created_at` (3–27 June 2026). Raw UTF-8, text HTML-escaped as Twitter serves it. Links in the
  text are t.co links with the real URL in `data.entities.urls[].expanded_url`; some scam domains
  are named in expanded URLs (a warning linking the fake site), others are written defanged in the
  text (`example[.]top`). Replies carry `referenced_tweets`, `in_reply_to_user_id`,
  `entities.mentions`, the replied-to author as second user and the question in `includes.tweets`.
- `labels.csv`: `kind,id,label`; `post,<id>,benign` for every post and `account,<id>,normal` for
  every author.
- `make.py`: the generator; `texts_a.py` (en, es, pt, fr), `texts_b.py` (de, it, ru, tr),
  `texts_c.py` (ar, ja, ko, zh): the hand-written texts and account lists.
- `check.py`: validates the outputs (parsing, ordering, labels, wallet checksums).

Regenerate and check:

```sh
python3 tests/data/hard-negatives-ml/make.py
python3 tests/data/hard-negatives-ml/check.py
```

Post ids are `{POST_ID_BASE + 1}` upwards in time order, account ids `{ACCOUNT_ID_BASE + 1}` upwards.

## Counts

Posts per language and category:

{head}
{sep}
{chr(10).join(rows)}

Categories:

{cat_desc}

Accounts: {len(used)} ({verified} verified), by kind. Followers, account age and posting client
follow from the kind: news outlets, exchanges, safety teams and projects have 50 thousand to
6 million followers and are 4–18 years old; researchers, journalists, charities and creators
are established mid-size accounts; `smallbiz`, `freelancer`, `oss` and `user` accounts are
small (ordinary people have 40–2,500 followers):

| kind | accounts |
|---|---|
{kind_rows}

## Texts and addresses

Each text was written by hand directly in its language for this project (not machine-translated),
with local idiom, currencies, food and sport references. The 12 languages do follow one shared plan,
though: the same fictional incidents and the same mix of 30 slots (4 news, 4 warnings, 4 research,
2 questions + 2 replies, 3 hacked notices, 4 addresses for donations/tips/payments, 4 promos,
3 banter; English has 5 promos and 2 banter), so many posts are parallel in content across
languages. Keep that in mind before reading per-language results as independent evidence.
All organisations, people, exchanges ("Orbix", "ValleBit", "Caravela", "Passerelle",
"Kornblock", "Ponte", "Severbit", "Köprübit", "Jisr", "HashiBit", "DariBit", "Tianqiao"),
brands ("Valkor Motors"), charities, projects, domains and incidents are fictional, except the
July 2020 hijack quoted in one English post with its publicly reported address
`bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh`. The same fictional incident is reported in
several languages, so its scam address recurs across them.

All other wallet addresses ({sum(addr_kinds.values())} distinct: {addr_kinds['bc']} bech32 P2WPKH,
{addr_kinds['p2pkh']} base58check P2PKH, {addr_kinds['eth']} EIP-55 ETH) are generated by `make.py`
from payloads derived from the seed, with correct checksums; `make.py` checks its keccak-256,
EIP-55, base58check and bech32 code against published test vectors before writing, and
`check.py` re-validates every address found in the output.

## Licence

MIT. Written for the scamwatch project; the texts, generator and outputs may be used under the
MIT licence like the rest of the repository.
"""


def main() -> None:
    self_test()
    rng = random.Random(SEED)
    accounts = build_accounts(rng)
    lines = build(rng, accounts)
    for x in TOO_LONG:
        print('TOO LONG', *x, file=sys.stderr)
    if TOO_LONG:
        sys.exit(1)
    used = []
    for x in lines:
        u = x["draft"]["username"]
        if u not in used:
            used.append(u)
    unused = [u for u in accounts if u not in used]
    assert not unused, unused

    buf = io.StringIO()
    for x in lines:
        buf.write(json.dumps(x["msg"], ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())

    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "id", "label"])
        for x in lines:
            w.writerow(["post", x["msg"]["data"]["id"], "benign"])
        for u in sorted(used, key=lambda u: int(accounts[u]["user"]["id"])):
            w.writerow(["account", accounts[u]["user"]["id"], "normal"])

    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(write_readme(lines, accounts, used))

    per_lang = Counter(x["draft"]["lang"] for x in lines)
    print(f"posts.jsonl: {len(lines)} posts ({', '.join(f'{l} {per_lang[l]}' for l in LANGS)})")
    print(f"labels.csv: {len(lines)} posts, {len(used)} accounts")
    print(f"addresses: {len(_ADDR_CACHE)} generated")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deterministic generator for scamwatch's labelled test fixtures.

Run from anywhere:  python3 tests/data/make_fixtures.py
Python 3.11+, standard library only. A fixed seed and fixed id ranges make the output
byte-for-byte reproducible; the generated files are committed next to this script.

See README.md in this directory for what each file contains and the label formats.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20200715

# --------------------------------------------------------------------------------------------
# Wallet addresses. The given ones are real, valid addresses; the generator checks each one
# (base58check / bech32 / length) so a typo can never slip into the fixtures.
# --------------------------------------------------------------------------------------------

BTC_SCAM = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
BTC_P2PKH = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
ETH_EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
ETH_LOWER = "0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae"
# The DOGE and XRP addresses first proposed for these fixtures (D8vFz4p1L37jdg47HXKtSHA5uYLYxbGgPD,
# rDsbeomae4FXwgQTJp9Rs64Qg9vMcwtd4W) fail their base58check checksum, so valid ones are
# derived below from a fixed payload instead (see `b58check_encode`).
TRX = "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW"
SOL = "7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV"
LTC = "LbTjMGN7gELw4KbeyQf6cTCq859hD18guE"

B58_BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def b58decode(s: str, alphabet: str = B58_BTC) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + alphabet.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip(alphabet[0]))
    return b"\x00" * pad + raw


def b58check_encode(payload: bytes, alphabet: str = B58_BTC) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = alphabet[rem] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return alphabet[0] * pad + out


def b58check_ok(s: str, version: int, alphabet: str = B58_BTC) -> bool:
    try:
        raw = b58decode(s, alphabet)
    except ValueError:
        return False
    body, check = raw[:-4], raw[-4:]
    digest = hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    return len(body) == 21 and body[0] == version and digest == check


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_ok(addr: str) -> bool:
    hrp, _, data = addr.rpartition("1")
    values = [BECH32.index(c) for c in data]
    return _bech32_polymod(_hrp_expand(hrp) + values) == 1


def bech32_p2wpkh(program: bytes, hrp: str = "bc") -> str:
    """Encodes a version-0, 20-byte witness program (P2WPKH) as bech32."""
    acc, bits, data = 0, 0, [0]
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    poly = _bech32_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    data += [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data)


DOGE = b58check_encode(b"\x1e" + hashlib.sha256(b"scamwatch-fixture-doge").digest()[:20])
XRP = b58check_encode(b"\x00" + hashlib.sha256(b"scamwatch-fixture-xrp").digest()[:20], B58_XRP)
ALL_ADDRESSES = [BTC_SCAM, BTC_P2PKH, ETH_EIP55, ETH_LOWER, DOGE, XRP, TRX, SOL, LTC]
# One character flipped: looks like a P2PKH address but fails its checksum.
BTC_BROKEN = "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"


def check_addresses() -> None:
    assert bech32_ok(BTC_SCAM)
    assert b58check_ok(BTC_P2PKH, 0x00)
    assert not b58check_ok(BTC_BROKEN, 0x00)
    assert b58check_ok(DOGE, 0x1E)
    assert b58check_ok(LTC, 0x30)
    assert b58check_ok(TRX, 0x41)
    assert b58check_ok(XRP, 0x00, B58_XRP)
    assert len(b58decode(SOL)) == 32
    assert bech32_p2wpkh(bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == (
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # BIP-173 test vector
    )


# --------------------------------------------------------------------------------------------
# Text obfuscations used by scam posts (applied to words, never to the address itself).
# --------------------------------------------------------------------------------------------

CYR = str.maketrans("aceopxyBCEHKMOPTXAi", "асеорхуВСЕНКМОРТХАі")
GREEK = str.maketrans("oABEHIKMNOPTXYZv", "οΑΒΕΗΙΚΜΝΟΡΤΧΥΖν")
LEET = str.maketrans("aeiostAEIOST", "431057431057")


def cyr(s: str) -> str:
    return s.translate(CYR)


def greek(s: str) -> str:
    return s.translate(GREEK)


def leet(s: str) -> str:
    return s.translate(LEET)


def zw(s: str, mark: str = "\u200b") -> str:
    """Puts an invisible character after every second letter of each word."""
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch.isalpha() and i % 2 == 1 and i + 1 < len(s) and s[i + 1].isalpha():
            out.append(mark)
    return "".join(out)


def fullwidth(s: str) -> str:
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s
    )


def bold(s: str) -> str:
    def one(c: str) -> str:
        if "A" <= c <= "Z":
            return chr(0x1D400 + ord(c) - 65)
        if "a" <= c <= "z":
            return chr(0x1D41A + ord(c) - 97)
        if "0" <= c <= "9":
            return chr(0x1D7CE + ord(c) - 48)
        return c

    return "".join(one(c) for c in s)


def spaced(s: str) -> str:
    return " ".join(s)


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------

UTC = dt.timezone.utc

CLIENT_HREF = {
    "Twitter for iPhone": "http://twitter.com/download/iphone",
    "Twitter for Android": "http://twitter.com/download/android",
    "Twitter Web App": "https://mobile.twitter.com",
    "TweetDeck": "https://about.twitter.com/products/tweetdeck",
    "Sprinklr": "https://www.sprinklr.com",
    "Hootsuite Inc.": "https://www.hootsuite.com",
    "SocialFlow": "http://www.socialflow.com",
    "Twitter Media Studio": "https://studio.twitter.com",
    "Buffer": "https://buffer.com",
}


def ts(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def rfc(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def v1time(t: dt.datetime) -> str:
    return t.strftime("%a %b %d %H:%M:%S +0000 %Y")


def esc(s: str) -> str:
    """HTML-escapes text the way Twitter serves it (only &, < and >)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Account:
    def __init__(self, world, username, name, created, followers, *, verified=False,
                 following=None, tweets=None, client="Twitter for iPhone", lang="en",
                 hours=(0, 24), label="normal"):
        self.id = str(world.next_account_id())
        self.username = username
        self.name = name
        self.created = ts(created) if isinstance(created, str) else created
        self.followers = followers
        self.verified = verified
        r = world.rng
        self.following = following if following is not None else r.randint(50, 900)
        self.tweets = tweets if tweets is not None else r.randint(200, 20000)
        self.client = client
        self.lang = lang
        self.hours = hours
        self.label = label
        world.accounts.append(self)


class Post:
    def __init__(self, author, text, time, *, client=None, lang=None, kind="orig", ref=None,
                 urls=(), label="benign", expect="none", why="", fmt="v2", omit=(),
                 emitted=True):
        self.author = author
        self.text = text
        self.time = time
        self.client = client or author.client
        self.lang = lang or author.lang
        self.kind = kind  # orig | rt | quote | reply
        self.ref = ref
        self.urls = list(urls)
        self.label = label
        self.expect = expect
        self.why = why
        self.fmt = fmt
        self.omit = set(omit)
        self.emitted = emitted
        self.id = ""
        self.tco: list[str] = []
        self.quote_link = ""


class Event:
    def __init__(self, account, kind, time):
        self.author = account
        self.kind = kind
        self.time = time


class World:
    def __init__(self, name, seed, account_base, tweet_base, v1_share=0.2):
        self.name = name
        self.rng = random.Random(f"{seed}-{name}")
        self._acc = account_base
        self.tweet_base = tweet_base
        self.v1_share = v1_share
        self.accounts: list[Account] = []
        self.items: list = []

    def next_account_id(self) -> int:
        self._acc += 1
        return self._acc

    def tco(self) -> str:
        chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "https://t.co/" + "".join(self.rng.choice(chars) for _ in range(10))

    def post(self, author, text, time, **kw) -> Post:
        if "fmt" not in kw:
            kw["fmt"] = "v1" if self.rng.random() < self.v1_share else "v2"
            # A v1.1 status carries its author only in `user`: without it there is no author
            # at all. "No user object" is the v2 case (author_id without includes.users).
            if "user" in kw.get("omit", ()):
                kw["fmt"] = "v2"
        p = Post(author, text, time, **kw)
        if p.expect == "none" and mentions_crypto(shown_text(p)):
            # "none" means no alert at all; anything that talks crypto may earn a review.
            p.expect = "no_action"
        if p.kind == "quote":
            p.quote_link = self.tco()
        for u in p.urls:
            link = self.tco()
            p.tco.append(link)
            if u not in p.text:
                p.text = f"{p.text} {link}"
        self.items.append(p)
        return p

    def event(self, account, kind, time) -> Event:
        e = Event(account, kind, time)
        self.items.append(e)
        return e

    def usual_time(self, acc: Account, day: dt.datetime) -> dt.datetime:
        lo, hi = acc.hours
        h = self.rng.randrange(lo, hi) % 24
        return day.replace(hour=h, minute=self.rng.randrange(60), second=self.rng.randrange(60),
                           microsecond=self.rng.randrange(1000) * 1000)

    def history(self, acc: Account, texts, start: str, end: str, n: int, expect="none",
                why="ordinary post from the account's usual client") -> None:
        """n ordinary posts at the account's usual hours between start and end (dates)."""
        d0, d1 = ts(start), ts(end)
        days = (d1 - d0).days
        picks = list(texts)
        self.rng.shuffle(picks)
        for i in range(n):
            text = picks[i % len(picks)]
            e, w = expect, why
            if isinstance(text, tuple):
                text, e, w = text
            if i >= len(picks):
                # Twitter refuses exact duplicate statuses, so a reused line gets a new ending.
                tail = REPEAT_TAILS[(i // len(picks) - 1 + i % len(picks)) % len(REPEAT_TAILS)]
                text = text.replace(" {url}", "") + tail + (" {url}" if "{url}" in text else "")
            urls = []
            if "{url}" in text:
                text, urls = text.replace(" {url}", ""), [self.rng.choice(GENERIC_LINKS)]
            day = d0 + dt.timedelta(days=self.rng.randrange(days + 1))
            self.post(acc, text, self.usual_time(acc, day), urls=urls, expect=e, why=w)

    # ---- output ---------------------------------------------------------------------------

    def finalize(self) -> None:
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i].time, i))
        self.items = [self.items[i] for i in order]
        n = self.tweet_base
        for it in self.items:
            if isinstance(it, Post):
                n += 1
                it.id = str(n)
        for it in self.items:
            if isinstance(it, Post) and it.ref is not None:
                assert it.ref.time < it.time, (it.text, it.ref.text)

    def lines(self) -> list[bytes]:
        out = []
        for it in self.items:
            if isinstance(it, Event):
                obj = {"account_event": {"account_id": it.author.id, "type": it.kind,
                                         "created_at": rfc(it.time)}}
                out.append(dumps(obj, ascii_only=False))
            elif it.emitted:
                if it.fmt == "v1":
                    out.append(dumps(status_v1(it), ascii_only=True))
                else:
                    out.append(dumps(message_v2(it), ascii_only=False))
        return out


CRYPTO_WORDS = ("bitcoin", "btc", "eth", "crypto", "doge", "coin", "token", "usdt", "airdrop",
                "defi", "satoshi", "wallet", "xrp", "sol ", "ltc", "trx", "bnb", "blockchain")


def mentions_crypto(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in CRYPTO_WORDS) or any(a in text for a in ALL_ADDRESSES)


def dumps(obj, ascii_only: bool) -> bytes:
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":")).encode("utf-8")


def shown_text(p: Post) -> str:
    """The text as Twitter shows it on the wire (before HTML escaping)."""
    if p.kind == "rt":
        full = f"RT @{p.ref.author.username}: {shown_text(p.ref)}"
        return full if len(full) <= 140 else full[:139] + "…"
    if p.kind == "reply":
        return f"@{p.ref.author.username} {p.text}"
    return p.text


def status_url(p: Post) -> str:
    return f"https://twitter.com/{p.author.username}/status/{p.id}"


def url_entities(p: Post) -> list[dict]:
    ents = []
    for link, u in zip(p.tco, p.urls):
        ents.append({"url": link, "expanded_url": u,
                     "display_url": u.split("://", 1)[-1][:26]})
    return ents


def user_v2(a: Account, omit=()) -> dict:
    u = {"id": a.id, "username": a.username, "name": a.name, "verified": a.verified,
         "created_at": rfc(a.created),
         "public_metrics": {"followers_count": a.followers, "following_count": a.following,
                            "tweet_count": a.tweets, "listed_count": a.followers // 300}}
    if "followers" in omit:
        del u["public_metrics"]["followers_count"]
    return u


def message_v2(p: Post) -> dict:
    data = {"id": p.id, "text": esc(shown_text(p)), "author_id": p.author.id,
            "created_at": rfc(p.time), "lang": p.lang}
    if "source" not in p.omit:
        data["source"] = p.client
    users = [user_v2(p.author, p.omit)]
    tweets = []
    ents = url_entities(p if p.kind != "rt" else p.ref)
    if p.ref is not None:
        kind = {"rt": "retweeted", "quote": "quoted", "reply": "replied_to"}[p.kind]
        data["referenced_tweets"] = [{"type": kind, "id": p.ref.id}]
        if p.kind == "reply":
            data["in_reply_to_user_id"] = p.ref.author.id
        if p.kind == "quote":
            link = p.quote_link
            data["text"] += f" {link}"
            ents.append({"url": link, "expanded_url": status_url(p.ref),
                         "display_url": status_url(p.ref).split("://", 1)[1][:26] + "…"})
        ref = {"id": p.ref.id, "text": esc(shown_text(p.ref)), "author_id": p.ref.author.id,
               "created_at": rfc(p.ref.time)}
        tweets.append(ref)
        if p.ref.author is not p.author:
            users.append(user_v2(p.ref.author))
    if ents:
        data["entities"] = {"urls": ents}
    msg = {"data": data}
    includes = {}
    if "user" not in p.omit:
        includes["users"] = users
    if tweets:
        includes["tweets"] = tweets
    if includes:
        msg["includes"] = includes
    return msg


def user_v1(a: Account, omit=()) -> dict:
    u = {"id": int(a.id), "id_str": a.id, "name": a.name, "screen_name": a.username,
         "verified": a.verified, "followers_count": a.followers, "friends_count": a.following,
         "statuses_count": a.tweets, "created_at": v1time(a.created), "protected": False}
    if "followers" in omit:
        del u["followers_count"]
    return u


def status_v1(p: Post) -> dict:
    text = shown_text(p)
    ents = url_entities(p if p.kind != "rt" else p.ref)
    s = {"created_at": v1time(p.time), "id": int(p.id), "id_str": p.id}
    if p.kind == "quote":
        link = p.quote_link
        text = f"{text} {link}"
        ents.append({"url": link, "expanded_url": status_url(p.ref),
                     "display_url": status_url(p.ref).split("://", 1)[1][:26] + "…"})
    if len(text) > 140 and p.kind != "rt":
        self_link = "https://t.co/" + hashlib.sha1(p.id.encode()).hexdigest()[:10]
        s["text"] = esc(text[:113]) + "… " + self_link
        s["truncated"] = True
        s["extended_tweet"] = {"full_text": esc(text), "display_text_range": [0, len(text)],
                               "entities": {"hashtags": [], "urls": ents, "user_mentions": []}}
        s_ents = [{"url": self_link, "expanded_url": status_url(p),
                   "display_url": status_url(p).split("://", 1)[1][:26] + "…"}]
    else:
        s["text"] = esc(text)
        s["truncated"] = False
        s_ents = ents
    if "source" not in p.omit:
        s["source"] = f'<a href="{CLIENT_HREF.get(p.client, "https://twitter.com")}" ' \
                      f'rel="nofollow">{p.client}</a>'
    s["in_reply_to_status_id_str"] = p.ref.id if p.kind == "reply" else None
    s["in_reply_to_user_id_str"] = p.ref.author.id if p.kind == "reply" else None
    s["in_reply_to_screen_name"] = p.ref.author.username if p.kind == "reply" else None
    if "user" not in p.omit:
        s["user"] = user_v1(p.author, p.omit)
    s["is_quote_status"] = p.kind == "quote"
    if p.kind == "rt":
        s["retweeted_status"] = status_v1(p.ref)
    if p.kind == "quote":
        s["quoted_status_id_str"] = p.ref.id
        s["quoted_status"] = status_v1(p.ref)
    s["entities"] = {"hashtags": [], "urls": s_ents, "user_mentions": []}
    s["lang"] = p.lang
    return s


REPEAT_TAILS = [" 🙏", " 👏", " ✨", " 👇", " 💯", " 🙌", " ❤️", " 🔥"]

GENERIC_LINKS = [
    "https://www.example-news.com/story/2020/07/markets",
    "https://blog.example.org/posts/update",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://instagram.com/p/CCf3x1",
    "https://open.spotify.com/album/3pG3kJ",
]

# --------------------------------------------------------------------------------------------
# File 1: the 15 July 2020 hijack
# --------------------------------------------------------------------------------------------

CFH = "We have partnered with CryptoForHealth and are giving back 5000 BTC to the community, " \
      "See the website below! https://cryptoforhealth.com/"

FAMOUS = [
    # username, name, created, followers, client, hours(UTC), kind
    ("elonmusk", "Elon Musk", "2009-06-02T20:12:29.000Z", 37_412_000, "Twitter for iPhone",
     (1, 10), "ceo"),
    ("BillGates", "Bill Gates", "2009-06-24T18:44:10.000Z", 51_203_000, "Sprinklr", (15, 24),
     "philanthropist"),
    ("JeffBezos", "Jeff Bezos", "2008-12-17T22:01:37.000Z", 1_624_000, "Twitter for iPhone",
     (14, 23), "ceo"),
    ("BarackObama", "Barack Obama", "2007-03-05T22:08:25.000Z", 120_314_000, "Sprinklr",
     (14, 24), "politician"),
    ("JoeBiden", "Joe Biden", "2007-03-11T17:51:24.000Z", 7_021_000, "TweetDeck", (13, 24),
     "politician"),
    ("Apple", "Apple", "2011-08-04T18:48:10.000Z", 4_712_000, "Sprinklr", (13, 22), "company"),
    ("Uber", "Uber", "2009-06-12T03:08:31.000Z", 1_104_000, "Sprinklr", (13, 23), "company"),
    ("kanyewest", "ye", "2009-03-14T17:52:18.000Z", 30_228_000, "Twitter for iPhone", (0, 8),
     "artist"),
    ("MikeBloomberg", "Mike Bloomberg", "2011-08-05T15:00:17.000Z", 2_512_000, "TweetDeck",
     (12, 23), "politician"),
    ("binance", "Binance", "2017-07-13T08:55:19.000Z", 1_318_000, "TweetDeck", (0, 24),
     "exchange"),
    ("coinbase", "Coinbase", "2012-03-27T20:05:45.000Z", 1_224_000, "Hootsuite Inc.", (14, 24),
     "exchange"),
    ("Gemini", "Gemini", "2014-06-11T21:26:52.000Z", 1_006_000, "Hootsuite Inc.", (13, 23),
     "exchange"),
    ("CoinDesk", "CoinDesk", "2013-04-18T12:41:07.000Z", 2_488_000, "SocialFlow", (0, 24),
     "news"),
]

HIST = {
    "elonmusk": [
        "Falcon 9 launch of ANASIS-II moved to Monday", "Tesla Giga Texas construction is moving fast",
        "Model Y deliveries are going well", "Starship SN5 looks good for a hop soon",
        "Reading a great book on the history of the Roman Empire", "Haha true",
        "Working on FSD rewrite. Major improvements coming.", "Neuralink update on Aug 28",
        "Those who attack space maybe don't realize that space represents hope for so many people",
        "Cybertruck production in late 2021", "Tesla Solar Roof installations are accelerating",
        "Great work by Tesla team!", "SpaceX Crew Dragon heading home in early August",
    ],
    "BillGates": [
        "Testing is key to stopping the spread of COVID-19. Here's what I've learned. {url}",
        "Vaccines are one of the best investments we can make in global health.",
        "I enjoyed this conversation about climate innovation. {url}",
        "This summer reading list has something for everyone. {url}",
        "The progress on malaria over the past two decades is remarkable.",
        "Teachers have done heroic work adapting to remote learning this year.",
        "Innovation in energy storage will be critical to reaching zero emissions.",
        "We need global cooperation to defeat this pandemic.",
        "Melinda and I are grateful to the health workers on the front lines.",
        "Data is helping us understand where the virus is spreading. {url}",
    ],
    "JeffBezos": [
        "Proud of the Amazon teams delivering for customers during this crisis.",
        "Blue Origin New Shepard team is making great progress.",
        "Happy Prime Day planning to all the teams!",
        "The Climate Pledge now has more signatories. {url}",
        "Thank you to all the frontline workers.",
        "Day 1 mentality is more important than ever.",
        "Great visit with the team in Kent, Washington today.",
        "Reading list recommendation: The Remains of the Day",
    ],
    "BarackObama": [
        "Happy Fourth of July. Our country was founded on the idea that we can always do better.",
        "John Lewis was an American hero. Thinking of his family today.",
        "Wear a mask. It's the simplest thing we can do to protect each other.",
        "Make sure you're registered to vote. {url}",
        "Young people are leading the way on justice and equality.",
        "Michelle and I send our best to the Class of 2020.",
        "Public service is a noble calling. Thank you to everyone who answers it.",
        "Here's a conversation I had with some inspiring young leaders. {url}",
        "Our democracy depends on every one of us participating.",
    ],
    "JoeBiden": [
        "We need a president who will take this pandemic seriously.",
        "My Build Back Better plan will create millions of good-paying jobs. {url}",
        "Health care is a right, not a privilege.",
        "Join us tonight for a virtual town hall. {url}",
        "We're in a battle for the soul of this nation.",
        "Every American deserves clean air and clean water.",
        "Thank you to the teachers going above and beyond for our kids.",
        "Chip in to help us win this fall. {url}",
        "Character is on the ballot.",
    ],
    "Apple": [
        "Shot on iPhone by photographers around the world. {url}",
        "Introducing the new MacBook Pro. {url}", "Apple Music: new playlists every Friday.",
        "Watch the WWDC20 keynote on demand. {url}", "Behind the Mac: make something wonderful.",
        "Apple Arcade: new games every week. {url}", "Today at Apple sessions, now online.",
        "Get to know iOS 14. {url}",
    ],
    "Uber": [
        "Your safety is our priority. Masks are required on every trip. {url}",
        "Uber Eats: support your local restaurants tonight.",
        "We're committed to becoming a zero-emission platform by 2040. {url}",
        "Drivers, here's what's new in the app this week. {url}",
        "Thank you to every driver and courier keeping cities moving.",
        "Try Uber Connect to send packages across town.",
        "Need a ride to the vaccination site? We're helping. {url}",
    ],
    "kanyewest": [
        "Wash Us in the Blood out now {url}", "love everybody", "God is king",
        "YEEZY GAP coming 2021", "We will be free", "thank you to everyone who came through",
        "working on DONDA", "Sunday Service", "I love my family",
    ],
    "MikeBloomberg": [
        "Climate change is the challenge of our time, and we must act now.",
        "Local leaders are showing the way on public health. {url}",
        "Wear a mask. Save lives.", "Our cities need better data to fight this virus. {url}",
        "Proud of the work Bloomberg Philanthropies is doing on tobacco control.",
        "We must beat Donald Trump in November.", "Coal plants are closing faster than ever.",
        "Gun safety saves lives. {url}",
    ],
    "binance": [
        "Binance will list Band Protocol (BAND) in the Innovation Zone. {url}",
        "#Binance Futures will launch USDT-margined YFI perpetual contracts with up to 50x leverage.",
        "Scheduled system maintenance on July 7 from 02:00 to 04:00 UTC. Deposits and withdrawals will be paused.",
        "Binance Launchpool: stake BNB, BUSD and ANKR to farm new tokens. {url}",
        "Trade on Binance Futures and share $100,000 in rewards. Terms apply. {url}",
        "Binance has completed the 12th BNB quarterly burn. {url}",
        "Our Binance P2P desk now supports 5 new fiat currencies.",
        "Deposits and withdrawals for ETH have resumed after the network congestion cleared.",
        "Security tip: always enable 2FA and whitelist your withdrawal addresses.",
        "BTC/USDT trading competition starts today. Details {url}",
    ],
    "coinbase": [
        "Compound (COMP) is now available on Coinbase Pro. {url}",
        "Coinbase Card is now available in 29 European countries. {url}",
        "Our Q2 crypto market report is out. {url}",
        "Learn about Tezos and earn XTZ with Coinbase Earn. {url}",
        "Coinbase Custody now supports 90 assets.",
        "Reminder: Coinbase will never ask for your password or 2-step codes.",
        "We're hiring engineers to build the open financial system. {url}",
        "Staking rewards for Tezos are now available in the UK.",
    ],
    "Gemini": [
        "Gemini now supports Compound (COMP) trading. {url}",
        "Earn up to $50 in crypto when you refer a friend. Terms apply. {url}",
        "Our SOC 2 Type 2 exam is complete. Security first. {url}",
        "Gemini Dollar (GUSD) is now available on more DeFi platforms.",
        "The Gemini mobile app just got a redesign. {url}",
        "Cryptopedia: what is a blockchain fork? {url}",
        "Gemini Custody is now available to institutions in Hong Kong.",
        "Bitcoin hash rate hits an all-time high, here's what it means. {url}",
    ],
    "CoinDesk": [
        "Bitcoin's price volatility hits a record low as it trades flat near $9,200 {url}",
        "Ethereum 2.0 Medalla testnet launch date set for August 4 {url}",
        "DeFi total value locked surpasses $2 billion {url}",
        "The Fed's balance sheet and bitcoin: a chart explainer {url}",
        "Compound's COMP token surges after Coinbase Pro listing {url}",
        "Market Wrap: Bitcoin holds $9,200 as options open interest grows {url}",
        "Tether issues another $300M USDT on Ethereum {url}",
        "Chainlink price hits a new all-time high {url}",
        "First Mover: why bitcoin traders are waiting for a breakout {url}",
    ],
}

# One ordinary post per account on 15 July itself, before the takeover.
MORNING = {
    "elonmusk": "Tesla Q2 earnings call is next Wednesday",
    "BillGates": "Grateful for the researchers racing to develop a COVID-19 vaccine.",
    "JeffBezos": "Congratulations to the Amazon Care team on a great launch.",
    "BarackObama": "Today, let's remember that voting is how we make change real.",
    "JoeBiden": "Donald Trump has failed to lead on this pandemic. We can do better.",
    "Apple": "Get ready for back to school with Mac and iPad.",
    "Uber": "Going to the polls? We'll help you get there this November.",
    "kanyewest": "back in the studio",
    "MikeBloomberg": "Local leaders need federal support to reopen schools safely.",
    "binance": "Binance Savings: new flexible products for BTC, ETH and BUSD are live.",
    "coinbase": "Coinbase Pro now supports Celo (CGLD) trading.",
    "Gemini": "New on Cryptopedia: how Bitcoin halving affects miners.",
    "CoinDesk": "Bitcoin holds near $9,150 as traders await a breakout",
}

SCAM_JULY = {
    "elonmusk": [
        ("20:17:34", "I'm feeling generous because of Covid-19. I'll double any BTC payment sent to "
                     f"my BTC address for the next hour. Good luck, and stay safe out there! {BTC_SCAM}"),
        ("20:41:07", "I am giving back to my community due to Covid-19! All Bitcoin sent to my "
                     "address below will be sent back doubled. If you send $1,000, I will send back "
                     f"$2,000. Only doing this for 30 minutes. {BTC_SCAM} Enjoy!"),
    ],
    "BillGates": [
        ("20:34:12", "Everyone is asking me to give back, and now is the time. I am doubling all "
                     "payments sent to my BTC address for the next 30 minutes. You send $1,000, I "
                     f"send you back $2,000. {BTC_SCAM}"),
    ],
    "JeffBezos": [
        ("21:10:48", "I have decided to give back to my community. All Bitcoin sent to my address "
                     "below will be sent back doubled. I am only doing this for the next 30 minutes. "
                     f"{BTC_SCAM} Enjoy!"),
    ],
    "BarackObama": [
        ("21:13:02", "I am giving back to my community due to Covid-19! All Bitcoin sent to my "
                     "address below will be sent back doubled. If you send $1,000, I will send back "
                     f"$2,000. Only doing this for 30 minutes. {BTC_SCAM} Enjoy!"),
    ],
    "JoeBiden": [
        ("21:14:29", "I am giving back to the community. All Bitcoin sent to the address below will "
                     "be sent back doubled! If you send $1,000, I will send back $2,000. Only doing "
                     f"this for 30 minutes. {BTC_SCAM} Enjoy!"),
        ("21:32:55", "The doubling is still live for the next 15 minutes. All Bitcoin sent to "
                     f"{BTC_SCAM} will be sent back doubled!"),
    ],
    "Apple": [
        ("21:07:11", "We are giving back to our community. We support Bitcoin and we believe you "
                     "should too! All Bitcoin sent to our address below will be sent back to you "
                     f"doubled! {BTC_SCAM}"),
    ],
    "Uber": [
        ("21:08:40", "We are giving back to our community! All Bitcoin sent to our address below "
                     "will be sent back to you doubled! Only going on for the next 30 minutes! "
                     f"{BTC_SCAM}"),
    ],
    "kanyewest": [
        ("21:21:16", "I am giving back to my fans. All Bitcoin sent to my address below will be "
                     "sent back doubled. If you send $1,000, I will send back $2,000. Only doing "
                     f"this for 30 minutes. {BTC_SCAM}"),
        ("21:39:03", f"Still doubling. Send BTC to {BTC_SCAM} and I send you back double. "
                     "Last 10 minutes!"),
    ],
    "MikeBloomberg": [
        ("21:25:37", "I am giving back $1,000 for every $1,000 you send to the address below. "
                     f"Everyone wins. Only for the next 30 minutes. {BTC_SCAM}"),
    ],
    "binance": [("20:13:05", CFH)],
    "Gemini": [("20:15:44", CFH)],
    "coinbase": [("20:19:21", CFH)],
    "CoinDesk": [("20:22:58", CFH), ("20:37:30", "We are giving back 5000 BTC together with "
                                                  "CryptoForHealth. Claim yours before it ends! "
                                                  "https://cryptoforhealth.com/")],
}

# account -> (event type, time) minutes before the first scam tweet
EVENTS_JULY = {
    "binance": [("email_changed", "20:04:51")],
    "Gemini": [("login_new_device", "20:09:30")],
    "CoinDesk": [("password_reset", "20:12:14"), ("login_new_device", "20:14:02")],
    "elonmusk": [("email_changed", "20:06:40"), ("login_new_device", "20:11:19")],
    "BillGates": [("password_reset", "20:27:45")],
    "BarackObama": [("login_new_device", "21:05:33")],
    "Apple": [("mfa_disabled", "20:58:02"), ("login_new_device", "21:01:26")],
    "kanyewest": [("recovery_codes_viewed", "21:15:09"), ("email_changed", "21:16:30")],
    "MikeBloomberg": [("password_reset", "21:19:58")],
}

ORDINARY_EN = [
    "Coffee first, then emails", "Anyone else's internet down?", "Finally finished that book",
    "Working from home day 120", "This heat is unreal", "New episode tonight, can't wait",
    "Made sourdough again, it's getting better", "Who else is watching the game?",
    "Masks on, people. Please.", "Took the dog to the lake, best decision today",
    "Can't believe it's already mid July", "Zoom call number 6 today", "Lunch: tacos. Obviously.",
    "Does anyone have a good podcast recommendation?", "My cat just knocked over my plant again",
    "Just got my first vaccine trial results letter, interesting read",
    "Wrote 2000 words today, feeling productive", "Rainy day playlist on repeat",
    "Thinking about learning to code this summer", "Traffic is back, and so is my bad mood",
    "Bitcoin stuck at 9.2k again, boring week", "Finally bought a proper desk chair",
    "Grocery prices are wild right now", "Happy birthday to my little brother!",
    "Trying to run 5k every day this month", "My kid's online school schedule makes no sense",
    "Thunderstorm tonight, power flickering", "Garden update: tomatoes are finally red",
    "I miss concerts so much", "Reading about the Mars mission launches this month",
    "Mac & cheese for dinner, no regrets", "this song <3", "Q&A with my team later today",
    "temps > 35C again, send help (and ice cream)",
]
ORDINARY_LANG = {
    "es": ["Qué calor hace hoy", "Por fin viernes", "Nuevo vídeo en mi canal, pasaos",
           "Alguien sabe si abre la piscina mañana?", "Tortilla con cebolla, siempre",
           "Hoy toca teletrabajo otra vez"],
    "pt": ["Bom dia pessoal", "Que saudade de viajar", "Hoje tem jogo do Flamengo",
           "Alguém recomenda uma série boa?", "Café e código, a combinação perfeita",
           "Chuva o dia inteiro aqui em São Paulo"],
    "fr": ["Enfin le week-end", "Il fait trop chaud à Paris", "Nouvel article sur mon blog",
           "Quelqu'un a vu le dernier épisode ?", "Les terrasses me manquent",
           "Réunion Zoom de deux heures, au secours"],
    "de": ["Endlich Feierabend", "Heute mal wieder Homeoffice", "Wer schaut heute das Spiel?",
           "Der Zug hat schon wieder Verspätung", "Grillen am Wochenende, wer ist dabei?",
           "Neues Buch angefangen, bisher super"],
}

FIRST = ["alex", "sam", "jordan", "casey", "riley", "morgan", "jamie", "taylor", "drew", "avery",
         "kim", "lee", "pat", "robin", "chris", "dana", "eli", "noa", "max", "luca", "sofia",
         "mateo", "lina", "omar", "yuki", "ivan", "zoe", "ben", "nina", "tom", "ada", "leo"]
LAST = ["smith", "garcia", "nguyen", "kowalski", "ibrahim", "okafor", "rossi", "muller",
        "silva", "tanaka", "brown", "lopez", "khan", "dubois", "novak", "jensen"]


def small_account(w: World, created_lo=2010, created_hi=2019, followers=(5, 3000), **kw):
    r = w.rng
    f, l = r.choice(FIRST), r.choice(LAST)
    handle = r.choice([f"{f}_{l}", f"{f}{l}{r.randrange(10, 99)}", f"{f}.{l[:3]}".replace(".", "_"),
                       f"{f}{r.randrange(1980, 2003)}"])
    name = f"{f.title()} {l.title()}"
    year = r.randrange(created_lo, created_hi + 1)
    created = dt.datetime(year, r.randrange(1, 13), r.randrange(1, 28), r.randrange(24),
                          r.randrange(60), r.randrange(60), tzinfo=UTC)
    client = kw.pop("client", r.choice(["Twitter for iPhone", "Twitter for Android",
                                        "Twitter Web App", "Twitter for iPhone"]))
    return Account(w, handle, name, created, r.randint(*followers), client=client,
                   hours=kw.pop("hours", (r.randrange(0, 12), r.randrange(14, 24))), **kw)


def make_july() -> World:
    w = World("july2020", SEED, 1_000_000, 1_283_000_000_000_000_000)
    r = w.rng
    day = ts("2020-07-15T00:00:00Z")

    def at(hms: str, exact: bool = False) -> dt.datetime:
        h, m, s = map(int, hms.split(":"))
        ms = 0 if exact else r.randrange(1000)
        return day.replace(hour=h, minute=m, second=s, microsecond=ms * 1000)

    famous = {}
    for username, name, created, followers, client, hours, _kind in FAMOUS:
        a = Account(w, username, name, created, followers, verified=True, client=client,
                    hours=hours, label="hijacked", following=r.randint(0, 400),
                    tweets=r.randint(3000, 40000))
        famous[username] = a
        n = r.randint(15, 22)
        crypto = username in ("binance", "coinbase", "Gemini", "CoinDesk")
        w.history(a, HIST[username], "2020-06-24T00:00:00Z", "2020-07-14T00:00:00Z", n,
                  expect="no_action" if crypto else "none",
                  why=("normal crypto business post from the account's usual client"
                       if crypto else "ordinary post from the account's usual client"))
        # A quiet morning post on the day itself, before the takeover.
        w.post(a, MORNING[username],
               w.usual_time(a, day).replace(hour=min(hours[0] + 1, 19)),
               expect="no_action" if crypto else "none",
               why="ordinary post on the day of the hijack, before it")

    for username, evs in EVENTS_JULY.items():
        for kind, hms in evs:
            w.event(famous[username], kind, at(hms))

    scams = []
    for username, posts in SCAM_JULY.items():
        for i, (hms, text) in enumerate(posts):
            urls = ["https://cryptoforhealth.com/"] if "cryptoforhealth" in text else []
            expect = "lock" if i == 0 else "takedown_or_lock"
            what = ("doubling offer with the scam address" if BTC_SCAM in text
                    else "'giving back 5000 BTC' giveaway linking the scam site")
            why = (f"@{username}: first scam tweet of a hijacked verified account "
                   f"(new client, {what})" if i == 0
                   else f"@{username}: follow-up scam tweet of an account already taken over")
            # elonmusk's tweets stay v2 so the README example line is easy to find.
            scams.append(w.post(famous[username], text, at(hms, exact=True), client="Twitter Web App",
                                urls=urls, label="scam", expect=expect, why=why,
                                **({"fmt": "v2"} if username == "elonmusk" else {})))

    # Twitter Support, news outlets and security researchers, with some history.
    support = Account(w, "TwitterSupport", "Twitter Support", "2007-12-17T18:32:07.000Z",
                      5_902_000, verified=True, client="Twitter Web App", hours=(14, 24))
    w.history(support, ["We're aware some people are having trouble loading Tweets. We're working on a fix.",
                        "Tip: you can turn on login verification in Settings and privacy. {url}",
                        "This is now fixed. Thanks for your patience."],
              "2020-07-01T00:00:00Z", "2020-07-14T00:00:00Z", 3)
    w.post(support, "We are aware of a security incident impacting accounts on Twitter. We are "
                    "investigating and taking steps to fix it. We will update everyone shortly.",
           at("22:45:12"), why="platform incident notice, no crypto")
    w.post(support, "You may be unable to Tweet or reset your password while we review and "
                    "address this incident.", at("23:08:40"),
           why="platform incident notice, no crypto")

    news = [Account(w, h, n, c, f, verified=True, client=cl, hours=(0, 24))
            for h, n, c, f, cl in [
                ("TechWireDaily", "TechWire Daily", "2010-02-11T09:00:00.000Z", 812_000, "SocialFlow"),
                ("LedgerNewsNow", "Ledger News", "2014-05-02T13:20:00.000Z", 233_000, "TweetDeck"),
                ("GlobalHeadlinesHQ", "Global Headlines", "2009-09-30T07:45:00.000Z", 3_410_000, "SocialFlow"),
                ("CyberBriefing", "The Cyber Briefing", "2016-01-19T16:00:00.000Z", 98_000, "Buffer"),
            ]]
    for a in news:
        w.history(a, ["Markets close higher as tech stocks rally {url}",
                      "Ransomware attack hits a US university {url}",
                      "New data breach exposes millions of records {url}",
                      "Bitcoin trades flat for the tenth straight day {url}",
                      "Interview: the future of remote work {url}"],
                  "2020-07-06T00:00:00Z", "2020-07-14T00:00:00Z", 3, expect="no_action",
                  why="news post")
    researchers = [Account(w, h, n, c, f, client=cl, hours=(0, 24))
                   for h, n, c, f, cl in [
                       ("malware_mia", "Mia (threat intel)", "2012-10-03T10:11:12.000Z", 24_800, "Twitter Web App"),
                       ("raj_threatintel", "Raj K", "2015-03-22T21:00:00.000Z", 9_300, "TweetDeck"),
                       ("0xSecJen", "Jen | blue team", "2013-07-07T07:07:07.000Z", 15_600, "Twitter for iPhone"),
                   ]]
    for a in researchers:
        w.history(a, ["New phishing kit targeting Office 365 users, IOCs in thread",
                      "Patch your VPN appliances, this one is being exploited in the wild",
                      "Great talk today on detection engineering",
                      "Reminder: threat intel is only useful if someone acts on it"],
                  "2020-07-03T00:00:00Z", "2020-07-14T00:00:00Z", 2)

    first = {p.author.username: p for p in reversed(scams)}
    reactions = [
        (news[0], "20:52:10", "Twitter accounts of Elon Musk, Bill Gates and others hacked in "
                               "Bitcoin scam {url}", None),
        (news[1], "20:29:44", "Binance, Coinbase, Gemini and CoinDesk accounts post identical "
                               "'CryptoForHealth' giveaway. The site is a scam, do not send BTC. {url}",
         None),
        (news[2], "21:19:03", "BREAKING: Verified accounts of Barack Obama, Joe Biden, Jeff Bezos "
                               "and Apple post 'double your Bitcoin' scam. The address "
                               f"{BTC_SCAM} has already received more than 12 BTC {{url}}", None),
        (news[3], "21:48:30", "Twitter is investigating after hijacked accounts told followers "
                               "'All Bitcoin sent to my address below will be sent back doubled'. "
                               "It's a scam. {url}", None),
        (news[2], "22:51:19", "Twitter says it is investigating a security incident after a wave "
                               "of hijacked verified accounts promoted a Bitcoin scam {url}", None),
        (researchers[0], "20:26:02", f"PSA: do not send anything to {BTC_SCAM}, it's a scam", None),
        (researchers[1], "20:24:41", "This is a scam. The account is compromised. Do NOT send BTC "
                                      f"to {BTC_SCAM}, the wallet already has ~$30k in it",
         first["elonmusk"]),
        (researchers[2], "21:40:12", f"Tracking the scam wallet {BTC_SCAM}: 300+ incoming "
                                      "transactions so far, > 12.8 BTC & counting. Every single one is a victim.",
         None),
        (researchers[0], "21:16:55", "Same address on Obama's account. This is a platform-level "
                                      "compromise, not individual passwords. Don't send anything.",
         first["BarackObama"]),
        (news[1], "21:12:20", "Now Apple and Uber. Do not send BTC: nobody doubles your bitcoin.",
         first["Apple"]),
    ]
    for a, hms, text, quoted in reactions:
        urls = []
        if "{url}" in text:
            text = text.replace(" {url}", "")
            urls = [f"https://www.{a.username.lower()}.example.com/2020/07/15/twitter-bitcoin-scam"]
        w.post(a, text, at(hms), kind="quote" if quoted else "orig", ref=quoted, urls=urls,
               expect="no_action",
               why=("security researcher quoting the scam to warn" if quoted and a in researchers
                    else "news account quoting the scam to report it" if quoted
                    else "researcher warning that names the scam address" if a in researchers
                    else "news report about the scam"))

    # ~32 small accounts retweeting scam tweets within minutes.
    for i in range(32):
        a = small_account(w)
        w.history(a, ORDINARY_EN, "2020-07-01T00:00:00Z", "2020-07-14T00:00:00Z", 1)
        target = r.choice(scams[:4] + scams)
        t = target.time + dt.timedelta(seconds=r.randint(25, 1500))
        w.post(a, "", t, kind="rt", ref=target,
               expect="no_action", why="retweet of a scam by an ordinary account: never lock the retweeter")

    # Replies to the scam tweets.
    reply_texts = ["is this real?", "is this for real??", "hacked?", "wait what",
                   "Sir your account has been hacked", "this is obviously a scam, don't fall for it",
                   "sent 0.05, where is my 0.1??", "lol no", "is this real? my friend just sent some",
                   "REPORT THIS", "someone at twitter is having a very bad day",
                   "why would a billionaire need my bitcoin", "Twitter pls fix",
                   "es real esto?", "c'est un hack ou quoi"]
    for i, text in enumerate(reply_texts):
        a = small_account(w, lang={13: "es", 14: "fr"}.get(i, "en"))
        target = r.choice(scams)
        t = target.time + dt.timedelta(seconds=r.randint(40, 900))
        crypto = any(k in text for k in ("bitcoin", "0.05", "scam"))
        w.post(a, text, t, kind="reply", ref=target,
               expect="no_action" if crypto else "none",
               why="reply reacting to a scam tweet")

    # Ordinary users going about their day, across all three weeks and the evening itself.
    for i in range(36):
        lang = "en" if i < 28 else ["es", "pt", "fr", "de"][i % 4]
        a = small_account(w, followers=(20, 9000), lang=lang)
        pool = ORDINARY_EN if lang == "en" else ORDINARY_LANG[lang]
        n = r.randint(2, 4)
        for text in r.sample(pool, n):
            d = ts("2020-07-01T00:00:00Z") + dt.timedelta(days=r.randrange(15))
            omit = []
            roll = r.random()
            if roll < 0.04:
                omit = ["source"]
            elif roll < 0.07:
                omit = ["user"]
            elif roll < 0.10:
                omit = ["followers"]
            w.post(a, text, w.usual_time(a, d), omit=omit,
                   expect="no_action" if "Bitcoin" in text else "none",
                   why="ordinary user" + (" (fields missing)" if omit else ""))
    # An ordinary user's own security events, followed by ordinary posts: never a lock.
    careful = small_account(w, followers=(200, 2000), client="Twitter for Android", hours=(6, 22))
    w.event(careful, "password_reset", at("18:02:11"))
    w.event(careful, "phone_changed", at("18:05:40"))
    w.event(careful, "login_new_device", at("18:06:02"))
    w.post(careful, "Changed my password and phone number, new phone who dis", at("18:09:30"),
           client="Twitter Web App", why="ordinary post right after the user's own security changes")
    w.post(careful, "ok seeing the news, glad I turned on 2FA today", at("21:35:12"),
           client="Twitter Web App", why="ordinary post after own security changes, no crypto")
    return w


# --------------------------------------------------------------------------------------------
# File 2: obfuscated scams (May 2021)
# --------------------------------------------------------------------------------------------


def fresh_account(w: World, handle, name, created, followers, client="Twitter Web App",
                  lang="en", label="scammer"):
    return Account(w, handle, name, created, followers, client=client, lang=lang, label=label,
                   following=w.rng.randint(0, 40), tweets=w.rng.randint(1, 30), hours=(0, 24))


def make_obfuscated() -> World:
    w = World("obfuscated", SEED, 2_000_000, 1_391_000_000_000_000_000)
    r = w.rng
    d = ts("2021-05-09T00:00:00Z")

    def at(day: int, hms: str) -> dt.datetime:
        h, m, s = map(int, hms.split(":"))
        return (d + dt.timedelta(days=day)).replace(hour=h, minute=m, second=s,
                                                    microsecond=r.randrange(1000) * 1000)

    # Famous accounts the scammers reply under (normal).
    vitalik = Account(w, "VitalikButerin", "vitalik.eth", "2011-08-29T09:00:00.000Z", 2_403_000,
                      verified=True, client="Twitter Web App", hours=(0, 24))
    cz = Account(w, "cz_binance", "CZ Binance", "2017-09-19T04:10:00.000Z", 3_512_000,
                 verified=True, client="Twitter for iPhone", hours=(0, 24))
    w.history(vitalik, ["Rollups are the way to scale in the short and medium term",
                        ("Donated the SHIB to charity. Big thanks to everyone who helped with the logistics.",
                         "no_action", "real donation news from an established account"),
                        "New blog post on proof of stake {url}", "Gas prices are too high, layer 2 will help"],
              "2021-05-01T00:00:00Z", "2021-05-09T00:00:00Z", 4, expect="no_action",
              why="crypto founder, ordinary post")
    w.history(cz, ["Funds are SAFU", "4", "Building through the bear and the bull",
                   "BSC daily transactions hit a new record {url}", "Stay humble, keep building"],
              "2021-05-01T00:00:00Z", "2021-05-09T00:00:00Z", 5, expect="no_action",
              why="exchange founder, ordinary post")
    anchors = sorted([p for p in w.items if isinstance(p, Post)], key=lambda p: p.time)

    # Hijacked mid-size accounts with history in their own language.
    maria = Account(w, "maria_beats", "María Beats 🎧", "2011-04-02T18:00:00.000Z", 243_000,
                    verified=True, client="Twitter for iPhone", lang="es", hours=(17, 24),
                    label="hijacked")
    tom = Account(w, "techwithtom", "Tech with Tom", "2013-09-14T12:00:00.000Z", 118_000,
                  client="Twitter for Android", lang="en", hours=(14, 22), label="hijacked")
    radio = Account(w, "radio_nordwelle", "Radio Nordwelle", "2010-01-20T08:00:00.000Z", 64_000,
                    verified=True, client="Hootsuite Inc.", lang="de", hours=(5, 18),
                    label="hijacked")
    w.history(maria, ["Gracias Madrid por esta noche increíble 🔥", "Nuevo single el viernes {url}",
                      "Ensayando para la gira", "Qué ganas de volver a los escenarios",
                      "Mi playlist de verano ya está en Spotify {url}", "Os quiero mucho",
                      "Entrevista en la radio mañana a las 10", "Directo en Instagram esta noche",
                      "Sesión de estudio hasta tarde", "Feliz domingo a todos"],
              "2021-04-24T00:00:00Z", "2021-05-08T00:00:00Z", 12,
              why="ordinary post from the account's usual client")
    w.history(tom, ["New video: I tested every budget mechanical keyboard {url}",
                    "Pixel vs iPhone camera test, results might surprise you",
                    "Livestream Saturday, bring questions", "My desk setup for 2021 {url}",
                    "Is 8GB RAM still enough? Let's talk", "Unboxing the new M1 iMac tomorrow",
                    "Thanks for 118k, you all are awesome", "Building a home server, part 2 {url}"],
              "2021-04-25T00:00:00Z", "2021-05-08T00:00:00Z", 11,
              why="ordinary post from the account's usual client")
    w.history(radio, ["Stau auf der A7 Richtung Hamburg, bitte umfahren",
                      "Das Wetter heute: sonnig, bis 19 Grad", "Jetzt im Programm: die Morgenshow",
                      "Gewinnspiel: wir verlosen Konzertkarten, ruft an! {url}",
                      "Nachrichten um 12: Stadtrat beschließt neuen Radweg {url}",
                      "Heute Abend: Talk mit dem Bürgermeister", "Guten Morgen, Norddeutschland!"],
              "2021-04-26T00:00:00Z", "2021-05-08T00:00:00Z", 10,
              why="ordinary post from the account's usual client")

    w.event(maria, "password_reset", at(0, "19:52:10"))
    w.event(maria, "login_new_device", at(0, "19:55:41"))
    w.event(tom, "email_changed", at(0, "22:01:03"))
    w.event(tom, "mfa_disabled", at(0, "22:03:27"))

    def scam(acc, text, t, first, why, **kw):
        why = f"@{acc.username}: " + (why if first else "follow-up scam post: " + why)
        return w.post(acc, text, t, label="scam", expect="lock" if first else "takedown_or_lock",
                      why=why, **kw)

    scam(maria, f"🚨 {cyr('SORTEO')} 🚨 Por la gira: envía 0.1 {cyr('BTC')} y te devuelvo el "
                f"doble 💸 Solo 30 minutos! {BTC_SCAM}", at(0, "20:03:55"), True,
         "hijacked account, Spanish doubling offer with Cyrillic homoglyphs", client="Twitter Web App")
    scam(maria, f"Ya he devuelto a 50 fans!! {cyr('Envía')} de 0.1 a 5 BTC a {BTC_SCAM} y te "
                f"devuelvo el {zw('doble')} al instante", at(0, "20:21:30"), False,
         "Spanish, homoglyphs and zero-width spaces", client="Twitter Web App")
    scam(tom, f"Celebrating 118k! {leet('Send')} 0.1-20 ETH to {ETH_EIP55} and I'll "
              f"{leet('double')} y0ur ETH instantly. Only 1 hour!! Not a joke.", at(0, "22:09:14"), True,
         "hijacked account, leetspeak doubling offer, ETH address", client="Twitter Web App")
    scam(tom, f"d0uble y0ur B1tc0in t00: send to {BTC_P2PKH} and get 2x back 🔁", at(0, "22:30:02"),
         False, "leetspeak, P2PKH address", client="Twitter Web App")
    scam(radio, f"{zw('Gewinnspiel')}: sende 0,05 bis 2 BTC an {BTC_SCAM}, ich {zw('schicke doppelt zurück')}! "
                "Nur heute, nur für unsere Hörer.", at(1, "03:12:40"), True,
         "hijacked account (no security event), German doubling offer with zero-width spaces",
         client="Twitter for iPhone")

    # Dedicated scam accounts: days old, tiny, unverified, impersonating names.
    dedicated = [
        ("EIonMusk_Giveaway", "Elon Musk", 3, 41, "en", anchors[-1],
         f"{cyr('Вitсоin')} giveaway! To celebrate SNL I'm giving 5,000 BTC back. Send 0.1-10 BTC to "
         f"{BTC_SCAM} and receive 2x back instantly", "Cyrillic homoglyphs, impersonating name"),
        ("elonmusk_x2event", "Elon Musk", 2, 12, "en", None,
         f"{fullwidth('DOUBLE YOUR DOGE')} 🐕 send 1,000-1,000,000 DOGE to {DOGE} and I send back "
         "double. 1 hour only", "fullwidth letters, DOGE address"),
        ("VitaIik_Buterin_", "Vitalik Buterin", 5, 88, "en", anchors[-2],
         f"{bold('ETH GIVEAWAY')}: send 0.5-50 ETH to {ETH_LOWER} and receive 2x back. "
         "Thank you for supporting Ethereum!", "mathematical bold letters, lowercase ETH address"),
        ("Brad_Garlinghouse_XRP", "Brad Garlinghouse", 4, 133, "en", None,
         f"{spaced('DOUBLE')} your XRP! Send 1,000-500,000 XRP to {XRP} and get {spaced('double')} back. "
         "Ends tonight.", "letter spacing, XRP address"),
        ("tron_foundation_x2", "TRON Foundation", 1, 7, "en", None,
         f"send🚀back🚀double: send TRX to {TRX} 🚀 we send back double 🚀 30 min",
         "emoji separators, TRX address"),
        ("solana_airdrops_", "Solana", 6, 176, "en", anchors[-3],
         f"{greek('SOL GIVEAWAY')} ☀️ send 5-500 SOL to {SOL} and get double back. "
         "Limited to first 1,000 participants", "Greek homoglyphs, SOL address"),
        ("charlie_ltc_gift", "Charlie Lee", 2, 23, "en", None,
         f"{zw('Litecoin')} 10th anniversary: send LTC to {LTC} & I'll {zw('double')} it back! <3",
         "zero-width spaces, LTC address"),
        ("cz_binance_regalo", "CZ Binance", 3, 59, "es", anchors[-4],
         f"Sorteo {cyr('Binance')}: envía 0.1 BTC y te devuelvo el doble 🎁 {BTC_P2PKH}",
         "Spanish, homoglyphs, P2PKH address"),
        ("elon_cadeau_btc", "Elon Musk", 2, 18, "fr", None,
         f"Pour fêter ça, envoyez de 0,1 à 20 BTC à {BTC_SCAM} et je vous {leet('renvoie')} le "
         "double ! 30 minutes seulement", "French, leetspeak"),
        ("tesla_verlosung", "Tesla Deutschland", 1, 4, "de", None,
         f"{spaced('Verlosung')}: sende 1 bis 50 ETH an {ETH_EIP55}, ich schicke doppelt zurück! ⚡",
         "German, letter spacing, ETH EIP-55"),
        ("elon_sorteio_btc", "Elon Musk", 3, 31, "pt", anchors[-5],
         f"Envie de 0,1 a 10 BTC para {BTC_SCAM} e devolvo o dobro 💰 {zw('Promoção', chr(0x200d))} "
         "só hoje!", "Portuguese, zero-width joiners"),
    ]
    t0 = at(0, "23:40:00")
    scam_accs = []
    for i, (handle, name, age, fol, lang, reply_to, text, why) in enumerate(dedicated):
        t = t0 + dt.timedelta(minutes=37 * i + r.randint(0, 20))
        acc = fresh_account(w, handle, name, t - dt.timedelta(days=age, hours=r.randint(1, 20)),
                            fol, client=r.choice(["Twitter Web App", "Twitter for Android"]),
                            lang=lang)
        scam_accs.append(acc)
        scam(acc, text, t, True, "dedicated scam account (days old, tiny): " + why,
             kind="reply" if reply_to else "orig", ref=reply_to,
             **({"fmt": "v2"} if i < 2 else {}))
        if i % 3 == 0:
            addr = next(a for a in ALL_ADDRESSES if a in text)
            scam(acc, f"Last chance!! {zw('double')} back guaranteed, send to {addr} now 🔥",
                 t + dt.timedelta(minutes=r.randint(5, 25)), False, "same dedicated account again")

    # A scam whose address fails its checksum: the text alone must still find it.
    broken = fresh_account(w, "bitcoin_x2_official", "Bitcoin", ts("2021-05-07T10:00:00Z"), 9)
    w.post(broken, f"Send 0.1-5 BTC to {BTC_BROKEN} and receive {cyr('double')} back within minutes! "
                   "Official Bitcoin event", at(1, "06:44:19"), label="scam",
           expect="takedown_or_lock",
           why="dedicated scam account; address fails checksum (must not count as an address), "
               "text alone is a doubling scam")

    # Coordinated campaign: 6 fresh accounts, near-identical text, one shared address, 20 minutes.
    base = at(1, "09:00:00")
    variants = [("0.5-25", "🎁", "https://eth-2x-event.com"), ("0.3-30", "🔥", "https://eth-x2.net"),
                ("1-50", "🎉", "https://ethereum-double.org"), ("0.5-25", "💎", "https://eth-2x-event.com"),
                ("0.2-20", "🚀", "https://eth-giveaway-live.com"), ("1-40", "⚡", "https://eth-x2.net")]
    for i, (amt, emo, url) in enumerate(variants):
        acc = fresh_account(w, f"eth_gift_{r.choice(['x', 'live', 'event', 'promo'])}{i}{r.randrange(100, 999)}",
                            "Ethereum", base - dt.timedelta(days=2, hours=i * 3), r.randint(0, 60))
        scam_accs.append(acc)
        w.post(acc, f"{emo} ETH giveaway {emo} Send {amt} ETH to {ETH_EIP55} and get 2x back instantly! "
                    f"Ends in 30 min {url}", base + dt.timedelta(minutes=3 * i, seconds=r.randint(0, 170)),
               urls=[url], label="scam", expect="lock",
               why=f"coordinated campaign ({i + 1}/6): fresh account, shared address, near-identical text")

    # Ordinary people in the same stream (some replying under the same famous posts).
    for i in range(10):
        lang = ["en", "es", "fr", "de", "pt"][i % 5]
        a = small_account(w, followers=(30, 5000), lang=lang)
        pool = ORDINARY_EN if lang == "en" else ORDINARY_LANG.get(lang, ORDINARY_EN)
        for text in r.sample(pool, 2):
            day = ts("2021-05-02T00:00:00Z") + dt.timedelta(days=r.randrange(7))
            w.post(a, text, w.usual_time(a, day),
                   expect="no_action" if "Bitcoin" in text else "none", why="ordinary user")
    return w


# --------------------------------------------------------------------------------------------
# File 3: hard negatives (early 2021)
# --------------------------------------------------------------------------------------------


def make_hard_negatives() -> World:
    w = World("hard-negatives", SEED, 3_000_000, 1_400_000_000_000_000_000)
    r = w.rng

    def at(day: str, hms: str) -> dt.datetime:
        return ts(f"2021-03-{day}T{hms}Z").replace(microsecond=r.randrange(1000) * 1000)

    NA = "no_action"
    btc_charity = bech32_p2wpkh(hashlib.sha256(b"reliefnow-donations").digest()[:20])
    assert bech32_ok(btc_charity)
    eth_charity = "0x" + hashlib.sha256(b"reliefnow-eth").hexdigest()[:40]

    traders = [small_account(w, 2013, 2018, (400, 25_000), lang=l) for l in ("en", "en", "es", "de")]
    for a in traders:
        w.history(a, ORDINARY_EN if a.lang == "en" else ORDINARY_LANG[a.lang],
                  "2021-02-20T00:00:00Z", "2021-03-01T00:00:00Z", 2)
    price = [
        (traders[0], "01", "14:02:11", "BTC doubled since March 🚀 what a year"),
        (traders[1], "02", "09:15:40", "ETH 2x since January, what a run"),
        (traders[0], "03", "18:30:05", "If you had put $1,000 into BTC last March you'd have "
                                        "more than doubled it. Not financial advice."),
        (traders[2], "04", "11:44:29", "El BTC se ha duplicado desde marzo, increíble"),
        (traders[3], "05", "07:20:51", "Mein ETH hat sich seit Januar verdoppelt. Verrückt."),
        (traders[1], "06", "22:03:17", "DOGE up 2x this week lol. I send my love to all the hodlers"),
    ]
    for a, day, hms, text in price:
        w.post(a, text, at(day, hms), expect=NA, why="price talk: doubling of a price, no offer")

    charity = Account(w, "ReliefNowOrg", "ReliefNow", "2012-05-14T12:00:00.000Z", 48_200,
                      verified=True, client="Sprinklr", hours=(12, 22))
    w.history(charity, ["Our teams are on the ground after the floods. Thank you for your support. {url}",
                        "Clean water reaches 3,000 more families this month.",
                        "Volunteer spotlight: meet Amina, who has served 400 meals this winter.",
                        "Annual report 2020 is out. {url}", "Emergency kits packed and shipped.",
                        "Thank you to every donor who made this possible."],
              "2021-02-01T00:00:00Z", "2021-03-05T00:00:00Z", 8)
    w.event(charity, "login_new_device", at("08", "15:01:12"))
    w.post(charity, f"Donate BTC: {btc_charity} to support our relief work. ETH: {eth_charity}. "
                    "Every donation is published in our transparency report.", at("08", "15:12:40"),
           urls=["https://reliefnow.example.org/crypto"], expect=NA,
           why="established charity posting its own donation addresses (after a benign new-device login)")
    w.post(charity, "We are giving back to the community: 1,200 hot meals served this week. "
                    "Thank you, volunteers!", at("10", "17:40:00"), expect="none",
           why="'giving back to the community' with no crypto")
    foodbank = Account(w, "CityFoodBank", "City Food Bank", "2010-10-10T10:00:00.000Z", 12_900,
                       client="Hootsuite Inc.", hours=(13, 21))
    w.history(foodbank, ["Drop-off hours this week: Mon-Fri 9 to 5.", "Thank you to our donors!"],
              "2021-02-15T00:00:00Z", "2021-03-01T00:00:00Z", 2)
    w.post(foodbank, "Giving back to our community this weekend: free groceries for 500 families. "
                     "Send this to anyone who needs it!", at("12", "14:00:00"), expect="none",
           why="'giving back' and 'send' with no crypto")

    exchange = Account(w, "NovaExchange", "Nova Exchange", "2017-06-01T00:00:00.000Z", 912_000,
                       verified=True, client="TweetDeck", hours=(0, 24))
    w.history(exchange, ["Scheduled maintenance tonight 02:00-03:00 UTC. Trading will pause.",
                         "New listing: GRT/USDT trading starts at 10:00 UTC {url}",
                         "Our weekly market recap is live {url}"],
              "2021-02-20T00:00:00Z", "2021-03-05T00:00:00Z", 3, expect=NA, why="exchange business post")
    w.post(exchange, "We will airdrop NOVA tokens to eligible holders on Friday, details on our blog",
           at("09", "10:00:00"), urls=["https://blog.novaexchange.example.com/nova-airdrop"],
           expect=NA, why="legitimate exchange airdrop announcement")
    w.post(exchange, "Reminder: Nova staff will never DM you, never ask you to send funds, and never "
                     "promise to double your crypto. Report impersonators.", at("11", "12:30:00"),
           expect=NA, why="exchange anti-scam reminder")

    news = [Account(w, h, n, c, f, verified=True, client="SocialFlow", hours=(0, 24), lang=l)
            for h, n, c, f, l in [("CryptoBeatNews", "CryptoBeat", "2015-02-02T00:00:00.000Z", 310_000, "en"),
                                  ("NoticiasCripto", "Noticias Cripto", "2017-08-08T00:00:00.000Z", 88_000, "es")]]
    w.post(news[0], "Scammers posing as Elon Musk promise to 'double any BTC payment'. The address "
                    f"{BTC_SCAM} has received $2M since July {{url}}".replace(" {url}", ""),
           at("03", "13:10:00"), urls=["https://cryptobeat.example.com/musk-scam"], expect=NA,
           why="news report quoting scam text and address")
    w.post(news[1], "Estafa en Twitter: 'envía 0.1 BTC y te devuelvo el doble'. No envíes nada a "
                    f"{BTC_P2PKH}.", at("04", "09:00:00"), expect=NA,
           why="Spanish news report quoting the scam and address")

    researcher = Account(w, "chainsleuth", "chain sleuth", "2014-11-11T00:00:00.000Z", 41_000,
                         client="TweetDeck", hours=(0, 24))
    w.post(researcher, f"PSA: scam wallet {ETH_EIP55} is collecting ETH from fake 'Vitalik giveaway' "
                       "replies. Do not send.", at("06", "16:20:00"), expect=NA,
           why="security researcher warning with the address")

    # Scam tweets that appear only inside includes (quoted or retweeted by ordinary accounts).
    fakes = []
    for handle, text, day in [
        ("EIonMusk_2x", f"I'm giving back 5,000 BTC! Send 0.1-20 BTC to {BTC_SCAM} and get double back", "05"),
        ("VitaIik_ETH_gift", f"Send 0.5-50 ETH to {ETH_EIP55} and receive 2x back. Thanks for supporting Ethereum!", "06"),
        ("elon_dobro_pt", f"Envie 0,1 BTC para {BTC_SCAM} e devolvo o dobro!", "07"),
    ]:
        a = fresh_account(w, handle, "Elon Musk" if "lon" in handle else "Vitalik Buterin",
                          at(day, "00:00:00") - dt.timedelta(days=2), r.randint(3, 90))
        fakes.append(w.post(a, text, at(day, "10:00:00"), label="scam", emitted=False))
    quotes = [
        (small_account(w, 2012, 2019, (100, 4000)), "SCAM! do not send. This is not Elon.", fakes[0]),
        (researcher, "Reported. Same address as the July 2020 wave, still active.", fakes[0]),
        (small_account(w, 2011, 2018, (100, 4000)), "Fake account, 2 days old. Report & block, do not send ETH.", fakes[1]),
        (small_account(w, 2014, 2019, (100, 4000), lang="pt"), "GOLPE! não envie nada, ninguém devolve o dobro", fakes[2]),
    ]
    for a, text, ref in quotes:
        w.post(a, text, ref.time + dt.timedelta(minutes=r.randint(10, 300)), kind="quote", ref=ref,
               lang=a.lang, expect=NA, why="quote of a scam tweet to warn people")
    for i in range(6):
        a = small_account(w, 2010, 2019, (20, 3000))
        w.history(a, ORDINARY_EN, "2021-03-01T00:00:00Z", "2021-03-04T00:00:00Z", 1)
        ref = fakes[i % 3]
        w.post(a, "", ref.time + dt.timedelta(minutes=r.randint(5, 200)), kind="rt", ref=ref,
               expect=NA, why="retweet of a scam by an ordinary account: never lock the retweeter")

    educators = [
        ("crypto_teacher", "en", "Thread: how giveaway scams work. Someone 'famous' says send 0.1 BTC "
                                 "and they'll send back double. No one will double your bitcoin. Ever."),
        ("aprende_cripto", "es", "Recordatorio: nadie te va a devolver el doble. Si alguien te dice "
                                 "'envía 0.1 BTC y te devuelvo el doble', es una estafa."),
        ("crypto_prof_fr", "fr", "Rappel : personne ne vous renverra le double. « Envoyez 0,1 BTC et "
                                 "je vous renvoie le double » = arnaque, toujours."),
        ("krypto_lehrer", "de", "Niemand schickt dir doppelt zurück. ‚Sende 0,1 BTC, ich schicke "
                                "doppelt zurück' ist immer Betrug."),
        ("cripto_escola", "pt", "Ninguém vai devolver o dobro. 'Envie 0,1 BTC e devolvo o dobro' é "
                                "golpe! Não caia nessa."),
    ]
    for i, (handle, lang, text) in enumerate(educators):
        a = Account(w, handle, handle.replace("_", " ").title(), f"201{i + 3}-04-0{i + 1}T12:00:00.000Z",
                    r.randint(5_000, 60_000), client="Twitter Web App", lang=lang, hours=(8, 20))
        w.post(a, text, at(f"{13 + i}", "15:00:00"), expect=NA,
               why=f"crypto educator explaining doubling scams ({lang})")

    q = small_account(w, 2016, 2019, (40, 600))
    w.post(q, "Is this legit? someone said send 1 BTC get 2 back", at("18", "20:11:00"), expect=NA,
           why="user asking whether a doubling offer is legit")
    newbie = fresh_account(w, "first_sats_anna", "Anna", ts("2021-03-16T09:00:00Z"), 12,
                           client="Twitter for iPhone", label="normal")
    w.post(newbie, "just bought my first 0.01 BTC, wish me luck", at("19", "10:05:00"), expect=NA,
           why="fresh tiny account talking about crypto without any offer")
    celeb = Account(w, "jazzstar_nina", "Nina Cole", "2009-08-01T00:00:00.000Z", 1_870_000,
                    verified=True, client="Twitter for iPhone", hours=(15, 24))
    w.history(celeb, ["Tour dates announced {url}", "Studio day", "Thank you Chicago!"],
              "2021-03-01T00:00:00Z", "2021-03-18T00:00:00Z", 3)
    w.post(celeb, "Okay I finally bought some bitcoin. Don't send me any though, and ignore anyone "
                  "in my replies promising to double it.", at("20", "21:30:00"), expect=NA,
           why="verified account talking about bitcoin, no offer")
    return w


# --------------------------------------------------------------------------------------------
# File 4: malformed input
# --------------------------------------------------------------------------------------------


def make_malformed() -> tuple[list[bytes], list[tuple[int, str]]]:
    w = World("malformed", SEED, 4_000_000, 1_500_000_000_000_000_000, v1_share=0.0)
    a = Account(w, "plain_paula", "Paula", "2015-01-01T00:00:00.000Z", 321)
    good = [w.post(a, t, ts(f"2021-06-01T1{i}:00:00Z"), fmt=f)
            for i, (t, f) in enumerate([("good line one", "v2"), ("good line & two", "v2"),
                                        ("good v1 line three", "v1"), ("good line four after the big one", "v2")])]
    w.event(a, "login_new_device", ts("2021-06-01T10:30:00Z"))
    w.finalize()
    ok = w.lines()  # post1, event, post2, post3, post4
    big = {"data": {"id": "1500000000000000099", "text": "A" * (2 * 1024 * 1024),
                    "author_id": a.id, "created_at": "2021-06-01T13:30:00.000Z"}}
    bad_utf8 = b'{"data":{"id":"1500000000000000090","text":"caf\xe9 \xff\xfe broken","author_id":"' + \
        a.id.encode() + b'","created_at":"2021-06-01T10:40:00.000Z"}}'
    rows: list[tuple[bytes, str | None]] = [
        (ok[0], None),
        (b'{"data":{"id":"1500000000000000091","text":"unterminated string}}', "invalid_json"),
        (ok[1], None),
        (b'{"data":{"id":"1500000000000000092","text":"trailing comma","author_id":"' + a.id.encode()
         + b'",}}', "invalid_json"),
        (bad_utf8, "invalid_utf8"),
        (b"", None),
        (b"[1,2]", "wrong_shape"),
        (ok[2], None),
        (b'{"errors":[{"title":"x"}]}', "wrong_shape"),
        (b'{"data":{"text":"a post with no id","author_id":"' + a.id.encode()
         + b'","created_at":"2021-06-01T11:10:00.000Z"}}', "wrong_shape"),
        (b'{"data":{"id":"1500000000000000093","text":"bad time","author_id":"' + a.id.encode()
         + b'","created_at":"yesterday at noon"}}', "wrong_shape"),
        (ok[3], None),
        (dumps(big, ascii_only=False), "too_large"),
        (ok[4], None),
    ]
    return [b for b, _ in rows], [(i + 1, why) for i, (_, why) in enumerate(rows) if why]


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


# The July 2020 sample is bundled with the binary (`replay --sample`), so it lives with the
# synthetic generator in src/synth/; the other fixtures live here.
SAMPLE_DIR = os.path.join(HERE, "..", "..", "src", "synth")


def write_lines(name: str, lines: list[bytes]) -> None:
    folder = SAMPLE_DIR if name == "july2020.jsonl" else HERE
    with open(os.path.join(folder, name), "wb") as f:
        for line in lines:
            f.write(line + b"\n")


def main() -> None:
    check_addresses()
    worlds = [make_july(), make_obfuscated(), make_hard_negatives()]
    files = ["july2020.jsonl", "obfuscated.jsonl", "hard-negatives.jsonl"]
    labels = [("kind", "id", "label")]
    expect = [("tweet_id", "expect", "why")]
    seen_accounts = set()
    for w, name in zip(worlds, files):
        w.finalize()
        write_lines(name, w.lines())
        for it in w.items:
            if isinstance(it, Post) and it.emitted:
                labels.append(("post", it.id, it.label))
                expect.append((it.id, it.expect, it.why))
        for acc in w.accounts:
            assert acc.id not in seen_accounts
            seen_accounts.add(acc.id)
            labels.append(("account", acc.id, acc.label))
    lines, bad = make_malformed()
    write_lines("malformed.jsonl", lines)
    with open(os.path.join(HERE, "malformed.expect.txt"), "w", newline="\n") as f:
        for n, why in bad:
            f.write(f"{n} {why}\n")
    for name, rows in (("labels.csv", labels), ("expect.csv", expect)):
        with open(os.path.join(HERE, name), "w", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
    for w, name in zip(worlds, files):
        posts = [p for p in w.items if isinstance(p, Post) and p.emitted]
        events = sum(isinstance(it, Event) for it in w.items)
        scams = sum(p.label == "scam" for p in posts)
        v1 = sum(p.fmt == "v1" for p in posts)
        accs = {k: sum(a.label == k for a in w.accounts) for k in ("hijacked", "scammer", "normal")}
        print(f"{name}: {len(posts)} posts ({scams} scam, {v1} v1), {events} account events, "
              f"accounts {accs}")
    print(f"expect.csv: {len(expect) - 1} rows; malformed.jsonl: {len(lines)} lines, {len(bad)} bad")


if __name__ == "__main__":
    main()

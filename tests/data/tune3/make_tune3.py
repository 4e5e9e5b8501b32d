#!/usr/bin/env python3
"""make_tune3.py - deterministic generator of the tune3 evaluation corpus.

Writes posts.jsonl (Twitter API v2 stream messages + account security events) and
labels.csv (kind,id,label).  Python 3.11 standard library only, fixed seed, no wall
clock: every run gives the same bytes.

usage: python3 make_tune3.py [--out DIR]      (default: the directory of this script)
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys

SEED = 720261128

# ---------------------------------------------------------------- Keccak-256
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data: bytes) -> bytes:
    """Original Keccak-256 (padding 0x01, as Ethereum uses), not SHA3-256."""
    rate = 136
    p = bytearray(data)
    p.append(0x01)
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        blk = p[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def keccak_selftest():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"


# ---------------------------------------------------------------- base58 / bech32
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58decode(s: str) -> bytes:
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload: bytes) -> str:
    return b58encode(payload + dsha(payload)[:4])


def b58check_decode(s):
    raw = b58decode(s)
    if len(raw) < 5 or dsha(raw[:-4])[:4] != raw[-4:]:
        return None
    return raw[:-4]


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def segwit_encode(hrp, ver, prog):
    const = 1 if ver == 0 else 0x2bc830a3
    data = [ver] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def segwit_verify(addr):
    """returns (version, program length) or None."""
    if addr.lower() != addr:
        return None
    pos = addr.rfind("1")
    hrp, rest = addr[:pos], addr[pos + 1:]
    if hrp != "bc" or len(rest) < 7 or any(c not in BECH for c in rest):
        return None
    data = [BECH.index(c) for c in rest]
    pm = _polymod(_hrp_expand(hrp) + data)
    ver = data[0]
    if (ver == 0 and pm != 1) or (ver != 0 and pm != 0x2bc830a3):
        return None
    prog = _convertbits(data[1:-6], 5, 8, False)
    return ver, len(prog)


def eip55(addr_hex40: str) -> str:
    low = addr_hex40.lower()
    h = keccak256(low.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(low))


class Mint:
    """Mints addresses from seeded random bytes."""

    def __init__(self, rng):
        self.r = rng
        self.count = {}

    def _b(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def _note(self, k):
        self.count[k] = self.count.get(k, 0) + 1

    def btc(self, kind=None):
        kind = kind or self.r.choices(["p2pkh", "p2sh", "bech32", "bech32m"], [3, 2, 4, 2])[0]
        self._note("btc_" + kind)
        if kind == "p2pkh":
            return b58check(b"\x00" + self._b(20))
        if kind == "p2sh":
            return b58check(b"\x05" + self._b(20))
        if kind == "bech32":
            return segwit_encode("bc", 0, self._b(20 if self.r.random() < .8 else 32))
        return segwit_encode("bc", 1, self._b(32))

    def eth(self):
        self._note("eth")
        return eip55(self._b(20).hex())

    def sol(self):
        self._note("sol")
        while True:
            a = b58encode(self._b(32))
            if len(a) >= 43:
                return a

    def tron(self):
        self._note("tron")
        return b58check(b"\x41" + self._b(20))

    def for_coin(self, coin):
        if coin == "BTC":
            return self.btc()
        if coin == "ETH":
            return self.eth()
        if coin == "SOL":
            return self.sol()
        if coin == "TRX":
            return self.tron()
        if coin == "USDT":
            return self.tron() if self.r.random() < .7 else self.eth()
        raise ValueError(coin)


def explorer(addr):
    if addr.startswith("0x"):
        return "https://etherscan.io/address/" + addr
    if addr.startswith("bc1") or addr[0] in "13":
        return ("https://mempool.space/address/" if len(addr) % 2 else "https://blockstream.info/address/") + addr
    if addr.startswith("T"):
        return "https://tronscan.org/#/address/" + addr
    return "https://solscan.io/account/" + addr


# ---------------------------------------------------------------- numbers
NUMFMT = {  # thousands separator, decimal separator
    "en": (",", "."), "ja": (",", "."), "ko": (",", "."), "zh": (",", "."),
    "es": (".", ","), "pt": (".", ","), "de": (".", ","), "it": (".", ","), "tr": (".", ","),
    "fr": ("\u202f", ","), "ru": ("\u00a0", ","), "ar": (",", "."),
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def fmt_num(x, lang, arabic_digits=False):
    th, dec = NUMFMT[lang]
    if abs(x - round(x)) < 1e-9:
        ip, fp = str(int(round(x))), ""
    else:
        s = ("%.4f" % x).rstrip("0").rstrip(".")
        ip, fp = s.split(".")
    if len(ip) > 4 or (len(ip) == 4 and lang not in ("es",)):
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = th.join(g)
    out = ip + (dec + fp if fp else "")
    if lang == "ar" and arabic_digits:
        out = out.replace(",", "٬").replace(".", "٫").translate(ARABIC_DIGITS)
    return out


COIN_RANGE = {  # min choices, max multiplier
    "BTC": [0.01, 0.05, 0.1, 0.2, 0.25, 0.5], "ETH": [0.1, 0.2, 0.5, 1, 2],
    "SOL": [2, 5, 10, 20, 25], "USDT": [100, 200, 500, 1000], "TRX": [1000, 2000, 5000],
}


# ---------------------------------------------------------------- obfuscation
PROTECTED = re.compile(r"(\{[A-Z]+\})")
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
LAT2CYR = dict(zip("aeopcxyiAEOPCXTHKMB", "аеорсхуіАЕОРСХТНКМВ"))
LAT2GRK = dict(zip("ovAEOPTXHIKMNZBYi", "ονΑΕΟΡΤΧΗΙΚΜΝΖΒΥι"))
CYR2LAT = {v: k for k, v in LAT2CYR.items() if k not in "iT"}
LEET = dict(zip("aeiostAEIOST", "431057431057"))
SEP_SYMS = ["🚀", "💰", "🔥", "✅", "💎", "•", "⚡", "🎁", "|", "✨", "➖", "🟢"]
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
OBF_KINDS = ["emoji_between", "letter_spaced", "zero_width", "homoglyph", "fullwidth",
             "leetspeak", "line_breaks"]


def _segments(text):
    return PROTECTED.split(text)  # odd indexes are placeholders


def _map_words(text, fn, wordre=r"[^\W\d_]{3,}"):
    parts = _segments(text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(wordre, lambda m: fn(m.group(0)), parts[i])
    return "".join(parts)


def obfuscate(text, kind, lang, r):
    cjk = lang in ("ja", "zh")
    if kind == "emoji_between":
        sym = r.choice(SEP_SYMS)
        spaced = r.random() < .5
        joiner = (" %s " % sym) if spaced else sym
        if cjk:
            text = re.sub(r"([\u3040-\u30ff\u4e00-\u9fff]{2})(?=[\u3040-\u30ff\u4e00-\u9fff])",
                          lambda m: m.group(1) + sym, text)
        return re.sub(r"(?<=\S) (?=\S)", joiner, text)
    if kind == "letter_spaced":
        parts = _segments(text)
        cand = [(i, m.start(), m.end()) for i in range(0, len(parts), 2)
                for m in re.finditer(r"[^\W\d_]{4,}" if not cjk else r"[\u3040-\u30ff\u4e00-\u9fff]{2,6}", parts[i])]
        pick = sorted(r.sample(cand, min(len(cand), r.randint(1, 3))), key=lambda t: (t[0], -t[1]))
        for i, s, e in pick:
            w = parts[i][s:e]
            parts[i] = parts[i][:s] + " ".join(w.upper() if r.random() < .5 else w) + parts[i][e:]
        return "".join(parts)
    if kind == "zero_width":
        def zw(w):
            if len(w) < 4 or r.random() < .3:
                return w
            k = r.randint(1, len(w) - 1)
            return w[:k] + r.choice(ZW) + w[k:]
        if cjk:
            return _map_words(text, zw, r"[\u3040-\u30ff\u4e00-\u9fffA-Za-z]{4,}")
        return _map_words(text, zw)
    if kind == "homoglyph":
        if lang == "ru":
            table = CYR2LAT
        else:
            table = LAT2CYR if r.random() < .65 else LAT2GRK

        def hg(w):
            if r.random() < .35:
                return w
            return "".join(table[c] if c in table and r.random() < .6 else c for c in w)
        return _map_words(text, hg)
    if kind == "fullwidth":
        def fw(w):
            if r.random() < .3:
                return w
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)
        return _map_words(text, fw, r"[A-Za-z0-9]{2,}")
    if kind == "leetspeak":
        def lt(w):
            if r.random() < .3:
                return w
            return "".join(LEET[c] if c in LEET and r.random() < .8 else c for c in w)
        return _map_words(text, lt, r"[A-Za-z]{3,}")
    if kind == "line_breaks":
        parts = _segments(text)
        for i in range(0, len(parts), 2):
            if cjk:
                pos = [m.start() for m in re.finditer(r"(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[\u3040-\u30ff\u4e00-\u9fff])", parts[i])]
                for p in sorted(r.sample(pos, min(len(pos), r.randint(1, 3))), reverse=True):
                    parts[i] = parts[i][:p] + "\n" + parts[i][p:]
            else:
                pos = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", parts[i])]
                for p in sorted(r.sample(pos, min(len(pos), r.randint(2, 4))), reverse=True):
                    parts[i] = parts[i][:p] + "\n" + parts[i][p + 1:]
        return "".join(parts)
    raise ValueError(kind)


def latin_heavy(lang):
    return lang in ("en", "es", "pt", "fr", "de", "it", "tr")


# ---------------------------------------------------------------- links
SCAM_TOK = ["elon", "musk", "tesla", "spacex", "vitalik", "eth", "saylor", "mstr", "binance",
            "binnance", "coinbase", "coinbasse", "kraken", "okx", "bybit", "ripple", "xrp",
            "metamask", "metamsk", "ledger", "trustwallet", "phantom", "solana", "cz", "btc"]
SCAM_WORD = {
    "dbl": ["giveaway", "gift", "x2", "double", "bonus", "promo", "event", "2x"],
    "event": ["live", "stream", "event", "conference", "tv"],
    "drain": ["airdrop", "claim", "mint", "rewards", "drop", "connect"],
    "valid": ["sync", "verify", "validate", "dapp", "secure", "restore"],
    "presale": ["presale", "launch", "listing", "token", "ico"],
    "recov": ["recovery", "support", "help", "refund", "assist"],
    "fee": ["withdraw", "payout", "release", "support"],
    "mentor": ["invest", "profit", "signals", "trade", "vip"],
}
SCAM_TLD = ["live", "org", "net", "com", "io", "app", "xyz", "site", "online", "top", "events",
            "gift", "claims", "pro", "vip", "cc"]
SCAM_PATH = ["", "", "", "/claim", "/live", "/event", "/x2", "/connect", "/?ref=gw", "/btc",
             "/eth", "/join", "/wallet", "/bonus"]


def scam_url(kind, r):
    words = SCAM_WORD.get(kind, SCAM_WORD["dbl"])
    tok, w = r.choice(SCAM_TOK), r.choice(words)
    shape = r.randint(0, 3)
    if shape == 0:
        host = "%s-%s.%s" % (tok, w, r.choice(SCAM_TLD))
    elif shape == 1:
        host = "%s%s.%s" % (tok, w, r.choice(SCAM_TLD))
    elif shape == 2:
        host = "%s.%s-%s.%s" % (w, tok, r.choice(["official", "global", "web3", "2026"]), r.choice(SCAM_TLD))
    else:
        host = "%s-%s%d.%s" % (tok, w, r.randint(2, 99), r.choice(SCAM_TLD))
    return "https://" + host + r.choice(SCAM_PATH)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def render_link(url, r, mode=None):
    """returns (text shown, entity dict or None, mode)."""
    mode = mode or r.choices(["tco", "raw", "bare"], [55, 30, 15])[0]
    if mode == "tco":
        short = "https://t.co/" + "".join(r.choice(ALNUM) for _ in range(10))
        disp = url.split("://", 1)[1]
        return short, {"url": short, "expanded_url": url,
                       "display_url": disp if len(disp) <= 26 else disp[:25] + "…"}, mode
    if mode == "raw":
        return url, ({"url": url, "expanded_url": url} if r.random() < .5 else None), mode
    bare = url.split("://", 1)[1]
    return bare, None, mode


# ---------------------------------------------------------------- language data
# Sentences written directly in each language from general knowledge of publicly
# reported scam schemes.  scam: (kind, local_shape, text); benign: (kind, text).
IMPERS = ["Elon Musk", "Vitalik Buterin", "Michael Saylor", "Changpeng Zhao", "Brad Garlinghouse",
          "Cathie Wood", "Charles Hoskinson", "Tesla", "SpaceX", "MicroStrategy", "Ripple"]
EXCHS = ["Binance", "Coinbase", "Kraken", "OKX", "Bybit"]
WALLETS = ["MetaMask", "Ledger", "Trust Wallet", "Phantom", "Exodus"]
L = {}

L["en"] = dict(
    mult2=["2X", "double", "twice the amount", "x2", "200%"], mult3=["3X", "triple", "x3"],
    rows=["{a} {c} → {b} {c}", "Send {a} {c} ➡️ Get {b} {c}", "{a} {c} => {b} {c}", "✅ {a} {c} -> {b} {c}"],
    first=["Emily", "Grace", "Sophia", "Chloe", "Ava", "Olivia", "Kevin", "Ryan", "Daniel", "Marcus"],
    last=["Whitfield", "Carraway", "Holloway", "Pennington", "Ashby", "Marlow", "Drayton", "Keane"],
    scam=[
        ("dbl", 0, "🚨 {NAME} GIVEAWAY 🚨\nTo celebrate the launch we are giving away {TOTAL} to the community. Send from {MIN} to {MAX} {COIN} to the address below and receive {MULT} back instantly.\n{ADDR}"),
        ("dbl", 0, "I'm giving back to everyone who supported me. For the next {MINS} minutes any {COIN} sent to {ADDR} will be sent back {MULT}. Only the first {N} transactions count!"),
        ("dbl", 0, "Official {EXCH} anniversary event 🎉\n{TABLE}\nDeposit address: {ADDR}\nPayouts are automatic within 10 minutes."),
        ("dbl_link", 0, "We've partnered with {NAME} to distribute {TOTAL}. Participate and get {MULT} your {COIN} here 👉 {LINK} Ends in {HRS} hours."),
        ("event", 0, "🔴 LIVE NOW: {NAME} on the future of {COIN}. During the stream every deposit is returned {MULT}. Scan the QR code on screen or join at {LINK}"),
        ("drain", 0, "The {COIN} community airdrop is live! Eligible wallets can claim their share before the snapshot closes. Connect your wallet: {LINK}"),
        ("drop", 0, "Drop your {COIN} address below 👇 I'm sending {AMT} to the first {N} people who follow + retweet. A small activation fee of {FEE} applies to release the payout."),
        ("valid", 0, "⚠️ {BRAND} notice: all wallets must be synchronized with the new network upgrade within {HRS} hours or assets may be frozen. Validate yours here: {LINK}"),
        ("recov", 0, "Lost funds to a fake investment or a hacked wallet? Our certified recovery team traced and returned over $4M this year. Contact {HANDLE} or WhatsApp {WA}"),
        ("fee", 0, "Dear user, your withdrawal of {AMT} has been approved. To release the funds, a one-time network tax of {FEE} must be paid first. Support: {TG}"),
        ("testi", 0, "Can't believe it actually worked 😱 sent {AMT} to the {NAME} event and got {AMT2} back within minutes! Still running: {LINK}"),
        ("mentor", 0, "I turned $500 into $38,000 in 6 weeks with my mentor's signals. Guaranteed {PCT}% weekly, zero risk. DM {HANDLE} and tell her I sent you 🙏"),
        ("pig", 0, "Hi, I think I messaged the wrong person, but you seem nice 😊 I'm {FIRST}, I work in finance in Singapore. Do you know much about crypto trading?"),
        ("presale", 0, "{COIN}X presale is LIVE 🚀 Listing on {EXCH} confirmed next week at 20x the presale price. Get in before it's too late: {LINK}"),
        ("dbl", 1, "BREAKING: {NAME} confirms the {COIN} giveaway is real. Payouts are verified on-chain, check it yourself: {EXPL}\nSend {MIN}–{MAX} {COIN}, receive {MULT}."),
        ("drop", 1, "GM fam ☀️ dropping $50 in {COIN} to everyone who likes + comments their wallet address. No catch, I just got lucky this cycle 💎 First {N} only"),
        ("recov", 1, "If you got scammed, don't panic. I was in the same spot until {HANDLE} helped me get everything back in 48 hours. Legit and honest 💯 email {MAIL}"),
        ("fee", 1, "Your account was flagged for a pending payout of {AMT}. Complete KYC and pay the {FEE} gas deposit at {LINK} to unlock it today."),
        ("mentor", 1, "Tired of losing money? Join my private trading group, 40+ members pulling 5-figure profits every week. Spots limited, DM 'READY' or tap {TG}"),
        ("drain", 1, "🎁 Free mint for early supporters! 3,333 pieces, zero gas. Connect wallet & claim at {LINK} — whitelist closes in {MINS} min"),
    ],
    benign=[
        ("news", "Scammers took over the account of a popular cooking show on Tuesday and told followers that any {COIN} sent to {ADDR} would be returned {MULT}. On-chain data shows the address received {AMT} before the posts were deleted."),
        ("news", "Police say victims lost $210,000 to a fake \"{NAME} live giveaway\" that promised to double every deposit. The stream was a recycled interview from 2022."),
        ("news", "Regulators warned on Monday about a wave of fake {EXCH} 'withdrawal tax' messages. Victims were told to pay {FEE} before they could access balances that never existed."),
        ("research", "Tracking a new doubling-scam wallet: {ADDR}\n{N} incoming transfers in the last 24h, funds already moved out. Please report any post that shares it. {EXPL}"),
        ("research", "Drainer alert: fake '{BRAND} sync' pages are asking users to 'validate' their wallets. Signing that request hands over token approvals. Revoke approvals if you clicked. Domain seen: {SDOM}"),
        ("warn", "Reminder: nobody — not {NAME}, not an exchange, not a celebrity — will double your crypto. If a post says 'send {MIN} get {MAX} back', it is a scam. Every time."),
        ("warn", "Real support staff will never DM you first, ask for your seed phrase, or tell you to pay a 'tax' before a withdrawal. Block and report."),
        ("donation", "Our flood-relief fund now accepts crypto. Every donation goes to families in the valley.\nBTC: {ADDR}\nReceipts and monthly reports: {LLINK}"),
        ("exchange", "New on {ORG}: a 10% trading-fee rebate for your first 30 days. No deposit minimum, full terms at {LLINK}"),
        ("rtg", "GIVEAWAY 🎁 We're giving away 3 signed jerseys! To enter: follow us + retweet this post. Winners picked Friday. No purchase, no payment, ever."),
        ("price", "{COIN} basically doubled since January. If you'd told me that in the winter I would have laughed."),
        ("tipjar", "If this thread helped you, tips are welcome but never expected ☕ {ADDR}"),
        ("payback", "@{FRIEND} sent you {AMT} for the concert tickets, check your wallet 👍"),
        ("nft", "Our charity NFT collection mints Thursday 18:00 UTC on {LLINK}. Price 0.02 ETH, proceeds go to the shelter. We will NEVER DM you a mint link."),
        ("joke", "Send me 1 BTC and I'll send you 2 BTC back. Trust me bro. (This is a joke. If anyone ever says this for real, run.)"),
        ("joke", "My grandma asked if Elon was really doubling bitcoin on a livestream. Proud to report she sent nothing and blocked the account."),
    ],
    askreal=["@{U} is this real?? my cousin says he got double back", "@{U} wait, is this actually you or did you get hacked?", "@{U} Reported. Everyone: this account is compromised, do not send anything."],
    quote=["This is a scam. The account was hijacked. Do NOT send anything to that address.", "A verified account posting this is wild. 'Double your crypto' = scam, 100% of the time.", "Classic giveaway scam. The 'first {N} only' part is there to rush you."],
    victim=["Got scammed out of {AMT} yesterday by a 'support agent' on Telegram. Lesson learned the hard way.", "Is there any legit way to recover crypto sent to a scammer? Lost {AMT} to a fake giveaway.", "My wallet got drained after I connected it to an 'airdrop' site. Everything is gone."],
    notice=["Our account was hacked earlier today. Please ignore any posts about crypto giveaways — they were not from us. We're working with the platform to secure it.", "Hey all, my account got compromised last night. I would never ask you to send crypto. Please don't click anything posted in the last few hours.", "Access restored. The crypto posts were made by someone who took over this account. Sorry to anyone who was targeted."],
    history=["Thank you for an amazing night, you were incredible! ❤️", "New episode drops Friday. This one was a lot of fun to make.", "Rainy Sunday, coffee and a good book. Perfect.", "We're hiring! Looking for a community manager to join the team.", "Back in the studio today 🎶", "Huge thanks to everyone who came to the market this weekend.", "Training done, legs gone. See you Saturday!"],
)

L["es"] = dict(
    mult2=["el doble", "el doble de lo enviado", "x2"], mult3=["el triple", "x3"],
    rows=["{a} {c} → {b} {c}", "Envías {a} {c} ➡️ Recibes {b} {c}", "{a} {c} = {b} {c}"],
    first=["Lucía", "Valentina", "Camila", "Sofía", "Martina", "Carlos", "Andrés", "Javier", "Mateo"],
    last=["Ferrán", "Olmedo", "Quiroga", "Castañeda", "Ibarra", "Solís", "Montoya", "Urrutia"],
    scam=[
        ("dbl", 0, "🔥 SORTEO OFICIAL DE {NAME} 🔥\nPara celebrar el récord de {COIN}, repartimos {TOTAL}. Envía entre {MIN} y {MAX} {COIN} y te devolvemos {MULT} al instante.\n👉 {ADDR}"),
        ("dbl", 0, "Solo durante los próximos {MINS} minutos: cada {COIN} que llegue a esta dirección se devuelve multiplicado por dos. Máximo {N} participantes.\n{ADDR}"),
        ("dbl", 0, "¡Gracias por los 10 años de {EXCH}! Tabla de devoluciones:\n{TABLE}\nDirección de depósito: {ADDR}"),
        ("dbl_link", 0, "Nos hemos unido a {NAME} para regalar {TOTAL} a la comunidad hispana. Duplica tus {COIN} aquí: {LINK} ⏳ Quedan {HRS} horas."),
        ("event", 0, "🔴 EN DIRECTO: {NAME} habla del futuro de las criptomonedas. Mientras dure la transmisión, cada depósito se devuelve {MULT}. Escanea el código QR o entra en {LINK}"),
        ("drain", 0, "El airdrop de {COIN} ya está activo 🪂 Las billeteras elegibles pueden reclamar su parte antes del cierre. Conecta tu wallet: {LINK}"),
        ("drop", 0, "Deja tu dirección de {COIN} en los comentarios 👇 Los primeros {N} reciben {AMT} gratis. ¡Sígueme y activa las notificaciones!"),
        ("valid", 0, "Aviso de {BRAND}: tu billetera debe sincronizarse con la nueva red en menos de {HRS} horas o tus fondos quedarán bloqueados. Valídala aquí: {LINK}"),
        ("recov", 0, "¿Perdiste tus criptos en una estafa? Nuestro equipo de hackers éticos recupera fondos en 72 h. Escríbenos por WhatsApp al {WA} o a {MAIL}"),
        ("fee", 0, "Estimado cliente: su retiro de {AMT} ha sido aprobado, pero antes debe abonar un impuesto de {FEE} para liberarlo. Soporte: {TG}"),
        ("testi", 0, "No lo podía creer 😱 mandé {AMT} al evento de {NAME} y a los diez minutos me llegaron {AMT2}. ¡Todavía sigue activo! {LINK}"),
        ("mentor", 0, "Gracias a mi mentora pasé de 300 a 9.000 dólares en dos meses. Rentabilidad garantizada del {PCT} % semanal, sin riesgo. Escríbele a {HANDLE} de mi parte 🙏"),
        ("pig", 0, "Hola, perdona, creo que me equivoqué de persona 😅 Soy {FIRST}, vivo en Madrid y trabajo en inversiones. ¿De dónde eres?"),
        ("presale", 0, "Preventa de {COIN} Gold en marcha 🚀 Listado confirmado en {EXCH} a 15 veces el precio actual. Compra antes de que suba: {LINK}"),
        ("mentor", 1, "¿Querés generar ingresos desde tu casa? 💸 Con mi método de trading ganás desde el primer día aunque no sepas nada. Cupos limitados, escribime al {WA} 🇦🇷"),
        ("mentor", 1, "Compro y vendo USDT por P2P con ganancia fija del {PCT} % diario. Invierte desde 50 USDT, retiros todos los viernes. Info: {TG}"),
        ("recov", 1, "Si te estafaron con criptomonedas no estás solo. Un abogado especialista me ayudó a recuperar todo. Contacta con {HANDLE}, es de total confianza 💯"),
        ("fee", 1, "Felicidades 🎉 Usted ha sido seleccionado como ganador de {AMT}. Para recibir la transferencia solo debe cubrir los gastos de gestión ({FEE}) en la dirección {ADDR}"),
        ("dbl", 1, "Hermanos, {NAME} está regalando {COIN} 🤑 mandé {MIN} y me devolvieron el doble, de verdad. Aprovechen antes de que se acabe: {ADDR}"),
        ("drain", 1, "Reclama tu NFT gratuito del Mundial 2026 ⚽ Solo conecta tu billetera y paga el gas. Quedan {N} unidades: {LINK}"),
    ],
    benign=[
        ("news", "La cuenta de un conocido club de fútbol fue hackeada el martes: los atacantes prometían devolver el doble de cualquier {COIN} enviado a {ADDR}. Según los datos de la cadena, la dirección recibió {AMT} antes de que se borraran los mensajes."),
        ("news", "La policía detuvo a tres personas acusadas de estafar 2,3 millones de euros con falsas emisiones en directo de «{NAME}» que prometían duplicar las criptomonedas de los espectadores."),
        ("news", "Los afectados contaron que les exigían pagar {FEE} en concepto de «impuesto de retiro» para acceder a unos saldos que nunca existieron."),
        ("research", "Nueva billetera vinculada a la estafa del «envía 1, recibe 2»: {ADDR}\nYa suma {N} transferencias entrantes. Si la veis en alguna publicación, denunciadla. {EXPL}"),
        ("research", "Ojo con las páginas falsas de «sincronización» de {BRAND} ({SDOM}): al firmar la solicitud le das permisos a un drenador. Si hiciste clic, revoca los permisos cuanto antes."),
        ("warn", "Nadie te va a duplicar tus criptomonedas. Ni {NAME}, ni un exchange, ni un famoso. Si alguien te pide que envíes primero, es una estafa."),
        ("warn", "El soporte real nunca te escribe primero ni te pide pagar un «impuesto» para poder retirar tu dinero. Bloquea y denuncia."),
        ("donation", "Nuestra campaña para los damnificados por las inundaciones ya acepta donaciones en cripto.\nBTC: {ADDR}\nPublicamos cada recibo en {LLINK}"),
        ("exchange", "Nuevo en {ORG}: reembolso del 10 % en comisiones durante tus primeros 30 días. Sin depósito mínimo. Bases y condiciones en {LLINK}"),
        ("rtg", "🎁 ¡SORTEO! Regalamos 3 camisetas firmadas. Para participar: síguenos y haz RT a este post. Ganadores el viernes. Jamás te pediremos dinero ni datos bancarios."),
        ("price", "El {COIN} prácticamente se duplicó desde enero. Si me lo decís en diciembre, no te lo creo."),
        ("tipjar", "Si el hilo te sirvió, acepto un cafecito ☕ (nunca es obligatorio): {ADDR}"),
        ("payback", "@{FRIEND} ahí te mandé {AMT} de la cena del sábado, ¡estamos a mano!"),
        ("nft", "Nuestra colección solidaria de NFT se acuña el jueves a las 18:00 UTC en {LLINK}. Precio: 0,02 ETH y lo recaudado va al refugio. NUNCA te enviaremos un enlace por MD."),
        ("joke", "Mándame 1 BTC y te devuelvo 2. Palabra de honor. (Es broma: si alguien te dice esto en serio, sal corriendo.)"),
    ],
    askreal=["@{U} ¿esto es real? mi primo dice que le devolvieron el doble", "@{U} ¿te hackearon la cuenta? esto no parece tuyo", "@{U} Denunciado. Gente, NO envíen nada, la cuenta está comprometida."],
    quote=["Esto es una estafa, la cuenta fue hackeada. No envíen nada a esa dirección.", "Que una cuenta verificada publique esto es de locos. Duplicar cripto = estafa, siempre.", "La típica estafa del sorteo: lo de «solo los primeros {N}» es para meter prisa."],
    victim=["Ayer me estafaron {AMT} con un supuesto «agente de soporte» en Telegram. Aprendí por las malas.", "¿Hay alguna forma legal de recuperar cripto enviada a un estafador? Perdí {AMT} en un sorteo falso.", "Conecté mi billetera a una página de airdrop y me la vaciaron entera. No me queda nada."],
    notice=["Nuestra cuenta fue hackeada esta mañana. Ignoren cualquier publicación sobre sorteos de criptomonedas: no somos nosotros. Ya estamos trabajando para recuperarla.", "Me hackearon la cuenta anoche. Jamás les pediría que me manden cripto. Por favor, no hagan clic en nada de lo publicado en las últimas horas.", "Ya recuperamos el acceso. Los mensajes sobre cripto los publicó quien tomó el control de la cuenta. Perdón a quien haya sido engañado."],
    history=["¡Gracias por una noche increíble, Valencia! Sois los mejores ❤️", "El viernes sale el nuevo episodio. Nos lo pasamos genial grabándolo.", "Domingo de lluvia, café y un buen libro. Plan perfecto.", "¡Buscamos community manager! Envíanos tu CV antes del día 20.", "Hoy de vuelta al estudio 🎶", "Mil gracias a todos los que pasasteis por el mercadillo este finde."],
)

L["pt"] = dict(
    mult2=["em dobro", "o dobro", "2x"], mult3=["o triplo", "3x"],
    rows=["{a} {c} → {b} {c}", "Envie {a} {c} ➡️ Receba {b} {c}", "{a} {c} = {b} {c} ✅"],
    first=["Ana", "Juliana", "Larissa", "Beatriz", "Fernanda", "Rafael", "Thiago", "Lucas", "Bruno"],
    last=["Figueiredo", "Campos", "Barreto", "Nogueira", "Teixeira", "Moura", "Vasconcelos"],
    scam=[
        ("dbl", 0, "🚨 SORTEIO OFICIAL {NAME} 🚨\nPara comemorar, vamos distribuir {TOTAL}. Envie de {MIN} a {MAX} {COIN} e receba {MULT} na hora.\nEndereço: {ADDR}"),
        ("dbl", 0, "Nos próximos {MINS} minutos, todo {COIN} enviado para {ADDR} volta {MULT}. Só valem as primeiras {N} transações!"),
        ("dbl", 0, "Evento de aniversário {EXCH} 🎉\n{TABLE}\nDeposite em: {ADDR}\nPagamento automático em até 10 minutos."),
        ("dbl_link", 0, "Em parceria com {NAME}, estamos devolvendo {MULT} todo {COIN} recebido. Participe: {LINK} ⏰ Faltam {HRS} horas."),
        ("event", 0, "🔴 AO VIVO: {NAME} fala sobre o futuro do {COIN}. Durante a live, cada depósito volta {MULT}. Escaneie o QR code na tela ou acesse {LINK}"),
        ("drain", 0, "Airdrop da comunidade {COIN} liberado 🪂 Carteiras elegíveis podem resgatar antes do snapshot. Conecte sua carteira: {LINK}"),
        ("drop", 0, "Deixa o endereço da sua carteira {COIN} aqui embaixo 👇 os {N} primeiros ganham {AMT}. Segue e ativa o sininho!"),
        ("valid", 0, "Aviso {BRAND}: sua carteira precisa ser sincronizada com a atualização da rede em até {HRS} horas, senão os ativos serão congelados. Valide aqui: {LINK}"),
        ("recov", 0, "Caiu em golpe de cripto? Nossa equipe recupera seus fundos em até 72h com rastreamento na blockchain. Chama no WhatsApp {WA} ou escreve para {MAIL}"),
        ("fee", 0, "Prezado cliente, seu saque de {AMT} foi aprovado. Para liberar, é necessário pagar antes a taxa de imposto de {FEE}. Suporte: {TG}"),
        ("testi", 0, "Gente, funcionou mesmo 😱 mandei {AMT} no evento do {NAME} e recebi {AMT2} em minutos! Ainda tá rolando: {LINK}"),
        ("mentor", 0, "Com a mentoria da {FIRST} saí de R$ 500 para R$ 32.000 em seis semanas. Lucro garantido de {PCT}% por semana. Chama {HANDLE} e fala que fui eu que indiquei 🙏"),
        ("pig", 0, "Oi, acho que mandei mensagem pra pessoa errada 😅 mas você parece legal. Sou {FIRST}, trabalho com investimentos em Lisboa. Você entende de cripto?"),
        ("presale", 0, "Pré-venda do {COIN} Plus aberta 🚀 Listagem na {EXCH} confirmada a 20x o preço atual. Garanta o seu: {LINK}"),
        ("mentor", 1, "💰 RENDA EXTRA SEM SAIR DE CASA 💰 Ganhe até R$ 1.500 por dia com robô de trading. Saque via PIX na hora! Vagas limitadas, chama no {WA}"),
        ("mentor", 1, "Investimento em cripto rendendo {PCT}% ao dia 📈 Deposita via PIX e saca quando quiser. Comprovantes no grupo: {TG}"),
        ("fee", 1, "Parabéns! Seu saldo de {AMT} está disponível para saque, mas consta uma pendência na Receita. Pague a taxa de liberação de {FEE} via PIX e receba ainda hoje."),
        ("recov", 1, "Quem caiu no golpe do falso suporte, procura o {HANDLE}. Ele recuperou meu dinheiro todinho, super confiável 🙌"),
        ("testi", 1, "Gratidão 🙏 meu saque de {AMT2} caiu hoje! Investi só {AMT} com a equipe do {HANDLE}. Quem quiser aprender, me chama!"),
        ("drain", 1, "NFT grátis da Seleção 🇧🇷 para os primeiros {N} torcedores! Conecta a carteira e resgata: {LINK}"),
    ],
    benign=[
        ("news", "A conta de uma rede de farmácias foi invadida nesta terça: os criminosos prometiam devolver em dobro qualquer {COIN} enviado para {ADDR}. Segundo dados da blockchain, o endereço recebeu {AMT} antes de os posts serem apagados."),
        ("news", "A Polícia Civil prendeu quatro suspeitos de aplicar o golpe da falsa live de \"{NAME}\", que prometia dobrar o valor depositado. O prejuízo passa de R$ 2 milhões."),
        ("news", "Vítimas relatam que precisavam pagar uma \"taxa de liberação\" de {FEE} para sacar saldos que nunca existiram. A corretora citada nos golpes nega qualquer ligação."),
        ("research", "Nova carteira ligada ao golpe do \"mande 1, receba 2\": {ADDR}\n{N} transferências recebidas nas últimas 24 horas. Denuncie se vir esse endereço. {EXPL}"),
        ("research", "Cuidado com páginas falsas de \"sincronização\" da {BRAND} ({SDOM}): assinar a solicitação dá permissão para um drainer esvaziar sua carteira. Revogue as permissões se clicou."),
        ("warn", "Ninguém vai dobrar o seu cripto. Nem o {NAME}, nem corretora, nem famoso. Se pedem para você mandar primeiro, é golpe."),
        ("warn", "Suporte de verdade não te chama no privado e não cobra taxa para liberar saque. Bloqueia e denuncia."),
        ("donation", "Nossa campanha para as vítimas das enchentes agora aceita doações em cripto.\nBTC: {ADDR}\nPrestação de contas em {LLINK}"),
        ("exchange", "Novidade na {ORG}: 10% de cashback nas taxas de negociação nos primeiros 30 dias. Sem depósito mínimo. Regulamento: {LLINK}"),
        ("rtg", "🎁 SORTEIO! Vamos dar 3 camisas autografadas. Para participar: siga o perfil e dê RT neste post. Resultado na sexta. Nunca pedimos pagamento."),
        ("price", "O {COIN} praticamente dobrou desde janeiro. Se alguém me falasse isso no fim do ano passado eu ia rir."),
        ("tipjar", "Se a thread te ajudou, aceito um cafezinho ☕ (nunca obrigatório): {ADDR}"),
        ("payback", "@{FRIEND} te mandei {AMT} da pizza de ontem, confere aí 👍"),
        ("nft", "Nossa coleção beneficente de NFTs será cunhada na quinta às 18h UTC em {LLINK}. Preço: 0,02 ETH, tudo vai para o abrigo. NUNCA mandamos link por DM."),
        ("joke", "Me manda 1 BTC que eu te devolvo 2. Confia. (É piada. Se alguém falar isso sério, corre.)"),
    ],
    askreal=["@{U} isso é verdade?? meu primo disse que recebeu em dobro", "@{U} hackearam sua conta? isso não parece você", "@{U} Denunciado. Pessoal, NÃO mandem nada, a conta foi invadida."],
    quote=["Isso é golpe. A conta foi invadida. NÃO mandem nada para esse endereço.", "Conta verificada postando isso... \"dobre seu cripto\" é golpe 100% das vezes.", "Golpe clássico de sorteio. Esse \"só os {N} primeiros\" é pra te apressar."],
    victim=["Ontem caí num golpe de {AMT} com um suposto \"atendente\" no Telegram. Aprendi do pior jeito.", "Tem algum jeito legal de recuperar cripto enviado pra golpista? Perdi {AMT} num sorteio falso.", "Conectei minha carteira num site de airdrop e limparam tudo. Não sobrou nada."],
    notice=["Nossa conta foi invadida hoje cedo. Ignorem qualquer post sobre sorteio de cripto — não fomos nós. Já estamos resolvendo com a plataforma.", "Gente, minha conta foi hackeada ontem à noite. Eu nunca pediria pra vocês mandarem cripto. Não cliquem em nada postado nas últimas horas.", "Acesso recuperado. Os posts sobre cripto foram feitos por quem invadiu a conta. Desculpem a quem foi enganado."],
    history=["Obrigada pela noite incrível, Recife! Vocês são demais ❤️", "Episódio novo sai sexta. Foi muito divertido gravar esse.", "Domingo de chuva, café e um bom livro. Perfeito.", "Estamos contratando! Procuramos social media para o time.", "Hoje de volta ao estúdio 🎶", "Muito obrigado a todo mundo que passou na feira no fim de semana."],
)

L["fr"] = dict(
    mult2=["le double", "x2", "deux fois plus"], mult3=["le triple", "x3", "trois fois plus"],
    rows=["{a} {c} → {b} {c}", "Envoyez {a} {c} ➡️ Recevez {b} {c}", "{a} {c} >> {b} {c}"],
    first=["Camille", "Chloé", "Manon", "Inès", "Léa", "Julien", "Antoine", "Mathieu", "Hugo"],
    last=["Delacroix", "Morvan", "Lefèvre", "Charpentier", "Roussel", "Vautrin", "Garnier"],
    scam=[
        ("dbl", 0, "🎉 GRAND GIVEAWAY {NAME} 🎉\nPour fêter l'événement, nous distribuons {TOTAL}. Envoyez entre {MIN} et {MAX} {COIN} à l'adresse ci-dessous et recevez {MULT} en retour immédiatement.\n{ADDR}"),
        ("dbl", 0, "Pendant {MINS} minutes seulement, chaque {COIN} envoyé à {ADDR} vous sera renvoyé doublé. Réservé aux {N} premiers participants !"),
        ("dbl", 0, "Événement anniversaire {EXCH} 🥳\n{TABLE}\nAdresse de dépôt : {ADDR}\nLes remboursements sont automatiques."),
        ("dbl_link", 0, "En partenariat avec {NAME}, nous offrons {TOTAL} à la communauté francophone. Doublez vos {COIN} ici 👉 {LINK} Fin dans {HRS} heures."),
        ("event", 0, "🔴 EN DIRECT : {NAME} parle de l'avenir du {COIN}. Pendant le live, chaque dépôt est rendu {MULT}. Scannez le QR code à l'écran ou rejoignez {LINK}"),
        ("drain", 0, "L'airdrop communautaire {COIN} est ouvert 🪂 Les portefeuilles éligibles peuvent réclamer leur part avant la clôture. Connectez votre portefeuille : {LINK}"),
        ("drop", 0, "Laissez votre adresse {COIN} en commentaire 👇 Les {N} premiers reçoivent {AMT}. Abonnez-vous et activez la cloche !"),
        ("valid", 0, "Avis {BRAND} : votre portefeuille doit être synchronisé avec la nouvelle version du réseau sous {HRS} heures, sinon vos actifs seront gelés. Validez ici : {LINK}"),
        ("recov", 0, "Victime d'une arnaque crypto ? Notre cabinet spécialisé récupère vos fonds en 72 h grâce au traçage blockchain. Contact : {MAIL} ou WhatsApp {WA}"),
        ("fee", 0, "Madame, Monsieur, votre retrait de {AMT} a été validé. Afin de débloquer les fonds, des frais fiscaux de {FEE} doivent d'abord être réglés. Service client : {TG}"),
        ("testi", 0, "Je n'y croyais pas 😱 j'ai envoyé {AMT} à l'événement {NAME} et j'ai reçu {AMT2} en quelques minutes ! C'est encore ouvert : {LINK}"),
        ("mentor", 0, "Grâce à ma conseillère, je suis passé de 400 € à 11 000 € en deux mois. Rendement garanti de {PCT} % par semaine, sans risque. Écrivez à {HANDLE} de ma part 🙏"),
        ("pig", 0, "Bonjour, désolée, je crois que je me suis trompée de personne 😅 Je m'appelle {FIRST}, je travaille dans la finance à Genève. Vous vous intéressez aux cryptos ?"),
        ("presale", 0, "Prévente {COIN} Prime ouverte 🚀 Cotation sur {EXCH} confirmée la semaine prochaine à 20 fois le prix actuel. Ne ratez pas le train : {LINK}"),
        ("mentor", 1, "Placement crypto sécurisé : {PCT} % de rendement par mois, capital garanti. Bien plus intéressant que votre livret A ! Plus d'infos en MP ou sur {TG}"),
        ("mentor", 1, "Rejoignez mon groupe VIP Telegram 📈 Signaux quotidiens, 95 % de trades gagnants. Il ne reste que {N} places : {TG}"),
        ("recov", 1, "Vous avez été arnaqué par un faux conseiller ? Maître {FIRST} et son équipe m'ont aidé à tout récupérer. Je recommande {HANDLE} les yeux fermés."),
        ("fee", 1, "Votre dossier de remboursement est accepté ✅ Il ne reste qu'à régler les frais de dossier de {FEE} pour recevoir vos {AMT}. Paiement à l'adresse {ADDR}"),
        ("testi", 1, "Franchement j'étais sceptique, mais j'ai reçu mes {AMT2} ce matin 🙌 Merci {HANDLE}, vous êtes au top !"),
        ("drain", 1, "🎁 Mint gratuit pour les {N} premiers membres de la communauté française ! Connectez votre wallet et réclamez votre NFT : {LINK}"),
    ],
    benign=[
        ("news", "Le compte d'une chaîne de restauration a été piraté mardi : les escrocs promettaient de renvoyer le double de tout {COIN} envoyé à {ADDR}. D'après la blockchain, l'adresse a reçu {AMT} avant la suppression des messages."),
        ("news", "Trois personnes ont été interpellées pour une escroquerie aux faux directs de « {NAME} », qui promettaient de doubler les cryptos des spectateurs. Le préjudice dépasse 1,8 million d'euros."),
        ("news", "Des victimes racontent qu'on leur réclamait {FEE} de « frais fiscaux » pour débloquer des gains qui n'existaient pas. La plateforme citée dément tout lien."),
        ("research", "Nouvelle adresse liée à l'arnaque « envoyez 1, recevez 2 » : {ADDR}\n{N} virements entrants en 24 h. Signalez toute publication qui la partage. {EXPL}"),
        ("research", "Attention aux fausses pages de « synchronisation » {BRAND} ({SDOM}) : signer la demande donne les autorisations à un drainer. Révoquez-les si vous avez cliqué."),
        ("warn", "Personne ne va doubler vos cryptos. Ni {NAME}, ni une plateforme, ni une célébrité. Si on vous demande d'envoyer d'abord, c'est une arnaque."),
        ("warn", "Un vrai service client ne vous contacte jamais en premier et ne vous demande jamais de payer une « taxe » avant un retrait. Bloquez, signalez."),
        ("donation", "Notre collecte pour les sinistrés des inondations accepte désormais les dons en crypto.\nBTC : {ADDR}\nTous les justificatifs sur {LLINK}"),
        ("exchange", "Nouveau chez {ORG} : 10 % de remise sur les frais de trading pendant vos 30 premiers jours. Sans dépôt minimum. Conditions : {LLINK}"),
        ("rtg", "🎁 CONCOURS ! On fait gagner 3 maillots dédicacés. Pour participer : suivez-nous et RT ce post. Tirage vendredi. On ne vous demandera jamais d'argent."),
        ("price", "Le {COIN} a quasiment doublé depuis janvier. On me l'aurait dit à Noël, j'aurais ri."),
        ("tipjar", "Si ce fil vous a aidé, un petit café est bienvenu ☕ (jamais obligatoire) : {ADDR}"),
        ("payback", "@{FRIEND} je t'ai envoyé {AMT} pour le resto de samedi, on est quittes !"),
        ("nft", "Notre collection NFT solidaire sera mintée jeudi à 18 h UTC sur {LLINK}. Prix : 0,02 ETH, reversés au refuge. Nous n'enverrons JAMAIS de lien en MP."),
        ("joke", "Envoyez-moi 1 BTC et je vous en rends 2. Parole de scout. (C'est une blague. Si quelqu'un vous dit ça sérieusement, fuyez.)"),
    ],
    askreal=["@{U} c'est vrai ce truc ?? mon cousin dit qu'il a reçu le double", "@{U} ton compte a été piraté ? ça ne te ressemble pas", "@{U} Signalé. N'envoyez RIEN, le compte est compromis."],
    quote=["C'est une arnaque. Le compte a été piraté. N'envoyez RIEN à cette adresse.", "Un compte certifié qui publie ça… « doublez vos cryptos » = arnaque, à chaque fois.", "Arnaque classique : le « seulement les {N} premiers » sert à vous presser."],
    victim=["Je me suis fait escroquer de {AMT} hier par un soi-disant « conseiller » sur Telegram. Leçon apprise.", "Existe-t-il un moyen légal de récupérer des cryptos envoyées à un escroc ? J'ai perdu {AMT} dans un faux giveaway.", "J'ai connecté mon portefeuille à un site d'airdrop et tout a été vidé. Il ne me reste rien."],
    notice=["Notre compte a été piraté ce matin. Ignorez toute publication sur des giveaways crypto : ce n'était pas nous. Nous travaillons avec la plateforme pour le sécuriser.", "Mon compte a été piraté cette nuit. Je ne vous demanderai jamais d'envoyer des cryptos. Ne cliquez sur rien de ce qui a été publié ces dernières heures.", "Accès récupéré. Les messages crypto ont été publiés par la personne qui avait pris le contrôle du compte. Désolés pour celles et ceux qui ont été visés."],
    history=["Merci Lyon pour cette soirée magique, vous étiez incroyables ❤️", "Le nouvel épisode sort vendredi. On s'est régalés à le tourner.", "Dimanche pluvieux, café et un bon bouquin. Parfait.", "On recrute ! Nous cherchons un·e community manager pour rejoindre l'équipe.", "Retour en studio aujourd'hui 🎶", "Merci à toutes et à tous d'être passés au marché ce week-end."],
)

L["de"] = dict(
    mult2=["das Doppelte", "den doppelten Betrag", "x2"], mult3=["das Dreifache", "den dreifachen Betrag", "x3"],
    rows=["{a} {c} → {b} {c}", "Sende {a} {c} ➡️ Erhalte {b} {c}", "{a} {c} = {b} {c}"],
    first=["Lena", "Hannah", "Sophie", "Miriam", "Katrin", "Jonas", "Tobias", "Florian", "Lukas"],
    last=["Brenner", "Falkenberg", "Hollmann", "Kessler", "Lindqvist", "Wagenknecht", "Sommerfeld"],
    scam=[
        ("dbl", 0, "🚨 OFFIZIELLES {NAME} GIVEAWAY 🚨\nZur Feier des Tages verteilen wir {TOTAL}. Sendet zwischen {MIN} und {MAX} {COIN} an die Adresse unten und erhaltet sofort {MULT} zurück.\n{ADDR}"),
        ("dbl", 0, "Nur in den nächsten {MINS} Minuten: Jeder {COIN}, der an {ADDR} geht, kommt verdoppelt zurück. Es zählen nur die ersten {N} Transaktionen!"),
        ("dbl", 0, "{EXCH} Jubiläumsaktion 🎉\n{TABLE}\nEinzahlungsadresse: {ADDR}\nAuszahlung erfolgt automatisch."),
        ("dbl_link", 0, "Gemeinsam mit {NAME} verschenken wir {TOTAL} an die Community. Verdopple deine {COIN} hier 👉 {LINK} Endet in {HRS} Stunden."),
        ("event", 0, "🔴 JETZT LIVE: {NAME} spricht über die Zukunft von {COIN}. Während des Streams wird jede Einzahlung {MULT} erstattet – QR-Code scannen oder {LINK} öffnen."),
        ("drain", 0, "Der {COIN} Community-Airdrop ist gestartet 🪂 Berechtigte Wallets können ihren Anteil vor dem Snapshot beanspruchen. Wallet verbinden: {LINK}"),
        ("drop", 0, "Schreibt eure {COIN}-Adresse in die Kommentare 👇 Die ersten {N} bekommen {AMT}. Folgen und Glocke aktivieren nicht vergessen!"),
        ("valid", 0, "Hinweis von {BRAND}: Ihre Wallet muss innerhalb von {HRS} Stunden mit dem Netzwerk-Upgrade synchronisiert werden, sonst werden Guthaben eingefroren. Jetzt validieren: {LINK}"),
        ("recov", 0, "Opfer von Krypto-Betrug geworden? Unser Team holt Ihr Geld per Blockchain-Analyse in 72 Stunden zurück. Kontakt: {MAIL} oder WhatsApp {WA}"),
        ("fee", 0, "Sehr geehrter Kunde, Ihre Auszahlung über {AMT} wurde genehmigt. Vor der Freigabe ist eine einmalige Steuergebühr von {FEE} zu entrichten. Support: {TG}"),
        ("testi", 0, "Hätte ich nie gedacht 😱 {AMT} an das {NAME} Event geschickt und nach ein paar Minuten {AMT2} zurückbekommen! Läuft noch: {LINK}"),
        ("mentor", 0, "Dank meiner Mentorin habe ich aus 500 € in zwei Monaten 12.000 € gemacht. Garantiert {PCT} % pro Woche, ohne Risiko. Schreibt {HANDLE} und sagt, dass ihr von mir kommt 🙏"),
        ("pig", 0, "Hallo, Entschuldigung, ich glaube, ich habe mich in der Person geirrt 😅 Ich bin {FIRST}, arbeite in der Finanzbranche in Zürich. Kennst du dich mit Krypto aus?"),
        ("presale", 0, "Der {COIN}Max Presale läuft 🚀 Listing auf {EXCH} nächste Woche bestätigt, zum 20-fachen Presale-Preis. Jetzt einsteigen: {LINK}"),
        ("mentor", 1, "Wie aus dem Fernsehen bekannt: Mit diesem Krypto-Bot verdienen ganz normale Deutsche bis zu 1.200 € am Tag. Passives Einkommen ohne Vorkenntnisse 👉 {LINK}"),
        ("mentor", 1, "Passives Einkommen mit Krypto 📈 {PCT} % Rendite im Monat, Kapital abgesichert. Besser als jedes Tagesgeld! Infos per PN oder {TG}"),
        ("recov", 1, "Wurdest du von einer falschen Trading-Plattform abgezockt? Die Kanzlei von Dr. {FIRST} hat mir alles zurückgeholt. Meldet euch bei {HANDLE}, absolut seriös."),
        ("fee", 1, "Ihr Gewinn von {AMT} liegt zur Auszahlung bereit. Gemäß Geldwäschegesetz ist vorab eine Verifizierungsgebühr von {FEE} an {ADDR} zu überweisen."),
        ("testi", 1, "War echt skeptisch, aber heute sind {AMT2} auf meinem Konto angekommen 🙌 Danke {HANDLE}, ihr seid die Besten!"),
        ("drain", 1, "🎁 Gratis-Mint für die ersten {N} Mitglieder der DACH-Community! Wallet verbinden und NFT sichern: {LINK}"),
    ],
    benign=[
        ("news", "Der Account einer Supermarktkette wurde am Dienstag gekapert: Die Täter versprachen, jeden an {ADDR} gesendeten {COIN} verdoppelt zurückzuzahlen. Laut Blockchain-Daten gingen dort {AMT} ein, bevor die Beiträge gelöscht wurden."),
        ("news", "Die Polizei hat drei Verdächtige festgenommen, die mit gefälschten Livestreams von „{NAME}“ eine Verdopplung von Kryptowährungen versprochen haben sollen. Der Schaden liegt bei rund 1,9 Millionen Euro."),
        ("news", "Betroffene berichten, sie hätten vor der Auszahlung eine „Steuergebühr“ von {FEE} zahlen sollen – für Guthaben, das nie existierte."),
        ("research", "Neue Wallet aus der „Sende 1, erhalte 2“-Masche: {ADDR}\n{N} eingehende Transaktionen in 24 Stunden. Bitte Beiträge mit dieser Adresse melden. {EXPL}"),
        ("research", "Vorsicht vor gefälschten {BRAND}-„Synchronisierungsseiten“ ({SDOM}): Wer die Anfrage signiert, gibt einem Drainer Zugriff. Falls geklickt: Freigaben sofort widerrufen."),
        ("warn", "Niemand verdoppelt eure Kryptos. Nicht {NAME}, keine Börse, kein Promi. Wer verlangt, dass ihr zuerst sendet, ist ein Betrüger."),
        ("warn", "Echter Support schreibt euch nie zuerst an und verlangt nie eine „Steuer“ vor einer Auszahlung. Blockieren und melden."),
        ("donation", "Unsere Spendenaktion für die Hochwasseropfer nimmt jetzt auch Krypto an.\nBTC: {ADDR}\nAlle Belege unter {LLINK}"),
        ("exchange", "Neu bei {ORG}: 10 % Rabatt auf Handelsgebühren in den ersten 30 Tagen. Keine Mindesteinzahlung. Bedingungen: {LLINK}"),
        ("rtg", "🎁 GEWINNSPIEL! Wir verlosen 3 signierte Trikots. Teilnahme: folgen und diesen Beitrag retweeten. Auslosung am Freitag. Wir verlangen niemals Geld."),
        ("price", "{COIN} hat sich seit Januar quasi verdoppelt. Hätte mir das jemand im Winter gesagt, ich hätte gelacht."),
        ("tipjar", "Wenn euch der Thread geholfen hat, freue ich mich über einen Kaffee ☕ (nie Pflicht): {ADDR}"),
        ("payback", "@{FRIEND} hab dir {AMT} fürs Abendessen geschickt, jetzt sind wir quitt 👍"),
        ("nft", "Unsere Charity-NFT-Kollektion wird am Donnerstag um 18:00 UTC auf {LLINK} gemintet. Preis 0,02 ETH, Erlös geht ans Tierheim. Wir schicken NIEMALS Links per DM."),
        ("joke", "Schickt mir 1 BTC und ihr bekommt 2 zurück. Ehrenwort. (Spaß. Wenn das jemand ernst meint: sofort weg.)"),
    ],
    askreal=["@{U} ist das echt?? mein Cousin sagt, er hat das Doppelte bekommen", "@{U} wurde dein Account gehackt? Das passt gar nicht zu dir", "@{U} Gemeldet. Leute, schickt NICHTS, der Account ist kompromittiert."],
    quote=["Das ist Betrug. Der Account wurde gehackt. Schickt NICHTS an diese Adresse.", "Ein verifizierter Account postet so was… „Verdopple deine Kryptos“ ist immer Betrug.", "Klassische Giveaway-Masche. Das „nur die ersten {N}“ soll euch unter Druck setzen."],
    victim=["Bin gestern um {AMT} betrogen worden, von einem angeblichen „Support-Mitarbeiter“ auf Telegram. Lehrgeld bezahlt.", "Gibt es einen legalen Weg, an Betrüger gesendete Kryptos zurückzuholen? Habe {AMT} bei einem Fake-Giveaway verloren.", "Habe meine Wallet mit einer Airdrop-Seite verbunden und sie wurde komplett leergeräumt."],
    notice=["Unser Account wurde heute Morgen gehackt. Bitte ignoriert alle Beiträge zu Krypto-Giveaways – die kamen nicht von uns. Wir arbeiten mit der Plattform an der Sicherung.", "Mein Account wurde letzte Nacht übernommen. Ich würde euch nie bitten, Krypto zu schicken. Klickt bitte auf nichts, was in den letzten Stunden gepostet wurde.", "Zugriff wiederhergestellt. Die Krypto-Beiträge stammen von der Person, die den Account übernommen hatte. Tut uns leid für alle, die angeschrieben wurden."],
    history=["Danke, Hamburg, für diesen unglaublichen Abend ❤️", "Die neue Folge kommt am Freitag. Die Aufnahme hat riesig Spaß gemacht.", "Regnerischer Sonntag, Kaffee und ein gutes Buch. Perfekt.", "Wir stellen ein! Gesucht: Community-Manager*in für unser Team.", "Heute wieder im Studio 🎶", "Danke an alle, die am Wochenende auf dem Markt vorbeigeschaut haben."],
)

L["it"] = dict(
    mult2=["il doppio", "x2", "il 200%"], mult3=["il triplo", "x3"],
    rows=["{a} {c} → {b} {c}", "Invii {a} {c} ➡️ Ricevi {b} {c}", "{a} {c} = {b} {c}"],
    first=["Giulia", "Chiara", "Francesca", "Martina", "Alessia", "Marco", "Luca", "Davide", "Matteo"],
    last=["Bellandi", "Ferraresi", "Gualtieri", "Mancuso", "Pellegrini", "Zanetti", "Carbone"],
    scam=[
        ("dbl", 0, "🚨 GIVEAWAY UFFICIALE {NAME} 🚨\nPer festeggiare distribuiamo {TOTAL}. Invia da {MIN} a {MAX} {COIN} all'indirizzo qui sotto e ricevi subito {MULT} indietro.\n{ADDR}"),
        ("dbl", 0, "Solo per i prossimi {MINS} minuti: ogni {COIN} inviato a {ADDR} torna raddoppiato. Valgono solo le prime {N} transazioni!"),
        ("dbl", 0, "Evento anniversario {EXCH} 🎉\n{TABLE}\nIndirizzo di deposito: {ADDR}\nRimborsi automatici entro 10 minuti."),
        ("dbl_link", 0, "In collaborazione con {NAME} regaliamo {TOTAL} alla community italiana. Raddoppia i tuoi {COIN} qui 👉 {LINK} Mancano {HRS} ore."),
        ("event", 0, "🔴 IN DIRETTA: {NAME} parla del futuro di {COIN}. Durante la diretta ogni deposito viene restituito {MULT}. Scansiona il QR code o entra su {LINK}"),
        ("drain", 0, "L'airdrop della community {COIN} è attivo 🪂 I wallet idonei possono riscattare la loro parte prima della chiusura. Collega il tuo wallet: {LINK}"),
        ("drop", 0, "Lascia il tuo indirizzo {COIN} nei commenti 👇 I primi {N} ricevono {AMT}. Seguimi e attiva le notifiche!"),
        ("valid", 0, "Avviso {BRAND}: il tuo wallet deve essere sincronizzato con il nuovo aggiornamento di rete entro {HRS} ore, altrimenti i fondi verranno bloccati. Convalida qui: {LINK}"),
        ("recov", 0, "Truffato con le crypto? Il nostro team recupera i tuoi fondi in 72 ore con il tracciamento blockchain. Scrivici a {MAIL} o su WhatsApp {WA}"),
        ("fee", 0, "Gentile cliente, il suo prelievo di {AMT} è stato approvato. Per sbloccare i fondi è necessario versare prima una tassa di {FEE}. Assistenza: {TG}"),
        ("testi", 0, "Non ci credevo 😱 ho mandato {AMT} all'evento di {NAME} e dopo pochi minuti mi sono arrivati {AMT2}! È ancora attivo: {LINK}"),
        ("mentor", 0, "Grazie alla mia consulente sono passato da 500 € a 13.000 € in due mesi. Rendimento garantito del {PCT}% a settimana, zero rischi. Scrivete a {HANDLE} e dite che vi mando io 🙏"),
        ("pig", 0, "Ciao, scusa, credo di aver scritto alla persona sbagliata 😅 Sono {FIRST}, lavoro nella finanza a Milano. Te ne intendi di criptovalute?"),
        ("presale", 0, "Prevendita {COIN} Elite aperta 🚀 Quotazione su {EXCH} confermata la prossima settimana a 20 volte il prezzo attuale. Entra adesso: {LINK}"),
        ("mentor", 1, "Guadagno garantito con il trading automatico 🇮🇹 Anche senza esperienza puoi arrivare a 800 € al giorno. Posti limitati, contattami su {TG}"),
        ("mentor", 1, "Investi 250 € e il nostro consulente finanziario ti segue passo dopo passo. Rendimento del {PCT}% mensile assicurato. Chiama il {WA}"),
        ("recov", 1, "Anche tu vittima di una piattaforma di trading falsa? L'avvocato {FIRST} mi ha fatto recuperare tutto. Contattate {HANDLE}, serietà garantita."),
        ("fee", 1, "La sua pratica di rimborso è stata approvata ✅ Per ricevere i {AMT} resta solo da pagare la commissione di sblocco di {FEE} all'indirizzo {ADDR}"),
        ("testi", 1, "Ero scettica ma stamattina mi sono arrivati {AMT2} 🙌 Grazie {HANDLE}, siete fantastici!"),
        ("drain", 1, "🎁 Mint gratuito per i primi {N} tifosi! Collega il wallet e riscatta il tuo NFT esclusivo: {LINK}"),
    ],
    benign=[
        ("news", "L'account di una nota catena di pizzerie è stato violato martedì: i truffatori promettevano di restituire il doppio di ogni {COIN} inviato a {ADDR}. Secondo i dati on-chain l'indirizzo ha ricevuto {AMT} prima che i post fossero cancellati."),
        ("news", "La Polizia Postale ha denunciato tre persone per le false dirette di \"{NAME}\" che promettevano di raddoppiare le criptovalute. Il danno supera 1,5 milioni di euro."),
        ("news", "Le vittime raccontano che veniva chiesta una \"tassa di sblocco\" di {FEE} per prelevare guadagni mai esistiti."),
        ("research", "Nuovo indirizzo legato alla truffa \"invia 1, ricevi 2\": {ADDR}\n{N} transazioni in entrata nelle ultime 24 ore. Segnalate i post che lo condividono. {EXPL}"),
        ("research", "Attenzione alle finte pagine di \"sincronizzazione\" {BRAND} ({SDOM}): firmando la richiesta si danno i permessi a un drainer. Se avete cliccato, revocate subito."),
        ("warn", "Nessuno vi raddoppierà le crypto. Né {NAME}, né un exchange, né un vip. Se vi chiedono di inviare prima, è una truffa."),
        ("warn", "Il vero supporto non vi scrive mai per primo e non chiede mai una \"tassa\" prima di un prelievo. Bloccate e segnalate."),
        ("donation", "La nostra raccolta fondi per gli alluvionati ora accetta anche crypto.\nBTC: {ADDR}\nTutte le ricevute su {LLINK}"),
        ("exchange", "Novità su {ORG}: 10% di sconto sulle commissioni di trading per i primi 30 giorni. Nessun deposito minimo. Regolamento: {LLINK}"),
        ("rtg", "🎁 CONCORSO! Mettiamo in palio 3 maglie autografate. Per partecipare: seguiteci e fate RT a questo post. Estrazione venerdì. Non chiediamo mai soldi."),
        ("price", "{COIN} praticamente raddoppiato da gennaio. Se me l'aveste detto a Natale avrei riso."),
        ("tipjar", "Se il thread vi è stato utile, un caffè è gradito ☕ (mai obbligatorio): {ADDR}"),
        ("payback", "@{FRIEND} ti ho mandato {AMT} per la cena di sabato, siamo pari!"),
        ("nft", "La nostra collezione NFT benefica si minta giovedì alle 18:00 UTC su {LLINK}. Prezzo 0,02 ETH, il ricavato va al canile. Non vi manderemo MAI link in DM."),
        ("joke", "Mandatemi 1 BTC e ve ne restituisco 2. Parola di boy scout. (È uno scherzo. Se qualcuno lo dice sul serio, scappate.)"),
    ],
    askreal=["@{U} ma è vero?? mio cugino dice che ha ricevuto il doppio", "@{U} ti hanno hackerato l'account? non sembra roba tua", "@{U} Segnalato. Non inviate NIENTE, l'account è compromesso."],
    quote=["È una truffa. L'account è stato violato. NON inviate nulla a quell'indirizzo.", "Un account verificato che pubblica questo… \"raddoppia le tue crypto\" è sempre una truffa.", "Truffa classica: il \"solo i primi {N}\" serve a mettervi fretta."],
    victim=["Ieri mi hanno truffato {AMT} fingendosi \"assistenza\" su Telegram. Lezione imparata.", "C'è un modo legale per recuperare crypto inviate a un truffatore? Ho perso {AMT} in un finto giveaway.", "Ho collegato il wallet a un sito di airdrop e me l'hanno svuotato. Non è rimasto niente."],
    notice=["Il nostro account è stato violato stamattina. Ignorate qualsiasi post su giveaway di criptovalute: non eravamo noi. Stiamo lavorando con la piattaforma per metterlo in sicurezza.", "Mi hanno hackerato l'account stanotte. Non vi chiederei mai di mandarmi crypto. Non cliccate nulla di quanto pubblicato nelle ultime ore.", "Accesso recuperato. I post sulle crypto li ha scritti chi aveva preso il controllo dell'account. Ci scusiamo con chi è stato preso di mira."],
    history=["Grazie Napoli per questa serata pazzesca ❤️", "Venerdì esce il nuovo episodio. Ci siamo divertiti un sacco a registrarlo.", "Domenica di pioggia, caffè e un buon libro. Perfetto.", "Cerchiamo un social media manager! Mandateci il CV entro il 20.", "Oggi di nuovo in studio 🎶", "Grazie a tutti quelli che sono passati al mercatino nel weekend."],
)

L["ru"] = dict(
    mult2=["вдвое больше", "в двойном размере", "х2"], mult3=["втрое больше", "х3"],
    rows=["{a} {c} → {b} {c}", "Отправь {a} {c} ➡️ Получи {b} {c}", "{a} {c} = {b} {c}"],
    first=["Анна", "Екатерина", "Марина", "Ольга", "Дарья", "Алексей", "Дмитрий", "Игорь", "Сергей"],
    last=["Воронцова", "Белозёров", "Крылова", "Ларионов", "Сабурова", "Тихомиров", "Ершова"],
    names=["Илон Маск", "Виталик Бутерин", "Павел Дуров"],
    scam=[
        ("dbl", 0, "🚨 ОФИЦИАЛЬНАЯ РАЗДАЧА {NAME} 🚨\nВ честь запуска раздаём {TOTAL}. Отправьте от {MIN} до {MAX} {COIN} на адрес ниже и мгновенно получите {MULT}.\n{ADDR}"),
        ("dbl", 0, "Только ближайшие {MINS} минут: каждый {COIN}, отправленный на {ADDR}, вернётся в двойном размере. Участвуют первые {N} переводов!"),
        ("dbl", 0, "Юбилейная акция {EXCH} 🎉\n{TABLE}\nАдрес для депозита: {ADDR}\nВыплаты автоматические."),
        ("dbl_link", 0, "Вместе с {NAME} мы раздаём {TOTAL} русскоязычному сообществу. Удвойте свои {COIN} здесь 👉 {LINK} До конца акции {HRS} ч."),
        ("event", 0, "🔴 ПРЯМОЙ ЭФИР: {NAME} о будущем {COIN}. Во время трансляции каждый депозит возвращается {MULT}. Сканируйте QR-код на экране или заходите на {LINK}"),
        ("drain", 0, "Аирдроп сообщества {COIN} запущен 🪂 Подходящие кошельки могут забрать свою долю до снапшота. Подключите кошелёк: {LINK}"),
        ("drop", 0, "Оставляйте адрес своего {COIN}-кошелька в комментариях 👇 Первые {N} человек получат по {AMT}. Подписка обязательна!"),
        ("valid", 0, "Уведомление {BRAND}: ваш кошелёк нужно синхронизировать с обновлением сети в течение {HRS} часов, иначе средства будут заморожены. Пройти валидацию: {LINK}"),
        ("recov", 0, "Стали жертвой криптомошенников? Наша команда вернёт средства за 72 часа с помощью блокчейн-анализа. Пишите: {MAIL} или WhatsApp {WA}"),
        ("fee", 0, "Уважаемый клиент, ваш вывод {AMT} одобрен. Для разблокировки средств необходимо предварительно оплатить налоговый сбор {FEE}. Поддержка: {TG}"),
        ("testi", 0, "Сам не верил 😱 отправил {AMT} на ивент {NAME} и через пару минут получил {AMT2}! Ещё работает: {LINK}"),
        ("mentor", 0, "С моим наставником я за два месяца превратил 50 000 ₽ в 1,2 млн ₽. Гарантированно {PCT}% в неделю, без риска. Напишите {HANDLE}, скажите, что от меня 🙏"),
        ("pig", 0, "Здравствуйте, простите, кажется, я ошиблась чатом 😅 Меня зовут {FIRST}, работаю в инвестиционной компании в Дубае. А вы разбираетесь в криптовалюте?"),
        ("presale", 0, "Пресейл {COIN}Pro открыт 🚀 Листинг на {EXCH} подтверждён на следующей неделе, цена в 20 раз выше пресейла. Успей зайти: {LINK}"),
        ("mentor", 1, "Сливаю рабочую схему P2P-арбитража 💸 Доход от 5000 ₽ в день, без вложений и опыта. Места ограничены, пиши «+» в ЛС или переходи {TG}"),
        ("mentor", 1, "Пассивный доход на крипте: {PCT}% в день, вывод на карту любого банка. Инвестируй от 100 USDT — подробности в закрепе {TG}"),
        ("recov", 1, "Если вас развели на бирже-однодневке — не отчаивайтесь. Юрист {FIRST} помог мне вернуть всё до копейки. Пишите {HANDLE}, проверенный человек."),
        ("fee", 1, "Ваш выигрыш {AMT} готов к выплате. Согласно требованиям AML необходимо оплатить страховой депозит {FEE} на адрес {ADDR}"),
        ("testi", 1, "Честно, сомневалась, но сегодня пришли {AMT2} 🙌 Спасибо {HANDLE}, вы лучшие!"),
        ("drain", 1, "🎁 Бесплатный минт NFT для первых {N} участников! Подключай кошелёк и забирай: {LINK}"),
    ],
    benign=[
        ("news", "Во вторник злоумышленники взломали аккаунт популярной сети кофеен и пообещали подписчикам вернуть вдвое больше любых {COIN}, отправленных на {ADDR}. По данным блокчейна, адрес получил {AMT}, прежде чем посты удалили."),
        ("news", "Полиция задержала троих подозреваемых в мошенничестве с фальшивыми трансляциями «{NAME}», где обещали удвоить криптовалюту зрителей. Ущерб превысил 90 млн рублей."),
        ("news", "Пострадавшие рассказывают, что от них требовали оплатить «налог на вывод» в размере {FEE} за доступ к несуществующим балансам."),
        ("research", "Новый кошелёк из схемы «отправь 1 — получи 2»: {ADDR}\nЗа сутки {N} входящих переводов. Жалуйтесь на посты с этим адресом. {EXPL}"),
        ("research", "Осторожно: фейковые страницы «синхронизации» {BRAND} ({SDOM}). Подписав запрос, вы даёте дрейнеру доступ к токенам. Если кликнули — отзовите разрешения."),
        ("warn", "Никто не удвоит вашу крипту. Ни {NAME}, ни биржа, ни знаменитость. Если просят сначала отправить — это мошенники."),
        ("warn", "Настоящая поддержка никогда не пишет первой и не требует «налог» перед выводом. Блокируйте и жалуйтесь."),
        ("donation", "Наш фонд помощи пострадавшим от паводка теперь принимает пожертвования в криптовалюте.\nBTC: {ADDR}\nОтчёты о расходах: {LLINK}"),
        ("exchange", "Новое на {ORG}: скидка 10% на торговые комиссии в первые 30 дней. Без минимального депозита. Условия: {LLINK}"),
        ("rtg", "🎁 РОЗЫГРЫШ! Разыгрываем 3 футболки с автографами. Условия: подписка и ретвит этого поста. Итоги в пятницу. Деньги мы никогда не просим."),
        ("price", "{COIN} с января почти удвоился. Скажи мне кто-нибудь это зимой — я бы рассмеялся."),
        ("tipjar", "Если тред был полезен, можно угостить кофе ☕ (совсем не обязательно): {ADDR}"),
        ("payback", "@{FRIEND} скинул тебе {AMT} за билеты, проверь 👍"),
        ("nft", "Наша благотворительная NFT-коллекция минтится в четверг в 18:00 UTC на {LLINK}. Цена 0,02 ETH, все средства — приюту. Ссылки в личку мы НЕ присылаем."),
        ("joke", "Пришлите мне 1 BTC, а я верну 2. Честное пионерское. (Шутка. Если кто-то предлагает это всерьёз — бегите.)"),
    ],
    askreal=["@{U} это правда?? брат говорит, ему вернули вдвое больше", "@{U} тебя взломали? на тебя не похоже", "@{U} Пожаловался. Ничего НЕ отправляйте, аккаунт взломан."],
    quote=["Это развод. Аккаунт взломан. НЕ отправляйте ничего на этот адрес.", "Верифицированный аккаунт постит такое… «удвоим крипту» — всегда мошенничество.", "Классическая схема: «только первые {N}» нужно, чтобы вас поторопить."],
    victim=["Вчера меня развели на {AMT}: якобы «сотрудник поддержки» в Telegram. Урок усвоен.", "Есть ли законный способ вернуть крипту, отправленную мошеннику? Потерял {AMT} на фейковой раздаче.", "Подключил кошелёк к сайту с аирдропом — его полностью опустошили."],
    notice=["Наш аккаунт сегодня утром взломали. Игнорируйте любые посты о раздачах криптовалюты — это были не мы. Мы уже работаем с платформой над восстановлением.", "Ночью мой аккаунт взломали. Я никогда не попрошу вас прислать криптовалюту. Не переходите по ссылкам из постов за последние часы.", "Доступ восстановлен. Посты о крипте публиковал тот, кто захватил аккаунт. Простите всех, кого это затронуло."],
    history=["Спасибо, Казань, за невероятный вечер ❤️", "Новый выпуск выйдет в пятницу. Снимать было очень весело.", "Дождливое воскресенье, кофе и хорошая книга. Идеально.", "Мы ищем SMM-менеджера! Присылайте резюме до 20 числа.", "Сегодня снова в студии 🎶", "Спасибо всем, кто заглянул на ярмарку в выходные."],
)

L["tr"] = dict(
    mult2=["iki katını", "2 katını", "x2"], mult3=["üç katını", "3 katını"],
    rows=["{a} {c} → {b} {c}", "Gönder {a} {c} ➡️ Al {b} {c}", "{a} {c} = {b} {c}"],
    first=["Elif", "Zeynep", "Ayşe", "Defne", "Selin", "Emre", "Burak", "Can", "Murat"],
    last=["Yalçınkaya", "Karaduman", "Özdemirci", "Akyürek", "Tekinalp", "Sarıgül", "Erdoğdu"],
    scam=[
        ("dbl", 0, "🚨 RESMİ {NAME} ÇEKİLİŞİ 🚨\nKutlama için topluluğa {TOTAL} dağıtıyoruz. Aşağıdaki adrese {MIN} ile {MAX} {COIN} arasında gönderin, {MULT} anında geri alın.\n{ADDR}"),
        ("dbl", 0, "Sadece önümüzdeki {MINS} dakika boyunca {ADDR} adresine gönderilen her {COIN} iki katı olarak iade edilecek. İlk {N} işlem geçerlidir!"),
        ("dbl", 0, "{EXCH} yıl dönümü etkinliği 🎉\n{TABLE}\nYatırma adresi: {ADDR}\nÖdemeler otomatik yapılır."),
        ("dbl_link", 0, "{NAME} ile birlikte Türk topluluğuna {TOTAL} dağıtıyoruz. {COIN} miktarını ikiye katlamak için 👉 {LINK} Bitime {HRS} saat kaldı."),
        ("event", 0, "🔴 CANLI YAYIN: {NAME}, {COIN}'in geleceğini anlatıyor. Yayın boyunca yapılan her yatırımın {MULT} geri ödenir. Ekrandaki QR kodu okutun ya da {LINK}"),
        ("drain", 0, "{COIN} topluluk airdrop'u başladı 🪂 Uygun cüzdanlar snapshot'tan önce paylarını alabilir. Cüzdanınızı bağlayın: {LINK}"),
        ("drop", 0, "{COIN} cüzdan adresinizi yorumlara bırakın 👇 İlk {N} kişiye {AMT} gönderiyorum. Takip etmeyi unutmayın!"),
        ("valid", 0, "{BRAND} bildirimi: Cüzdanınızın {HRS} saat içinde yeni ağ güncellemesiyle senkronize edilmesi gerekiyor, aksi halde varlıklarınız dondurulacak. Doğrulama: {LINK}"),
        ("recov", 0, "Kripto dolandırıcılığına mı uğradınız? Ekibimiz blokzincir analiziyle paranızı 72 saatte geri alır. İletişim: {MAIL} veya WhatsApp {WA}"),
        ("fee", 0, "Sayın müşterimiz, {AMT} tutarındaki çekim talebiniz onaylandı. Fonların serbest bırakılması için önce {FEE} vergi ödemeniz gerekmektedir. Destek: {TG}"),
        ("testi", 0, "İnanamadım 😱 {NAME} etkinliğine {AMT} gönderdim, birkaç dakikada {AMT2} geri geldi! Hâlâ aktif: {LINK}"),
        ("mentor", 0, "Hocamın sinyalleriyle iki ayda 20.000 TL'yi 450.000 TL yaptım. Haftalık %{PCT} garantili kazanç, sıfır risk. {HANDLE} hesabına yazın, benden geldiğinizi söyleyin 🙏"),
        ("pig", 0, "Merhaba, kusura bakmayın sanırım yanlış kişiye yazdım 😅 Ben {FIRST}, İstanbul'da yatırım danışmanıyım. Kripto ile ilgileniyor musunuz?"),
        ("presale", 0, "{COIN}Plus ön satışı başladı 🚀 {EXCH} listelemesi önümüzdeki hafta kesinleşti, fiyat ön satışın 20 katı. Kaçırmayın: {LINK}"),
        ("mentor", 1, "VIP sinyal grubumuz ücretsiz açıldı 📈 Günlük %{PCT} kazanç, kazançlı işlem oranı %95. Kontenjan sınırlı, Telegram kanalımıza katılın: {TG}"),
        ("mentor", 1, "Evden ek gelir isteyenler buraya 💸 Kripto yatırımıyla günde 5.000 TL kazanmak mümkün. Detaylar için DM ya da WhatsApp {WA}"),
        ("recov", 1, "Sahte borsada parası batanlar, {FIRST} Hanım'a ulaşın. Bütün paramı geri aldı, çok güvenilir biri. {HANDLE}"),
        ("fee", 1, "Tebrikler! {AMT} ödülünüz hesabınıza tanımlandı. Çekim yapabilmek için MASAK onay bedeli olan {FEE} tutarını {ADDR} adresine göndermeniz gerekmektedir."),
        ("testi", 1, "Açıkçası şüpheliydim ama bugün {AMT2} hesabıma yattı 🙌 Teşekkürler {HANDLE}, işinizin ehlisiniz!"),
        ("drain", 1, "🎁 Milli Takım'ın resmi NFT'si ilk {N} taraftara ücretsiz! Cüzdanını bağla, hemen al: {LINK}"),
    ],
    benign=[
        ("news", "Bir kafe zincirinin hesabı salı günü ele geçirildi: Saldırganlar {ADDR} adresine gönderilen her {COIN} için iki katını iade edeceklerini vaat etti. Zincir verilerine göre adres, paylaşımlar silinmeden önce {AMT} aldı."),
        ("news", "Polis, sahte \"{NAME}\" canlı yayınlarıyla kripto paraları ikiye katlama vaadinde bulunan üç şüpheliyi gözaltına aldı. Zararın 40 milyon TL'yi aştığı belirtiliyor."),
        ("news", "Mağdurlar, hiç var olmayan bakiyeleri çekebilmek için {FEE} \"vergi\" ödemelerinin istendiğini anlattı."),
        ("research", "\"1 gönder, 2 al\" dolandırıcılığıyla bağlantılı yeni cüzdan: {ADDR}\nSon 24 saatte {N} gelen işlem. Bu adresi paylaşan gönderileri bildirin. {EXPL}"),
        ("research", "Sahte {BRAND} \"senkronizasyon\" sayfalarına dikkat ({SDOM}): İsteği imzalarsanız bir drainer'a yetki verirsiniz. Tıkladıysanız izinleri hemen iptal edin."),
        ("warn", "Kimse kriptonuzu ikiye katlamaz. Ne {NAME}, ne bir borsa, ne de bir ünlü. Önce göndermenizi isteyen herkes dolandırıcıdır."),
        ("warn", "Gerçek destek ekipleri size asla ilk yazmaz ve çekimden önce \"vergi\" istemez. Engelleyin ve bildirin."),
        ("donation", "Sel mağdurları için başlattığımız kampanya artık kripto bağış da kabul ediyor.\nBTC: {ADDR}\nTüm makbuzlar: {LLINK}"),
        ("exchange", "{ORG}'da yeni: İlk 30 gün işlem ücretlerinde %10 indirim. Minimum yatırma yok. Koşullar: {LLINK}"),
        ("rtg", "🎁 ÇEKİLİŞ! 3 imzalı forma hediye ediyoruz. Katılmak için bizi takip edin ve bu gönderiyi RT'leyin. Sonuçlar cuma günü. Asla para istemeyiz."),
        ("price", "{COIN} ocaktan beri neredeyse ikiye katlandı. Kışın biri bunu söylese gülerdim."),
        ("tipjar", "Flood işinize yaradıysa bir kahve ısmarlayabilirsiniz ☕ (asla zorunlu değil): {ADDR}"),
        ("payback", "@{FRIEND} akşam yemeğinin {AMT} tutarını gönderdim, ödeştik 👍"),
        ("nft", "Yardım amaçlı NFT koleksiyonumuz perşembe 18:00 UTC'de {LLINK} üzerinde mint edilecek. Fiyat 0,02 ETH, gelir barınağa gidecek. DM'den ASLA link göndermeyiz."),
        ("joke", "Bana 1 BTC gönderin, size 2 BTC geri yollayayım. Söz. (Şaka. Biri bunu ciddi söylerse kaçın.)"),
    ],
    askreal=["@{U} bu gerçek mi?? kuzenim iki katını aldığını söylüyor", "@{U} hesabın mı hacklendi? bu sana hiç benzemiyor", "@{U} Bildirdim. Arkadaşlar HİÇBİR ŞEY göndermeyin, hesap ele geçirilmiş."],
    quote=["Bu dolandırıcılık. Hesap ele geçirilmiş. Bu adrese HİÇBİR ŞEY göndermeyin.", "Onaylı bir hesabın bunu paylaşması inanılmaz. \"Kriptonu ikiye katla\" her zaman dolandırıcılıktır.", "Klasik çekiliş tuzağı. \"Sadece ilk {N} kişi\" sizi acele ettirmek için."],
    victim=["Dün Telegram'da \"destek görevlisi\" gibi davranan biri yüzünden {AMT} dolandırıldım. Acı bir ders oldu.", "Dolandırıcıya gönderilen kriptoyu yasal yoldan geri almanın yolu var mı? Sahte bir çekilişte {AMT} kaybettim.", "Cüzdanımı bir airdrop sitesine bağladım, tamamen boşaltıldı."],
    notice=["Hesabımız bu sabah ele geçirildi. Kripto çekilişleriyle ilgili paylaşımları dikkate almayın, bunlar bizden değil. Platformla birlikte hesabı güvence altına alıyoruz.", "Hesabım dün gece hacklendi. Sizden asla kripto göndermenizi istemem. Son saatlerde paylaşılan hiçbir şeye tıklamayın.", "Erişim geri alındı. Kripto paylaşımlarını hesabı ele geçiren kişi yaptı. Hedef alınan herkesten özür dileriz."],
    history=["Teşekkürler İzmir, muhteşem bir geceydi ❤️", "Yeni bölüm cuma günü yayında. Çekerken çok eğlendik.", "Yağmurlu bir pazar, kahve ve güzel bir kitap. Mükemmel.", "Ekip arkadaşı arıyoruz! Sosyal medya uzmanı ilanımız yayında.", "Bugün yine stüdyodayız 🎶", "Hafta sonu pazara uğrayan herkese çok teşekkürler."],
)

L["ar"] = dict(
    mult2=["ضعف المبلغ", "المبلغ مضاعفًا", "x2"], mult3=["ثلاثة أضعاف المبلغ", "x3"],
    rows=["{a} {c} ← {b} {c}", "أرسل {a} {c} ⬅️ استلم {b} {c}", "{a} {c} = {b} {c}"],
    first=["ليلى", "نور", "ريم", "سارة", "هالة", "خالد", "يوسف", "عمر", "طارق"],
    last=["الحداد", "السعدي", "العطار", "النجار", "الشامي", "المصري", "القاسم"],
    names=["إيلون ماسك", "فيتاليك بوتيرين"],
    scam=[
        ("dbl", 0, "🚨 هدية رسمية من {NAME} 🚨\nاحتفالًا بالإطلاق نوزع {TOTAL} على المجتمع. أرسل من {MIN} إلى {MAX} {COIN} إلى العنوان أدناه واحصل على {MULT} فورًا.\n{ADDR}"),
        ("dbl", 0, "خلال الـ{MINS} دقيقة القادمة فقط: كل {COIN} يُرسل إلى {ADDR} يعود إليك مضاعفًا. العرض لأول {N} تحويل فقط!"),
        ("dbl", 0, "فعالية الذكرى السنوية لـ{EXCH} 🎉\n{TABLE}\nعنوان الإيداع: {ADDR}\nالتحويل تلقائي خلال دقائق."),
        ("dbl_link", 0, "بالشراكة مع {NAME} نوزع {TOTAL} على المجتمع العربي. ضاعف عملات {COIN} الخاصة بك من هنا 👈 {LINK} ينتهي العرض خلال {HRS} ساعات."),
        ("event", 0, "🔴 بث مباشر الآن: {NAME} يتحدث عن مستقبل {COIN}. خلال البث يُعاد كل إيداع {MULT}. امسح رمز QR على الشاشة أو ادخل {LINK}"),
        ("drain", 0, "بدأ الإسقاط الجوي لمجتمع {COIN} 🪂 يمكن للمحافظ المؤهلة المطالبة بحصتها قبل الإغلاق. اربط محفظتك: {LINK}"),
        ("drop", 0, "اكتب عنوان محفظة {COIN} في التعليقات 👇 أول {N} شخص يحصلون على {AMT}. لا تنسَ المتابعة!"),
        ("valid", 0, "تنبيه من {BRAND}: يجب مزامنة محفظتك مع تحديث الشبكة الجديد خلال {HRS} ساعة وإلا سيتم تجميد أصولك. تحقق الآن: {LINK}"),
        ("recov", 0, "هل تعرضت لاحتيال في العملات الرقمية؟ فريقنا يسترد أموالك خلال 72 ساعة عبر تتبع البلوكشين. تواصل معنا: {MAIL} أو واتساب {WA}"),
        ("fee", 0, "عزيزي العميل، تمت الموافقة على سحب {AMT}. لتحرير الأموال يجب أولًا دفع رسوم ضريبية قدرها {FEE}. الدعم: {TG}"),
        ("testi", 0, "لم أصدق 😱 أرسلت {AMT} إلى فعالية {NAME} واستلمت {AMT2} خلال دقائق! ما زال العرض متاحًا: {LINK}"),
        ("mentor", 0, "بفضل مستشارتي حوّلت 500 دولار إلى 30 ألف دولار في شهرين. أرباح مضمونة {PCT}٪ أسبوعيًا وبدون مخاطرة. راسلوا {HANDLE} وقولوا إنكم من طرفي 🙏"),
        ("pig", 0, "مرحبًا، آسفة يبدو أنني راسلت الشخص الخطأ 😅 اسمي {FIRST}، أعمل في مجال الاستثمار في دبي. هل لديك اهتمام بالعملات الرقمية؟"),
        ("presale", 0, "البيع المسبق لعملة {COIN}Gold مفتوح الآن 🚀 الإدراج على {EXCH} مؤكد الأسبوع القادم بسعر 20 ضعفًا. لا تفوّت الفرصة: {LINK}"),
        ("mentor", 1, "استثمار مضمون 💯 أرباح يومية {PCT}٪ مع توصيات خبير معتمد. السحب متاح في أي وقت. للتسجيل تواصل واتساب {WA}"),
        ("mentor", 1, "انضم إلى قناة التوصيات المجانية 📈 نسبة نجاح الصفقات 95٪ وأرباح يومية مؤكدة. الأماكن محدودة: {TG}"),
        ("recov", 1, "لكل من خسر أمواله في منصات التداول الوهمية: المحامي {FIRST} استرجع لي كل أموالي. تواصلوا مع {HANDLE}، شخص موثوق جدًا."),
        ("fee", 1, "مبروك 🎉 ربحت جائزة قدرها {AMT}. لاستلامها يجب تحويل رسوم التوثيق {FEE} إلى العنوان {ADDR}"),
        ("testi", 1, "والله كنت مترددة لكن اليوم وصلتني {AMT2} 🙌 شكرًا {HANDLE} على الأمانة!"),
        ("drain", 1, "🎁 NFT مجاني لأول {N} مشجع بمناسبة كأس العالم ⚽ اربط محفظتك واحصل عليه: {LINK}"),
    ],
    benign=[
        ("news", "اخترق مجهولون يوم الثلاثاء حساب سلسلة مطاعم شهيرة ووعدوا المتابعين بإعادة ضعف أي {COIN} يُرسل إلى {ADDR}. وتُظهر بيانات البلوكشين أن العنوان تلقى {AMT} قبل حذف المنشورات."),
        ("news", "ألقت الشرطة القبض على ثلاثة أشخاص بتهمة الاحتيال عبر بث مباشر مزيّف باسم «{NAME}» يَعِد بمضاعفة العملات الرقمية للمشاهدين."),
        ("news", "روى ضحايا أنه طُلب منهم دفع «ضريبة سحب» قدرها {FEE} للوصول إلى أرصدة لم تكن موجودة أصلًا."),
        ("research", "محفظة جديدة مرتبطة باحتيال «أرسل 1 واستلم 2»: {ADDR}\n{N} تحويلًا واردًا خلال 24 ساعة. أبلغوا عن أي منشور يشاركها. {EXPL}"),
        ("research", "احذروا صفحات «مزامنة» مزيفة لـ{BRAND} ({SDOM}): توقيع الطلب يمنح أداة سرقة صلاحية على رموزك. إن نقرت، ألغِ الأذونات فورًا."),
        ("warn", "لن يضاعف أحد عملاتك الرقمية. لا {NAME} ولا منصة تداول ولا أي مشهور. من يطلب منك الإرسال أولًا محتال."),
        ("warn", "الدعم الحقيقي لا يراسلك أولًا ولا يطلب «ضريبة» قبل السحب. احظر وأبلغ."),
        ("donation", "حملتنا لإغاثة المتضررين من الفيضانات تقبل الآن التبرعات بالعملات الرقمية.\nBTC: {ADDR}\nجميع الإيصالات على {LLINK}"),
        ("exchange", "جديد على {ORG}: خصم 10٪ على رسوم التداول خلال أول 30 يومًا. بدون حد أدنى للإيداع. الشروط: {LLINK}"),
        ("rtg", "🎁 مسابقة! نهدي 3 قمصان موقعة. للمشاركة: تابعنا وأعد نشر هذه التغريدة. الإعلان عن الفائزين يوم الجمعة. لن نطلب منك أي مبلغ أبدًا."),
        ("price", "{COIN} تضاعف تقريبًا منذ يناير. لو قال لي أحد هذا في الشتاء لضحكت."),
        ("tipjar", "إذا أفادك هذا الثريد يمكنك دعمي بفنجان قهوة ☕ (ليس إلزاميًا أبدًا): {ADDR}"),
        ("payback", "@{FRIEND} حوّلت لك {AMT} حق العشاء، كده خالصين 👍"),
        ("nft", "مجموعتنا الخيرية من NFT تُسك يوم الخميس الساعة 18:00 UTC على {LLINK}. السعر 0.02 ETH ويذهب الريع للملجأ. لن نرسل لك رابطًا في الرسائل الخاصة أبدًا."),
        ("joke", "أرسل لي 1 BTC وسأعيد لك 2. وعد شرف. (مزحة طبعًا، لو قالها أحد بجدية اهرب.)"),
    ],
    askreal=["@{U} هل هذا حقيقي؟؟ ابن عمي يقول إنه استلم الضعف", "@{U} هل تم اختراق حسابك؟ هذا لا يشبهك", "@{U} تم الإبلاغ. لا ترسلوا أي شيء، الحساب مخترق."],
    quote=["هذا احتيال. الحساب مخترق. لا ترسلوا أي شيء إلى هذا العنوان.", "حساب موثق ينشر هذا؟ «ضاعف عملاتك» احتيال في كل مرة.", "احتيال كلاسيكي: عبارة «لأول {N} فقط» هدفها استعجالك."],
    victim=["تعرضت أمس لاحتيال بقيمة {AMT} من شخص ادعى أنه «دعم فني» على تيليجرام. درس قاسٍ.", "هل توجد طريقة قانونية لاسترداد عملات أُرسلت لمحتال؟ خسرت {AMT} في هدية مزيفة.", "ربطت محفظتي بموقع إسقاط جوي فأُفرغت بالكامل."],
    notice=["تعرض حسابنا للاختراق صباح اليوم. تجاهلوا أي منشورات عن هدايا العملات الرقمية، فهي ليست منا. نعمل مع المنصة لتأمين الحساب.", "تم اختراق حسابي الليلة الماضية. لن أطلب منكم أبدًا إرسال عملات رقمية. لا تضغطوا على أي رابط نُشر خلال الساعات الأخيرة.", "استعدنا الوصول إلى الحساب. منشورات العملات الرقمية كتبها من سيطر على الحساب. نعتذر لكل من استُهدف."],
    history=["شكرًا عمّان على هذه الليلة الرائعة ❤️", "الحلقة الجديدة تُعرض يوم الجمعة. استمتعنا كثيرًا بتصويرها.", "يوم جمعة ممطر وقهوة وكتاب جميل. مثالي.", "نبحث عن مسؤول تواصل اجتماعي للانضمام إلى فريقنا!", "العودة إلى الاستوديو اليوم 🎶", "شكرًا لكل من زار السوق في عطلة نهاية الأسبوع."],
)

L["ja"] = dict(
    mult2=["2倍", "倍額", "200%"], mult3=["3倍", "300%"],
    rows=["{a} {c} → {b} {c}", "{a} {c}送金 ➡️ {b} {c}返金", "{a}{c} ⇒ {b}{c}"],
    first=["美咲", "結衣", "さくら", "真由", "玲奈", "拓也", "健太", "翔", "大輔"],
    last=["佐伯", "桐島", "早瀬", "水野", "藤堂", "相沢", "久保田"],
    names=["イーロン・マスク", "ヴィタリック・ブテリン"],
    scam=[
        ("dbl", 0, "🚨{NAME}公式プレゼント企画🚨\n記念として総額{TOTAL}を配布します。下記アドレスに{MIN}〜{MAX} {COIN}を送ると、すぐに{MULT}にしてお返しします。\n{ADDR}"),
        ("dbl", 0, "今から{MINS}分間限定！{ADDR} に送られた{COIN}はすべて倍にして返金します。先着{N}件のみ有効です。"),
        ("dbl", 0, "{EXCH}周年記念キャンペーン🎉\n{TABLE}\n入金アドレス：{ADDR}\n返金は自動で行われます。"),
        ("dbl_link", 0, "{NAME}と提携し、日本のコミュニティに{TOTAL}を還元します。{COIN}を倍にするならこちら👉 {LINK} 残り{HRS}時間"),
        ("event", 0, "🔴ライブ配信中：{NAME}が{COIN}の未来を語ります。配信中の入金はすべて{MULT}で返還。画面のQRコードを読み取るか {LINK} から参加"),
        ("drain", 0, "{COIN}コミュニティのエアドロップ開始🪂 対象ウォレットはスナップショット前に受け取れます。ウォレットを接続：{LINK}"),
        ("drop", 0, "{COIN}のウォレットアドレスをリプ欄に貼ってください👇 先着{N}名に{AMT}プレゼント！フォロー必須です"),
        ("valid", 0, "【{BRAND}からのお知らせ】ネットワーク更新に伴い、{HRS}時間以内にウォレットの同期が必要です。未対応の場合は資産が凍結されます。認証はこちら：{LINK}"),
        ("recov", 0, "暗号資産詐欺の被害に遭われた方へ。ブロックチェーン追跡で72時間以内に資金を取り戻します。ご相談：{MAIL} / WhatsApp {WA}"),
        ("fee", 0, "お客様の{AMT}の出金申請は承認されました。資金の解除には、事前に税金{FEE}のお支払いが必要です。サポート：{TG}"),
        ("testi", 0, "本当に返ってきた😱 {NAME}のイベントに{AMT}送ったら数分で{AMT2}届きました！まだ間に合います→ {LINK}"),
        ("mentor", 0, "師匠のシグナルのおかげで2か月で50万円が800万円に。週{PCT}%の利益保証、リスクゼロ。{HANDLE} に「紹介です」とDMしてください🙏"),
        ("pig", 0, "こんにちは、すみません、間違えて送ってしまったかもしれません😅 {FIRST}といいます。シンガポールで金融の仕事をしています。仮想通貨に興味はありますか？"),
        ("presale", 0, "{COIN}Neoのプレセール開始🚀 来週{EXCH}への上場が決定、価格はプレセールの20倍。今のうちに👉 {LINK}"),
        ("mentor", 1, "【副業】スマホだけで月収100万円も可能✨ 仮想通貨の自動売買で必ず儲かる方法を無料で教えます。LINE追加はプロフのリンクから→ {LINK}"),
        ("mentor", 1, "億り人を目指す投資コミュニティ、本日限定で無料招待📈 日利{PCT}%の実績あり。参加はこちら {TG}"),
        ("recov", 1, "投資詐欺で失ったお金、諦めないでください。{FIRST}先生のおかげで全額戻ってきました。{HANDLE} に相談してみて！"),
        ("fee", 1, "おめでとうございます🎉 {AMT}の当選が確定しました。受け取りには手数料{FEE}を {ADDR} へお振込みください。"),
        ("testi", 1, "正直半信半疑でしたが、今日{AMT2}が着金しました🙌 {HANDLE} さん本当にありがとうございます！"),
        ("drain", 1, "🎁先着{N}名様に限定NFTを無料配布中！ウォレットを接続して今すぐ受け取り：{LINK}"),
    ],
    benign=[
        ("news", "火曜日、人気ラーメンチェーンのアカウントが乗っ取られ、「{ADDR}に送った{COIN}を2倍にして返す」との投稿が行われた。ブロックチェーンのデータによると、投稿削除までに同アドレスには{AMT}が送金されていた。"),
        ("news", "「{NAME}」の偽ライブ配信で暗号資産を倍にすると持ちかけ、視聴者から金をだまし取ったとして、警察は3人を逮捕した。被害総額は約2億円にのぼる。"),
        ("news", "被害者によると、存在しない残高を引き出すために「出金税」として{FEE}を支払うよう求められたという。"),
        ("research", "「1送れば2返す」詐欺に関連する新しいウォレット：{ADDR}\n過去24時間で{N}件の入金あり。このアドレスを載せた投稿は通報してください。{EXPL}"),
        ("research", "{BRAND}の偽「同期」ページ（{SDOM}）に注意。リクエストに署名するとドレイナーに権限を渡してしまいます。クリックした人はすぐに承認を取り消して。"),
        ("warn", "あなたの暗号資産を倍にしてくれる人はいません。{NAME}も、取引所も、有名人も。先に送金を求めてきたら詐欺です。"),
        ("warn", "本物のサポートが先にDMしてくることも、出金前に「税金」を要求することもありません。ブロックして通報を。"),
        ("donation", "豪雨被害の支援募金で暗号資産による寄付の受付を始めました。\nBTC: {ADDR}\n収支報告は {LLINK} で公開しています。"),
        ("exchange", "{ORG}の新キャンペーン：口座開設から30日間、取引手数料を10%キャッシュバック。最低入金額なし。詳細は {LLINK}"),
        ("rtg", "🎁プレゼント企画！サイン入りユニフォームを3名様に。応募方法：フォロー＆この投稿をリポスト。当選発表は金曜日。お金を求めることは一切ありません。"),
        ("price", "{COIN}、1月からほぼ倍になってるの笑う。冬の自分に言っても信じないだろうな。"),
        ("tipjar", "このスレッドが役に立ったら、コーヒー代をいただけると嬉しいです☕（もちろん任意）：{ADDR}"),
        ("payback", "@{FRIEND} この前のライブのチケット代、{AMT}送っといたよ！"),
        ("nft", "チャリティNFTコレクションは木曜18:00（UTC）に {LLINK} でミント開始。価格は0.02 ETH、収益は保護施設に寄付します。DMでリンクを送ることは絶対にありません。"),
        ("joke", "1 BTC送ってくれたら2 BTC返すよ。信じて。（冗談です。本気でこう言う人がいたら全力で逃げて）"),
    ],
    askreal=["@{U} これ本当？？友達が倍で返ってきたって言ってる", "@{U} 乗っ取られてませんか？いつもと雰囲気が違います", "@{U} 通報しました。みなさん絶対に送金しないで、アカウントが乗っ取られています。"],
    quote=["これは詐欺です。アカウントが乗っ取られています。このアドレスには絶対に送金しないでください。", "認証済みアカウントがこれを投稿してるの怖い。「暗号資産を倍に」は100%詐欺。", "典型的なプレゼント詐欺。「先着{N}名」は焦らせるための文句です。"],
    victim=["昨日、Telegramの「サポート担当」を名乗る人に{AMT}だまし取られました。高い授業料でした。", "詐欺師に送った暗号資産を取り戻す正規の方法はありますか？偽のプレゼント企画で{AMT}失いました。", "エアドロップのサイトにウォレットを接続したら、中身を全部抜かれました。"],
    notice=["本日午前、当アカウントが不正アクセスを受けました。暗号資産のプレゼントに関する投稿はすべて当社によるものではありません。現在プラットフォームと連携して対応中です。", "昨夜アカウントを乗っ取られました。私が暗号資産の送金をお願いすることは絶対にありません。ここ数時間の投稿のリンクは開かないでください。", "アカウントを取り戻しました。暗号資産の投稿は乗っ取った第三者によるものです。ご迷惑をおかけした皆さま、申し訳ありません。"],
    history=["札幌のみなさん、最高の夜をありがとう❤️", "新しいエピソードは金曜日に公開です。撮影とても楽しかった！", "雨の日曜日、コーヒーと好きな本。最高。", "スタッフ募集中です！SNS担当として一緒に働きませんか。", "今日はスタジオでレコーディング🎶", "週末のマルシェに来てくださった皆さん、ありがとうございました。"],
)

L["ko"] = dict(
    mult2=["2배", "두 배", "200%"], mult3=["3배", "세 배"],
    rows=["{a} {c} → {b} {c}", "{a} {c} 전송 ➡️ {b} {c} 지급", "{a}{c} = {b}{c}"],
    first=["지은", "서연", "민지", "하은", "수빈", "준호", "민준", "태윤", "성민"],
    last=["한", "서", "윤", "강", "오", "류", "남궁"],
    names=["일론 머스크", "비탈릭 부테린"],
    scam=[
        ("dbl", 0, "🚨 {NAME} 공식 이벤트 🚨\n기념으로 총 {TOTAL}을 나눠드립니다. 아래 주소로 {MIN}~{MAX} {COIN}을 보내시면 즉시 {MULT}로 돌려드립니다.\n{ADDR}"),
        ("dbl", 0, "지금부터 {MINS}분 동안만! {ADDR} 로 보낸 {COIN}은 모두 두 배로 돌려드립니다. 선착순 {N}건만 유효합니다."),
        ("dbl", 0, "{EXCH} 창립 기념 이벤트 🎉\n{TABLE}\n입금 주소: {ADDR}\n지급은 자동으로 진행됩니다."),
        ("dbl_link", 0, "{NAME}와 함께 한국 커뮤니티에 {TOTAL}을 환원합니다. {COIN} 두 배 이벤트 참여 👉 {LINK} 종료까지 {HRS}시간"),
        ("event", 0, "🔴 라이브 방송 중: {NAME}가 말하는 {COIN}의 미래. 방송 중 입금액은 전부 {MULT}로 돌려드립니다. 화면의 QR코드를 스캔하거나 {LINK} 접속"),
        ("drain", 0, "{COIN} 커뮤니티 에어드랍 시작 🪂 대상 지갑은 스냅샷 전에 수령할 수 있습니다. 지갑 연결하기: {LINK}"),
        ("drop", 0, "댓글에 {COIN} 지갑 주소 남겨주세요 👇 선착순 {N}명에게 {AMT} 보내드립니다. 팔로우 필수!"),
        ("valid", 0, "[{BRAND} 안내] 네트워크 업그레이드로 {HRS}시간 안에 지갑 동기화가 필요합니다. 미완료 시 자산이 동결됩니다. 인증하기: {LINK}"),
        ("recov", 0, "코인 사기 피해 보셨나요? 블록체인 추적으로 72시간 안에 자금을 회수해 드립니다. 문의: {MAIL} / 왓츠앱 {WA}"),
        ("fee", 0, "고객님의 {AMT} 출금 신청이 승인되었습니다. 자금 해제를 위해 먼저 세금 {FEE}를 납부하셔야 합니다. 고객센터: {TG}"),
        ("testi", 0, "진짜 들어왔어요 😱 {NAME} 이벤트에 {AMT} 보냈더니 몇 분 만에 {AMT2} 받았습니다! 아직 진행 중: {LINK}"),
        ("mentor", 0, "멘토님 시그널 덕분에 두 달 만에 500만 원이 8천만 원 됐어요. 주 {PCT}% 수익 보장, 손실 없음. {HANDLE} 에게 소개받았다고 DM 주세요 🙏"),
        ("pig", 0, "안녕하세요, 죄송해요 메시지를 잘못 보낸 것 같아요 😅 저는 {FIRST}이고 싱가포르에서 금융 일을 해요. 혹시 코인 투자에 관심 있으세요?"),
        ("presale", 0, "{COIN} 2.0 프리세일 오픈 🚀 다음 주 {EXCH} 상장 확정, 상장가는 프리세일가의 20배. 지금 바로 👉 {LINK}"),
        ("mentor", 1, "📢 코인 리딩방 무료 입장 이벤트! 전문 리더가 매일 급등 종목 찍어드립니다. 원금 보장, 수익률 {PCT}% 이상. 입장 👉 {TG}"),
        ("mentor", 1, "월 천만 원 수익 인증합니다 💰 부업으로 시작한 코인 자동매매, 누구나 가능해요. 카톡 문의 주시면 방법 알려드립니다 {LINK}"),
        ("recov", 1, "리딩방 사기로 돈 잃으신 분들, 포기하지 마세요. {FIRST} 변호사님 덕분에 전액 돌려받았어요. {HANDLE} 로 연락해 보세요!"),
        ("fee", 1, "축하합니다 🎉 {AMT} 당첨이 확정되었습니다. 수령을 위해 수수료 {FEE}를 {ADDR} 로 입금해 주세요."),
        ("testi", 1, "솔직히 반신반의했는데 오늘 {AMT2} 입금됐어요 🙌 {HANDLE} 님 정말 감사합니다!"),
        ("drain", 1, "🎁 선착순 {N}명 한정 NFT 무료 에어드랍! 지갑 연결하고 바로 받으세요: {LINK}"),
    ],
    benign=[
        ("news", "화요일 유명 치킨 프랜차이즈 계정이 해킹돼 '{ADDR}로 보낸 {COIN}을 두 배로 돌려준다'는 글이 올라왔다. 블록체인 기록에 따르면 게시물이 삭제되기 전까지 해당 주소로 {AMT}가 입금됐다."),
        ("news", "경찰은 '{NAME}' 가짜 라이브 방송으로 가상자산을 두 배로 불려준다며 시청자들을 속인 혐의로 3명을 검거했다. 피해액은 약 20억 원에 달한다."),
        ("news", "피해자들은 존재하지도 않는 잔고를 출금하려면 '출금 세금' {FEE}를 먼저 내야 한다는 요구를 받았다고 밝혔다."),
        ("research", "'1개 보내면 2개 돌려준다' 사기와 연결된 새 지갑: {ADDR}\n최근 24시간 입금 {N}건. 이 주소가 들어간 게시물은 신고해 주세요. {EXPL}"),
        ("research", "가짜 {BRAND} '동기화' 페이지({SDOM}) 주의하세요. 요청에 서명하면 드레이너에게 권한이 넘어갑니다. 클릭하셨다면 바로 승인 취소하세요."),
        ("warn", "누구도 당신의 코인을 두 배로 불려주지 않습니다. {NAME}도, 거래소도, 유명인도요. 먼저 보내라고 하면 사기입니다."),
        ("warn", "진짜 고객센터는 먼저 DM을 보내지 않고, 출금 전에 '세금'을 요구하지도 않습니다. 차단하고 신고하세요."),
        ("donation", "수해 복구 모금에 가상자산 기부도 받기 시작했습니다.\nBTC: {ADDR}\n사용 내역은 {LLINK} 에 공개합니다."),
        ("exchange", "{ORG} 신규 가입 혜택: 첫 30일간 거래 수수료 10% 페이백. 최소 입금액 없음. 자세한 내용은 {LLINK}"),
        ("rtg", "🎁 이벤트! 사인 유니폼 3벌을 드립니다. 참여 방법: 팔로우 + 이 글 리트윗. 당첨자는 금요일 발표. 어떤 경우에도 돈을 요구하지 않습니다."),
        ("price", "{COIN} 1월 대비 거의 두 배 됐네. 겨울의 나한테 말해줘도 안 믿었을 듯."),
        ("tipjar", "이 스레드가 도움이 되셨다면 커피 한 잔 후원도 환영합니다 ☕ (절대 의무 아님): {ADDR}"),
        ("payback", "@{FRIEND} 지난번 콘서트 티켓값 {AMT} 보냈어 확인해 줘!"),
        ("nft", "자선 NFT 컬렉션은 목요일 18:00(UTC)에 {LLINK} 에서 민팅합니다. 가격 0.02 ETH, 수익금은 보호소에 기부됩니다. DM으로 링크를 보내는 일은 절대 없습니다."),
        ("joke", "1 BTC 보내주면 2 BTC 돌려줄게. 진짜야. (농담입니다. 진지하게 이런 말 하는 사람 있으면 도망치세요.)"),
    ],
    askreal=["@{U} 이거 진짜예요?? 친구가 두 배로 받았다던데", "@{U} 계정 해킹당하신 거 아니에요? 평소랑 너무 달라요", "@{U} 신고했습니다. 여러분 절대 보내지 마세요, 해킹된 계정입니다."],
    quote=["사기입니다. 계정이 해킹됐어요. 이 주소로 절대 보내지 마세요.", "인증 계정이 이런 걸 올리다니… '코인 두 배'는 100% 사기입니다.", "전형적인 이벤트 사기. '선착순 {N}명'은 조급하게 만들려는 말이에요."],
    victim=["어제 텔레그램에서 '고객센터 직원'이라는 사람한테 {AMT} 사기당했어요. 비싼 수업료 냈네요.", "사기꾼에게 보낸 코인을 합법적으로 돌려받을 방법이 있을까요? 가짜 이벤트에 {AMT} 잃었어요.", "에어드랍 사이트에 지갑 연결했다가 전부 털렸습니다."],
    notice=["오늘 오전 저희 계정이 해킹당했습니다. 가상자산 이벤트 관련 게시물은 저희가 올린 것이 아니니 무시해 주세요. 플랫폼과 함께 조치 중입니다.", "어젯밤 계정을 해킹당했어요. 제가 코인을 보내달라고 할 일은 절대 없습니다. 최근 몇 시간 동안 올라온 링크는 누르지 마세요.", "계정을 되찾았습니다. 코인 관련 게시물은 계정을 탈취한 사람이 올린 것입니다. 피해를 입으신 분들께 죄송합니다."],
    history=["부산 여러분 오늘 밤 최고였어요 ❤️", "새 에피소드는 금요일에 공개됩니다. 촬영 정말 즐거웠어요!", "비 오는 일요일, 커피와 좋아하는 책. 완벽해.", "함께할 SNS 담당자를 찾습니다! 많은 지원 바랍니다.", "오늘은 스튜디오에서 녹음 중 🎶", "주말 플리마켓에 와주신 모든 분들 감사합니다."],
)

L["zh"] = dict(
    mult2=["双倍", "2倍", "200%"], mult3=["三倍", "3倍"],
    rows=["{a} {c} → {b} {c}", "转入 {a} {c} ➡️ 返还 {b} {c}", "{a}{c} = {b}{c}"],
    first=["思思", "雨桐", "佳怡", "梦瑶", "晓雯", "浩然", "子轩", "俊杰", "志明"],
    last=["林", "许", "沈", "韩", "程", "苏", "顾"],
    names=["马斯克", "V神"],
    scam=[
        ("dbl", 0, "🚨{NAME}官方福利活动🚨\n为庆祝上线，共发放{TOTAL}。向下方地址转入{MIN}至{MAX} {COIN}，即可立即获得{MULT}返还。\n{ADDR}"),
        ("dbl", 0, "仅限接下来{MINS}分钟！转入 {ADDR} 的每一枚{COIN}都将翻倍返还，仅前{N}笔有效。"),
        ("dbl", 0, "{EXCH}周年庆典活动🎉\n{TABLE}\n充值地址：{ADDR}\n系统自动返还。"),
        ("dbl_link", 0, "联合{NAME}回馈华人社区，总计{TOTAL}。{COIN}翻倍活动入口👉 {LINK} 距离结束还有{HRS}小时"),
        ("event", 0, "🔴正在直播：{NAME}谈{COIN}的未来。直播期间所有充值{MULT}返还，扫描屏幕上的二维码或进入 {LINK}"),
        ("drain", 0, "{COIN}社区空投已开启🪂 符合条件的钱包可在快照前领取。连接钱包：{LINK}"),
        ("drop", 0, "在评论区留下你的{COIN}钱包地址👇 前{N}名每人送{AMT}，记得关注！"),
        ("valid", 0, "【{BRAND}通知】因网络升级，您的钱包需在{HRS}小时内完成同步，否则资产将被冻结。立即验证：{LINK}"),
        ("recov", 0, "被币圈骗了？我们通过链上追踪，72小时内帮您追回资金。联系：{MAIL} 或 WhatsApp {WA}"),
        ("fee", 0, "尊敬的用户，您{AMT}的提现申请已通过审核。解冻资金前需先缴纳税费{FEE}。客服：{TG}"),
        ("testi", 0, "真的到账了😱 往{NAME}的活动转了{AMT}，几分钟就收到{AMT2}！还在进行中：{LINK}"),
        ("mentor", 0, "跟着老师的信号两个月，5万变成80万。每周{PCT}%收益保证，零风险。私信 {HANDLE} 说是我介绍的🙏"),
        ("pig", 0, "你好，不好意思好像加错人了😅 我叫{FIRST}，在新加坡做金融。你平时玩币吗？"),
        ("presale", 0, "{COIN}Max预售开启🚀 下周确定上线{EXCH}，开盘价为预售价20倍。抓紧上车👉 {LINK}"),
        ("mentor", 1, "带单老师免费带单📈 USDT稳赚不赔，日收益{PCT}%，本金随时可提。名额有限，加微信或Telegram：{TG}"),
        ("mentor", 1, "宝妈在家也能做的副业💰 跟着导师做合约，一个月回本十倍。有意者私信，备注「上车」{LINK}"),
        ("pig", 1, "哥哥你好呀，我舅舅在交易所做内部数据，最近有个稳赚的机会，只告诉信得过的人😊"),
        ("fee", 1, "恭喜您🎉 已中奖{AMT}。领取前需缴纳保证金{FEE}至 {ADDR}，到账后立即发放。"),
        ("testi", 1, "说实话一开始不太信，今天{AMT2}到账了🙌 谢谢 {HANDLE} 老师！"),
        ("drain", 1, "🎁限量NFT免费领取，仅前{N}名！连接钱包马上领：{LINK}"),
    ],
    benign=[
        ("news", "周二，一家知名奶茶连锁品牌的账号被盗，盗号者发帖称「向{ADDR}转入的{COIN}将双倍返还」。链上数据显示，在帖子被删除前，该地址共收到{AMT}。"),
        ("news", "警方抓获3名利用「{NAME}」虚假直播、以「加密货币翻倍」为诱饵实施诈骗的嫌疑人，涉案金额逾1000万元。"),
        ("news", "受害者表示，对方要求先缴纳{FEE}的「提现税」，才能取出根本不存在的余额。"),
        ("research", "与「转1返2」骗局相关的新钱包：{ADDR}\n过去24小时共有{N}笔转入。看到含有该地址的帖子请举报。{EXPL}"),
        ("research", "小心伪造的{BRAND}「同步」页面（{SDOM}）：签名请求就等于把授权交给盗币合约。点过的请立即撤销授权。"),
        ("warn", "没人会把你的币翻倍。不管是{NAME}、交易所还是明星。让你先转账的，都是骗子。"),
        ("warn", "真正的客服不会主动私信你，也不会在提现前要求你交「税费」。拉黑并举报。"),
        ("donation", "我们的洪灾救助募捐现已接受加密货币捐款。\nBTC：{ADDR}\n所有收支明细公布于 {LLINK}"),
        ("exchange", "{ORG}新用户福利：注册后30天内交易手续费返还10%，无最低充值要求。详情见 {LLINK}"),
        ("rtg", "🎁抽奖活动！送出3件签名球衣。参与方式：关注+转发本帖。周五公布结果。我们绝不会向你收取任何费用。"),
        ("price", "{COIN}从一月到现在差不多翻了一倍，冬天谁跟我说我都不信。"),
        ("tipjar", "如果这条帖子帮到你，欢迎请我喝杯咖啡☕（完全自愿）：{ADDR}"),
        ("payback", "@{FRIEND} 上次演唱会门票的钱{AMT}转你了，查收一下～"),
        ("nft", "我们的公益NFT系列将于周四18:00（UTC）在 {LLINK} 开放铸造。价格0.02 ETH，所得全部捐给救助站。我们绝不会私信发送链接。"),
        ("joke", "给我转1个BTC，我还你2个。相信我。（开玩笑的，真有人这么说请立刻跑。）"),
    ],
    askreal=["@{U} 这是真的吗？？我表哥说他收到了双倍", "@{U} 你号被盗了吗？这不像你发的", "@{U} 已举报。大家千万别转，这个号被盗了。"],
    quote=["这是骗局，账号被盗了。千万不要往这个地址转任何东西。", "认证账号发这种东西……「币翻倍」百分之百是诈骗。", "典型的送币骗局，「仅前{N}名」就是为了催你赶紧转。"],
    victim=["昨天被一个自称「客服」的Telegram账号骗了{AMT}，交了学费。", "转给骗子的币有没有正规途径追回？在假活动里亏了{AMT}。", "把钱包连到一个空投网站，结果被盗空了。"],
    notice=["本账号今早遭到盗用，所有关于加密货币赠送的帖子均非本账号发布，请勿理会。我们正在与平台合作处理。", "我的账号昨晚被盗了。我永远不会让你们给我转币，最近几个小时发的链接都不要点。", "账号已找回。有关加密货币的帖子是盗号者发布的，向受影响的朋友们致歉。"],
    history=["谢谢成都的朋友们，今晚太棒了❤️", "新一期周五上线，录制过程超开心！", "下雨的周日，咖啡加一本好书，完美。", "招聘啦！我们在找新媒体运营，欢迎投递简历。", "今天回到录音室🎶", "感谢周末来市集的每一位朋友。"],
)
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]


# ---------------------------------------------------------------- accounts
T0 = datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc)
DAY = 86400
TW_EPOCH_MS = 1288834974657
SOURCES = ["Twitter for iPhone", "Twitter for Android", "Twitter Web App", "TweetDeck Web App",
           "Hootsuite Inc.", "Sprout Social", "Twitter for iPad"]

HIJACK_SPECS = [  # lang, display name, username, crypto-related
    ("en", "Dana Whitfield", "danawhitfield", 0), ("en", "Harlow Street FC", "HarlowStreetFC", 0),
    ("en", "Orbit Pizza Co.", "orbitpizza", 0),
    ("es", "Lucía Ferrán", "luciaferran_oficial", 0), ("es", "Deportivo Ríoalto", "DepRioalto", 0),
    ("es", "Hablemos de Cripto", "hablemosdecripto", 1),
    ("pt", "Banda Maré Alta", "bandamarealta", 0), ("pt", "Farmácias Boa Vida", "farmaciasboavida", 0),
    ("fr", "Camille Morvan", "camillemorvan", 0), ("fr", "Librairie du Quai", "librairieduquai", 0),
    ("fr", "Journal du Rugby Sud", "jrugbysud", 0),
    ("de", "Florian Sommerfeld", "flo_sommerfeld", 0), ("de", "Bäckerei Kessler", "baeckereikessler", 0),
    ("de", "Kryptowelt Podcast", "kryptoweltpod", 1),
    ("it", "Chiara Gualtieri", "chiaragualtieri", 0), ("it", "Pizzeria Vesuvio Club", "vesuvioclub", 0),
    ("ru", "Игорь Ларионов", "larionov_igor", 0), ("ru", "Кофейня «Север»", "sever_coffee", 0),
    ("ru", "Крипто Дайджест", "crypto_digest_ru", 1),
    ("tr", "Selin Akyürek", "selinakyurek", 0), ("tr", "Karaduman Spor", "karadumanspor", 0),
    ("ar", "هالة الشامي", "halaalshami", 0), ("ar", "مطاعم القاسم", "alqasim_food", 0),
    ("ja", "早瀬 玲奈", "hayase_rena", 0), ("ja", "ラーメン桐島", "kirishima_ramen", 0),
    ("ja", "相沢健太｜投資と暮らし", "aizawa_kenta", 1),
    ("ko", "윤서연", "yoon_seoyeon", 0), ("ko", "강남 치킨 클럽", "gangnamchicken", 0),
    ("zh", "沈佳怡", "shenjiayi", 0), ("zh", "顾氏茶饮", "gu_tea", 0),
]
HIST_CRYPTO = {
    "es": ["Nuevo episodio: cómo guardar tus claves sin volverte loco. Enlace en la bio.", "Hoy el mercado está tranquilo. Buen día para leer en vez de operar."],
    "de": ["Neue Folge: Self-Custody für Einsteiger. Jetzt überall, wo es Podcasts gibt.", "Ruhiger Markttag. Perfekt, um endlich das Whitepaper zu lesen."],
    "ru": ["Новый выпуск дайджеста: главное за неделю в мире блокчейна.", "Рынок сегодня спокойный. Хороший день, чтобы почитать документацию."],
    "ja": ["今週の家計簿と積立の振り返りをブログにまとめました。", "相場が静かな日は読書に限る。"],
}
NORMAL_TYPES = ["news", "researcher", "exchange", "charity", "brand", "enthusiast", "enthusiast",
                "everyday", "everyday", "everyday", "everyday", "famous"]
ORG_NAMES = {
    "news": ["Daily Ledger", "Diario Horizonte", "Jornal Ponte", "Le Veilleur", "Tagesblick",
             "Il Cronista", "Вечерний Вестник", "Gündem Hattı", "المرصد اليومي", "あさなぎ新報", "한빛일보", "晨光快讯"],
    "researcher": ["ChainSleuth Lab", "Rastro Seguro", "Olho na Cadeia", "Veille Blockchain", "Kettenblick Research",
                   "Occhio alla Catena", "ЦепьДозор", "Zincir Takip", "رصد السلسلة", "チェーン監視室", "체인워치 연구소", "链上侦探"],
    "exchange": ["Kestrel Exchange", "Cóndor Exchange", "Ipê Exchange", "Héron Exchange", "Falke Börse",
                 "Airone Exchange", "Сокол Биржа", "Atmaca Borsa", "منصة الصقر", "ハヤブサ取引所", "매 거래소", "游隼交易所"],
    "charity": ["Wellspring Relief", "Fundación Manantial", "Instituto Nascente", "Fondation Source Vive",
                "Quellhilfe e.V.", "Fondazione Sorgente", "Фонд «Родник»", "Pınar Vakfı", "جمعية الينبوع",
                "いずみ基金", "샘물재단", "清泉公益"],
    "brand": ["Lumen Sneakers", "Cafés Aroma Sur", "Cerveja Lagoa", "Maison Brindille", "Radwerk Berlin",
              "Gelato Nuvola", "Чай Облака", "Simit Sarayı Kadıköy", "عطور الريم", "茶房こもれび", "달빛 베이커리", "云朵烘焙"],
}
FAMOUS_PEOPLE = {"en": ("Marcus Hale", "marcushale"), "es": ("Andrés Quiroga", "andresquiroga"),
                 "pt": ("Juliana Campos", "jucampos"), "fr": ("Hugo Vautrin", "hugovautrin"),
                 "de": ("Katrin Falkenberg", "katrinfalkenberg"), "it": ("Davide Zanetti", "davidezanetti"),
                 "ru": ("Марина Сабурова", "marina_saburova"), "tr": ("Burak Tekinalp", "buraktekinalp"),
                 "ar": ("طارق العطار", "tariq_alattar"), "ja": ("藤堂 翔", "todo_sho"),
                 "ko": ("강민준", "kang_minjun"), "zh": ("程浩然", "cheng_haoran")}
LEGIT_TLD = ["org", "com", "news", "net", "io"]


def slug(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Gen:
    def __init__(self):
        self.r = random.Random(SEED)
        self.mint = Mint(random.Random(SEED + 1))
        self.accounts = []
        self.acc_by_id = {}
        self.posts = []
        self.events = []
        self.used_ids = set()
        self.obf_count = {}
        self.stats = {}

    # ---- helpers
    def uid_for(self, created_s):
        """user id: old numeric ids before 2013, snowflake after."""
        ts = T0.timestamp() + created_s
        while True:
            if ts < datetime.datetime(2013, 1, 1, tzinfo=datetime.timezone.utc).timestamp():
                i = str(self.r.randint(10_000_000, 999_999_999))
            else:
                i = str(((int(ts * 1000) - TW_EPOCH_MS) << 22) | self.r.getrandbits(22))
            if i not in self.used_ids:
                self.used_ids.add(i)
                return i

    def add_account(self, lang, name, username, label, created_s, followers, verified, source, role):
        a = dict(id=self.uid_for(created_s), lang=lang, name=name, username=username, label=label,
                 created_s=created_s, followers=followers, following=self.r.randint(20, 3000),
                 tweets=self.r.randint(50, 40000) if label != "scammer" else self.r.randint(1, 300),
                 verified=verified, source=source, role=role, addr={})
        self.accounts.append(a)
        self.acc_by_id[a["id"]] = a
        return a

    def post(self, acc, t, text, label, lang=None, source=None, kind="", reply_to=None, rt_of=None,
             quote_of=None, urls=None, ordinary=False, obf=None, local=False):
        p = dict(acc=acc, t=t, text=text, label=label, lang=lang or acc["lang"],
                 source=source or acc["source"], kind=kind, reply_to=reply_to, rt_of=rt_of,
                 quote_of=quote_of, urls=urls or [], ordinary=ordinary, obf=obf, local=local)
        self.posts.append(p)
        return p

    # ---- slot values
    def coin(self):
        return self.r.choices(["BTC", "ETH", "SOL", "USDT", "TRX"], [30, 30, 12, 20, 8])[0]

    def name(self, lang):
        loc = L[lang].get("names")
        if loc and self.r.random() < .35:
            return self.r.choice(loc)
        return self.r.choice(IMPERS)

    def amounts(self, coin):
        rng = COIN_RANGE[coin]
        mn = self.r.choice(rng[:3])
        mx = mn * self.r.choice([10, 20, 50, 100])
        return mn, mx

    def table(self, lang, coin, k, ad):
        pat = self.r.choice(L[lang]["rows"])
        base = COIN_RANGE[coin]
        vals = sorted(set(self.r.sample(base + [b * 10 for b in base[-2:]], self.r.randint(3, 5))))
        return "\n".join(pat.format(a=fmt_num(v, lang, ad), b=fmt_num(v * k, lang, ad), c=coin) for v in vals)

    def contact_handle(self, lang, roles=("recovery", "mentor")):
        c = [a for a in self.accounts if a["label"] == "scammer" and a["lang"] == lang and a["role"] in roles]
        if c and self.r.random() < .8:
            return "@" + self.r.choice(c)["username"]
        return "@" + self.r.choice(["AssetRecovery", "ChainRefund", "CryptoRetrieve", "FundsBack", "TraceDesk"]) \
            + "_" + self.r.choice(["Pro", "Help", "Official", "Team", "24"]) + str(self.r.randint(1, 99))

    def phone(self):
        if self.r.random() < .5:
            return "+1 (%s) 555-01%02d" % (self.r.choice(["202", "312", "415", "646", "213"]), self.r.randint(0, 99))
        return "+44 7700 900%03d" % self.r.randint(0, 999)

    def fill_plain(self, text, lang, ctx):
        r = self.r
        coin = ctx.setdefault("coin", self.coin())
        ad = ctx.setdefault("ad", lang == "ar" and r.random() < .3)
        k = ctx.setdefault("k", 2 if r.random() < .82 else 3)
        mn, mx = ctx.setdefault("minmax", self.amounts(coin))
        amt = ctx.setdefault("amt", r.choice(COIN_RANGE[coin]))
        vals = {
            "{NAME}": ctx.setdefault("name", self.name(lang)),
            "{EXCH}": ctx.setdefault("exch", r.choice(EXCHS)),
            "{BRAND}": ctx.setdefault("brand", r.choice(WALLETS)),
            "{COIN}": coin,
            "{MIN}": fmt_num(mn, lang, ad), "{MAX}": fmt_num(mx, lang, ad),
            "{MULT}": r.choice(L[lang]["mult2" if k == 2 else "mult3"]),
            "{N}": fmt_num(r.choice([50, 100, 200, 300, 500, 1000, 5000]), lang, ad),
            "{MINS}": fmt_num(r.choice([15, 20, 30, 45, 60]), lang, ad),
            "{HRS}": fmt_num(r.choice([2, 3, 6, 12, 24, 48]), lang, ad),
            "{TOTAL}": fmt_num(r.choice([1000, 2000, 5000, 10000, 50000]), lang, ad) + " " + coin,
            "{PCT}": fmt_num(r.choice([3, 5, 8, 10, 12, 15, 20, 30]), lang, ad),
            "{AMT}": fmt_num(amt, lang, ad) + " " + coin,
            "{AMT2}": fmt_num(amt * k, lang, ad) + " " + coin,
            "{FEE}": (fmt_num(r.choice([150, 300, 450, 800, 1200, 2500]), lang, ad) + " USDT") if r.random() < .6
            else fmt_num(round(amt * r.choice([0.1, 0.15, 0.2]), 4), lang, ad) + " " + coin,
            "{FIRST}": r.choice(L[lang]["first"]),
            "{ORG}": ctx.get("org", ORG_NAMES["exchange"][LANGS.index(lang)]),
            "{U}": ctx.get("u", ""), "{FRIEND}": ctx.get("friend", ""),
        }
        if "{TABLE}" in text:
            vals["{TABLE}"] = self.table(lang, coin, k, ad)
        for key, v in vals.items():
            text = text.replace(key, v)
        return text

    def render_addr(self, addr, allow_uri=True):
        if allow_uri and self.r.random() < .15:
            if addr.startswith(("1", "3", "bc1")):
                return "bitcoin:%s?amount=%s" % (addr, self.r.choice(["0.1", "0.05", "0.5", "1"]))
            if addr.startswith("0x"):
                return "ethereum:" + addr
        return addr

    def fill_protected(self, text, lang, ctx, urls):
        """fills {ADDR} {EXPL} {LINK} {LLINK} {SDOM} {TG} {WA} {MAIL} {HANDLE}; appends url entities."""
        r = self.r

        def link(url, mode=None):
            shown, ent, _ = render_link(url, r, mode)
            if ent:
                urls.append(ent)
            return shown
        if "{ADDR}" in text:
            addr = ctx.get("addr") or self.mint.for_coin(ctx["coin"])
            ctx["addr"] = addr
            text = text.replace("{ADDR}", self.render_addr(addr, ctx.get("uri", True)))
        if "{EXPL}" in text:
            addr = ctx.get("addr") or self.mint.for_coin(ctx["coin"])
            ctx["addr"] = addr
            text = text.replace("{EXPL}", link(explorer(addr), r.choice(["tco", "raw"])))
        if "{LINK}" in text:
            url = ctx.get("link") or scam_url(ctx.get("kind", "dbl"), r)
            ctx["link"] = url
            text = text.replace("{LINK}", link(url, ctx.get("link_mode")))
        if "{LLINK}" in text:
            text = text.replace("{LLINK}", link(ctx["llink"]))
        if "{SDOM}" in text:
            d = scam_url(r.choice(["valid", "drain"]), r).split("://")[1].split("/")[0]
            text = text.replace("{SDOM}", d.replace(".", "[.]") if r.random() < .5 else d)
        if "{TG}" in text:
            h = ctx.get("tg") or (r.choice(["vip_signals", "support_desk", "recovery_team", "profit_club",
                                            "official_help", "trade_room"]) + "_" + slug(r.choice(L["en"]["first"])) + str(r.randint(1, 999)))
            text = text.replace("{TG}", link("https://t.me/" + h, r.choice(["tco", "raw", "bare", "bare"])))
        if "{WA}" in text:
            ph = self.phone()
            if r.random() < .3:
                text = text.replace("{WA}", link("https://wa.me/" + re.sub(r"\D", "", ph), r.choice(["tco", "bare"])))
            else:
                text = text.replace("{WA}", ph)
        if "{MAIL}" in text:
            text = text.replace("{MAIL}", "%s.%s@%s" % (
                slug(r.choice(L["en"]["first"])), r.choice(["recovery", "assist", "desk", "claims"]),
                r.choice(["fundtrace-desk.net", "chainrecover-pro.com", "assetreclaim-help.org",
                          "cryptoaid-desk.net", "walletrefund.support"])))
        if "{HANDLE}" in text:
            text = text.replace("{HANDLE}", ctx.get("handle") or self.contact_handle(lang))
        return text

    # ---- scam text
    OBF_P = 0.23
    OBF_ALLOWED = {
        "ru": ["emoji_between", "letter_spaced", "zero_width", "homoglyph", "fullwidth", "line_breaks"],
        "ar": ["emoji_between", "letter_spaced", "zero_width", "homoglyph", "fullwidth", "line_breaks"],
        "ja": ["emoji_between", "letter_spaced", "zero_width", "fullwidth", "line_breaks"],
        "ko": ["emoji_between", "letter_spaced", "zero_width", "fullwidth", "line_breaks", "homoglyph"],
        "zh": ["emoji_between", "letter_spaced", "zero_width", "fullwidth", "line_breaks"],
    }

    def pick_tpl(self, lang, kinds, has_addr=None, need_link=False, local_p=.38):
        def ok(t):
            a = "{ADDR}" in t[2] or "{EXPL}" in t[2]
            if t[0] not in kinds or (has_addr is not None and a != has_addr):
                return False
            return not need_link or "{LINK}" in t[2]
        pool = [t for t in L[lang]["scam"] if ok(t)]
        loc = [t for t in pool if t[1]]
        gen = [t for t in pool if not t[1]] or pool
        return self.r.choice(loc) if loc and self.r.random() < local_p else self.r.choice(gen)

    def scam_text(self, lang, tpl, ctx, urls):
        kind, local, raw = tpl
        ctx["kind"] = kind
        text = self.fill_plain(raw, lang, ctx)
        obf = None
        if self.r.random() < self.OBF_P:
            kinds = list(self.OBF_ALLOWED.get(lang, OBF_KINDS))
            self.r.shuffle(kinds)
            for k in kinds:
                new = obfuscate(text, k, lang, self.r)
                if new != text:
                    text, obf = new, k
                    break
        text = self.fill_protected(text, lang, ctx, urls)
        if obf:
            self.obf_count[obf] = self.obf_count.get(obf, 0) + 1
        return text, obf, bool(local)

    # ---- builders
    def ascii_user(self, lang, first_idx, extra=""):
        roman = {"ru": ["anna", "katya", "marina", "olga", "dasha", "alexey", "dima", "igor", "sergey"],
                 "ar": ["layla", "noor", "reem", "sara", "hala", "khaled", "youssef", "omar", "tarek"],
                 "ja": ["misaki", "yui", "sakura", "mayu", "rena", "takuya", "kenta", "sho", "daisuke"],
                 "ko": ["jieun", "seoyeon", "minji", "haeun", "subin", "junho", "minjun", "taeyun", "sungmin"],
                 "zh": ["sisi", "yutong", "jiayi", "mengyao", "xiaowen", "haoran", "zixuan", "junjie", "zhiming"]}
        if lang in roman:
            base = roman[lang][first_idx % len(roman[lang])]
        else:
            base = slug(L[lang]["first"][first_idx]).replace("í", "i")
            base = re.sub(r"[^a-z]", "", base.encode("ascii", "ignore").decode() or "user")
        return base + extra + str(self.r.randint(1, 9999))

    def person_name(self, lang, i):
        f, l = L[lang]["first"][i], self.r.choice(L[lang]["last"])
        if lang == "ja":
            return l + " " + f
        if lang in ("ko", "zh"):
            return l + f
        return f + " " + l

    def build_normals(self):
        r = self.r
        self.normals = {lg: [] for lg in LANGS}
        for li, lg in enumerate(LANGS):
            for ty in NORMAL_TYPES:
                if ty == "famous":
                    nm, un = FAMOUS_PEOPLE[lg]
                    a = self.add_account(lg, nm, un, "normal", -DAY * r.uniform(365 * 13, 365 * 16.5),
                                         int(10 ** r.uniform(6.3, 7.6)), True, r.choice(SOURCES[:3]), ty)
                elif ty in ORG_NAMES:
                    nm = ORG_NAMES[ty][li]
                    un = slug(nm)
                    if len(un) < 5:
                        un = "%s_%s%d" % (ty, lg, r.randint(1, 99))
                    fol = {"news": (5.2, 6.5), "researcher": (4.2, 5.5), "exchange": (5.0, 6.3),
                           "charity": (3.6, 4.9), "brand": (4.3, 5.9)}[ty]
                    a = self.add_account(lg, nm, un, "normal", -DAY * r.uniform(365 * 3, 365 * 14),
                                         int(10 ** r.uniform(*fol)), ty in ("news", "exchange") and r.random() < .7,
                                         r.choice(["Sprout Social", "Hootsuite Inc.", "Twitter Web App", "TweetDeck Web App"]), ty)
                    host = un.replace("_", "-") + "." + r.choice(LEGIT_TLD)
                    a["llink"] = "https://" + host + {"charity": "/donate", "exchange": "/promo/fee-rebate",
                                                      "brand": "/mint", "news": "/crypto", "researcher": "/reports"}[ty]
                else:
                    i = r.randrange(len(L[lg]["first"]))
                    nm = self.person_name(lg, i)
                    a = self.add_account(lg, nm, self.ascii_user(lg, i, r.choice(["", "_", "."]).replace(".", "_")),
                                         "normal", -DAY * r.uniform(200, 365 * 12),
                                         int(10 ** r.uniform(1.5, 4.5 if ty == "enthusiast" else 3.4)), False,
                                         r.choice(SOURCES[:3]), ty)
                    a["llink"] = "https://" + a["username"].replace("_", "") + ".blog/mint"
                c = r.choice(["BTC", "ETH", "SOL", "USDT"])
                a["own_coin"] = c if ty != "charity" else "BTC"
                a["own_addr"] = self.mint.for_coin(a["own_coin"])
                self.normals[lg].append(a)
            # famous ordinary posts and victim posts
            fam = [a for a in self.normals[lg] if a["role"] == "famous"][0]
            for _ in range(5):
                self.post(fam, r.uniform(1, 58) * DAY, r.choice(L[lg]["history"]), "benign",
                          kind="famous_ordinary", ordinary=True)
            for v in L[lg]["victim"] + [r.choice(L[lg]["victim"])]:
                acc = r.choice([a for a in self.normals[lg] if a["role"] == "everyday"])
                ctx = {}
                self.post(acc, r.uniform(2, 57) * DAY, self.fill_plain(v, lg, ctx), "benign", kind="victim")
        # benign security events on normal accounts
        pool = [a for lg in LANGS for a in self.normals[lg] if a["role"] in ("everyday", "enthusiast", "famous")]
        for a in r.sample(pool, 24):
            for _ in range(r.randint(1, 2)):
                self.events.append(dict(acc=a, t=r.uniform(1, 60) * DAY,
                                        type=r.choice(["login_new_device", "password_reset", "phone_changed", "email_changed"])))

    def build_hijacked(self):
        r = self.r
        n = len(HIJACK_SPECS)
        idx = list(range(n))
        r.shuffle(idx)
        g1, g2, g3 = idx[0:3], idx[3:6], idx[6:8]
        link_only = set(g1) | set(idx[8:15])          # 10 link-only bursts
        sec = set(r.sample(idx, 15))
        notice = set(r.sample(idx, 24))
        group_of = {}
        gctx = {}
        for gname, members, base in (("G1", g1, 20.4), ("G2", g2, 33.7), ("G3", g3, 47.2)):
            for j, m in enumerate(members):
                group_of[m] = (gname, base * DAY + j * r.uniform(120, 420) + r.uniform(0, 60))
        gctx["G1"] = dict(coin="ETH", link=scam_url("dbl", r), kind="dbl_link")
        gctx["G2"] = dict(coin="BTC", addr=self.mint.btc("bech32"))
        gctx["G3"] = dict(coin="ETH", addr=self.mint.eth())
        self.hijack_stats = []
        for i, (lg, nm, un, crypto) in enumerate(HIJACK_SPECS):
            year = r.randint(2009, 2019)
            created = (datetime.datetime(year, r.randint(1, 12), r.randint(1, 28), tzinfo=datetime.timezone.utc)
                       - T0).total_seconds() + r.uniform(0, DAY)
            fol = int(10 ** r.uniform(3.6, 6.8))
            usual = r.choice(SOURCES)
            a = self.add_account(lg, nm, un, "hijacked", created, fol, fol > 250000 and r.random() < .75 or r.random() < .1,
                                 usual, "hijacked")
            burst = group_of[i][1] if i in group_of else r.uniform(12, 57) * DAY
            # history
            for t in sorted(r.uniform(max(.3 * DAY, burst - 45 * DAY), burst - 8 * 3600) for _ in range(r.randint(2, 8))):
                pool = L[lg]["history"] + (HIST_CRYPTO.get(lg, []) * 2 if crypto else [])
                self.post(a, t, r.choice(pool), "benign", kind="history", ordinary=True)
            # security events
            if i in sec:
                types = r.sample(["password_reset", "email_changed", "login_new_device", "mfa_disabled",
                                  "phone_changed", "session_token_reissued"], r.randint(1, 3))
                offs = sorted(r.sample(range(4 * 60, 95 * 60, 60), len(types)), reverse=True)
                for ty, off in zip(types, offs):
                    self.events.append(dict(acc=a, t=burst - off - r.uniform(0, 50), type=ty))
            new_client = r.random() < .55
            src = (r.choice([s for s in ["Twitter Web App", "Twitter for Android", "TweetDeck Web App", "Twitter for Mac"]
                             if s != usual]) if new_client else usual)
            has_addr = i not in link_only
            ctx = dict(gctx[group_of[i][0]]) if i in group_of else {}
            m = r.randint(1, 4)
            t = burst
            for k in range(m):
                if has_addr:
                    tpl = self.pick_tpl(lg, ["dbl"], has_addr=True, local_p=.3)
                else:
                    tpl = self.pick_tpl(lg, ["dbl_link", "event", "drain", "presale", "valid"], has_addr=False,
                                        need_link=True, local_p=.3)
                urls = []
                c2 = ctx
                c2.pop("kind", None)
                text, obf, loc = self.scam_text(lg, tpl, c2, urls)
                hp = self.post(a, t, text, "scam", source=src, kind="hijack_" + tpl[0], urls=urls, obf=obf, local=loc)
                hp["addr"], hp["coin"] = c2.get("addr"), c2.get("coin")
                t += r.uniform(60, 25 * 60)
            if i in notice:
                self.post(a, t + r.uniform(1, 20) * 3600, r.choice(L[lg]["notice"]), "benign", source=usual,
                          kind="hijack_notice")
            self.hijack_stats.append(dict(user=un, lang=lg, posts=m, addr=has_addr, sec=i in sec,
                                          group=group_of.get(i, ("", 0))[0], notice=i in notice, new_client=new_client))

    ROLE_KINDS = {
        "impersonator": ["dbl", "dbl_link", "event", "presale", "testi"],
        "replyguy": ["dbl", "dbl_link", "drop", "testi", "drain", "event"],
        "recovery": ["recov", "fee"],
        "drainer": ["drain", "valid", "presale", "drop"],
        "mentor": ["mentor", "pig", "testi", "fee"],
    }

    def scammer_identity(self, lg, role, famous):
        r = self.r
        if role in ("impersonator", "replyguy"):
            if role == "replyguy" and r.random() < .5:
                nm = famous["name"]
                base = famous["username"]
                un = r.choice([base.replace("l", "I", 1) if "l" in base else base + "_", base + "_official",
                               base + str(r.randint(10, 99)), base[:-1] + base[-1] * 2, "real" + base])
            else:
                nm0 = self.name(lg)
                nm = r.choice([nm0, nm0 + " 🚀", nm0 + " ✔", nm0 + " Giveaway", nm0 + " | Official"])
                b = slug(nm0) or "elonmusk"
                if not re.search("[a-z]", b):
                    b = r.choice(["elonmusk", "vitalikbuterin", "saylor"])
                un = r.choice([b + "_giveaway", b + "_event", b + str(r.randint(100, 9999)), b.replace("l", "I", 1) + "x",
                               b + "_live", "the_" + b])
        elif role == "recovery":
            f = r.choice(L["en"]["first"])
            nm = r.choice(["%s %s | Asset Recovery", "%s %s — Crypto Recovery Expert", "Recovery Agent %s %s",
                           "%s %s (Certified Fund Tracer)"]) % (f, r.choice(L["en"]["last"]))
            un = slug(f) + r.choice(["_recovery", "_recovers", "_tracer", "hacks", "_fundsback"]) + str(r.randint(1, 999))
        elif role == "drainer":
            ex = r.choice(EXCHS + WALLETS)
            nm = r.choice(["%s Support", "%s Airdrop", "%s Rewards", "%s Help Center", "%s Official"]) % ex
            un = slug(ex) + r.choice(["_support", "_airdrop", "_rewards", "help", "_claims"]) + str(r.randint(1, 99))
        else:
            i = r.randrange(len(L[lg]["first"]))
            nm = self.person_name(lg, i) + r.choice([" 📈", " 💹 Trader", " | Mentor", " 💰", ""])
            un = self.ascii_user(lg, i, r.choice(["_fx", "_trades", "_invest", "_mentor", "_signals"]))
        return nm, un

    def build_scammers(self):
        r = self.r
        hij = {lg: sum(1 for p in self.posts if p["label"] == "scam" and p["lang"] == lg) for lg in LANGS}
        total_h = sum(hij.values())
        per = {lg: (550 - total_h) // 12 + (1 if i < (550 - total_h) % 12 else 0) for i, lg in enumerate(LANGS)}
        for lg in LANGS:
            famous = [a for a in self.normals[lg] if a["role"] == "famous"][0]
            fam_posts = [p for p in self.posts if p["acc"] is famous]
            victims = [p for p in self.posts if p["kind"] == "victim" and p["lang"] == lg]
            everyday = [p for p in self.posts if p["lang"] == lg and p["acc"]["label"] == "normal"]
            need = per[lg]
            while need > 0:
                role = r.choices(list(self.ROLE_KINDS), [24, 26, 16, 14, 20])[0]
                n = min(need, r.randint(1, 6))
                need -= n
                start = r.uniform(.5, 56) * DAY
                plan = []
                for _ in range(n):
                    parent = None
                    if role == "replyguy":
                        parent = r.choice(fam_posts)
                        t = parent["t"] + r.uniform(40, 2400)
                    elif role == "recovery" and r.random() < .6:
                        parent = r.choice(victims)
                        t = parent["t"] + r.uniform(600, 8 * 3600)
                    elif role == "mentor" and r.random() < .35:
                        parent = r.choice(everyday)
                        t = parent["t"] + r.uniform(300, 20 * 3600)
                    else:
                        t = start + r.uniform(0, 5 * DAY)
                    plan.append((min(t, 60.2 * DAY), parent))
                plan.sort(key=lambda x: x[0])
                created = plan[0][0] - r.uniform(1, 20) * DAY - r.uniform(0, DAY)
                nm, un = self.scammer_identity(lg, role, famous)
                a = self.add_account(lg, nm, un, "scammer", created, r.randint(0, 420), r.random() < .08,
                                     r.choice(["Twitter Web App", "Twitter for Android", "Twitter for iPhone"]), role)
                ctx_acc = {}
                if role == "impersonator" and not nm.endswith(("Official", "Giveaway")):
                    ctx_acc["name"] = nm.replace(" 🚀", "").replace(" ✔", "")
                for t, parent in plan:
                    kinds = self.ROLE_KINDS[role]
                    if role == "mentor" and parent is not None:
                        kinds = ["pig", "mentor"]
                    if role == "recovery" and parent is None:
                        kinds = ["recov"]
                    tpl = self.pick_tpl(lg, kinds)
                    ctx = dict(ctx_acc) if r.random() < .6 else {}
                    urls = []
                    text, obf, loc = self.scam_text(lg, tpl, ctx, urls)
                    if parent is None and r.random() < .12:
                        tpl2 = self.pick_tpl(lg, kinds)
                        if tpl2 is not tpl:
                            text2, obf2, _ = self.scam_text(lg, tpl2, ctx, urls)
                            text, obf = text + "\n\n" + text2, obf or obf2
                    if parent is not None:
                        text = "@%s %s" % (parent["acc"]["username"], text)
                    sp = self.post(a, t, text, "scam", kind=role + "_" + tpl[0], reply_to=parent, urls=urls,
                                   obf=obf, local=loc)
                    sp["addr"], sp["coin"] = ctx.get("addr"), ctx.get("coin")

    BENIGN_BY_TYPE = {
        "news": ["news", "news", "news", "warn", "price"], "researcher": ["research", "research", "warn", "tipjar"],
        "exchange": ["exchange", "warn", "rtg"], "charity": ["donation", "donation", "nft"],
        "brand": ["rtg", "nft"], "enthusiast": ["price", "tipjar", "joke", "nft", "warn"],
        "everyday": ["payback", "payback", "joke", "price"], "famous": ["rtg", "joke"],
    }

    def build_benign(self):
        r = self.r
        for lg in LANGS:
            accs = self.normals[lg]
            scams = [p for p in self.posts if p["lang"] == lg and p["label"] == "scam" and p["reply_to"] is None]
            scam_addr_posts = [p for p in self.posts if p["label"] == "scam" and p.get("addr")]
            tpls = L[lg]["benign"]
            for j in range(34):
                acc = r.choice(accs)
                kinds = self.BENIGN_BY_TYPE[acc["role"]]
                kind = r.choice(kinds)
                cand = [t for t in tpls if t[0] == kind]
                if not cand:
                    continue
                tpl = r.choice(cand)[1]
                ctx = {"org": acc["name"] if acc["role"] == "exchange" else ORG_NAMES["exchange"][LANGS.index(lg)],
                       "llink": acc.get("llink", "https://" + acc["username"] + ".org"), "uri": False,
                       "friend": r.choice([a for a in accs if a is not acc and a["role"] in ("everyday", "enthusiast")])["username"]}
                t = r.uniform(.5, 59.5) * DAY
                if kind in ("news", "research") and scam_addr_posts and r.random() < .55:
                    sp = r.choice(scam_addr_posts)
                    ctx["addr"], ctx["coin"] = sp["addr"], sp["coin"]
                    t = min(sp["t"] + r.uniform(2 * 3600, 4 * DAY), 60.3 * DAY)
                if kind in ("donation", "tipjar"):
                    ctx["addr"], ctx["coin"], ctx["uri"] = acc["own_addr"], acc["own_coin"], True
                urls = []
                if kind in ("news", "research") and r.random() < .4:
                    other = [t[1] for t in cand if t[1] != tpl]
                    if other:
                        tpl = tpl + "\n\n" + r.choice(other)
                text = self.fill_protected(self.fill_plain(tpl, lg, ctx), lg, ctx, urls)
                self.post(acc, t, text, "benign", kind="benign_" + kind, urls=urls)
            # reactions to scam posts
            people = [a for a in accs if a["role"] in ("everyday", "enthusiast")]
            for j in range(4):
                if not scams:
                    break
                sp = r.choice(scams)
                acc = r.choice(people)
                ctx = {"u": sp["acc"]["username"]}
                text = self.fill_plain(r.choice(L[lg]["askreal"]), lg, ctx)
                self.post(acc, sp["t"] + r.uniform(60, 3 * 3600), text, "benign", kind="benign_askreal", reply_to=sp)
            for j in range(3):
                sp = r.choice(scams)
                acc = r.choice([a for a in accs if a["role"] in ("news", "researcher", "enthusiast")])
                text = self.fill_plain(r.choice(L[lg]["quote"]), lg, {})
                self.post(acc, sp["t"] + r.uniform(120, 6 * 3600), text, "benign", kind="benign_quote", quote_of=sp)
            hs = [p for p in scams if p["acc"]["label"] == "hijacked"] or scams
            for j in range(3):
                sp = r.choice(hs)
                acc = r.choice(people)
                self.post(acc, sp["t"] + r.uniform(30, 3600), None, "benign", kind="benign_retweet", rt_of=sp)

    # ---- output
    def finalize(self):
        items = [("p", p) for p in self.posts] + [("e", e) for e in self.events]
        items.sort(key=lambda x: (x[1]["t"], 0 if x[0] == "e" else 1))
        prev = -1
        for _, it in items:
            s = max(int(round(it["t"])), prev + 1)
            it["ts"] = s
            prev = s
        assert 0 <= items[0][1]["ts"] and prev < 61 * DAY, prev
        idr = random.Random(SEED + 2)
        for kind, it in items:
            ms = int((T0.timestamp() + it["ts"]) * 1000) + idr.randint(0, 999)
            it["ms"] = ms
            if kind == "p":
                it["id"] = str(((ms - TW_EPOCH_MS) << 22) | idr.getrandbits(22))
        self.items = items

    @staticmethod
    def iso_ms(ms):
        d = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms % 1000)

    @staticmethod
    def iso_s(sec_from_t0):
        d = T0 + datetime.timedelta(seconds=int(sec_from_t0))
        return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def user_obj(self, a):
        return {"id": a["id"], "username": a["username"], "name": a["name"], "verified": a["verified"],
                "created_at": self.iso_s(a["created_s"]),
                "public_metrics": {"followers_count": a["followers"], "following_count": a["following"],
                                   "tweet_count": a["tweets"]}}

    @staticmethod
    def safe_cut(s, n):
        cut = s.rfind(" ", 0, n)
        if cut < n * .6:
            cut = n
        for m in re.finditer(r"[A-Za-z0-9:/._?=#@%&+\-]{8,}", s):
            if m.start() < cut < m.end():
                cut = m.start()
                break
        return s[:cut].rstrip() + "…"

    def full_text(self, p):
        if p["rt_of"] is not None:
            o = p["rt_of"]
            s = "RT @%s: %s" % (o["acc"]["username"], o["text"])
            return s if len(s) <= 140 else self.safe_cut(s, 140)
        return p["text"]

    def render(self):
        lines, labels, acc_seen = [], [], []
        seen = set()

        def see(a):
            if a["id"] not in seen:
                seen.add(a["id"])
                acc_seen.append(a)
        for kind, it in self.items:
            if kind == "e":
                see(it["acc"])
                lines.append({"account_event": {"account_id": it["acc"]["id"], "type": it["type"],
                                                "created_at": self.iso_ms(it["ms"])[:19] + "Z"}})
                continue
            p = it
            a = p["acc"]
            full = self.full_text(p)
            data = {"id": p["id"]}
            long_ = p["rt_of"] is None and len(full) > 280
            data["text"] = self.safe_cut(full, 275) if long_ else full
            data["author_id"] = a["id"]
            data["created_at"] = self.iso_ms(p["ms"])
            data["lang"] = p["lang"]
            data["source"] = p["source"]
            users = [self.user_obj(a)]
            see(a)
            tweets = []
            ref = p["rt_of"] or p["quote_of"] or p["reply_to"]
            urls = list(p["urls"])
            if p["rt_of"] is not None:
                data["referenced_tweets"] = [{"type": "retweeted", "id": ref["id"]}]
                urls = [u for u in ref["urls"] if u["url"] in data["text"]]
            elif p["quote_of"] is not None:
                data["referenced_tweets"] = [{"type": "quoted", "id": ref["id"]}]
            elif p["reply_to"] is not None:
                data["referenced_tweets"] = [{"type": "replied_to", "id": ref["id"]}]
                data["in_reply_to_user_id"] = ref["acc"]["id"]
            if ref is not None:
                if ref["acc"]["id"] != a["id"]:
                    users.append(self.user_obj(ref["acc"]))
                    see(ref["acc"])
                if p["rt_of"] is not None or p["quote_of"] is not None:
                    tw = {"id": ref["id"], "text": ref["text"], "author_id": ref["acc"]["id"],
                          "created_at": self.iso_ms(ref["ms"])}
                    if ref["urls"]:
                        tw["entities"] = {"urls": [dict(u) for u in ref["urls"]]}
                    tweets.append(tw)
            if urls:
                ents = []
                for u in urls:
                    e = {}
                    pos = data["text"].find(u["url"])
                    if pos >= 0:
                        e["start"], e["end"] = pos, pos + len(u["url"])
                    e.update(u)
                    ents.append(e)
                data["entities"] = {"urls": ents}
            if long_:
                data["note_tweet"] = {"text": full}
            inc = {"users": users}
            if tweets:
                inc["tweets"] = tweets
            lines.append({"data": data, "includes": inc})
            labels.append(("post", p["id"], p["label"]))
        for a in acc_seen:
            labels.append(("account", a["id"], a["label"]))
        out = "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines)
        lab = "kind,id,label\n# posts: scam or benign\n"
        lab += "".join("%s,%s,%s\n" % l for l in labels if l[0] == "post")
        lab += "# accounts: hijacked, scammer or normal\n"
        lab += "".join("%s,%s,%s\n" % l for l in labels if l[0] == "account")
        return out, lab, acc_seen

    def summary(self, acc_seen):
        P = self.posts
        s = {}
        s["scam_posts"] = sum(p["label"] == "scam" for p in P)
        s["benign_posts_total"] = sum(p["label"] == "benign" for p in P)
        s["benign_history_and_ordinary"] = sum(p["label"] == "benign" and p["ordinary"] for p in P)
        s["benign_hard_negatives"] = s["benign_posts_total"] - s["benign_history_and_ordinary"]
        s["accounts"] = {}
        for a in acc_seen:
            s["accounts"][a["label"]] = s["accounts"].get(a["label"], 0) + 1
        s["per_lang"] = {lg: {"scam": sum(p["lang"] == lg and p["label"] == "scam" for p in P),
                              "benign": sum(p["lang"] == lg and p["label"] == "benign" for p in P)} for lg in LANGS}
        s["scam_local_shape_share"] = round(sum(p["local"] for p in P if p["label"] == "scam") / s["scam_posts"], 3)
        s["obfuscated_scam_posts"] = sum(1 for p in P if p["obf"])
        s["obfuscations"] = dict(sorted(self.obf_count.items()))
        h = self.hijack_stats
        s["hijacked_bursts"] = {"total": len(h), "with_address": sum(x["addr"] for x in h),
                                "link_only": sum(not x["addr"] for x in h),
                                "with_security_events": sum(x["sec"] for x in h),
                                "without_security_events": sum(not x["sec"] for x in h),
                                "with_notice": sum(x["notice"] for x in h),
                                "new_client": sum(x["new_client"] for x in h),
                                "burst_scam_posts": sum(x["posts"] for x in h),
                                "groups": {g: [x["user"] for x in h if x["group"] == g] for g in ("G1", "G2", "G3")}}
        kinds = {}
        for p in P:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        s["post_kinds"] = dict(sorted(kinds.items()))
        s["account_events"] = len(self.events)
        s["replies"] = sum(p["reply_to"] is not None for p in P)
        s["retweets"] = sum(p["rt_of"] is not None for p in P)
        s["quotes"] = sum(p["quote_of"] is not None for p in P)
        s["minted_addresses"] = dict(sorted(self.mint.count.items()))
        return s


def main(argv):
    out_dir = os.path.dirname(os.path.abspath(__file__))
    if "--out" in argv:
        out_dir = argv[argv.index("--out") + 1]
    keccak_selftest()
    g = Gen()
    g.build_normals()
    g.build_hijacked()
    g.build_scammers()
    g.build_benign()
    g.finalize()
    posts, labels, acc_seen = g.render()
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(posts)
    with open(os.path.join(out_dir, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels)
    if "--quiet" not in argv:
        print(json.dumps(g.summary(acc_seen), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])

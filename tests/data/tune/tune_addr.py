"""Address encoders and validators (Python 3 stdlib only).

Used by make_tune.py to mint syntactically valid, checksummed addresses from
random bytes (no keys exist for them), and by check_tune.py to validate every
address found in the corpus.
"""
import hashlib

B58_BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


# ---------------------------------------------------------------- base58
def b58encode(raw, alphabet=B58_BTC):
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return alphabet[0] * pad + out


def b58decode(s, alphabet=B58_BTC):
    n = 0
    for ch in s:
        i = alphabet.find(ch)
        if i < 0:
            raise ValueError("bad base58 char %r" % ch)
        n = n * 58 + i
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip(alphabet[0]))
    return b"\0" * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(version, payload, alphabet=B58_BTC):
    raw = bytes([version]) + payload
    return b58encode(raw + dsha(raw)[:4], alphabet)


def b58check_decode(s, alphabet=B58_BTC):
    raw = b58decode(s, alphabet)
    if len(raw) < 5 or dsha(raw[:-4])[:4] != raw[-4:]:
        raise ValueError("base58check checksum mismatch")
    return raw[0], raw[1:-4]


# ---------------------------------------------------------------- bech32 / bech32m (BIP-173, BIP-350)
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32, BECH32M = 1, 0x2BC830A3


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        if v < 0 or v >> frombits:
            return None
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def segwit_encode(hrp, witver, prog):
    const = BECH32 if witver == 0 else BECH32M
    data = [witver] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def segwit_decode(addr):
    if addr.lower() != addr and addr.upper() != addr:
        raise ValueError("mixed case bech32")
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90:
        raise ValueError("bad bech32 layout")
    hrp, rest = addr[:pos], addr[pos + 1:]
    if any(c not in CHARSET for c in rest):
        raise ValueError("bad bech32 char")
    data = [CHARSET.find(c) for c in rest]
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (BECH32, BECH32M):
        raise ValueError("bech32 checksum mismatch")
    witver = data[0]
    prog = _convertbits(data[1:-6], 5, 8, False)
    if prog is None or not 2 <= len(prog) <= 40 or witver > 16:
        raise ValueError("bad witness program")
    if witver == 0 and len(prog) not in (20, 32):
        raise ValueError("bad v0 program length")
    if (witver == 0) != (const == BECH32):
        raise ValueError("wrong bech32 variant for witness version")
    return hrp, witver, bytes(prog)


# ---------------------------------------------------------------- keccak-256 (Ethereum, not NIST SHA3)
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _rol(x, n):
    n %= 64
    return ((x << n) | (x >> (64 - n))) & _M


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\0"
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        x, y = i % 5, i // 5
        out += a[x][y].to_bytes(8, "little")
    return out


def eip55(hex40):
    h = hex40.lower()
    dig = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(dig[i], 16) >= 8 else c for i, c in enumerate(h))


# ---------------------------------------------------------------- minting
def mint(kind, rnd):
    """Return a fresh valid address of the given kind from random bytes."""
    rb = lambda n: bytes(rnd.getrandbits(8) for _ in range(n))
    if kind == "btc_p2pkh":
        return b58check_encode(0x00, rb(20))
    if kind == "btc_p2sh":
        return b58check_encode(0x05, rb(20))
    if kind == "btc_p2wpkh":
        return segwit_encode("bc", 0, rb(20))
    if kind == "btc_p2wsh":
        return segwit_encode("bc", 0, rb(32))
    if kind == "btc_p2tr":
        return segwit_encode("bc", 1, rb(32))
    if kind == "btc_testnet":
        return segwit_encode("tb", 0, rb(20))
    if kind == "eth":
        return eip55(rb(20).hex())
    if kind == "sol":
        while True:
            a = b58encode(rb(32))
            if len(a) >= 43:
                return a
    if kind == "trx":
        return b58check_encode(0x41, rb(20))
    if kind == "xrp":
        return b58check_encode(0x00, rb(20), B58_XRP)
    if kind == "doge":
        return b58check_encode(0x1E, rb(20))
    if kind == "ltc":
        return b58check_encode(0x30, rb(20))
    if kind == "ltc_bech32":
        return segwit_encode("ltc", 0, rb(20))
    raise KeyError(kind)


# ---------------------------------------------------------------- validation
def validate(kind, addr):
    """Raise ValueError unless addr is a valid address of the given kind."""
    if kind in ("btc_p2pkh", "btc_p2sh", "trx", "doge", "ltc"):
        ver, payload = b58check_decode(addr)
        want = {"btc_p2pkh": 0x00, "btc_p2sh": 0x05, "trx": 0x41, "doge": 0x1E, "ltc": 0x30}[kind]
        if ver != want or len(payload) != 20:
            raise ValueError("wrong version byte or length")
    elif kind == "xrp":
        ver, payload = b58check_decode(addr, B58_XRP)
        if ver != 0 or len(payload) != 20:
            raise ValueError("wrong XRP version or length")
    elif kind in ("btc_p2wpkh", "btc_p2wsh", "btc_p2tr", "btc_testnet", "ltc_bech32"):
        hrp, ver, prog = segwit_decode(addr)
        want = {"btc_p2wpkh": ("bc", 0, 20), "btc_p2wsh": ("bc", 0, 32), "btc_p2tr": ("bc", 1, 32),
                "btc_testnet": ("tb", 0, 20), "ltc_bech32": ("ltc", 0, 20)}[kind]
        if (hrp, ver, len(prog)) != want:
            raise ValueError("wrong hrp/version/length")
    elif kind == "eth":
        if len(addr) != 42 or not addr.startswith("0x"):
            raise ValueError("bad eth layout")
        int(addr[2:], 16)
        if eip55(addr[2:]) != addr:
            raise ValueError("EIP-55 checksum mismatch")
    elif kind == "sol":
        if len(b58decode(addr)) != 32:
            raise ValueError("SOL address must decode to 32 bytes")
    else:
        raise KeyError(kind)


def guess_kind(addr):
    """Best-effort kind for an address-looking token (used by the checker's free scan)."""
    low = addr.lower()
    if low.startswith("bc1q"):
        return "btc_p2wsh" if len(addr) > 50 else "btc_p2wpkh"
    if low.startswith("bc1p"):
        return "btc_p2tr"
    if low.startswith("tb1"):
        return "btc_testnet"
    if low.startswith("ltc1"):
        return "ltc_bech32"
    if addr.startswith("0x"):
        return "eth"
    if addr[0] == "1":
        return "btc_p2pkh"
    if addr[0] == "3":
        return "btc_p2sh"
    if addr[0] == "T":
        return "trx"
    if addr[0] == "D":
        return "doge"
    if addr[0] == "L":
        return "ltc"
    if addr[0] == "r":
        return "xrp"
    return "sol"


if __name__ == "__main__":
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert eip55("000000000000000000000000000000000000dead") == "0x000000000000000000000000000000000000dEaD"
    validate("btc_p2wpkh", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    validate("btc_p2tr", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")
    validate("btc_p2pkh", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    validate("xrp", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh")
    import random
    r = random.Random(1)
    for k in ["btc_p2pkh", "btc_p2sh", "btc_p2wpkh", "btc_p2wsh", "btc_p2tr", "btc_testnet", "eth", "sol",
              "trx", "xrp", "doge", "ltc", "ltc_bech32"]:
        a = mint(k, r)
        validate(k, a)
        assert guess_kind(a) == k, (k, a)
        print(k, a)
    print("ok")

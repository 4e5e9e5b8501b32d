"""Address generation and validation (Python 3 stdlib only).

BTC P2PKH/P2SH (base58check), BTC P2WPKH (bech32) and P2TR (bech32m), LTC bech32,
DOGE and TRON (base58check), XRP (ripple base58check), ETH (EIP-55, Keccak-256
implemented here because hashlib.sha3_256 is not Keccak), SOL (base58, 32 bytes).
"""
import hashlib

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


# ---------------------------------------------------------------- base58
def b58encode(raw, alphabet=B58):
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return alphabet[0] * pad + out


def b58decode(s, alphabet=B58):
    n = 0
    for c in s:
        i = alphabet.find(c)
        if i < 0:
            raise ValueError("bad base58 char")
        n = n * 58 + i
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip(alphabet[0]))
    return b"\0" * pad + raw


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload, alphabet=B58):
    return b58encode(payload + dsha(payload)[:4], alphabet)


def b58check_decode(s, alphabet=B58):
    raw = b58decode(s, alphabet)
    if len(raw) < 5 or dsha(raw[:-4])[:4] != raw[-4:]:
        raise ValueError("bad base58check checksum")
    return raw[:-4]


# ---------------------------------------------------------------- bech32 / bech32m
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        raise ValueError("bad padding")
    return ret


def segwit_encode(hrp, witver, prog):
    const = BECH32_CONST if witver == 0 else BECH32M_CONST
    data = [witver] + _convertbits(prog, 8, 5)
    values = _hrp_expand(hrp) + data
    pm = _polymod(values + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def segwit_decode(addr):
    if addr.lower() != addr and addr.upper() != addr:
        raise ValueError("mixed case")
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, dpart = addr[:pos], addr[pos + 1:]
    if pos < 1 or len(dpart) < 7:
        raise ValueError("bad bech32")
    data = [CHARSET.find(c) for c in dpart]
    if -1 in data:
        raise ValueError("bad bech32 char")
    const = _polymod(_hrp_expand(hrp) + data)
    witver = data[0]
    if witver == 0 and const != BECH32_CONST:
        raise ValueError("bad bech32 checksum")
    if witver != 0 and const != BECH32M_CONST:
        raise ValueError("bad bech32m checksum")
    prog = _convertbits(data[1:-6], 5, 8, False)
    if witver == 0 and len(prog) not in (20, 32):
        raise ValueError("bad v0 program length")
    if not 2 <= len(prog) <= 40:
        raise ValueError("bad program length")
    return hrp, witver, bytes(prog)


# ---------------------------------------------------------------- keccak-256
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
_M = (1 << 64) - 1


def _rol(x, n):
    return ((x << n) | (x >> (64 - n))) & _M if n else x


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg += b"\0"
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    out = b""
    for i in range(4):
        x, y = i % 5, i // 5
        out += A[x][y].to_bytes(8, "little")
    return out


def eip55(hex40):
    h = hex40.lower()
    digest = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(h))


# ---------------------------------------------------------------- generation
def make_address(kind, rnd):
    """kind: btc_p2pkh btc_p2sh btc_bech32 btc_taproot eth trx doge ltc xrp sol"""
    def rb(n):
        return bytes(rnd.getrandbits(8) for _ in range(n))
    if kind == "btc_p2pkh":
        return b58check_encode(b"\x00" + rb(20))
    if kind == "btc_p2sh":
        return b58check_encode(b"\x05" + rb(20))
    if kind == "btc_bech32":
        return segwit_encode("bc", 0, list(rb(20)))
    if kind == "btc_taproot":
        return segwit_encode("bc", 1, list(rb(32)))
    if kind == "ltc":
        return segwit_encode("ltc", 0, list(rb(20)))
    if kind == "doge":
        return b58check_encode(b"\x1e" + rb(20))
    if kind == "trx":
        return b58check_encode(b"\x41" + rb(20))
    if kind == "xrp":
        return b58check_encode(b"\x00" + rb(20), XRP58)
    if kind == "eth":
        return eip55(rb(20).hex())
    if kind == "sol":
        raw = b"\x01" + rb(31)  # avoid leading zero bytes -> fixed 43/44 chars
        return b58encode(raw)
    raise ValueError(kind)


# ---------------------------------------------------------------- validation
def validate(kind, addr):
    """Return None if valid, else a reason string."""
    try:
        if kind in ("btc_p2pkh", "btc_p2sh", "doge", "trx"):
            want = {"btc_p2pkh": 0x00, "btc_p2sh": 0x05, "doge": 0x1E, "trx": 0x41}[kind]
            p = b58check_decode(addr)
            if len(p) != 21 or p[0] != want:
                return "wrong version/length"
        elif kind == "xrp":
            p = b58check_decode(addr, XRP58)
            if len(p) != 21 or p[0] != 0:
                return "wrong version/length"
        elif kind in ("btc_bech32", "btc_taproot", "ltc"):
            hrp, ver, prog = segwit_decode(addr)
            want = {"btc_bech32": ("bc", 0, 20), "btc_taproot": ("bc", 1, 32), "ltc": ("ltc", 0, 20)}[kind]
            if (hrp, ver, len(prog)) != want:
                return "wrong hrp/version/length"
        elif kind == "eth":
            if len(addr) != 42 or not addr.startswith("0x"):
                return "bad eth shape"
            body = addr[2:]
            int(body, 16)
            if body != body.lower() and body != body.upper() and eip55(body) != addr:
                return "bad EIP-55 checksum"
        elif kind == "sol":
            if len(b58decode(addr)) != 32:
                return "not 32 bytes"
        else:
            return "unknown kind"
    except ValueError as e:
        return str(e)
    return None


def classify(addr):
    """Best-effort kind for a token that looks like an address."""
    if addr.startswith("0x"):
        return "eth"
    low = addr.lower()
    if low.startswith("bc1q"):
        return "btc_bech32"
    if low.startswith("bc1p"):
        return "btc_taproot"
    if low.startswith("ltc1"):
        return "ltc"
    c = addr[0]
    return {"1": "btc_p2pkh", "3": "btc_p2sh", "D": "doge", "T": "trx", "r": "xrp"}.get(c, "sol")


def _selftest():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359") == "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"
    h = bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")
    assert segwit_encode("bc", 0, list(h)) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check_encode(b"\x00" + bytes.fromhex("010966776006953d5567439e5e39f86a0d273bee")) == "16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM"
    assert validate("btc_taproot", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0") is None
    assert validate("btc_bech32", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5") is not None


_selftest()

"""Address encoders and validators for the blind7 corpus (no third-party code).

Keccak-256 (the original Keccak padding used by Ethereum, not SHA3-256), base58check,
bech32/bech32m (BIP-173/BIP-350), EIP-55. Every address is built from seeded random bytes.
"""
import hashlib

# ---------------------------------------------------------------- Keccak-256
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M if n else v


def _keccak_f(a):
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= rc
    return a


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
        a = _keccak_f(a)
    out = b""
    for i in range(4):
        out += a[i % 5][i // 5].to_bytes(8, "little")
    return out


# ---------------------------------------------------------------- base58
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
        i = B58.find(ch)
        if i < 0:
            raise ValueError("bad base58 char")
        n = n * 58 + i
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def _dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload: bytes) -> str:
    return b58encode(payload + _dsha(payload)[:4])


def b58check_decode(s: str):
    raw = b58decode(s)
    if len(raw) < 5 or _dsha(raw[:-4])[:4] != raw[-4:]:
        return None
    return raw[:-4]


# ---------------------------------------------------------------- bech32 / bech32m
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M = 0x2BC830A3


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
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def segwit_encode(hrp, witver, prog: bytes) -> str:
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else _BECH32M
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def segwit_decode(addr: str):
    if addr.lower() != addr and addr.upper() != addr:
        return None
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90:
        return None
    hrp, rest = addr[:pos], addr[pos + 1:]
    if any(c not in CHARSET for c in rest):
        return None
    data = [CHARSET.find(c) for c in rest]
    pm = _polymod(_hrp_expand(hrp) + data)
    if pm not in (1, _BECH32M):
        return None
    witver = data[0]
    prog = _convertbits(data[1:-6], 5, 8, False)
    if prog is None or not 2 <= len(prog) <= 40 or witver > 16:
        return None
    if (witver == 0) != (pm == 1):
        return None
    if witver == 0 and len(prog) not in (20, 32):
        return None
    return hrp, witver, bytes(prog)


# ---------------------------------------------------------------- Ethereum
def eip55(addr20: bytes) -> str:
    h = addr20.hex()
    k = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c
                          for i, c in enumerate(h))


def eth_valid(s: str) -> bool:
    if not (s.startswith("0x") and len(s) == 42):
        return False
    try:
        raw = bytes.fromhex(s[2:])
    except ValueError:
        return False
    return eip55(raw) == s


# ---------------------------------------------------------------- per chain
# base58check version bytes: BTC P2PKH 0x00, P2SH 0x05; LTC L 0x30, M 0x32;
# DOGE D 0x1e, DOGE P2SH 0x16; Tron 0x41 (T...).
B58_VERSIONS = {0x00: "BTC", 0x05: "BTC", 0x30: "LTC", 0x32: "LTC", 0x1E: "DOGE",
                0x16: "DOGE", 0x41: "TRX"}
SEGWIT_HRPS = {"bc": "BTC", "ltc": "LTC"}


def make_address(chain: str, rng) -> str:
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    if chain == "BTC":
        kind = rng.choice(["p2pkh", "p2sh", "wpkh", "wpkh", "tr"])
        if kind == "p2pkh":
            return b58check(b"\x00" + rb(20))
        if kind == "p2sh":
            return b58check(b"\x05" + rb(20))
        if kind == "wpkh":
            return segwit_encode("bc", 0, rb(20))
        return segwit_encode("bc", 1, rb(32))
    if chain in ("ETH", "BNB", "USDT-ERC20"):
        return eip55(rb(20))
    if chain == "SOL":
        while True:
            s = b58encode(rb(32))
            if 32 <= len(s) <= 44:
                return s
    if chain in ("TRX", "USDT"):
        return b58check(b"\x41" + rb(20))
    if chain == "LTC":
        kind = rng.choice(["L", "M", "wpkh"])
        if kind == "wpkh":
            return segwit_encode("ltc", 0, rb(20))
        return b58check((b"\x30" if kind == "L" else b"\x32") + rb(20))
    if chain == "DOGE":
        return b58check(b"\x1e" + rb(20))
    raise ValueError(chain)


def classify(s: str):
    """Return the chain a string is a valid address of, or None."""
    if s.startswith("0x"):
        return "ETH" if eth_valid(s) else None
    if s.lower().startswith(("bc1", "ltc1")):
        d = segwit_decode(s)
        return SEGWIT_HRPS.get(d[0]) if d else None
    if all(c in B58 for c in s):
        p = b58check_decode(s)
        if p is not None and len(p) == 21 and p[0] in B58_VERSIONS:
            return B58_VERSIONS[p[0]]
        if 32 <= len(s) <= 44 and len(b58decode(s)) == 32:
            return "SOL"
    return None


if __name__ == "__main__":
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eip55(bytes.fromhex("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")) == \
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    assert segwit_encode("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert b58check(b"\x00" + bytes(20)) == "1111111111111111111114oLvT2"
    print("ok")

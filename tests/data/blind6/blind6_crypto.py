"""Address encoders/decoders for blind6 (pure Python standard library).

Keccak-256 (the pre-SHA3 padding used by Ethereum), EIP-55, base58check,
bech32 / bech32m (BIP-173 / BIP-350). Used by make_blind6.py to mint
addresses and by check_blind6.py to verify them.
"""
import hashlib

_M = (1 << 64) - 1
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]


def _rol(v, n):
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
    msg = bytearray(data)
    msg.append(0x01)
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
        x, y = i % 5, i // 5
        out += a[x][y].to_bytes(8, "little")
    return out


def keccak_selftest():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    # EIP-55 reference vector from the EIP
    assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    return True


def eip55(hex40: str) -> str:
    h = hex40.lower()
    dig = keccak256(h.encode()).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(dig[i], 16) >= 8 else ch
                          for i, ch in enumerate(h))


def eip55_ok(addr: str) -> bool:
    return len(addr) == 42 and addr.startswith("0x") and eip55(addr[2:]) == addr


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


def _dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    return b58encode(raw + _dsha(raw)[:4])


def b58check_decode(s: str):
    """Return (version, payload) or None if the checksum fails."""
    try:
        raw = b58decode(s)
    except ValueError:
        return None
    if len(raw) < 5 or _dsha(raw[:-4])[:4] != raw[-4:]:
        return None
    return raw[0], raw[1:-4]


_CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32, _BECH32M = 1, 0x2BC830A3


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
    elif not pad and (bits >= frm or ((acc << (to - bits)) & maxv)):
        return None
    return ret


def segwit_encode(hrp: str, witver: int, prog: bytes) -> str:
    const = _BECH32 if witver == 0 else _BECH32M
    data = [witver] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CH[d] for d in data + chk)


def segwit_decode(addr: str):
    """Return (witver, program) or None."""
    if addr.lower() != addr and addr.upper() != addr:
        return None
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, rest = addr[:pos], addr[pos + 1:]
    if hrp != "bc" or len(rest) < 6 or any(c not in _CH for c in rest):
        return None
    data = [_CH.index(c) for c in rest]
    const = _polymod(_hrp_expand(hrp) + data)
    witver = data[0]
    if (witver == 0 and const != _BECH32) or (witver != 0 and const != _BECH32M):
        return None
    prog = _convertbits(data[1:-6], 5, 8, False)
    if prog is None or not (2 <= len(prog) <= 40):
        return None
    if witver == 0 and len(prog) not in (20, 32):
        return None
    return witver, bytes(prog)


def mint(kind: str, rnd) -> str:
    """Mint an address of `kind` from the random.Random `rnd`."""
    rb = lambda n: bytes(rnd.getrandbits(8) for _ in range(n))
    if kind == "p2pkh":
        return b58check(0x00, rb(20))
    if kind == "p2sh":
        return b58check(0x05, rb(20))
    if kind == "bech32":
        return segwit_encode("bc", 0, rb(20))
    if kind == "bech32m":
        return segwit_encode("bc", 1, rb(32))
    if kind == "eth":
        return eip55(rb(20).hex())
    if kind == "sol":
        while True:
            s = b58encode(rb(32))
            if len(s) >= 43:
                return s
    if kind == "tron":
        return b58check(0x41, rb(20))
    raise ValueError(kind)


def classify(addr: str):
    """Return the kind of a valid address, or None."""
    if addr.startswith("0x"):
        return "eth" if eip55_ok(addr) else None
    if addr.lower().startswith("bc1"):
        d = segwit_decode(addr)
        if not d:
            return None
        return "bech32" if d[0] == 0 else "bech32m"
    if any(c not in B58 for c in addr):
        return None
    d = b58check_decode(addr)
    if d and len(d[1]) == 20:
        return {0x00: "p2pkh", 0x05: "p2sh", 0x41: "tron"}.get(d[0])
    raw = b58decode(addr)
    if len(raw) == 32 and len(addr) in (43, 44):
        return "sol"
    return None

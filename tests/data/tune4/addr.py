"""Address encoders for the tune4 corpus (written from the specs, no copied addresses).

base58check (Bitcoin/Tron/Dogecoin), bech32 / bech32m (BIP-173 / BIP-350),
Keccak-256 (the original Keccak padding used by Ethereum) and EIP-55 checksums.
"""
import hashlib

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check(payload):
    return b58encode(payload + dsha(payload)[:4])


def b58check_ok(s):
    try:
        raw = b58decode(s)
    except ValueError:
        return False
    return len(raw) > 4 and dsha(raw[:-4])[:4] == raw[-4:]


# ---- bech32 / bech32m (BIP-173, BIP-350)
CS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32, BECH32M = 1, 0x2BC830A3


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
    return ret


def segwit_addr(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = BECH32 if witver == 0 else BECH32M
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CS[d] for d in data + chk)


def segwit_ok(addr):
    addr = addr.lower()
    hrp, _, rest = addr.rpartition("1")
    if not hrp or len(rest) < 7 or any(c not in CS for c in rest):
        return False
    data = [CS.index(c) for c in rest]
    const = BECH32 if data[0] == 0 else BECH32M
    return _polymod(_hrp_expand(hrp) + data) == const


# ---- Keccak-256 (Ethereum variant: pad byte 0x01)
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
        out += A[i % 5][i // 5].to_bytes(8, "little")
    return out


def eip55(hex40):
    h = hex40.lower()
    d = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(d[i], 16) >= 8 else c for i, c in enumerate(h))


def eip55_ok(addr):
    return addr[:2] == "0x" and len(addr) == 42 and eip55(addr[2:]) == addr


# ---- generators from random bytes
def btc_legacy(rb):
    return b58check(b"\x00" + rb(20))


def btc_p2sh(rb):
    return b58check(b"\x05" + rb(20))


def btc_segwit(rb):
    return segwit_addr("bc", 0, rb(20))


def btc_taproot(rb):
    return segwit_addr("bc", 1, rb(32))


def ltc_segwit(rb):
    return segwit_addr("ltc", 0, rb(20))


def doge(rb):
    return b58check(b"\x1e" + rb(20))


def tron(rb):
    return b58check(b"\x41" + rb(20))


def eth(rb):
    return eip55(rb(20).hex())


def sol(rb):
    while True:
        s = b58encode(rb(32))
        if len(s) >= 43:
            return s

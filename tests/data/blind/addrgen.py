"""Self-contained address encoders for the blind corpus generator.

Everything here is implemented from the public specifications (Base58Check,
BIP-173/BIP-350 bech32/bech32m, Keccak-256 + EIP-55, RFC 8032 Ed25519,
CIP-19 Shelley addresses) so the generator needs no third-party packages.
All keys/hashes are fresh random bytes drawn from the caller's seeded RNG.
"""
import hashlib

# ---------------------------------------------------------------- base58
B58_BTC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


def b58encode(data: bytes, alphabet: str = B58_BTC) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return alphabet[0] * pad + out


def b58check(payload: bytes, alphabet: str = B58_BTC) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk, alphabet)


# ---------------------------------------------------------------- bech32
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32, BECH32M = 1, 0x2BC830A3


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp):
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


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


def bech32_encode(hrp, data5, const=BECH32):
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data5 + chk)


def segwit_address(hrp, witver, prog):
    const = BECH32 if witver == 0 else BECH32M
    return bech32_encode(hrp, [witver] + _convertbits(prog, 8, 5), const)


# ---------------------------------------------------------------- keccak
_RC = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(A):
    for rnd in range(24):
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                A[x][y] ^= D[x]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        for x in range(5):
            for y in range(5):
                A[x][y] = B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y] & _M64)
        A[0][0] ^= _RC[rnd]


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        blk = msg[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        _keccak_f(A)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr20: bytes) -> str:
    h = addr20.hex()
    dig = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(dig[i], 16) >= 8 else c
                          for i, c in enumerate(h))


# ---------------------------------------------------------------- ed25519
_P = 2 ** 255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def _inv(x):
    return pow(x, _P - 2, _P)


def _recover_x(y, sign):
    x2 = (y * y - 1) * _inv(_D * y * y + 1) % _P
    if x2 == 0:
        return 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _SQRT_M1 % _P
    if (x & 1) != sign:
        x = _P - x
    return x


def _padd(P, Q):
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % _P
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % _P
    C = 2 * P[3] * Q[3] * _D % _P
    D = 2 * P[2] * Q[2] % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


_GY = 4 * _inv(5) % _P
_GX = _recover_x(_GY, 0)
_G = (_GX, _GY, 1, _GX * _GY % _P)


def ed25519_pub(seed32: bytes) -> bytes:
    h = hashlib.sha512(seed32).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    Q, P = (0, 1, 1, 0), _G
    while a:
        if a & 1:
            Q = _padd(Q, P)
        P = _padd(P, P)
        a >>= 1
    zi = _inv(Q[2])
    x, y = Q[0] * zi % _P, Q[1] * zi % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# ---------------------------------------------------------------- chains
def make_address(chain: str, rng) -> str:
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    if chain == "BTC":      # P2PKH
        return b58check(b"\x00" + rb(20))
    if chain == "BTC3":     # P2SH
        return b58check(b"\x05" + rb(20))
    if chain == "BC1":      # P2WPKH
        return segwit_address("bc", 0, rb(20))
    if chain == "BC1P":     # P2TR (bech32m)
        return segwit_address("bc", 1, rb(32))
    if chain == "ETH":
        return eip55(rb(20))
    if chain == "SOL":
        return b58encode(ed25519_pub(rb(32)))
    if chain == "DOGE":
        return b58check(b"\x1e" + rb(20))
    if chain == "TRX":
        return b58check(b"\x41" + rb(20))
    if chain == "XRP":
        return b58check(b"\x00" + rb(20), B58_XRP)
    if chain == "ADA":      # CIP-19 base address, key/key, mainnet
        payload = b"\x01" + rb(28) + rb(28)
        return bech32_encode("addr", _convertbits(payload, 8, 5))
    raise ValueError(chain)


CHAINS = ["BTC", "BTC3", "BC1", "BC1P", "ETH", "SOL", "DOGE", "TRX", "XRP", "ADA"]

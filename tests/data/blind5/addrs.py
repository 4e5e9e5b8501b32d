"""Mint valid cryptocurrency addresses from seeded random bytes (stdlib only).

Bitcoin base58check (P2PKH 1..., P2SH 3...), bech32 segwit v0 (bc1q...), bech32m taproot
(bc1p...), Ethereum with EIP-55 checksum (pure-Python Keccak-256), Solana (base58 of 32
bytes) and Tron (base58check, 0x41 prefix).  Decoders/validators are here too, for
check_blind5.py.  No address is taken from anywhere else: every one is minted from
random.Random bytes.
"""
import hashlib

# ---------------------------------------------------------------- Keccak-256
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
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
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


def _selftest():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    # a message longer than one 136-byte block
    long = keccak256(b"a" * 200)
    assert len(long) == 32 and long != keccak256(b"a" * 199)
    # EIP-55 test vector from the EIP
    assert eth_checksum("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == \
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    # BIP-173 / BIP-350 vectors
    assert segwit_decode("bc", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4".lower()) == \
        (0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6"))
    assert segwit_decode("bc", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0") is not None
    assert b58check_decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")[0] == 0


# ---------------------------------------------------------------- base58
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b: bytes) -> str:
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + s


def b58decode(s: str) -> bytes:
    n = 0
    for c in s:
        i = _B58.find(c)
        if i < 0:
            raise ValueError("bad base58 char")
        n = n * 58 + i
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\x00" * pad + body


def _dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload: bytes) -> str:
    return b58encode(payload + _dsha(payload)[:4])


def b58check_decode(s: str):
    raw = b58decode(s)
    if len(raw) < 5 or _dsha(raw[:-4])[:4] != raw[-4:]:
        raise ValueError("bad base58check checksum")
    return raw[0], raw[1:-4]


# ---------------------------------------------------------------- bech32 / bech32m
_CS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M = 0x2BC830A3


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
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
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def segwit_encode(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else _BECH32M
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CS[d] for d in data + chk)


def segwit_decode(hrp, addr):
    """Return (witver, program) or None if the address is not valid."""
    if addr.lower() != addr or not addr.startswith(hrp + "1"):
        return None
    data = []
    for c in addr[len(hrp) + 1:]:
        if c not in _CS:
            return None
        data.append(_CS.index(c))
    if len(data) < 7:
        return None
    const = _polymod(_hrp_expand(hrp) + data)
    witver = data[0]
    if const != (1 if witver == 0 else _BECH32M):
        return None
    prog = _convertbits(data[1:-6], 5, 8, False)
    if prog is None or not (2 <= len(prog) <= 40):
        return None
    if witver == 0 and len(prog) not in (20, 32):
        return None
    return witver, bytes(prog)


# ---------------------------------------------------------------- Ethereum
def eth_checksum(addr: str) -> str:
    h = addr.lower().replace("0x", "")
    k = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c
                          for i, c in enumerate(h))


# ---------------------------------------------------------------- minting
def _rb(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def btc_p2pkh(rng):
    return b58check_encode(b"\x00" + _rb(rng, 20))


def btc_p2sh(rng):
    return b58check_encode(b"\x05" + _rb(rng, 20))


def btc_bech32(rng):
    return segwit_encode("bc", 0, _rb(rng, 20))


def btc_taproot(rng):
    return segwit_encode("bc", 1, _rb(rng, 32))


def eth(rng):
    return eth_checksum(_rb(rng, 20).hex())


def sol(rng):
    while True:
        s = b58encode(_rb(rng, 32))
        if 43 <= len(s) <= 44:
            return s


def trx(rng):
    return b58check_encode(b"\x41" + _rb(rng, 20))


MINTERS = {"btc_p2pkh": btc_p2pkh, "btc_p2sh": btc_p2sh, "btc_bech32": btc_bech32,
           "btc_taproot": btc_taproot, "eth": eth, "sol": sol, "trx": trx}


# ---------------------------------------------------------------- validation
def validate(kind: str, a: str) -> bool:
    try:
        if kind == "btc_p2pkh":
            v, p = b58check_decode(a)
            return a[0] == "1" and v == 0 and len(p) == 20
        if kind == "btc_p2sh":
            v, p = b58check_decode(a)
            return a[0] == "3" and v == 5 and len(p) == 20
        if kind == "btc_bech32":
            r = segwit_decode("bc", a)
            return r is not None and r[0] == 0 and a.startswith("bc1q")
        if kind == "btc_taproot":
            r = segwit_decode("bc", a)
            return r is not None and r[0] == 1 and len(r[1]) == 32 and a.startswith("bc1p")
        if kind == "eth":
            return len(a) == 42 and a.startswith("0x") and eth_checksum(a) == a
        if kind == "sol":
            return len(b58decode(a)) == 32
        if kind == "trx":
            v, p = b58check_decode(a)
            return a[0] == "T" and v == 0x41 and len(p) == 20
    except ValueError:
        return False
    return False


def classify(a: str):
    """Kind of a token that looks like an address, or None when no checksum matches."""
    for k in ("btc_bech32", "btc_taproot", "eth", "trx", "btc_p2pkh", "btc_p2sh"):
        if validate(k, a):
            return k
    if 32 <= len(a) <= 44 and validate("sol", a):
        return "sol"
    return None


_selftest()

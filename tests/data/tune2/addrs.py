"""Pure-Python (stdlib only) minting and checking of crypto addresses for the tune2 corpus.

BTC: base58check (P2PKH 0x00, P2SH 0x05), bech32 (segwit v0) and bech32m (v1+, BIP350).
ETH: EIP-55 mixed-case checksum over a pure-Python Keccak-256 (original Keccak padding 0x01,
     not SHA3's 0x06), tested against known vectors in self_test().
SOL: base58 of 32 bytes.  TRX: base58check of 0x41 + 20 bytes.
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
    for ch in s:
        i = B58.find(ch)
        if i < 0:
            raise ValueError("bad base58 char %r" % ch)
        n = n * 58 + i
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    pad = len(s) - len(s.lstrip("1"))
    return b"\0" * pad + body


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_encode(payload):
    return b58encode(payload + dsha(payload)[:4])


def b58check_decode(s):
    raw = b58decode(s)
    if len(raw) < 5:
        raise ValueError("too short")
    payload, chk = raw[:-4], raw[-4:]
    if dsha(payload)[:4] != chk:
        raise ValueError("bad checksum")
    return payload


# ---------------------------------------------------------------- bech32 / bech32m (BIP173/350)
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
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def segwit_decode(addr):
    a = addr.lower()
    pos = a.rfind("1")
    hrp, rest = a[:pos], a[pos + 1:]
    data = [CHARSET.index(c) for c in rest]
    const = _polymod(_hrp_expand(hrp) + data)
    witver = data[0]
    if const != (BECH32_CONST if witver == 0 else BECH32M_CONST):
        raise ValueError("bad bech32 checksum")
    prog = bytes(_convertbits(data[1:-6], 5, 8, False))
    if witver == 0 and len(prog) not in (20, 32):
        raise ValueError("bad v0 program length")
    return hrp, witver, prog


# ---------------------------------------------------------------- Keccak-256 (pure Python)
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
    n %= 64
    return ((x << n) | (x >> (64 - n))) & _M if n else x


def _keccak_f(A):
    for rnd in range(24):
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        A[0][0] ^= _RC[rnd]
    return A


def keccak256(data, pad=0x01):
    rate = 136
    msg = bytearray(data)
    msg.append(pad)
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


def eip55(addr20):
    h = addr20.hex()
    dig = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(dig[i], 16) >= 8 else c for i, c in enumerate(h))


def eip55_valid(s):
    if not (s.startswith("0x") and len(s) == 42):
        return False
    try:
        raw = bytes.fromhex(s[2:])
    except ValueError:
        return False
    body = s[2:]
    if body == body.lower() or body == body.upper():
        return True  # no checksum information
    return eip55(raw) == s


# ---------------------------------------------------------------- minting from an RNG
def btc_p2pkh(rng):
    return b58check_encode(b"\x00" + rng.randbytes(20))


def btc_p2sh(rng):
    return b58check_encode(b"\x05" + rng.randbytes(20))


def btc_bech32(rng):
    return segwit_encode("bc", 0, rng.randbytes(20))


def btc_taproot(rng):
    return segwit_encode("bc", 1, rng.randbytes(32))


def btc_any(rng):
    r = rng.random()
    if r < 0.45:
        return btc_bech32(rng)
    if r < 0.75:
        return btc_p2pkh(rng)
    if r < 0.88:
        return btc_p2sh(rng)
    return btc_taproot(rng)


def eth(rng):
    return eip55(rng.randbytes(20))


def sol(rng):
    return b58encode(rng.randbytes(32))


def trx(rng):
    return b58check_encode(b"\x41" + rng.randbytes(20))


def btc_valid(s):
    try:
        if s.lower().startswith("bc1"):
            hrp, v, prog = segwit_decode(s)
            return hrp == "bc" and 0 <= v <= 16 and 2 <= len(prog) <= 40
        p = b58check_decode(s)
        return len(p) == 21 and p[0] in (0, 5)
    except (ValueError, IndexError):
        return False


def trx_valid(s):
    try:
        p = b58check_decode(s)
        return len(p) == 21 and p[0] == 0x41
    except ValueError:
        return False


def sol_valid(s):
    try:
        return len(b58decode(s)) == 32 and 32 <= len(s) <= 44
    except ValueError:
        return False


def self_test():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    assert keccak256(b"The quick brown fox jumps over the lazy dog").hex() == \
        "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"
    # same permutation with SHA3's padding must equal hashlib.sha3_256, incl. multi-block inputs
    for n in (0, 1, 135, 136, 137, 300, 1000):
        m = bytes(range(256)) * 4
        assert keccak256(m[:n], pad=0x06) == hashlib.sha3_256(m[:n]).digest(), n
    for a in ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"):
        assert eip55(bytes.fromhex(a[2:])) == a, a
    assert b58check_encode(b"\x00" + bytes.fromhex("62e907b15cbf27d5425399ebf6f0fb50ebb88f18")) == \
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
    assert segwit_encode("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert segwit_encode("bc", 1, bytes.fromhex(
        "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")) == \
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
    assert b58check_encode(bytes.fromhex("41a614f803b6fd780986a42c78ec9c7f77e6ded13c")) == \
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
    assert btc_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert not btc_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert not btc_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")
    assert not eip55_valid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    return True


if __name__ == "__main__":
    self_test()
    print("addrs self-test ok")

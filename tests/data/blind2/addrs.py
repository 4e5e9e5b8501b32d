"""Address encoders/decoders for the blind2 corpus (standard library only).

Base58Check (BTC P2PKH/P2SH, DOGE, LTC, TRX, XRP alphabet), bech32 / bech32m
(BIP173 / BIP350, also Cardano Shelley without the 90-char limit), EIP-55
with a pure-Python Keccak-256, and Solana (32 raw bytes in base58).
"""
import hashlib

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


def b58enc(b, alpha=B58):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = alpha[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return alpha[0] * pad + s


def b58dec(s, alpha=B58):
    n = 0
    for c in s:
        i = alpha.find(c)
        if i < 0:
            raise ValueError("bad base58 char")
        n = n * 58 + i
    pad = len(s) - len(s.lstrip(alpha[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def _dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def b58check_enc(payload, alpha=B58):
    return b58enc(payload + _dsha(payload)[:4], alpha)


def b58check_dec(s, alpha=B58):
    raw = b58dec(s, alpha)
    if len(raw) < 5:
        raise ValueError("short")
    p, c = raw[:-4], raw[-4:]
    if _dsha(p)[:4] != c:
        raise ValueError("bad checksum")
    return p


# ---------------- bech32 / bech32m ----------------
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
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        raise ValueError("bad padding")
    return out


def bech32_encode(hrp, data, const):
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def bech32_decode(s):
    if s.lower() != s and s.upper() != s:
        raise ValueError("mixed case")
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s):
        raise ValueError("bad separator")
    hrp = s[:pos]
    data = []
    for c in s[pos + 1:]:
        i = CHARSET.find(c)
        if i < 0:
            raise ValueError("bad char")
        data.append(i)
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (BECH32, BECH32M):
        raise ValueError("bad checksum")
    return hrp, data[:-6], const


def segwit_encode(hrp, witver, prog):
    const = BECH32 if witver == 0 else BECH32M
    return bech32_encode(hrp, [witver] + convertbits(prog, 8, 5), const)


def segwit_decode(hrp_expected, addr):
    hrp, data, const = bech32_decode(addr)
    if hrp != hrp_expected or not data:
        raise ValueError("hrp")
    ver = data[0]
    prog = bytes(convertbits(data[1:], 5, 8, False))
    if ver == 0 and const != BECH32:
        raise ValueError("v0 must be bech32")
    if ver != 0 and const != BECH32M:
        raise ValueError("v1+ must be bech32m")
    if ver == 0 and len(prog) not in (20, 32):
        raise ValueError("v0 length")
    if not 2 <= len(prog) <= 40:
        raise ValueError("length")
    return ver, prog


# ---------------- Keccak-256 (original padding, as used by Ethereum) -------
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
_M = (1 << 64) - 1


def _rol(x, n):
    return ((x << n) | (x >> (64 - n))) & _M if n else x


def _keccak_f(s):
    for rnd in range(24):
        c = [s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        s = [s[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(s[x + 5 * y], _ROT[x][y])
        s = [b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
             for i in range(25)]
        s[0] ^= _RC[rnd]
    return s


def keccak256(data):
    rate = 136
    msg = bytearray(data)
    msg.append(0x01)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    s = [0] * 25
    for off in range(0, len(msg), rate):
        blk = msg[off:off + rate]
        for i in range(rate // 8):
            s[i] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        s = _keccak_f(s)
    return b"".join(s[i].to_bytes(8, "little") for i in range(4))


def eip55(hex40):
    h = hex40.lower()
    dig = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c in "abcdef" and int(dig[i], 16) >= 8 else c
                          for i, c in enumerate(h))


def eth_valid(a):
    if len(a) != 42 or not a.startswith("0x"):
        return False
    body = a[2:]
    try:
        int(body, 16)
    except ValueError:
        return False
    if body == body.lower() or body == body.upper():
        return True  # no checksum information
    return eip55(body) == a


# ---------------- generators ----------------
def _rb(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


CHAINS = ["btc_p2pkh", "btc_p2sh", "btc_bech32", "btc_taproot", "eth", "eth_lower",
          "sol", "trx", "xrp", "doge", "ltc", "ltc_bech32", "ada"]
COIN = {"btc_p2pkh": "BTC", "btc_p2sh": "BTC", "btc_bech32": "BTC", "btc_taproot": "BTC",
        "eth": "ETH", "eth_lower": "ETH", "sol": "SOL", "trx": "TRX", "xrp": "XRP",
        "doge": "DOGE", "ltc": "LTC", "ltc_bech32": "LTC", "ada": "ADA"}


def gen(chain, rng):
    if chain == "btc_p2pkh":
        return b58check_enc(b"\x00" + _rb(rng, 20))
    if chain == "btc_p2sh":
        return b58check_enc(b"\x05" + _rb(rng, 20))
    if chain == "btc_bech32":
        return segwit_encode("bc", 0, _rb(rng, 20))
    if chain == "btc_taproot":
        return segwit_encode("bc", 1, _rb(rng, 32))
    if chain == "eth":
        return eip55(_rb(rng, 20).hex())
    if chain == "eth_lower":
        return "0x" + _rb(rng, 20).hex()
    if chain == "sol":
        while True:
            a = b58enc(_rb(rng, 32))
            if len(a) >= 43:
                return a
    if chain == "trx":
        return b58check_enc(b"\x41" + _rb(rng, 20))
    if chain == "xrp":
        return b58check_enc(b"\x00" + _rb(rng, 20), XRP58)
    if chain == "doge":
        return b58check_enc(b"\x1e" + _rb(rng, 20))
    if chain == "ltc":
        return b58check_enc(b"\x30" + _rb(rng, 20))
    if chain == "ltc_bech32":
        return segwit_encode("ltc", 0, _rb(rng, 20))
    if chain == "ada":
        payload = b"\x01" + _rb(rng, 56)
        return bech32_encode("addr", convertbits(payload, 8, 5), BECH32)
    raise KeyError(chain)


def validate(chain, a):
    """Return True if address a is a valid encoding for chain."""
    try:
        if chain in ("btc_p2pkh", "btc_p2sh", "trx", "doge", "ltc"):
            ver = {"btc_p2pkh": 0, "btc_p2sh": 5, "trx": 0x41, "doge": 0x1E, "ltc": 0x30}[chain]
            p = b58check_dec(a)
            return len(p) == 21 and p[0] == ver
        if chain == "xrp":
            p = b58check_dec(a, XRP58)
            return len(p) == 21 and p[0] == 0 and a.startswith("r")
        if chain == "btc_bech32":
            v, p = segwit_decode("bc", a)
            return v == 0 and len(p) == 20
        if chain == "btc_taproot":
            v, p = segwit_decode("bc", a)
            return v == 1 and len(p) == 32
        if chain == "ltc_bech32":
            v, p = segwit_decode("ltc", a)
            return v == 0
        if chain == "eth":
            return eth_valid(a) and a[2:] != a[2:].lower()
        if chain == "eth_lower":
            return eth_valid(a) and a[2:] == a[2:].lower()
        if chain == "sol":
            return len(b58dec(a)) == 32
        if chain == "ada":
            hrp, data, const = bech32_decode(a)
            p = bytes(convertbits(data, 5, 8, False))
            return hrp == "addr" and const == BECH32 and len(p) == 57 and p[0] >> 4 == 0 and p[0] & 15 == 1
    except ValueError:
        return False
    return False


def self_test():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    assert keccak256(b"a" * 200).hex() == keccak256(bytes([97]) * 200).hex()
    for v in ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
              "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
              "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]:
        assert eip55(v[2:]) == v, v
    assert b58check_enc(b"\x00" + b"\x00" * 20) == "1111111111111111111114oLvT2"
    assert segwit_encode("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == \
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert segwit_encode("bc", 1, bytes.fromhex(
        "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")) == \
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"
    assert validate("btc_p2pkh", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert validate("btc_p2sh", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert not validate("btc_p2pkh", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    return True


if __name__ == "__main__":
    print("self test:", self_test())

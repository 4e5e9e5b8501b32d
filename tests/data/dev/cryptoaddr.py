"""Pure-Python address codecs used by make_dev.py (standard library only).

Base58 / Base58Check (double SHA-256), bech32 / bech32m (BIP-173 / BIP-350),
Keccak-256 (original Keccak padding, as used by Ethereum) and EIP-55.
"""
import hashlib

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
XRP58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'


def b58encode(raw, alphabet=B58):
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, rem = divmod(n, 58)
        out = alphabet[rem] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return alphabet[0] * pad + out


def b58check(payload, alphabet=B58):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk, alphabet)


BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
BECH32_CONST = 1
BECH32M_CONST = 0x2bc830a3


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _hrp_expand(hrp):
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (tobits - bits)) & maxv)
    return out


def bech32_encode(hrp, data5, const):
    values = _hrp_expand(hrp) + list(data5)
    pm = _polymod(values + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH[d] for d in list(data5) + chk)


def segwit_address(hrp, version, program):
    const = BECH32_CONST if version == 0 else BECH32M_CONST
    return bech32_encode(hrp, [version] + convertbits(program, 8, 5), const)


# ---- Keccak-256 -------------------------------------------------------
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _round_constants():
    out = []
    r = 1
    for _ in range(24):
        rc = 0
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                rc ^= 1 << ((1 << j) - 1)
        out.append(rc)
    return out


_RC = _round_constants()


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def _sponge(data, pad_byte, rate=136, outlen=32):
    msg = bytearray(data)
    msg.append(pad_byte)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            a[x][y] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        a = _keccak_f(a)
    out = b''
    for i in range(rate // 8):
        x, y = i % 5, i // 5
        out += a[x][y].to_bytes(8, 'little')
    return out[:outlen]


def keccak256(data):
    return _sponge(data, 0x01)


def sha3_256_pure(data):
    """Same permutation with SHA-3 padding; used to self-test against hashlib."""
    return _sponge(data, 0x06)


def eip55(raw20):
    low = raw20.hex()
    h = keccak256(low.encode('ascii')).hex()
    return '0x' + ''.join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch
                          for i, ch in enumerate(low))


def self_test():
    assert sha3_256_pure(b'abc') == hashlib.sha3_256(b'abc').digest()
    assert sha3_256_pure(b'x' * 300) == hashlib.sha3_256(b'x' * 300).digest()
    assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
    assert eip55(bytes.fromhex('5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')) == \
        '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
    assert eip55(bytes.fromhex('fb6916095ca1df60bb79ce92ce3ea74c37c5d359')) == \
        '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'
    # BIP-173 / BIP-350 vectors
    assert segwit_address('bc', 0, bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == \
        'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert segwit_address('bc', 1, bytes.fromhex(
        '79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798')) == \
        'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0'
    assert b58check(b'\x00' + bytes(20)) == '1111111111111111111114oLvT2'
    return True

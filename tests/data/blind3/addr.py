import hashlib
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
XRP58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'
def b58(data, alph=B58):
    n = int.from_bytes(data, 'big'); s = ''
    while n: n, r = divmod(n, 58); s = alph[r] + s
    pad = len(data) - len(data.lstrip(b'\0'))
    return alph[0] * pad + s
def b58check(payload, alph=B58):
    ck = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + ck, alph)
# bech32 (BIP-173)
CH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _poly(v):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; c = 1
    for x in v:
        b = c >> 25; c = (c & 0x1ffffff) << 5 ^ x
        for i in range(5): c ^= g[i] if (b >> i) & 1 else 0
    return c
def _hrp(h): return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]
def _bits(data, f, t):
    acc = 0; bits = 0; out = []; mx = (1 << t) - 1
    for v in data:
        acc = (acc << f) | v; bits += f
        while bits >= t: bits -= t; out.append((acc >> bits) & mx)
    if bits: out.append((acc << (t - bits)) & mx)
    return out
def bech32_addr(prog, hrp='bc', ver=0):
    d = [ver] + _bits(prog, 8, 5)
    pm = _poly(_hrp(hrp) + d + [0] * 6) ^ 1
    ck = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(CH[x] for x in d + ck)
# keccak-256
RC = [0x1, 0x8082, 0x800000000000808A, 0x8000000080008000, 0x808B, 0x80000001, 0x8000000080008081,
      0x8000000000008009, 0x8A, 0x88, 0x80008009, 0x8000000A, 0x8000808B, 0x800000000000008B,
      0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x800A,
      0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x80000001, 0x8000000080008008]
ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
M = (1 << 64) - 1
def _rol(x, n): return ((x << n) | (x >> (64 - n))) & M if n else x
def _f(A):
    for rc in RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5): B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], ROT[x][y])
        A = [[B[x][y] ^ (~B[(x + 1) % 5][y] & B[(x + 2) % 5][y]) & M for y in range(5)] for x in range(5)]
        A[0][0] ^= rc
    return A
def keccak256(data):
    rate = 136; p = bytearray(data) + b'\x01'
    while len(p) % rate: p += b'\0'
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for o in range(0, len(p), rate):
        blk = p[o:o + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            A[x][y] ^= int.from_bytes(blk[8 * i:8 * i + 8], 'little')
        A = _f(A)
    out = b''
    for i in range(4): out += A[i % 5][i // 5].to_bytes(8, 'little')
    return out
def eip55(raw20):
    h = raw20.hex(); k = keccak256(h.encode()).hex()
    return '0x' + ''.join(c.upper() if c.isalpha() and int(k[i], 16) >= 8 else c for i, c in enumerate(h))
def make(coin, rng):
    rb = lambda n: bytes(rng.getrandbits(8) for _ in range(n))
    if coin == 'BTC':
        return bech32_addr(rb(20)) if rng.random() < 0.6 else b58check(b'\x00' + rb(20))
    if coin == 'ETH': return eip55(rb(20))
    if coin == 'SOL':
        while True:
            a = b58(rb(32))
            if len(a) >= 43: return a
    if coin == 'TRX': return b58check(b'\x41' + rb(20))
    if coin == 'XRP': return b58check(b'\x00' + rb(20), XRP58)
    raise ValueError(coin)
if __name__ == '__main__':
    assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
    assert eip55(bytes.fromhex('5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')) == '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'
    assert bech32_addr(bytes.fromhex('751e76e8199196d454941c45d1b3a323f1433bd6')) == 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'
    assert b58check(b'\x00' + bytes.fromhex('010966776006953d5567439e5e39f86a0d273bee')) == '16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM'
    print('ok')

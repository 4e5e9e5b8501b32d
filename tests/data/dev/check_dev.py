#!/usr/bin/env python3
"""Re-validate the scamwatch dev corpus written by make_dev.py.

Usage: python3 check_dev.py [DIR]      (default: directory of this file)

* every address listed in addresses.csv decodes and its checksum verifies
  (Base58Check double-SHA-256 + version byte, bech32 / bech32m + witness rules,
  Cardano bech32, EIP-55 mixed case via Keccak-256, Solana = 32 bytes);
* every address-looking token found anywhere in the posts verifies as well
  (or is a chunk of a listed address rendered split by spaces);
* structure: ordering, id ranges, references, labels for every post/account;
* scenario rules (hijacked accounts, scammer accounts, hard negatives);
* counts per language / role;
* determinism: regenerates twice (different PYTHONHASHSEED) and compares bytes.
Exit status 0 when everything passes.
"""
import collections
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from cryptoaddr import keccak256, sha3_256_pure  # noqa: E402  (verified below with known vectors)

LANGS = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'tr', 'ar', 'ja', 'ko', 'zh']
B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
XRP58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz'
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ------------------------------------------------------------ decoders ---
def b58decode(s, alpha=B58):
    n = 0
    for ch in s:
        i = alpha.find(ch)
        if i < 0:
            return None
        n = n * 58 + i
    body = n.to_bytes((n.bit_length() + 7) // 8, 'big') if n else b''
    pad = len(s) - len(s.lstrip(alpha[0]))
    return b'\0' * pad + body


def b58check_ok(s, version, alpha=B58):
    raw = b58decode(s, alpha)
    if raw is None or len(raw) != 25:
        return False
    payload, chk = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != chk:
        return False
    return payload[0] == version


def polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech_decode(s):
    if s.lower() != s and s.upper() != s:
        return None
    s = s.lower()
    pos = s.rfind('1')
    if pos < 1 or pos + 7 > len(s):
        return None
    hrp, data = s[:pos], s[pos + 1:]
    if any(c not in BECH for c in data):
        return None
    d = [BECH.index(c) for c in data]
    pm = polymod([ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + d)
    enc = 'bech32' if pm == 1 else 'bech32m' if pm == 0x2bc830a3 else None
    if enc is None:
        return None
    return hrp, d[:-6], enc


def from5(data):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << 5) | v
        bits += 5
        while bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
    if bits >= 5 or (acc & ((1 << bits) - 1)):
        return None
    return bytes(out)


def segwit_ok(s, hrp_expected):
    dec = bech_decode(s)
    if not dec:
        return False
    hrp, data, enc = dec
    if hrp != hrp_expected or not data:
        return False
    ver, prog = data[0], from5(data[1:])
    if prog is None:
        return False
    if ver == 0:
        return enc == 'bech32' and len(prog) in (20, 32)
    return enc == 'bech32m' and 2 <= len(prog) <= 40 and (ver != 1 or len(prog) == 32)


def ada_ok(s):
    if len(s) > 200:
        return False
    dec = bech_decode(s)
    if not dec:
        return False
    hrp, data, enc = dec
    prog = from5(data)
    return hrp == 'addr' and enc == 'bech32' and prog is not None and len(prog) == 57 and prog[0] >> 4 <= 7


def eth_ok(s):
    if not re.fullmatch(r'0x[0-9a-fA-F]{40}', s):
        return False
    h = s[2:]
    if h == h.lower() or h == h.upper():
        return True
    k = keccak256(h.lower().encode()).hex()
    return all((c.upper() if int(k[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(h))


def validate(coin, a):
    if coin == 'BTC':
        if a.startswith('bc1'):
            return segwit_ok(a, 'bc')
        return b58check_ok(a, 0x00) if a[0] == '1' else b58check_ok(a, 0x05) if a[0] == '3' else False
    if coin == 'ETH':
        return eth_ok(a)
    if coin == 'SOL':
        raw = b58decode(a)
        return raw is not None and len(raw) == 32 and 32 <= len(a) <= 44
    if coin in ('TRX', 'USDT'):
        return a[0] == 'T' and b58check_ok(a, 0x41)
    if coin == 'XRP':
        return a[0] == 'r' and b58check_ok(a, 0x00, XRP58)
    if coin == 'DOGE':
        return a[0] == 'D' and b58check_ok(a, 0x1e)
    if coin == 'LTC':
        return segwit_ok(a, 'ltc') if a.startswith('ltc1') else (a[0] == 'L' and b58check_ok(a, 0x30))
    if coin == 'ADA':
        return ada_ok(a)
    return False


SCAN = [
    ('ETH', re.compile(r'(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])')),
    ('BTC', re.compile(r'(?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,87}(?![0-9A-Za-z])')),
    ('LTC', re.compile(r'(?<![0-9A-Za-z])ltc1[02-9ac-hj-np-z]{11,87}(?![0-9A-Za-z])')),
    ('ADA', re.compile(r'(?<![0-9A-Za-z])addr1[02-9ac-hj-np-z]{50,}(?![0-9A-Za-z])')),
    ('BTC', re.compile(r'(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])')),
    ('TRX', re.compile(r'(?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])')),
    ('DOGE', re.compile(r'(?<![0-9A-Za-z])D[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])')),
    ('LTC', re.compile(r'(?<![0-9A-Za-z])L[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])')),
    ('XRP', re.compile(r'(?<![0-9A-Za-z])r[' + XRP58 + r']{24,34}(?![0-9A-Za-z])')),
]


def parse_t(s):
    return datetime.strptime(s.replace('.000Z', 'Z'), '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else HERE
    # known-answer tests for the Keccak implementation used for EIP-55
    assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
    assert sha3_256_pure(b'scamwatch') == hashlib.sha3_256(b'scamwatch').digest()
    assert eth_ok('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed') and not eth_ok('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD')
    assert segwit_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 'bc')
    assert not segwit_ok('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', 'bc')
    assert b58check_ok('1111111111111111111114oLvT2', 0)

    lines = open(os.path.join(d, 'posts.jsonl'), encoding='utf-8').read().split('\n')
    assert lines[-1] == ''
    posts, events, order = {}, [], []
    t0 = datetime(2026, 9, 1, tzinfo=timezone.utc)
    t1 = datetime(2026, 10, 31, 23, 59, 59, tzinfo=timezone.utc)
    prev = None
    users = {}
    for ln in lines[:-1]:
        o = json.loads(ln)
        if 'account_event' in o:
            ev = o['account_event']
            t = parse_t(ev['created_at'])
            events.append(ev)
        else:
            p = o['data']
            t = parse_t(p['created_at'])
            if p['id'] in posts:
                err('duplicate id ' + p['id'])
            posts[p['id']] = o
            order.append(p['id'])
            for u in o['includes']['users']:
                users[u['id']] = u
            if o['includes']['users'][0]['id'] != p['author_id']:
                err('includes.users[0] is not the author ' + p['id'])
        if not (t0 <= t <= t1):
            err('time out of range ' + ln[:80])
        if prev is not None and t < prev:
            err('not sorted at ' + ln[:80])
        prev = t
    ids = [int(i) for i in order]
    if ids != list(range(1840000000000000001, 1840000000000000001 + len(ids))):
        err('post ids are not sequential from 1840000000000000001')
    # references
    for pid in order:
        p = posts[pid]['data']
        for ref in p.get('referenced_tweets', []):
            if ref['id'] not in posts:
                err(f'{pid} references unknown {ref["id"]}')
                continue
            rp = posts[ref['id']]['data']
            if int(ref['id']) >= int(pid):
                err(f'{pid} references a later post')
            inc = {t['id']: t for t in posts[pid]['includes'].get('tweets', [])}
            if ref['id'] not in inc or inc[ref['id']]['text'] != rp['text']:
                err(f'{pid}: includes.tweets missing/mismatch')
            if ref['type'] == 'retweeted' and not p['text'].startswith('RT @'):
                err(f'{pid}: retweet text')
            if ref['type'] == 'replied_to' and p.get('in_reply_to_user_id') != rp['author_id']:
                err(f'{pid}: in_reply_to_user_id')
    # labels / meta
    labels = list(csv.DictReader(open(os.path.join(d, 'labels.csv'), encoding='utf-8')))
    plab = {r['id']: r['label'] for r in labels if r['kind'] == 'post'}
    alab = {r['id']: r['label'] for r in labels if r['kind'] == 'account'}
    if len(plab) != len(posts) or set(plab) != set(posts):
        err('labels.csv post rows do not match posts')
    if any(v not in ('scam', 'benign') for v in plab.values()):
        err('bad post label')
    if any(v not in ('hijacked', 'scammer', 'normal') for v in alab.values()):
        err('bad account label')
    authors = {posts[i]['data']['author_id'] for i in posts} | {e['account_id'] for e in events}
    if not authors <= set(alab):
        err('accounts without label: %s' % sorted(authors - set(alab))[:5])
    if any(not (8100001 <= int(a) < 8200000) for a in alab):
        err('account id out of range')
    meta = {m['id']: m for m in csv.DictReader(open(os.path.join(d, 'meta.csv'), encoding='utf-8'))}
    for pid in order:
        m = meta[pid]
        exp = 'scam' if m['role'] == 'scam' else 'benign'
        if plab[pid] != exp:
            err(f'{pid}: label/meta mismatch')
        a = posts[pid]['data']['author_id']
        if plab[pid] == 'scam' and alab[a] == 'normal':
            err(f'{pid}: scam post from a normal account')
    # hijacked / scammer scenario rules
    by_author = collections.defaultdict(list)
    for pid in order:
        by_author[posts[pid]['data']['author_id']].append(pid)
    ev_by = collections.defaultdict(list)
    for e in events:
        ev_by[e['account_id']].append(e)
    nh = {'event': 0, 'client': 0, 'neither': 0}
    for a, lab in alab.items():
        ps = by_author.get(a, [])
        if lab == 'hijacked':
            u = users[a]
            scams = [p for p in ps if plab[p] == 'scam']
            first = min(parse_t(posts[p]['data']['created_at']) for p in scams)
            last = max(parse_t(posts[p]['data']['created_at']) for p in scams)
            hist = [p for p in ps if meta[p]['role'] == 'history']
            if not (1 <= len(scams) <= 4) or (last - first).total_seconds() > 3600:
                err(f'hijacked {a}: scam wave shape')
            if not (5 <= len(hist) <= 30):
                err(f'hijacked {a}: {len(hist)} history posts')
            if not (10000 <= u['public_metrics']['followers_count'] <= 50000000):
                err(f'hijacked {a}: followers')
            if parse_t(u['created_at']).year > 2020:
                err(f'hijacked {a}: too young')
            for p in ps:
                t = parse_t(posts[p]['data']['created_at'])
                if plab[p] == 'benign' and meta[p]['role'] == 'history' and t >= first:
                    err(f'hijacked {a}: history inside hijack window')
                if meta[p]['role'] == 'hardneg' and (meta[p]['kind'] != 'hacked_notice' or t <= last):
                    err(f'hijacked {a}: hard negative in hijack window')
            hist_src = {posts[p]['data']['source'] for p in hist}
            scam_src = {posts[p]['data']['source'] for p in scams}
            switched = not scam_src <= hist_src
            has_ev = bool(ev_by.get(a))
            for e in ev_by.get(a, []):
                if not (0 < (first - parse_t(e['created_at'])).total_seconds() <= 3600):
                    err(f'hijacked {a}: event not minutes before the scam')
            if has_ev:
                nh['event'] += 1
            elif switched:
                nh['client'] += 1
            else:
                nh['neither'] += 1
        elif lab == 'scammer':
            u = users[a]
            if any(plab[p] != 'scam' for p in ps):
                err(f'scammer {a} has benign post')
            first = min(parse_t(posts[p]['data']['created_at']) for p in ps)
            age = (first - parse_t(u['created_at'])).days
            if age > 30 or age < 0:
                err(f'scammer {a}: account age {age} days')
        else:
            if a in ev_by:
                err(f'normal {a} has account events')
    # counts
    cnt = collections.Counter((meta[p]['lang'], meta[p]['role']) for p in order)
    n_scam = sum(v for (l, r), v in cnt.items() if r == 'scam')
    n_hn = sum(v for (l, r), v in cnt.items() if r == 'hardneg')
    n_hist = sum(v for (l, r), v in cnt.items() if r == 'history')
    if n_scam < 600 or n_hn < 600:
        err(f'too few posts: scam={n_scam} hardneg={n_hn}')
    for l in LANGS:
        if cnt[(l, 'scam')] < 30 or cnt[(l, 'hardneg')] < 30:
            err(f'{l}: scam={cnt[(l, "scam")]} hardneg={cnt[(l, "hardneg")]}')
    en_share = (cnt[('en', 'scam')] + cnt[('en', 'hardneg')]) / (n_scam + n_hn)
    if not 0.28 <= en_share <= 0.40:
        err(f'English share {en_share:.2f}')
    acc = collections.Counter(alab.values())
    if acc['hijacked'] < 40 or acc['scammer'] < 50:
        err(f'accounts: {dict(acc)}')
    if not 0.35 <= nh['neither'] / max(1, acc['hijacked']) <= 0.65:
        err(f'hijack visibility mix {nh}')
    for p in order:
        if meta[p]['kind'] == 'retweet':
            rp = posts[p]['data']['referenced_tweets'][0]['id']
            if plab[rp] != 'scam' or plab[p] != 'benign':
                err(f'{p}: retweet of non-scam or scam-labelled retweet')
    # addresses
    listed = collections.defaultdict(list)
    n_addr = 0
    for row in csv.DictReader(open(os.path.join(d, 'addresses.csv'), encoding='utf-8')):
        n_addr += 1
        if not validate(row['coin'], row['address']):
            err(f'invalid {row["coin"]} address {row["address"]} in {row["post_id"]}')
        listed[row['post_id']].append(row)
        o = posts[row['post_id']]
        hay = o['data']['text'] + ' ' + ' '.join(u['expanded_url'] for u in o['data'].get('entities', {}).get('urls', []))
        if row['form'] == 'split':
            if row['address'] not in hay.replace(' ', ''):
                err(f'split address not found in {row["post_id"]}')
        elif row['address'] not in hay:
            err(f'address not found in {row["post_id"]}')
    n_scanned = 0
    for pid in order:
        o = posts[pid]
        texts = [o['data']['text']] + [t['text'] for t in o['includes'].get('tweets', [])] + \
                [u['expanded_url'] for u in o['data'].get('entities', {}).get('urls', [])]
        known = [r['address'] for r in listed[pid]]
        for ref in o['data'].get('referenced_tweets', []):
            known += [r['address'] for r in listed[ref['id']]]
        for txt in texts:
            for coin, rx in SCAN:
                for m in rx.finditer(txt):
                    tok = m.group(0)
                    n_scanned += 1
                    if validate(coin, tok) or tok in known:
                        continue
                    if any(tok in k for k in known):   # a chunk of an address split by spaces
                        continue
                    if coin == 'BTC' and validate('SOL', tok) and any(tok == k for k in known):
                        continue
                    err(f'{pid}: unverifiable address-like token {tok}')
    # determinism
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for seed in ('0', '12345'):
            od = os.path.join(tmp, 'run' + seed)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, 'make_dev.py'), od], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            outs.append(od)
        for fn in ('posts.jsonl', 'labels.csv', 'meta.csv', 'addresses.csv'):
            blobs = [open(os.path.join(o, fn), 'rb').read() for o in outs] + [open(os.path.join(d, fn), 'rb').read()]
            if len(set(hashlib.sha256(b).hexdigest() for b in blobs)) != 1:
                same = False
                err(f'{fn}: not byte-identical across runs')
    # report
    print(f'posts={len(order)} scam={n_scam} hardneg={n_hn} history={n_hist} events={len(events)}')
    print('accounts:', dict(sorted(acc.items())), 'hijack visibility:', nh)
    print('lang  scam  hardneg  history')
    for l in LANGS:
        print(f'{l:4} {cnt[(l, "scam")]:5} {cnt[(l, "hardneg")]:8} {cnt[(l, "history")]:8}')
    print(f'English share of scam+hardneg: {en_share:.3f}')
    print(f'addresses listed={n_addr} address-like tokens scanned={n_scanned} deterministic={same}')
    if ERRORS:
        print(f'{len(ERRORS)} ERRORS')
        for e in ERRORS[:50]:
            print('  ', e)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Checks posts.jsonl / labels.csv: JSON per line, shapes, time order, unique ids, labels coverage, address checksums."""
import json, re, hashlib, sys, os
from collections import Counter
import addr as A
D = os.path.dirname(os.path.abspath(__file__))
posts, events, users = {}, 0, {}
prev = ''
for n, line in enumerate(open(os.path.join(D, 'posts.jsonl'), encoding='utf-8'), 1):
    o = json.loads(line)
    if 'account_event' in o:
        e = o['account_event']; assert e['account_id'] and e['type'] and e['created_at']; events += 1
        t = e['created_at'].replace('Z', '.000Z') if '.' not in e['created_at'] else e['created_at']
    else:
        d = o['data']; assert d['id'] and d['author_id'] and d['created_at'] and d['text'] is not None
        assert d['id'] not in posts, d['id']
        assert any(u['id'] == d['author_id'] for u in o['includes']['users'])
        posts[d['id']] = o; t = d['created_at']
        for u in o['includes']['users']: users[u['id']] = u
    assert t >= prev, (n, t, prev); prev = t
lab = {}
for line in open(os.path.join(D, 'labels.csv'), encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#') or line == 'kind,id,label': continue
    k, i, v = line.split(',')
    assert (k, i) not in lab; lab[(k, i)] = v
    assert (k == 'post' and v in ('scam', 'benign')) or (k == 'account' and v in ('hijacked', 'scammer', 'normal')), line
missing = [i for (k, i) in lab if k == 'post' and i not in posts]
unl = [i for i in posts if ('post', i) not in lab]
acc_missing = [i for (k, i) in lab if k == 'account' and i not in users]
print('lines ok; posts', len(posts), 'events', events, 'users', len(users))
print('post labels not in posts:', len(missing), '; unlabelled posts:', len(unl), '; account labels without user:', len(acc_missing))
# address checks
def b58dec(s, alph=A.B58):
    n = 0
    for c in s: n = n * 58 + alph.index(c)
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big'); pad = len(s) - len(s.lstrip(alph[0]))
    return b'\0' * pad + b
def okcheck(raw): return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]
cnt = Counter(); bad = []
for o in posts.values():
    tx = o['data']['text']
    for a in re.findall(r'\bbc1q[02-9ac-hj-np-z]{38}\b', tx):
        hrp, data = a.split('1', 1); v = [A.CH.index(c) for c in data]
        (cnt.__setitem__('btc_bech32', cnt['btc_bech32'] + 1) if A._poly(A._hrp(hrp) + v) == 1 else bad.append(a))
    for a in re.findall(r'\b1[1-9A-HJ-NP-Za-km-z]{25,34}\b', tx):
        (cnt.__setitem__('btc_p2pkh', cnt['btc_p2pkh'] + 1) if okcheck(b58dec(a)) else bad.append(a))
    for a in re.findall(r'\b0x[0-9a-fA-F]{40}\b', tx):
        (cnt.__setitem__('eth', cnt['eth'] + 1) if A.eip55(bytes.fromhex(a[2:])) == a else bad.append(a))
    for a in re.findall(r'\bT[1-9A-HJ-NP-Za-km-z]{33}\b', tx):
        raw = b58dec(a); (cnt.__setitem__('trx', cnt['trx'] + 1) if okcheck(raw) and raw[0] == 0x41 else bad.append(a))
    for a in re.findall(r'\br[rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz]{24,34}\b', tx):
        (cnt.__setitem__('xrp', cnt['xrp'] + 1) if okcheck(b58dec(a, A.XRP58)) else bad.append(a))
print('addresses with valid checksums:', dict(cnt), 'bad:', bad[:5])
sys.exit(1 if missing or unl or acc_missing or bad else 0)

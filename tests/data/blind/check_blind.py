#!/usr/bin/env python3
"""Independent sanity check of the blind corpus.

Uses third-party implementations (pycryptodome keccak, the `base58` and `bech32`
packages) rather than the generator's own encoders:
    pip install pycryptodome base58 bech32
    python3 tests/data/blind/check_blind.py
"""
import csv
import hashlib
import json
import os
import re
import sys
from collections import Counter

import base58
import bech32 as b32
from Crypto.Hash import keccak
from Crypto.Signature import eddsa

HERE = os.path.dirname(os.path.abspath(__file__))


def keccak_hex(s):
    k = keccak.new(digest_bits=256)
    k.update(s.encode())
    return k.hexdigest()


def valid(chain, a):
    if chain in ("BTC", "BTC3", "DOGE", "TRX"):
        raw = base58.b58decode_check(a)
        ver = {"BTC": 0x00, "BTC3": 0x05, "DOGE": 0x1E, "TRX": 0x41}[chain]
        return len(raw) == 21 and raw[0] == ver
    if chain == "XRP":
        raw = base58.b58decode_check(a, alphabet=base58.XRP_ALPHABET)
        return len(raw) == 21 and raw[0] == 0 and a.startswith("r")
    if chain == "BC1":
        ver, prog = b32.decode("bc", a)
        return (ver, len(prog)) == (0, 20)
    if chain == "BC1P":
        # the bech32 package predates BIP-350, so check the bech32m constant with its polymod
        hrp, _, data = a.rpartition("1")
        vals = [b32.CHARSET.find(c) for c in data]
        if hrp != "bc" or -1 in vals or vals[0] != 1:
            return False
        if b32.bech32_polymod(b32.bech32_hrp_expand(hrp) + vals) != 0x2BC830A3:
            return False
        return len(b32.convertbits(vals[1:-6], 5, 8, False)) == 32
    if chain == "ETH":
        h = a[2:]
        d = keccak_hex(h.lower())
        return a.startswith("0x") and len(h) == 40 and all(
            (c.upper() if int(d[i], 16) >= 8 else c.lower()) == c for i, c in enumerate(h) if c.isalpha())
    if chain == "SOL":
        raw = base58.b58decode(a)
        if len(raw) != 32:
            return False
        eddsa.import_public_key(raw)  # raises if not a valid curve point
        return True
    if chain == "ADA":
        # bech32 (not m), no 90-char limit for Cardano: check the checksum by hand with the package's polymod
        hrp, _, data = a.rpartition("1")
        vals = [b32.CHARSET.find(c) for c in data]
        if hrp != "addr" or -1 in vals:
            return False
        if b32.bech32_polymod(b32.bech32_hrp_expand(hrp) + vals) != 1:
            return False
        payload = b32.convertbits(vals[:-6], 5, 8, False)
        return len(payload) == 57 and payload[0] == 0x01
    raise ValueError(chain)


def main():
    lines = open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8").read().splitlines()
    objs = [json.loads(l) for l in lines]
    times = [o["data"]["created_at"] if "data" in o else o["account_event"]["created_at"] for o in objs]
    assert times == sorted(times), "not sorted by created_at"

    labels = {}
    for row in csv.reader(l for l in open(os.path.join(HERE, "labels.csv"), encoding="utf-8") if not l.startswith("#")):
        if row == ["kind", "id", "label"]:
            continue
        key = (row[0], row[1])
        assert key not in labels, "duplicate label %s" % (key,)
        labels[key] = row[2]

    post_ids, acct_ids = set(), set()
    per_lang = Counter()
    for o in objs:
        if "data" in o:
            d = o["data"]
            assert d["id"] not in post_ids, "duplicate post id"
            post_ids.add(d["id"])
            acct_ids.add(d["author_id"])
            assert any(u["id"] == d["author_id"] for u in o["includes"]["users"]), "author missing from includes"
            for u in o["includes"]["users"]:
                acct_ids.add(u["id"])
            for t in o["includes"].get("tweets", []):
                assert t["id"] in post_ids, "referenced tweet not earlier in file"
            per_lang[(d["lang"], labels[("post", d["id"])])] += 1
        else:
            acct_ids.add(o["account_event"]["account_id"])
    assert {k[1] for k in labels if k[0] == "post"} == post_ids, "post labels mismatch"
    assert {k[1] for k in labels if k[0] == "account"} == acct_ids, "account labels mismatch"
    assert not (post_ids & acct_ids), "post id equals account id"

    # every generated address validates and occurs in the corpus
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import make_blind
    g, _, _ = make_blind.build()
    blob = "".join("".join(o["data"]["text"].split()) for o in objs if "data" in o)
    ent_blob = " ".join(u["expanded_url"] for o in objs if "data" in o for u in o["data"].get("entities", {}).get("urls", []))
    bad, missing = [], 0
    for chain, a in g.addresses:
        try:
            ok = valid(chain, a)
        except Exception as e:  # noqa: BLE001
            ok = False
        if not ok:
            bad.append((chain, a))
        if a not in blob and a not in ent_blob:
            missing += 1
    # every ETH-looking string in the corpus passes EIP-55 (catches damage by obfuscation)
    eth_in_text = set(re.findall(r"0x[0-9a-fA-F]{40}", blob))
    eth_bad = [a for a in eth_in_text if not valid("ETH", a)]

    print("lines", len(lines), "posts", len(post_ids), "accounts", len(acct_ids),
          "events", sum(1 for o in objs if "account_event" in o))
    print("labels", Counter(labels.values()))
    for lang in sorted({l for l, _ in per_lang}):
        print(" ", lang, "scam", per_lang[(lang, "scam")], "benign", per_lang[(lang, "benign")])
    print("addresses", len(g.addresses), Counter(c for c, _ in g.addresses), "invalid", len(bad),
          "not found in text", missing, "eth strings in text", len(eth_in_text), "eth invalid", len(eth_bad))
    print("sha256 posts.jsonl", hashlib.sha256(open(os.path.join(HERE, "posts.jsonl"), "rb").read()).hexdigest())
    if bad:
        print("INVALID", bad)
    assert not bad and not eth_bad and missing == 0
    print("OK")


if __name__ == "__main__":
    main()

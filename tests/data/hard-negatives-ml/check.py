#!/usr/bin/env python3
"""Validates posts.jsonl and labels.csv of the multilingual hard-negative tuning set.

Run:  python3 tests/data/hard-negatives-ml/check.py
Checks that every line parses as a Twitter API v2 message, lines are sorted by created_at,
every post and account is labelled (and nothing else), the languages are balanced, entity
offsets match the text, replies point at earlier posts, and every BTC/ETH address in the
texts has a valid checksum. EIP-55 is checked with pycryptodome's keccak when installed
(independent of make.py), otherwise with make.py's own keccak.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

try:
    from Crypto.Hash import keccak as _k

    def keccak256(b: bytes) -> bytes:
        return _k.new(digest_bits=256, data=b).digest()
    KECCAK = "pycryptodome"
except ImportError:  # pragma: no cover
    sys.path.insert(0, HERE)
    from make import keccak256  # type: ignore
    KECCAK = "make.py"

assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"


def eip55_ok(a: str) -> bool:
    h = keccak256(a[2:].lower().encode()).hex()
    want = "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c.lower()
                   for i, c in enumerate(a[2:]))
    return a[2:] == want


def p2pkh_ok(s: str) -> bool:
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = b"\x00" * (len(s) - len(s.lstrip("1"))) + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    body, chk = raw[:-4], raw[-4:]
    return len(body) == 21 and body[0] == 0 and hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk


def bech32_ok(s: str) -> bool:
    hrp, _, rest = s.rpartition("1")
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [BECH32.index(c) for c in rest]:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    # P2WPKH: witness version 0 and a 20-byte program (32 data chars + 6 checksum + 'q')
    return hrp == "bc" and chk == 1 and rest[0] == "q" and len(rest) == 39


ETH_RE = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
BECH_RE = re.compile(r"(?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{8,87}(?![0-9A-Za-z])")
P2PKH_RE = re.compile(r"(?<![0-9A-Za-z])1[1-9A-HJ-NP-Za-km-z]{25,33}(?![0-9A-Za-z])")


def main() -> int:
    errors: list[str] = []
    posts, authors, users_seen = [], set(), set()
    prev_t, prev_id, ids = "", 0, set()
    addrs: Counter = Counter()
    langs: Counter = Counter()
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                msg = json.loads(line)
                d = msg["data"]
                us = msg["includes"]["users"]
                for k in ("id", "text", "author_id", "created_at", "lang", "source"):
                    assert isinstance(d[k], str) and d[k], k
            except Exception as e:  # noqa: BLE001
                errors.append(f"line {n}: does not parse as a v2 message: {e!r}")
                continue
            if d["created_at"] < prev_t:
                errors.append(f"line {n}: not sorted by created_at")
            if int(d["id"]) <= prev_id:
                errors.append(f"line {n}: ids not increasing")
            prev_t, prev_id = d["created_at"], int(d["id"])
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", d["created_at"]):
                errors.append(f"line {n}: bad created_at")
            if us[0]["id"] != d["author_id"]:
                errors.append(f"line {n}: first user is not the author")
            for u in us:
                users_seen.add(u["id"])
                if u["created_at"] >= d["created_at"]:
                    errors.append(f"line {n}: account {u['id']} created after the post")
                assert isinstance(u["public_metrics"]["followers_count"], int)
            for e in d.get("entities", {}).get("urls", []):
                if d["text"][e["start"]:e["end"]] != e["url"] or not e["expanded_url"].startswith("http"):
                    errors.append(f"line {n}: url entity offsets wrong")
            for ref in d.get("referenced_tweets", []):
                if ref["id"] not in ids:
                    errors.append(f"line {n}: reply to unknown or later post {ref['id']}")
                if msg["includes"]["tweets"][0]["id"] != ref["id"]:
                    errors.append(f"line {n}: includes.tweets does not hold the replied-to post")
            ids.add(d["id"])
            authors.add(d["author_id"])
            langs[d["lang"]] += 1
            posts.append(d["id"])
            text = d["text"]
            for a in ETH_RE.findall(text):
                addrs["eth"] += 1
                if not eip55_ok(a):
                    errors.append(f"line {n}: bad EIP-55 address {a}")
            for a in BECH_RE.findall(text):
                addrs["bech32"] += 1
                if not bech32_ok(a):
                    errors.append(f"line {n}: bad bech32 address {a}")
            for a in P2PKH_RE.findall(text):
                addrs["p2pkh"] += 1
                if not p2pkh_ok(a):
                    errors.append(f"line {n}: bad P2PKH address {a}")

    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["kind", "id", "label"]:
        errors.append("labels.csv: bad header")
    lab_posts = {r[1]: r[2] for r in rows[1:] if r[0] == "post"}
    lab_accts = {r[1]: r[2] for r in rows[1:] if r[0] == "account"}
    if len(rows) - 1 != len(lab_posts) + len(lab_accts):
        errors.append("labels.csv: duplicate ids or unknown kind")
    if set(lab_posts) != set(posts) or set(lab_posts.values()) != {"benign"}:
        errors.append("labels.csv: posts do not match posts.jsonl or are not all benign")
    if set(lab_accts) != users_seen | authors or set(lab_accts.values()) != {"normal"}:
        errors.append("labels.csv: accounts do not match posts.jsonl or are not all normal")

    # No id may collide with the main fixtures.
    main_labels = os.path.join(HERE, "..", "labels.csv")
    if os.path.exists(main_labels):
        with open(main_labels, encoding="utf-8") as f:
            other = {r[1] for r in csv.reader(f)}
        if other & (set(posts) | set(lab_accts)):
            errors.append("ids collide with tests/data/labels.csv")

    for lang in LANGS:
        if langs[lang] < 30:
            errors.append(f"language {lang}: only {langs[lang]} posts")
    if set(langs) - set(LANGS):
        errors.append(f"unexpected languages {set(langs) - set(LANGS)}")

    with_addr = 0
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["data"]["text"]
            with_addr += bool(ETH_RE.search(t) or BECH_RE.search(t) or P2PKH_RE.search(t))

    for e in errors:
        print("ERROR", e)
    print(f"{len(posts)} posts ({', '.join(f'{l} {langs[l]}' for l in LANGS)}), "
          f"{len(lab_accts)} accounts; {with_addr} posts with addresses; addresses checked: "
          f"{addrs['bech32']} bech32, {addrs['p2pkh']} P2PKH, {addrs['eth']} EIP-55 (keccak: {KECCAK}); "
          f"{'OK' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""check_blind6.py: validate the blind6 corpus.

Checks: JSON validity and shapes, label coverage (every post and every account exactly once, known
labels only), strictly increasing timestamps (all lines) and post ids, references to earlier posts,
address checksums (Bitcoin base58check/bech32/bech32m, EIP-55, Solana, Tron), Keccak-256 self-test,
and byte-identical regeneration by make_blind6.py. Exit status 1 on any failure.
"""
import filecmp
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind6_crypto as C  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)
    if len(errors) <= 40:
        print("ERROR:", msg)


def ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ")


ETH = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
BECH = re.compile(r"(?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,87}(?![0-9A-Za-z])", re.I)
B58 = re.compile(r"(?<![0-9A-Za-z/])[1-9A-HJ-NP-Za-km-z]{25,44}(?![0-9A-Za-z])")


def addresses(text, counts, where):
    found = []
    for m in ETH.finditer(text):
        found.append(m.group(0))
    for m in BECH.finditer(text):
        found.append(m.group(0))
    for m in B58.finditer(text):
        s = m.group(0)
        if s.startswith(("1", "3", "T")) and len(s) <= 35 or len(s) >= 43:
            found.append(s)
    for a in found:
        k = C.classify(a)
        if not k:
            err(f"{where}: address fails its checksum: {a}")
        else:
            counts[k] = counts.get(k, 0) + 1
    return found


def main():
    try:
        assert C.keccak_selftest()
    except AssertionError:
        err("Keccak-256 / EIP-55 self-test failed")
    posts_path = os.path.join(HERE, "posts.jsonl")
    labels_path = os.path.join(HERE, "labels.csv")
    # ---- labels
    plab, alab = {}, {}
    with open(labels_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "kind,id,label":
        err("labels.csv: bad header")
    for n, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            err(f"labels.csv:{n}: wrong number of fields")
            continue
        kind, i, lab = parts
        if kind == "post" and lab in ("scam", "benign"):
            d = plab
        elif kind == "account" and lab in ("hijacked", "scammer", "normal"):
            d = alab
        else:
            err(f"labels.csv:{n}: unknown kind/label {kind},{lab}")
            continue
        if i in d:
            err(f"labels.csv:{n}: {kind} {i} labelled twice")
        d[i] = lab
    # ---- posts
    last_t, last_id = None, -1
    post_ids, accounts, seen_posts = [], set(), {}
    counts, langs, nevents = {}, {}, 0
    start, end = datetime(2026, 8, 1), datetime(2026, 10, 1)
    with open(posts_path, "rb") as f:
        raw_lines = f.read().split(b"\n")
    if raw_lines[-1] != b"":
        err("posts.jsonl: no final newline")
    for n, raw in enumerate(raw_lines[:-1], 1):
        try:
            m = json.loads(raw.decode("utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"line {n}: invalid JSON/UTF-8: {e}")
            continue
        if "account_event" in m:
            ev = m["account_event"]
            if not all(ev.get(k) for k in ("account_id", "type", "created_at")):
                err(f"line {n}: account event missing a field")
                continue
            t = ts(ev["created_at"])
            accounts.add(ev["account_id"])
            nevents += 1
        elif "data" in m:
            d = m["data"]
            if not all(d.get(k) for k in ("id", "author_id", "created_at", "text")):
                err(f"line {n}: post missing a field")
                continue
            t = ts(d["created_at"])
            pid = int(d["id"])
            if pid <= last_id:
                err(f"line {n}: post id not increasing")
            last_id = pid
            users = {u["id"]: u for u in m.get("includes", {}).get("users", [])}
            if d["author_id"] not in users:
                err(f"line {n}: author not in includes.users")
            accounts.update(users)
            for rt in d.get("referenced_tweets", []):
                if rt["id"] not in seen_posts:
                    err(f"line {n}: references a post not seen earlier: {rt['id']}")
                elif rt["type"] == "replied_to" and d.get("in_reply_to_user_id") != seen_posts[rt["id"]]:
                    err(f"line {n}: in_reply_to_user_id does not match the parent's author")
            seen_posts[d["id"]] = d["author_id"]
            post_ids.append(d["id"])
            lab = plab.get(d["id"])
            if lab is None:
                err(f"line {n}: post {d['id']} has no label")
            langs.setdefault(d.get("lang"), {"scam": 0, "benign": 0})[lab or "benign"] += 1
            texts = [d["text"]]
            if "note_tweet" in d:
                texts.append(d["note_tweet"]["text"])
            texts += [tw["text"] for tw in m.get("includes", {}).get("tweets", [])]
            for tx in texts:
                if re.search(r"&(?!amp;|lt;|gt;)|<|>", tx):
                    err(f"line {n}: text not HTML-escaped")
                addresses(html.unescape(tx), counts if tx is d["text"] else {}, f"line {n}")
            for u in d.get("entities", {}).get("urls", []):
                if not u.get("url") or not u.get("expanded_url"):
                    err(f"line {n}: url entity without url/expanded_url")
                addresses(u["expanded_url"], {}, f"line {n} url")
        else:
            err(f"line {n}: unknown message shape")
            continue
        if not (start <= t < end):
            err(f"line {n}: timestamp out of range")
        if last_t is not None and t <= last_t:
            err(f"line {n}: timestamp not strictly increasing")
        last_t = t
    # ---- coverage
    for i in plab:
        if i not in seen_posts:
            err(f"labels.csv: post {i} not in posts.jsonl")
    for a in accounts:
        if a not in alab:
            err(f"account {a} has no label")
    for a in alab:
        if a not in accounts:
            err(f"labels.csv: account {a} not in posts.jsonl")
    # ---- regeneration
    tmp = tempfile.mkdtemp(prefix=".regen-", dir=HERE)
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "make_blind6.py"), tmp], check=True)
        for fn in ("posts.jsonl", "labels.csv", "README.md"):
            if not filecmp.cmp(os.path.join(HERE, fn), os.path.join(tmp, fn), shallow=False):
                err(f"regeneration differs: {fn}")
    finally:
        shutil.rmtree(tmp)
    # ---- summary
    ns = sum(1 for v in plab.values() if v == "scam")
    print(f"posts: {len(post_ids)} ({ns} scam, {len(post_ids) - ns} benign); account events: {nevents}")
    al = {}
    for v in alab.values():
        al[v] = al.get(v, 0) + 1
    print("accounts:", ", ".join(f"{k} {v}" for k, v in sorted(al.items())))
    print("per language:", ", ".join(f"{k} {v['scam']}/{v['benign']}" for k, v in sorted(langs.items())))
    print("valid addresses in post texts:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK: JSON, labels, ordering, addresses and regeneration all check out")


if __name__ == "__main__":
    main()

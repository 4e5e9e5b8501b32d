#!/usr/bin/env python3
"""Validator of the tune4 corpus: python3 check_tune4.py  (exit 1 on any problem)."""
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import addr  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


LO = datetime(2026, 8, 1, tzinfo=timezone.utc)
HI = datetime(2026, 9, 30, 23, 59, 59, 999000, tzinfo=timezone.utc)
post_ids, accounts, authors_by_post = {}, {}, {}
last = None
n_posts = n_events = 0
texts = []
with open(os.path.join(HERE, "posts.jsonl"), "rb") as fh:
    for i, raw in enumerate(fh, 1):
        try:
            m = json.loads(raw.decode("utf-8"))
        except Exception as e:  # noqa: BLE001
            err("line %d: does not parse: %s" % (i, e))
            continue
        if "data" in m:
            d = m["data"]
            for f in ("id", "author_id", "created_at", "text"):
                if not d.get(f):
                    err("line %d: data.%s missing" % (i, f))
            if d["id"] in post_ids:
                err("line %d: duplicate post id %s" % (i, d["id"]))
            post_ids[d["id"]] = i
            users = {u["id"]: u for u in m.get("includes", {}).get("users", [])}
            if d["author_id"] not in users:
                err("line %d: author not in includes.users" % i)
            accounts.setdefault(d["author_id"], i)
            for ref in d.get("referenced_tweets", []):
                if ref["id"] not in post_ids:
                    err("line %d: references a post not earlier in the file" % i)
            t = ts(d["created_at"])
            n_posts += 1
            full = d.get("note_tweet", {}).get("text", d["text"])
            for e in d.get("entities", {}).get("urls", []):
                if full[e["start"]:e["end"]] != e["url"]:
                    err("line %d: url entity offsets wrong" % i)
            if not any(r["type"] == "retweeted" for r in d.get("referenced_tweets", [])):
                texts.append(full)  # a retweet's text is cut at 140; its full text is in includes.tweets
            for tw in m.get("includes", {}).get("tweets", []):
                texts.append(tw["text"])
        elif "account_event" in m:
            e = m["account_event"]
            for f in ("account_id", "type", "created_at"):
                if not e.get(f):
                    err("line %d: account_event.%s missing" % (i, f))
            accounts.setdefault(e["account_id"], i)
            t = ts(e["created_at"])
            n_events += 1
        else:
            err("line %d: unknown shape" % i)
            continue
        if not (LO <= t <= HI):
            err("line %d: time %s out of range" % (i, t))
        if last is not None and t <= last:
            err("line %d: time not increasing" % i)
        last = t

labels = {"post": {}, "account": {}}
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as fh:
    rows = [r for r in csv.reader(l for l in fh if l.strip() and not l.startswith("#"))]
if rows[0] != ["kind", "id", "label"]:
    err("labels.csv: bad header")
for r in rows[1:]:
    if len(r) != 3:
        err("labels.csv: wrong field count %r" % r)
        continue
    k, i, lab = (x.strip() for x in r)
    ok = {"post": ("scam", "benign"), "account": ("hijacked", "scammer", "normal")}
    if k not in ok or lab not in ok[k]:
        err("labels.csv: bad kind/label %r" % r)
        continue
    if i in labels[k]:
        err("labels.csv: %s %s labelled twice" % (k, i))
    labels[k][i] = lab
for p in post_ids:
    if p not in labels["post"]:
        err("post %s unlabelled" % p)
for a in accounts:
    if a not in labels["account"]:
        err("account %s unlabelled" % a)
for p in labels["post"]:
    if p not in post_ids:
        err("label for post %s not in posts.jsonl" % p)
for a in labels["account"]:
    if a not in accounts:
        err("label for account %s not in posts.jsonl" % a)

# addresses in the text must carry valid checksums
n_addr = {"eth": 0, "bech32": 0, "base58check": 0}
for t in texts:
    for a in re.findall(r"\b0x[0-9a-fA-F]{40}\b", t):
        n_addr["eth"] += 1
        if not addr.eip55_ok(a):
            err("bad EIP-55 address %s" % a)
    for a in re.findall(r"\b(?:bc1|ltc1)[02-9ac-hj-np-z]{20,}\b", t):
        n_addr["bech32"] += 1
        if not addr.segwit_ok(a):
            err("bad bech32 address %s" % a)
    for a in re.findall(r"(?<![A-Za-z0-9/])[13DT][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])", t):
        n_addr["base58check"] += 1
        if not addr.b58check_ok(a):
            err("bad base58check address %s" % a)

# regeneration: byte-identical under two hash seeds
want = {}
for name in ("posts.jsonl", "labels.csv", "README.md"):
    with open(os.path.join(HERE, name), "rb") as fh:
        want[name] = hashlib.sha256(fh.read()).hexdigest()
regen_ok = True
for hs in ("1", "4242"):
    out = subprocess.run([sys.executable, os.path.join(HERE, "make_tune4.py"), "--digest"], capture_output=True,
                         text=True, env=dict(os.environ, PYTHONHASHSEED=hs), check=True).stdout
    got = {l.split()[1]: l.split()[0] for l in out.splitlines()}
    if got != want:
        regen_ok = False
        err("regeneration with PYTHONHASHSEED=%s differs: %s" % (hs, [n for n in want if got.get(n) != want[n]]))

cnt = {}
for v in labels["post"].values():
    cnt[v] = cnt.get(v, 0) + 1
acc = {}
for v in labels["account"].values():
    acc[v] = acc.get(v, 0) + 1
print("posts %d, account events %d, post labels %s, account labels %s" % (n_posts, n_events, cnt, acc))
print("addresses checked: %s" % n_addr)
print("regeneration identical: %s" % regen_ok)
if errors:
    print("%d problems:" % len(errors))
    for e in errors[:50]:
        print("  " + e)
    sys.exit(1)
print("OK")

#!/usr/bin/env python3
"""check_tune3.py - validates the tune3 corpus (posts.jsonl + labels.csv).

Checks: every line is valid JSON of the documented shapes; required fields; timestamps strictly
increasing (2026-06-01 .. 2026-07-31) and post ids strictly increasing; referenced posts exist
earlier; entity offsets; note_tweet for long posts; every post and every account labelled, with
valid kinds/labels and no duplicates; every address-looking token has a valid checksum
(base58check P2PKH/P2SH/Tron, bech32/bech32m, EIP-55, Solana 32-byte keys); and that
regenerating with make_tune3.py gives identical bytes.  Exit status 1 on any failure.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import make_tune3 as M  # noqa: E402  (address codecs and Keccak-256)

errors = []


def err(msg):
    errors.append(msg)
    if len(errors) <= 30:
        print("ERROR:", msg)


def parse_ts(s):
    for fmt in ("%Y-%m-%dT%H:%M:%S.%fZ", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.datetime.strptime(s, fmt).replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            pass
    raise ValueError(s)


RE_ETH = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
RE_BECH = re.compile(r"(?<![0-9A-Za-z])bc1[02-9ac-hj-np-z]{11,71}(?![0-9A-Za-z])")
RE_B58 = re.compile(r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{26,44}(?![0-9A-Za-z])")
addr_counts = {}


def check_addresses(text, where):
    for m in RE_ETH.finditer(text):
        a = m.group(0)
        if M.eip55(a[2:]) != a:
            err("%s: bad EIP-55 checksum %s" % (where, a))
        else:
            addr_counts.setdefault("eth", set()).add(a)
    for m in RE_BECH.finditer(text):
        a = m.group(0)
        v = M.segwit_verify(a)
        if v is None or (v[0] == 0 and v[1] not in (20, 32)) or (v[0] == 1 and v[1] != 32):
            err("%s: bad bech32/bech32m %s" % (where, a))
        else:
            addr_counts.setdefault("bech32" if v[0] == 0 else "bech32m", set()).add(a)
    for m in RE_B58.finditer(text):
        a = m.group(0)
        if a.startswith("bc1"):
            continue
        if len(a) <= 35:
            payload = M.b58check_decode(a)
            if payload is None or len(payload) != 21 or payload[0] not in (0x00, 0x05, 0x41):
                err("%s: bad base58check address %s" % (where, a))
                continue
            kind = {0x00: "p2pkh", 0x05: "p2sh", 0x41: "tron"}[payload[0]]
            if (kind == "p2pkh" and a[0] != "1") or (kind == "p2sh" and a[0] != "3") or (kind == "tron" and a[0] != "T"):
                err("%s: base58 prefix mismatch %s" % (where, a))
            addr_counts.setdefault(kind, set()).add(a)
        else:
            if len(M.b58decode(a)) != 32:
                err("%s: not a 32-byte Solana key %s" % (where, a))
            else:
                addr_counts.setdefault("solana", set()).add(a)


def main():
    M.keccak_selftest()
    assert M.eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    lo = datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc)
    hi = datetime.datetime(2026, 8, 1, tzinfo=datetime.timezone.utc)
    posts, accounts, post_ids = {}, set(), []
    prev_t, prev_id = None, -1
    n_events = 0
    langs = {}
    with open(os.path.join(HERE, "posts.jsonl"), "rb") as f:
        raw_lines = f.read().split(b"\n")
    if raw_lines[-1] != b"":
        err("posts.jsonl does not end with a newline")
    for ln, raw in enumerate(raw_lines[:-1], 1):
        try:
            msg = json.loads(raw.decode("utf-8"))
        except Exception as e:  # noqa: BLE001
            err("line %d: invalid JSON/UTF-8: %s" % (ln, e))
            continue
        if "account_event" in msg:
            ev = msg["account_event"]
            if not all(ev.get(k) for k in ("account_id", "type", "created_at")):
                err("line %d: account_event missing a field" % ln)
                continue
            t = parse_ts(ev["created_at"])
            accounts.add(ev["account_id"])
            n_events += 1
        elif "data" in msg:
            d = msg["data"]
            if not all(d.get(k) for k in ("id", "author_id", "created_at", "text")):
                err("line %d: post missing a field" % ln)
                continue
            t = parse_ts(d["created_at"])
            pid = int(d["id"])
            if pid <= prev_id:
                err("line %d: post id not increasing" % ln)
            prev_id = pid
            users = {u["id"]: u for u in msg.get("includes", {}).get("users", [])}
            if d["author_id"] not in users:
                err("line %d: author missing from includes.users" % ln)
            for u in users.values():
                accounts.add(u["id"])
                for k in ("username", "name", "created_at", "public_metrics"):
                    if k not in u:
                        err("line %d: user %s lacks %s" % (ln, u["id"], k))
            for ref in d.get("referenced_tweets", []):
                if ref["id"] not in posts:
                    err("line %d: referenced post %s not earlier in the stream" % (ln, ref["id"]))
                elif ref["type"] == "replied_to" and d.get("in_reply_to_user_id") != posts[ref["id"]]:
                    err("line %d: in_reply_to_user_id does not match the parent's author" % ln)
                if ref["type"] in ("retweeted", "quoted"):
                    if ref["id"] not in {x["id"] for x in msg["includes"].get("tweets", [])}:
                        err("line %d: referenced tweet not in includes.tweets" % ln)
            text = d["text"]
            full = d.get("note_tweet", {}).get("text", text)
            if "note_tweet" in d:
                if len(full) <= 280 or not text.endswith("…") or not full.startswith(text[:-1].rstrip()):
                    err("line %d: inconsistent note_tweet" % ln)
            elif len(text) > 280:
                err("line %d: text longer than 280 without note_tweet" % ln)
            for u in d.get("entities", {}).get("urls", []):
                if "expanded_url" not in u or "url" not in u:
                    err("line %d: url entity without url/expanded_url" % ln)
                if "start" in u and text[u["start"]:u["end"]] != u["url"]:
                    err("line %d: entity offsets do not match the text" % ln)
                check_addresses(u["expanded_url"], "line %d entity" % ln)
            check_addresses(full, "line %d" % ln)
            for tw in msg.get("includes", {}).get("tweets", []):
                check_addresses(tw["text"], "line %d includes.tweets" % ln)
            posts[d["id"]] = d["author_id"]
            post_ids.append(d["id"])
            langs[d.get("lang")] = langs.get(d.get("lang"), 0) + 1
        else:
            err("line %d: unknown message shape" % ln)
            continue
        if not (lo <= t < hi):
            err("line %d: timestamp out of range" % ln)
        if prev_t is not None and t <= prev_t:
            err("line %d: timestamp not strictly increasing" % ln)
        prev_t = t

    # labels
    labels = {}
    counts = {}
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "kind,id,label":
        err("labels.csv: bad header")
    valid = {"post": {"scam", "benign"}, "account": {"hijacked", "scammer", "normal"}}
    for i, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split(",")]
        if len(parts) != 3 or parts[0] not in valid or parts[2] not in valid[parts[0]]:
            err("labels.csv line %d: bad line %r" % (i, line))
            continue
        key = (parts[0], parts[1])
        if key in labels:
            err("labels.csv line %d: duplicate id" % i)
        labels[key] = parts[2]
        counts[parts[0] + ":" + parts[2]] = counts.get(parts[0] + ":" + parts[2], 0) + 1
    for pid in post_ids:
        if ("post", pid) not in labels:
            err("post %s has no label" % pid)
    for aid in accounts:
        if ("account", aid) not in labels:
            err("account %s has no label" % aid)
    for (k, i) in labels:
        if (k == "post" and i not in posts) or (k == "account" and i not in accounts):
            err("label for %s %s not in the input" % (k, i))

    # regeneration
    tmp = os.path.join(HERE, ".regen_check")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "make_tune3.py"), "--out", tmp, "--quiet"], check=True)
    for fn in ("posts.jsonl", "labels.csv"):
        with open(os.path.join(HERE, fn), "rb") as a, open(os.path.join(tmp, fn), "rb") as b:
            if a.read() != b.read():
                err("regeneration differs for " + fn)
    shutil.rmtree(tmp, ignore_errors=True)

    print("lines: %d posts, %d account events" % (len(post_ids), n_events))
    print("labels:", json.dumps(dict(sorted(counts.items()))))
    print("posts per lang:", json.dumps(dict(sorted(langs.items()))))
    print("distinct valid addresses seen:", json.dumps({k: len(v) for k, v in sorted(addr_counts.items())}))
    print("regeneration: identical bytes" if not any("regeneration" in e for e in errors) else "regeneration: DIFFERS")
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

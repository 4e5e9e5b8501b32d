#!/usr/bin/env python3
"""Checker for the tune corpus (Python 3 stdlib only).

    python3 check_tune.py [DIR]      # DIR defaults to this script's directory

Checks: every line of posts.jsonl is valid UTF-8 JSON of a known shape (v2 stream message or account
event) with its required fields; event-time order; post ids unique, increasing with time, starting at
1870000000000000001; account ids >= 8700001; includes.users holds the author (and the referenced
post's author) with consistent fields; referenced posts exist earlier; t.co entities occur in the
text; labels.csv is well formed, every post and every account (author or event account) is
labelled, every labelled id is present; every address in addresses.csv occurs in its post and has
a valid checksum; a free scan of all text and expanded URLs finds no invalid address-like token.
Exit status 0 when everything passes, 1 otherwise.
"""
import csv
import html
import json
import os
import re
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tune_addr as A  # noqa: E402

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ERR = []
POST0, ACCT0 = 1870000000000000001, 8700001


def err(msg):
    ERR.append(msg)
    if len(ERR) <= 50:
        print("ERROR:", msg)


def ptime(s, fmt_ms=True):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ" if "." in s else "%Y-%m-%dT%H:%M:%SZ")


# ------------------------------------------------------------------ posts.jsonl
posts, users, events, texts = {}, {}, [], {}
last_t, last_id = None, POST0 - 1
with open(os.path.join(D, "posts.jsonl"), "rb") as f:
    for n, raw in enumerate(f, 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err("line %d: invalid UTF-8 (%s)" % (n, e))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict):
            err("line %d: not an object" % n)
            continue
        if "account_event" in obj:
            ev = obj["account_event"]
            if set(obj) != {"account_event"} or not all(isinstance(ev.get(k), str) and ev.get(k) for k in
                                                        ("account_id", "type", "created_at")):
                err("line %d: bad account_event shape" % n)
                continue
            t = ptime(ev["created_at"])
            events.append(ev)
        elif "data" in obj:
            d, inc = obj["data"], obj.get("includes", {})
            for k in ("id", "text", "author_id", "created_at", "lang", "source"):
                if not isinstance(d.get(k), str) or not d.get(k):
                    err("line %d: data.%s missing or not a string" % (n, k))
            pid = d.get("id", "")
            if not pid.isdigit():
                err("line %d: bad id %r" % (n, pid))
                continue
            if pid in posts:
                err("line %d: duplicate post id %s" % (n, pid))
            if int(pid) <= last_id:
                err("line %d: post id %s not increasing" % (n, pid))
            last_id = int(pid)
            t = ptime(d["created_at"])
            users_here = {u["id"]: u for u in inc.get("users", [])}
            if d["author_id"] not in users_here:
                err("line %d: author %s not in includes.users" % (n, d["author_id"]))
            for u in inc.get("users", []):
                for k in ("id", "username", "name", "created_at"):
                    if not isinstance(u.get(k), str):
                        err("line %d: user.%s missing" % (n, k))
                if not isinstance(u.get("verified"), bool) or not isinstance(
                        u.get("public_metrics", {}).get("followers_count"), int):
                    err("line %d: user %s verified/followers_count missing" % (n, u.get("id")))
                if int(u["id"]) < ACCT0:
                    err("line %d: account id %s below %d" % (n, u["id"], ACCT0))
                if u["id"] in users and users[u["id"]] != u:
                    err("line %d: user %s described inconsistently" % (n, u["id"]))
                users[u["id"]] = u
                if ptime(u["created_at"]) >= t:
                    err("line %d: account %s created after the post" % (n, u["id"]))
            full = html.unescape(d.get("note_tweet", {}).get("text") or d["text"])
            shown = html.unescape(d["text"])
            if "note_tweet" in d and not full.startswith(shown.rstrip("…")):
                err("line %d: text is not a prefix of note_tweet.text" % n)
            if "note_tweet" not in d and len(full) > 280 and not full.startswith("RT @"):
                err("line %d: text over 280 characters without note_tweet" % n)
            exp = []
            for e in d.get("entities", {}).get("urls", []):
                if not e.get("url", "").startswith("https://t.co/") or not e.get("expanded_url"):
                    err("line %d: bad url entity %r" % (n, e))
                if e.get("url") not in full:
                    err("line %d: t.co link %s not in text" % (n, e.get("url")))
                if full[e["start"]:e["end"]] != e["url"]:
                    err("line %d: entity indices do not match" % n)
                exp.append(e["expanded_url"])
            refs = d.get("referenced_tweets", [])
            for r in refs:
                if r.get("type") not in ("retweeted", "quoted", "replied_to"):
                    err("line %d: bad referenced_tweets type" % n)
                if r.get("id") not in posts:
                    err("line %d: references post %s that is not earlier in the file" % (n, r.get("id")))
                if r["type"] in ("retweeted", "quoted"):
                    tw = {x["id"]: x for x in inc.get("tweets", [])}.get(r["id"])
                    if not tw:
                        err("line %d: referenced post not in includes.tweets" % n)
                    elif tw["author_id"] not in users_here:
                        err("line %d: referenced author not in includes.users" % n)
                    elif r["id"] in posts and tw["text"] != posts[r["id"]]["data"]["text"]:
                        err("line %d: includes.tweets text differs from the original" % n)
                    if r["type"] == "retweeted" and not d["text"].startswith("RT @"):
                        err("line %d: retweet text without RT prefix" % n)
                if r["type"] == "replied_to":
                    if r.get("id") in posts and d.get("in_reply_to_user_id") != posts[r["id"]]["data"]["author_id"]:
                        err("line %d: in_reply_to_user_id does not match the replied-to author" % n)
            posts[pid] = obj
            texts[pid] = (full, exp)
        else:
            err("line %d: unknown message shape" % n)
            continue
        if last_t and t < last_t:
            err("line %d: out of event-time order" % n)
        last_t = t
if sorted(posts) and min(posts) != str(POST0):
    err("first post id is %s, expected %d" % (min(posts), POST0))

# ------------------------------------------------------------------ labels.csv
labels = {"post": {}, "account": {}}
allowed = {"post": {"scam", "benign"}, "account": {"hijacked", "scammer", "normal"}}
with open(os.path.join(D, "labels.csv"), encoding="utf-8") as f:
    lines = f.read().splitlines()
if lines[0] != "kind,id,label":
    err("labels.csv header is %r" % lines[0])
for n, line in enumerate(lines[1:], 2):
    if not line.strip() or line.startswith("#"):
        continue
    parts = [x.strip() for x in line.split(",")]
    if len(parts) != 3:
        err("labels line %d: %d fields" % (n, len(parts)))
        continue
    k, i, lab = parts
    if k not in allowed or lab not in allowed[k]:
        err("labels line %d: unknown kind/label %r" % (n, line))
        continue
    if i in labels[k]:
        err("labels line %d: %s %s labelled twice" % (n, k, i))
    labels[k][i] = lab
for pid in posts:
    if pid not in labels["post"]:
        err("post %s unlabelled" % pid)
for pid in labels["post"]:
    if pid not in posts:
        err("labelled post %s not in posts.jsonl" % pid)
acct_ids = set(users) | {e["account_id"] for e in events}
for aid in acct_ids:
    if aid not in labels["account"]:
        err("account %s unlabelled" % aid)
for aid in labels["account"]:
    if aid not in acct_ids:
        err("labelled account %s not in posts.jsonl" % aid)
# label sanity: scam posts come from scammer or hijacked accounts; hijacked accounts have both kinds
author_of = {pid: o["data"]["author_id"] for pid, o in posts.items()}
for pid, lab in labels["post"].items():
    if pid in posts and lab == "scam" and labels["account"].get(author_of[pid]) == "normal":
        err("scam post %s by a normal account" % pid)
for aid, lab in labels["account"].items():
    mine = [labels["post"][p] for p, a in author_of.items() if a == aid]
    if lab == "hijacked" and not ("scam" in mine and "benign" in mine):
        err("hijacked account %s lacks ordinary history or takeover post" % aid)
    if lab == "scammer" and "benign" in mine:
        err("scammer account %s has a benign post" % aid)

# ------------------------------------------------------------------ addresses
n_manifest = 0
with open(os.path.join(D, "addresses.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        n_manifest += 1
        try:
            A.validate(row["kind"], row["address"])
        except (ValueError, KeyError) as e:
            err("address %s (%s) in post %s invalid: %s" % (row["address"], row["kind"], row["post_id"], e))
        if row["post_id"] not in texts:
            err("address manifest names unknown post %s" % row["post_id"])
            continue
        full, exp = texts[row["post_id"]]
        hay = full + "\n" + "\n".join(exp)
        a = row["address"]
        if row["form"] == "split":
            ok = a in re.sub(r"[\s\-]+", "", full)
        else:
            ok = a in hay or a.upper() in hay
        if not ok:
            err("address %s not found in post %s" % (a, row["post_id"]))
        if row["label"] != labels["post"].get(row["post_id"]):
            err("manifest label differs for post %s" % row["post_id"])

B58 = "1-9A-HJ-NP-Za-km-z"
SCAN = [
    (re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])"), None),
    (re.compile(r"(?<![0-9A-Za-z])(?:bc1|tb1|ltc1)[0-9a-z]{6,87}(?![0-9A-Za-z])", re.I), None),
    (re.compile(r"(?<![0-9A-Za-z])[13TDLr][%s]{25,34}(?![0-9A-Za-z])" % B58), None),
    (re.compile(r"(?<![0-9A-Za-z])[%s]{43,44}(?![0-9A-Za-z])" % B58), "sol"),
]
n_scanned = 0
for pid, (full, exp) in texts.items():
    for hay in [full] + exp:
        for rx, forced in SCAN:
            for m in rx.finditer(hay):
                tok = m.group(0)
                kind = forced or A.guess_kind(tok)
                n_scanned += 1
                try:
                    A.validate(kind, tok)
                except (ValueError, KeyError) as e:
                    err("post %s: address-like token %s fails as %s: %s" % (pid, tok, kind, e))

print("posts %d (scam %d, benign %d), account events %d, accounts %d (%s)" % (
    len(posts), sum(1 for v in labels["post"].values() if v == "scam"),
    sum(1 for v in labels["post"].values() if v == "benign"), len(events), len(acct_ids),
    ", ".join("%s %d" % (k, sum(1 for v in labels["account"].values() if v == k)) for k in sorted(allowed["account"]))))
print("addresses: %d in manifest, %d address-like tokens scanned in text and expanded URLs" % (n_manifest, n_scanned))
if ERR:
    print("FAILED: %d error(s)" % len(ERR))
    sys.exit(1)
print("OK: all checks passed")

#!/usr/bin/env python3
"""Checker for the blind4 corpus (Python 3 stdlib only).

    python3 check_blind4.py [dir]     # default: the directory of this file

Checks: every line is a valid v2 stream message or account event of the documented shape;
event-time order; post ids unique, strictly increasing from 1880000000000000001; account ids
from 8800001 with consistent user objects; references point at earlier posts; URL entity spans
match the text; labels.csv has every post and every account exactly once (and nothing else),
with valid values and consistent roles; every address-like token in texts and expanded URLs
has a valid checksum; every address of addresses.csv occurs (possibly split) in its posts.
Exit status 1 on any error.
"""
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blind4_addr as A  # noqa: E402

LANGS = {"en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"}
REF_TYPES = {"retweeted", "quoted", "replied_to"}
ERR = []


def err(msg):
    ERR.append(msg)


def ptime(s, fmt):
    return dt.datetime.strptime(s, fmt)


RX_ETH = re.compile(r"0x[0-9a-fA-F]{40}(?![0-9a-fA-F])")
RX_SEG = re.compile(r"(?<![A-Za-z0-9])(?:bc1|BC1|ltc1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])")
RX_B58 = re.compile(r"(?<![A-Za-z0-9])[1-9A-HJ-NP-Za-km-z]{25,44}(?![A-Za-z0-9])")
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def addresses_in(s):
    """yield (token, kind, problem)"""
    s = s.translate(ZW)
    seen = []
    for m in RX_ETH.finditer(s):
        seen.append((m.start(), m.end()))
        yield m.group(0), "eth", A.validate("eth", m.group(0))
    for m in RX_SEG.finditer(s):
        seen.append((m.start(), m.end()))
        tok = m.group(0)
        k = A.classify(tok)
        prob = A.validate(k, tok)
        if prob:
            # an address broken over a line: join it with the next word and retry
            nxt = re.match(r"\s+([0-9a-z]+)", s[m.end():])
            if nxt and A.validate(k, tok + nxt.group(1)) is None:
                tok, prob = tok + nxt.group(1), None
        yield tok, k, prob
    for m in RX_B58.finditer(s):
        if any(a <= m.start() < b for a, b in seen):
            continue
        tok = m.group(0)
        if tok.startswith(("bc1", "ltc1")):
            continue
        # plain words never reach 25 chars of base58 with digits and both cases; require a digit
        if not re.search(r"\d", tok) or not re.search(r"[a-z]", tok) or not re.search(r"[A-Z]", tok):
            continue
        c = tok[0]
        if len(tok) >= 40:
            k = "sol"
        elif c == "r":
            k = "xrp"
        else:
            k = {"1": "btc_p2pkh", "3": "btc_p2sh", "D": "doge", "T": "trx"}.get(c)
            if k is None:
                k = "sol"
        yield tok, k, A.validate(k, tok)


def main(d):
    path = os.path.join(d, "posts.jsonl")
    posts, order_ids, users, events = {}, [], {}, []
    last_t = None
    n_lines = 0
    addr_ok = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n_lines += 1
            if not line.endswith("\n"):
                err("line %d: no trailing newline" % ln)
            try:
                m = json.loads(line)
            except ValueError as e:
                err("line %d: invalid JSON: %s" % (ln, e))
                continue
            if not isinstance(m, dict):
                err("line %d: not an object" % ln)
                continue
            if "account_event" in m:
                ev = m["account_event"]
                if set(m) != {"account_event"} or not isinstance(ev, dict):
                    err("line %d: bad event shape" % ln)
                    continue
                for k in ("account_id", "type", "created_at"):
                    if not isinstance(ev.get(k), str) or not ev.get(k):
                        err("line %d: event missing %s" % (ln, k))
                try:
                    t = ptime(ev["created_at"], "%Y-%m-%dT%H:%M:%SZ")
                except (ValueError, KeyError):
                    err("line %d: bad event time" % ln)
                    continue
                events.append((ln, ev["account_id"], ev["type"], t))
            elif "data" in m:
                dd, inc = m.get("data"), m.get("includes")
                if set(m) - {"data", "includes"} or not isinstance(dd, dict) or not isinstance(inc, dict):
                    err("line %d: bad post shape" % ln)
                    continue
                for k in ("id", "text", "author_id", "created_at", "lang", "source"):
                    if not isinstance(dd.get(k), str) or not dd.get(k):
                        err("line %d: data.%s missing" % (ln, k))
                if not dd.get("id", "").isdigit():
                    err("line %d: non-numeric id" % ln)
                    continue
                try:
                    t = ptime(dd["created_at"], "%Y-%m-%dT%H:%M:%S.000Z")
                except (ValueError, KeyError):
                    err("line %d: bad created_at" % ln)
                    continue
                if dd["lang"] not in LANGS:
                    err("line %d: lang %r" % (ln, dd["lang"]))
                if not (dt.datetime(2026, 1, 1) <= t < dt.datetime(2027, 1, 1)):
                    err("line %d: not in 2026" % ln)
                pid = int(dd["id"])
                if dd["id"] in posts:
                    err("line %d: duplicate post id %s" % (ln, dd["id"]))
                if order_ids and pid <= order_ids[-1]:
                    err("line %d: post id not increasing" % ln)
                order_ids.append(pid)
                # users
                ul = inc.get("users")
                if not isinstance(ul, list) or not ul:
                    err("line %d: includes.users missing" % ln)
                    continue
                umap = {}
                for u in ul:
                    ok = (isinstance(u, dict) and isinstance(u.get("id"), str) and u["id"].isdigit() and isinstance(u.get("username"), str)
                          and isinstance(u.get("name"), str) and isinstance(u.get("verified"), bool)
                          and isinstance(u.get("public_metrics", {}).get("followers_count"), int))
                    if not ok:
                        err("line %d: bad user object" % ln)
                        continue
                    try:
                        uc = ptime(u["created_at"], "%Y-%m-%dT%H:%M:%S.000Z")
                    except (ValueError, KeyError):
                        err("line %d: bad user created_at" % ln)
                        continue
                    if int(u["id"]) < 8800001:
                        err("line %d: account id below 8800001" % ln)
                    key = (u["username"], u["name"], u["verified"], u["created_at"], u["public_metrics"]["followers_count"])
                    if u["id"] in users and users[u["id"]] != key:
                        err("line %d: user %s inconsistent across lines" % (ln, u["id"]))
                    users[u["id"]] = key
                    umap[u["id"]] = uc
                if dd["author_id"] not in umap:
                    err("line %d: author not in includes.users" % ln)
                elif umap[dd["author_id"]] >= t:
                    err("line %d: account created after post" % ln)
                text = dd["text"]
                full = text
                if "note_tweet" in dd:
                    full = dd["note_tweet"].get("text", "")
                    if not full.startswith(text.rstrip("\u2026")):
                        err("line %d: note_tweet does not extend text" % ln)
                # references
                ref = None
                rts = dd.get("referenced_tweets")
                tw = {x.get("id"): x for x in inc.get("tweets", [])} if isinstance(inc.get("tweets"), list) else {}
                if rts is not None:
                    if not isinstance(rts, list) or len(rts) != 1 or rts[0].get("type") not in REF_TYPES:
                        err("line %d: bad referenced_tweets" % ln)
                    else:
                        ref = (rts[0]["type"], rts[0]["id"])
                        if ref[1] not in posts:
                            err("line %d: reference to unknown/later post" % ln)
                        if ref[1] not in tw:
                            err("line %d: referenced tweet not in includes.tweets" % ln)
                        elif ref[1] in posts and tw[ref[1]]["author_id"] != posts[ref[1]]["author"]:
                            err("line %d: includes.tweets author mismatch" % ln)
                        if ref[0] == "replied_to":
                            if ref[1] in posts and dd.get("in_reply_to_user_id") != posts[ref[1]]["author"]:
                                err("line %d: in_reply_to_user_id mismatch" % ln)
                        elif tw.get(ref[1], {}).get("author_id") not in umap:
                            err("line %d: referenced author not in includes.users" % ln)
                        if ref[0] == "retweeted" and not text.startswith("RT @"):
                            err("line %d: retweet text" % ln)
                irt = dd.get("in_reply_to_user_id")
                if irt is not None and irt not in users and irt not in umap:
                    err("line %d: in_reply_to_user_id unknown" % ln)
                # urls
                exp = []
                for e in dd.get("entities", {}).get("urls", []):
                    s, en = e.get("start"), e.get("end")
                    if full[s:en] != e.get("url"):
                        err("line %d: url entity span mismatch" % ln)
                    if not str(e.get("expanded_url", "")).startswith(("http://", "https://")):
                        err("line %d: bad expanded_url" % ln)
                    exp.append(e.get("expanded_url", ""))
                # addresses
                for s in [full] + exp + [x.get("text", "") for x in tw.values()]:
                    for tok, k, prob in addresses_in(s):
                        if prob:
                            err("line %d: address %s (%s) invalid: %s" % (ln, tok, k, prob))
                        else:
                            addr_ok += 1
                posts[dd["id"]] = dict(author=dd["author_id"], t=t, ref=ref, text=full, exp=exp, lang=dd["lang"], irt=irt)
            else:
                err("line %d: unknown message shape" % ln)
                continue
            if last_t is not None and t < last_t:
                err("line %d: out of event-time order" % ln)
            last_t = t
    if order_ids and order_ids[0] != 1880000000000000001:
        err("first post id is %d" % order_ids[0])
    for (ln, aid, typ, t) in events:
        if aid not in users:
            err("line %d: event for an account that never appears in a post" % ln)

    # ---------------- labels
    lab = {"post": {}, "account": {}}
    valid = {"post": {"scam", "benign"}, "account": {"hijacked", "scammer", "normal"}}
    with open(os.path.join(d, "labels.csv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].strip() != "kind,id,label":
        err("labels.csv: bad header")
    for i, line in enumerate(lines[1:], 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [x.strip() for x in line.split(",")]
        if len(parts) != 3:
            err("labels.csv:%d: wrong field count" % i)
            continue
        k, id_, v = parts
        if k not in valid or v not in valid[k]:
            err("labels.csv:%d: bad kind/label" % i)
            continue
        if id_ in lab[k]:
            err("labels.csv:%d: %s %s labelled twice" % (i, k, id_))
        lab[k][id_] = v
    accounts = set(users) | {e[1] for e in events} | {p["irt"] for p in posts.values() if p["irt"]}
    for pid in posts:
        if pid not in lab["post"]:
            err("post %s unlabelled" % pid)
    for pid in lab["post"]:
        if pid not in posts:
            err("label for post %s not in input" % pid)
    for aid in accounts:
        if aid not in lab["account"]:
            err("account %s unlabelled" % aid)
    for aid in lab["account"]:
        if aid not in accounts:
            err("label for account %s not in input" % aid)
    # role consistency
    by_acc = {}
    for pid, p in posts.items():
        by_acc.setdefault(p["author"], []).append(pid)
    for aid, pids in by_acc.items():
        al = lab["account"].get(aid)
        pl = [lab["post"].get(x) for x in pids]
        if al == "normal" and "scam" in pl:
            err("normal account %s has a scam post" % aid)
        if al == "scammer" and "benign" in pl:
            err("scammer account %s has a benign post" % aid)
        if al == "hijacked":
            first = min((posts[x]["t"] for x in pids if lab["post"].get(x) == "scam"), default=None)
            if first is None:
                err("hijacked account %s has no scam post" % aid)
            elif sum(1 for x in pids if lab["post"].get(x) == "benign" and posts[x]["t"] < first) < 3:
                err("hijacked account %s has too little history" % aid)
    for pid, p in posts.items():
        if p["ref"] and p["ref"][0] == "retweeted" and lab["post"].get(pid) == "scam":
            err("retweet %s labelled scam" % pid)

    # ---------------- address manifest
    man = 0
    apath = os.path.join(d, "addresses.csv")
    with open(apath, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            man += 1
            prob = A.validate(row["kind"], row["address"])
            if prob:
                err("addresses.csv: %s invalid: %s" % (row["address"], prob))
            for pid in row["used_in_post_ids"].split():
                p = posts.get(pid)
                if p is None:
                    err("addresses.csv: post %s unknown" % pid)
                    continue
                hay = re.sub(r"\s+", "", (p["text"] + " ".join(p["exp"])).translate(ZW))
                if row["address"] not in hay:
                    err("addresses.csv: %s not found in post %s" % (row["address"], pid))
    n_scam = sum(1 for v in lab["post"].values() if v == "scam")
    summary = dict(lines=n_lines, posts=len(posts), events=len(events), accounts=len(accounts), scam_posts=n_scam,
                   benign_posts=len(posts) - n_scam, address_tokens_valid=addr_ok, manifest_addresses=man,
                   account_labels={k: sum(1 for v in lab["account"].values() if v == k) for k in sorted(valid["account"])})
    print(json.dumps(summary))
    if ERR:
        for e in ERR[:50]:
            print("ERROR:", e)
        print("%d error(s)" % len(ERR))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))

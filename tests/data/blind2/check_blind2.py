#!/usr/bin/env python3
"""Re-validate the blind2 corpus: format, ordering, labels, address checksums, counts,
hijack scenarios, and (unless --no-regen) byte-identical regeneration under two
different PYTHONHASHSEED values.  Exit status 0 = all checks passed."""
import collections
import csv
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import addrs  # noqa: E402

LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
FAILS = []


def fail(msg):
    FAILS.append(msg)


def ok(cond, msg):
    if not cond:
        fail(msg)
    return cond


def parse_t(s):
    s = s.rstrip("Z").replace(".000", "")
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def main():
    regen = "--no-regen" not in sys.argv
    ok(addrs.self_test(), "address self-test (keccak / EIP-55 / bech32 / base58 vectors)")
    recs = [json.loads(l) for l in open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8")]
    labels = {}
    for r in csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8")):
        labels[(r["kind"], r["id"])] = r["label"]
    meta = {r["id"]: r for r in csv.DictReader(open(os.path.join(HERE, "meta.csv"), encoding="utf-8"))}

    posts, events, users = [], [], {}
    last = None
    lo, hi = dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 31, 23, 59, 59)
    for r in recs:
        if "account_event" in r:
            e = r["account_event"]
            t = parse_t(e["created_at"])
            events.append((t, e))
        else:
            d = r["data"]
            t = parse_t(d["created_at"])
            posts.append((t, r))
            for u in r["includes"]["users"]:
                users[u["id"]] = u
            for k in ("id", "text", "author_id", "created_at", "lang", "source"):
                ok(k in d, "missing %s in %s" % (k, d.get("id")))
        ok(lo <= t <= hi, "date out of range: %s" % t)
        if last is not None:
            ok(t >= last, "not sorted by created_at near %s" % t)
        last = t
    ids = [r["data"]["id"] for _, r in posts]
    ok(len(set(ids)) == len(ids), "duplicate post ids")
    ok(ids == [str(1870000000000000001 + i) for i in range(len(ids))], "post ids not sequential from 1870000000000000001")
    ok(all(int(a) >= 8600001 for a in users), "account id below 8600001")
    byid = {r["data"]["id"]: (t, r) for t, r in posts}

    # labels
    for i in ids:
        ok(("post", i) in labels, "no label for post %s" % i)
        ok(labels.get(("post", i)) in ("scam", "benign"), "bad post label %s" % i)
    authors = {r["data"]["author_id"] for _, r in posts}
    for a in authors:
        ok(labels.get(("account", a)) in ("hijacked", "scammer", "normal"), "bad/no account label %s" % a)
    ok(len([k for k in labels if k[0] == "post"]) == len(ids), "label rows != posts")

    # references
    for t, r in posts:
        d = r["data"]
        for ref in d.get("referenced_tweets", []):
            ok(ref["id"] in byid, "dangling reference %s" % ref["id"])
            if ref["id"] in byid:
                ok(byid[ref["id"]][0] <= t, "reference to later post %s" % ref["id"])
                inc = {x["id"]: x for x in r["includes"].get("tweets", [])}
                ok(ref["id"] in inc and inc[ref["id"]]["text"] == byid[ref["id"]][1]["data"]["text"],
                   "includes.tweets mismatch for %s" % d["id"])
                if ref["type"] == "retweeted":
                    orig = byid[ref["id"]][1]["data"]
                    un = users[orig["author_id"]]["username"]
                    ok(d["text"] == "RT @%s: %s" % (un, orig["text"]), "RT text mismatch %s" % d["id"])
                if ref["type"] == "replied_to":
                    ok(d.get("in_reply_to_user_id") == byid[ref["id"]][1]["data"]["author_id"],
                       "in_reply_to_user_id mismatch %s" % d["id"])

    # addresses: recorded ones
    n_addr = 0
    chains = collections.Counter()
    recorded = collections.defaultdict(set)
    for row in csv.DictReader(open(os.path.join(HERE, "addresses.csv"), encoding="utf-8")):
        n_addr += 1
        chains[row["chain"]] += 1
        ok(addrs.validate(row["chain"], row["address"]), "invalid %s address %s" % (row["chain"], row["address"]))
        r = byid[row["post_id"]][1]
        blob = r["data"]["text"] + " " + " ".join(u["expanded_url"] for u in r["data"].get("entities", {}).get("urls", []))
        squashed = re.sub(r"[\s\u200b\u200c\u200d\u2060]", "", blob)
        ok(row["address"] in squashed, "address %s not found in post %s" % (row["address"], row["post_id"]))
        recorded[row["post_id"]].add(row["address"])
    # addresses: anything that looks like one in any text must be valid and recorded
    pat = re.compile(r"(?<![0-9A-Za-z])(0x[0-9a-fA-F]{40}|(?:bc|ltc)1[02-9ac-hj-np-z]{20,80}|addr1[02-9ac-hj-np-z]{50,120}"
                     r"|[1-9A-HJ-NP-Za-km-z]{25,44})(?![0-9A-Za-z])")
    n_scanned = 0
    for t, r in posts:
        texts = [r["data"]["text"]] + [u["expanded_url"] for u in r["data"].get("entities", {}).get("urls", [])]
        for tx in texts:
            for m in pat.finditer(tx):
                tok = m.group(1)
                n_scanned += 1
                ch = next((c for c in addrs.CHAINS if addrs.validate(c, tok)), None)
                ok(ch is not None, "address-like token fails every checksum: %s (post %s)" % (tok, r["data"]["id"]))
                ok(tok in recorded[r["data"]["id"]], "address %s in post %s not listed in addresses.csv" % (tok, r["data"]["id"]))

    # counts
    cnt = collections.Counter()
    for i in ids:
        m = meta[i]
        if m["kind"] == "history":
            cnt[(m["lang"], "history")] += 1
        else:
            cnt[(m["lang"], m["label"])] += 1
    scam = sum(v for k, v in cnt.items() if k[1] == "scam")
    neg = sum(v for k, v in cnt.items() if k[1] == "benign")
    ok(scam >= 450, "fewer than 450 scam posts")
    ok(neg >= 450, "fewer than 450 hard negatives")
    ok(len({k[0] for k in cnt}) == 12, "not 12 languages")
    for l in LANGS:
        ok(cnt[(l, "scam")] >= 25 and cnt[(l, "benign")] >= 25, "language %s below 25/25" % l)
    en_share = (cnt[("en", "scam")] + cnt[("en", "benign")]) / (scam + neg)
    ok(0.28 <= en_share <= 0.40, "English share %.2f not about a third" % en_share)
    for i in ids:
        d = byid[i][1]["data"]
        ok(d["lang"] == meta[i]["lang"], "lang mismatch %s" % i)

    # account roles & hijack scenarios
    acc_posts = collections.defaultdict(list)
    for t, r in posts:
        acc_posts[r["data"]["author_id"]].append((t, r))
    ev_by = collections.defaultdict(list)
    for t, e in events:
        ev_by[e["account_id"]].append((t, e))
    roles = collections.Counter(labels[("account", a)] for a in authors)
    ok(roles["hijacked"] >= 40, "fewer than 40 hijacked accounts")
    ok(roles["scammer"] >= 40, "fewer than 40 scammer accounts")
    scen = collections.Counter()
    for a in authors:
        role = labels[("account", a)]
        u = users[a]
        created = parse_t(u["created_at"])
        ps = acc_posts[a]
        if role == "hijacked":
            hist = [(t, r) for t, r in ps if meta[r["data"]["id"]]["kind"] == "history"]
            sc = [(t, r) for t, r in ps if labels[("post", r["data"]["id"])] == "scam"]
            ok(5 <= len(hist) <= 30, "hijacked %s has %d history posts" % (a, len(hist)))
            ok(1 <= len(sc) <= 4, "hijacked %s has %d scam posts" % (a, len(sc)))
            ok((sc[-1][0] - sc[0][0]) <= dt.timedelta(hours=1), "hijacked %s scam posts span > 1h" % a)
            ok(max(t for t, _ in hist) < sc[0][0], "hijacked %s history after scam" % a)
            ok(created.year <= 2020, "hijacked %s not years old" % a)
            ok(10000 <= u["public_metrics"]["followers_count"] <= 50000000, "hijacked %s followers" % a)
            evs = [t for t, _ in ev_by[a] if dt.timedelta(0) < sc[0][0] - t <= dt.timedelta(minutes=30)]
            hsrc = collections.Counter(r["data"]["source"] for _, r in hist).most_common(1)[0][0]
            client = any(r["data"]["source"] != hsrc for _, r in sc)
            scen["event" if evs else ("client" if client else "neither")] += 1
        elif role == "scammer":
            first = min(t for t, _ in ps)
            ok(dt.timedelta(0) < first - created <= dt.timedelta(days=14), "scammer %s not days old" % a)
            ok(all(labels[("post", r["data"]["id"])] == "scam" for _, r in ps), "scammer %s has benign post" % a)
        else:
            ok(all(labels[("post", r["data"]["id"])] == "benign" for _, r in ps), "normal %s has scam post" % a)
    for k in ("event", "client", "neither"):
        ok(scen[k] >= roles["hijacked"] // 4, "hijack scenario %s under-represented (%d)" % (k, scen[k]))

    # waves
    waves = collections.Counter(m["wave"] for m in meta.values() if m["wave"])
    ok(len(waves) >= 10, "fewer than 10 campaign waves")

    # determinism
    if regen:
        digests = []
        for seed in ("0", "4242"):
            out = os.path.join(HERE, "_regen_%s" % seed)
            os.makedirs(out, exist_ok=True)
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, os.path.join(HERE, "make_blind2.py"), out], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            h = hashlib.sha256()
            for f in ("posts.jsonl", "labels.csv", "meta.csv", "addresses.csv"):
                h.update(open(os.path.join(out, f), "rb").read())
            digests.append(h.hexdigest())
            shutil.rmtree(out)
        h = hashlib.sha256()
        for f in ("posts.jsonl", "labels.csv", "meta.csv", "addresses.csv"):
            h.update(open(os.path.join(HERE, f), "rb").read())
        ok(digests[0] == digests[1] == h.hexdigest(), "regeneration is not byte-identical")

    # report
    print("records: %d posts, %d account events, %d accounts" % (len(posts), len(events), len(authors)))
    print("addresses validated: %d recorded (%s); %d address-like tokens rescanned" %
          (n_addr, ", ".join("%s=%d" % kv for kv in sorted(chains.items())), n_scanned))
    print("accounts:", dict(roles), " hijack scenarios:", dict(scen))
    print("%-4s %6s %6s %8s" % ("lang", "scam", "hardneg", "history"))
    for l in LANGS:
        print("%-4s %6d %6d %8d" % (l, cnt[(l, "scam")], cnt[(l, "benign")], cnt[(l, "history")]))
    print("%-4s %6d %6d %8d   (English share %.2f)" % ("all", scam, neg, sum(cnt[(l, "history")] for l in LANGS),
                                                        en_share))
    print("waves:", len(waves))
    if regen:
        print("regeneration: byte-identical under PYTHONHASHSEED=0 and 4242:", not any("regeneration" in f for f in FAILS))
    if FAILS:
        print("\nFAILED (%d):" % len(FAILS))
        for f in FAILS[:50]:
            print("  -", f)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validate the blind5 corpus next to this file; exit 0 when every check passes.

Checks: JSON shape of every line, unique increasing post ids, strictly increasing
timestamps, every post labelled, account labels present and consistent, every address's
checksum (regex scan of all text plus every minted address), the counts, the hijack and
scammer account structure, and that regeneration (two fresh processes with different hash
seeds) gives byte-identical files.
"""
import sys as _sys
_sys.dont_write_bytecode = True
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import addrs  # noqa: E402  (runs the Keccak / EIP-55 / bech32 self-tests on import)

LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
TS_POST = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
TS_EVENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
EVENT_TYPES = {"password_reset", "email_changed", "phone_changed", "login_new_device", "mfa_disabled"}
RE_ETH = re.compile(r"0x[0-9a-fA-F]{40}(?![0-9a-fA-F])")
RE_BECH = re.compile(r"(?<![0-9a-z])bc1[02-9ac-hj-np-z]{8,87}(?![0-9a-z])")
RE_B58 = re.compile(r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{25,44}(?![0-9A-Za-z])")

failures = []
notes = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


def ts(s):
    return datetime.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc)


def main():
    path = os.path.join(HERE, "posts.jsonl")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    check(raw.endswith("\n"), "posts.jsonl does not end with a newline")
    lines = raw.split("\n")[:-1]
    posts, events = [], []
    post_by_id = {}
    users = {}
    last_t, last_id = None, None
    for n, line in enumerate(lines, 1):
        try:
            m = json.loads(line)
        except ValueError as e:
            check(False, f"line {n}: invalid JSON: {e}")
            continue
        if not check(isinstance(m, dict) and (set(m) == {"data", "includes"} or set(m) == {"account_event"}),
                     f"line {n}: unknown shape {list(m)[:3] if isinstance(m, dict) else type(m)}"):
            continue
        if "account_event" in m:
            e = m["account_event"]
            check(set(e) == {"account_id", "type", "created_at"}, f"line {n}: event keys {sorted(e)}")
            check(isinstance(e.get("account_id"), str) and e["account_id"].isdigit(), f"line {n}: event account_id")
            check(e.get("type") in EVENT_TYPES, f"line {n}: event type {e.get('type')}")
            if check(TS_EVENT.match(e.get("created_at", "")) is not None, f"line {n}: event created_at"):
                t = ts(e["created_at"])
                check(last_t is None or t > last_t, f"line {n}: timestamp not strictly increasing")
                last_t = t
            events.append((n, e))
            continue
        d, inc = m["data"], m["includes"]
        for k in ("id", "text", "author_id", "created_at", "lang", "source"):
            check(isinstance(d.get(k), str) and d.get(k), f"line {n}: data.{k} missing")
        allowed = {"id", "text", "author_id", "created_at", "lang", "source", "referenced_tweets",
                   "in_reply_to_user_id", "entities", "note_tweet"}
        check(set(d) <= allowed, f"line {n}: unexpected data keys {set(d) - allowed}")
        check(d["id"].isdigit() and d["author_id"].isdigit(), f"line {n}: ids must be digit strings")
        check(d["lang"] in LANGS, f"line {n}: lang {d['lang']}")
        if check(TS_POST.match(d["created_at"]) is not None, f"line {n}: created_at format"):
            t = ts(d["created_at"])
            check(last_t is None or t > last_t, f"line {n}: timestamp not strictly increasing")
            check(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc) <= t <
                  datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc), f"line {n}: not in 2026")
            last_t = t
        pid = int(d["id"])
        check(d["id"] not in post_by_id, f"line {n}: duplicate id {d['id']}")
        check(last_id is None or pid > last_id, f"line {n}: id not increasing")
        last_id = pid
        # snowflake time agrees with created_at
        sf_ms = (pid >> 22) + 1288834974657
        check(abs(sf_ms / 1000 - ts(d["created_at"]).timestamp()) < 1, f"line {n}: id does not encode created_at")
        us = inc.get("users")
        if check(isinstance(us, list) and us, f"line {n}: includes.users missing"):
            for u in us:
                ok = (isinstance(u.get("id"), str) and isinstance(u.get("username"), str) and isinstance(u.get("name"), str)
                      and isinstance(u.get("verified"), bool) and TS_POST.match(u.get("created_at", "")) is not None
                      and isinstance(u.get("public_metrics", {}).get("followers_count"), int)
                      and u["public_metrics"]["followers_count"] >= 0)
                check(ok, f"line {n}: malformed user object {u.get('id')}")
                if ok:
                    prev = users.get(u["id"])
                    check(prev is None or prev == u, f"line {n}: user {u['id']} changes between lines")
                    users[u["id"]] = u
            check(any(u.get("id") == d["author_id"] for u in us), f"line {n}: author not in includes.users")
        full = d["text"]
        if "note_tweet" in d:
            nt = d["note_tweet"].get("text", "")
            check(len(nt) > 280 and d["text"].endswith("…") and nt.startswith(d["text"][:-1]),
                  f"line {n}: note_tweet does not extend text")
            full = nt
        else:
            check(len(d["text"]) <= 280, f"line {n}: text over 280 characters without note_tweet")
        for u in d.get("entities", {}).get("urls", []):
            check(u.get("url", "").startswith("https://t.co/") and u["url"] in full, f"line {n}: t.co url not in text")
            check(u.get("expanded_url", "").startswith("https://"), f"line {n}: expanded_url")
        refs = d.get("referenced_tweets", [])
        for r in refs:
            check(r.get("type") in ("replied_to", "retweeted", "quoted"), f"line {n}: referenced type")
            check(r.get("id") in post_by_id, f"line {n}: referenced tweet {r.get('id')} not earlier in the file")
            if r.get("type") == "replied_to":
                tgt = post_by_id.get(r.get("id"))
                check(tgt is not None and d.get("in_reply_to_user_id") == tgt["data"]["author_id"],
                      f"line {n}: in_reply_to_user_id does not match the replied-to author")
            else:
                tw = {x["id"]: x for x in inc.get("tweets", [])}
                check(r.get("id") in tw, f"line {n}: referenced tweet not in includes.tweets")
                if r.get("id") in tw and r.get("id") in post_by_id:
                    orig = post_by_id[r["id"]]["data"]
                    check(tw[r["id"]]["author_id"] == orig["author_id"], f"line {n}: includes.tweets author")
                    check(any(u.get("id") == orig["author_id"] for u in us), f"line {n}: referenced author not in users")
        if "in_reply_to_user_id" in d:
            check(any(r.get("type") == "replied_to" for r in refs), f"line {n}: reply without referenced_tweets")
        post_by_id[d["id"]] = m
        posts.append((n, m, full))

    # ------------------------------------------------------------ labels
    with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as f:
        lab_lines = f.read().split("\n")
    check(lab_lines[0] == "kind,id,label", "labels.csv header")
    plab, alab = {}, {}
    for i, l in enumerate(lab_lines[1:], 2):
        if not l.strip() or l.startswith("#"):
            continue
        parts = [x.strip() for x in l.split(",")]
        if not check(len(parts) == 3, f"labels line {i}: {len(parts)} fields"):
            continue
        k, i_d, v = parts
        if k == "post":
            check(v in ("scam", "benign"), f"labels line {i}: post label {v}")
            check(i_d not in plab, f"labels line {i}: post {i_d} labelled twice")
            plab[i_d] = v
        elif k == "account":
            check(v in ("hijacked", "scammer", "normal"), f"labels line {i}: account label {v}")
            check(i_d not in alab, f"labels line {i}: account {i_d} labelled twice")
            alab[i_d] = v
        else:
            check(False, f"labels line {i}: kind {k}")
    check(set(plab) == set(post_by_id), f"post labels vs posts: {len(set(post_by_id) - set(plab))} unlabelled, "
          f"{len(set(plab) - set(post_by_id))} labels without post")
    authors = {m["data"]["author_id"] for _, m, _ in posts} | {e["account_id"] for _, e in events}
    for u in users:
        authors.add(u)
    check(authors <= set(alab), f"{len(authors - set(alab))} accounts without a label")
    check(set(alab) <= authors, f"{len(set(alab) - authors)} account labels for accounts not in the input")

    # label consistency with authors
    for n, m, full in posts:
        d = m["data"]
        a, pl = alab.get(d["author_id"]), plab.get(d["id"])
        if a == "scammer":
            check(pl == "scam", f"line {n}: scammer post not labelled scam")
        if a == "normal":
            check(pl == "benign", f"line {n}: normal account's post labelled {pl}")
        if any(r["type"] == "retweeted" for r in d.get("referenced_tweets", [])):
            check(pl == "benign", f"line {n}: retweet by {a} labelled {pl}")

    # ------------------------------------------------------------ addresses
    found = collections.Counter()
    texts = []
    for n, m, full in posts:
        texts.append((n, full))
        for tw in m["includes"].get("tweets", []):
            texts.append((n, tw["text"]))
    all_text = "\n".join(t for _, t in texts) + "\n" + "\n".join(
        u["expanded_url"] for _, m, _ in posts for u in m["data"].get("entities", {}).get("urls", []))
    for n, t in texts:
        for a in RE_ETH.findall(t):
            if check(addrs.validate("eth", a), f"line {n}: bad EIP-55 address {a}"):
                found["eth"] += 1
        for a in RE_BECH.findall(t):
            k = addrs.classify(a)
            if check(k in ("btc_bech32", "btc_taproot"), f"line {n}: bad bech32 address {a}"):
                found[k] += 1
        for a in RE_B58.findall(t):
            k = addrs.classify(a)
            if check(k is not None, f"line {n}: base58 token {a} has no valid checksum"):
                found[k] += 1

    # ------------------------------------------------------------ regeneration
    outs = []
    for hs in ("0", "4242"):
        tmp = tempfile.mkdtemp(prefix="blind5-regen-")
        env = dict(os.environ, PYTHONHASHSEED=hs)
        r = subprocess.run([sys.executable, os.path.join(HERE, "make_blind5.py"), tmp], env=env,
                           capture_output=True, text=True)
        check(r.returncode == 0, f"regeneration failed: {r.stderr[-500:]}")
        outs.append(tmp)
    for name in ("posts.jsonl", "labels.csv", "README.md"):
        blobs = []
        for d in [HERE] + outs:
            try:
                with open(os.path.join(d, name), "rb") as f:
                    blobs.append(f.read())
            except OSError:
                blobs.append(None)
        check(blobs[0] is not None and all(b == blobs[0] for b in blobs), f"regeneration of {name} differs")
    for tmp in outs:
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
        os.rmdir(tmp)

    # every minted address is valid and appears (whole or split into groups)
    import make_blind5
    _, g = make_blind5.generate(None)
    squashed = re.sub(r"[\s\-·]", "", all_text)
    minted = collections.Counter()
    for kind, a in g.minted:
        check(addrs.validate(kind, a), f"minted {kind} address {a} fails its checksum")
        minted[kind] += 1
    used = [a for k, a in g.minted if a in all_text or a in squashed]
    unused = len(g.minted) - len(used)
    check(unused == 0, f"{unused} minted addresses do not appear in the text")

    # ------------------------------------------------------------ counts and structure
    by = collections.Counter((m["data"]["lang"], plab.get(m["data"]["id"])) for _, m, _ in posts)
    n_scam = sum(v for (l, lb), v in by.items() if lb == "scam")
    n_ben = sum(v for (l, lb), v in by.items() if lb == "benign")
    check(n_scam >= 400, f"only {n_scam} scam posts")
    check(n_ben >= 400, f"only {n_ben} benign posts")
    for l in LANGS:
        check(by[(l, "scam")] >= 25 and by[(l, "benign")] >= 25, f"language {l}: {by[(l, 'scam')]} scam / {by[(l, 'benign')]} benign")
    acc = collections.Counter(alab.values())
    check(25 <= acc["hijacked"] <= 35, f"{acc['hijacked']} hijacked accounts")
    check(65 <= acc["scammer"] <= 95, f"{acc['scammer']} scammer accounts")
    check(acc["normal"] >= 100, f"{acc['normal']} normal accounts")

    seq = collections.defaultdict(list)
    order = []
    for n, m, full in posts:
        seq[m["data"]["author_id"]].append(("post", n, m, plab[m["data"]["id"]]))
    for n, e in events:
        seq[e["account_id"]].append(("event", n, e, None))
    for v in seq.values():
        v.sort(key=lambda x: x[1])
    hij_ev = hij_noev = 0
    link_only = coord = 0
    for aid, lb in alab.items():
        u = users.get(aid)
        items = seq[aid]
        if u is None or not items:
            continue
        if lb == "hijacked":
            yr = int(u["created_at"][:4])
            check(2009 <= yr <= 2016, f"hijacked {aid}: created {yr}")
            check(u["public_metrics"]["followers_count"] >= 10000, f"hijacked {aid}: few followers")
            labs = [x[3] for x in items if x[0] == "post"]
            first = labs.index("scam") if "scam" in labs else None
            if check(first is not None, f"hijacked {aid}: no scam post"):
                last = len(labs) - 1 - labs[::-1].index("scam")
                check(2 <= first <= 8, f"hijacked {aid}: {first} ordinary posts before the burst")
                check(1 <= last - first + 1 <= 4 and all(x == "scam" for x in labs[first:last + 1]),
                      f"hijacked {aid}: burst is not 1-4 consecutive scam posts")
                check(len(labs) - last - 1 <= 1, f"hijacked {aid}: posts after the hacked notice")
            ev = [x for x in items if x[0] == "event"]
            if ev:
                hij_ev += 1
                fs = next(x for x in items if x[0] == "post" and x[3] == "scam")
                check(all(x[1] < fs[1] for x in ev), f"hijacked {aid}: security event after the burst")
                dt = ts(fs[2]["data"]["created_at"]) - ts(ev[0][2]["created_at"])
                check(dt.total_seconds() <= 3 * 3600, f"hijacked {aid}: events long before the burst")
            else:
                hij_noev += 1
            burst = [x[2] for x in items if x[0] == "post" and x[3] == "scam"]
            btxt = " ".join(post_by_id[b["data"]["id"]]["data"].get("note_tweet", {}).get("text", b["data"]["text"]) for b in burst)
            if not (RE_ETH.search(btxt) or RE_BECH.search(btxt) or RE_B58.search(btxt)):
                link_only += 1
        elif lb == "scammer":
            fp = next(x for x in items if x[0] == "post")
            age = ts(fp[2]["data"]["created_at"]) - ts(u["created_at"])
            check(0 < age.days <= 30, f"scammer {aid}: {age.days} days old at first post")
            check(u["public_metrics"]["followers_count"] < 1000, f"scammer {aid}: many followers")
    check(hij_ev >= 10 and hij_noev >= 10, f"hijacked with events {hij_ev}, without {hij_noev}")

    # obfuscation census over scam posts
    obf = collections.Counter()
    for n, m, full in posts:
        if plab[m["data"]["id"]] != "scam":
            continue
        if re.search("[\u200b\u200c\u200d\u2060]", full): obf["zero-width"] += 1
        if re.search("[\uff01-\uff5e]", full): obf["fullwidth"] += 1
        if re.search(r"[A-Za-z][\u0400-\u04ff\u0370-\u03ff]|[\u0400-\u04ff\u0370-\u03ff][A-Za-z]", full): obf["mixed-script"] += 1
        if re.search(r"(?:\b\w ){4,}\w\b", full): obf["letter-spaced"] += 1
        if re.search(r"\b\w*[a-z][013457]\w*[a-z]\w*\b", full) and m["data"]["lang"] in ("en", "es", "pt", "fr", "de", "it", "tr"): obf["leet-like"] += 1
    check(sum(obf.values()) >= 40, f"too few obfuscated scam posts: {dict(obf)}")

    # ------------------------------------------------------------ report
    print(f"posts.jsonl: {len(lines)} lines, {len(posts)} posts ({n_scam} scam, {n_ben} benign), {len(events)} account events")
    print("per language (scam/benign): " + ", ".join(f"{l} {by[(l, 'scam')]}/{by[(l, 'benign')]}" for l in LANGS))
    print(f"accounts: hijacked {acc['hijacked']} (with security events {hij_ev}, without {hij_noev}; "
          f"bursts without an address {link_only}), scammer {acc['scammer']}, normal {acc['normal']}")
    print("addresses found in text by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(found.items())))
    print(f"minted addresses: {sum(minted.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(minted.items())) +
          "), all valid and present in the text" if not unused else "")
    print("obfuscation markers in scam posts: " + ", ".join(f"{k} {v}" for k, v in sorted(obf.items())))
    print("regeneration: byte-identical in two fresh processes (PYTHONHASHSEED 0 and 4242)"
          if not any("regeneration" in x for x in failures) else "regeneration: DIFFERS")
    if failures:
        print(f"FAILED: {len(failures)} problem(s)")
        for x in failures[:60]:
            print("  - " + x)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

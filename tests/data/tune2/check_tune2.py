#!/usr/bin/env python3
"""Validate the tune2 corpus (posts.jsonl, labels.csv, README.md next to this file).

Checks: every line is valid JSON of the Twitter-v2 post shape or the account-event shape of
docs/input.md; post ids unique and consecutive from 1880000000000000001; timestamps strictly
increasing; references point to earlier posts; account profiles consistent; every post and
every account labelled in the docs/backtest.md labels format; account labels agree with the
posts (hijacked: ordinary history then scam; scammer: new account with scam posts; normal: no
scam); crypto addresses in the text have valid checksums; the per-label/language counts in
README.md match; and regenerating gives byte-identical files. Exit 0 when all pass.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the directory free of __pycache__
sys.path.insert(0, HERE)
import addrs  # noqa: E402

LANGS = ["en", "es", "pt", "fr", "de", "it", "ru", "tr", "ar", "ja", "ko", "zh"]
FIRST_ID = 1880000000000000001
EVENT_TYPES = {"password_reset", "email_changed", "phone_changed", "login_new_device", "mfa_disabled"}
DATA_KEYS = {"id", "text", "author_id", "created_at", "lang", "source", "entities", "referenced_tweets",
             "in_reply_to_user_id", "note_tweet"}
T_POST = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
T_EVENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")

errors = []


def err(msg):
    errors.append(msg)


def ptime(s):
    return dt.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def check_user(u, where, profiles):
    for k in ("id", "username", "name", "verified", "created_at", "public_metrics"):
        if k not in u:
            err(f"{where}: user lacks {k}")
            return
    if not isinstance(u["verified"], bool):
        err(f"{where}: verified not bool")
    if not T_POST.match(u["created_at"]):
        err(f"{where}: bad user created_at {u['created_at']}")
    if not isinstance(u["public_metrics"].get("followers_count"), int):
        err(f"{where}: followers_count not int")
    key = json.dumps(u, sort_keys=True)
    if u["id"] in profiles and profiles[u["id"]] != key:
        err(f"{where}: profile of account {u['id']} differs from an earlier appearance")
    profiles[u["id"]] = key


ADDR_PATTERNS = [
    ("btc-bech32", re.compile(r"(?<![A-Za-z0-9])bc1[ac-hj-np-z02-9]{11,87}(?![A-Za-z0-9…])"), addrs.btc_valid),
    ("btc-base58", re.compile(r"(?<![A-Za-z0-9/])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9…])"), addrs.btc_valid),
    ("trx", re.compile(r"(?<![A-Za-z0-9/])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9…])"), addrs.trx_valid),
    ("eth", re.compile(r"0x[0-9a-fA-F]{40}(?![0-9a-fA-F…])"), addrs.eip55_valid),
    ("sol", re.compile(r"(?<![A-Za-z0-9/])[1-9A-HJ-NP-Za-km-z]{43,44}(?![A-Za-z0-9…])"), addrs.sol_valid),
]


def check_addresses(text, where, stats):
    """Full-length addresses must have valid checksums (a retweet's text cut with "…" is skipped)."""
    for name, rx, ok in ADDR_PATTERNS:
        for m in rx.finditer(text):
            a = m.group(0)
            if name == "sol" and (addrs.btc_valid(a) or addrs.trx_valid(a)):
                continue
            if name in ("btc-base58",) and len(a) > 34:
                continue
            stats[name] = stats.get(name, 0) + 1
            if not ok(a):
                err(f"{where}: invalid {name} address {a}")


def main():
    addrs.self_test()
    path = os.path.join(HERE, "posts.jsonl")
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"posts.jsonl: not UTF-8: {e}")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\n"):
        err("posts.jsonl: no final newline")
    posts = {}
    order = []
    events = []
    profiles = {}
    last_t = None
    next_id = FIRST_ID
    addr_stats = {}
    for n, line in enumerate(text.split("\n")[:-1], 1):
        where = f"posts.jsonl:{n}"
        if not line.strip():
            err(f"{where}: blank line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: invalid JSON: {e}")
            continue
        if not isinstance(o, dict):
            err(f"{where}: not an object")
            continue
        if "account_event" in o:
            ev = o["account_event"]
            if set(o) != {"account_event"} or set(ev) != {"account_id", "type", "created_at"}:
                err(f"{where}: bad account_event shape")
                continue
            if ev["type"] not in EVENT_TYPES:
                err(f"{where}: unknown event type {ev['type']}")
            if not T_EVENT.match(ev["created_at"]):
                err(f"{where}: bad event created_at")
                continue
            t = ptime(ev["created_at"])
            events.append((t, ev["account_id"], ev["type"]))
        elif "data" in o:
            d = o["data"]
            inc = o.get("includes", {})
            if set(o) - {"data", "includes"}:
                err(f"{where}: unexpected top-level keys")
            extra = set(d) - DATA_KEYS
            if extra:
                err(f"{where}: unexpected data keys {extra}")
            for k in ("id", "text", "author_id", "created_at", "lang", "source"):
                if not isinstance(d.get(k), str) or not d.get(k):
                    err(f"{where}: data.{k} missing or not a non-empty string")
            if any(not isinstance(d.get(k), str) for k in ("id", "text", "author_id", "created_at", "lang")):
                continue
            if d["id"] != str(next_id):
                err(f"{where}: id {d['id']} expected {next_id}")
            next_id = int(d["id"]) + 1
            if d["id"] in posts:
                err(f"{where}: duplicate id {d['id']}")
            if d["lang"] not in LANGS:
                err(f"{where}: lang {d['lang']} not in {LANGS}")
            if not T_POST.match(d["created_at"]):
                err(f"{where}: bad created_at {d['created_at']}")
                continue
            t = ptime(d["created_at"])
            users = inc.get("users", [])
            if not users or users[0].get("id") != d["author_id"]:
                err(f"{where}: author not first in includes.users")
            for u in users:
                check_user(u, where, profiles)
            ents = d.get("entities", {}).get("urls", [])
            for u in ents:
                if set(u) != {"url", "expanded_url"} or not u["url"].startswith("https://") or \
                        not u["expanded_url"].startswith("https://"):
                    err(f"{where}: bad url entity {u}")
            refs = d.get("referenced_tweets", [])
            rtype = None
            for r in refs:
                rtype = r.get("type")
                if rtype not in ("replied_to", "quoted", "retweeted"):
                    err(f"{where}: bad referenced_tweets type {rtype}")
                if r.get("id") not in posts:
                    err(f"{where}: referenced post {r.get('id')} not earlier in the file")
                    continue
                ref = posts[r["id"]]
                if rtype == "replied_to":
                    if d.get("in_reply_to_user_id") != ref["author"]:
                        err(f"{where}: in_reply_to_user_id does not match the parent's author")
                else:
                    tw = [x for x in inc.get("tweets", []) if x.get("id") == r["id"]]
                    if not tw or tw[0].get("text") != ref["text"] or tw[0].get("author_id") != ref["author"]:
                        err(f"{where}: includes.tweets does not carry the referenced post")
            if "in_reply_to_user_id" in d and rtype != "replied_to":
                err(f"{where}: in_reply_to_user_id without replied_to")
            for u in ents:
                if u["url"] not in d["text"] and rtype != "retweeted":
                    err(f"{where}: t.co url {u['url']} not in text")
            check_addresses(d["text"], where, addr_stats)
            posts[d["id"]] = {"author": d["author_id"], "text": d["text"], "lang": d["lang"], "t": t,
                              "type": rtype, "n": n}
            order.append(d["id"])
        else:
            err(f"{where}: neither a v2 post nor an account_event")
            continue
        if last_t is not None and t <= last_t:
            err(f"{where}: timestamp not strictly increasing")
        last_t = t
        if not (dt.datetime(2026, 3, 1) <= t < dt.datetime(2026, 5, 1)):
            err(f"{where}: timestamp outside March-April 2026")

    # ---------------------------------------------------------------- labels
    lab_post, lab_acct = {}, {}
    lines = open(os.path.join(HERE, "labels.csv"), encoding="utf-8").read().split("\n")
    if lines[0] != "kind,id,label":
        err("labels.csv: header is not 'kind,id,label'")
    for n, line in enumerate(lines[1:], 2):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        f = [x.strip() for x in s.split(",")]
        if len(f) != 3:
            err(f"labels.csv:{n}: {len(f)} fields")
            continue
        kind, i, lab = f
        if kind == "post":
            if lab not in ("scam", "benign"):
                err(f"labels.csv:{n}: bad post label {lab}")
            if i in lab_post:
                err(f"labels.csv:{n}: post {i} labelled twice")
            lab_post[i] = lab
        elif kind == "account":
            if lab not in ("hijacked", "scammer", "normal"):
                err(f"labels.csv:{n}: bad account label {lab}")
            if i in lab_acct:
                err(f"labels.csv:{n}: account {i} labelled twice")
            lab_acct[i] = lab
        else:
            err(f"labels.csv:{n}: unknown kind {kind}")
    for i in posts:
        if i not in lab_post:
            err(f"post {i} has no label")
    for i in lab_post:
        if i not in posts:
            err(f"label for post {i} not in posts.jsonl")
    authors = {p["author"] for p in posts.values()}
    for a in authors | set(profiles) | {e[1] for e in events}:
        if a not in lab_acct:
            err(f"account {a} has no label")
    for a in lab_acct:
        if a not in profiles:
            err(f"labelled account {a} never appears")

    # ---------------------------------------------------------------- label semantics
    by_author = {}
    for i in order:
        by_author.setdefault(posts[i]["author"], []).append(i)
    for a, ids in by_author.items():
        labs = [lab_post.get(i) for i in ids]
        al = lab_acct.get(a)
        prof = json.loads(profiles[a])
        if al == "normal" and "scam" in labs:
            err(f"normal account {a} has scam posts")
        if al in ("hijacked", "scammer") and "scam" not in labs:
            err(f"{al} account {a} has no scam post")
        if al == "hijacked":
            first_scam = labs.index("scam")
            if first_scam == 0:
                err(f"hijacked account {a} has no history before the takeover")
            if prof["created_at"] >= "2015":
                err(f"hijacked account {a} is not long-established")
        if al == "scammer":
            if prof["created_at"] < "2026-01":
                err(f"scammer account {a} is not new")
            first = posts[ids[0]]["t"]
            if ptime(prof["created_at"]) >= first:
                err(f"scammer account {a} created after its first post")
    for i, p in posts.items():
        if p["type"] == "retweeted" and lab_post.get(i) != "benign":
            err(f"retweet {i} is not labelled benign")

    # ---------------------------------------------------------------- README counts
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    m = re.search(r"<!-- counts:begin -->(.*?)<!-- counts:end -->", readme, re.S)
    computed = {}
    for i, p in posts.items():
        computed[(lab_post.get(i), p["lang"])] = computed.get((lab_post.get(i), p["lang"]), 0) + 1
    if not m:
        err("README.md: no counts block")
    else:
        rows = [r for r in m.group(1).strip().split("\n") if r.startswith("| ") and not r.startswith("| lang")
                and not r.startswith("| ---")]
        seen = set()
        tb = ts = 0
        for r in rows:
            c = [x.strip() for x in r.strip("|").split("|")]
            lang, b, s, tot = c[0], int(c[1]), int(c[2]), int(c[3])
            if lang == "all":
                if (b, s, tot) != (tb, ts, len(posts)):
                    err(f"README total row {b}/{s}/{tot} != computed {tb}/{ts}/{len(posts)}")
                continue
            seen.add(lang)
            cb, cs = computed.get(("benign", lang), 0), computed.get(("scam", lang), 0)
            tb += cb
            ts += cs
            if (b, s) != (cb, cs) or tot != b + s:
                err(f"README counts for {lang}: {b}/{s}/{tot}, computed {cb}/{cs}")
        langs_used = {p["lang"] for p in posts.values()}
        if langs_used - seen:
            err(f"README lacks rows for {langs_used - seen}")
    langs_benign = {p["lang"] for i, p in posts.items() if lab_post.get(i) == "benign"}
    if len(langs_benign) < 10:
        err(f"benign posts in only {len(langs_benign)} languages")
    nb = sum(1 for i in posts if lab_post.get(i) == "benign")
    ns = sum(1 for i in posts if lab_post.get(i) == "scam")
    if not (550 <= nb <= 750 and 280 <= ns <= 420):
        err(f"counts out of the intended range: {nb} benign, {ns} scam")

    # ---------------------------------------------------------------- determinism
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, os.path.join(HERE, "make_tune2.py"), "--out", tmp],
                           capture_output=True, text=True)
        if r.returncode != 0:
            err("make_tune2.py failed: " + r.stderr[-500:])
        else:
            for f in ("posts.jsonl", "labels.csv", "README.md"):
                if open(os.path.join(tmp, f), "rb").read() != open(os.path.join(HERE, f), "rb").read():
                    err(f"regenerated {f} differs from the file on disk")

    print(f"posts: {len(posts)} (benign {nb}, scam {ns}), account events: {len(events)}, "
          f"accounts: {len(lab_acct)} ({', '.join(f'{k} {v}' for k, v in sorted(_count(lab_acct).items()))})")
    print("addresses checked: " + ", ".join(f"{k} {v}" for k, v in sorted(addr_stats.items())))
    if errors:
        for e in errors[:50]:
            print("FAIL:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("all checks passed")
    return 0


def _count(d):
    out = {}
    for v in d.values():
        out[v] = out.get(v, 0) + 1
    return out


if __name__ == "__main__":
    sys.exit(main())

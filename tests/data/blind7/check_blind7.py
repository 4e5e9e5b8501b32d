#!/usr/bin/env python3
"""Validate the blind7 corpus: shapes, unique ids, labels, addresses, phones, regeneration."""
import sys
sys.dont_write_bytecode = True
import collections, csv, hashlib, html, json, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b7_addr as A

err = []
def bad(m):
    err.append(m)

posts, authors, ev_accounts, users = {}, {}, set(), {}
last_t = ""
texts = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        m = json.loads(line)
        if "account_event" in m:
            e = m["account_event"]
            for k in ("account_id", "type", "created_at"):
                if not e.get(k): bad("line %d: event lacks %s" % (n, k))
            ev_accounts.add(e["account_id"]); t = e["created_at"].replace("Z", ".000Z")
        else:
            d = m["data"]
            for k in ("id", "author_id", "created_at", "text"):
                if not d.get(k): bad("line %d: post lacks %s" % (n, k))
            if d["id"] in posts: bad("line %d: duplicate post id" % n)
            posts[d["id"]] = m; authors[d["id"]] = d["author_id"]; t = d["created_at"]
            for u in m["includes"]["users"]: users[u["id"]] = u
            if d["author_id"] not in users: bad("line %d: author not in includes" % n)
            texts.append((d["id"], html.unescape(d["text"])))
            if "note_tweet" in d: texts.append((d["id"], html.unescape(d["note_tweet"]["text"])))
            for tw in m["includes"].get("tweets", []): texts.append((d["id"], html.unescape(tw["text"])))
            for u in d.get("entities", {}).get("urls", []): texts.append((d["id"], u["expanded_url"]))
        if not ("2026-10-01" <= t[:10] <= "2026-11-20"): bad("line %d: time out of range" % n)
        if t < last_t: bad("line %d: time goes backwards" % n)
        last_t = t

labels = {}
with open(os.path.join(HERE, "labels.csv"), encoding="utf-8") as f:
    rows = [r for r in f.read().splitlines() if r.strip() and not r.startswith("#")]
if rows[0] != "kind,id,label": bad("bad header")
for r in rows[1:]:
    k, i, l = r.split(",")
    if (k, i) in labels: bad("label twice: " + i)
    if k == "post" and l not in ("scam", "benign") or k == "account" and l not in ("hijacked", "scammer", "normal"):
        bad("bad label " + r)
    labels[(k, i)] = l
for p in posts:
    if ("post", p) not in labels: bad("unlabelled post " + p)
for a in set(users) | ev_accounts:
    if ("account", a) not in labels: bad("unlabelled account " + a)
if len([k for k in labels if k[0] == "post"]) != len(posts): bad("post labels not in input")
# consistency: scam posts come from hijacked/scammer accounts; every hijacked/scammer account posts a scam
scam_auth = collections.Counter(authors[p] for p in posts if labels[("post", p)] == "scam")
for a, c in scam_auth.items():
    if labels[("account", a)] == "normal": bad("normal account with scam post " + a)
for (k, a), l in labels.items():
    if k == "account" and l in ("hijacked", "scammer") and not scam_auth[a]: bad("bad account without scam " + a)

# addresses
ETH = re.compile(r"0x[0-9a-fA-F]{40}(?![0-9a-fA-F])")
SEG = re.compile(r"(?<![A-Za-z0-9])(?:bc1|ltc1|BC1)[a-zA-Z0-9]{20,90}")
B58 = re.compile(r"(?<![A-Za-z0-9])[1-9A-HJ-NP-Za-km-z]{26,44}(?![A-Za-z0-9])")
HEXRUN = re.compile(r"0x[0-9a-fA-F]+")
found = collections.Counter(); bad_addr = 0
for pid, t in texts:
    for m in ETH.finditer(t):
        c = A.classify(m.group(0)); found[c] += 1
        if c is None: bad("invalid address %s in %s" % (m.group(0), pid))
    t2 = ETH.sub(" ", t)
    for m in SEG.finditer(t2):
        c = A.classify(m.group(0)); found[c] += 1
        if c is None: bad("invalid address %s in %s" % (m.group(0), pid))
    t3 = SEG.sub(" ", t2)
    for m in B58.finditer(t3):
        c = A.classify(m.group(0)); found[c] += 1
        if c is None: bad("invalid address %s in %s" % (m.group(0), pid))
# split addresses: rejoin runs of fragments
SPLIT = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{5,16}(?:(?: - | \| |\n| )[A-Za-z0-9]{5,16}){2,3})(?![A-Za-z0-9])")
rejoined = 0
for pid, t in texts:
    for m in SPLIT.finditer(t):
        j = re.sub(r" - | \| |\n| ", "", m.group(1))
        if A.classify(j): rejoined += 1
# phones
PH = re.compile(r"\+\d[\d ()\-]{8,}\d")
for pid, t in texts:
    for m in PH.finditer(t):
        s = m.group(0)
        if not (re.fullmatch(r"\+1 \(\d{3}\) 555-01\d\d", s) or re.fullmatch(r"\+44 7700 900\d{3}", s)):
            bad("phone not in reserved ranges: %s in %s" % (s, pid))
    for m in re.finditer(r"wa\.me/(\d+)", t):
        if not re.fullmatch(r"1\d{3}55501\d\d", m.group(1)): bad("wa.me number " + m.group(1))

# regeneration (twice, different hash seeds), compared with the files
want = " ".join(hashlib.sha256(open(os.path.join(HERE, f), "rb").read()).hexdigest() for f in ("posts.jsonl", "labels.csv"))
for hs in ("0", "12345"):
    env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONDONTWRITEBYTECODE="1")
    got = subprocess.run([sys.executable, os.path.join(HERE, "make_blind7.py"), "--digest"], env=env,
                         capture_output=True, text=True, check=True).stdout.strip()
    if got != want: bad("regeneration differs (PYTHONHASHSEED=%s)" % hs)

# report
lab = collections.Counter(); bylang = collections.defaultdict(collections.Counter)
for p, m in posts.items():
    l = labels[("post", p)]; lab[l] += 1; bylang[m["data"]["lang"]][l] += 1
acc = collections.Counter(l for (k, _), l in labels.items() if k == "account")
print("posts:", dict(lab), "accounts:", dict(acc), "account events:", sum(1 for _ in ev_accounts) and
      sum(1 for line in open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") if line.startswith('{"account_event"')))
for lg in sorted(bylang): print("  %s scam %3d benign %3d" % (lg, bylang[lg]["scam"], bylang[lg]["benign"]))
print("addresses checked:", dict(found), "split addresses rejoined and valid:", rejoined)
print("regeneration: identical" if not any("regeneration" in e for e in err) else "regeneration: DIFFERS")
for e in err[:30]: print("ERROR", e)
print("OK" if not err else "FAILED (%d errors)" % len(err))
sys.exit(1 if err else 0)

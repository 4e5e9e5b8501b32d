"""A straightforward giveaway-scam detector in Python: what a team writes in an afternoon.

Usage: python peer_detector.py INPUT.jsonl

json.loads per line, a few compiled regexes over the lowercased text, wallet-address regexes
(no checksum validation), a dict of accounts (posts seen, clients, last security event), and a
decision: takedown when the text scores high enough, lock when the account is new and small or
had a security event or a new client just before. Prints a summary line with posts/s (time
measured inside the process, after start-up), in the same shape as `scamwatch replay`.
It is the peer the whole path is compared with in BENCHMARKS.md; it is not a reference
detector (no normalization of obfuscated text, no campaigns, no brake).
"""
import json
import re
import sys
import time
from datetime import datetime

MULTIPLY = re.compile(
    r"\b(send(?:ing)? back doubled?|sent back doubled?|double (?:your|any|every|all)|"
    r"2x back|x2 back|i(?:'ll| will) double|doubling all|te devuelvo el doble|"
    r"receba o dobro|recibir[aá]s el doble)\b"
)
SEND = re.compile(
    r"\b(send (?:btc|eth|bitcoin|usdt|doge|trx|sol|xrp|ltc)|address below|to (?:my|our|this|the) address|"
    r"a la direcci[oó]n|para o endere[cç]o)\b"
)
URGENCY = re.compile(r"\b(only (?:doing this )?for (?:the next )?\d+ minutes|limited time|hurry|only today|solo hoy|s[oó] hoje)\b")
GIVEAWAY = re.compile(r"\b(giveaway|giving (?:away|back)|sorteo|sorteio)\b")
WARNING = re.compile(r"\b(scam|hacked|compromised|do not send|don't send|psa|fraud|estafa|golpe)\b")
WALLET = re.compile(
    r"\b(bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|"
    r"[DLT][1-9A-HJ-NP-Za-km-z]{33}|r[1-9A-HJ-NP-Za-km-z]{24,34}|[1-9A-HJ-NP-Za-km-z]{43,44})\b"
)
CLIENT = re.compile(r">([^<]*)<")


def ts(s):
    if s.endswith("Z"):
        return datetime.fromisoformat(s[:-1] + "+00:00").timestamp()
    try:
        return datetime.fromisoformat(s).timestamp()
    except ValueError:
        return datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y").timestamp()


def main():
    accounts = {}
    counts = {"posts": 0, "events": 0, "skipped": 0, "takedown": 0, "lock": 0, "review": 0}
    out = []
    start = time.perf_counter()
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            try:
                m = json.loads(line)
            except ValueError:
                counts["skipped"] += 1
                continue
            if "account_event" in m:
                e = m["account_event"]
                a = accounts.setdefault(e["account_id"], {"posts": 0, "clients": set(), "sec": None})
                a["sec"] = ts(e["created_at"])
                counts["events"] += 1
                continue
            if "data" in m:
                d = m["data"]
                text, author, src = d.get("text", ""), d["author_id"], d.get("source")
                user = next((u for u in m.get("includes", {}).get("users", []) if u["id"] == author), {})
                followers = user.get("public_metrics", {}).get("followers_count", 0)
                created = user.get("created_at")
                is_rt = any(r.get("type") == "retweeted" for r in d.get("referenced_tweets", []))
            elif "id_str" in m and "user" in m:
                d, u = m, m["user"]
                text = d.get("full_text") or d.get("text", "")
                author, followers, created = u["id_str"], u.get("followers_count", 0), u.get("created_at")
                c = CLIENT.search(d.get("source") or "")
                src = c.group(1) if c else None
                is_rt = "retweeted_status" in d
            else:
                counts["skipped"] += 1
                continue
            counts["posts"] += 1
            now = ts(d["created_at"])
            a = accounts.setdefault(author, {"posts": 0, "clients": set(), "sec": None})
            low = text.lower()
            score = 0.0
            if MULTIPLY.search(low):
                score += 3
            if SEND.search(low):
                score += 1.5
            if URGENCY.search(low):
                score += 1
            if GIVEAWAY.search(low):
                score += 1
            if WALLET.search(text):
                score += 2
            if WARNING.search(low):
                score -= 5
            if score >= 3:
                action = "review"
                if score >= 6 and not is_rt:
                    action = "takedown"
                    new = created is not None and now - ts(created) < 30 * 86400
                    hijack = (a["sec"] is not None and 0 <= now - a["sec"] < 86400) or (
                        a["posts"] >= 5 and src is not None and src not in a["clients"]
                    )
                    if (new and followers < 1000) or hijack:
                        action = "lock"
                counts[action] += 1
                out.append(json.dumps({"tweet_id": d.get("id") or d.get("id_str"), "account_id": author,
                                       "action": action, "score": score}))
            a["posts"] += 1
            if src:
                a["clients"].add(src)
    elapsed = time.perf_counter() - start
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))
    print(
        f"peer: {counts['posts']} posts, {counts['events']} account events, {counts['skipped']} skipped; "
        f"lock {counts['lock']}, takedown {counts['takedown']}, review {counts['review']}",
        file=sys.stderr,
    )
    print(f"peer: {elapsed:.3f} s, {counts['posts'] / elapsed:.0f} posts/s", file=sys.stderr)


if __name__ == "__main__":
    main()

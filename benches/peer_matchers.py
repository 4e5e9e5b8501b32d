"""The matcher alone, in Hyperscan and pyahocorasick, on scamwatch's phrase list and texts.

Usage: python peer_matchers.py PHRASES.txt TEXTS.txt

PHRASES.txt and TEXTS.txt are written by `cargo run --release --example matcher` (the
normalized phrases of the shipped rules, each with a bounding space, and the normalized text of
every post). Every engine reports every (overlapping) occurrence of every phrase, so the match
counts printed must equal scamwatch's. Two figures per engine: one scan call per text (how a
service scans posts) and one call over all texts joined by newlines (the engine alone, without
per-call overhead). Best of 5 runs.
"""
import sys
import time

import ahocorasick
import hyperscan


def best_of(runs, f):
    best, n = float("inf"), 0
    for _ in range(runs):
        t = time.perf_counter()
        n = f()
        best = min(best, time.perf_counter() - t)
    return best, n


def main():
    phrases = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    texts = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8")]
    n = len(texts)

    # Hyperscan: literal patterns, written as \xHH escapes so no byte is a metacharacter.
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    exprs = ["".join("\\x%02x" % b for b in p.encode("utf-8")).encode() for p in phrases]
    db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs))
    btexts = [t.encode("utf-8") for t in texts]
    count = [0]

    def on_match(_id, _from, _to, _flags, _ctx):
        count[0] += 1

    def hs_each():
        count[0] = 0
        for t in btexts:
            db.scan(t, match_event_handler=on_match)
        return count[0]

    joined = b"\n".join(btexts)

    def hs_joined():
        count[0] = 0
        db.scan(joined, match_event_handler=on_match)
        return count[0]

    a = ahocorasick.Automaton()
    for i, p in enumerate(phrases):
        a.add_word(p, i)
    a.make_automaton()

    def ac_each():
        return sum(sum(1 for _ in a.iter(t)) for t in texts)

    sjoined = "\n".join(texts)

    def ac_joined():
        return sum(1 for _ in a.iter(sjoined))

    for name, f in [
        ("hyperscan per-text", hs_each),
        ("hyperscan joined", hs_joined),
        ("pyahocorasick per-text", ac_each),
        ("pyahocorasick joined", ac_joined),
    ]:
        t, m = best_of(5, f)
        print(f"{name}: {n / t:.0f} texts/s, {m} matches")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Converts janitr's labelled X posts (data/sample.jsonl of janitrai/janitr, MIT, see
LICENSE.txt) into scamwatch's input (Twitter API v2 lines) and a labels file.

Usage: python3 convert.py JANITR_JSONL   (writes posts.jsonl and labels.csv here)

janitr's labels are coarse: `scam`, `phishing` and `recovery_scam` become `scam` (they include
token-deploy spam and promos that are out of scope for scamwatch); everything else (`clean`,
topics, `promo`, `spam` without `scam`) becomes `benign`. The posts carry no author, follower
count or history: each gets an author of its own, with no metrics, so only the content is
judged. Event time is the collection date plus one second per line, in file order.
"""
import json
import os
import sys
from datetime import datetime, timedelta, timezone

SCAM = {"scam", "phishing", "recovery_scam"}
HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    src = sys.argv[1]
    base = datetime(2026, 1, 31, tzinfo=timezone.utc)
    posts, labels = [], ["kind,id,label"]
    with open(src, encoding="utf-8") as f:
        for i, line in enumerate(f):
            d = json.loads(line)
            pid = f"j{i:05d}"
            author = f"ja{i:05d}"
            at = (base + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            data = {"id": pid, "text": d["text"], "author_id": author, "created_at": at}
            if d.get("urls"):
                data["entities"] = {"urls": [{"url": u, "expanded_url": u} for u in d["urls"]]}
            posts.append(json.dumps({"data": data, "includes": {"users": [{"id": author}]}},
                                    ensure_ascii=False))
            label = "scam" if SCAM & set(d["labels"]) else "benign"
            labels.append(f"post,{pid},{label}")
            labels.append(f"account,{author},{'scammer' if label == 'scam' else 'normal'}")
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(posts) + "\n")
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()

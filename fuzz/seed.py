#!/usr/bin/env python3
"""Seeds fuzz/corpus/TARGET/ from the repository's own inputs (idempotent, a few hundred
files per target). Run from the repository root. Never reads tests/data/blind* (held out)."""

import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
PER_FILE = 120  # lines taken from each fixture: variety, not volume

JSONL = [
    "src/synth/july2020.jsonl",
    "tests/data/malformed.jsonl",
    "tests/data/obfuscated.jsonl",
    "tests/data/hard-negatives.jsonl",
    "tests/data/jetstream.jsonl",
    "tests/data/mastodon.jsonl",
    "tests/data/multilingual/posts.jsonl",
]


def put(target: str, data: bytes) -> None:
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def lines(rel: str):
    path = ROOT / rel
    assert "blind" not in rel
    with open(path, "rb") as f:
        for i, line in enumerate(f):
            if i >= PER_FILE:
                break
            yield line.rstrip(b"\n")


def texts(obj):
    """Every string value of a JSON document (post texts, HTML of statuses, handles)."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from texts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from texts(v)


def main() -> None:
    for rel in JSONL:
        for line in lines(rel):
            if len(line) > 64 * 1024:
                continue
            put("decode", line)
            try:
                doc = json.loads(line)
            except ValueError:
                continue
            for s in texts(doc):
                if len(s) >= 8:
                    put("normalize", s.encode())
                    put("wallet", s.encode())
                if s.lstrip().startswith("{"):
                    put("decode", s.encode())  # Mastodon payloads are JSON in a string
    # A few frames of several lines, as websockets carry them.
    sample = list(lines("src/synth/july2020.jsonl"))
    for i in range(0, min(len(sample), 60), 6):
        put("decode", b"\n".join(sample[i : i + 6]))
    with open(ROOT / "tests/data/giveaway-scam-wallets-2022.csv", "rb") as f:
        for i, row in enumerate(f):
            if i > 400:
                break
            addr = row.split(b",")[0].strip()
            if addr:
                put("wallet", b"send to " + addr + b" now")
    for p in sorted((ROOT / "rules").glob("*.toml")):
        put("rules", p.read_bytes())
    put("config", (ROOT / "docs/scamwatch.example.toml").read_bytes())
    for p in sorted((ROOT / "models").glob("*.toml")):
        put("config", p.read_bytes())  # TOML of another shape: a good mutation base
    for target in ("decode", "normalize", "wallet", "rules", "config"):
        n = len(list((CORPUS / target).iterdir()))
        print(f"seeded fuzz/corpus/{target}: {n} inputs", file=sys.stderr)


if __name__ == "__main__":
    main()

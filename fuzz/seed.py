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
    # verdicts: the body of POST /feedback, good and bad lines.
    put("verdicts", b'{"alert_id":"al-5f1c0e2a9b7d3344","post_id":"1283000000000000123","account_id":"1000000000000000001","verdict":"confirmed","by":"dana","at":"2026-11-27T10:00:00Z"}')
    put("verdicts", b'{"post_id":"1","account_id":"2","verdict":"dismissed","by":"d","at":"2026-11-27T10:00:00.000Z","note":"a real giveaway"}\n{"post_id":"3"}\n')
    # outbox: chunks separated by 0xFF (frames; garbage when a chunk starts with 0x00).
    body = b'{"kind":"alert","alert_id":"al-5f0c6b1f2a3e9d47","action":"lock"}'
    put("outbox", b"\x00" + body + b"\xff" + body + b"\xff\x00SWOB\x10\x00\x00\x00garbage\xff" + body)
    put("outbox", b"\x07" + body)
    # model: a TOML text, NUL, weight bytes (fuzz_targets/model.rs).
    put("model", (ROOT / "models/model.toml").read_bytes())
    weights = (ROOT / "models/text-model.bin").read_bytes()
    manifest = (ROOT / "models/text-model.toml").read_bytes()
    put("model", manifest + b"\x00" + weights[12 : 12 + 4096])
    put("model", manifest + b"\x00" + weights)  # as shipped: passes the checksum
    put("model", manifest.replace(b"hash_bits = 17", b"hash_bits = 10") + b"\x00")
    # bodies: what POST /feedback, /console/api/verdict, /webhooks/requeue and /ingest receive.
    for p in (CORPUS / "verdicts").iterdir():
        put("bodies", p.read_bytes())
    put("bodies", b'{\n  "post_id": "1",\n  "account_id": "2",\n  "verdict": "escalated",\n  "by": "d",\n  "at": "2026-11-27T10:00:00Z"\n}\n')
    put("bodies", b'{"alert_id":"al-5f1c0e2a9b7d3344","post_id":"1","account_id":"2","verdict":"confirmed","note":"seen it"}')
    put("bodies", b'{"hook":"takedown","id":"al-5f1c0e2a9b7d3344"}')
    put("bodies", b"")
    for line in list(lines("src/synth/july2020.jsonl"))[:30]:
        put("bodies", line)
    for target in ("decode", "normalize", "wallet", "rules", "config", "verdicts", "outbox", "model", "bodies"):
        n = len(list((CORPUS / target).iterdir()))
        print(f"seeded fuzz/corpus/{target}: {n} inputs", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# How long `scamwatch train` takes on 100,000 labelled posts, on one core. Run from the
# repository root:
#
#   benches/train.sh [POSTS]        # default 100000
#
# The input is built from the labelled sets in tests/data (dev, janitr, multilingual,
# hard-negatives-ml; never the blind sets): each line is one of their posts with four
# seeded filler words appended, so near-duplicate removal keeps almost all of them and the
# optimizer sees POSTS distinct examples. Prints the wall time and peak RSS of the training
# run (the 5-fold cross-validation and the final fit). docs/model.md keeps the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS="${1:-100000}"
TARGET="${CARGO_TARGET_DIR:-target}"
OUT=target/bench/train
mkdir -p "$OUT"
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

cargo build --release --quiet --bin scamwatch
python3 - "$POSTS" "$OUT/labelled.jsonl" <<'PY'
import csv, json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
random.seed(20200715)
texts = []
for d in ["dev", "janitr", "multilingual", "hard-negatives-ml"]:
    labels = {r[1]: r[2] for r in csv.reader(open(f"tests/data/{d}/labels.csv")) if r and r[0] == "post"}
    for line in open(f"tests/data/{d}/posts.jsonl"):
        try:
            o = json.loads(line)
        except ValueError:
            continue
        p = o.get("data") or o
        i, t = p.get("id") or p.get("id_str"), p.get("text") or p.get("full_text")
        if i in labels and t:
            texts.append((t, labels[i]))
words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
with open(out, "w") as f:
    for k in range(n):
        t, l = random.choice(texts)
        filler = " ".join(random.choice(words) for _ in range(4))
        f.write(json.dumps({"text": f"{t} {filler}", "label": l, "account_id": f"a{k % (n // 5)}"}) + "\n")
PY
cp models/model.toml "$OUT/"
/usr/bin/time -f "train: %e s wall, %M KiB peak RSS" "${PIN[@]}" \
  "$TARGET/release/scamwatch" train --labelled "$OUT/labelled.jsonl" --out "$OUT" 2>&1 |
  grep -E "^train: ([0-9]+ posts read|[0-9.]+ s wall)"
ls -l "$OUT/text-model.bin" | awk '{print "model file: " $5 " bytes"}'

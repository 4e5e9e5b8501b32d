#!/usr/bin/env bash
# Retrains the shipped text model from the repository's labelled data (never the blind sets),
# deterministically: the same data and code give byte-identical files.
#
#   models/train.sh            # rewrite models/text-model.{toml,bin}
#   models/train.sh --check    # train into a scratch directory and fail unless the result is
#                              # byte-identical to the shipped files (CI runs this)
#
# Uses the `scamwatch` in $SCAMWATCH, else `cargo run --release`. docs/model.md explains the
# inputs and the figures the run prints.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${SCAMWATCH:-}" ]; then BIN=("$SCAMWATCH"); else BIN=(cargo run --quiet --locked --release --); fi
OUT=models
if [ "${1:-}" = "--check" ]; then
  OUT=$(mktemp -d)
  trap 'rm -rf "$OUT"' EXIT
  cp models/model.toml models/text-model-examples.toml "$OUT/"
fi
# The firehose's labelled stream: seeded, so the same 50,000 messages on every machine (its
# templates collapse to a couple of hundred examples once near-duplicates are dropped).
FIREHOSE=target/train-data/firehose
mkdir -p "$FIREHOSE"
"${BIN[@]}" firehose --stdout --count 50000 --seed 20200715 --labels "$FIREHOSE/labels.csv" > "$FIREHOSE/posts.jsonl"
# The date the shipped model records (reproducible-builds' convention).
export SOURCE_DATE_EPOCH=1795737600
"${BIN[@]}" train \
  --set tests/data/dev --set tests/data/janitr --set tests/data/multilingual \
  --set tests/data/hard-negatives-ml --set "$FIREHOSE" \
  --set tests/data/tune --set tests/data/tune2 --set tests/data/tune3 --set tests/data/tune4 \
  --posts src/synth/july2020.jsonl --posts tests/data/obfuscated.jsonl \
  --posts tests/data/hard-negatives.jsonl --labels tests/data/labels.csv \
  --out "$OUT"
if [ "$OUT" != models ]; then
  for f in text-model.toml text-model.bin; do
    if ! cmp -s "$OUT/$f" "models/$f"; then
      echo "models/$f is not what models/train.sh produces from the repository's data: retrain (models/train.sh) and commit" >&2
      exit 1
    fi
  done
  echo "the shipped text model is reproducible"
fi

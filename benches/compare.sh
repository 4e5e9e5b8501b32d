#!/usr/bin/env bash
# Side-by-side benchmarks on one input: scamwatch against Hyperscan, pyahocorasick and a
# straightforward Python detector. Run from the repository root:
#
#   benches/compare.sh [POSTS]        # default 200000
#
# Installs hyperscan and pyahocorasick with pip into target/bench-venv (once), builds the
# release binary and the `matcher` example, writes the input with `scamwatch firehose --stdout`
# (seeded: the same input on every machine), and pins single-core figures to CPU 0 with
# taskset when it is available. Prints a Markdown report and writes it to target/bench/report.md;
# BENCHMARKS.md says how to read it and keeps the history.
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS="${1:-200000}"
SEED=20200715
RATE=1000
TARGET="${CARGO_TARGET_DIR:-target}"
OUT=target/bench
VENV=target/bench-venv
mkdir -p "$OUT"

PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

echo "== build (release)" >&2
cargo build --release --quiet --bin scamwatch --example matcher
BIN="$TARGET/release/scamwatch"
MATCHER="$TARGET/release/examples/matcher"

echo "== python peers ($VENV)" >&2
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check hyperscan pyahocorasick
PY="$VENV/bin/python"

# Written afresh every run (it takes a second): a cached file could predate a generator change.
INPUT="$OUT/input-$POSTS.jsonl"
echo "== input: $POSTS messages (seed $SEED)" >&2
"$BIN" firehose --stdout --count "$POSTS" --seed "$SEED" --rate "$RATE" > "$INPUT"
BYTES=$(wc -c < "$INPUT")

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== (a) scamwatch replay, 3 runs" >&2
A=$(for _ in 1 2 3; do
  "${PIN[@]}" "$BIN" replay "$INPUT" 2>&1 >/dev/null | sed -n 's/^replay: .* s, \([0-9]*\) posts\/s$/\1/p'
done | median)
SUMMARY=$("$BIN" replay "$INPUT" 2>&1 >/dev/null | sed -n '2p')

echo "== (c) python peer detector, 3 runs" >&2
C=$(for _ in 1 2 3; do
  "${PIN[@]}" "$PY" benches/peer_detector.py "$INPUT" 2>&1 >/dev/null | sed -n 's/^peer: .* s, \([0-9]*\) posts\/s$/\1/p'
done | median)
PEER_SUMMARY=$("$PY" benches/peer_detector.py "$INPUT" 2>&1 >/dev/null | sed -n '1p')

echo "== (b) matchers" >&2
"${PIN[@]}" "$MATCHER" rules "$INPUT" "$OUT" > "$OUT/matcher-scamwatch.txt"
"${PIN[@]}" "$PY" benches/peer_matchers.py "$OUT/phrases.txt" "$OUT/texts.txt" > "$OUT/matcher-peers.txt"
fig() { sed -n "s/^$1: \([0-9]*\) texts\/s.*/\1/p" "$2"; }
matches() { sed -n "s/^$1: .* \([0-9]*\) matches$/\1/p" "$2"; }
SW_EACH=$(fig "scamwatch-ac per-text" "$OUT/matcher-scamwatch.txt")
SW_JOIN=$(fig "scamwatch-ac joined" "$OUT/matcher-scamwatch.txt")
SW_SCAN=$(fig "scamwatch-scanner (automaton + regexes)" "$OUT/matcher-scamwatch.txt")
HS_EACH=$(fig "hyperscan per-text" "$OUT/matcher-peers.txt")
HS_JOIN=$(fig "hyperscan joined" "$OUT/matcher-peers.txt")
AC_EACH=$(fig "pyahocorasick per-text" "$OUT/matcher-peers.txt")
AC_JOIN=$(fig "pyahocorasick joined" "$OUT/matcher-peers.txt")
M_SW=$(matches "scamwatch-ac per-text" "$OUT/matcher-scamwatch.txt")
M_HS=$(matches "hyperscan per-text" "$OUT/matcher-peers.txt")
M_AC=$(matches "pyahocorasick per-text" "$OUT/matcher-peers.txt")
if [ "$M_SW" != "$M_HS" ] || [ "$M_SW" != "$M_AC" ]; then
  echo "match counts differ: scamwatch $M_SW, hyperscan $M_HS, pyahocorasick $M_AC" >&2
  exit 1
fi
PHRASES=$(sed -n 's/^phrases \([0-9]*\) .*/\1/p' "$OUT/matcher-scamwatch.txt")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
CPU=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
CORES=$(nproc)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
DATE=$(date -u +%Y-%m-%d)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo "?")

cat > "$OUT/report.md" <<MD
Run of \`benches/compare.sh $POSTS\` on $DATE (commit $COMMIT), $CPU, $CORES cores,
load average before the run $LOAD. Input: $POSTS messages from \`scamwatch firehose --stdout
--count $POSTS --seed $SEED --rate $RATE\` ($BYTES bytes); single-core figures pinned with
\`${PIN[*]:-(no taskset)}\`.

| what | scamwatch | peer | scamwatch ÷ peer |
|---|---:|---:|---:|
| (a)+(c) whole path, posts/s (median of 3) | $A | $C (Python detector) | $(ratio "$A" "$C") |
| (b) phrase automaton, texts/s, one call per text | $SW_EACH | $HS_EACH (Hyperscan) | $(ratio "$SW_EACH" "$HS_EACH") |
| (b) phrase automaton, texts/s, one call per text | $SW_EACH | $AC_EACH (pyahocorasick) | $(ratio "$SW_EACH" "$AC_EACH") |
| (b) phrase automaton, texts/s, all texts in one call | $SW_JOIN | $HS_JOIN (Hyperscan) | $(ratio "$SW_JOIN" "$HS_JOIN") |
| (b) phrase automaton, texts/s, all texts in one call | $SW_JOIN | $AC_JOIN (pyahocorasick) | $(ratio "$SW_JOIN" "$AC_JOIN") |

- Matcher: $PHRASES phrases, every overlapping match, $M_SW matches in every engine. The whole
  scamwatch scanner (automaton + regexes, on the same posts): $SW_SCAN texts/s.
- Goal: twice the all-time peak of ~143,000 posts/s on one core = 286,000 posts/s; the whole
  path does $(ratio "$A" 286000)× that.
- scamwatch: $SUMMARY
- $PEER_SUMMARY

History row:

| $DATE | $COMMIT | $CPU | $POSTS | $A | $C | $(ratio "$A" "$C") | $SW_EACH | $HS_EACH | $AC_EACH | $LOAD |
MD
cat "$OUT/report.md"

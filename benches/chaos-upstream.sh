#!/usr/bin/env bash
# Chaos soak: the upstream killed with SIGKILL every few seconds for minutes
# (docs/reliability.md#chaos). `scamwatch firehose --platform bluesky` speaks Jetstream and
# resumes from the `cursor` a client asks for, as the real Jetstream does; `scamwatch serve`
# reads it, and every KILL_EVERY seconds the firehose is killed and started again on the same
# port. At the end, what serve wrote to its JSONL sink must be exactly what `replay` writes for
# the same stream up to the last message serve decided: every post decided once, no alert
# twice, none lost. Run from the repository root:
#
#   nice -n 10 benches/chaos-upstream.sh [SECONDS] [RATE] [KILL_EVERY]   # default 180 2000 5
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN="${1:-180}"
RATE="${2:-2000}"
KILL_EVERY="${3:-5}"
TARGET="${CARGO_TARGET_DIR:-target}"
OUT=target/bench
mkdir -p "$OUT"
# SCAMWATCH_BIN: a scamwatch already built (then nothing is built).
if [ -z "${SCAMWATCH_BIN:-}" ]; then
  cargo build --release --quiet --bin scamwatch
fi
BIN="${SCAMWATCH_BIN:-$TARGET/release/scamwatch}"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# shellcheck source=benches/lib.sh
source benches/lib.sh

TOKEN="chaos-token"
export SCAMWATCH_HTTP_TOKEN="$TOKEN"
DATA=$(mktemp -d)
FH_ARGS=(firehose --platform bluesky --rate "$RATE")

"$BIN" "${FH_ARGS[@]}" --listen 127.0.0.1:0 > "$OUT/chaos-firehose.out" 2>&1 &
FH=$!; PIDS+=("$FH")
WS=$(listening "$OUT/chaos-firehose.out")
PORT=${WS##*:}; PORT=${PORT%%/*}

cat > "$DATA/serve.toml" <<EOF
[source]
url = "jetstream:ws://127.0.0.1:$PORT/subscribe"
backoff_initial_ms = 50
backoff_max_ms = 500
[http]
listen = "127.0.0.1:0"
[state]
data_dir = "$DATA/data"
[reload]
watch = false
[jsonl]
path = "$DATA/records.jsonl"
EOF
"$BIN" serve --config "$DATA/serve.toml" > "$OUT/chaos-serve.out" 2> "$OUT/chaos-serve.err" &
SERVE=$!; PIDS+=("$SERVE")
HTTP=$(listening "$OUT/chaos-serve.out")
scrape() { curl -fsS -H "Authorization: Bearer $TOKEN" "$HTTP/metrics"; }
value() { awk -v k="$1" '$1 == k { print $2; found = 1 } END { if (!found) print 0 }' <<<"$PAGE"; }

START=$(date +%s)
KILLS=0
while [ $(( $(date +%s) - START )) -lt "$SECONDS_TO_RUN" ]; do
  sleep "$KILL_EVERY"
  kill -9 "$FH"; wait "$FH" 2>/dev/null || true
  KILLS=$((KILLS + 1))
  # Started again on the same port (the service retries meanwhile); tried again if the port
  # is not free yet.
  for _ in $(seq 1 100); do
    "$BIN" "${FH_ARGS[@]}" --listen "127.0.0.1:$PORT" > "$OUT/chaos-firehose.out" 2>&1 &
    FH=$!; PIDS+=("$FH")
    for _ in $(seq 1 40); do
      grep -q '^listening on ' "$OUT/chaos-firehose.out" 2>/dev/null && break
      kill -0 "$FH" 2>/dev/null || break
      sleep 0.05
    done
    grep -q '^listening on ' "$OUT/chaos-firehose.out" 2>/dev/null && break
    kill -9 "$FH" 2>/dev/null || true; sleep 0.1
  done
done
kill -9 "$FH"; wait "$FH" 2>/dev/null || true
# Everything received is decided, then the service stops (its last records written).
for _ in $(seq 1 600); do
  PAGE=$(scrape)
  [ "$(value 'scamwatch_queue_depth{queue="detector"}')" = "0" ] && break
  sleep 0.1
done
PAGE=$(scrape)
POSTS=$(value scamwatch_posts_processed_total)
EVENTS=$(value scamwatch_account_events_total)
DUPS=$(value scamwatch_posts_duplicate_total)
RECONNECTS=$(value scamwatch_websocket_reconnects_total)
kill "$SERVE"; wait "$SERVE" 2>/dev/null || true

# The same stream from the start, far enough to cover what serve decided; its prefix up to
# the POSTS-th post is what serve should have decided. (Account events are not counted: one
# re-sent after a resume is counted again by scamwatch_account_events_total, and changes
# nothing, since a security event already in an account's history is not added twice.)
"$BIN" firehose --platform bluesky --rate "$RATE" --stdout --count $(( ${POSTS%.*} * 2 + 10000 )) > "$DATA/stream.jsonl"
python3 - "$DATA/stream.jsonl" "$POSTS" "$DATA/prefix.jsonl" <<'PY'
import json, sys
src, posts, dst = sys.argv[1], int(float(sys.argv[2])), sys.argv[3]
p = 0
with open(src) as f, open(dst, "w") as out:
    for line in f:
        if p == posts:
            break
        c = json.loads(line).get("commit") or {}
        if c.get("operation") == "create" and c.get("collection") == "app.bsky.feed.post":
            p += 1
        out.write(line)
if p != posts:
    sys.exit(f"prefix not found: {p} of {posts} posts")
PY
"$BIN" replay "$DATA/prefix.jsonl" 2> "$OUT/chaos-replay.err" | grep -v '"kind":"reload"' > "$DATA/expected.jsonl" || true
grep -v '"kind":"reload"' "$DATA/records.jsonl" > "$DATA/got.jsonl" || true
ALERTS=$(grep -c '"kind":"alert"' "$DATA/got.jsonl" || true)
DISTINCT=$(grep '"kind":"alert"' "$DATA/got.jsonl" | sed 's/.*"alert_id":"\([^"]*\)".*/\1/' | sort -u | wc -l)
if cmp -s "$DATA/expected.jsonl" "$DATA/got.jsonl"; then SAME=yes; else SAME=no; fi
echo "| $(date -u +%Y-%m-%d) | $(git rev-parse --short HEAD 2>/dev/null || echo ?) | ${SECONDS_TO_RUN}s at $RATE msgs/s, killed every ${KILL_EVERY}s | $KILLS kills, $RECONNECTS reconnect attempts | $POSTS posts, $EVENTS account events decided, $DUPS re-sent posts dropped | $ALERTS alerts ($DISTINCT distinct) | records equal replay's: $SAME |"
[ "$SAME" = yes ] || { diff <(head -c 2000 "$DATA/expected.jsonl") <(head -c 2000 "$DATA/got.jsonl") | head -20; exit 1; }

#!/usr/bin/env bash
# Overload soak: `scamwatch firehose` offers ten times what `scamwatch serve` can decide on this
# machine, and the script records, once a second, the service's memory (RSS), how far behind
# the offered schedule detection is, its queue and its lag metrics, until detection has caught
# up with everything the firehose offered (docs/reliability.md#overload). Run from the
# repository root, niced on a shared machine:
#
#   nice -n 10 benches/soak.sh [SUSTAINABLE] [OFFER_SECS] [ACCOUNTS]
#
# SUSTAINABLE  posts/s serve decides at saturation on this machine; measured first (20 s at
#              an offered rate it cannot meet) when absent or 0.
# OFFER_SECS   the length of the offered schedule at ten times SUSTAINABLE (default 15): the
#              firehose is asked for 10 × SUSTAINABLE × OFFER_SECS messages at that rate, then
#              stops. Backpressure holds it to what serve decides, so serve is saturated for
#              about ten times as long, then the load drops and detection catches up.
# ACCOUNTS     the firehose's population (default 1,000,000), against a detector bound of
#              200,000 accounts ([limits.detector]), so that the bound and its evictions show.
#
# Writes target/bench/soak.csv (one row a second) and prints a summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

SUSTAINABLE="${1:-0}"
OFFER_SECS="${2:-15}"
ACCOUNTS="${3:-1000000}"
TARGET="${CARGO_TARGET_DIR:-target}"
OUT=target/bench
mkdir -p "$OUT"
cargo build --release --quiet --bin scamwatch
BIN="$TARGET/release/scamwatch"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# shellcheck source=benches/lib.sh
source benches/lib.sh

TOKEN="soak-token"
export SCAMWATCH_HTTP_TOKEN="$TOKEN"
DATA=$(mktemp -d)
CFG="$DATA/serve.toml"

# Starts serve on upstream $1 with the soak's bounds; sets SERVE_PID and HTTP. The reconnect
# backoff is long (15-30 s) so that the firehose, which starts its stream over for a new
# connection, is stopped before serve comes back once it has sent its count.
start_serve() {
  rm -rf "$DATA/data"
  cat > "$CFG" <<EOF
[source]
url = "$1"
backoff_initial_ms = 30000
backoff_max_ms = 30000
[http]
listen = "127.0.0.1:0"
[state]
data_dir = "$DATA/data"
[reload]
watch = false
[limits.detector]
accounts = 200000
EOF
  "$BIN" serve --config "$CFG" > "$OUT/soak-serve.out" 2> "$OUT/soak-serve.err" &
  SERVE_PID=$!
  PIDS+=("$SERVE_PID")
  HTTP=$(listening "$OUT/soak-serve.out")
}

scrape() { curl -fsS -H "Authorization: Bearer $TOKEN" "$HTTP/metrics"; }
# value NAME_WITH_LABELS: the value of one series of the last scrape ($PAGE).
value() { awk -v k="$1" '$1 == k { print $2; found = 1 } END { if (!found) print 0 }' <<<"$PAGE"; }
rss_mb() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

if [ "$SUSTAINABLE" = "0" ]; then
  # Calibration: an offered rate serve cannot meet; what it decides per second is the figure.
  "$BIN" firehose --listen 127.0.0.1:0 --rate 1000000 --accounts "$ACCOUNTS" \
    > "$OUT/soak-firehose.out" 2> "$OUT/soak-firehose.err" &
  FH=$!; PIDS+=("$FH")
  start_serve "$(listening "$OUT/soak-firehose.out")"
  sleep 10
  PAGE=$(scrape); P0=$(value scamwatch_posts_processed_total); T0=$(date +%s.%N)
  sleep 20
  PAGE=$(scrape); P1=$(value scamwatch_posts_processed_total); T1=$(date +%s.%N)
  SUSTAINABLE=$(awk -v a="$P0" -v b="$P1" -v t0="$T0" -v t1="$T1" 'BEGIN { printf "%d", (b - a) / (t1 - t0) }')
  echo "sustainable: $SUSTAINABLE posts/s (decided at saturation, 20 s)"
  kill "$SERVE_PID" "$FH"; wait "$SERVE_PID" "$FH" 2>/dev/null || true
fi

RATE=$((SUSTAINABLE * 10))
COUNT=$((RATE * OFFER_SECS))
"$BIN" firehose --listen 127.0.0.1:0 --rate "$RATE" --count "$COUNT" --accounts "$ACCOUNTS" \
  > "$OUT/soak-firehose.out" 2> "$OUT/soak-firehose.err" &
FH=$!; PIDS+=("$FH")
WS=$(listening "$OUT/soak-firehose.out")
start_serve "$WS"

CSV="$OUT/soak.csv"
echo "t_s,serve_rss_mb,firehose_rss_mb,received,processed,offered,behind_msgs,behind_s,queue_depth,decision_lag_s,event_lag_s,source_wait_s,accounts,account_evictions,seen_ids" > "$CSV"
START=$(date +%s.%N)
EVENT_LAG0=""
PEAK=0; MAXBEHIND=0; CAUGHT=""; RECEIVED=0; UPSTREAM_DONE=""
while :; do
  sleep 1
  PAGE=$(scrape) || break
  NOW=$(date +%s.%N)
  T=$(awk -v a="$START" -v b="$NOW" 'BEGIN { printf "%.1f", b - a }')
  RSS=$(rss_mb "$SERVE_PID"); FRSS=$(rss_mb "$FH")
  RECEIVED=$(value scamwatch_messages_received_total)
  PROCESSED=$(value scamwatch_posts_processed_total)
  # Decided messages: posts and account events.
  DECIDED=$(awk -v a="$PROCESSED" -v b="$(value scamwatch_account_events_total)" 'BEGIN { printf "%d", a + b }')
  OFFERED=$(awk -v t="$T" -v r="$RATE" -v c="$COUNT" 'BEGIN { o = t * r; if (o > c) o = c; printf "%d", o }')
  BEHIND=$((OFFERED - DECIDED)); [ "$BEHIND" -lt 0 ] && BEHIND=0
  BEHIND_S=$(awk -v b="$BEHIND" -v s="$SUSTAINABLE" 'BEGIN { printf "%.1f", b / s }')
  QUEUE=$(value 'scamwatch_queue_depth{queue="detector"}')
  DLAG=$(value scamwatch_decision_lag_seconds)
  ELAG=$(value scamwatch_event_lag_seconds)
  [ -z "$EVENT_LAG0" ] && [ "$PROCESSED" != "0" ] && EVENT_LAG0="$ELAG"
  ELAG_REL=$(awk -v a="$ELAG" -v b="${EVENT_LAG0:-$ELAG}" 'BEGIN { printf "%.1f", a - b }')
  WAIT=$(value scamwatch_source_queue_wait_seconds_total)
  ACC=$(value 'scamwatch_map_entries{map="accounts"}')
  EVI=$(value 'scamwatch_evictions_total{map="accounts",reason="capacity"}')
  SEEN=$(value 'scamwatch_map_entries{map="seen_ids"}')
  echo "$T,$RSS,$FRSS,$RECEIVED,$PROCESSED,$OFFERED,$BEHIND,$BEHIND_S,$QUEUE,$DLAG,$ELAG_REL,$WAIT,$ACC,$EVI,$SEEN" >> "$CSV"
  if [ -z "$UPSTREAM_DONE" ] && [ "$RECEIVED" -ge "$COUNT" ]; then
    # Everything offered was accepted: the load drops to nothing.
    UPSTREAM_DONE="$T"
    kill "$FH" 2>/dev/null || true
    echo "the firehose sent its $COUNT messages by ${T}s (unthrottled: ${OFFER_SECS}s)"
  fi
  PEAK=$(awk -v a="$PEAK" -v b="$RSS" 'BEGIN { print (b > a) ? b : a }')
  [ "$BEHIND" -gt "$MAXBEHIND" ] && MAXBEHIND=$BEHIND
  if [ -z "$CAUGHT" ] && [ "$DECIDED" -ge "$COUNT" ]; then
    CAUGHT="$T"
    echo "caught up at ${T}s: every one of the $COUNT messages offered decided"
    break
  fi
  # A stuck run ends (the budget: twenty times the offered schedule, plus two minutes: on a
  # shared machine the decision rate can fall well below the calibrated one).
  if awk -v t="$T" -v o="$OFFER_SECS" 'BEGIN { exit !(t > 20 * o + 120) }'; then
    echo "did not catch up within $((20 * OFFER_SECS + 120)) s" >&2
    break
  fi
done
# Ten seconds idle after catching up: the memory it settles at.
sleep 10
IDLE=$(rss_mb "$SERVE_PID")
PAGE=$(scrape)
CPU=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "| $(date -u +%Y-%m-%d) | $(git rev-parse --short HEAD 2>/dev/null || echo ?) | $CPU, $(nproc) vCPU | sustainable $SUSTAINABLE/s | offered $RATE/s for ${OFFER_SECS}s ($COUNT msgs) | upstream done at ${UPSTREAM_DONE:-never}s, caught up at ${CAUGHT:-never}s | max behind $MAXBEHIND msgs | peak RSS ${PEAK} MB, idle ${IDLE} MB | source waited $(value scamwatch_source_queue_wait_seconds_total)s | account evictions $(value 'scamwatch_evictions_total{map="accounts",reason="capacity"}') | load $(cut -d' ' -f1-3 /proc/loadavg) |"

#!/usr/bin/env bash
# The service under load: `scamwatch firehose` feeding `scamwatch serve` over websocket, with the
# sustained posts/s and the ingest→decision latency p50/p99 scraped from GET /metrics.
# Run from the repository root:
#
#   benches/load.sh [RATE] [SECONDS]     # default 100000 posts/s offered, for 30 s
#
# Needs `scamwatch serve` (it prints `listening on http://ADDR` on stdout and exports
# scamwatch_posts_processed_total and the scamwatch_ingest_to_decision_seconds histogram).
# Offered load is the firehose's --rate; the figure to read is the *sustained* rate: posts
# processed per second between two scrapes. The firehose generates on one core at roughly
# 450,000 messages/s, so offered rates above that are capped by the generator, not by serve.
set -euo pipefail
cd "$(dirname "$0")/.."

RATE="${1:-100000}"
SECONDS_TO_RUN="${2:-30}"
TARGET="${CARGO_TARGET_DIR:-target}"
OUT=target/bench
mkdir -p "$OUT"
cargo build --release --quiet --bin scamwatch
BIN="$TARGET/release/scamwatch"
# The service under test; another build of scamwatch can be pointed at with SERVE_BIN.
SERVE_BIN="${SERVE_BIN:-$BIN}"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# shellcheck source=benches/lib.sh
source benches/lib.sh

# Every route but the health checks needs the API token (docs/serve.md#access).
TOKEN="load-token"
export SCAMWATCH_HTTP_TOKEN="$TOKEN"

"$BIN" firehose --listen 127.0.0.1:0 --rate "$RATE" > "$OUT/firehose.out" 2> "$OUT/firehose.err" &
PIDS+=($!)
WS=$(listening "$OUT/firehose.out" 200)

DATA=$(mktemp -d)
"$SERVE_BIN" serve --source "$WS" --http 127.0.0.1:0 --data-dir "$DATA" --no-watch \
  > "$OUT/serve.out" 2> "$OUT/serve.err" &
PIDS+=($!)
HTTP=$(listening "$OUT/serve.out" 200)

scrape() { curl -fsS -H "Authorization: Bearer $TOKEN" "$HTTP/metrics"; }
processed() { scrape | awk '$1 == "scamwatch_posts_processed_total" { print $2 }'; }

sleep 5 # warm-up: connection, first history
P0=$(processed); T0=$(date +%s.%N)
sleep "$SECONDS_TO_RUN"
P1=$(processed); T1=$(date +%s.%N)
scrape > "$OUT/metrics.txt"

# p50/p99 from the cumulative histogram buckets: the first bucket bound whose count reaches
# the quantile (an upper bound of the true quantile, at the bucket resolution).
quantile() {
  awk -v q="$1" '
    /^scamwatch_ingest_to_decision_seconds_bucket/ {
      match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5); n++; bound[n] = le; cum[n] = $2
    }
    /^scamwatch_ingest_to_decision_seconds_count/ { total = $2 }
    END { for (i = 1; i <= n; i++) if (cum[i] >= q * total) { print bound[i]; exit } }
  ' "$OUT/metrics.txt"
}
RATE_OUT=$(awk -v a="$P0" -v b="$P1" -v t0="$T0" -v t1="$T1" 'BEGIN { printf "%.0f", (b - a) / (t1 - t0) }')
P50=$(quantile 0.5)
P99=$(quantile 0.99)
CPU=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "| $(date -u +%Y-%m-%d) | $(git rev-parse --short HEAD 2>/dev/null || echo ?) | $CPU | offered $RATE/s | sustained $RATE_OUT posts/s | p50 ≤ ${P50}s | p99 ≤ ${P99}s | load $(cut -d' ' -f1-3 /proc/loadavg) |"

#!/usr/bin/env bash
# Cluster mode throughput (docs/performance.md#cluster-mode): one stream of posts decided by a
# single process (`replay`, the detector `serve` runs) and by 1, 2 and 3 workers on NATS
# JetStream and Redis, all on this machine.
#
#   benches/cluster.sh [POSTS] [SCAMWATCH]
#
# POSTS: firehose posts (default 200000); SCAMWATCH: the binary (default target/release/
# scamwatch; build it with `cargo build --release`). Needs nats-server, redis-server and
# redis-cli (Debian: nats-server, redis-server). Servers run on free loopback ports in a
# temporary directory and are stopped at the end. Prints one table row per run: posts/s of
# the decision (ingest excluded: the stream is filled first), Redis round trips per post, and
# the records, which must be the same in every row. Then the end-to-end delay: two workers
# running, the ingest publishing LATENCY_POSTS posts at LATENCY_RATE a second (defaults 60000
# and 10000), and the p50/p99 of scamwatch_cluster_ingest_to_decision_seconds (publish to the
# commit of the decision).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-200000}
SW=${2:-target/release/scamwatch}
LATENCY_POSTS=${LATENCY_POSTS:-60000}
LATENCY_RATE=${LATENCY_RATE:-10000}
TMP=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
wait_for_log() { # file needle
  for _ in $(seq 200); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "timed out waiting for '$2' in $1" >&2; exit 1
}

"$SW" firehose --stdout --count "$POSTS" --rate 2000 > "$TMP/posts.jsonl"

start=$(now)
"$SW" replay "$TMP/posts.jsonl" > "$TMP/replay.out" 2> "$TMP/replay.err"
end=$(now)
records=$(wc -l < "$TMP/replay.out")
printf '| %-26s | %9s | %12s | %8s |\n' run "posts/s" "Redis RT/post" records
printf '| %-26s | %9.0f | %12s | %8s |\n' "single process (replay)" "$(echo "$POSTS / ($end - $start)" | bc -l)" "-" "$records"

for workers in 1 2 3; do
  NP=$(free_port); RP=$(free_port)
  mkdir -p "$TMP/js$workers" "$TMP/rd$workers"
  nats-server -js -a 127.0.0.1 -p "$NP" -sd "$TMP/js$workers" > "$TMP/nats$workers.log" 2>&1 &
  PIDS+=($!); NATS_PID=$!
  redis-server --port "$RP" --bind 127.0.0.1 --dir "$TMP/rd$workers" --save "" --appendonly no \
    > "$TMP/redis$workers.log" 2>&1 &
  PIDS+=($!); REDIS_PID=$!
  wait_for_log "$TMP/nats$workers.log" "Server is ready"
  wait_for_log "$TMP/redis$workers.log" "Ready to accept connections"
  cat > "$TMP/cfg$workers.toml" <<TOML
[detector]
rules = "rules"
[cluster]
nats_url = "nats://127.0.0.1:$NP"
redis_url = "redis://127.0.0.1:$RP"
partitions = 6
metrics_listen = "127.0.0.1:0"
metrics_auth = "none"
TOML
  "$SW" ingest --config "$TMP/cfg$workers.toml" "$TMP/posts.jsonl" 2> "$TMP/ingest$workers.err"
  last=$(grep -o '[0-9]* published' "$TMP/ingest$workers.err" | cut -d' ' -f1)
  start=$(now)
  WPIDS=()
  for w in $(seq "$workers"); do
    "$SW" worker --config "$TMP/cfg$workers.toml" > "$TMP/w$workers-$w.out" 2> "$TMP/w$workers-$w.err" &
    PIDS+=($!); WPIDS+=($!)
  done
  # Done when every partition committed the stream's last post of its own.
  while :; do
    done_parts=0
    for p in 0 1 2 3 4 5; do
      c=$(redis-cli -p "$RP" GET "sw:part:$p:committed"); c=${c:-0}
      s=$(redis-cli -p "$RP" GET "sw:part:$p:done"); s=${s:-0}
      [ "$s" -ge "$last" ] && [ "$c" -gt 0 ] && done_parts=$((done_parts + 1))
    done
    [ "$done_parts" -eq 6 ] && break
    sleep 0.05
  done
  end=$(now)
  rt=0
  for w in $(seq "$workers"); do
    addr=$(sed -n 's/^metrics on http:\/\///p' "$TMP/w$workers-$w.out")
    n=$(curl -s "http://$addr/metrics" | awk '/^scamwatch_cluster_redis_round_trips_total/ {print $2}')
    rt=$((rt + ${n:-0}))
  done
  got=$("$SW" cluster-records --config "$TMP/cfg$workers.toml" | wc -l)
  printf '| %-26s | %9.0f | %12.3f | %8s |\n' "$workers worker(s), 6 partitions" \
    "$(echo "$POSTS / ($end - $start)" | bc -l)" "$(echo "$rt / $POSTS" | bc -l)" "$got"
  kill "${WPIDS[@]}" "$NATS_PID" "$REDIS_PID" 2>/dev/null || true
  wait "${WPIDS[@]}" "$NATS_PID" "$REDIS_PID" 2>/dev/null || true
done

# The end-to-end delay at a pace below capacity: workers first, then a paced ingest.
NP=$(free_port); RP=$(free_port)
mkdir -p "$TMP/jsl" "$TMP/rdl"
nats-server -js -a 127.0.0.1 -p "$NP" -sd "$TMP/jsl" > "$TMP/natsl.log" 2>&1 &
PIDS+=($!)
redis-server --port "$RP" --bind 127.0.0.1 --dir "$TMP/rdl" --save "" --appendonly no \
  > "$TMP/redisl.log" 2>&1 &
PIDS+=($!)
wait_for_log "$TMP/natsl.log" "Server is ready"
wait_for_log "$TMP/redisl.log" "Ready to accept connections"
cat > "$TMP/cfgl.toml" <<TOML
[detector]
rules = "rules"
[cluster]
nats_url = "nats://127.0.0.1:$NP"
redis_url = "redis://127.0.0.1:$RP"
partitions = 6
metrics_listen = "127.0.0.1:0"
metrics_auth = "none"
TOML
for w in 1 2; do
  "$SW" worker --config "$TMP/cfgl.toml" > "$TMP/wl-$w.out" 2> "$TMP/wl-$w.err" &
  PIDS+=($!)
done
for w in 1 2; do wait_for_log "$TMP/wl-$w.out" "metrics on"; done
sleep 3 # the two workers share out the partitions before the first post
head -n "$LATENCY_POSTS" "$TMP/posts.jsonl" > "$TMP/latency.jsonl"
"$SW" ingest --config "$TMP/cfgl.toml" --rate "$LATENCY_RATE" "$TMP/latency.jsonl" 2> /dev/null
# Done when the histograms have counted every post.
while :; do
  pages=""
  for w in 1 2; do
    addr=$(sed -n 's/^metrics on http:\/\///p' "$TMP/wl-$w.out")
    pages+=$(curl -s "http://$addr/metrics")$'\n'
  done
  n=$(echo "$pages" | awk '/^scamwatch_cluster_ingest_to_decision_seconds_count/ {s+=$2} END {print s+0}')
  [ "$n" -ge "$LATENCY_POSTS" ] && break
  sleep 0.2
done
echo "$pages" | python3 -c '
import sys, collections
b = collections.Counter()
for l in sys.stdin:
    if l.startswith("scamwatch_cluster_ingest_to_decision_seconds_bucket"):
        le = l.split("le=\"")[1].split("\"")[0]
        b[float("inf") if le == "+Inf" else float(le)] += float(l.split()[-1])
total = b[float("inf")]
def q(p):
    for le in sorted(b):
        if b[le] >= p * total:
            return le
print(f"end-to-end, 2 workers, {int(total)} posts at '"$LATENCY_RATE"'/s: p50 <= {q(0.5)} s, p99 <= {q(0.99)} s (histogram bucket bounds)")
'


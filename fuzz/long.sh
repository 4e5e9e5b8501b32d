#!/usr/bin/env bash
# The long fuzz run of docs/reliability.md: every target (or the ones named) for SECONDS each,
# LANES targets at a time, at the lowest CPU priority so builds on the same machine go first.
# Prints one row per target: executions, CPU seconds, corpus size, and whether it failed.
#
#   fuzz/long.sh [-t SECONDS] [-l LANES] [-o OUTDIR] [TARGET...]
#
# Run from the repository root after `cargo +nightly fuzz build -s none` and `python3
# fuzz/seed.py`. The binaries are copied to OUTDIR first, so the fuzz crate can be rebuilt while
# the run goes on; each target's corpus is fuzz/corpus/TARGET (grown in place), failing inputs go
# to OUTDIR/artifacts/TARGET/ and the whole libFuzzer log to OUTDIR/TARGET.log.
set -euo pipefail

secs=1800
lanes=1
out=fuzz/long
while getopts "t:l:o:" opt; do
  case $opt in
    t) secs=$OPTARG ;;
    l) lanes=$OPTARG ;;
    o) out=$OPTARG ;;
    *) echo "usage: $0 [-t SECONDS] [-l LANES] [-o OUTDIR] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

bin=fuzz/target/x86_64-unknown-linux-gnu/release
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo +nightly fuzz list)
fi
mkdir -p "$out/bin"
for t in "${targets[@]}"; do
  [ -x "$bin/$t" ] || { echo "no binary $bin/$t: run cargo +nightly fuzz build -s none" >&2; exit 2; }
  cp "$bin/$t" "$out/bin/$t"
done

run_one() {
  local t=$1
  mkdir -p "$out/artifacts/$t" "fuzz/corpus/$t"
  # GNU time's %U+%S is the CPU the target really got (less than SECONDS when the machine was
  # busy: the run is nice 19).
  /usr/bin/time -f "%U %S" -o "$out/$t.cpu" \
    nice -n 19 "$out/bin/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$out/artifacts/$t/" "fuzz/corpus/$t" \
    >"$out/$t.log" 2>&1 || true
  local execs cpu corpus crashes
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$t.log" | grep -o '[0-9]*$' || echo "?")
  cpu=$(awk '{printf "%.0f", $1 + $2}' "$out/$t.cpu" 2>/dev/null || echo "?")
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  crashes=$(find "$out/artifacts/$t" -type f | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$execs" "$cpu" "$corpus" "$crashes" | tee -a "$out/summary.tsv"
}

printf 'target\texecutions\tcpu_s\tcorpus\tfailing_inputs\n' | tee "$out/summary.tsv"
i=0
for t in "${targets[@]}"; do
  run_one "$t" &
  i=$((i + 1))
  if [ $((i % lanes)) -eq 0 ]; then wait; fi
done
wait

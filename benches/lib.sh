# Shared by the load, soak and chaos scripts (sourced, not run).

# listening FILE [TRIES]: prints the URL of the `listening on URL` line a server writes to FILE
# once bound; waits at most TRIES × 50 ms (default 600: 30 s).
listening() {
  local file="$1" tries="${2:-600}" i
  for i in $(seq 1 "$tries"); do
    if grep -q '^listening on ' "$file" 2>/dev/null; then
      sed -n 's/^listening on //p' "$file" | head -1
      return 0
    fi
    sleep 0.05
  done
  echo "no 'listening on' line in $file" >&2
  return 1
}

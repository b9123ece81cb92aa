#!/usr/bin/env bash
# Time from starting the installed launcher to its window being mapped, under Xvfb.
# Needs the .deb installed (/opt/unlisted). Each run uses a fresh data folder (first-run screen).
# Usage: startup-bench.sh [runs]   Prints each run in ms, then the median.
set -euo pipefail

runs="${1:-7}"
display=":98"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
sleep 1

times=()
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d /tmp/unlisted-bench.XXXXXX)"
  start=$(date +%s%N)
  DISPLAY="$display" UNLISTED_HOME="$data" /opt/unlisted/bin/unlisted >/dev/null 2>&1 &
  pid=$!
  # Poll every 20 ms for a visible window named Unlisted.
  until DISPLAY="$display" xdotool search --onlyvisible --name '^Unlisted$' >/dev/null 2>&1; do
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  sleep 1
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms"}'

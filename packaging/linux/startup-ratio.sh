#!/usr/bin/env bash
# Cold start of the app against the smallest JavaFX window on the same JVM and JavaFX jars, under
# Xvfb: time from launching the process to its window being mapped, each run a fresh JVM and a
# fresh data folder, the two taking turns. Prints each run, the medians and the ratio.
# Needs: mvn -B -q install -DskipTests && mvn -B -q -pl app test-compile   (from the repository root)
# Usage: packaging/linux/startup-ratio.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
display=":97"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
sleep 1

time_window() { # title, command...
  local title="$1"; shift
  local data; data="$(mktemp -d /tmp/unlisted-start.XXXXXX)"
  local start; start=$(date +%s%N)
  DISPLAY="$display" UNLISTED_HOME="$data" "$@" >/dev/null 2>&1 &
  local pid=$!
  until DISPLAY="$display" xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "$title exited before showing a window" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  sleep 1
}

app=(); minimal=()
for i in $(seq 1 "$runs"); do
  m=$(time_window Minimal java -cp "app/target/test-classes:app/target/lib/*" 'org.unlisted.bench.MinimalWindow$Launcher')
  a=$(time_window Unlisted java -jar app/target/unlisted.jar)
  echo "run $i: minimal window $m ms, Unlisted $a ms"
  minimal+=("$m"); app+=("$a")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m=$(median "${minimal[@]}"); a=$(median "${app[@]}")
echo "median: minimal window $m ms, Unlisted $a ms, ratio $(awk -v a="$a" -v m="$m" 'BEGIN {printf "%.2f", a / m}') (target at most 1.3)"

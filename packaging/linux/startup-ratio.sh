#!/usr/bin/env bash
# Cold start of the app against the smallest JavaFX window on the same JVM and JavaFX jars, under
# Xvfb: time from launching the process to its window being mapped, each run a fresh JVM and a
# fresh data folder, the two taking turns. Prints each run, the medians and the ratio.
# Needs: mvn -B -q install -DskipTests && mvn -B -q -pl app test-compile   (from the repository root)
# Usage: packaging/linux/startup-ratio.sh [runs] [--cds]
#   --cds: each program first gets its own class-data sharing archive, made from the classes it
#   loads up to its first window, as the installed app does (packaging/linux/build.sh, step 5).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
cds="${2:-}"
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

# The minimal window as a jar: class-data sharing refuses class folders on the class path.
scratch="$(mktemp -d /tmp/unlisted-ratio.XXXXXX)"
(cd app/target/test-classes && jar cf "$scratch/minimal.jar" org/unlisted/bench/MinimalWindow*.class)
minimal_cp="$scratch/minimal.jar:$PWD/app/target/lib/*"
app_cp="$PWD/app/target/unlisted.jar"
minimal_run=(java -cp "$minimal_cp" 'org.unlisted.bench.MinimalWindow$Launcher')
app_run=(java -cp "$app_cp" org.unlisted.Launcher)
if [[ "$cds" == --cds ]]; then
  archives="$scratch"
  for name in minimal app; do
    if [[ $name == minimal ]]; then title=Minimal; cp="$minimal_cp"; main='org.unlisted.bench.MinimalWindow$Launcher'
    else title=Unlisted; cp="$app_cp"; main=org.unlisted.Launcher; fi
    time_window "$title" java -XX:DumpLoadedClassList="$archives/$name.lst" -cp "$cp" "$main" >/dev/null
    java -Xshare:dump -XX:SharedClassListFile="$archives/$name.lst" -XX:SharedArchiveFile="$archives/$name.jsa" \
      -cp "$cp" >/dev/null 2>&1
  done
  minimal_run=(java -XX:SharedArchiveFile="$archives/minimal.jsa" -cp "$minimal_cp" 'org.unlisted.bench.MinimalWindow$Launcher')
  app_run=(java -XX:SharedArchiveFile="$archives/app.jsa" -cp "$app_cp" org.unlisted.Launcher)
  echo "class-data sharing archives: minimal $(wc -l < "$archives/minimal.lst") classes, app $(wc -l < "$archives/app.lst")"
fi

app=(); minimal=()
for i in $(seq 1 "$runs"); do
  m=$(time_window Minimal "${minimal_run[@]}")
  a=$(time_window Unlisted "${app_run[@]}")
  echo "run $i: minimal window $m ms, Unlisted $a ms"
  minimal+=("$m"); app+=("$a")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m=$(median "${minimal[@]}"); a=$(median "${app[@]}")
echo "median: minimal window $m ms, Unlisted $a ms, ratio $(awk -v a="$a" -v m="$m" 'BEGIN {printf "%.2f", a / m}') (target at most 1.3)"

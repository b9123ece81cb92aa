#!/usr/bin/env bash
# Smoke check for the .deb, as root on a Debian/Ubuntu machine or container:
# install it, start the installed app under Xvfb with a throwaway data folder, wait for its
# window, take a screenshot, run `unlisted --version`, uninstall, and check the data folder
# is still there (uninstalling must never take the user's vault).
# Usage: smoke-check.sh [path/to/unlisted_*.deb] [screenshot.png]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
deb="${1:-$(ls "$here"/target/unlisted_*.deb | head -n1)}"
shot="${2:-$here/target/smoke-screenshot.png}"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

# Tools for a display without a screen, finding windows and taking a screenshot.
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
if ((${#need[@]})); then apt-get update -q && apt-get install -y -q "${need[@]}"; fi

data="$(mktemp -d /tmp/unlisted-smoke.XXXXXX)"
display=":97"
xvfb_pid="" app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "== install $deb"
apt-get install -y -q "$deb" >/dev/null   # apt pulls libgtk-3-0 and the other Depends
test -x /opt/unlisted/bin/unlisted
test -f /usr/share/applications/unlisted.desktop
test -f /usr/share/icons/hicolor/256x256/apps/unlisted.png
if [[ -f /opt/unlisted/lib/app/classes.lst ]]; then
  test -s /opt/unlisted/lib/app/unlisted.jsa   # the start-up archive postinst makes
  echo "start-up archive: $(du -h /opt/unlisted/lib/app/unlisted.jsa | cut -f1)"
fi

echo "== --version from the installed launcher"
version_out="$(/opt/unlisted/bin/unlisted --data-dir "$data" --version)"
echo "$version_out"
[[ -n "$version_out" ]]

echo "== start the window under Xvfb"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
sleep 1
start=$(date +%s%N)
DISPLAY="$display" UNLISTED_HOME="$data" /opt/unlisted/bin/unlisted >"$data/../unlisted-smoke.out" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 1 300); do   # up to 30 s
  window="$(DISPLAY="$display" xdotool search --onlyvisible --name '^Unlisted' 2>/dev/null | head -n1 || true)"
  [[ -n "$window" ]] && break
  kill -0 "$app_pid" 2>/dev/null || { echo "app exited early"; cat "$data/../unlisted-smoke.out"; exit 1; }
  sleep 0.1
done
[[ -n "$window" ]] || { echo "no window within 30 s"; exit 1; }
echo "window $window appeared after $(( ($(date +%s%N) - start) / 1000000 )) ms"
DISPLAY="$display" xwininfo -root -tree | grep -i '"Unlisted' | head -n3
sleep 3   # let the first frame paint before the screenshot
DISPLAY="$display" import -window root "$shot"
echo "screenshot: $shot"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "== uninstall; the data folder must stay"
dpkg -r unlisted >/dev/null
[[ ! -e /opt/unlisted ]] || { echo "/opt/unlisted still there"; exit 1; }
[[ ! -e /usr/share/applications/unlisted.desktop ]]
[[ -d "$data" ]] && ls -A "$data" | grep -q . || { echo "data folder gone or empty: $data"; exit 1; }
echo "data folder kept: $data ($(ls -A "$data" | tr '\n' ' '))"
echo "SMOKE CHECK PASSED"

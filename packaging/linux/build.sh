#!/usr/bin/env bash
# Builds the Linux packages: a trimmed Java runtime (jlink, JavaFX included as modules),
# an app-image and a .deb (jpackage). Output: packaging/linux/target/.
# Needs JDK 17+ (jlink, jpackage, jdeps), Maven, and dpkg-deb + fakeroot for the .deb;
# Xvfb and xdotool for the start-up class list (optional, see step 5).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/target"
cd "$root"

# 1. The app jar and its libraries (app/target/unlisted.jar + app/target/lib/).
if [[ "${SKIP_MAVEN:-}" != 1 ]]; then
  mvn -B -q install -DskipTests
fi
app="$root/app/target"
# The version Maven stamped into the jar (from the pom).
version_full="$(unzip -p "$app/unlisted.jar" META-INF/MANIFEST.MF \
  | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
# jpackage and dpkg want a plain numeric version: 0.1.0-SNAPSHOT -> 0.1.0.
version="${version_full%%-*}"

rm -rf "$out"
mkdir -p "$out/input"

# 2. The class path for the packaged app: everything except JavaFX. JavaFX goes into the
#    runtime as modules (from the *-linux.jar platform jars), so it must not be on the class
#    path as well or its classes would be found twice.
cp "$app/unlisted.jar" "$out/input/"
cp "$here/unlisted.desktop" "$out/input/"   # the menu entry; postinst installs it
mkdir -p "$out/input/lib"
for jar in "$app"/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/lib/" ;; esac
done
# sqlite-jdbc carries native libraries for every OS and CPU (15 MB); the .deb needs only
# this machine's. Drop the others from the packaged copy to keep the .deb small.
arch="$(uname -m)"
sqlite_jar="$(ls "$out"/input/lib/sqlite-jdbc-*.jar)"
drop="$(unzip -Z1 "$sqlite_jar" | grep '^org/sqlite/native/.*/lib' | grep -v "^org/sqlite/native/Linux/$arch/" || true)"
[[ -z "$drop" ]] || zip -q -d "$sqlite_jar" $drop

fx_path="$(ls "$app"/lib/javafx-*-linux.jar | tr '\n' ':')"

# 3. Which JDK modules the app needs. jdeps finds the static ones; the extras are loaded
#    reflectively or by service lookup, which jdeps cannot see:
#      java.logging     JUL, used by libraries that log through it (JavaFX, sqlite-jdbc)
#      jdk.crypto.ec    elliptic-curve TLS for HTTPS to broker sites
#      jdk.unsupported  sun.misc.Unsafe (used by several libraries when present)
#      jdk.localedata   dates and numbers in Spanish and French (trimmed by --include-locales)
#      java.management, jdk.zipfs, javafx.fxml: small, asked for by libraries at run time
extra="java.logging,jdk.crypto.ec,jdk.unsupported,jdk.localedata,java.management,jdk.zipfs,javafx.fxml"
if found="$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
      --module-path "$fx_path" --class-path "$out/input/lib/*" \
      "$out/input/unlisted.jar" "$out"/input/lib/*.jar 2>/dev/null)" && [[ -n "$found" ]]; then
  modules="$found,$extra"
else
  echo "jdeps failed; using the explicit module list" >&2
  modules="java.base,java.desktop,java.naming,java.sql,java.xml,javafx.controls,$extra"
fi
echo "Modules: $modules"

# 4. The runtime: JDK modules + JavaFX modules (with their native libraries), trimmed.
jlink --module-path "$fx_path" --add-modules "$modules" \
  --include-locales=en,es,fr \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$out/runtime"

# 5. The classes loaded up to the first window, for a class-data sharing (CDS) archive: read
#    from one mapped file instead of parsed and checked class by class, they make the first
#    window come about twice as fast (docs/BENCHMARKS.md). The list is made here by starting the
#    app under Xvfb with a throwaway data folder; the archive itself is made at install time by
#    the .deb's postinst, because the JVM accepts it only for the exact jar paths it was made for.
#    Without Xvfb and xdotool the package is built without the list and starts the slower way.
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  cp_list="$out/input/unlisted.jar"
  for jar in "$out"/input/lib/*.jar; do cp_list="$cp_list:$jar"; done
  n=90
  while [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]]; do n=$((n + 1)); done   # a display no one uses
  display=":$n"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  scratch="$(mktemp -d)"
  DISPLAY="$display" "$out/runtime/bin/java" -XX:DumpLoadedClassList="$out/input/classes.lst" \
    -cp "$cp_list" org.unlisted.Launcher --data-dir "$scratch" >/dev/null 2>&1 &
  app_pid=$!
  shown=0
  for _ in $(seq 1 600); do
    if DISPLAY="$display" xdotool search --onlyvisible --name '^Unlisted$' >/dev/null 2>&1; then shown=1; break; fi
    sleep 0.1
  done
  [[ $shown == 1 ]] && sleep 3   # the classes used just after the first window (the catalog, the first screen)
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
  if [[ $shown == 1 ]]; then
    echo "Start-up class list: $(wc -l < "$out/input/classes.lst") classes"
  else
    rm -f "$out/input/classes.lst"   # a start that never showed its window is not the one to record
    echo "The app showed no window under Xvfb: packaging without a start-up class list" >&2
  fi
else
  echo "No Xvfb/xdotool: packaging without a start-up class list (slower first start)" >&2
fi

# 6. App-image and .deb. The launcher runs org.unlisted.Launcher from the class path
#    (unlisted.jar's manifest names lib/...; entries for the left-out JavaFX jars are ignored).
common=(
  --name unlisted
  --app-version "$version"
  --vendor "Unlisted contributors"
  --description "Guided, local-only removal from data brokers and people-search sites"
  --copyright "Unlisted contributors, GPL-3.0-or-later"
  --runtime-image "$out/runtime"
  --input "$out/input"
  --main-jar unlisted.jar
  --main-class org.unlisted.Launcher
  --java-options '-XX:SharedArchiveFile=$APPDIR/unlisted.jsa'
  --icon "$root/packaging/icons/unlisted.png"
  --dest "$out"
)
jpackage --type app-image "${common[@]}"

# The .deb: /opt/unlisted, depends on GTK 3. --linux-shortcut makes a postinst that calls
# xdg-desktop-menu, which fails the install where no menu directory exists (a bare container),
# so our own postinst/prerm in resources/ (jpackage's documented override) install the menu
# entry and icon instead, and never fail the install over them.
jpackage --type deb "${common[@]}" \
  --license-file "$root/LICENSE" \
  --install-dir /opt \
  --resource-dir "$here/resources" \
  --linux-package-name unlisted \
  --linux-deb-maintainer "unlisted@localhost" \
  --linux-menu-group "Utility;Security" \
  --linux-app-category utils \
  --linux-package-deps libgtk-3-0 \

ls -l "$out"/*.deb

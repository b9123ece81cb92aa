#!/usr/bin/env bash
# Builds the macOS disk image (.dmg): a trimmed Java runtime with JavaFX (jlink), then jpackage.
# Run on macOS 12+ with JDK 17+ (jlink, jpackage) and Maven. Output: packaging/macos/target/.
# Not run by CI (it cannot run on Linux); see packaging/README.md. Unsigned: to sign and
# notarize, add --mac-sign --mac-signing-key-user-name "..." and notarize the .dmg with notarytool.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$here/target"
cd "$root"

# 1. The app jar and its libraries. On macOS Maven resolves the *-mac (or *-mac-aarch64) JavaFX jars.
if [[ "${SKIP_MAVEN:-}" != 1 ]]; then
  mvn -B -q install -DskipTests
fi
app="$root/app/target"
version_full="$(unzip -p "$app/unlisted.jar" META-INF/MANIFEST.MF \
  | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
version="${version_full%%-*}"   # 0.1.0-SNAPSHOT -> 0.1.0; macOS wants a number

rm -rf "$out"
mkdir -p "$out/input/lib"

# 2. Class path without JavaFX (it goes into the runtime as modules).
cp "$app/unlisted.jar" "$out/input/"
for jar in "$app"/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$out/input/lib/" ;; esac
done

# 3. The runtime: the same modules as on Linux (see linux/build.sh for why each extra is there).
fx_path="$(ls "$app"/lib/javafx-*-mac*.jar | tr '\n' ':')"
modules="java.base,java.desktop,java.naming,java.sql,java.xml,java.logging,jdk.crypto.ec"
modules="$modules,jdk.unsupported,jdk.localedata,java.management,jdk.zipfs,javafx.controls,javafx.fxml"
jlink --module-path "$fx_path" --add-modules "$modules" --include-locales=en,es,fr \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

# 4. The icon: macOS wants .icns, made from the PNG with the system's own tools.
iconset="$out/unlisted.iconset"
mkdir -p "$iconset"
for size in 16 32 64 128 256 512; do
  sips -z "$size" "$size" "$root/packaging/icons/unlisted.png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$out/unlisted.icns"

# 5. The disk image: drag Unlisted to Applications. The vault stays in
#    ~/Library/Application Support/Unlisted when the app is deleted.
jpackage --type dmg --name Unlisted --app-version "$version" \
  --vendor "Unlisted contributors" \
  --description "Guided, local-only removal from data brokers and people-search sites" \
  --copyright "Unlisted contributors, GPL-3.0-or-later" --license-file "$root/LICENSE" \
  --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar unlisted.jar --main-class org.unlisted.Launcher \
  --icon "$out/unlisted.icns" \
  --mac-package-identifier org.unlisted.app --mac-package-name Unlisted \
  --dest "$out"
echo "Built: $out"

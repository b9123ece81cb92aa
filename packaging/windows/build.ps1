# Builds the Windows installer (.msi): a trimmed Java runtime with JavaFX (jlink), then jpackage.
# Run on Windows 10/11 with JDK 17+ (jlink, jpackage), Maven, and the WiX Toolset 3.x on PATH
# (jpackage needs candle.exe and light.exe for .msi). Output: packaging\windows\target\.
# Not run by CI (it cannot run on Linux); see packaging\README.md.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$root = Resolve-Path "$here\..\.."
$out = "$here\target"
Set-Location $root

# 1. The app jar and its libraries. On Windows Maven resolves the *-win JavaFX jars.
if ($env:SKIP_MAVEN -ne "1") { mvn -B -q install -DskipTests }
$app = "$root\app\target"
$manifest = (& jar xf "$app\unlisted.jar" META-INF/MANIFEST.MF; Get-Content META-INF\MANIFEST.MF)
Remove-Item -Recurse -Force META-INF
$versionFull = ($manifest | Select-String "^Implementation-Version: *(.*)$").Matches[0].Groups[1].Value.Trim()
$version = $versionFull.Split("-")[0]   # MSI wants a plain number: 0.1.0-SNAPSHOT -> 0.1.0

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null

# 2. Class path without JavaFX (it goes into the runtime as modules).
Copy-Item "$app\unlisted.jar" "$out\input\"
Get-ChildItem "$app\lib\*.jar" | Where-Object { $_.Name -notlike "javafx-*" } |
    ForEach-Object { Copy-Item $_.FullName "$out\input\lib\" }

# 3. The runtime: the same modules as on Linux (see linux/build.sh for why each extra is there).
$fxPath = (Get-ChildItem "$app\lib\javafx-*-win.jar" | ForEach-Object { $_.FullName }) -join ";"
$modules = "java.base,java.desktop,java.naming,java.sql,java.xml,java.logging,jdk.crypto.ec," +
           "jdk.unsupported,jdk.localedata,java.management,jdk.zipfs,javafx.controls,javafx.fxml"
jlink --module-path $fxPath --add-modules $modules --include-locales=en,es,fr `
      --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"

# 4. The icon: an .ico made from icons\unlisted.png with ImageMagick when it is installed;
#    without one the installer uses Java's default icon.
$icon = @()
if (Get-Command magick -ErrorAction SilentlyContinue) {
    magick "$root\packaging\icons\unlisted.png" -define icon:auto-resize=256,64,48,32,16 "$out\unlisted.ico"
    $icon = @("--icon", "$out\unlisted.ico")
}

# 5. The installer: install folder can be chosen, Start menu entry, desktop shortcut. The vault
#    stays in %APPDATA%\Unlisted when the app is uninstalled.
jpackage --type msi --name Unlisted --app-version $version `
    --vendor "Unlisted contributors" `
    --description "Guided, local-only removal from data brokers and people-search sites" `
    --copyright "Unlisted contributors, GPL-3.0-or-later" --license-file "$root\LICENSE" `
    --runtime-image "$out\runtime" --input "$out\input" `
    --main-jar unlisted.jar --main-class org.unlisted.Launcher `
    @icon `
    --win-menu --win-menu-group Unlisted --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid 6f3c1f0e-3b0a-4c55-9d3e-4b9b0d1b2a71 `
    --dest $out
Write-Host "Built: $out"

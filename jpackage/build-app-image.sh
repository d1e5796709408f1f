#!/usr/bin/env bash
# Builds the Liveness Desk app image (and, with INSTALLER_TYPE=deb|rpm|msi|dmg|exe|pkg, an installer) for the
# current OS from the jars Maven staged in target/jpackage-input. Run through `mvn -Papp-image package`.
set -euo pipefail

VERSION="$1"            # from the pom
TARGET="$2"             # the Maven build directory
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INPUT="$TARGET/jpackage-input"
RUNTIME="$TARGET/jpackage-runtime"
DEST="$TARGET/dist"
NAME="liveness-desk"
MAIN_JAR="$NAME-$VERSION.jar"
# The image's runtime comes from IMAGE_JDK (the pom passes Temurin 25 where this machine has it, see
# docs/performance.md); the app's bytecode stays Java 17, so any JDK from 17 on can carry it.
JDK_HOME="${IMAGE_JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}"
JAVA_BIN="$JDK_HOME/bin"
FEATURE="$("$JAVA_BIN/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
echo "Image JDK: $JDK_HOME (Java $FEATURE)"

case "$(uname -s)" in
  Linux*)  OS=linux;   ICON="$ROOT/assets/icons/icon-256.png" ;;
  Darwin*) OS=mac;     ICON="$ROOT/assets/icons/liveness-desk.icns" ;;
  *)       OS=windows; ICON="$ROOT/assets/icons/liveness-desk.ico" ;;
esac

# jdeps finds the JDK modules the app and its libraries use; jlink then builds a runtime with only those.
# jdk.crypto.ec is added by hand: jdeps misses it, and without it HTTPS to AWS fails (STACK.md trap 9).
# jdk.localedata keeps date and number formats right outside English locales. java.naming: logback's
# configurator links JNDI classes when it reads logback.xml, which jdeps cannot see (found by the image check).
MODULES="$("$JAVA_BIN/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "$INPUT/*" "$INPUT/$MAIN_JAR")"
MODULES="$MODULES,jdk.crypto.ec,jdk.localedata,jdk.zipfs,java.naming"
echo "Runtime modules: $MODULES"

# From Java 21 on jlink names its compression levels; JDK 25 builds without jmods link from the JDK itself.
COMPRESS=--compress=2
[ "$FEATURE" -ge 21 ] && COMPRESS=--compress=zip-6
rm -rf "$RUNTIME" "$DEST/$NAME" "$DEST/$NAME-desktop"
"$JAVA_BIN/jlink" --add-modules "$MODULES" --output "$RUNTIME" \
  --strip-debug --no-header-files --no-man-pages "$COMPRESS" --include-locales=en,de,fr,es,ja,pt \
  --generate-cds-archive

# JVM options of both launchers: the serial collector keeps an idle desktop small (one GC thread, no G1
# remembered sets) and JVM warnings (a stale cache, say) go to stderr, never into the command line's JSON.
# C1 only (TieredStopAtLevel=1): the app's work comes in short bursts (a start, a CSS pass, a table of a campaign)
# that end before C2's compiles pay back, and on a 2-core machine C2's compiler threads take the core the FX
# thread needs. Measured with bench/startup and bench/campaign-tab (docs/performance.md): the window 2.56 s ->
# 1.73 s, the Campaign tab with 5,000 sessions 951 ms -> 486 ms.
BASE_OPTIONS=(-Xss2m -Dfile.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable
  -Xlog:all=warning:stderr)
# The desktop starts from a small heap and gives back what it no longer uses: idle, it stays under 250 MB
# resident instead of keeping the 1/64-of-RAM first heap (bench/startup measures it).
# SweeperThreshold=50: the JVM collects unused compiled code with a full GC each time 15% of the code cache (7 MB
# with C1) has been compiled anew. The desktop compiles that much in its first minute, and the serial collector's
# full GC froze the window for 86 ms after the first Create (bench/fx-stall with BENCH_RUNTIME=image, -Xlog:gc);
# the desktop uses about 9 MB of its 48 MB cache, so at 50% that collection waits for code it really needs gone.
DESKTOP_OPTIONS=(-Xms16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:SweeperThreshold=50)
# From Java 24 on the JVM warns on stderr when JavaFX and SQLite load their native code or use sun.misc.Unsafe;
# the image allows both for the class path, so a user's terminal stays clean.
if [ "$FEATURE" -ge 24 ]; then
  BASE_OPTIONS+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi

# On Linux with Java 25 the image has two launchers behind one command (see docs/performance.md):
# bin/liveness-desk-desktop (the window) and bin/liveness-desk-cli (the command line), each with its own AOT cache
# trained on what it does, and bin/liveness-desk, a two-line script that picks one by whether arguments are given.
SPLIT_LAUNCHERS=false
if [ "$OS" = linux ] && [ "$FEATURE" -ge 25 ]; then SPLIT_LAUNCHERS=true; fi
MAIN_LAUNCHER="$NAME"
$SPLIT_LAUNCHERS && MAIN_LAUNCHER="$NAME-desktop"

# The JavaFX jars stay on the class path (as with `mvn javafx:run`), so no module flags are needed.
COMMON=(
  --name "$MAIN_LAUNCHER"
  --app-version "$VERSION"
  --vendor "Liveness Desk"
  --description "Amazon Rekognition Face Liveness sessions, results and images"
  --input "$INPUT"
  --main-jar "$MAIN_JAR"
  --main-class dev.livenessdesk.Main
  --runtime-image "$RUNTIME"
  --icon "$ICON"
  --dest "$DEST"
)
for option in "${BASE_OPTIONS[@]}" "${DESKTOP_OPTIONS[@]}"; do COMMON+=(--java-options "$option"); done
if $SPLIT_LAUNCHERS; then
  printf 'java-options=%s\n' "${BASE_OPTIONS[*]}" > "$TARGET/cli-launcher.properties"
  COMMON+=(--add-launcher "$NAME-cli=$TARGET/cli-launcher.properties")
fi

"$JAVA_BIN/jpackage" --type app-image "${COMMON[@]}"
if $SPLIT_LAUNCHERS; then
  mv "$DEST/$MAIN_LAUNCHER" "$DEST/$NAME"
  install -m 0755 "$ROOT/jpackage/linux/liveness-desk.sh" "$DEST/$NAME/bin/$NAME"
  bash "$ROOT/jpackage/train-aot-caches.sh" "$DEST/$NAME" "$TARGET"
fi
echo "App image: $DEST/$NAME ($(du -sm "$DEST/$NAME" | cut -f1) MB)"

if [ "$OS" = linux ]; then
  # The .desktop entry ships inside the image, for users who unpack it by hand or for the installers below.
  install -m 0644 "$ROOT/jpackage/linux/$NAME.desktop" "$DEST/$NAME/lib/$NAME.desktop"
fi

if [ -n "${INSTALLER_TYPE:-}" ]; then
  EXTRA=()
  if [ "$OS" = linux ]; then
    EXTRA+=(--resource-dir "$ROOT/jpackage/linux" --linux-shortcut --linux-menu-group "Development;Utility"
            --linux-app-category utils --linux-package-name "$NAME")
  elif [ "$OS" = windows ]; then
    EXTRA+=(--win-menu --win-shortcut --win-dir-chooser)
  fi
  "$JAVA_BIN/jpackage" --type "$INSTALLER_TYPE" --app-image "$DEST/$NAME" --name "$NAME" \
    --app-version "$VERSION" --dest "$DEST" "${EXTRA[@]}"
  echo "Installer ($INSTALLER_TYPE) in $DEST"
fi

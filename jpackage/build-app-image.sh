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
JAVA_BIN="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}/bin"

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

rm -rf "$RUNTIME" "$DEST/$NAME"
"$JAVA_BIN/jlink" --add-modules "$MODULES" --output "$RUNTIME" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en,de,fr,es,ja,pt \
  --generate-cds-archive

# The JavaFX jars stay on the class path (as with `mvn javafx:run`), so no module flags are needed.
COMMON=(
  --name "$NAME"
  --app-version "$VERSION"
  --vendor "Liveness Desk"
  --description "Amazon Rekognition Face Liveness sessions, results and images"
  --input "$INPUT"
  --main-jar "$MAIN_JAR"
  --main-class dev.livenessdesk.Main
  --runtime-image "$RUNTIME"
  --icon "$ICON"
  --java-options "-Xss2m"
  --java-options "-Dfile.encoding=UTF-8"
  --dest "$DEST"
)

"$JAVA_BIN/jpackage" --type app-image "${COMMON[@]}"
echo "App image: $DEST/$NAME"

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

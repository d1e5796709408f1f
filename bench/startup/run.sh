#!/usr/bin/env bash
# Cold start to the first window, in seconds (median of N runs), under Xvfb:
#   bare JavaFX window | app image | app image + AppCDS archive | mvn javafx:run
# Needs: the app image (mvn -Papp-image package -DskipTests), xvfb, xwininfo. Usage: bench/startup/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-5}"
IMAGE=target/dist/liveness-desk
WORK="$(mktemp -d)"
trap 'kill "$XVFB" 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -x "$IMAGE/bin/liveness-desk" ] || { echo "build the image first: mvn -Papp-image package -DskipTests"; exit 1; }

Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 & XVFB=$!
export DISPLAY=:77 LIVENESS_DESK_SANDBOX=1 XDG_DATA_HOME="$WORK/data" HOME="$WORK/home"
mkdir -p "$HOME"
sleep 1

# Starts a command, returns the seconds until a window titled like $2 exists, then stops it.
time_to_window() {
  local title="$1"; shift
  local start now
  start=$(date +%s.%N)
  "$@" >"$WORK/run.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -q "\"$title"; then
      now=$(date +%s.%N)
      pkill -TERM -P "$pid" 2>/dev/null || true; kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
      echo "$now - $start" | bc
      return
    fi
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "timeout"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {
  local name="$1"; shift
  local times=()
  for _ in $(seq 1 "$N"); do times+=("$(time_to_window "$@")"); done
  printf '%-28s median %6.2f s   runs: %s\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

# The bare window: compiled against the same JavaFX jars the app uses.
FX_CP="$(ls "$IMAGE"/lib/app/javafx-*.jar | tr '\n' ':')"
javac -d "$WORK/bare" -cp "$FX_CP" bench/startup/BareWindow.java
measure "bare JavaFX window" "Liveness Desk bare" java -cp "$WORK/bare:$FX_CP" 'BareWindow$Launcher'

measure "app image" "Liveness Desk" "$IMAGE/bin/liveness-desk"

# AppCDS (static, JDK 17): a training run lists the classes the start-up loads, the image's own runtime dumps them
# into an archive for the launcher's exact class path, and the launcher's .cfg maps it.
cp -r "$IMAGE" "$WORK/image-cds"
APPDIR="$WORK/image-cds/lib/app"
CFG="$APPDIR/liveness-desk.cfg"
cp "$CFG" "$WORK/cfg.orig"
sed -i "/^\[JavaOptions\]/a java-options=-XX:DumpLoadedClassList=$WORK/classes.lst" "$CFG"
time_to_window "Liveness Desk" "$WORK/image-cds/bin/liveness-desk" >/dev/null
CLASSPATH_OF_IMAGE="$(grep '^app.classpath=' "$WORK/cfg.orig" | sed "s|^app.classpath=\\\$APPDIR|$APPDIR|" | paste -sd: -)"
"$WORK/image-cds/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$WORK/classes.lst" \
  -XX:SharedArchiveFile="$APPDIR/liveness-desk.jsa" -cp "$CLASSPATH_OF_IMAGE" >"$WORK/dump.log" 2>&1 \
  || { echo "CDS dump failed:"; tail -5 "$WORK/dump.log"; }
cp "$WORK/cfg.orig" "$CFG"
sed -i "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/liveness-desk.jsa\njava-options=-Xlog:disable\njava-options=-Xlog:all=warning:stderr" "$CFG"
echo "classes listed: $(wc -l < "$WORK/classes.lst"), archive: $(du -m "$APPDIR/liveness-desk.jsa" | cut -f1) MB"
measure "app image + AppCDS" "Liveness Desk" "$WORK/image-cds/bin/liveness-desk"

measure "mvn -o javafx:run" "Liveness Desk" mvn -q -o javafx:run

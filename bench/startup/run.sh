#!/usr/bin/env bash
# Launch to the first visible window, under Xvfb, N rounds (default 5) interleaved so machine load hits every
# variant alike; medians, the ratio of the app image to the bare JavaFX window on the same runtime, and the idle
# resident memory of each after 10 s and after 60 s; then the first useful paint: each variant until its window
# is first ready for typing (a text field on screen that takes typing: ReadyForTyping in the app, the same check
# in BareWindow).
#   bare JavaFX window (label, field, button) on the image's runtime and on the default JDK
#   the app image as shipped (bin/liveness-desk, sandbox)   |   the app on the default JDK, `java -cp` jars
# Needs the app image (mvn -Papp-image package -DskipTests), xvfb and xwininfo. Usage: bench/startup/run.sh [N]
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

# Stops a started command and whatever it started.
stop_tree() {
  pkill -TERM -P "$1" 2>/dev/null || true; kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true
}
# Starts a command, prints the seconds until a window titled like $1 exists, then stops it. With RSS=1 it waits
# RSS_AFTER seconds more (default 10) and prints the process tree's resident memory (MB) instead of the time.
time_to_window() {
  local title="$1"; shift
  local start now
  start=$(date +%s.%N)
  "$@" >"$WORK/run.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    if xwininfo -root -tree 2>/dev/null | grep -q "\"$title"; then
      now=$(date +%s.%N)
      if [ "${RSS:-0}" = 1 ]; then
        sleep "${RSS_AFTER:-10}"
        local kb=0
        for p in $pid $(pgrep -P "$pid" || true); do
          kb=$((kb + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
        done
        echo $((kb / 1024))
      else
        echo "$now - $start" | bc
      fi
      stop_tree "$pid"
      return
    fi
    sleep 0.02
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "timeout"
}
# Starts a command with the start-up report asked for (ReadyForTyping), prints the seconds until its window was
# first ready for typing (a text field on screen that takes typing), then stops it.
time_to_typing() {
  local start ready tries=0
  start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-Dlivenessdesk.startupReport=true" "$@" >"$WORK/run.log" 2>&1 &
  local pid=$!
  until ready="$(sed -n 's/.*startup: ready for typing at epoch-ms \([0-9]*\).*/\1/p' "$WORK/run.log")" \
      && [ -n "$ready" ]; do
    tries=$((tries + 1))
    [ "$tries" -le 1200 ] || { kill -KILL "$pid" 2>/dev/null || true; echo "timeout"; return; }
    sleep 0.02
  done
  echo "($ready * 1000000 - $start) / 1000000000" | bc -l | xargs printf '%.3f\n'
  stop_tree "$pid"
}
. bench/median.sh

FX_CP="$(ls "$IMAGE"/lib/app/javafx-*.jar | paste -sd:)"
APP_CP="$(ls "$IMAGE"/lib/app/*.jar | paste -sd:)"
javac --release 17 -d "$WORK/bare" -cp "$FX_CP" bench/startup/BareWindow.java
RUNTIME_JAVA="$IMAGE/lib/runtime/bin/java"

declare -A RUN TITLE
RUN[bare/image-runtime]="$RUNTIME_JAVA -cp $WORK/bare:$FX_CP BareWindow\$Launcher"; TITLE[bare/image-runtime]="Liveness Desk bare"
RUN[bare/jdk-default]="java -cp $WORK/bare:$FX_CP BareWindow\$Launcher"; TITLE[bare/jdk-default]="Liveness Desk bare"
RUN[app/image]="$IMAGE/bin/liveness-desk"; TITLE[app/image]="Liveness Desk"
RUN[app/java-cp]="java -cp $APP_CP dev.livenessdesk.Main"; TITLE[app/java-cp]="Liveness Desk"
LABELS=(bare/image-runtime bare/jdk-default app/image app/java-cp)
echo "runtime: $("$RUNTIME_JAVA" -version 2>&1 | head -1); default: $(java -version 2>&1 | head -1)"
echo "rounds: $N   $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

for label in "${LABELS[@]}"; do : > "$WORK/${label//\//-}.s"; time_to_window "${TITLE[$label]}" ${RUN[$label]} >/dev/null; done
for _ in $(seq 1 "$N"); do
  for label in "${LABELS[@]}"; do
    time_to_window "${TITLE[$label]}" ${RUN[$label]} >> "$WORK/${label//\//-}.s"
  done
done
for _ in $(seq 1 "$N"); do   # the first useful paint: the same variants, ready for typing
  for label in "${LABELS[@]}"; do
    time_to_typing ${RUN[$label]} >> "$WORK/${label//\//-}.typing"
  done
done
for label in "${LABELS[@]}"; do
  printf '%-20s median %5.2f s   runs: %s\n' "$label" "$(median < "$WORK/${label//\//-}.s")" \
    "$(paste -sd' ' "$WORK/${label//\//-}.s")"
done
for label in "${LABELS[@]}"; do
  printf '%-20s ready for typing, median %5.2f s   runs: %s\n' "$label" \
    "$(median < "$WORK/${label//\//-}.typing")" "$(paste -sd' ' "$WORK/${label//\//-}.typing")"
done
awk -v a="$(median < "$WORK/app-image.typing")" -v b="$(median < "$WORK/bare-image-runtime.typing")" \
  'BEGIN {printf "ratio ready for typing app/image / bare/image-runtime: %.2f\n", a / b}'
awk -v a="$(median < "$WORK/app-image.s")" -v b="$(median < "$WORK/bare-image-runtime.s")" \
  'BEGIN {printf "ratio app/image / bare/image-runtime: %.2f\n", a / b}'
awk -v a="$(median < "$WORK/app-image.s")" -v b="$(median < "$WORK/bare-jdk-default.s")" \
  'BEGIN {printf "ratio app/image / bare/jdk-default:   %.2f\n", a / b}'
for label in bare/image-runtime app/image; do
  printf 'idle resident memory %-20s %s MB after 10 s' "$label" \
    "$(RSS=1 time_to_window "${TITLE[$label]}" ${RUN[$label]})"
  # The desktop gives its heap back once left alone for 45 s (IdleMemoryGiveBack): idle, as a user leaves it.
  printf ', %s MB after 60 s\n' "$(RSS=1 RSS_AFTER=60 time_to_window "${TITLE[$label]}" ${RUN[$label]})"
done

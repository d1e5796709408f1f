#!/usr/bin/env bash
# The longest FX-thread stall during a scripted desktop run in the sandbox (create and follow N sessions, the
# viewer with 5 thumbnails, paging, the history, then each tab once more), against the same watchdog on an idle
# window. Runs under Xvfb with the real GTK window when xvfb-run is there, else headless on Monocle.
# Usage: bench/fx-stall/run.sh [sessions, default 6]
#   BENCH_RUNTIME=image  runs on the app image's own runtime, class path, JVM options and desktop AOT cache (what a
#                        user of the image runs; build it first: mvn -Papp-image package -DskipTests).
#   BENCH_JIT=tiered     the JDK's default JIT instead of C1 only (the image runs C1 only, JpackagePlan in src/test/java/dev/livenessdesk/packaging)
#   BENCH_STACKS=1       adds samples of what the FX thread was doing in each phase's stalls
#   BENCH_IDLE=120       after the run, idles that many seconds and prints the resident memory before and after
#                        (bench/README: 300 sessions, then 2 minutes idle)
#   BENCH_JAVA_OPTIONS   more JVM options, after the image's own (to try a memory or GC setting side by side)
#   MVN                  how to run Maven (default mvn; on a shared machine: MVN="/work/tools/slot mvn")
set -euo pipefail
cd "$(dirname "$0")/../.."
JIT="-XX:TieredStopAtLevel=1"
[ "${BENCH_JIT:-c1}" = tiered ] && JIT=""
${MVN:-mvn} -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
PROPS=(-Dtestfx.robot=glass -Dtestfx.setup.timeout=120000 -Dlivenessdesk.dataDir="$DATA")
[ -n "${BENCH_STACKS:-}" ] && PROPS+=(-Dbench.stallStacks=true)
[ -n "${BENCH_IDLE:-}" ] && PROPS+=(-Dbench.idleSeconds="$BENCH_IDLE")
read -r -a EXTRA <<< "${BENCH_JAVA_OPTIONS:-}"
if [ "${BENCH_RUNTIME:-jdk}" = image ]; then
  IMAGE=target/dist/liveness-desk
  CFG="$IMAGE/lib/app/liveness-desk-desktop.cfg"
  [ -f "$CFG" ] || { echo "no app image: mvn -Papp-image package -DskipTests" >&2; exit 2; }
  APP_DIR="$PWD/$IMAGE/lib/app"
  # The image's class path first, in its order (the AOT cache matches it as a prefix), then the bench and TestFX.
  APP_CP="$(grep '^app.classpath=' "$CFG" | sed "s|^app.classpath=\\\$APPDIR|$APP_DIR|" | paste -sd:)"
  (cd target/test-classes && jar cf ../bench-tests.jar .)
  TEST_CP="$(tr ':' '\n' < target/bench.cp | grep -E '/(org/testfx|org/hamcrest|org/assertj|org/junit|org/opentest4j|org/apiguardian)/' | paste -sd:)"
  mapfile -t OPTIONS < <(grep '^java-options=' "$CFG" | sed "s|^java-options=||; s|\\\$APPDIR|$APP_DIR|g" | grep -v '^-Xlog')
  JAVA="$IMAGE/lib/runtime/bin/java"
  RUN=("$JAVA" "${OPTIONS[@]}" ${EXTRA[@]+"${EXTRA[@]}"} "${PROPS[@]}" -cp "$APP_CP:$PWD/target/bench-tests.jar:$TEST_CP")
else
  RUN=(java $JIT ${EXTRA[@]+"${EXTRA[@]}"} "${PROPS[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.cp)")
fi
if command -v xvfb-run >/dev/null; then
  xvfb-run ${XVFB_DISPLAY:+-n $XVFB_DISPLAY} -a -s "-screen 0 1180x760x24" "${RUN[@]}" dev.livenessdesk.bench.FxStallBench "$@"
else
  "${RUN[@]}" -Dtestfx.headless=true -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    dev.livenessdesk.bench.FxStallBench "$@"
fi

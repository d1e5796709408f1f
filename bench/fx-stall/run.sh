#!/usr/bin/env bash
# The longest FX-thread stall during a scripted desktop run in the sandbox (create and follow N sessions, the
# viewer with 5 thumbnails, paging, the history), against the same watchdog on an idle window.
# Runs under Xvfb with the real GTK window when xvfb-run is there, else headless on Monocle.
# Usage: bench/fx-stall/run.sh [sessions, default 6]
set -euo pipefail
cd "$(dirname "$0")/../.."
# The app image runs C1 only (jpackage/build-app-image.sh); BENCH_JIT=tiered measures the JDK's default instead.
JIT="-XX:TieredStopAtLevel=1"
[ "${BENCH_JIT:-c1}" = tiered ] && JIT=""
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1180x760x24" java $JIT -Dtestfx.robot=glass -Dtestfx.setup.timeout=120000 -Dlivenessdesk.dataDir="$DATA" \
    -cp "$CP" ${BENCH_STACKS:+-Dbench.stallStacks=true} dev.livenessdesk.bench.FxStallBench "$@"
else
  java $JIT -Dtestfx.setup.timeout=120000 -Dtestfx.headless=true -Dtestfx.robot=glass -Dprism.order=sw -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dlivenessdesk.dataDir="$DATA" -cp "$CP" ${BENCH_STACKS:+-Dbench.stallStacks=true} dev.livenessdesk.bench.FxStallBench "$@"
fi

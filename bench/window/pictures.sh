#!/usr/bin/env bash
# Pictures of every tab of the window on a real display (Xvfb) at the default size and at 1024x700, in the sandbox
# with the example campaign, after a session was created and played (the layout of issue 23, items 5-7).
# Usage: bench/window/pictures.sh [output folder, default target/window-pictures]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/window-pictures}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
for size in 1180x760 1024x700; do
  xvfb-run -a -s "-screen 0 ${size}x24" java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    dev.livenessdesk.bench.WindowPictures "$out" "${size%x*}" "${size#*x}"
done

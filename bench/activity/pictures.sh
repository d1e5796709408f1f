#!/usr/bin/env bash
# Makes the README's pictures of the Activity tab in the sandbox at the default window size (1180x760).
# Usage: bench/activity/pictures.sh [output folder, default target/activity-pictures]; runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/activity-pictures}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
xvfb-run -a -s "-screen 0 1180x760x24" java -Xmx1g -Dprism.order=sw \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.livenessdesk.bench.ActivityPictures "$out"

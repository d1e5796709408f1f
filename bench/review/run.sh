#!/usr/bin/env bash
# The Review tab's key-to-next-session time with pictures fetched ahead, against S3Mock behind a latency proxy,
# and its reference (nothing fetched ahead) in the same run.
# Usage: bench/review/run.sh [sessions, default 200] [dwell ms, default 500] [min latency ms, 30] [max latency ms, 80]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx512m -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.livenessdesk.bench.ReviewBench "$@"

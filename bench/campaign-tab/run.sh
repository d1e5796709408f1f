#!/usr/bin/env bash
# Times the Campaign tab with a large campaign, beside bare JavaFX references measured in the same run.
# Usage: bench/campaign-tab/run.sh [sessions, default 5000] [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
# The app image runs C1 only (JpackagePlan in src/test/java/dev/livenessdesk/packaging); BENCH_JIT=tiered measures the JDK's default instead.
JIT="-XX:TieredStopAtLevel=1"
[ "${BENCH_JIT:-c1}" = tiered ] && JIT=""
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java $JIT -Xmx1g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dtestfx.headless=true -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.livenessdesk.bench.CampaignBench "$@"

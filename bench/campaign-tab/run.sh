#!/usr/bin/env bash
# Times the Campaign tab with a large campaign, beside bare JavaFX references measured in the same run.
# Usage: bench/campaign-tab/run.sh [sessions, default 5000] [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx1g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dtestfx.headless=true -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.livenessdesk.bench.CampaignBench "$@"

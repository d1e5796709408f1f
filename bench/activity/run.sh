#!/usr/bin/env bash
# A day of 30,000 CloudTrail events (600 pages of 50) read through the Activity tab's reader (ActivityFinder over
# CloudTrailActivity, the real SDK client over HTTP, a fresh SQLite cache) from the CloudTrail stand-in in a
# process of its own. CloudTrail's 2 requests a second is scaled (the stand-in enforces 2 x SCALE a second, the
# reader's clock runs SCALE times faster): total time against the floor (pages / rate), time to first rows, and the
# peak heap of the reading JVM, which runs with -Xmx100m (an OutOfMemoryError is the 100 MB target missed).
# Usage: bench/activity/run.sh [scale, default 10: 20 requests a second]
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:-10}"
${BENCH_MVN:-mvn} -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
out="$(mktemp)"
java -Xmx1g -cp "$cp" dev.livenessdesk.testsupport.CloudTrailStandInMain "$scale" >"$out" &
standin=$!
trap 'kill "$standin" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 300); do [ "$(wc -l <"$out")" -ge 2 ] && break; sleep 0.1; done
[ "$(wc -l <"$out")" -ge 2 ] || { echo "the CloudTrail stand-in did not start"; exit 1; }
echo "load: $(uptime)"
java -Xmx100m -cp "$cp" dev.livenessdesk.bench.ActivityBench "$(sed -n 1p "$out")" "$(sed -n 2p "$out")" "$scale"

#!/usr/bin/env bash
# The desktop app's Create against a local Rekognition stand-in, in process: cold first call and warm median.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" dev.livenessdesk.bench.CreateBench "${1:-50}"

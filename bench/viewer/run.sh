#!/usr/bin/env bash
# Runs the viewer benchmark against an in-process S3Mock.
# Usage: bench/viewer/run.sh [sessions, default 10000] [pages to walk, default 40]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
exec java -Xmx1g -Djava.awt.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.livenessdesk.bench.ViewerBench "$@"

#!/usr/bin/env bash
# The sessions listing at scale: 10,000 sessions (50,000 objects) in moto_server on loopback, the app's first page
# of 50 against one raw ListObjectsV2 call in the same run (ratio), then every page with its S3 call count and the
# heap. Needs moto_server (pip package moto[server]); S3Mock slows with every object and cannot hold this many.
# Usage: bench/listing/run.sh [sessions, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v moto_server >/dev/null || { echo "moto_server is not installed here (pip install 'moto[server]'): no run"; exit 1; }
# MOTO_PORT=N reuses a running moto_server (seeding 50,000 objects takes minutes); else one is started and stopped.
if [ -n "${MOTO_PORT:-}" ]; then
  PORT="$MOTO_PORT"
else
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  moto_server -H 127.0.0.1 -p "$PORT" >/tmp/listing-bench-moto.log 2>&1 &
  MOTO=$!
  trap 'kill "$MOTO" 2>/dev/null || true' EXIT
fi
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.livenessdesk.bench.ListingBench \
  "$PORT" "${1:-10000}"

#!/usr/bin/env bash
# campaign report over N shared session records (default 5000) in a bucket on moto_server, bound to 127.0.0.1 on a
# port the system picks. S3Mock slows past ~1,000 objects (STACK.md trap 12), so this needs moto_server on PATH.
# Usage: bench/campaign/run.sh [sessions]
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v moto_server >/dev/null 2>&1; then
  echo "moto_server is not installed here (pip install 'moto[server]'); this benchmark needs it." >&2
  exit 1
fi
log=$(mktemp)
moto_server -H 127.0.0.1 -p 0 >"$log" 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { echo "moto_server did not start:" >&2; cat "$log" >&2; exit 1; }
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.livenessdesk.bench.CampaignReportBench "$url" "${1:-5000}"

#!/usr/bin/env bash
# The purge at scale: 10,000 sessions (50,000 objects) in moto_server on loopback, the desk's purge (plan + run,
# in process, the real SDK client and SQLite journal) against `aws s3 rm --recursive` on the same keys in a bucket
# of its own; calls counted from moto's request log, wall-clock time, the ratio printed. Needs moto_server
# (pip package moto[server]) and the AWS CLI.
# Usage: bench/purge/run.sh [sessions, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v moto_server >/dev/null || { echo "moto_server is not installed here (pip install 'moto[server]'): no run"; exit 1; }
command -v aws >/dev/null || { echo "the AWS CLI is not installed here: no run"; exit 1; }
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
LOG=target/bench-purge-moto.log
mkdir -p target
# moto_server as installed, with its S3 listings and deletes under one lock (see moto_locked.py: without it moto
# fails the AWS CLI's listings while its ten threads delete).
python3 bench/purge/moto_locked.py -H 127.0.0.1 -p "$PORT" >"$LOG" 2>&1 &
MOTO=$!
trap 'kill "$MOTO" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3 || true
${BENCH_MVN:-mvn} -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
# A copy of the classes: a build in the same folder during the long seeding must not change them under the run.
rm -rf target/bench-purge-classes && mkdir -p target/bench-purge-classes
cp -r target/classes target/bench-purge-classes/main && cp -r target/test-classes target/bench-purge-classes/test
java -Xmx512m -cp "target/bench-purge-classes/test:target/bench-purge-classes/main:$(cat target/bench.cp)" \
  dev.livenessdesk.bench.PurgeBench \
  "$PORT" "$LOG" "${1:-10000}"

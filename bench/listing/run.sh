#!/usr/bin/env bash
# The sessions listing at scale: 10,000 sessions (50,000 objects) in moto_server on loopback, the app's first page
# of 50 against one raw ListObjectsV2 call in the same run (ratio), then every page with its S3 call count and the
# heap. Needs moto_server (pip package moto[server]); S3Mock slows with every object and cannot hold this many.
# Then, when the app image is built and the AWS CLI is here, whole processes as the issue measured them: the image's
# `liveness-desk sessions --limit 50` against one `aws s3api list-objects-v2 --delimiter /` call, N=5 interleaved.
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

IMAGE=target/dist/liveness-desk
if [ -x "$IMAGE/bin/liveness-desk" ] && command -v aws >/dev/null; then
  URL="http://127.0.0.1:$PORT"
  export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1
  export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
  unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3 || true
  APP=("$IMAGE/bin/liveness-desk" sessions --bucket listing-bench --prefix qa/ --limit 50 --endpoint-url "$URL")
  # One call: --no-paginate, or the AWS CLI would walk all 10 pages of 1,000 folders.
  AWS=(aws s3api list-objects-v2 --bucket listing-bench --prefix qa/ --delimiter / --no-paginate --endpoint-url "$URL")
  "${APP[@]}" | grep -q '"success":true' || { echo "the image's sessions command failed"; "${APP[@]}"; exit 1; }
  "${AWS[@]}" > /dev/null
  ms() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
  . bench/median.sh
  OUT=target/bench-listing; mkdir -p "$OUT"; : > "$OUT/app.ms"; : > "$OUT/aws.ms"
  for _ in 1 2 3 4 5; do ms "${APP[@]}" >> "$OUT/app.ms"; ms "${AWS[@]}" >> "$OUT/aws.ms"; done
  app=$(median < "$OUT/app.ms"); ref=$(median < "$OUT/aws.ms")
  echo "whole process, median of 5: liveness-desk sessions --limit 50 ${app} ms; aws s3api list-objects-v2 --delimiter / (one call) ${ref} ms; ratio $(awk -v a="$app" -v b="$ref" 'BEGIN {printf "%.2f", a / b}')"
else
  echo "whole-process comparison skipped: it needs the app image (mvn -Papp-image package -DskipTests) and the aws CLI"
fi

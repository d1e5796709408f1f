#!/usr/bin/env bash
# Start-up benchmark of `liveness-desk create` against a local Rekognition stand-in: the whole process, N runs,
# median wall time; plain JVM, with an AppCDS archive, and the AWS CLI doing the same call when it is installed.
# Usage: bench/cli/run.sh [N]   (default 20; run from anywhere; builds the jar first unless SKIP_BUILD=1)
set -euo pipefail

N="${1:-20}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/target/bench-cli"
mkdir -p "$OUT"
cd "$ROOT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -B -o -q -DskipTests package
  mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/runtime.cp"
fi
JAR="$(ls "$ROOT"/target/liveness-desk-*.jar | head -1)"
CP="$JAR:$(cat "$OUT/runtime.cp")"
# The stand-in lives in the test classes; it shares the runtime classpath (SDK, Jackson).
STANDIN_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$OUT/runtime.cp")"

java -cp "$STANDIN_CP" dev.livenessdesk.testsupport.RekognitionStandInMain > "$OUT/standin.url" 2> "$OUT/standin.err" &
STANDIN_PID=$!
trap 'kill "$STANDIN_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s "$OUT/standin.url" ]] && break; sleep 0.1; done
URL="$(head -1 "$OUT/standin.url")"
echo "stand-in: $URL   runs: $N   java: $(java -version 2>&1 | head -1)"

# Dummy keys and an empty AWS home: nothing real is read or called.
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1
export AWS_CONFIG_FILE="$OUT/no-config" AWS_SHARED_CREDENTIALS_FILE="$OUT/no-credentials"
export AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL_REKOGNITION="$URL"
unset AWS_PROFILE || true

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# Runs a command N times (after one warm-up for the OS file cache), checks it succeeded, prints the median in ms.
measure() {
  local label="$1"; shift
  "$@" > "$OUT/last.out" 2> "$OUT/last.err" || { echo "$label failed:"; cat "$OUT/last.out" "$OUT/last.err"; exit 1; }
  : > "$OUT/$label.ms"
  for _ in $(seq 1 "$N"); do
    local start end
    start=$(date +%s%N)
    "$@" > "$OUT/last.out" 2> "$OUT/last.err"
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$OUT/$label.ms"
  done
  printf '%-14s median %5s ms   (min %s, max %s)   %s\n' "$label" "$(median < "$OUT/$label.ms")" \
    "$(sort -n "$OUT/$label.ms" | head -1)" "$(sort -n "$OUT/$label.ms" | tail -1)" "$(head -c 100 "$OUT/last.out")"
}

CREATE=(dev.livenessdesk.Main create --bucket liveness-bench --prefix bench/ --audit-images 2)

measure plain java -cp "$CP" "${CREATE[@]}"

# AppCDS: one training run dumps the classes it loaded; later runs map them instead of parsing and verifying.
rm -f "$OUT/app.jsa"
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -cp "$CP" "${CREATE[@]}" > /dev/null 2> "$OUT/cds-dump.log"
# A stale archive makes the JVM warn on stdout, which would break the one-JSON-line contract: JVM logs to stderr.
JVM_LOG=(-Xlog:disable -Xlog:all=warning:stderr)
measure appcds java "${JVM_LOG[@]}" -XX:SharedArchiveFile="$OUT/app.jsa" -cp "$CP" "${CREATE[@]}"
# C1 only: a short run never profits from C2, whose compiler threads compete for the cores.
measure c1 java -XX:TieredStopAtLevel=1 -cp "$CP" "${CREATE[@]}"
measure appcds-c1 java "${JVM_LOG[@]}" -XX:SharedArchiveFile="$OUT/app.jsa" -XX:TieredStopAtLevel=1 \
  -cp "$CP" "${CREATE[@]}"

if command -v aws > /dev/null; then
  measure aws-cli aws rekognition create-face-liveness-session --endpoint-url "$URL" --region us-east-1 \
    --settings '{"OutputConfig":{"S3Bucket":"liveness-bench","S3KeyPrefix":"bench/"},"AuditImagesLimit":2}'
  for label in plain appcds c1 appcds-c1; do
    awk -v a="$(median < "$OUT/$label.ms")" -v b="$(median < "$OUT/aws-cli.ms")" -v l="$label" \
      'BEGIN {printf "ratio %-9s / aws-cli: %.2f\n", l, a / b}'
  done
else
  echo "aws CLI not on the PATH: no side-by-side run"
fi

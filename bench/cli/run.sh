#!/usr/bin/env bash
# The command line against the AWS CLI v1, whole processes, against the same local Rekognition stand-in:
# `create` and `results`, N rounds (default 15), the variants interleaved round by round so machine load hits them
# alike; prints each median and the ratio to the AWS CLI doing the same call.
#   variants: the app image's `liveness-desk` (what ships), `java -cp` on the default JDK (no cache), aws CLI
# Needs the app image (mvn -Papp-image package -DskipTests) and `aws` on the PATH (the ratio needs it).
# Usage: bench/cli/run.sh [N]
set -euo pipefail
N="${1:-15}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/target/bench-cli"
IMAGE="$ROOT/target/dist/liveness-desk"
mkdir -p "$OUT"
cd "$ROOT"
[ -x "$IMAGE/bin/liveness-desk" ] || { echo "build the image first: mvn -Papp-image package -DskipTests"; exit 1; }
[ -s target/test-classpath.txt ] || { echo "target/test-classpath.txt missing: build the image with the profile"; exit 1; }
CP="$(ls "$IMAGE"/lib/app/*.jar | paste -sd:)"
STANDIN_CP="$ROOT/target/test-classes:$(cat target/test-classpath.txt)"

java -cp "$STANDIN_CP" dev.livenessdesk.testsupport.RekognitionStandInMain > "$OUT/standin.url" 2> "$OUT/standin.err" &
STANDIN_PID=$!
trap 'kill "$STANDIN_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [[ -s "$OUT/standin.url" ]] && break; sleep 0.1; done
URL="$(head -1 "$OUT/standin.url")"
echo "stand-in: $URL   rounds: $N   $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Dummy keys and an empty AWS home: nothing real is read or called.
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=bench-secret AWS_REGION=us-east-1
export AWS_CONFIG_FILE="$OUT/no-config" AWS_SHARED_CREDENTIALS_FILE="$OUT/no-credentials"
export AWS_EC2_METADATA_DISABLED=true AWS_ENDPOINT_URL_REKOGNITION="$URL"
unset AWS_PROFILE || true

SESSION="$("$IMAGE/bin/liveness-desk" create --bucket liveness-bench | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')"
[ -n "$SESSION" ] || { echo "the image's create failed"; exit 1; }

declare -A COMMANDS
COMMANDS[create/image]="$IMAGE/bin/liveness-desk create --bucket liveness-bench --prefix bench/ --audit-images 2"
COMMANDS[create/java-cp]="java -cp $CP dev.livenessdesk.Main create --bucket liveness-bench --prefix bench/ --audit-images 2"
COMMANDS[results/image]="$IMAGE/bin/liveness-desk results $SESSION"
COMMANDS[results/java-cp]="java -cp $CP dev.livenessdesk.Main results $SESSION"
HAVE_AWS=false
if command -v aws > /dev/null; then
  HAVE_AWS=true
  COMMANDS[create/aws-cli]="aws rekognition create-face-liveness-session --endpoint-url $URL --region us-east-1 --settings {\"OutputConfig\":{\"S3Bucket\":\"liveness-bench\",\"S3KeyPrefix\":\"bench/\"},\"AuditImagesLimit\":2}"
  COMMANDS[results/aws-cli]="aws rekognition get-face-liveness-session-results --endpoint-url $URL --region us-east-1 --session-id $SESSION"
fi
LABELS=(create/image create/java-cp results/image results/java-cp)
$HAVE_AWS && LABELS+=(create/aws-cli results/aws-cli)

for label in "${LABELS[@]}"; do   # one warm-up each (file cache), and a check that it works
  ${COMMANDS[$label]} > "$OUT/last.out" 2> "$OUT/last.err" || { echo "$label failed:"; cat "$OUT/last.out" "$OUT/last.err"; exit 1; }
  : > "$OUT/${label//\//-}.ms"
done
for _ in $(seq 1 "$N"); do
  for label in "${LABELS[@]}"; do
    start=$(date +%s%N)
    ${COMMANDS[$label]} > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$OUT/${label//\//-}.ms"
  done
done

. bench/median.sh
for label in "${LABELS[@]}"; do
  printf '%-16s median %5s ms   (min %s, max %s)\n' "$label" "$(median < "$OUT/${label//\//-}.ms")" \
    "$(sort -n "$OUT/${label//\//-}.ms" | head -1)" "$(sort -n "$OUT/${label//\//-}.ms" | tail -1)"
done
if $HAVE_AWS; then
  for op in create results; do
    for variant in image java-cp; do
      awk -v a="$(median < "$OUT/$op-$variant.ms")" -v b="$(median < "$OUT/$op-aws-cli.ms")" -v l="$op/$variant" \
        'BEGIN {printf "ratio %-16s / aws-cli: %.2f\n", l, a / b}'
    done
  done
else
  echo "aws CLI not on the PATH: no ratio"
fi

#!/usr/bin/env bash
# The command line against the AWS CLI v1, whole processes, against the same local Rekognition stand-in:
# `--version`, `create --help`, `create` and `results`, N rounds (default 15), the variants interleaved round by
# round so machine load hits them alike; prints each median, the ratio to the AWS CLI doing the same call and the
# ratio to a Java hello world (one JSON line printed) on the image's runtime.
#   variants: the app image's `liveness-desk` (what ships), aws CLI, hello world on the image's runtime and on
#   the image's JDK (with its CDS archive); BENCH_JAVA_CP=1 adds `java -cp` on the default JDK (no cache)
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

# The floor: a Java program that prints one JSON line, on the image's runtime (which carries no CDS archive of its
# own: each launcher maps its AOT cache instead) and on the JDK the image was made from (with the JDK's archive).
mkdir -p "$OUT/hello"
printf '%s\n' 'public class Hello { public static void main(String[] a) { System.out.println("{\"success\":true}"); } }' \
  > "$OUT/hello/Hello.java"
javac --release 17 -d "$OUT/hello" "$OUT/hello/Hello.java"
IMAGE_JDK="${IMAGE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"

SESSION="$("$IMAGE/bin/liveness-desk" create --bucket liveness-bench | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')"
[ -n "$SESSION" ] || { echo "the image's create failed"; exit 1; }

declare -A COMMANDS
COMMANDS[hello/image-runtime]="$IMAGE/lib/runtime/bin/java -cp $OUT/hello Hello"
COMMANDS[version/image]="$IMAGE/bin/liveness-desk --version"
COMMANDS[help/image]="$IMAGE/bin/liveness-desk create --help"
COMMANDS[create/image]="$IMAGE/bin/liveness-desk create --bucket liveness-bench --prefix bench/ --audit-images 2"
COMMANDS[create/java-cp]="java -cp $CP dev.livenessdesk.Main create --bucket liveness-bench --prefix bench/ --audit-images 2"
COMMANDS[results/image]="$IMAGE/bin/liveness-desk results $SESSION"
COMMANDS[results/java-cp]="java -cp $CP dev.livenessdesk.Main results $SESSION"
LABELS=(hello/image-runtime version/image help/image create/image results/image)
if [ -x "$IMAGE_JDK/bin/java" ]; then
  COMMANDS[hello/image-jdk]="$IMAGE_JDK/bin/java -cp $OUT/hello Hello"
  LABELS+=(hello/image-jdk)
fi
[ "${BENCH_JAVA_CP:-0}" = 1 ] && LABELS+=(create/java-cp results/java-cp)
HAVE_AWS=false
if command -v aws > /dev/null; then
  HAVE_AWS=true
  COMMANDS[create/aws-cli]="aws rekognition create-face-liveness-session --endpoint-url $URL --region us-east-1 --settings {\"OutputConfig\":{\"S3Bucket\":\"liveness-bench\",\"S3KeyPrefix\":\"bench/\"},\"AuditImagesLimit\":2}"
  COMMANDS[results/aws-cli]="aws rekognition get-face-liveness-session-results --endpoint-url $URL --region us-east-1 --session-id $SESSION"
fi
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
ratio() {  # ratio LABEL REFERENCE
  [ -s "$OUT/${1//\//-}.ms" ] && [ -s "$OUT/${2//\//-}.ms" ] || return 0
  awk -v a="$(median < "$OUT/${1//\//-}.ms")" -v b="$(median < "$OUT/${2//\//-}.ms")" -v l="$1 / $2" \
    'BEGIN {printf "ratio %-40s %.2f\n", l, a / b}'
}
for label in version/image help/image create/image results/image create/java-cp results/java-cp; do
  ratio "$label" hello/image-runtime
  ratio "$label" hello/image-jdk
done
if $HAVE_AWS; then
  for op in create results; do
    ratio "$op/image" "$op/aws-cli"
    ratio "$op/java-cp" "$op/aws-cli"
  done
else
  echo "aws CLI not on the PATH: no ratio to it"
fi
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

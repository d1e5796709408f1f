#!/usr/bin/env bash
# Makes the app image's two AOT caches (JEP 483/514, Java 25) with one training run of each launcher, through the
# launcher itself so the class path and JVM options match what users run:
#   lib/app/cli.aot      a `create` and `results` of it against the Rekognition stand-in from the test classes (or,
#                        without them, a create whose endpoint answers nothing: the SDK's request, signing and error path)
#   lib/app/desktop.aot  the desktop window in the sandbox under Xvfb, closed once it has drawn
# A launcher whose training fails simply starts without a cache. The caches hold class data only, no user data;
# the JVM maps them at any install path (it matches the class path by its common prefix).
set -euo pipefail
IMAGE="$1"
TARGET="$2"
APP="$IMAGE/lib/app"
WORK="$(mktemp -d)"
STAND_IN_PID=""
cleanup() {
  [ -n "$STAND_IN_PID" ] && kill "$STAND_IN_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_S3 AWS_SESSION_TOKEN || true
mkdir -p "$HOME"

# Puts one java-options line first under [JavaOptions] in a launcher's .cfg; `unset_option` takes it out again.
set_option() { sed -i "/^\[JavaOptions\]/a java-options=$2" "$APP/$1.cfg"; }
unset_option() { grep -vF "java-options=$2" "$APP/$1.cfg" > "$WORK/cfg" && cat "$WORK/cfg" > "$APP/$1.cfg"; }

train() {
  local launcher="$1" cache="$2"; shift 2
  rm -f "$APP/$cache"
  unset_option "$launcher" "-XX:AOTCache=\$APPDIR/$cache" || true
  set_option "$launcher" "-XX:AOTCacheOutput=\$APPDIR/$cache"
  "$@" >"$WORK/$launcher.train.log" 2>&1 || true
  unset_option "$launcher" "-XX:AOTCacheOutput=\$APPDIR/$cache"
  if [ -s "$APP/$cache" ]; then
    set_option "$launcher" "-XX:AOTCache=\$APPDIR/$cache"
    echo "AOT cache $cache: $(du -m "$APP/$cache" | cut -f1) MB"
  else
    echo "AOT cache $cache not made (the launcher starts without one): $(tail -3 "$WORK/$launcher.train.log")"
  fi
}

endpoint="http://127.0.0.1:9"
if [ -s "$TARGET/test-classpath.txt" ] && [ -d "$TARGET/test-classes/dev/livenessdesk/testsupport" ]; then
  java -cp "$TARGET/test-classes:$(cat "$TARGET/test-classpath.txt")" \
    dev.livenessdesk.testsupport.RekognitionStandInMain > "$WORK/stand-in.url" 2>"$WORK/stand-in.log" &
  STAND_IN_PID=$!
  for _ in $(seq 1 100); do [ -s "$WORK/stand-in.url" ] && break; sleep 0.1; done
  [ -s "$WORK/stand-in.url" ] && endpoint="$(cat "$WORK/stand-in.url")"
fi
# The CLI trains on a create, results of that session and a sessions listing in one JVM (dev.livenessdesk.AotTraining,
# its S3 endpoint answers nothing: enough to load the S3 client): the
# launcher's main class points there for the training run only.
main_class() { sed -i "s/^app.mainclass=.*/app.mainclass=$1/" "$APP/liveness-desk-cli.cfg"; }
main_class dev.livenessdesk.AotTraining
train liveness-desk-cli cli.aot env AWS_ENDPOINT_URL_REKOGNITION="$endpoint" AWS_ENDPOINT_URL_S3=http://127.0.0.1:9 \
  AWS_ACCESS_KEY_ID=AKIDTRAINING \
  AWS_SECRET_ACCESS_KEY=training AWS_REGION=us-east-1 \
  "$IMAGE/bin/liveness-desk-cli" create --bucket liveness-training --prefix training/ --audit-images 2
main_class dev.livenessdesk.Main
grep -q '^app.mainclass=dev.livenessdesk.Main$' "$APP/liveness-desk-cli.cfg" \
  || { echo "the CLI launcher's main class was not put back" >&2; exit 1; }

if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  cat > "$WORK/desktop.sh" <<'INNER'
#!/usr/bin/env bash
LIVENESS_DESK_SANDBOX=1 "$1" &
app=$!
for _ in $(seq 1 600); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Liveness Desk'; then
    sleep 3; kill -TERM "$app"; wait "$app"; exit 0
  fi
  sleep 0.1
done
kill -KILL "$app"; exit 1
INNER
  train liveness-desk-desktop desktop.aot xvfb-run -a -s "-screen 0 1180x760x24" bash "$WORK/desktop.sh" \
    "$IMAGE/bin/liveness-desk-desktop"
else
  echo "AOT cache desktop.aot not made: xvfb-run and xwininfo are needed for the training window"
fi

# With both caches the JDK's own CDS archive is never mapped: drop it from the image.
if [ -s "$APP/cli.aot" ] && [ -s "$APP/desktop.aot" ]; then
  rm -f "$IMAGE"/lib/runtime/lib/server/classes*.jsa
fi

#!/usr/bin/env bash
# Checks a built app image the way a user would meet it: it starts, --version answers, the command line creates a
# session against the Rekognition stand-in, and the desktop app shows its window (under Xvfb).
# Run through `mvn -Papp-image verify` (after the image is built); needs xvfb-run and xwininfo for the window.
set -euo pipefail

TARGET="$1"
VERSION="$2"
IMAGE="$TARGET/dist/liveness-desk"
LAUNCHER="$IMAGE/bin/liveness-desk"
WORK="$(mktemp -d)"
STAND_IN_PID=""
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$STAND_IN_PID" ] && kill "$STAND_IN_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "app image check FAILED: $*" >&2; exit 1; }
# The user's own AWS set-up must not leak into the check.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_REKOGNITION AWS_ENDPOINT_URL_S3 AWS_SESSION_TOKEN || true
mkdir -p "$HOME"

echo "== --version"
version_out="$("$LAUNCHER" --version)"
[ "$version_out" = "liveness-desk $VERSION" ] || fail "--version said '$version_out'"
echo "$version_out"

if [ -x "$IMAGE/bin/liveness-desk-cli" ]; then
  echo "== the launchers behind bin/liveness-desk"
  [ -x "$IMAGE/bin/liveness-desk-desktop" ] || fail "bin/liveness-desk-desktop is missing"
  [ "$("$IMAGE/bin/liveness-desk-cli" --version)" = "liveness-desk $VERSION" ] || fail "liveness-desk-cli --version"
  # A cache the JVM cannot map would only warn on stderr; say so here, where a person reads it.
  for cache in cli desktop; do
    [ -s "$IMAGE/lib/app/$cache.aot" ] && echo "AOT cache $cache.aot: $(du -m "$IMAGE/lib/app/$cache.aot" | cut -f1) MB" \
      || echo "note: no $cache.aot (that launcher starts without an AOT cache)"
  done
  cache_warnings="$("$IMAGE/bin/liveness-desk" --version 2>&1 >/dev/null || true)"
  [ -z "$cache_warnings" ] || fail "the command line warned on stderr: $cache_warnings"
fi

echo "== create against the Rekognition stand-in"
java -cp "$TARGET/test-classes:$(cat "$TARGET/test-classpath.txt")" \
  dev.livenessdesk.testsupport.RekognitionStandInMain > "$WORK/stand-in.url" 2>"$WORK/stand-in.log" &
STAND_IN_PID=$!
for _ in $(seq 1 100); do [ -s "$WORK/stand-in.url" ] && break; sleep 0.1; done
[ -s "$WORK/stand-in.url" ] || fail "the stand-in did not start: $(cat "$WORK/stand-in.log")"
created="$(AWS_ENDPOINT_URL_REKOGNITION="$(cat "$WORK/stand-in.url")" AWS_ACCESS_KEY_ID=AKIDEXAMPLE \
  AWS_SECRET_ACCESS_KEY=example AWS_REGION=us-east-1 \
  "$LAUNCHER" create --bucket liveness-check --prefix ci/ --audit-images 1)"
echo "$created"
echo "$created" | grep -Eq '^\{"success":true,"data":\{"id":"[0-9a-f-]{36}","created_at":"[0-9T:.Z-]+"\}\}$' \
  || fail "create printed '$created'"

echo "== the desktop window (sandbox, under Xvfb)"
if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  fail "xvfb-run and xwininfo are needed (apt-get install xvfb xauth x11-utils libgtk-3-0)"
fi
cat > "$WORK/window-check.sh" <<'INNER'
#!/usr/bin/env bash
LIVENESS_DESK_SANDBOX=1 "$1" > "$2/app.log" 2>&1 &
app=$!
for _ in $(seq 1 300); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Liveness Desk'; then
    echo "window shown"; kill "$app"; exit 0
  fi
  kill -0 "$app" 2>/dev/null || { echo "the app exited"; cat "$2/app.log"; exit 1; }
  sleep 0.1
done
echo "no window after 30 s"; cat "$2/app.log"; kill "$app"; exit 1
INNER
xvfb-run -a -s "-screen 0 1440x900x24" bash "$WORK/window-check.sh" "$LAUNCHER" "$WORK" || fail "no desktop window"
echo "app image check passed"

#!/usr/bin/env bash
# Builds the check page into $1 with this machine's Node.js and npm (the Maven build calls it in
# generate-resources). Never downloads Node itself. Without npm the desk still builds: the page is then absent,
# and "Run the check here" says what is missing.
set -euo pipefail
# Everything this build says goes to stderr: `mvn -q compile exec:java -Dexec.args="create ..."` runs it first, and
# that command's stdout must be the desk's one JSON line (npm ci's "added 196 packages" was on it).
exec 1>&2
out="$1"
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "[check page] WARNING: Node.js and npm were not found, so the check page is not built." \
       "Install Node.js 18 or newer with npm and build again to use Run the check here." >&2
  exit 0
fi

# Install exactly what package-lock.json pins, again only when the lock changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --prefer-offline
  touch node_modules/.package-lock.json
fi

# Rebuild only when a source is newer than the last build.
stamp="$out/files.txt"
if [ -f "$stamp" ] && [ -z "$(find src build.mjs package-lock.json -newer "$stamp" -print -quit)" ]; then
  echo "[check page] up to date in $out"
  exit 0
fi
node build.mjs "$out"

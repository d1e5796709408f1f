#!/usr/bin/env bash
# Makes docs/campaigns.md's pictures of the Campaign tab and of its HTML report (rendered by headless Debian chromium).
# Usage: bench/campaign-tab/pictures.sh [output folder, default target/campaign-pictures]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-target/campaign-pictures}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
java -Xmx1g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
  -Dprism.lcdtext=false -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  dev.livenessdesk.bench.CampaignPictures "$out"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$(realpath "$out")/campaign-report.png" "file://$(realpath "$out")/campaign-report.html"
rm -rf "$profile"

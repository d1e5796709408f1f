#!/usr/bin/env bash
# Pictures of the window in the Display menu's three themes and at 150 % text, at the default size (1180x760) on a
# real display (Xvfb), in the sandbox after a session was played: the pictures of docs/accessibility.md.
# Usage: bench/window/themes.sh [output folder, default assets/screenshots]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-assets/screenshots}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
shoot() {
  LIVENESS_DESK_SANDBOX=1 xvfb-run -a -s "-screen 0 1180x760x24" java -Xmx1g \
    -cp "target/test-classes:target/classes:$(cat target/bench.cp)" dev.livenessdesk.bench.ThemePictures "$@"
}
shoot "$out/theme-light.png" light 100 resultsTab
shoot "$out/theme-dark.png" dark 100 resultsTab
shoot "$out/theme-high-contrast.png" high-contrast 100 resultsTab
shoot "$out/text-150.png" light 150 resultsTab
shoot "$out/campaign-dark.png" dark 100 campaignTab

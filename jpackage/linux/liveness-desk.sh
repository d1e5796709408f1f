#!/bin/sh
# Liveness Desk: the desktop app without arguments, the command line with them. Each is its own launcher with its
# own JVM options and AOT cache (the command line stops at the C1 compiler), so neither slows the other.
# This script starts the image's Java with the launcher's own .cfg (class path, main class, options): jpackage's
# Linux launcher asks rpm and then dpkg which package owns it at every start, about 140 ms of CPU before Java
# starts (bench/README). If the runtime or the .cfg is not there, the jpackage launcher runs as before.
# Two programs run before Java (readlink, awk): each one more is a few milliseconds of every command.
self="$(readlink -f "$0")"
here="${self%/*}"
if [ "$#" -gt 0 ]; then
  launcher=liveness-desk-cli
else
  launcher=liveness-desk-desktop
fi
app="${here%/*}/lib/app"
cfg="$app/$launcher.cfg"
java="${here%/*}/lib/runtime/bin/java"
if [ -r "$cfg" ] && [ -x "$java" ]; then
  # --version alone is answered before any library loads (VersionRequest): mapping and preloading the command
  # line's 6,000-class AOT cache would be most of its time, so it runs on the runtime's own CDS archive instead.
  cache=yes
  if [ "$#" -eq 1 ] && { [ "$1" = --version ] || [ "$1" = -V ]; }; then
    cache=no
  fi
  # One awk reads it all: the main class, then the class path, then one JVM option a line.
  parsed="$(awk -v app="$app" -v cache="$cache" '
    sub(/^app\.mainclass=/, "") { main = $0; next }
    sub(/^app\.classpath=\$APPDIR/, "") { cp = cp sep app $0; sep = ":"; next }
    sub(/^java-options=/, "") {
      if (cache == "no" && /^-XX:AOTCache=/) next
      gsub(/\$APPDIR/, app); options = options "\n" $0; next
    }
    END { printf "%s\n%s%s", main, cp, options }' "$cfg")"
  mainclass="${parsed%%
*}"
  rest="${parsed#*
}"
  classpath="${rest%%
*}"
  options=""
  case "$rest" in
    *"
"*) options="${rest#*
}" ;;
  esac
  if [ -n "$mainclass" ] && [ -n "$classpath" ]; then
    # One option a line: an install folder with spaces in its name stays one word.
    IFS='
'
    # shellcheck disable=SC2086
    exec "$java" $options -cp "$classpath" "$mainclass" "$@"
  fi
fi
exec "$here/$launcher" "$@"

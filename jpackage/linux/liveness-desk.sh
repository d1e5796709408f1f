#!/bin/sh
# Liveness Desk: the desktop app without arguments, the command line with them. Each is its own launcher with its
# own JVM options and AOT cache (the command line stops at the C1 compiler), so neither slows the other.
here="$(dirname "$(readlink -f "$0")")"
if [ "$#" -gt 0 ]; then
  exec "$here/liveness-desk-cli" "$@"
fi
exec "$here/liveness-desk-desktop"

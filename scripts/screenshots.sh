#!/usr/bin/env bash
# Renders the main states of the window into docs/screenshots under Xvfb (a real X server):
# light palette at 100 %, then a dark palette at 200 %; then the window and every dialog in
# German into docs/screenshots/de.
#   scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots
mkdir -p "$out" "$out/de"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=xcb "$@"
}
run xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/pricebook-screenshots" "$out"
run env QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 3000x2000x24" "$build/tests/pricebook-screenshots" --dark "$out"
run xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/pricebook-screenshots" --language de --dialogs "$out/de"

#!/usr/bin/env bash
# Screenshots of the reference architecture, taken from the real application (builds nothing).
#   tools/screenshots.sh path/to/built/stackyard
# Writes docs/screenshots/reference.png (the whole design, fitted), inspector.png (the ECS service
# selected with Find, its typed editors in the inspector) and reference-200.png (200 % scaling).
# Uses ../shared/tools/shot (Xvfb + xdotool). Settings and crash journals go to a temporary
# directory, so the pictures do not depend on (or change) the user's own settings.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 BINARY" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "$1")
shot=$root/../shared/tools/shot
[ -x "$shot" ] || { echo "$0: $shot not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data STACKYARD_RECOVERY_DIR=$tmp/recovery
cd "$root"
mkdir -p docs/screenshots
sample=resources/samples/reference.stackyard.json

"$shot" -t Stackyard -k ctrl+0 docs/screenshots/reference.png -- "$bin" "$sample"
"$shot" -t Stackyard -k ctrl+0 -k ctrl+f -k "a p p" -k Return \
    docs/screenshots/inspector.png -- "$bin" "$sample"
QT_SCALE_FACTOR=2 "$shot" -s 3200x2000 -t Stackyard -k ctrl+0 docs/screenshots/reference-200.png -- "$bin" "$sample"

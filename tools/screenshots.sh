#!/usr/bin/env bash
# Screenshots of the reference architecture, taken from the real application (builds nothing).
#   tools/screenshots.sh [path/to/built/stackyard]     (default: build/ci/bin/stackyard)
# Writes docs/screenshots/:
#   reference.png      the whole design, fitted, at 100 % display scaling, 1600x1000
#   reference-200.png  the same at 200 % (QT_SCALE_FACTOR=2) on a 3200x2000 screen
#   findings.png       the findings panel (made taller) after a live edit that breaks a practice
#                      (the second NAT gateway deleted), the first finding explained
#   fixes.png          the findings panel after both NAT gateways are deleted: a task that cannot
#                      read its secrets, offered VPC endpoints or a NAT gateway per zone, each
#                      with its monthly cost difference
#   cost.png           the cost panel (made taller): total, price date, donut by service, bars by
#                      resource
#   prices.png         the price overrides dialog over the cost panel, one price overridden (✎)
#   inspector.png      the ECS service selected, its typed editors in the inspector
#   reference-ko.png   the Korean interface (system locale ko_KR)
#   findings-ko.png    the findings panel in Korean after the same edit as findings.png
#   export.png         File ▸ Export…: the highlighted preview, the design's errors shown first
# Uses ../shared/tools/shot (Xvfb + xdotool). Settings and crash journals go to a temporary
# directory, so the pictures neither depend on nor change the user's own settings. The panels are
# brought forward and the edits are made through the program's STACKYARD_TEST_SCRIPT hook (keys
# typed with xdotool do not reach the window: Xvfb has no window manager to give it the focus).
# The window fits the design itself once shot has given it the whole screen.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(realpath "${1:-$root/build/ci/bin/stackyard}")
[ -x "$bin" ] || { echo "usage: $0 [BINARY]  ($bin is not built)" >&2; exit 2; }
shot=${STACKYARD_SHOT:-$root/../shared/tools/shot} # STACKYARD_SHOT: elsewhere (e.g. from a git worktree)
[ -x "$shot" ] || { echo "$0: $shot not found" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
mkdir -p docs/screenshots
sample=resources/samples/reference.stackyard.json
out=docs/screenshots

# Every picture starts from fresh settings: a first start, as a new user sees it.
fresh() {
    rm -rf "$tmp/home"
    export XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data STACKYARD_RECOVERY_DIR=$tmp/home/recovery
}
take() { # shot, once more when it fails (a busy machine can leave Xvfb not ready in time)
    "$shot" "$@" || { sleep 2; "$shot" "$@"; }
}
script() { # script NAME LINES… : a STACKYARD_TEST_SCRIPT file
    local f=$tmp/$1.txt
    shift
    printf '%s\n' "$@" >"$f"
    echo "$f"
}

fresh
take -t Stackyard "$out/reference.png" -- "$bin" "$sample"
fresh
QT_SCALE_FACTOR=2 take -s 3200x2000 -t Stackyard "$out/reference-200.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script findings "delete nat-b" "raise findings" "strip 330" "finding 1") \
    take -t Stackyard "$out/findings.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script fixes "delete nat-a" "delete nat-b" "raise findings" "strip 330" "finding 1") \
    take -t Stackyard "$out/fixes.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script cost "raise cost" "strip 330") \
    take -t Stackyard "$out/cost.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script prices "raise cost" "strip 330" "override nat_gateway.hour 0.05") \
    take -t Stackyard "$out/prices.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script inspector "select app") \
    take -t Stackyard "$out/inspector.png" -- "$bin" "$sample"
fresh
LANG=ko_KR.UTF-8 take -t Stackyard "$out/reference-ko.png" -- "$bin" "$sample"
fresh
LANG=ko_KR.UTF-8 STACKYARD_TEST_SCRIPT=$(script findings-ko "delete nat-b" "raise findings" "strip 330" "finding 1") \
    take -t Stackyard "$out/findings-ko.png" -- "$bin" "$sample"
fresh
STACKYARD_TEST_SCRIPT=$(script export "delete nat-b" "export-dialog 0") \
    take -t Stackyard "$out/export.png" -- "$bin" "$sample"

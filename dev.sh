#!/usr/bin/env bash
# Stackyard's developer entry point. Both commands install what is missing (Debian 12, apt), build
# incrementally (quick when already built) and are safe to run again.
#   ./dev.sh open [FILE]   build and open the editor (on the built-in reference architecture)
#   ./dev.sh test          build with warnings as errors and run every test (+ export conformance)
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev nlohmann-json3-dev libyaml-cpp-dev
          fonts-dejavu-core fonts-noto-cjk python3)
# The export validators run on Node.js; take the machine's own when it has one (it may not be Debian's).
[ "${1:-}" = test ] && ! command -v npm >/dev/null && packages+=(nodejs npm)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # $1 = preset
    [ -f "build/$1/build.ninja" ] || cmake --preset "$1"
    cmake --build --preset "$1"
}

case "${1:-}" in
open)
    install_missing
    build default
    shift
    exec build/default/bin/stackyard "$@"
    ;;
test)
    install_missing
    build ci
    ctest --preset ci
    if [ -d "${STACKYARD_SHARED_DIR:-../shared}/tools" ]; then
        # Every sample and every corpus template (imported), in every format: zero findings.
        tests/conformance/run.sh --bin build/ci/bin/stackyard
    else
        echo "conformance: ../shared/tools is absent; skipped"
    fi
    ;;
*)
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Installs what Pricebook needs on Debian 12, builds it, then runs the app or the tests.
#   scripts/setup.sh run    install, build, launch the desktop app
#   scripts/setup.sh test   install, build, run every test with ctest
#   scripts/setup.sh build  install and build only
# Environment: BUILD_DIR (default: build), CI=true turns warnings into errors.
set -euo pipefail

mode=${1:-}
case "$mode" in
    run|test|build) ;;
    *) echo "usage: $0 run|test|build" >&2; exit 64 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
    local missing=() pkg
    while read -r pkg; do
        case "$pkg" in ''|'#'*) continue ;; esac
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < "$root/scripts/debian-packages.txt"
    # Node.js only runs the contract-test mock; any node/npm already on PATH will do.
    if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

install_npm_packages() {
    # The validating mock used by the contract tests (tests/contract/package.json).
    if [ ! -x "$root/tests/contract/node_modules/.bin/prism" ]; then
        (cd "$root/tests/contract" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

build() {
    local werror=OFF
    if [ "${CI:-}" = true ]; then werror=ON; fi
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPRICEBOOK_WARNINGS_AS_ERRORS=$werror
    cmake --build "$build_dir" --parallel "$(nproc)"
}

install_debian_packages
case "$mode" in
    build) build ;;
    run)
        build
        exec "$build_dir/app/gui/pricebook"
        ;;
    test)
        install_npm_packages
        build
        cd "$build_dir"
        ctest --output-on-failure --timeout 600 -j "$(nproc)"
        ;;
esac

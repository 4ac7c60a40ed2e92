#!/usr/bin/env bash
# Installs what Pricebook needs on Debian 12, builds it, then runs the app or the tests.
#   scripts/setup.sh run    install, build, launch the desktop app
#   scripts/setup.sh test   install, build, run every test with ctest: the normal build, each
#                           libFuzzer target briefly (clang build), then the whole suite again
#                           under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/setup.sh build  install and build only
#   scripts/setup.sh smoke  install, build, launch the window once under Xvfb; fails unless it painted
#   scripts/setup.sh screenshots  install, build, render docs/screenshots under Xvfb
#   scripts/setup.sh fuzz   run every libFuzzer target for PRICEBOOK_FUZZ_SECONDS (default 600)
#   scripts/setup.sh long   the long fault suite: 10,000 faulted submissions, 200 SIGKILL trials
#   scripts/setup.sh bench  build optimised and print the benchmark table (bench/run-benchmarks.sh)
#   scripts/setup.sh package  build without tests, validate the desktop metadata, make the Debian
#                           package with cpack -G DEB and check it with lintian; prints its path
# Debian packages come from scripts/debian-packages*.txt (through sudo when not run as root);
# scripts/check-clean-root.sh runs this script in a bare Debian 12 root to prove those lists.
# Environment: BUILD_DIR (default: build), CI=true turns warnings into errors,
# PRICEBOOK_SKIP_SANITIZE=1 leaves out the sanitizer pass of "test".
set -eEuo pipefail

mode=${1:-}
case "$mode" in
    run|test|build|smoke|screenshots|fuzz|long|bench|package) ;;
    *) echo "usage: $0 run|test|build|smoke|screenshots|fuzz|long|bench|package" >&2; exit 64 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}

# Each step says what it is, so a failure names the step it happened in.
current_step="start"
step() { current_step=$*; echo "== setup.sh $mode: $current_step"; }
trap 'echo "setup.sh $mode: FAILED in step: $current_step" >&2' ERR

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The lists each mode reads, beside this script.
package_lists() {
    echo debian-packages.txt
    case "$mode" in
        test|fuzz|long) echo debian-packages-tests.txt ;;
        smoke|screenshots) echo debian-packages-display.txt ;;
        bench) echo debian-packages-display.txt; echo debian-packages-bench.txt ;;
        package) echo debian-packages-package.txt ;;
    esac
}

# apt_install_missing <package>... : installs those dpkg does not have.
apt_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing Debian packages: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

install_debian_packages() {
    step "install Debian packages ($(package_lists | tr '\n' ' ' | sed 's/ $//'))"
    local wanted=() list pkg command rest
    for list in $(package_lists); do
        while read -r pkg command rest; do
            case "$pkg" in ''|'#'*) continue ;; esac
            # "package command": a command already on PATH stands in for the package.
            if [ -n "$command" ] && command -v "$command" >/dev/null 2>&1; then continue; fi
            wanted+=("$pkg")
        done <"$root/scripts/$list"
    done
    apt_install_missing "${wanted[@]}"
}

# install_npm_packages <folder> <binary>: npm ci in that folder unless node_modules/.bin/<binary> is there.
install_npm_packages() {
    local dir=$1 binary=$2
    if [ ! -x "$root/$dir/node_modules/.bin/$binary" ]; then
        step "install npm packages in $dir"
        command -v npm >/dev/null 2>&1 || apt_install_missing npm
        (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

werror() { if [ "${CI:-}" = true ]; then echo ON; else echo OFF; fi; }

# build <dir> <extra cmake options...>
build() {
    local dir=$1; shift
    step "configure $(basename "$dir")"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPRICEBOOK_WARNINGS_AS_ERRORS="$(werror)" "$@"
    step "build $(basename "$dir")"
    cmake --build "$dir" --parallel "$(nproc)"
}

build_fuzzers() {
    build "$root/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DPRICEBOOK_FUZZ=ON -DPRICEBOOK_BUILD_TESTS=OFF
}

# run_ctest <dir> <ctest options...>
run_ctest() {
    local dir=$1; shift
    step "ctest in $(basename "$dir")"
    (cd "$dir" && ctest --output-on-failure -j "$(nproc)" "$@")
}

# The window opens on a real X server, paints, shows the catalog's first rows and quits: on a
# catalog that the CLI has just filled with the ChatDash example product.
smoke() {
    step "fill a catalog with the CLI (pricebook-cli import)"
    local home report
    home=$(mktemp -d)
    local env=(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache")
    sed '0,/{/s//{ "provider": "chatdash",/' "$root/docs/examples/chatdash-starter.json" >"$home/product.json"
    "${env[@]}" "$build_dir/app/cli/pricebook-cli" import --data-dir "$home/catalog" "$home/product.json"
    step "launch the window under Xvfb (pricebook --startup-report)"
    report=$("${env[@]}" QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build_dir/app/gui/pricebook" --data-dir "$home/catalog" --startup-report) || {
        rm -rf "$home"; echo "the window did not start" >&2; false; }
    rm -rf "$home"
    echo "$report"
    case "$report" in
        *first_paint_epoch_ms=[1-9]*first_rows_epoch_ms=[1-9]*) echo "The window painted, with the catalog's rows." ;;
        *) echo "the window did not report a first paint and its first rows" >&2; false ;;
    esac
}

# The .deb in build-package/package/, from the install rules (cmake/Packaging.cmake).
package() {
    local dir=$root/build-package deb
    build "$dir" -DPRICEBOOK_BUILD_TESTS=OFF
    step "validate the AppStream metainfo and the desktop entry"
    appstreamcli validate --no-net "$root/resources/io.pricebook.Pricebook.metainfo.xml"
    desktop-file-validate "$root/resources/pricebook.desktop"
    step "cpack -G DEB"
    rm -f "$dir/package/"*.deb
    (cd "$dir" && cpack -G DEB)
    deb=$(ls "$dir/package/"*.deb)
    step "lintian $(basename "$deb")"
    lintian --fail-on error --tag-display-limit 0 "$deb"
    echo "$deb"
}

install_debian_packages
case "$mode" in
    build) build "$build_dir" ;;
    run)
        build "$build_dir"
        exec "$build_dir/app/gui/pricebook"
        ;;
    smoke)
        build "$build_dir"
        smoke
        ;;
    package) package ;;
    screenshots)
        build "$build_dir"
        step "render docs/screenshots"
        exec "$root/scripts/screenshots.sh" "$build_dir"
        ;;
    test)
        install_npm_packages tests/contract prism
        failed=()
        build "$build_dir"
        run_ctest "$build_dir" --timeout 600 || failed+=("tests")
        build_fuzzers
        PRICEBOOK_FUZZ_SECONDS=${PRICEBOOK_FUZZ_SECONDS:-10} run_ctest "$root/build-fuzz" --timeout 300 || failed+=("fuzzers")
        if [ "${PRICEBOOK_SKIP_SANITIZE:-}" != 1 ]; then
            # The whole suite again, every line compiled with ASan + UBSan.
            build "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DPRICEBOOK_SANITIZE=ON
            ASAN_OPTIONS=detect_leaks=0 run_ctest "$root/build-asan" --timeout 900 || failed+=("tests under sanitizers")
        fi
        if [ ${#failed[@]} -gt 0 ]; then
            echo "FAILED: ${failed[*]}" >&2
            exit 1
        fi
        echo "All tests passed: normal build, fuzzers, sanitizers."
        ;;
    fuzz)
        build_fuzzers
        seconds=${PRICEBOOK_FUZZ_SECONDS:-600}
        PRICEBOOK_FUZZ_SECONDS=$seconds run_ctest "$root/build-fuzz" --timeout $((seconds + 300)) -V
        ;;
    long)
        build "$build_dir"
        # Qt Test stops a test function after 5 minutes unless told otherwise.
        QTEST_FUNCTION_TIMEOUT=7200000 \
        PRICEBOOK_FAULT_SUITE_COUNT=${PRICEBOOK_FAULT_SUITE_COUNT:-10000} \
        PRICEBOOK_CRASH_TRIALS=${PRICEBOOK_CRASH_TRIALS:-200} \
            run_ctest "$build_dir" -R '^(tst_push|tst_crash)$' -V --timeout 7200
        ;;
    bench)
        # newman, which the push benchmark compares with (bench/package.json).
        install_npm_packages bench newman
        build "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DPRICEBOOK_BUILD_TESTS=OFF
        exec "$root/bench/run-benchmarks.sh" "$root/build-release"
        ;;
esac

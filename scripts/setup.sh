#!/usr/bin/env bash
# Installs what Pricebook needs on Debian 12, builds it, then runs the app or the tests.
#   scripts/setup.sh run    install, build, launch the desktop app
#   scripts/setup.sh test   install, build, run every test with ctest: the normal build, each
#                           libFuzzer target briefly (clang build), then the whole suite again
#                           under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/setup.sh build  install and build only
#   scripts/setup.sh fuzz   run every libFuzzer target for PRICEBOOK_FUZZ_SECONDS (default 600)
#   scripts/setup.sh long   the long fault suite: 10,000 faulted submissions, 200 SIGKILL trials
#   scripts/setup.sh bench  build optimised and print the benchmark table (bench/run-benchmarks.sh)
# Environment: BUILD_DIR (default: build), CI=true turns warnings into errors,
# PRICEBOOK_SKIP_SANITIZE=1 leaves out the sanitizer pass of "test".
set -euo pipefail

mode=${1:-}
case "$mode" in
    run|test|build|fuzz|long|bench) ;;
    *) echo "usage: $0 run|test|build|fuzz|long|bench" >&2; exit 64 ;;
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
    done < <(cat "$root/scripts/debian-packages.txt"
             if [ "$mode" != run ] && [ "$mode" != build ]; then cat "$root/scripts/debian-packages-tests.txt"; fi)
    # Node.js only runs the contract-test mock; any node/npm already on PATH will do.
    if [ "$mode" != run ] && [ "$mode" != build ] && ! command -v npm >/dev/null 2>&1; then
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

werror() { if [ "${CI:-}" = true ]; then echo ON; else echo OFF; fi; }

# build <dir> <extra cmake options...>
build() {
    local dir=$1; shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPRICEBOOK_WARNINGS_AS_ERRORS="$(werror)" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

build_fuzzers() {
    build "$root/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DPRICEBOOK_FUZZ=ON -DPRICEBOOK_BUILD_TESTS=OFF
}

# run_ctest <dir> <ctest options...>
run_ctest() {
    local dir=$1; shift
    (cd "$dir" && ctest --output-on-failure -j "$(nproc)" "$@")
}

install_debian_packages
case "$mode" in
    build) build "$build_dir" ;;
    run)
        build "$build_dir"
        exec "$build_dir/app/gui/pricebook"
        ;;
    test)
        install_npm_packages
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
        install_npm_packages
        # newman, which the push benchmark compares with (bench/package.json).
        if [ ! -x "$root/bench/node_modules/.bin/newman" ]; then
            (cd "$root/bench" && npm ci --no-audit --no-fund --loglevel=error)
        fi
        build "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DPRICEBOOK_BUILD_TESTS=OFF
        exec "$root/bench/run-benchmarks.sh" "$root/build-release"
        ;;
esac

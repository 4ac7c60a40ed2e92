#!/usr/bin/env bash
# Runs one libFuzzer target from its seed corpus for PRICEBOOK_FUZZ_SECONDS (default 10).
#   run-fuzzer.sh <fuzzer> <seed dir> <work dir>
# New inputs go to <work dir>/corpus (kept between runs), crashes to <work dir>/crash-*;
# the seed corpus in the source tree is only read. Exit status: the fuzzer's (0: nothing found).
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3
seconds=${PRICEBOOK_FUZZ_SECONDS:-10}
mkdir -p "$work/corpus"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds"

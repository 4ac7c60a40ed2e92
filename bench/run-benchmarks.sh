#!/usr/bin/env bash
# Pricebook's benchmark table: every figure is the median of several runs.
#   bench/run-benchmarks.sh BUILD_DIR        (scripts/setup.sh bench builds one and calls this)
# Environment: PRICEBOOK_BENCH_RUNS (default 5) runs for the startup and GUI figures,
# PRICEBOOK_BENCH_PUSH_RUNS (default 3) runs for the push figures, PRICEBOOK_BENCH_PRODUCTS
# (default 100000) catalog size, PRICEBOOK_BENCH_PUSH (default 10000) products per push,
# PRICEBOOK_BENCH_WRK_SECONDS (default 5) seconds per wrk run.
# Prints a Markdown table and writes it to BUILD_DIR/bench-results.md.
set -euo pipefail

build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${PRICEBOOK_BENCH_RUNS:-5}
push_runs=${PRICEBOOK_BENCH_PUSH_RUNS:-3}
products=${PRICEBOOK_BENCH_PRODUCTS:-100000}
push=${PRICEBOOK_BENCH_PUSH:-10000}
cli=$build/app/cli/pricebook-cli
newman=$root/bench/node_modules/.bin/newman

for tool in "$cli" "$newman" Xvfb curl xargs wrk /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (scripts/setup.sh bench installs everything)" >&2; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# Settings, keychain lookups and caches stay inside the work folder.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
mkdir -p "$HOME"

say() { echo "== $*" >&2; }

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }

# An X server of its own, so windows really paint (as on a desktop), not the offscreen platform.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$work/display") QT_QPA_PLATFORM=xcb

say "generating a catalog of $products products"
"$build/bench/bench_catalog" --products "$products" --keep "$work/catalog" --generate-only >&2

say "startup: launch -> first paint, first rows, peak RSS ($runs runs after one warm-up)"
: >"$work/paint"; : >"$work/rows"; : >"$work/rss"
for i in $(seq 0 "$runs"); do
    t0=$(date +%s%3N)
    /usr/bin/time -v -o "$work/time.txt" "$build/app/gui/pricebook" --data-dir "$work/catalog" --startup-report >"$work/startup.txt" 2>/dev/null
    [ "$i" -eq 0 ] && continue
    paint=$(sed -n 's/^first_paint_epoch_ms=//p' "$work/startup.txt")
    rows=$(sed -n 's/^first_rows_epoch_ms=//p' "$work/startup.txt")
    echo $((paint - t0)) >>"$work/paint"
    echo $((rows - t0)) >>"$work/rows"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%.1f\n", $1 / 1024 }' >>"$work/rss"
done
startup_paint=$(median <"$work/paint"); startup_rows=$(median <"$work/rows"); startup_rss=$(median <"$work/rss")

say "search and editor (QBENCHMARK, 10 iterations, median of $runs)"
PRICEBOOK_BENCH_CATALOG=$work/catalog/catalog.sqlite "$build/bench/bench_gui" -iterations 10 -median "$runs" >"$work/gui.txt" 2>&1 || { cat "$work/gui.txt" >&2; exit 1; }
result() { grep -A1 "RESULT : BenchGui::$1()" "$work/gui.txt" | tail -1 | awk '{ print $1 }'; }
search_key=$(result searchKeystroke); relayout=$(result pricingModelChange)

say "bulk push: Pricebook, xargs -P 8 curl and newman, $push creates each, and wrk as the ceiling, one sandbox"
"$cli" sandbox --port 0 >"$work/sandbox.out" 2>/dev/null &
pids+=($!)
for _ in $(seq 50); do grep -q http "$work/sandbox.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/sandbox.out")
key=sandbox-key
created() { curl -s "$url/__sandbox/stats" | sed -n 's/.*"stripe": *\([0-9]*\).*/\1/p'; }

"$build/bench/bench_push" --sandbox-url "$url" --products "$push" --runs "$push_runs" --key-value --cli "$cli" >"$work/push.txt"
value() { sed -n "s/^$1=//p" "$work/push.txt"; }

: >"$work/curl"; : >"$work/newman"
for run in $(seq "$push_runs"); do
    # The same creates Pricebook sends: one form POST per product with its idempotency key.
    awk -v n="$push" -v r="$run" 'BEGIN { for (i = 1; i <= n; i++)
        printf "-H \"Idempotency-Key: curl-%d-%d\" --data \"name=curl+%d+%d&default_price_data%%5Bcurrency%%5D=usd&default_price_data%%5Bunit_amount%%5D=500\"\n", r, i, r, i }' >"$work/curl-args"
    before=$(created)
    t0=$(date +%s%N)
    xargs -P 8 -L 1 curl -sS -o /dev/null -u "$key:" "$url/v1/products" <"$work/curl-args"
    t1=$(date +%s%N)
    made=$(( $(created) - before ))
    [ "$made" -eq "$push" ] || echo "warning: curl made $made of $push" >&2
    awk -v n="$push" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f\n", n / (ns / 1e9) }' >>"$work/curl"

    awk -v n="$push" -v r="$run" 'BEGIN { printf "["; for (i = 1; i <= n; i++)
        printf "%s{\"name\":\"newman %d %d\",\"idempotency_key\":\"newman-%d-%d\"}", (i > 1 ? "," : ""), r, i, r, i; print "]" }' >"$work/newman-data.json"
    before=$(created)
    t0=$(date +%s%N)
    "$newman" run "$root/bench/newman-stripe-create.json" -d "$work/newman-data.json" \
        --env-var "base_url=$url" --env-var "key=$key" --silent
    t1=$(date +%s%N)
    made=$(( $(created) - before ))
    [ "$made" -eq "$push" ] || echo "warning: newman made $made of $push" >&2
    awk -v n="$push" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f\n", n / (ns / 1e9) }' >>"$work/newman"
done
# The ceiling: what the same sandbox answers to the same creates with 8 connections and no
# client-side work (wrk, bench/wrk-stripe-create.lua), in the same run as the peers.
: >"$work/wrk"
for run in $(seq "$push_runs"); do
    before=$(created)
    wrk -t2 -c8 -d"${PRICEBOOK_BENCH_WRK_SECONDS:-5}"s -s "$root/bench/wrk-stripe-create.lua" "$url" -- "$key" "w$run-$$" >"$work/wrk.txt"
    made=$(( $(created) - before ))
    sent=$(sed -n 's/^wrk_requests=//p' "$work/wrk.txt")
    errors=$(sed -n 's/^wrk_errors=//p' "$work/wrk.txt")
    # Every answer counted was a create (the few still on their way when wrk stops add to "made").
    [ "$made" -ge "$sent" ] && [ "$errors" -eq 0 ] || echo "warning: wrk made $made for $sent answers, $errors errors" >&2
    sed -n 's/^wrk_requests_per_s=//p' "$work/wrk.txt" >>"$work/wrk"
done
pricebook_rate=$(value push_products_per_s); curl_rate=$(median <"$work/curl"); newman_rate=$(median <"$work/newman")
wrk_rate=$(median <"$work/wrk")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

table=$(cat <<TABLE
| figure | median | how |
|---|---|---|
| launch → first paint, $products-product catalog | ${startup_paint} ms | \`pricebook --startup-report\`, $runs runs after a warm-up, Xvfb |
| launch → first catalog rows painted | ${startup_rows} ms | same runs |
| peak RSS at that point | ${startup_rss} MB | \`/usr/bin/time -v\`, same runs |
| search: keystroke → filtered rows painted, $products rows | ${search_key} ms, of which 150 ms is the typing pause | \`bench_gui\` QBENCHMARK, 10 keystrokes × $runs |
| editor: ChatDash pricing model change → relayout and paint | ${relayout} ms | \`bench_gui\` QBENCHMARK |
| bulk push, no rate limit: Pricebook (concurrency 8, catalog written) | ${pricebook_rate} products/s | \`bench_push\`, $push products × $push_runs |
| same creates, \`xargs -P 8 curl\` | ${curl_rate} products/s | ratio Pricebook/curl $(ratio "$pricebook_rate" "$curl_rate") |
| same creates, \`newman\` with a data file | ${newman_rate} products/s | ratio Pricebook/newman $(ratio "$pricebook_rate" "$newman_rate") |
| same creates, \`wrk -t2 -c8\` (the ceiling: the sandbox's own limit) | ${wrk_rate} requests/s | Pricebook at $(awk -v a="$pricebook_rate" -v b="$wrk_rate" 'BEGIN { printf "%.1f", a / b * 100 }') % of it; curl/wrk $(ratio "$curl_rate" "$wrk_rate"), newman/wrk $(ratio "$newman_rate" "$wrk_rate") |
| bulk push at a 25 requests/s limit (sandbox and account) | $(value limited_products_per_s) products/s = $(value limited_share_percent) % of the limit | 500 products × $push_runs |
| 429 answers taken at that limit | $(value limited_429) of $(value limited_requests) requests | all runs together |
TABLE
)
echo "$table" | tee "$build/bench-results.md"

#!/usr/bin/env bash
# Pricebook's benchmark table: every figure is the median of several runs.
#   bench/run-benchmarks.sh BUILD_DIR        (scripts/setup.sh bench builds one and calls this)
# Environment: PRICEBOOK_BENCH_RUNS (default 5) runs for the startup and GUI figures,
# PRICEBOOK_BENCH_PUSH_RUNS (default 3) runs for the push figures, PRICEBOOK_BENCH_PRODUCTS
# (default 100000) catalog size, PRICEBOOK_BENCH_PUSH (default 10000) products per push,
# PRICEBOOK_BENCH_LARGE (default 1000000) the large catalog opened and scrolled,
# PRICEBOOK_BENCH_WRK_SECONDS (default 5) seconds per wrk run.
# Prints a Markdown table and writes it to BUILD_DIR/bench-results.md.
set -euo pipefail

build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${PRICEBOOK_BENCH_RUNS:-5}
push_runs=${PRICEBOOK_BENCH_PUSH_RUNS:-3}
products=${PRICEBOOK_BENCH_PRODUCTS:-100000}
push=${PRICEBOOK_BENCH_PUSH:-10000}
large=${PRICEBOOK_BENCH_LARGE:-1000000}
cli=$build/app/cli/pricebook-cli
newman=$root/bench/node_modules/.bin/newman

for tool in "$cli" "$newman" Xvfb curl xargs /usr/bin/time sqlite3 wrk; do
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

say "import and export: pricebook-cli on $products products as CSV, sqlite3 .import of the same file ($runs runs)"
"$build/bench/bench_catalog" --products "$products" --io "$work/io" >&2
: >"$work/export"; : >"$work/export_rss"; : >"$work/import"; : >"$work/import_rss"; : >"$work/reimport"; : >"$work/sqlite_import"
: >"$work/sqlite_schema"; : >"$work/sqlite_deferred"
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'; }
for i in $(seq "$runs"); do
    rm -f "$work/io/export.csv"
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$cli" export --data-dir "$work/io/source" "$work/io/export.csv" >/dev/null
    t1=$(date +%s%N)
    seconds "$t0" "$t1" >>"$work/export"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%.1f\n", $1 / 1024 }' >>"$work/export_rss"
    rm -rf "$work/io/run"; cp -r "$work/io/target" "$work/io/run"
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$cli" import --data-dir "$work/io/run" "$work/io/export.csv" >"$work/import.txt"
    t1=$(date +%s%N)
    grep -q "$products rows read, $products valid, $products imported" "$work/import.txt" || { cat "$work/import.txt" >&2; exit 1; }
    seconds "$t0" "$t1" >>"$work/import"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%.1f\n", $1 / 1024 }' >>"$work/import_rss"
    # The same file again: every row matched by its product_id, nothing changed.
    t0=$(date +%s%N)
    "$cli" import --data-dir "$work/io/run" "$work/io/export.csv" >"$work/import.txt"
    t1=$(date +%s%N)
    seconds "$t0" "$t1" >>"$work/reimport"
    # What the write alone costs: SQLite putting the same rows into Pricebook's own table, its
    # three indexes and its trigram index, copied from the imported catalog in one statement.
    # `WHERE rowid > 0` keeps it a row-by-row insert as Pricebook's is: a bare `SELECT *` into a
    # table of the same shape lets SQLite copy the stored records whole (its transfer
    # optimization), a floor no insert of new values can reach.
    rm -rf "$work/io/schema"; cp -r "$work/io/target" "$work/io/schema"
    t0=$(date +%s%N)
    sqlite3 "$work/io/schema/catalog.sqlite" "ATTACH '$work/io/run/catalog.sqlite' AS done; BEGIN; INSERT INTO products SELECT * FROM done.products WHERE rowid > 0; COMMIT;"
    t1=$(date +%s%N)
    [ "$(sqlite3 "$work/io/schema/catalog.sqlite" 'SELECT count(*) FROM products')" = "$products" ] || { echo "the schema copy holds the wrong count" >&2; exit 1; }
    seconds "$t0" "$t1" >>"$work/sqlite_schema"
    # The same as Pricebook writes many new products: the trigram index filled by one statement
    # after the rows, its insert trigger out meanwhile and back before the commit.
    rm -rf "$work/io/schema"; cp -r "$work/io/target" "$work/io/schema"
    trigger=$(sqlite3 "$work/io/schema/catalog.sqlite" "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'products_fts_insert'")
    [ -n "$trigger" ] || { echo "the catalog has no search index trigger" >&2; exit 1; }
    t0=$(date +%s%N)
    sqlite3 "$work/io/schema/catalog.sqlite" "ATTACH '$work/io/run/catalog.sqlite' AS done; BEGIN; DROP TRIGGER products_fts_insert; INSERT INTO products SELECT * FROM done.products WHERE rowid > 0; INSERT INTO products_fts(rowid, search) SELECT rowid, search FROM products; $trigger; COMMIT;"
    t1=$(date +%s%N)
    [ "$(sqlite3 "$work/io/schema/catalog.sqlite" 'SELECT count(*) FROM products_fts')" = "$products" ] || { echo "the deferred schema copy indexed the wrong count" >&2; exit 1; }
    seconds "$t0" "$t1" >>"$work/sqlite_deferred"
    rm -f "$work/io/peer.sqlite"
    t0=$(date +%s%N)
    sqlite3 "$work/io/peer.sqlite" ".import --csv $work/io/export.csv products"
    t1=$(date +%s%N)
    seconds "$t0" "$t1" >>"$work/sqlite_import"
done
export_s=$(median <"$work/export"); export_rss=$(median <"$work/export_rss"); import_s=$(median <"$work/import")
import_rss=$(median <"$work/import_rss"); reimport_s=$(median <"$work/reimport"); sqlite_import_s=$(median <"$work/sqlite_import")
sqlite_schema_s=$(median <"$work/sqlite_schema"); sqlite_deferred_s=$(median <"$work/sqlite_deferred")
csv_mb=$(du -m "$work/io/export.csv" | cut -f1)
rm -rf "$work/io"

say "a $large-product catalog: generate, open ($runs runs after a warm-up), scroll to the end and back"
t0=$(date +%s%N)
"$build/bench/bench_catalog" --products "$large" --keep "$work/large" --generate-only >&2
t1=$(date +%s%N)
large_gen_s=$(seconds "$t0" "$t1")
: >"$work/large_rows"; : >"$work/large_rss"
for i in $(seq 0 "$runs"); do
    t0=$(date +%s%3N)
    /usr/bin/time -v -o "$work/time.txt" "$build/app/gui/pricebook" --data-dir "$work/large" --startup-report >"$work/startup.txt" 2>/dev/null
    [ "$i" -eq 0 ] && continue
    rows=$(sed -n 's/^first_rows_epoch_ms=//p' "$work/startup.txt")
    echo $((rows - t0)) >>"$work/large_rows"
    sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%.1f\n", $1 / 1024 }' >>"$work/large_rss"
done
large_rows=$(median <"$work/large_rows"); large_rss=$(median <"$work/large_rss")
"$build/bench/bench_scroll" "$work/large/catalog.sqlite" >"$work/scroll.txt" 2>/dev/null || { cat "$work/scroll.txt" >&2; exit 1; }
scroll() { sed -n "s/^$1=//p" "$work/scroll.txt"; }
rm -rf "$work/large"

say "search and editor (QBENCHMARK, 10 iterations, median of $runs)"
PRICEBOOK_BENCH_CATALOG=$work/catalog/catalog.sqlite "$build/bench/bench_gui" -iterations 10 -median "$runs" >"$work/gui.txt" 2>&1 || { cat "$work/gui.txt" >&2; exit 1; }
result() { grep -A1 "RESULT : BenchGui::$1()" "$work/gui.txt" | tail -1 | awk '{ print $1 }'; }
search_key=$(result searchKeystroke); relayout=$(result pricingModelChange)

say "search on 1,000,000 products (bench_gui generates them: one INSERT ... SELECT of 3,000 made through the catalog)"
PRICEBOOK_BENCH_PRODUCTS=1000000 "$build/bench/bench_gui" searchKeystroke -iterations 10 -median "$runs" >"$work/gui-1m.txt" 2>&1 || { cat "$work/gui-1m.txt" >&2; exit 1; }
search_key_1m=$(grep -A1 "RESULT : BenchGui::searchKeystroke()" "$work/gui-1m.txt" | tail -1 | awk '{ print $1 }')

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
| search: keystroke → filtered rows painted, 1,000,000 rows | ${search_key_1m} ms, of which 150 ms is the typing pause | \`PRICEBOOK_BENCH_PRODUCTS=1000000 bench_gui searchKeystroke\`, 10 keystrokes × $runs |
| editor: ChatDash pricing model change → relayout and paint | ${relayout} ms | \`bench_gui\` QBENCHMARK |
| export $products products to CSV ($csv_mb MB), \`pricebook-cli export\` | ${export_s} s, peak RSS ${export_rss} MB | $runs runs |
| import that CSV into an empty catalog (parse, validate, write), \`pricebook-cli import\` | ${import_s} s, peak RSS ${import_rss} MB | same runs; ratio to sqlite3 $(ratio "$import_s" "$sqlite_import_s") |
| import the same CSV again (every row matched, unchanged) | ${reimport_s} s | same runs |
| same CSV, \`sqlite3 .import\` into a plain table (no checks): the ceiling | ${sqlite_import_s} s | same runs |
| the same rows into Pricebook's own table, 3 indexes and trigram index, by \`sqlite3\` alone (INSERT … SELECT from the imported catalog): the trigram index's trigger row by row | ${sqlite_schema_s} s | same runs; Pricebook's import takes $(ratio "$import_s" "$sqlite_schema_s")× as long |
| the same, the trigram index filled by one statement after the rows (as Pricebook writes many new products): the write's own floor | ${sqlite_deferred_s} s | same runs; Pricebook's import takes $(ratio "$import_s" "$sqlite_deferred_s")× as long |
| generate a $large-product catalog (\`bench_catalog --generate-only\`) | ${large_gen_s} s | once |
| launch → first catalog rows painted, $large products | ${large_rows} ms, peak RSS ${large_rss} MB | \`pricebook --startup-report\`, $runs runs after a warm-up |
| scroll $large rows: by pages, dragged to the end and back; worst paint / worst frame | $(scroll worst_paint_ms) ms / $(scroll worst_step_ms) ms (p99 $(scroll p99_paint_ms) / $(scroll p99_step_ms) ms) | \`bench_scroll\`, $(scroll paints) paints, $(scroll steps) scroll steps |
| bulk push, no rate limit: Pricebook (concurrency 8, catalog written) | ${pricebook_rate} products/s | \`bench_push\`, $push products × $push_runs |
| same creates, \`xargs -P 8 curl\` | ${curl_rate} products/s | ratio Pricebook/curl $(ratio "$pricebook_rate" "$curl_rate") |
| same creates, \`newman\` with a data file | ${newman_rate} products/s | ratio Pricebook/newman $(ratio "$pricebook_rate" "$newman_rate") |
| same creates, \`wrk -t2 -c8\` (the ceiling: the sandbox's own limit) | ${wrk_rate} requests/s | Pricebook at $(awk -v a="$pricebook_rate" -v b="$wrk_rate" 'BEGIN { printf "%.1f", a / b * 100 }') % of it; curl/wrk $(ratio "$curl_rate" "$wrk_rate"), newman/wrk $(ratio "$newman_rate" "$wrk_rate") |
| bulk push at a 25 requests/s limit (sandbox and account) | $(value limited_products_per_s) products/s = $(value limited_share_percent) % of the limit | 500 products × $push_runs |
| 429 answers taken at that limit | $(value limited_429) of $(value limited_requests) requests | all runs together |
TABLE
)
echo "$table" | tee "$build/bench-results.md"

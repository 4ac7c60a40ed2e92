#!/bin/sh
# The catalog figures for one person's SQLite file beside a team catalog on PostgreSQL, in one
# run, on the same generated products: opening the catalog to its first rows painted (the real
# window, `pricebook --startup-report`, on an X server of its own), a search keystroke to the
# filtered rows painted, net of the typing pause (bench_gui), and the catalog-level measures of
# bench_catalog (count and first rows, search, filters, sorting). The server is a private one
# (tests/run-with-postgres.sh); nothing outside a temporary folder is touched.
#   bench/run-team-benchmarks.sh [BUILD_DIR] [PRODUCTS] [RUNS]
# Prints a Markdown table and writes it to BUILD_DIR/team-bench-results.md.
# PRICEBOOK_TEAM_BENCH_CATALOG=0 leaves out the bench_catalog measures (they generate the
# products twice more).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
products=${2:-100000}
runs=${3:-3}

# Everything below runs beside the private server.
if [ -z "${PRICEBOOK_TEST_POSTGRES:-}" ]; then
    exec "$root/tests/run-with-postgres.sh" "$0" "$build" "$products" "$runs"
fi

for tool in "$build/bench/bench_catalog" "$build/bench/bench_gui" "$build/app/gui/pricebook" psql Xvfb; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# Settings, keychain lookups and caches stay inside the work folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$HOME"
say() { echo "== $*" >&2; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else print v[int((NR + 1) / 2)] }'; }

# An X server of its own, so the window really paints, as on a desktop.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
i=0
while [ ! -s "$work/display" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
export DISPLAY=":$(cat "$work/display")" QT_QPA_PLATFORM=xcb

sqlite="$work/sqlite/catalog.sqlite"
team=$(echo "$PRICEBOOK_TEST_POSTGRES" | sed "s|/postgres?|/pricebook_bench?|")
psql -X -q -d "$PRICEBOOK_TEST_POSTGRES" -c "CREATE DATABASE pricebook_bench"
say "generating $products products in a SQLite file and in the team catalog (the same ones)"
"$build/bench/bench_catalog" --products "$products" --keep "$work/sqlite" --generate-only >&2
"$build/bench/bench_catalog" --products "$products" --catalog "$team" --generate-only >&2
psql -X -q -d "$team" -c "VACUUM ANALYZE" >/dev/null

# launch -> first catalog rows painted: one warm-up, then $runs runs; the median.
startup() {
    : >"$work/rows"
    for i in $(seq 0 "$runs"); do
        t0=$(date +%s%3N)
        "$build/app/gui/pricebook" --catalog "$1" --startup-report >"$work/startup.txt" 2>/dev/null
        [ "$i" -eq 0 ] && continue
        rows=$(sed -n 's/^first_rows_epoch_ms=//p' "$work/startup.txt")
        echo $((rows - t0)) >>"$work/rows"
    done
    median <"$work/rows"
}
# A keystroke in the search field -> rows painted, less bench_gui's 150 ms typing pause.
search() {
    PRICEBOOK_BENCH_CATALOG=$1 "$build/bench/bench_gui" searchKeystroke -iterations 10 -median "$runs" >"$work/gui.txt" 2>&1 \
        || { cat "$work/gui.txt" >&2; exit 1; }
    grep -A1 "RESULT : BenchGui::searchKeystroke()" "$work/gui.txt" | tail -1 | awk '{ gsub(",", "", $1); printf "%.0f", $1 - 150 }'
}

say "SQLite: startup, search"
sqlite_rows=$(startup "$sqlite")
sqlite_search=$(search "$sqlite")
say "PostgreSQL: startup, search"
team_rows=$(startup "$team")
team_search=$(search "$team")
if [ "${PRICEBOOK_TEAM_BENCH_CATALOG:-1}" = 1 ]; then
say "bench_catalog on both"
"$build/bench/bench_catalog" --products "$products" --runs "$runs" >"$work/catalog-sqlite.txt"
psql -X -q -d "$PRICEBOOK_TEST_POSTGRES" -c "CREATE DATABASE pricebook_bench2"
"$build/bench/bench_catalog" --products "$products" --runs "$runs" \
    --catalog "$(echo "$PRICEBOOK_TEST_POSTGRES" | sed "s|/postgres?|/pricebook_bench2?|")" >"$work/catalog-team.txt"
fi

table=$(cat <<TABLE
| figure ($products products, median of $runs) | SQLite file | team catalog on PostgreSQL 15 | goal |
|---|---|---|---|
| launch → first catalog rows painted | ${sqlite_rows} ms | ${team_rows} ms | < 300 ms |
| search keystroke → filtered rows painted, net of the 150 ms typing pause | ${sqlite_search} ms | ${team_search} ms | < 50 ms |
TABLE
)
echo "$table" | tee "$build/team-bench-results.md"
if [ -s "$work/catalog-team.txt" ]; then
    echo
    echo "bench_catalog, SQLite:"
    cat "$work/catalog-sqlite.txt"
    echo "bench_catalog, PostgreSQL:"
    cat "$work/catalog-team.txt"
fi

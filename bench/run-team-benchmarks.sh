#!/bin/sh
# The catalog figures for one person's SQLite file beside a team catalog on PostgreSQL, in one
# run: the same generated products and the same bench_catalog measures on both (opening the
# catalog to its count and first 200 rows, search with the trigram index on the server, filters
# and sorting). The server is a private one (tests/run-with-postgres.sh).
#   bench/run-team-benchmarks.sh [BUILD_DIR] [PRODUCTS] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
products=${2:-100000}
runs=${3:-3}
echo "== SQLite"
"$build/bench/bench_catalog" --products "$products" --runs "$runs"
echo "== PostgreSQL"
"$root/tests/run-with-postgres.sh" sh -c '
    psql -X -q -d "$PRICEBOOK_TEST_POSTGRES" -c "CREATE DATABASE pricebook_bench" &&
    "$1/bench/bench_catalog" --products "$2" --runs "$3" --catalog "$(echo "$PRICEBOOK_TEST_POSTGRES" | sed "s|/postgres?|/pricebook_bench?|")"
' sh "$build" "$products" "$runs"

#!/bin/sh
# tests/run-with-postgres.sh: the cluster answers while the command runs (on its socket, and on
# loopback TCP for the password role only: with its password, never without or with another),
# the command's exit status comes back, and the cluster's folder is gone afterwards however the
# command ended (normal exit, failure, SIGTERM to the script).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
script="$here/run-with-postgres.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() { if ! eval "$2"; then echo "FAIL: $1" >&2; failed=1; else echo "PASS: $1"; fi; }

"$script" sh -c '
    dir=${PRICEBOOK_TEST_POSTGRES#*host=}
    port=${PRICEBOOK_TEST_POSTGRES#*port=}
    port=${port%%&*}
    echo "$dir" >"$1/dir1"
    "$PRICEBOOK_TEST_POSTGRES_BIN/pg_isready" -q -h "$dir" -p "$port" -U pricebook -d postgres && psql -X -tA -d "$PRICEBOOK_TEST_POSTGRES" -c "select 6*7" >"$1/answer"
    PGPASSWORD=$PRICEBOOK_TEST_POSTGRES_PASSWORD psql -X -tA -d "$PRICEBOOK_TEST_POSTGRES_TCP" -c "select current_user" >"$1/tcp" 2>&1
    PGPASSWORD=wrong psql -X -tA -d "$PRICEBOOK_TEST_POSTGRES_TCP" -c "select 1" >"$1/wrong" 2>&1 && echo connected >>"$1/wrong"
    PGPASSFILE=/nonexistent psql -X -tA -w -d "$PRICEBOOK_TEST_POSTGRES_TCP" -c "select 1" >"$1/none" 2>&1 && echo connected >>"$1/none"
    PGPASSFILE=/nonexistent psql -X -tA -w -d "postgresql://pricebook@127.0.0.1:$port/postgres" -c "select 1" >"$1/super" 2>&1 && echo connected >>"$1/super"
    true' sh "$work"
check "the command runs and reaches the server" '[ $? -eq 0 ] && [ "$(cat "$work/answer")" = 42 ]'
check "the password role logs in over loopback TCP with its password" '[ "$(cat "$work/tcp")" = pricebook_pw ]'
check "a wrong password is refused" 'grep -q "password authentication failed" "$work/wrong" && ! grep -q connected "$work/wrong"'
check "no password is refused" 'grep -q "no password supplied" "$work/none" && ! grep -q connected "$work/none"'
check "the socket-trusted user gets nothing over TCP without a password" '! grep -q connected "$work/super"'
check "the folder is removed after a normal exit" '[ -s "$work/dir1" ] && [ ! -e "$(cat "$work/dir1")" ]'

"$script" sh -c 'echo "${PRICEBOOK_TEST_POSTGRES#*host=}" >"$1/dir2"; exit 7' sh "$work"
check "the command's exit status is passed on" '[ $? -eq 7 ]'
check "the folder is removed after a failing command" '[ -s "$work/dir2" ] && [ ! -e "$(cat "$work/dir2")" ]'

"$script" sh -c 'echo "${PRICEBOOK_TEST_POSTGRES#*host=}" >"$1/dir3"; sleep 60' sh "$work" &
pid=$!
i=0
while [ ! -s "$work/dir3" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$pid"
wait "$pid"
check "SIGTERM ends the run with 143" '[ $? -eq 143 ]'
check "the folder is removed after SIGTERM" '[ -s "$work/dir3" ] && [ ! -e "$(cat "$work/dir3")" ]'
# No process of the killed run's server is left (its command lines name the folder).
leftover() {
    folder=$(cat "$work/dir3")
    for f in /proc/[0-9]*/cmdline; do
        case "$(tr '\0' ' ' <"$f" 2>/dev/null)" in *"$folder"*) echo "$f" ;; esac
    done
}
check "no server of these runs is left" '[ -z "$(leftover)" ]'

exit $failed

#!/bin/sh
# Runs a command beside a private PostgreSQL cluster: initdb in a temporary folder, the server
# listening on a Unix socket in that folder (trusted: nobody else can reach it) and on a loopback
# TCP port (a password login only), stopped and removed however the command ends. The command
# finds the cluster in PRICEBOOK_TEST_POSTGRES, a catalog URL of the cluster's maintenance
# database over the socket whose user may create databases (one per test); and, for the password
# tests, PRICEBOOK_TEST_POSTGRES_TCP, the same database over TCP as the role
# PRICEBOOK_TEST_POSTGRES_ROLE, whose password (made for this run) is in
# PRICEBOOK_TEST_POSTGRES_PASSWORD.
#   tests/run-with-postgres.sh ctest -R tst_storage
# PostgreSQL refuses to run as root: as root the server runs as the system user "postgres"
# (Debian's package makes it) or, where there is none, a system user made for it.
# PG_BIN names the server's folder (default: Debian's postgresql-15).
set -eu

pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pg_bin/initdb" ] || [ ! -x "$pg_bin/pg_ctl" ]; then
    echo "run-with-postgres.sh: no PostgreSQL server in $pg_bin (Debian package postgresql-15)" >&2
    exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/pricebook-pg.XXXXXX")
as_server() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    server_user=postgres
    if ! id -u "$server_user" >/dev/null 2>&1; then
        server_user=pricebook-pg
        id -u "$server_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$server_user"
    fi
    chown "$server_user" "$dir"
    as_server() { (cd / && runuser -u "$server_user" -- "$@"); }
fi
chmod 700 "$dir"

stopped=0
child=
stop() {
    [ "$stopped" -eq 1 ] && return
    stopped=1
    [ -n "$child" ] && kill -TERM "$child" 2>/dev/null && wait "$child" 2>/dev/null
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap 'stop; exit 129' HUP

# Trust on the private socket only: nobody else can reach a socket in a 0700 folder. Over TCP
# (loopback only) a SCRAM password is asked of everyone.
if ! as_server "$pg_bin/initdb" -D "$dir/data" -U pricebook --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    exit 2
fi
# The socket in the folder and a loopback port; fsync off since the cluster only lives for one
# run (a killed server still loses nothing committed: only an operating-system crash would).
# Several runs may share the machine: a port another one holds is skipped for the next.
attempt=0
while :; do
    port=$((20000 + ($$ * 31 + attempt * 7919) % 40000))
    server_options="-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200"
    if as_server "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$server_options" start >/dev/null 2>&1; then
        break
    fi
    attempt=$((attempt + 1))
    if [ $attempt -ge 8 ] || ! grep -q "could not bind\|could not create listen socket" "$dir/server.log"; then
        cat "$dir/server.log" >&2
        exit 2
    fi
done
# The socket folder is the test's way in, so it has to be reachable by the user running it.
chmod 711 "$dir"

# For trials that kill the server: a command that starts it again, as it was.
cat >"$dir/restart" <<RESTART
#!/bin/sh
cd /
exec $( [ "$(id -u)" -eq 0 ] && echo "runuser -u $server_user --" ) "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \\
    -o "$server_options" start
RESTART
chmod 700 "$dir/restart"

# A role that logs in with a password, over TCP only; it may make the databases it tests on.
password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
if ! psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U pricebook -d postgres \
        -c "CREATE ROLE pricebook_pw LOGIN CREATEDB PASSWORD '$password'" >/dev/null 2>"$dir/role.log"; then
    cat "$dir/role.log" >&2
    exit 2
fi

PRICEBOOK_TEST_POSTGRES="postgresql://pricebook@/postgres?port=$port&host=$dir"
PRICEBOOK_TEST_POSTGRES_TCP="postgresql://pricebook_pw@127.0.0.1:$port/postgres"
PRICEBOOK_TEST_POSTGRES_ROLE=pricebook_pw
PRICEBOOK_TEST_POSTGRES_PASSWORD=$password
PRICEBOOK_TEST_POSTGRES_DATA="$dir/data"
PRICEBOOK_TEST_POSTGRES_BIN="$pg_bin"
PRICEBOOK_TEST_POSTGRES_RESTART="$dir/restart"
export PRICEBOOK_TEST_POSTGRES PRICEBOOK_TEST_POSTGRES_DATA PRICEBOOK_TEST_POSTGRES_BIN PRICEBOOK_TEST_POSTGRES_RESTART \
    PRICEBOOK_TEST_POSTGRES_TCP PRICEBOOK_TEST_POSTGRES_ROLE PRICEBOOK_TEST_POSTGRES_PASSWORD
# In the background and waited for, so a signal to this script is acted on at once (a shell
# runs traps only after a foreground command ends).
set +e
"$@" &
child=$!
wait "$child"
status=$?
child=
set -e
exit "$status"

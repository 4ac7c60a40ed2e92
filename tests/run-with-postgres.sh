#!/bin/sh
# Runs a command beside a private PostgreSQL cluster: initdb in a temporary folder, the server
# listening only on a Unix socket in that folder (no TCP port), stopped and removed however the
# command ends. The command finds the cluster in PRICEBOOK_TEST_POSTGRES, a catalog URL of the
# cluster's maintenance database whose user may create databases (one per test).
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

# Trust on the private socket only: nobody else can reach a socket in a 0700 folder.
if ! as_server "$pg_bin/initdb" -D "$dir/data" -U pricebook --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    exit 2
fi
# No TCP at all, the socket in the folder; fsync off since the cluster only lives for one run
# (a killed server still loses nothing committed: only an operating-system crash would).
if ! as_server "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=200" start >/dev/null; then
    cat "$dir/server.log" >&2
    exit 2
fi
# The socket folder is the test's way in, so it has to be reachable by the user running it.
chmod 711 "$dir"

# For trials that kill the server: a command that starts it again, as it was.
cat >"$dir/restart" <<RESTART
#!/bin/sh
cd /
exec $( [ "$(id -u)" -eq 0 ] && echo "runuser -u $server_user --" ) "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \\
    -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=200" start
RESTART
chmod 700 "$dir/restart"

PRICEBOOK_TEST_POSTGRES="postgresql://pricebook@/postgres?host=$dir"
PRICEBOOK_TEST_POSTGRES_DATA="$dir/data"
PRICEBOOK_TEST_POSTGRES_BIN="$pg_bin"
PRICEBOOK_TEST_POSTGRES_RESTART="$dir/restart"
export PRICEBOOK_TEST_POSTGRES PRICEBOOK_TEST_POSTGRES_DATA PRICEBOOK_TEST_POSTGRES_BIN PRICEBOOK_TEST_POSTGRES_RESTART
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

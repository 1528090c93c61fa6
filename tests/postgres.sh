# Sourced by tests/run.sh and docs/guide/screenshots.sh: starts a throwaway PostgreSQL cluster from the
# machine's server binaries (removed when the sourcing script exits) and tells the tests where it is
# (EDITORIAL_TEST_POSTGRES, EDITORIAL_TEST_PG_BIN). On failure it prints "0 passed, 1 failed" and exits.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql"; echo "0 passed, 1 failed"; exit 1; }
pg_dir="$(mktemp -d /tmp/editorial-pg.XXXXXX)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
stop_pg() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
log "Starting PostgreSQL ($("$pg_bin/postgres" --version | awk '{print $3}')) on port $pg_port"
as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >/dev/null \
  && as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/server.log" \
       -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$pg_dir/server.log" 2>/dev/null; echo "0 passed, 1 failed"; exit 1; }
export EDITORIAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
export EDITORIAL_TEST_PG_BIN="$pg_bin"

#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the test suite and prints ONE line on stdout: the URL
# to use as TEST_DATABASE_URL. Everything else goes to stderr.
#
#   TEST_DATABASE_URL="$(.ci/start-postgres.sh)"     # start, or reuse the one already running
#   .ci/start-postgres.sh --stop                       # stop it (the directory stays)
#
# Needs the Debian `postgresql` package (binaries under /usr/lib/postgresql/<version>/bin).
# As root, the cluster belongs to the `postgres` user (initdb refuses root); as another user, to
# that user. It listens on 127.0.0.1 only, with a throwaway password: never use it for real data.
#
# Environment: CHATOPS_PG_DIR (default /tmp/chatops-test-postgres), CHATOPS_PG_PORT (first port
# tried, default 54329), CHATOPS_PG_DB (default chatops_test).
set -euo pipefail

dir="${CHATOPS_PG_DIR:-/tmp/chatops-test-postgres}"
first_port="${CHATOPS_PG_PORT:-54329}"
db="${CHATOPS_PG_DB:-chatops_test}"
password="chatops-test-only"
data="$dir/data"

fail() { echo "start-postgres: $*" >&2; exit 1; }

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$bin" ] && [ -x "$bin/initdb" ] || fail "no PostgreSQL binaries under /usr/lib/postgresql/*/bin; run: apt-get install -y postgresql"

if [ "$(id -u)" = 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

running() { as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

if [ "${1:-}" = "--stop" ]; then
  if running; then as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2; fi
  exit 0
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local port
  for port in $(seq "$first_port" $((first_port + 50))); do
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  fail "no free port between $first_port and $((first_port + 50))"
}

mkdir -p "$dir"
chown "$owner" "$dir"
chmod 700 "$dir"

if [ ! -f "$data/PG_VERSION" ]; then
  echo "$password" >"$dir/pwfile"
  chown "$owner" "$dir/pwfile"
  as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
  rm -f "$dir/pwfile"
fi

if running; then
  port="$(sed -n 4p "$data/postmaster.pid")"
  echo "start-postgres: reusing the cluster already running in $data on port $port" >&2
else
  port="$(pick_port)"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { tail -n 30 "$dir/postgres.log" >&2 || true; fail "PostgreSQL did not start (log: $dir/postgres.log)"; }
fi

psql_local() { as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }
if [ "$(psql_local -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  psql_local -c "CREATE DATABASE \"$db\"" >&2
fi

echo "postgres://postgres:$password@127.0.0.1:$port/$db"

#!/usr/bin/env bash
# Start or stop the servers the "servers mode" tests run against: a real Chroma server and a
# real PostgreSQL, both on 127.0.0.1 with free ports, both in one temporary folder.
#
#   eval "$(scripts/ci_services.sh start)"   # prints the export lines for the tests
#   scripts/ci_services.sh stop              # stops both by their recorded PIDs, removes the folder
#
# Installs nothing: PostgreSQL comes from Debian's `postgresql` package (.ci/run installs it),
# the `chroma` CLI from the chromadb wheel in .venv. The state folder is recorded in
# $NIANBAO_SERVICES_DIR (default .cache/ci-services) so that `stop` finds the PIDs.
# Why by PID: other Chroma or PostgreSQL processes on the machine are not ours to stop.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE=${NIANBAO_SERVICES_DIR:-$ROOT/.cache/ci-services}
VENV=${VENV:-.venv}

log() { echo "ci_services: $*" >&2; }

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

pg_bin() {
  # Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<major>/bin
  local d
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v pg_ctl)")"; return; fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$d" ] || { log "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
  echo "$d"
}

wait_for() {  # wait_for SECONDS command...: until the command succeeds
  local t=$1; shift
  for _ in $(seq $((t * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

start_postgres() {
  local bin port dir run_as=()
  bin=$(pg_bin)
  port=$(free_port)
  dir=$STATE/pg
  mkdir -p "$dir"
  # initdb refuses to run as root: run the server as the `postgres` user when we are root
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown -R postgres "$dir"
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$dir/data" -U nianbao --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  head -1 "$dir/data/postmaster.pid" >"$STATE/postgres.pid"
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U nianbao nianbao
  echo "postgresql+psycopg2://nianbao@127.0.0.1:$port/nianbao" >"$STATE/pg_url"
  log "PostgreSQL on 127.0.0.1:$port (pid $(cat "$STATE/postgres.pid"))"
}

start_chroma() {
  local port
  port=$(free_port)
  mkdir -p "$STATE/chroma"
  # setsid: its own process group, so that a Ctrl-C in the test run does not reach it first
  setsid "$ROOT/$VENV/bin/chroma" run --host 127.0.0.1 --port "$port" --path "$STATE/chroma" \
    >"$STATE/chroma.log" 2>&1 </dev/null &
  echo $! >"$STATE/chroma.pid"
  echo "$port" >"$STATE/chroma_port"
  if ! wait_for 60 "$VENV/bin/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/api/v2/heartbeat', timeout=2)"; then
    cat "$STATE/chroma.log" >&2
    log "the Chroma server did not answer on port $port"
    exit 1
  fi
  log "Chroma server on 127.0.0.1:$port (pid $(cat "$STATE/chroma.pid"))"
}

print_env() {
  echo "export NIANBAO_TEST_PG_URL='$(cat "$STATE/pg_url")'"
  echo "export NIANBAO_TEST_CHROMA_HOST=127.0.0.1"
  echo "export NIANBAO_TEST_CHROMA_PORT=$(cat "$STATE/chroma_port")"
}

stop_pid() {  # stop_pid FILE NAME: TERM, wait up to 20 s, then KILL; only that PID
  local f=$1 name=$2 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && { log "$name (pid $pid) did not stop: KILL"; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$f"
  log "stopped $name (pid $pid)"
}

case "${1:-}" in
  start)
    [ -e "$STATE/chroma.pid" ] || [ -e "$STATE/postgres.pid" ] && { log "already started ($STATE); stop first"; exit 1; }
    rm -rf "$STATE"
    mkdir -p "$STATE"
    start_postgres
    start_chroma
    print_env
    ;;
  env)
    print_env
    ;;
  stop)
    stop_pid "$STATE/chroma.pid" "Chroma server"
    stop_pid "$STATE/postgres.pid" "PostgreSQL"
    rm -rf "$STATE"
    ;;
  *)
    echo "usage: $0 start|env|stop" >&2
    exit 2
    ;;
esac

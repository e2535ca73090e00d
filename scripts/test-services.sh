#!/usr/bin/env bash
# Starts throwaway PostgreSQL and Redis servers on 127.0.0.1 for the test run and exports
# their addresses. Source it; call stop_test_services when done (test.sh traps EXIT).
# Tests read CN_TEST_POSTGRES and CN_TEST_REDIS; in CI a missing service fails the tests.

CN_SERVICES_DIR=${CN_SERVICES_DIR:-$(mktemp -d /tmp/counternode-services.XXXXXX)}
CN_PG_PORT=${CN_PG_PORT:-55432}
CN_REDIS_PORT=${CN_REDIS_PORT:-56379}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  echo "$dir"
}

start_postgres() {
  local bin data owner
  bin=$(pg_bin)
  [[ -x "$bin/initdb" ]] || { echo "[services] PostgreSQL binaries not found" >&2; return 1; }
  data="$CN_SERVICES_DIR/pg"
  owner=$(id -un)
  # initdb refuses to run as root: run the cluster as the postgres system user then.
  local as=()
  if [[ $(id -u) -eq 0 ]]; then
    owner=postgres
    as=(runuser -u postgres --)
    chown postgres "$CN_SERVICES_DIR"
  fi
  mkdir -p "$data"; chown "$owner" "$data" 2>/dev/null || true
  "${as[@]}" "$bin/initdb" -D "$data" -U counternode --auth=trust -E UTF8 --locale=C.UTF-8 >"$CN_SERVICES_DIR/initdb.log" 2>&1 \
    || { cat "$CN_SERVICES_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$CN_SERVICES_DIR/pg.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $CN_PG_PORT -k $CN_SERVICES_DIR -c fsync=off -c max_connections=300 -c shared_buffers=256MB" start >/dev/null \
    || { cat "$CN_SERVICES_DIR/pg.log" >&2; return 1; }
  export CN_TEST_POSTGRES="Host=127.0.0.1;Port=$CN_PG_PORT;Username=counternode;Database=postgres;Pooling=true;Maximum Pool Size=50"
  echo "[services] PostgreSQL on 127.0.0.1:$CN_PG_PORT"
}

start_redis() {
  command -v redis-server >/dev/null || { echo "[services] redis-server not found" >&2; return 1; }
  redis-server --bind 127.0.0.1 --port "$CN_REDIS_PORT" --save '' --appendonly no \
    --daemonize yes --pidfile "$CN_SERVICES_DIR/redis.pid" --logfile "$CN_SERVICES_DIR/redis.log" --dir "$CN_SERVICES_DIR"
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$CN_REDIS_PORT" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  export CN_TEST_REDIS="127.0.0.1:$CN_REDIS_PORT"
  echo "[services] Redis on 127.0.0.1:$CN_REDIS_PORT"
}

stop_test_services() {
  local bin
  bin=$(pg_bin)
  if [[ -d "$CN_SERVICES_DIR/pg" ]]; then
    if [[ $(id -u) -eq 0 ]]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$CN_SERVICES_DIR/pg" -m immediate stop >/dev/null 2>&1 || true
    else
      "$bin/pg_ctl" -D "$CN_SERVICES_DIR/pg" -m immediate stop >/dev/null 2>&1 || true
    fi
  fi
  if [[ -f "$CN_SERVICES_DIR/redis.pid" ]]; then
    kill "$(cat "$CN_SERVICES_DIR/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$CN_SERVICES_DIR"
}

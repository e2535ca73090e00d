#!/usr/bin/env bash
# Runs CounterNode on this machine with the embedded defaults: the Hub (SQLite file) and
# one counter node with simulated devices. Data and logs go to .run/. Ctrl+C stops all.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "[run] building (Release)…"
dotnet build CounterNode.sln -c Release -nologo -v q >/tmp/counternode-build.log 2>&1 \
  || { cat /tmp/counternode-build.log; exit 1; }

hub_dir="$root/src/Hub/bin/Release/net10.0"
node_dir="$root/src/Node/bin/Release/net10.0"
mkdir -p .run/hub .run/node-counter-01
pids=()

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "[run] stopping…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "[run] stopped"
}
trap stop_all INT TERM EXIT

(cd .run/hub && exec dotnet "$hub_dir/CounterNode.Hub.dll" --contentRoot "$hub_dir") &
pids+=($!)

for _ in $(seq 1 100); do
  curl -fsS http://127.0.0.1:5080/health >/dev/null 2>&1 && break
  sleep 0.2
done

(cd .run/node-counter-01 && exec dotnet "$node_dir/CounterNode.Node.dll" --contentRoot "$node_dir" \
  --Node:NodeId=counter-01 --Node:Role=Counter --Node:CounterNumber=1) &
pids+=($!)

cat <<TXT
[run] CounterNode is running:
      Hub              http://127.0.0.1:5080/health
      Node counter-01  http://127.0.0.1:5081/health
      logs             $root/.run/*/logs/
      Press Ctrl+C to stop.
TXT
wait -n "${pids[@]}" || true

#!/usr/bin/env bash
# Runs CounterNode on this machine with the embedded defaults: the Hub (SQLite file), a
# virtual ESC/POS printer, and one counter node printing to it. At start it prints a sample of
# every document (queue ticket, Mẫu 01–04) to the virtual printer and says where the PNGs are.
# Data and logs go to .run/. Ctrl+C stops all.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "[run] building (Release)…"
dotnet build CounterNode.sln -c Release -nologo -v q >/tmp/counternode-build.log 2>&1 \
  || { cat /tmp/counternode-build.log; exit 1; }

hub_dir="$root/src/Hub/bin/Release/net10.0"
node_dir="$root/src/Node/bin/Release/net10.0"
printer_dir="$root/hardware/VirtualPrinter/bin/Release/net10.0"
printer_port=${CN_PRINTER_PORT:-19100}
mkdir -p .run/hub .run/node-counter-01 .run/printer
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

# The virtual printer keeps running for the node; stdin closed = serve until stopped.
dotnet "$printer_dir/CounterNode.VirtualPrinter.dll" --port "$printer_port" --out "$root/.run/printer" </dev/null \
  >.run/printer/printer.log 2>&1 &
pids+=($!)
sleep 1

printing=(--Printing:Enabled=true --Printing:Transport=Tcp --Printing:Host=127.0.0.1 --Printing:Port="$printer_port")
echo "[run] printing a sample of every document to the virtual printer…"
(cd .run && dotnet "$node_dir/CounterNode.Node.dll" --contentRoot "$node_dir" --print-samples \
  --Node:DataDirectory="$root/.run/samples" "${printing[@]}" >"$root/.run/printer/samples.log" 2>&1) \
  && echo "[run] samples printed: PNG files and transcripts are in $root/.run/printer/" \
  || echo "[run] printing samples failed; see .run/printer/samples.log"

(cd .run/node-counter-01 && exec dotnet "$node_dir/CounterNode.Node.dll" --contentRoot "$node_dir" \
  --Node:NodeId=counter-01 --Node:Role=Counter --Node:CounterNumber=1 "${printing[@]}") &
pids+=($!)

cat <<TXT
[run] CounterNode is running:
      Board (login giamsat / giamsat, demo only)  http://127.0.0.1:5080/board
      Hall display                                 http://127.0.0.1:5080/hall
      Kiosk (take a ticket)                        http://127.0.0.1:5081/kiosk
      Officer console (cb01 / PIN 1234, demo only) http://127.0.0.1:5081/console
      Hub health                                   http://127.0.0.1:5080/health
      Virtual printer 127.0.0.1:$printer_port → PNGs in $root/.run/printer/
      Logs            $root/.run/*/logs/
      Press Ctrl+C to stop.
TXT
wait -n "${pids[@]}" || true

#!/usr/bin/env bash
# The whole hall on this machine, with simulated devices and citizens:
#   the Hub (embedded SQLite), a kiosk node, three counter nodes (counter 3 is a shared counter)
#   and a hall node; a virtual ESC/POS printer per node, a virtual pole display (TCP) per counter,
#   a virtual barcode scanner per counter (pty through socat, when installed), and a simulated
#   stream of citizens taking tickets and counters calling/serving them through the nodes' APIs.
# DEMO SETTING: the nodes run with Demo:OpenAllHours=true (logged as a warning) so tickets are
# issued at any hour; a normal node still refuses tickets outside working hours.
# Data and logs go to .run/ (wiped at each start; --keep keeps them). Ctrl+C stops everything.
#   ./run.sh [--keep] [--no-citizens] [--no-samples]
#   CN_DEMO_PORT_BASE (default 5080): Hub, then kiosk, counters 1-3 and hall on the next ports.
#   CN_DEVICE_PORT_BASE (default 19100): printers on +0..+3 (their control ports +20..+23), displays on +11..+13.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

keep=0 citizens=1 samples=1
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    --no-citizens) citizens=0 ;;
    --no-samples) samples=0 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "[run] unknown option $arg (see --help)"; exit 2 ;;
  esac
done

base=${CN_DEMO_PORT_BASE:-5080}
dev=${CN_DEVICE_PORT_BASE:-19100}
hub_port=$base kiosk_port=$((base + 1)) hall_port=$((base + 5))
counter_ports=($((base + 2)) $((base + 3)) $((base + 4)))
printer_ports=($dev $((dev + 1)) $((dev + 2)) $((dev + 3)))   # kiosk, counter 1, 2, 3
display_ports=($((dev + 11)) $((dev + 12)) $((dev + 13)))     # counter 1, 2, 3
control_ports=($((dev + 20)) $((dev + 21)) $((dev + 22)) $((dev + 23)))  # printers' state commands (paper-low, paper-out…)

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$hub_port" "$kiosk_port" "$hall_port" "${counter_ports[@]}" "${printer_ports[@]}" "${display_ports[@]}" "${control_ports[@]}"; do
  if port_busy "$p"; then
    echo "[run] port $p on 127.0.0.1 is already in use (another run.sh?). Stop it, or set CN_DEMO_PORT_BASE / CN_DEVICE_PORT_BASE."
    exit 1
  fi
done

echo "[run] building (Release)…"
: >/tmp/counternode-build.log
for project in src/Hub src/Node hardware/VirtualPrinter hardware/VirtualDisplay hardware/VirtualScanner hardware/CitizenSimulator; do
  dotnet build "$project" -c Release -nologo -v q >>/tmp/counternode-build.log 2>&1 \
    || { cat /tmp/counternode-build.log; exit 1; }
done

bin() { echo "$root/$1/bin/Release/net10.0/CounterNode.$2.dll"; }
hub_dll=$(bin src/Hub Hub)
node_dll=$(bin src/Node Node)
node_root=$(dirname "$node_dll")
printer_dll=$(bin hardware/VirtualPrinter VirtualPrinter)
display_dll=$(bin hardware/VirtualDisplay VirtualDisplay)
scanner_dll=$(bin hardware/VirtualScanner VirtualScanner)
sim_dll=$(bin hardware/CitizenSimulator CitizenSimulator)

if [[ $keep == 0 ]]; then rm -rf .run; fi
mkdir -p .run
pids=()      # long-running: the demo stops when one of them exits
one_shot=()  # finish by themselves (sample printing)
fifo_fds=()

stop_all() {
  trap - INT TERM EXIT
  echo
  echo "[run] stopping…"
  # Newest first: the simulator and nodes before the devices and the Hub.
  local all=("${pids[@]}" "${one_shot[@]}")
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do kill -TERM "${all[i]}" 2>/dev/null || true; done
  for pid in "${all[@]}"; do wait "$pid" 2>/dev/null || true; done
  for fd in "${fifo_fds[@]}"; do exec {fd}>&- || true; done
  echo "[run] stopped"
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

# start NAME DIR COMMAND… : runs in DIR, output to DIR/NAME.out
start() {
  local name=$1 dir=$2
  shift 2
  mkdir -p "$dir"
  (cd "$dir" && exec "$@" </dev/null >"$dir/$name.out" 2>&1) &
  pids+=($!)
}

wait_http() {
  for _ in $(seq 1 150); do
    curl -fsS "$1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "[run] $1 did not answer; see the logs in .run/"
  return 1
}

start hub "$root/.run/hub" dotnet "$hub_dll" --contentRoot "$(dirname "$hub_dll")" --Urls="http://127.0.0.1:$hub_port"

# Devices: printers (one per node), pole displays over TCP, scanners on pseudo-terminals.
names=(kiosk counter-01 counter-02 counter-03)
for i in 0 1 2 3; do
  start printer "$root/.run/devices/printer-${names[i]}" dotnet "$printer_dll" --port "${printer_ports[i]}" \
    --control-port "${control_ports[i]}" --out "$root/.run/devices/printer-${names[i]}"
done
for i in 0 1 2; do
  start display "$root/.run/devices/display-$((i + 1))" dotnet "$display_dll" --port "${display_ports[i]}" \
    --transcript "$root/.run/devices/display-$((i + 1))/transcript.log"
done
scanners=0
if command -v socat >/dev/null; then
  scanners=1
  for n in 1 2 3; do
    d="$root/.run/devices/scanner-$n"
    mkdir -p "$d"
    start socat "$d" socat pty,raw,echo=0,link="$d/tty-node" pty,raw,echo=0,link="$d/tty-device"
    mkfifo "$d/scans.fifo"
    # Keep a writer open so the scanner never sees end-of-file between two scans.
    exec {fd}<>"$d/scans.fifo"
    fifo_fds+=("$fd")
  done
  for n in 1 2 3; do
    d="$root/.run/devices/scanner-$n"
    for _ in $(seq 1 50); do [[ -e "$d/tty-device" ]] && break; sleep 0.1; done
    (cd "$d" && exec dotnet "$scanner_dll" --pty "$d/tty-device" --lf <"$d/scans.fifo" >"$d/scanner.out" 2>&1) &
    pids+=($!)
  done
else
  echo "[run] socat not installed: counters run without virtual scanners (apt-get install socat)."
fi

wait_http "http://127.0.0.1:$hub_port/health"

common=(--contentRoot "$node_root" --Node:HubUrl="http://127.0.0.1:$hub_port" --Demo:OpenAllHours=true --Printing:Enabled=true
  --Printing:Transport=Tcp --Printing:Host=127.0.0.1)
start node "$root/.run/kiosk-01" dotnet "$node_dll" "${common[@]}" --Urls="http://127.0.0.1:$kiosk_port" \
  --Node:NodeId=kiosk-01 --Node:Role=Kiosk --Node:Key=dev-key-kiosk-01-change-me --Printing:Port="${printer_ports[0]}"
display_kinds=(DmD DmD Cd5220)
for n in 1 2 3; do
  id=$(printf 'counter-%02d' "$n")
  scanner_args=(--Scanner:Kind=None)
  [[ $scanners == 1 ]] && scanner_args=(--Scanner:Kind=Serial --Scanner:Device="$root/.run/devices/scanner-$n/tty-node")
  start node "$root/.run/$id" dotnet "$node_dll" "${common[@]}" --Urls="http://127.0.0.1:${counter_ports[n - 1]}" \
    --Node:NodeId="$id" --Node:Role=Counter --Node:CounterNumber="$n" --Node:Key="dev-key-$id-change-me" \
    --Printing:Port="${printer_ports[n]}" --Display:Kind="${display_kinds[n - 1]}" --Display:Port="127.0.0.1:${display_ports[n - 1]}" \
    "${scanner_args[@]}"
done
start node "$root/.run/hall-01" dotnet "$node_dll" --contentRoot "$node_root" --Node:HubUrl="http://127.0.0.1:$hub_port" \
  --Urls="http://127.0.0.1:$hall_port" --Node:NodeId=hall-01 --Node:Role=Hall --Node:Key=dev-key-hall-01-change-me \
  --Voice:Enabled=true --Voice:Output=Folder

for p in "$kiosk_port" "${counter_ports[@]}" "$hall_port"; do wait_http "http://127.0.0.1:$p/health"; done

if [[ $samples == 1 ]]; then
  # A sample of every document (queue ticket, Mẫu 01–04) through the real print queue, on a printer of its own.
  start samples "$root/.run/devices/samples" dotnet "$printer_dll" --port 0 --out "$root/.run/devices/samples" --print-samples
  one_shot+=("${pids[-1]}")
  unset 'pids[-1]'
fi

if [[ $citizens == 1 ]]; then
  sim_args=(--kiosk "http://127.0.0.1:$kiosk_port" --services A,B,C,D --arrival-seconds 4 --service-seconds 8)
  for n in 1 2 3; do
    sim_args+=(--counter "http://127.0.0.1:${counter_ports[n - 1]}")
    [[ $scanners == 1 ]] && sim_args+=(--scanner "http://127.0.0.1:${counter_ports[n - 1]}=$root/.run/devices/scanner-$n/scans.fifo")
  done
  start citizens "$root/.run/citizens" dotnet "$sim_dll" "${sim_args[@]}" --officer "${CN_DEMO_OFFICER:-cb01}" --pin "${CN_DEMO_PIN:-1234}"
fi

cat <<TXT
[run] CounterNode demo is running (DEMO: tickets at any hour):
      Board (login giamsat / giamsat, demo only)   http://127.0.0.1:$hub_port/board
      Hall display (Hub)                            http://127.0.0.1:$hub_port/hall
      Hall display (hall node, works offline)       http://127.0.0.1:$hall_port/hall
      Kiosk (take a ticket)                         http://127.0.0.1:$kiosk_port/kiosk
      Officer console, counter 1                    http://127.0.0.1:${counter_ports[0]}/console
      Officer console, counter 2                    http://127.0.0.1:${counter_ports[1]}/console
      Officer console, counter 3 (shared counter)   http://127.0.0.1:${counter_ports[2]}/console
        (sign in ${CN_DEMO_OFFICER:-cb01} / PIN ${CN_DEMO_PIN:-1234}, demo only; the simulated officers use the same account)
      Dossier desk, counter 1 (receive / return)    http://127.0.0.1:${counter_ports[0]}/console/dossiers
      Department page (login sotuphap / sotuphap)   http://127.0.0.1:$hub_port/department
      Catalogue, rotation, calendar (supervisor)    http://127.0.0.1:$hub_port/admin/catalogue  /admin/rotation  /admin/calendar
      Public list of officers on duty               http://127.0.0.1:$hub_port/officers
      Simulated citizens                            $root/.run/citizens/citizens.out
      Printers (PNG per ticket)                     $root/.run/devices/printer-*/
        (device health on the board: echo paper-low >/dev/tcp/127.0.0.1/${control_ports[0]}  — kiosk printer; paper-ok undoes)
      Sample of every document (Mẫu 01–04)          $root/.run/devices/samples/
      Pole displays (what each counter shows)       $root/.run/devices/display-*/display.out
      Voice calls (WAV, hall node)                  $root/.run/hall-01/ (Node:DataDirectory/voice)
      Logs                                          $root/.run/*/logs/
      Press Ctrl+C to stop.
TXT
wait -n "${pids[@]}" || true
echo "[run] a process exited; see .run/*/*.out"

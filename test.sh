#!/usr/bin/env bash
# Runs every test of CounterNode on a fresh machine: installs what is missing (Debian
# packages), starts throwaway PostgreSQL and Redis on 127.0.0.1, runs `dotnet test` on the
# solution and prints the totals. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

bash scripts/ensure-packages.sh
# shellcheck source=scripts/test-services.sh
source scripts/test-services.sh
trap stop_test_services EXIT
start_postgres
start_redis

export CN_CHROMIUM=${CN_CHROMIUM:-/usr/bin/chromium}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp /tmp/counternode-test.XXXXXX.log)
echo "[test] building"
dotnet build CounterNode.sln -c Release -nologo -v q 2>&1 | tee -a "$log" | grep -E "error|Error|Warn" || true
set +e
dotnet test CounterNode.sln -c Release --no-build -nologo "$@" 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly summaries ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...").
totals=$(grep -E "^(Passed|Failed)!" "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped", p, f, s}')
echo
echo "Totals: $totals"
if [[ $status -ne 0 ]]; then
  echo "[test] dotnet test failed (exit $status); full log: $log"
fi
exit "$status"

#!/usr/bin/env bash
# Installs the Debian packages the tests and the demo need, only those that are missing.
# Everything is started by the callers bound to 127.0.0.1; nothing here opens a port.
set -euo pipefail

needed=(postgresql redis-server socat chromium fonts-dejavu-core espeak-ng sqlite3)
missing=()
for pkg in "${needed[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "[setup] all packages present: ${needed[*]}"
  exit 0
fi

echo "[setup] installing missing packages: ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# policy-rc.d keeps the packages' own services (postgresql@15-main, redis-server) from
# starting on 0.0.0.0/::1 defaults; the test script runs its own throwaway instances.
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[setup] installed: ${missing[*]}"

#!/usr/bin/env bash
# The browser tests' system packages: Debian's Chromium (never a downloaded browser) and a CJK font so Chinese
# renders in the screenshots. Installs whichever is missing with apt-get — as root, or through sudo — and does
# nothing when both are there. Used by `npm test` (before the browser tests) and by CI (.ci/run).
set -euo pipefail

need=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
elif [ ! -x /usr/bin/chromium ]; then
  need+=(chromium)
fi
# (fc-list read whole first: `grep -q` leaving early would fail the pipe under pipefail)
fonts="$(fc-list 2>/dev/null || true)"
grep -qi "wenquanyi\|wqy" <<<"$fonts" || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0

echo "Installing Debian packages for the browser tests: ${need[*]}" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install ${need[*]} (or set CHROMIUM_PATH to a Chromium) and run the tests again" >&2
  exit 1
fi
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "not root and no sudo: run as root, or install ${need[*]} yourself" >&2; exit 1; }
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"

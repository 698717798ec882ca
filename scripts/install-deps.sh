#!/usr/bin/env bash
# Installs the Debian 12 packages listed in scripts/packages.txt that are not yet installed.
# Used by the README's commands and by CI; safe to run again (it installs nothing twice).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wanted=$(grep -v '^\s*#' "$here/packages.txt" | sed '/^\s*$/d')
extra="${PRIVMAP_EXTRA_PACKAGES:-}"
missing=()
for pkg in $wanted $extra; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
# npm runs the output checkers in tools/ (Microsoft's SARIF validator). A node.js that ships its
# own npm (as NodeSource's does) conflicts with Debian's npm package, so ask for it only when
# there is no npm at all.
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The npm tools the tests use (tools/package-lock.json), reinstalled only when the lock changed.
tools="$here/../tools"
if [ ! "$tools/node_modules/.package-lock.json" -nt "$tools/package-lock.json" ]; then
  echo "install-deps: installing the npm tools in tools/"
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
fi

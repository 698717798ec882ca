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
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/usr/bin/env bash
# Installs privmap from source on Debian 12, for the CI recipes in this folder (copy it into
# your model's repository as ci/install-privmap.sh). Run as root, e.g. in a debian:12 container.
#
#   PRIVMAP_GIT     where privmap's source is (a git URL)
#   PRIVMAP_REF     the tag or branch to build (pin a version: a compliance check should not
#                   change because privmap did)
#   PRIVMAP_PREFIX  where to install (default /usr/local)
set -euo pipefail
: "${PRIVMAP_GIT:?set PRIVMAP_GIT to the git URL of privmap}"
: "${PRIVMAP_REF:?set PRIVMAP_REF to the privmap tag or branch to build}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends git ca-certificates >/dev/null
src=$(mktemp -d)
git clone --quiet --depth 1 --branch "$PRIVMAP_REF" "$PRIVMAP_GIT" "$src"
"$src/scripts/install-deps.sh"
cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPRIVMAP_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX="${PRIVMAP_PREFIX:-/usr/local}"
cmake --build "$src/build"
cmake --install "$src/build"
privmap --version

#!/usr/bin/env bash
# Installs privmap on Debian 12 for the CI recipes in this folder (copy it into your model's
# repository as ci/install-privmap.sh and run it with `bash`, so a copy without the execute bit
# works too). Run as root, e.g. in a debian:12 container:
#
#   bash ci/install-privmap.sh [DIR]
#
# DIR (default privmap-deb) holds privmap's Debian package. When it already holds one (a CI
# cache, or an artifact of an earlier job), that package is installed and nothing is built;
# otherwise privmap is built from source at a pinned version, packaged into DIR and installed.
#
#   PRIVMAP_GIT     where privmap's source is (a git URL); needed only to build
#   PRIVMAP_REF     the tag or branch to build (pin a version: a compliance check should not
#                   change because privmap did); needed only to build
set -euo pipefail
mkdir -p "${1:-privmap-deb}"
dir=$(cd "${1:-privmap-deb}" && pwd)
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
if ! ls "$dir"/privmap_*.deb >/dev/null 2>&1; then
    : "${PRIVMAP_GIT:?set PRIVMAP_GIT to the git URL of privmap}"
    : "${PRIVMAP_REF:?set PRIVMAP_REF to the privmap tag or branch to build}"
    apt-get install -y -qq --no-install-recommends git ca-certificates >/dev/null
    src=$(mktemp -d)
    git clone --quiet --depth 1 --branch "$PRIVMAP_REF" "$PRIVMAP_GIT" "$src"
    "$src/scripts/install-deps.sh"
    cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DPRIVMAP_BUILD_TESTS=OFF -DPRIVMAP_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr \
        -DPRIVMAP_PACKAGE_MAINTAINER="${PRIVMAP_PACKAGE_MAINTAINER:-privmap CI build <ci@invalid>}"
    cmake --build "$src/build"
    cpack --config "$src/build/CPackConfig.cmake" -G DEB -B "$dir"
    rm -rf "$dir/_CPack_Packages" "$src"
fi
# apt-get installs the package's dependencies (pandoc, weasyprint, the libraries) with it.
apt-get install -y -qq --no-install-recommends "$(ls "$dir"/privmap_*.deb | head -n 1)" >/dev/null
privmap --version

#!/usr/bin/env bash
# Installs the build into a temporary prefix and runs privmap from there, as a packaged user would.
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/privmap"
test -f "$prefix/share/man/man1/privmap.1.gz"
test -f "$prefix/share/doc/privmap/copyright"
test -f "$prefix/share/bash-completion/completions/privmap"
test -d "$prefix/share/privmap/templates"
"$prefix/bin/privmap" --version
zcat "$prefix/share/man/man1/privmap.1.gz" | grep -q -- '--format' || { echo "man page lost its options"; exit 1; }
echo "installed privmap runs from $prefix"

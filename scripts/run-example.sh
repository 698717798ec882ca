#!/usr/bin/env bash
# Installs what is missing, builds privmap, checks the eConnect example and writes all its
# reports into out/econnect (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target privmap
status=0
build/cli/privmap check examples/econnect || status=$?
# Exit 1 means findings: the example models real gaps of the privacy statement.
[ "$status" -le 1 ] || exit "$status"
build/cli/privmap report examples/econnect -o out/econnect --format html,pdf,docx,odt,md,csv,xlsx
echo "reports written to out/econnect"

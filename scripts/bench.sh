#!/usr/bin/env bash
# Reproduces the performance table of docs/performance.md: builds privmap optimised in
# build-bench/ and runs privmap-bench on generated models of 1k, 10k and 50k activities.
# Extra arguments go to privmap-bench (e.g. --sizes 1000,10000 --runs 3).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${PRIVMAP_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target privmap privmap-bench privmap-parse-floor
exec "$build/bench/privmap-bench" --work "$build/bench-work" "$@"

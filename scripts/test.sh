#!/usr/bin/env bash
# Installs what is missing, builds privmap and runs every test (the README's second command):
# first in the release build (build/), then again under AddressSanitizer + UndefinedBehaviorSanitizer
# (scripts/test-sanitizers.sh, build-asan/), where any memory error, leak or undefined behaviour
# fails the test that caused it. Each ctest run prints its own summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
scripts/test-sanitizers.sh

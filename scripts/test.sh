#!/usr/bin/env bash
# Installs what is missing, builds privmap and runs every test (the README's second command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
# The model library under AddressSanitizer + UndefinedBehaviorSanitizer: the fuzz_load harness
# replays the fuzz regressions, the hostile and broken models and the examples through the
# loader (preset `asan-replay`, build-asan-replay/; about a minute on 2 cores, see
# docs/testing.md). The whole suite under the sanitizers is scripts/test-sanitizers.sh.
cmake --preset asan-replay >/dev/null
cmake --build --preset asan-replay -j"$(nproc)" --target fuzz_load
ctest --preset asan-replay -j"$(nproc)" -R fuzz_load

#!/usr/bin/env bash
# Builds privmap and its tests with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan`
# preset, build dir build-asan/) and runs the whole suite; any sanitizer report fails the test
# that triggered it. Arguments go to ctest, e.g. `scripts/test-sanitizers.sh -LE slow`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan "${launcher[@]}"
cmake --build --preset asan -j"$(nproc)"
# ctest prints the summary ("100% tests passed, ...") and the output of every failing test.
ctest --preset asan -j"$(nproc)" "$@"

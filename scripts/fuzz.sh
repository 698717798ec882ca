#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each for SECONDS (default 600)
# on a corpus seeded from the examples and the test models. Crashes land in fuzz/crashes/.
#   scripts/fuzz.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
PRIVMAP_EXTRA_PACKAGES="clang libclang-rt-14-dev" scripts/install-deps.sh
seconds=${1:-600}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(fuzz_load fuzz_analyze fuzz_render fuzz_import)

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DPRIVMAP_BUILD_TESTS=OFF -DPRIVMAP_BUILD_FUZZERS=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${harnesses[@]}"

seeds=fuzz/corpus-work/seeds
mkdir -p "$seeds" fuzz/crashes
find examples tests/models fuzz/regressions -name '*.toml' -size -64k 2>/dev/null | while read -r f; do
  cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"
done || true # a folder may not exist yet
# Graphviz and the font libraries leak a little on their own; see the file.
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt"
for harness in "${harnesses[@]}"; do
  corpus=fuzz/corpus-work/$harness
  mkdir -p "$corpus"
  echo "== $harness for ${seconds}s"
  build-fuzz/fuzz/$harness "$corpus" "$seeds" -dict=fuzz/toml.dict -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix=fuzz/crashes/ -print_final_stats=1 2>&1 | tail -15
done

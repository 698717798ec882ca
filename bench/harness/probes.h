// What privmap-bench runs inside its child processes (`privmap-bench probe stages MODEL`). Each
// probe prints `time NAME SECONDS` and `count NAME N` lines on standard output for the parent.
#pragma once

#include <filesystem>

namespace privmap::bench {

/// The library pipeline, each stage timed in-process, with the peak memory after it: `load`,
/// `resolve`, `graph` (the lineage graph alone, then dropped), `analyze` (graph and rules),
/// `render` (the text findings), `teardown` (freeing it all); counts `model_errors`, `findings` and
/// `output_bytes`.
int probe_stages(const std::filesystem::path& model);

} // namespace privmap::bench

// The lineage graph: subjects -> activities/systems -> parties -> countries.
// Owned by the analyzer; this header is its public face (extended as the rules need).
#pragma once

#include <privmap/model.h>

#include <memory>

namespace privmap {

class LineageGraph {
public:
    LineageGraph();
    ~LineageGraph();
    LineageGraph(LineageGraph&&) noexcept;
    LineageGraph& operator=(LineageGraph&&) noexcept;

    static LineageGraph build(const Model&);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace privmap

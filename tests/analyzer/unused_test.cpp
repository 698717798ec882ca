#include "support.h"

#include <algorithm>
#include <catch2/catch.hpp>

using privmap::Diagnostics;
using privmap::test::check_model;
using privmap::test::with_rule;

TEST_CASE("every kind of unused entity is reported, and the category tree counts as use") {
    Diagnostics found =
        with_rule(check_model("models/rules/model.unused/kinds.toml"), "model.unused");
    std::vector<std::string> entities;
    for (const auto& d : found)
        entities.push_back(d.entity);
    std::sort(entities.begin(), entities.end());
    // `email` is covered by `contact`, which webshop lists; `research` is only named as compatible.
    CHECK(entities == std::vector<std::string>{"archive", "mfa", "phone", "printer", "research"});
    auto phone =
        std::find_if(found.begin(), found.end(), [](const auto& d) { return d.entity == "phone"; });
    REQUIRE(phone != found.end());
    CHECK(phone->where.line == 31);
}

TEST_CASE("a category is in use through a broader one declared after it") {
    // Before: the climb from `mobile` marked `phone` and `contact`, and the walk down from
    // `contact` then stopped at `phone`, leaving `landline` reported as unused.
    CHECK(with_rule(check_model("models/rules/model.unused/narrower-declared-first.toml"),
                    "model.unused")
              .empty());
}

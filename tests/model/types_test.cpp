#include <catch2/catch.hpp>
#include <privmap/types.h>

using privmap::Date;
using privmap::Duration;

TEST_CASE("ISO 8601 durations are read as written and printed back") {
    REQUIRE(Duration::parse("P7Y")->years == 7);
    REQUIRE(Duration::parse("P18M")->months == 18);
    REQUIRE(Duration::parse("P1Y6M")->str() == "P1Y6M");
    REQUIRE(Duration::parse("P30D")->days == 30);
    REQUIRE_FALSE(Duration::parse("7 years"));
    REQUIRE_FALSE(Duration::parse("P"));
    REQUIRE_FALSE(Duration::parse("P6M1Y"));
}

namespace {
std::partial_ordering compare(std::string_view a, std::string_view b) {
    return *Duration::parse(a) <=> *Duration::parse(b);
}
bool unordered(std::partial_ordering order) {
    return order == std::partial_ordering::unordered;
}
} // namespace

TEST_CASE("durations compare as calendar periods") {
    CHECK(std::is_eq(compare("P84M", "P7Y")));
    CHECK(std::is_eq(compare("P12M", "P1Y")));
    CHECK(std::is_eq(compare("P2W", "P14D")));
    CHECK(std::is_lt(compare("P6Y11M", "P7Y")));
    CHECK_FALSE(std::is_gt(compare("P7Y", "P2555D"))); // seven years may hold one or two leap days
    CHECK(std::is_lt(compare("P7Y", "P2560D")));
    CHECK(std::is_gt(compare("P2M", "P31D")));
    CHECK(std::is_gt(compare("P1M", "P27D")));
    CHECK(std::is_lt(compare("P1M", "P32D")));
    CHECK(unordered(compare("P1M", "P30D")));
    CHECK(unordered(compare("P1Y", "P365D")));
    CHECK(std::is_gt(compare("P1Y1D", "P1Y")));
}

TEST_CASE("the longer of two durations is at least as long as both") {
    CHECK(privmap::longer_of(*Duration::parse("P2Y"), *Duration::parse("P18M")).str() == "P2Y");
    CHECK(privmap::longer_of(*Duration::parse("P1M"), *Duration::parse("P30D")).str() == "P1M2D");
    CHECK(privmap::longer_of(*Duration::parse("P2Y"), *Duration::parse("P730D")).str() == "P2Y");
}

TEST_CASE("dates must exist in the calendar") {
    REQUIRE(Date::parse("2024-02-29"));
    REQUIRE_FALSE(Date::parse("2023-02-29"));
    REQUIRE(Date::parse("2026-03-01")->str() == "2026-03-01");
}

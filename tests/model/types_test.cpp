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
} // namespace

TEST_CASE("durations compare as calendar periods") {
    CHECK(compare("P84M", "P7Y") == 0);
    CHECK(compare("P12M", "P1Y") == 0);
    CHECK(compare("P2W", "P14D") == 0);
    CHECK(compare("P6Y11M", "P7Y") < 0);
    CHECK_FALSE(compare("P7Y", "P2555D") > 0); // seven years may hold one or two leap days
    CHECK(compare("P7Y", "P2560D") < 0);
    CHECK(compare("P2M", "P31D") > 0);
    CHECK(compare("P1M", "P27D") > 0);
    CHECK(compare("P1M", "P32D") < 0);
    CHECK(compare("P1M", "P30D") == std::partial_ordering::unordered);
    CHECK(compare("P1Y", "P365D") == std::partial_ordering::unordered);
    CHECK(compare("P1Y1D", "P1Y") > 0);
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

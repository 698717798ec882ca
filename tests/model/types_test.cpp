#include <catch2/catch.hpp>
#include <privmap/types.h>

using privmap::Date;
using privmap::Duration;

TEST_CASE("ISO 8601 durations are read as written and printed back") {
    REQUIRE(Duration::parse("P7Y")->years == 7);
    REQUIRE(Duration::parse("P18M")->months == 18);
    REQUIRE(Duration::parse("P1Y6M")->str() == "P1Y6M");
    REQUIRE(Duration::parse("P30D")->approx_days() == 30);
    REQUIRE_FALSE(Duration::parse("7 years"));
    REQUIRE_FALSE(Duration::parse("P"));
    REQUIRE_FALSE(Duration::parse("P6M1Y"));
}

TEST_CASE("dates must exist in the calendar") {
    REQUIRE(Date::parse("2024-02-29"));
    REQUIRE_FALSE(Date::parse("2023-02-29"));
    REQUIRE(Date::parse("2026-03-01")->str() == "2026-03-01");
}

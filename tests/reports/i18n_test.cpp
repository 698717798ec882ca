// The report language's catalogue: a message nested deeper than any real one is refused, not
// handed to ICU, which would recurse until the stack runs out.
#include "i18n.h"

#include <catch2/catch.hpp>

using privmap::reports::Catalogue;

TEST_CASE("a catalogue message nested tens of thousands deep is shown as it is, not a crash") {
    std::string deep;
    for (int i = 0; i < 50000; ++i)
        deep += "{n, plural, other {";
    deep += "x" + std::string(100000, '}');
    Catalogue catalogue(nlohmann::json{{"messages",
                                        {{"deep", deep},
                                         {"n-items", "{n, plural, one "
                                                     "{# item} other "
                                                     "{# items}}"}}}},
                        "en");
    CHECK(catalogue.message("deep", {{"n", 2}}) == deep);
    CHECK(catalogue.message("n-items", {{"n", 2}}) == "2 items");
}

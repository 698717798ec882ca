// Model strings reach the documents as literal text: no Markdown, HTML or TeX gets through.
#include "render.h"

#include <catch2/catch.hpp>

using privmap::reports::markdown_escape;

TEST_CASE("Markdown escaping keeps markup characters literal") {
    CHECK(markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
    CHECK(markdown_escape("**bold** _it_ `code` [link](x)") ==
          "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x)");
    CHECK(markdown_escape("$x^2$ \\textbf{y}") == "\\$x\\^2\\$ \\\\textbf\\{y\\}");
    CHECK(markdown_escape("a | b") == "a \\| b");
}

TEST_CASE("Markdown escaping stops a value from starting a list, heading or table row") {
    CHECK(markdown_escape("- item") == "\\- item");
    CHECK(markdown_escape("# heading") == "\\# heading");
    CHECK(markdown_escape("12. twelve") == "12\\. twelve");
    CHECK(markdown_escape("line one\nline two\n\n- three") == "line one line two - three");
}

TEST_CASE("Markdown escaping leaves ordinary text alone") {
    CHECK(markdown_escape("De Webwinkel B.V., Utrecht (NL)") == "De Webwinkel B.V., Utrecht (NL)");
    CHECK(markdown_escape("7 jaar na einde") == "7 jaar na einde");
}

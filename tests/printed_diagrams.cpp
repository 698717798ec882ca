#include "printed_diagrams.h"

#include "support.h"

#include <algorithm>
#include <limits>
#include <regex>

namespace privmap::test {
namespace {

/// The XML entities Graphviz writes in text: &amp; &lt; &gt; &quot; &#NN;.
std::string unescape(const std::string& xml) {
    std::string out;
    for (std::size_t i = 0; i < xml.size(); ++i) {
        std::size_t end = xml[i] == '&' ? xml.find(';', i) : std::string::npos;
        if (end == std::string::npos) {
            out += xml[i];
            continue;
        }
        std::string entity = xml.substr(i + 1, end - i - 1);
        if (entity == "amp")
            out += '&';
        else if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "quot")
            out += '"';
        else if (entity.starts_with("#") && entity.size() > 1 && entity[1] != 'x') {
            unsigned code = static_cast<unsigned>(std::stoul(entity.substr(1)));
            if (code < 0x80)
                out += static_cast<char>(code);
            else
                out += "?"; // Graphviz escapes only ASCII punctuation this way
        } else
            out += "&" + entity + ";";
        i = end;
    }
    return out;
}

PrintedDiagram measure(const std::string& svg, const std::string& file, double width_mm) {
    PrintedDiagram diagram;
    diagram.file = file;
    std::smatch box;
    double natural_width = 0;
    if (std::regex_search(svg, box, std::regex(R"re(viewBox="[-\d.]+ [-\d.]+ ([\d.]+) )re")))
        natural_width = std::stod(box[1]);
    double scale = natural_width > 0 ? width_mm / 25.4 * 72 / natural_width : 0;
    double smallest = std::numeric_limits<double>::max();
    std::regex size(R"re(font-size="([\d.]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), size); it != std::sregex_iterator();
         ++it)
        smallest = std::min(smallest, std::stod((*it)[1]));
    diagram.smallest_pt = smallest * scale;
    std::regex text(R"re(<text[^>]*>([^<]*)</text>)re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator();
         ++it)
        diagram.text += unescape((*it)[1]) + " ";
    return diagram;
}

std::string without_spaces(std::string text) {
    text.erase(
        std::remove_if(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); }),
        text.end());
    return text;
}

} // namespace

std::vector<PrintedDiagram> printed_diagrams(const std::filesystem::path& markdown) {
    std::string document = read_file(markdown.string());
    std::vector<PrintedDiagram> found;
    // A diagram sits in a `::: {.diagram}` block (`{.diagram .landscape}` on a landscape page),
    // its caption in bold above it.
    std::regex image(
        R"re((?:::: \{\.diagram( \.landscape)?\}\n(?:\*\*([^\n]*)\*\*\n\n)?)?!\[[^\]]*\]\(([^)]+)\)\{width=([\d.]+)mm height=[\d.]+mm\})re");
    for (auto it = std::sregex_iterator(document.begin(), document.end(), image);
         it != std::sregex_iterator(); ++it) {
        std::string file = (*it)[3];
        PrintedDiagram diagram =
            measure(read_file((markdown.parent_path() / file).string()), file, std::stod((*it)[4]));
        diagram.landscape = (*it)[1].matched;
        diagram.caption = (*it)[2];
        found.push_back(std::move(diagram));
    }
    return found;
}

bool shows_whole(const std::string& text, const std::string& name) {
    return without_spaces(text).find(without_spaces(name)) != std::string::npos;
}

} // namespace privmap::test

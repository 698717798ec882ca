// Structure-aware mutations for the libFuzzer harnesses: besides libFuzzer's byte-level ones
// (guided by fuzz/toml.dict), a mutation may grow a real model the ways hostile models grow:
// deep nesting, long chains of parents and flows, many ids, long reference lists. These reach
// the limits and the algorithms over ids, categories and paths that random bytes rarely do.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

using Random = std::minstd_rand;

std::size_t pick(Random& random, std::size_t below) {
    return below == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, below - 1)(random);
}

/// How many times to repeat something: mostly a few, sometimes thousands.
std::size_t amount(Random& random) {
    constexpr std::size_t scales[] = {2, 10, 100, 1000, 5000};
    return 1 + pick(random, scales[pick(random, std::size(scales))]);
}

/// The start of a random line.
std::size_t line_start(const std::string& text, Random& random) {
    std::size_t at = pick(random, text.size() + 1);
    std::size_t start = at == 0 ? 0 : text.rfind('\n', at - 1);
    return start == std::string::npos ? 0 : start + 1;
}

std::string deep_nesting(Random& random) {
    std::size_t depth = amount(random);
    switch (pick(random, 4)) {
    case 0: { // a dotted key
        std::string key = "k";
        for (std::size_t i = 1; i < depth; ++i)
            key += ".k";
        return key + " = 1\n";
    }
    case 1: { // a table header
        std::string key = "t";
        for (std::size_t i = 1; i < depth; ++i)
            key += ".t";
        return "[" + key + "]\n";
    }
    case 2:
        return "v = " + std::string(depth, '[') + std::string(depth, ']') + "\n";
    default:
        return "w = " + std::string(depth, '{') + std::string(depth, '}') + "\n";
    }
}

std::string chain(Random& random) {
    std::size_t length = amount(random);
    std::string text;
    if (pick(random, 2) == 0) {
        for (std::size_t i = 0; i < length; ++i)
            text +=
                "[[category]]\nid = \"c" + std::to_string(i) + "\"\nname = \"C\"\n" +
                (i ? "parent = \"c" + std::to_string(i - 1) + "\"\n" : "special = \"health\"\n");
        return text;
    }
    for (std::size_t i = 0; i < length; ++i)
        text += "[[party]]\nid = \"p" + std::to_string(i) +
                "\"\nname = \"P\"\nrole = \"processor\"\ncountry = \"US\"\n[[flow]]\nfrom = \"" +
                (i ? "p" + std::to_string(i - 1) : std::string("subject")) + "\"\nto = \"p" +
                std::to_string(i) + "\"\ncategories = [\"c0\"]\n";
    return text;
}

/// A copy of one `[[table]]` block of the model, many times, each with its own id.
std::string many_ids(const std::string& text, Random& random) {
    std::size_t start = text.find("[[", pick(random, text.size()));
    if (start == std::string::npos)
        start = text.find("[[");
    if (start == std::string::npos)
        return "[[subject]]\nid = \"s\"\nname = \"S\"\n";
    std::size_t end = text.find("\n[", start + 2);
    std::string block = text.substr(start, end == std::string::npos ? end : end - start + 1);
    std::size_t id = block.find("id = \"");
    std::string out;
    for (std::size_t i = 0, n = amount(random); i < n; ++i) {
        std::string copy = block;
        if (id != std::string::npos)
            copy.insert(id + 6, "x" + std::to_string(i) + "-");
        out += copy + "\n";
    }
    return out;
}

std::string long_reference_list(Random& random) {
    std::string list = "categories = [";
    for (std::size_t i = 0, n = amount(random); i < n; ++i)
        list += (i ? ", \"c" : "\"c") + std::to_string(i * 7919 % 10007) + "\"";
    return "[[activity]]\nid = \"many\"\nname = \"M\"\nrole = \"controller\"\n" + list + "]\n";
}

} // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
    Random random(seed);
    std::size_t choice = pick(random, 8);
    if (choice >= 4)
        return LLVMFuzzerMutate(data, size, max_size);
    std::string text(reinterpret_cast<const char*>(data), size);
    std::string grown = choice == 0   ? deep_nesting(random)
                        : choice == 1 ? chain(random)
                        : choice == 2 ? many_ids(text, random)
                                      : long_reference_list(random);
    text.insert(choice == 0 ? line_start(text, random) : text.size(), grown);
    if (text.size() > max_size)
        return LLVMFuzzerMutate(data, size, max_size);
    std::memcpy(data, text.data(), text.size());
    return text.size();
}

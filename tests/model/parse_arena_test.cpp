// The arena a file's toml++ tree is built in: what is allocated while it parses is its own and
// lives until the next clear, everything else is the heap's as before.
#include "parse_arena.h"

#include <catch2/catch.hpp>
#include <limits>
#include <memory>
#include <string>
#include <toml++/toml.h>
#include <vector>

using privmap::ParseArena;

TEST_CASE("what is allocated while the arena parses is the arena's, the rest the heap's") {
    ParseArena arena;
    auto* parsed = arena.allocating([] { return new std::string(200, 'x'); });
    auto heap = std::make_unique<std::string>(200, 'y');
    CHECK(arena.owns(parsed));
    CHECK(arena.owns(parsed->data()));
    CHECK_FALSE(arena.owns(heap.get()));
    CHECK_FALSE(arena.owns(heap->data()));
    delete parsed; // waits for clear, as the tree's deletes do
    CHECK(*heap == std::string(200, 'y'));
}

TEST_CASE("a tree kept in the arena reads as toml++ parsed it until the arena is cleared") {
    ParseArena arena;
    const toml::table& root =
        arena.keep(arena.allocating([] { return toml::parse("[a]\nb = [1, \"two\"]\n"); }));
    CHECK(root["a"]["b"][0].value_or(0) == 1);
    CHECK(root["a"]["b"][1].value_or(std::string()) == "two");
    CHECK(root["a"]["b"].node()->source().begin.line == 2);
    CHECK(arena.owns(&root));
}

TEST_CASE("an allocation larger than a block gets a block of its own size") {
    ParseArena arena;
    constexpr std::size_t large = std::size_t{5} << 20;
    auto* small = static_cast<char*>(arena.allocate(16));
    auto* big = static_cast<char*>(arena.allocate(large));
    big[0] = big[large - 1] = 'z';
    CHECK(arena.owns(small));
    CHECK(arena.owns(big + large - 1));
}

TEST_CASE("after a clear the arena serves the same memory again") {
    ParseArena arena;
    auto allocate_file = [&arena] {
        std::vector<void*> addresses;
        for (std::size_t size :
             {std::size_t{100}, std::size_t{1} << 20, std::size_t{3} << 20, std::size_t{7}})
            addresses.push_back(arena.allocate(size)); // more than the first block holds
        return addresses;
    };
    std::vector<void*> first = allocate_file();
    arena.clear();
    CHECK(allocate_file() == first);
}

TEST_CASE("a request no block could hold is refused with std::bad_alloc, as operator new does") {
    ParseArena arena;
    const std::size_t impossible = std::numeric_limits<std::size_t>::max() / 2;
    CHECK_THROWS_AS(arena.allocate(impossible), std::bad_alloc);
    CHECK_THROWS_AS(arena.allocating([impossible] { return ::operator new(impossible); }),
                    std::bad_alloc);
    CHECK(arena.owns(arena.allocate(64))); // and it still serves what it can
}

TEST_CASE("a zero-byte allocation gets an address of its own") {
    ParseArena arena;
    void* first = arena.allocate(0);
    void* second = arena.allocate(0);
    CHECK(first != second);
    CHECK(reinterpret_cast<std::uintptr_t>(second) % ParseArena::alignment == 0);
}

TEST_CASE("an arena made while another is live leaves the other's addresses alone") {
    ParseArena outer;
    auto* first = outer.allocating([] { return new std::string(100, 'a'); });
    {
        ParseArena inner;
        CHECK(inner.owns(first));
        delete first; // the outer arena's, while the inner one is live: left to its clear
    }
    auto* second = outer.allocating([] { return new std::string(100, 'b'); });
    CHECK(outer.owns(second));
}

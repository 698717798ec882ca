// ParseArena, and the replacement of operator new and delete that lets toml++ allocate in it.
#include "parse_arena.h"

#include <cstdlib>
#include <limits>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define PRIVMAP_POISON(address, size) ASAN_POISON_MEMORY_REGION(address, size)
#define PRIVMAP_UNPOISON(address, size) ASAN_UNPOISON_MEMORY_REGION(address, size)
#else
#define PRIVMAP_POISON(address, size) ((void)(address), (void)(size))
#define PRIVMAP_UNPOISON(address, size) ((void)(address), (void)(size))
#endif

namespace privmap {
namespace {

// The arena this thread's deletes are checked against, and the one its operator new draws from.
thread_local ParseArena* live_arena = nullptr;
thread_local ParseArena* allocating_arena = nullptr;

constexpr std::size_t first_block_bytes = std::size_t{1} << 20;
/// More than any block could hold: a request beyond it is refused as operator new refuses
/// what cannot be had, before rounding it up or doubling a block's size could overflow.
constexpr std::size_t largest_allocation = std::numeric_limits<std::size_t>::max() / 4;

constexpr std::size_t arena_aligned(std::size_t size) {
    return (size + ParseArena::alignment - 1) & ~(ParseArena::alignment - 1);
}

/// malloc, with operator new's answer to running out: the new-handler, then std::bad_alloc.
void* allocate_or_throw(std::size_t size) {
    for (;;) {
        if (void* memory = std::malloc(size == 0 ? 1 : size))
            return memory;
        std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

} // namespace

struct ParseArena::Block {
    Block* next;
    std::size_t bytes; // after the header
    std::byte* begin() { return reinterpret_cast<std::byte*>(this) + arena_aligned(sizeof(Block)); }
    std::byte* end() { return begin() + bytes; }
};

ParseArena::ParseArena() : outer_(live_arena) {
    live_arena = this;
}

ParseArena::Allocating::Allocating(ParseArena& arena) : outer_(allocating_arena) {
    allocating_arena = &arena;
}

ParseArena::Allocating::~Allocating() {
    allocating_arena = outer_;
}

void* ParseArena::allocate(std::size_t size) {
    if (size > largest_allocation)
        throw std::bad_alloc();
    size = arena_aligned(size == 0 ? 1 : size);
    if (static_cast<std::size_t>(end_ - next_) < size)
        use_block(size);
    void* address = next_;
    next_ += size;
    PRIVMAP_UNPOISON(address, size);
    return address;
}

bool ParseArena::owns(const void* address) const {
    for (const ParseArena* arena = this; arena; arena = arena->outer_)
        if (arena->in_blocks(address))
            return true;
    return false;
}

bool ParseArena::in_blocks(const void* address) const {
    const auto* byte = static_cast<const std::byte*>(address);
    for (Block* block = first_; block; block = block->next)
        if (byte >= block->begin() && byte < block->end())
            return true;
    return false;
}

void ParseArena::clear() {
    for (Block* block = first_; block; block = block->next)
        PRIVMAP_POISON(block->begin(), block->bytes);
    current_ = nullptr;
    next_ = end_ = nullptr;
}

void ParseArena::use_block(std::size_t at_least) {
    Block* block = current_ ? current_->next : first_;
    while (block && block->bytes < at_least)
        block = block->next;
    current_ = block ? block : add_block(at_least);
    next_ = current_->begin();
    end_ = current_->end();
}

ParseArena::Block* ParseArena::add_block(std::size_t at_least) {
    std::size_t bytes = last_ ? 2 * last_->bytes : first_block_bytes;
    while (bytes < at_least)
        bytes *= 2;
    auto* block = static_cast<Block*>(allocate_or_throw(arena_aligned(sizeof(Block)) + bytes));
    *block = {nullptr, bytes};
    PRIVMAP_POISON(block->begin(), bytes);
    (last_ ? last_->next : first_) = block;
    last_ = block;
    return block;
}

ParseArena::~ParseArena() {
    while (Block* block = first_) {
        first_ = block->next;
        PRIVMAP_UNPOISON(block->begin(), block->bytes);
        std::free(block);
    }
    live_arena = outer_;
}

} // namespace privmap

// The replaceable global allocation functions ([new.delete]), every form but the aligned ones,
// which stay the standard library's own pair. A form left out would come from the runtime
// (a sanitizer's, under test) and pair its allocations with a delete of another heap.
void* operator new(std::size_t size) {
    if (privmap::ParseArena* arena = privmap::allocating_arena) [[unlikely]]
        return arena->allocate(size);
    return privmap::allocate_or_throw(size);
}

void* operator new[](std::size_t size) {
    return ::operator new(size);
}

void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return ::operator new(size);
    } catch (const std::bad_alloc&) {
        return nullptr;
    }
}

void* operator new[](std::size_t size, const std::nothrow_t& nothrow) noexcept {
    return ::operator new(size, nothrow);
}

void operator delete(void* address) noexcept {
    if (const privmap::ParseArena* arena = privmap::live_arena) [[unlikely]]
        if (arena->owns(address))
            return;
    std::free(address);
}

void operator delete[](void* address) noexcept {
    ::operator delete(address);
}
void operator delete(void* address, std::size_t) noexcept {
    ::operator delete(address);
}
void operator delete[](void* address, std::size_t) noexcept {
    ::operator delete(address);
}
void operator delete(void* address, const std::nothrow_t&) noexcept {
    ::operator delete(address);
}
void operator delete[](void* address, const std::nothrow_t&) noexcept {
    ::operator delete(address);
}

// ParseArena: the memory toml++ builds one file's tree in.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace privmap {

/// A file's toml++ tree lives only while the loader reads it into the model, so its nodes are
/// taken in parse order from a few large blocks and given back all at once, the way clang's
/// BumpPtrAllocator holds an AST: no malloc and free per node, and the blocks, already in
/// memory, serve the next file. toml++ takes no allocator, so while `allocating` runs this
/// thread's operator new draws from the arena; a delete of one of its addresses waits for
/// `clear`.
class ParseArena {
public:
    ParseArena();
    ParseArena(const ParseArena&) = delete;
    ParseArena& operator=(const ParseArena&) = delete;
    ~ParseArena();

    /// Calls `parse` with this thread's allocations taken from the arena.
    template <class Parse> decltype(auto) allocating(Parse&& parse) {
        Allocating scope(*this);
        return std::forward<Parse>(parse)();
    }

    /// Moves `value` into the arena, where `clear` takes it back without running its
    /// destructor: for a tree whose every node is in the arena too.
    template <class T> std::remove_cvref_t<T>& keep(T&& value) {
        using Value = std::remove_cvref_t<T>;
        static_assert(alignof(Value) <= alignment);
        Allocating scope(*this);
        return *new (allocate(sizeof(Value))) Value(std::forward<T>(value));
    }

    /// Gives back everything the arena holds; nothing allocated in it may be used afterwards.
    /// Its blocks stay, in memory already, for the next file.
    void clear();

    /// `size` bytes from the arena: what operator new returns while `allocating` runs.
    void* allocate(std::size_t size);
    /// Whether `address` lies in this arena or one that was live on this thread before it:
    /// operator delete leaves such an address to `clear`.
    bool owns(const void* address) const;

    /// What every allocation is aligned to, as operator new's.
    static constexpr std::size_t alignment = __STDCPP_DEFAULT_NEW_ALIGNMENT__;

private:
    struct Block;
    class Allocating {
    public:
        explicit Allocating(ParseArena& arena);
        ~Allocating();
        Allocating(const Allocating&) = delete;
        Allocating& operator=(const Allocating&) = delete;

    private:
        ParseArena* outer_;
    };

    bool in_blocks(const void* address) const;
    void use_block(std::size_t at_least);
    Block* add_block(std::size_t at_least);

    ParseArena* outer_; // the arena live on this thread before this one

    Block* first_ = nullptr; // the blocks in the order they were added
    Block* last_ = nullptr;
    Block* current_ = nullptr; // the one allocations are taken from, null after a clear
    std::byte* next_ = nullptr;
    std::byte* end_ = nullptr;
};

} // namespace privmap

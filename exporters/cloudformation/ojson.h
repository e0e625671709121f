#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace Stackyard {

/// Recycles the memory of the JSON values an export builds on this thread while it is alive
/// (installed by its constructor, removed by its destructor; pools nest). An export builds and
/// frees about a million small nodes; general-purpose malloc spent about a third of the export in
/// malloc, free and their consolidation of fast bins. Here a node of up to 1 KiB comes from a free
/// list of its size class or from a block (1 MiB, doubling up to 32 MiB), and goes back to that
/// list: no search, no coalescing. Blocks outlive the pool in a per-thread cache (see ojson.cpp).
///
/// Contract: every OJson built while a pool is installed is destroyed before that pool is (make
/// the pool the first local of the export). Without a pool OJson uses operator new.
class OJsonPool
{
public:
    OJsonPool();
    ~OJsonPool();
    OJsonPool(const OJsonPool &) = delete;
    OJsonPool &operator=(const OJsonPool &) = delete;

    static void *allocate(std::size_t bytes);
    static void deallocate(void *p, std::size_t bytes) noexcept;
    /// From now on nodes of this pool that are freed are not recycled (the blocks go back whole
    /// when the pool ends): for the end of an export, where only freeing is left. Allocating
    /// still works.
    void stopRecycling() noexcept { m_recycling = false; }

private:
    static constexpr std::size_t kGrain = 16;
    static constexpr std::size_t kLargest = 1024;
    static constexpr std::size_t kBlock = std::size_t(1) << 20;

    void *take(std::size_t bytes);
    bool owns(const void *p) const noexcept;

    struct FreeNode { FreeNode *next; };
    FreeNode *m_free[kLargest / kGrain] = {};
    char *m_next = nullptr;
    char *m_end = nullptr;
    std::vector<std::uintptr_t> m_blocks; ///< starts of the blocks, block i of blockSize(i)
    bool m_recycling = true;
    OJsonPool *m_previous;
};

/// std::allocator's interface over the OJsonPool of this thread (operator new when none).
template<class T>
struct OJsonAllocator
{
    using value_type = T;
    using is_always_equal = std::true_type;
    OJsonAllocator() noexcept = default;
    template<class U>
    OJsonAllocator(const OJsonAllocator<U> &) noexcept {}
    T *allocate(std::size_t n) { return static_cast<T *>(OJsonPool::allocate(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { OJsonPool::deallocate(p, n * sizeof(T)); }
    template<class U>
    bool operator==(const OJsonAllocator<U> &) const noexcept { return true; }
};

/// An insertion-ordered map for nlohmann::basic_json, like nlohmann::ordered_map but holding
/// pair<Key, T> instead of pair<const Key, T>.
///
/// This is what the library should have done: the move of pair<const string, json> copies the key
/// and may therefore throw, so std::vector grows nlohmann::ordered_map by *copying* every entry,
/// value included. An object that gains a key after it holds a subtree (Metadata added to a
/// resource, DependsOn, a property set after its siblings) deep-copies that subtree, and a
/// template of 10,000 resources spent a large part of its export copying and freeing those
/// copies. Here the entries move (a string and a json move are noexcept). Lookups stay linear
/// like the original; the output of dump() and the writers is the same, key order included.
template<class Key, class T, class IgnoredLess = std::less<Key>,
         class Allocator = std::allocator<std::pair<Key, T>>>
struct MovableOrderedMap
    : std::vector<std::pair<Key, T>, typename std::allocator_traits<Allocator>::template rebind_alloc<std::pair<Key, T>>>
{
    using key_type = Key;
    using mapped_type = T;
    using Container =
        std::vector<std::pair<Key, T>, typename std::allocator_traits<Allocator>::template rebind_alloc<std::pair<Key, T>>>;
    using iterator = typename Container::iterator;
    using const_iterator = typename Container::const_iterator;
    using size_type = typename Container::size_type;
    using value_type = typename Container::value_type;
    using key_compare = std::equal_to<>;

    MovableOrderedMap() noexcept = default;
    template<class It>
    MovableOrderedMap(It first, It last) : Container(first, last) {}
    MovableOrderedMap(std::initializer_list<value_type> init) : Container(init) {}

    template<class K>
    iterator find(const K &key)
    {
        return std::find_if(this->begin(), this->end(), [&](const value_type &e) { return e.first == key; });
    }
    template<class K>
    const_iterator find(const K &key) const
    {
        return std::find_if(this->begin(), this->end(), [&](const value_type &e) { return e.first == key; });
    }
    template<class K>
    size_type count(const K &key) const { return find(key) == this->end() ? 0 : 1; }

    template<class K>
    std::pair<iterator, bool> emplace(K &&key, T &&value)
    {
        if (auto it = find(key); it != this->end())
            return {it, false};
        Container::emplace_back(std::forward<K>(key), std::move(value));
        return {std::prev(this->end()), true};
    }
    std::pair<iterator, bool> insert(value_type &&value) { return emplace(std::move(value.first), std::move(value.second)); }
    std::pair<iterator, bool> insert(const value_type &value)
    {
        if (auto it = find(value.first); it != this->end())
            return {it, false};
        Container::push_back(value);
        return {std::prev(this->end()), true};
    }
    template<class It, class = typename std::iterator_traits<It>::iterator_category>
    void insert(It first, It last)
    {
        for (; first != last; ++first)
            insert(value_type(*first));
    }

    template<class K>
    T &operator[](K &&key) { return emplace(std::forward<K>(key), T{}).first->second; }
    template<class K>
    const T &operator[](const K &key) const { return at(key); }
    template<class K>
    T &at(const K &key)
    {
        if (auto it = find(key); it != this->end())
            return it->second;
        throw std::out_of_range("key not found");
    }
    template<class K>
    const T &at(const K &key) const
    {
        if (auto it = find(key); it != this->end())
            return it->second;
        throw std::out_of_range("key not found");
    }

    template<class K, class = std::enable_if_t<!std::is_convertible_v<const K &, const_iterator>>>
    size_type erase(const K &key)
    {
        if (auto it = find(key); it != this->end()) {
            Container::erase(it);
            return 1;
        }
        return 0;
    }
    iterator erase(iterator pos) { return Container::erase(pos); }
    iterator erase(iterator first, iterator last) { return Container::erase(first, last); }
};

/// The ordered JSON value CloudFormation templates and Terraform bodies are built from: an
/// nlohmann::basic_json whose objects keep insertion order (see MovableOrderedMap) and whose
/// nodes come from the thread's OJsonPool, if any. Converts to and from nlohmann::json and
/// nlohmann::ordered_json by construction.
using OJson = nlohmann::basic_json<MovableOrderedMap, std::vector, std::string, bool, std::int64_t, std::uint64_t,
                                   double, OJsonAllocator>;

/// Empties `value` (an array or object is left empty), freeing its tree bottom-up. nlohmann's
/// destructor instead moves every descendant through a growing std::vector (a malloc'd stack of
/// a million moved values for a 10,000-resource template) to stay safe from deep recursion;
/// templates are only a few dozen levels deep.
void releaseTree(OJson &value) noexcept;

} // namespace Stackyard

#include "ojson.h"

#include <algorithm>
#include <cstdlib>
#include <new>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace Stackyard {

namespace {

thread_local OJsonPool *t_pool = nullptr;

constexpr std::size_t kLastBlock = std::size_t(32) << 20;

/// Block i is 1 MiB << i, at most 32 MiB: few blocks (owns() looks through all of them on every
/// free), and a small export maps little.
std::size_t blockSize(std::size_t firstBlock, std::size_t i)
{
    return i >= 5 ? kLastBlock : firstBlock << i;
}

// Blocks are mapped with their pages populated: touching tens of megabytes of fresh memory one
// page fault at a time cost about a tenth of an export.
char *mapBlock(std::size_t size)
{
#ifdef __linux__
    void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    return static_cast<char *>(p);
#else
    return static_cast<char *>(::operator new(size));
#endif
}

void unmapBlock(char *block, std::size_t size)
{
#ifdef __linux__
    munmap(block, size);
#else
    (void)size;
    ::operator delete(block);
#endif
}

/// The blocks of ended pools, kept for the next export on this thread up to kCacheLimit bytes (as
/// malloc keeps freed memory): even populated, fresh pages cost the kernel's zeroing each time.
struct BlockCache
{
    static constexpr std::size_t kCacheLimit = std::size_t(64) << 20;
    std::vector<std::pair<char *, std::size_t>> blocks;
    std::size_t bytes = 0;

    ~BlockCache()
    {
        for (const auto &[block, size] : blocks)
            unmapBlock(block, size);
    }
};

thread_local BlockCache t_cache;

char *newBlock(std::size_t size)
{
    auto &blocks = t_cache.blocks;
    for (auto it = blocks.begin(); it != blocks.end(); ++it)
        if (it->second == size) {
            char *block = it->first;
            blocks.erase(it);
            t_cache.bytes -= size;
            return block;
        }
    return mapBlock(size);
}

void releaseBlock(char *block, std::size_t size)
{
    if (t_cache.bytes + size <= BlockCache::kCacheLimit) {
        t_cache.blocks.emplace_back(block, size);
        t_cache.bytes += size;
        return;
    }
    unmapBlock(block, size);
}

} // namespace

OJsonPool::OJsonPool() : m_previous(t_pool)
{
    t_pool = this;
}

OJsonPool::~OJsonPool()
{
    t_pool = m_previous;
    for (std::size_t i = 0; i < m_blocks.size(); ++i)
        releaseBlock(reinterpret_cast<char *>(m_blocks[i]), blockSize(kBlock, i));
}

void *OJsonPool::allocate(std::size_t bytes)
{
    OJsonPool *pool = t_pool;
    if (!pool || bytes > kLargest || bytes == 0)
        return ::operator new(bytes);
    return pool->take(bytes);
}

void *OJsonPool::take(std::size_t bytes)
{
    const std::size_t cls = (bytes - 1) / kGrain;
    if (FreeNode *node = m_free[cls]) {
        m_free[cls] = node->next;
        return node;
    }
    const std::size_t size = (cls + 1) * kGrain;
    if (std::size_t(m_end - m_next) < size) {
        const std::size_t blockBytes = blockSize(kBlock, m_blocks.size());
        char *block = newBlock(blockBytes);
        m_blocks.push_back(reinterpret_cast<std::uintptr_t>(block));
        m_next = block;
        m_end = block + blockBytes;
    }
    void *p = m_next;
    m_next += size;
    return p;
}

bool OJsonPool::owns(const void *p) const noexcept
{
    // Newest block first: the later blocks are the large ones and hold most of a template's
    // nodes (every free asks, about a million times per export).
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    for (std::size_t i = m_blocks.size(); i-- > 0;)
        if (address >= m_blocks[i] && address - m_blocks[i] < blockSize(kBlock, i))
            return true;
    return false;
}

void OJsonPool::deallocate(void *p, std::size_t bytes) noexcept
{
    if (bytes <= kLargest && bytes > 0) {
        // Nodes made before this pool (or by an enclosing one) go back where they came from.
        for (OJsonPool *pool = t_pool; pool; pool = pool->m_previous) {
            if (!pool->owns(p))
                continue;
            if (!pool->m_recycling)
                return;
            auto *node = static_cast<FreeNode *>(p);
            const std::size_t cls = (bytes - 1) / kGrain;
            node->next = pool->m_free[cls];
            pool->m_free[cls] = node;
            return;
        }
    }
    ::operator delete(p);
}

void releaseTree(OJson &value) noexcept
{
    if (value.is_array()) {
        auto &items = value.get_ref<OJson::array_t &>();
        for (OJson &item : items)
            releaseTree(item);
        items.clear();
    } else if (value.is_object()) {
        auto &entries = value.get_ref<OJson::object_t &>();
        for (auto &entry : entries)
            releaseTree(entry.second);
        entries.clear();
    }
}

} // namespace Stackyard

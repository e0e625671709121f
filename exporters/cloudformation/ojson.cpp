#include "ojson.h"

#include <algorithm>
#include <cstdlib>
#include <new>

namespace Stackyard {

namespace {

thread_local OJsonPool *t_pool = nullptr;

} // namespace

OJsonPool::OJsonPool() : m_previous(t_pool)
{
    t_pool = this;
}

OJsonPool::~OJsonPool()
{
    t_pool = m_previous;
    for (std::uintptr_t block : m_blocks)
        std::free(reinterpret_cast<void *>(block));
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
        // Aligned blocks, so owns() tells a pool node from one made before the pool by its block.
        void *block = std::aligned_alloc(kBlock, kBlock);
        if (!block)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(block);
        m_blocks.insert(std::upper_bound(m_blocks.begin(), m_blocks.end(), start), start);
        m_next = static_cast<char *>(block);
        m_end = m_next + kBlock;
    }
    void *p = m_next;
    m_next += size;
    return p;
}

bool OJsonPool::owns(const void *p) const noexcept
{
    const auto block = reinterpret_cast<std::uintptr_t>(p) & ~(kBlock - 1);
    return std::binary_search(m_blocks.begin(), m_blocks.end(), block);
}

void OJsonPool::deallocate(void *p, std::size_t bytes) noexcept
{
    if (bytes <= kLargest && bytes > 0) {
        // Nodes made before this pool (or by an enclosing one) go back where they came from.
        for (OJsonPool *pool = t_pool; pool; pool = pool->m_previous) {
            if (!pool->owns(p))
                continue;
            auto *node = static_cast<FreeNode *>(p);
            const std::size_t cls = (bytes - 1) / kGrain;
            node->next = pool->m_free[cls];
            pool->m_free[cls] = node;
            return;
        }
    }
    ::operator delete(p);
}

} // namespace Stackyard

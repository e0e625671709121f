#include "cidrindex.h"

#include <algorithm>

namespace Stackyard {

void CidrIndex::add(const SubnetInfo &subnet)
{
    if (subnet.cidr)
        m_byVpc[subnet.vpc].push_back(&subnet);
}

void CidrIndex::finish()
{
    for (auto &[vpc, list] : m_byVpc)
        std::sort(list.begin(), list.end(), [](const SubnetInfo *a, const SubnetInfo *b) {
            // Same start: the larger block first, so the open list below stays a nested chain.
            if (a->cidr->first() != b->cidr->first())
                return a->cidr->first() < b->cidr->first();
            if (a->cidr->prefix != b->cidr->prefix)
                return a->cidr->prefix < b->cidr->prefix;
            return a->id() < b->id();
        });
}

std::vector<std::pair<const SubnetInfo *, const SubnetInfo *>> CidrIndex::overlaps() const
{
    // Sweep in address order keeping the subnet reaching furthest: a subnet overlaps an earlier one
    // exactly when it starts before that reach ends. CIDRs nest or are disjoint, so every overlap
    // is with a subnet containing this one, found by walking back while the reach covers it.
    std::vector<std::pair<const SubnetInfo *, const SubnetInfo *>> result;
    for (const auto &[vpc, list] : m_byVpc) {
        std::vector<const SubnetInfo *> open; // nested chain of subnets containing the cursor
        for (const SubnetInfo *s : list) {
            while (!open.empty() && open.back()->cidr->last() < s->cidr->first())
                open.pop_back();
            for (const SubnetInfo *o : open)
                result.emplace_back(o, s);
            open.push_back(s);
        }
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return std::make_pair(a.first->id(), a.second->id()) < std::make_pair(b.first->id(), b.second->id());
    });
    return result;
}

const std::vector<const SubnetInfo *> &CidrIndex::subnetsOf(const Id &vpc) const
{
    static const std::vector<const SubnetInfo *> none;
    auto it = m_byVpc.find(vpc);
    return it == m_byVpc.end() ? none : it->second;
}

} // namespace Stackyard

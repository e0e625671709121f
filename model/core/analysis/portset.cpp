#include "portset.h"

#include <algorithm>

namespace Stackyard {

void PortSet::add(PortRange range)
{
    if (!range.isValid())
        return;
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), range,
                               [](const PortRange &a, const PortRange &b) { return a.from < b.from; });
    it = m_ranges.insert(it, range);
    // Merge with overlapping or adjacent neighbours, left then right.
    if (it != m_ranges.begin() && std::prev(it)->to + 1 >= it->from) {
        auto prev = std::prev(it);
        prev->to = std::max(prev->to, it->to);
        it = std::prev(m_ranges.erase(it));
    }
    auto next = std::next(it);
    while (next != m_ranges.end() && it->to + 1 >= next->from) {
        it->to = std::max(it->to, next->to);
        next = m_ranges.erase(next);
        it = std::prev(next);
    }
}

void PortSet::add(const PortSet &other)
{
    for (const PortRange &r : other.m_ranges)
        add(r);
}

bool PortSet::covers(PortRange range) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), range.from,
                               [](int port, const PortRange &r) { return port < r.from; });
    if (it == m_ranges.begin())
        return false;
    return std::prev(it)->contains(range);
}

std::vector<PortRange> PortSet::missing(PortRange range) const
{
    std::vector<PortRange> gaps;
    int cursor = range.from;
    for (const PortRange &r : m_ranges) {
        if (r.to < cursor)
            continue;
        if (r.from > range.to)
            break;
        if (r.from > cursor)
            gaps.push_back({cursor, r.from - 1});
        cursor = r.to + 1;
        if (cursor > range.to)
            break;
    }
    if (cursor <= range.to)
        gaps.push_back({cursor, range.to});
    return gaps;
}

std::string PortSet::toString(std::string_view protocol) const
{
    std::string text;
    for (const PortRange &r : m_ranges) {
        if (!text.empty())
            text += ", ";
        text += std::string(protocol) + '/' + r.toString();
    }
    return text;
}

std::string describeTraffic(Protocol protocol, PortRange ports)
{
    if (protocol == Protocol::All)
        return "all traffic";
    if (protocol == Protocol::Icmp)
        return "icmp";
    return std::string(protocolName(protocol)) + '/' + ports.toString();
}

TextArg trafficText(Protocol protocol, PortRange ports)
{
    if (protocol == Protocol::All)
        return Text(STACKYARD_TEXT("all traffic"));
    return describeTraffic(protocol, ports);
}

} // namespace Stackyard

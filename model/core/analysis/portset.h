#pragma once

#include "model/core/network.h"
#include "model/core/text.h"

#include <vector>

namespace Stackyard {

/// A set of ports as sorted, disjoint, non-adjacent intervals. Never holds single ports one by one.
class PortSet
{
public:
    void add(PortRange range);
    void add(const PortSet &other);
    bool covers(PortRange range) const;
    bool isEmpty() const { return m_ranges.empty(); }
    /// The parts of `range` not in the set.
    std::vector<PortRange> missing(PortRange range) const;
    const std::vector<PortRange> &ranges() const { return m_ranges; }
    /// "tcp/80, tcp/8000-8080" style text for a protocol name.
    std::string toString(std::string_view protocol) const;

private:
    std::vector<PortRange> m_ranges;
};

/// "tcp/8080", "udp/2000", "all traffic".
std::string describeTraffic(Protocol protocol, PortRange ports);
/// describeTraffic as a text argument: "all traffic" is words (translated), "tcp/443" a literal.
TextArg trafficText(Protocol protocol, PortRange ports);

} // namespace Stackyard

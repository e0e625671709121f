#include "network.h"

#include <charconv>

namespace Stackyard {

namespace {

std::optional<long> parseNumber(std::string_view &text, long max)
{
    long value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr == text.data() || value < 0 || value > max)
        return std::nullopt;
    // Leading zeros ("010") are ambiguous (octal in some tools), so refuse them.
    if (ptr - text.data() > 1 && text.front() == '0')
        return std::nullopt;
    text.remove_prefix(std::size_t(ptr - text.data()));
    return value;
}

} // namespace

std::optional<Cidr> Cidr::parse(std::string_view text)
{
    std::uint32_t address = 0;
    for (int i = 0; i < 4; ++i) {
        auto octet = parseNumber(text, 255);
        if (!octet)
            return std::nullopt;
        address = (address << 8) | std::uint32_t(*octet);
        const char expected = i < 3 ? '.' : '/';
        if (text.empty() || text.front() != expected)
            return std::nullopt;
        text.remove_prefix(1);
    }
    auto prefix = parseNumber(text, 32);
    if (!prefix || !text.empty())
        return std::nullopt;
    Cidr c;
    c.prefix = int(*prefix);
    c.base = address & ~c.hostMask();
    return c;
}

std::string Cidr::addressToString(std::uint32_t a)
{
    return std::to_string(a >> 24) + '.' + std::to_string((a >> 16) & 0xff) + '.'
           + std::to_string((a >> 8) & 0xff) + '.' + std::to_string(a & 0xff);
}

std::string Cidr::toString() const
{
    return addressToString(base) + '/' + std::to_string(prefix);
}

bool isCanonicalCidr(std::string_view text)
{
    auto c = Cidr::parse(text);
    return c && c->toString() == text;
}

std::string_view protocolName(Protocol p)
{
    switch (p) {
    case Protocol::Tcp: return "tcp";
    case Protocol::Udp: return "udp";
    case Protocol::Icmp: return "icmp";
    case Protocol::All: return "all";
    }
    return "all";
}

std::optional<Protocol> parseProtocol(std::string_view text)
{
    if (text == "tcp" || text == "6")
        return Protocol::Tcp;
    if (text == "udp" || text == "17")
        return Protocol::Udp;
    if (text == "icmp" || text == "1")
        return Protocol::Icmp;
    if (text == "all" || text == "-1")
        return Protocol::All;
    return std::nullopt;
}

std::string PortRange::toString() const
{
    if (isAll())
        return "all";
    if (from == to)
        return std::to_string(from);
    return std::to_string(from) + '-' + std::to_string(to);
}

std::optional<PortRange> PortRange::parse(std::string_view text)
{
    if (text == "all")
        return all();
    auto from = parseNumber(text, 65535);
    if (!from)
        return std::nullopt;
    PortRange r{int(*from), int(*from)};
    if (!text.empty()) {
        if (text.front() != '-')
            return std::nullopt;
        text.remove_prefix(1);
        auto to = parseNumber(text, 65535);
        if (!to || !text.empty() || *to < *from)
            return std::nullopt;
        r.to = int(*to);
    }
    return r;
}

} // namespace Stackyard

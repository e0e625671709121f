#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace Stackyard {

/// An IPv4 CIDR block as an interval of addresses; never expanded address by address.
/// (QHostAddress::parseSubnet would do the parsing, but model/core is Qt-free by design.)
struct Cidr
{
    std::uint32_t base = 0; ///< network address (host bits cleared)
    int prefix = 0;         ///< 0..32

    /// Parses "10.0.0.0/16". Rejects bad octets, prefixes and trailing text. Host bits set in the
    /// input are cleared; use isCanonical() on the result with the text to tell.
    static std::optional<Cidr> parse(std::string_view text);

    std::uint32_t first() const { return base; }
    std::uint32_t last() const { return base | hostMask(); }
    std::uint64_t size() const { return std::uint64_t(1) << (32 - prefix); }
    std::uint32_t hostMask() const
    {
        return prefix <= 0 ? 0xffffffffu : prefix >= 32 ? 0u : (0xffffffffu >> prefix);
    }

    bool contains(const Cidr &other) const { return other.first() >= first() && other.last() <= last(); }
    bool contains(std::uint32_t address) const { return address >= first() && address <= last(); }
    bool overlaps(const Cidr &other) const { return first() <= other.last() && other.first() <= last(); }

    std::string toString() const;
    static std::string addressToString(std::uint32_t address);

    friend bool operator==(const Cidr &, const Cidr &) = default;
};

/// True when text is exactly the canonical spelling of a CIDR (no host bits set).
bool isCanonicalCidr(std::string_view text);

/// IP protocols as security groups and flows use them. All = "-1" in CloudFormation.
enum class Protocol { Tcp, Udp, Icmp, All };

std::string_view protocolName(Protocol p); ///< "tcp", "udp", "icmp", "all"
std::optional<Protocol> parseProtocol(std::string_view text);

/// An inclusive port range; [0, 65535] means every port. Ports are intervals, never expanded.
struct PortRange
{
    int from = 0;
    int to = 65535;

    static PortRange all() { return {0, 65535}; }
    static PortRange single(int port) { return {port, port}; }
    bool isAll() const { return from == 0 && to == 65535; }
    bool isValid() const { return from >= 0 && to <= 65535 && from <= to; }
    bool contains(const PortRange &o) const { return o.from >= from && o.to <= to; }
    bool contains(int port) const { return port >= from && port <= to; }
    bool overlaps(const PortRange &o) const { return from <= o.to && o.from <= to; }
    /// "443", "8000-8080" or "all".
    std::string toString() const;
    /// Parses the forms toString() writes.
    static std::optional<PortRange> parse(std::string_view text);

    friend bool operator==(const PortRange &, const PortRange &) = default;
};

} // namespace Stackyard

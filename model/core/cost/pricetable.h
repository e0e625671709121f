#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// One list price of a region, as the bundled table (resources/pricing/<region>.json) carries it.
struct Price
{
    double value = 0;              ///< USD per unit
    std::string unit;              ///< e.g. "USD per vCPU-hour"
    std::string status;            ///< verified, derived, conflict (preferred value), or "override"
    std::string asOf;              ///< YYYY-MM-DD: newest date of its sources (or the table's)
    std::vector<std::string> sources; ///< source ids of the reference (INFRA_ECS, IDX_KR_PY…)
    std::string note;
};

/// The list prices of one region. Keys are the reference's item names, e.g.
/// "fargate.linux_x86.vcpu_hour", "nat_gateway.gb_processed", "aurora_postgresql.db.r6g.large.hour".
/// A price not found in the sources is absent (and listed by missing()), never guessed.
class PriceTable
{
public:
    /// Parses a pricing JSON document; on error returns nothing and sets `error`.
    static std::optional<PriceTable> fromJson(std::string_view text, std::string *error = nullptr);
    /// The table compiled into the program for `region`; nothing (and `error` naming the known
    /// regions) when there is none.
    static std::optional<PriceTable> builtin(std::string_view region, std::string *error = nullptr);
    /// Regions with a compiled-in table, sorted.
    static std::vector<std::string> builtinRegions();

    const std::string &region() const { return m_region; }
    const std::string &currency() const { return m_currency; }
    /// The date the table's sources reach up to (YYYY-MM-DD); shown with every estimate.
    const std::string &asOf() const { return m_asOf; }

    /// The price, or null when the region has none.
    const Price *find(std::string_view key) const;
    /// True when the sources were searched for this price and nothing was found.
    bool isMissing(std::string_view key) const { return m_missing.count(std::string(key)) > 0; }
    const std::map<std::string, Price, std::less<>> &prices() const { return m_prices; }

    /// Adds or replaces a price (tests, and tables built by hand).
    void setPrice(const std::string &key, Price price) { m_prices[key] = std::move(price); }

private:
    std::string m_region;
    std::string m_currency = "USD";
    std::string m_asOf;
    std::map<std::string, Price, std::less<>> m_prices;
    std::map<std::string, std::string, std::less<>> m_missing;
};

} // namespace Stackyard

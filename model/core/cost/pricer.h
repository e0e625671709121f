#pragma once

#include "costestimate.h"
#include "egress.h"
#include "model/core/design.h"
#include "pricetable.h"

#include <map>
#include <string>
#include <vector>
#include <string_view>

namespace Stackyard {

/// Internal to the cost model: the state one estimate() shares between the pricing functions of
/// each kind (pricers.h), and the one place a line item is priced.
class Pricer
{
public:
    /// `egress`, when given, must be traceEgress(design) (scenarios reuse one across estimates).
    Pricer(const Design &design, const PriceTable &prices, const CostOptions &options,
           const EgressPaths *egress = nullptr);

    const Design &design() const { return m_design; }
    const CostOptions &options() const { return m_options; }
    const EgressPaths &egress() const { return m_egressRef ? *m_egressRef : m_egress; }

    /// Adds a line: looks `priceKey` up (the user's override first); a missing price makes the
    /// line unpriced, and its note says so. The note is a whole-sentence Text (LineItem::noteText).
    void add(const Resource &resource, std::string usageType, double quantity, std::string unit,
             const std::string &priceKey, Text note);

    /// A property's value, or the catalogue default when the resource does not set it.
    Json property(const Resource &r, std::string_view name) const;
    double number(const Resource &r, std::string_view name) const;
    std::string text(const Resource &r, std::string_view name) const;
    bool flag(const Resource &r, std::string_view name) const;

    /// A usage assumption (usage.h) for the resource.
    double usage(const Resource *r, std::string_view name) const;
    /// Requests per month: the resource's usage, the design's, a Users node's, else the default.
    double requestsPerMonth(const Resource *r) const;
    /// The task count of an ECS service under the options (override, else desired/min/max).
    double taskCount(const Resource &service) const;
    /// Distinct AZs of a resource's subnets.
    int zoneCount(const Resource &r) const;
    /// ECS services whose `logGroup` / `cluster` property names `id` (indexed once per estimate).
    const std::vector<const Resource *> &servicesLoggingTo(const Id &id) const;
    const std::vector<const Resource *> &servicesIn(const Id &cluster) const;

    CostEstimate take();

private:
    const Design &m_design;
    const PriceTable &m_prices;
    const CostOptions &m_options;
    EgressPaths m_egress;
    const EgressPaths *m_egressRef = nullptr;
    CostEstimate m_estimate;
    const Resource *m_users = nullptr;
    std::map<Id, std::vector<const Resource *>> m_byLogGroup;
    std::map<Id, std::vector<const Resource *>> m_byCluster;
};

/// estimate() with the egress paths already traced (internal to the cost model).
CostEstimate estimateWithEgress(const Design &design, const PriceTable &prices, const CostOptions &options,
                                const EgressPaths &egress);

/// "1.5" rather than "1.500000": numbers as they appear in notes.
std::string formatNumber(double value);

} // namespace Stackyard

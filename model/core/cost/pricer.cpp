#include "pricer.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "usage.h"

#include <cmath>
#include <cstdio>

namespace Stackyard {

std::string formatNumber(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

Pricer::Pricer(const Design &design, const PriceTable &prices, const CostOptions &options,
               const EgressPaths *egress)
    : m_design(design), m_prices(prices), m_options(options), m_egressRef(egress)
{
    if (!egress)
        m_egress = traceEgress(design);
    m_estimate.region = prices.region();
    m_estimate.currency = prices.currency();
    m_estimate.pricesAsOf = prices.asOf();
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "users" && !m_users)
            m_users = &r;
        if (r.kind == "ecs-service") {
            m_byLogGroup[text(r, "logGroup")].push_back(&r);
            m_byCluster[text(r, "cluster")].push_back(&r);
        }
    }
}

const std::vector<const Resource *> &Pricer::servicesLoggingTo(const Id &id) const
{
    static const std::vector<const Resource *> none;
    auto it = m_byLogGroup.find(id);
    return it == m_byLogGroup.end() || id.empty() ? none : it->second;
}

const std::vector<const Resource *> &Pricer::servicesIn(const Id &cluster) const
{
    static const std::vector<const Resource *> none;
    auto it = m_byCluster.find(cluster);
    return it == m_byCluster.end() || cluster.empty() ? none : it->second;
}

void Pricer::add(const Resource &resource, std::string usageType, double quantity, std::string unit,
                 const std::string &priceKey, Text note)
{
    LineItem item;
    item.resource = resource.id;
    item.resourceName = resource.name;
    item.usageType = std::move(usageType);
    item.quantity = quantity;
    item.unit = std::move(unit);
    item.priceKey = priceKey;
    const bool noNote = note.str().empty();
    auto override_ = m_options.priceOverrides.find(priceKey);
    if (override_ != m_options.priceOverrides.end()) {
        item.unitPrice = override_->second;
        item.overridden = true;
        item.priceAsOf = "your price";
        note = noNote ? Text(STACKYARD_TEXT("unit price overridden by you"))
                      : Text(STACKYARD_TEXT("%1; unit price overridden by you"), std::move(note));
    } else if (const Price *price = m_prices.find(priceKey)) {
        item.unitPrice = price->value;
        item.priceAsOf = price->asOf;
    } else {
        item.priced = false;
        note = noNote ? Text(STACKYARD_TEXT("no sourced price for %1 in %2 (set an override to price it)"), priceKey,
                             m_prices.region())
                      : Text(STACKYARD_TEXT("%1; no sourced price for %2 in %3 (set an override to price it)"),
                             std::move(note), priceKey, m_prices.region());
        item.note = note.str();
        item.noteText = std::move(note);
        m_estimate.unpriced.push_back(std::move(item));
        return;
    }
    item.note = note.str();
    item.noteText = std::move(note);
    item.monthly = item.quantity * item.unitPrice;
    m_estimate.monthlyTotal += item.monthly;
    m_estimate.items.push_back(std::move(item));
}

Json Pricer::property(const Resource &r, std::string_view name) const
{
    if (auto it = r.properties.find(name); it != r.properties.end() && !it->is_null())
        return *it;
    if (const KindSpec *kind = Catalog::builtin().kind(r.kind))
        if (const PropertySpec *p = kind->property(name))
            return p->defaultValue;
    return {};
}

double Pricer::number(const Resource &r, std::string_view name) const
{
    const Json v = property(r, name);
    return v.is_number() ? v.get<double>() : 0.0;
}

std::string Pricer::text(const Resource &r, std::string_view name) const
{
    const Json v = property(r, name);
    return v.is_string() ? v.get<std::string>() : std::string();
}

bool Pricer::flag(const Resource &r, std::string_view name) const
{
    const Json v = property(r, name);
    return v.is_boolean() && v.get<bool>();
}

double Pricer::usage(const Resource *r, std::string_view name) const
{
    return usageValue(m_design, r, name);
}

double Pricer::requestsPerMonth(const Resource *r) const
{
    if (usageIsSet(m_design, r, "requestsPerMonth"))
        return usage(r, "requestsPerMonth");
    return m_users ? number(*m_users, "requestsPerMonth") : usageDefault("requestsPerMonth");
}

double Pricer::taskCount(const Resource &service) const
{
    if (auto it = m_options.taskCountOverrides.find(service.id); it != m_options.taskCountOverrides.end())
        return std::max(0.0, it->second);
    switch (m_options.taskCount) {
    case TaskCountBasis::Minimum: return std::max(0.0, number(service, "minCount"));
    case TaskCountBasis::Maximum: return std::max(0.0, number(service, "maxCount"));
    case TaskCountBasis::Desired: break;
    }
    return std::max(0.0, number(service, "desiredCount"));
}

int Pricer::zoneCount(const Resource &r) const
{
    return int(zonesOf(m_design, subnetsOf(m_design, r)).size());
}

CostEstimate Pricer::take()
{
    return std::move(m_estimate);
}

} // namespace Stackyard

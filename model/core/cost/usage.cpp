#include "usage.h"

#include <array>
#include <cassert>

namespace Stackyard {

namespace {

constexpr std::array<UsageDefault, 12> kDefaults{{
    {"logGbPerTaskDay", 0.1, STACKYARD_TEXT("GB per task-day"),
     STACKYARD_TEXT("application logs each task writes per day")},
    {"logShareAccess", 0.8, STACKYARD_TEXT("share"),
     STACKYARD_TEXT("share of logs a FireLens \"access\" route matches")},
    {"logShareError", 0.05, STACKYARD_TEXT("share"),
     STACKYARD_TEXT("share of logs a FireLens \"error\" route matches")},
    {"logStoredPerIngested", 1.0, STACKYARD_TEXT("ratio"),
     STACKYARD_TEXT("stored GB per ingested GB (no compression credited)")},
    {"logNeverExpireMonths", 12, STACKYARD_TEXT("months"),
     STACKYARD_TEXT("months of logs held by a group that never expires")},
    {"requestsPerMonth", 10'000'000, STACKYARD_TEXT("requests"),
     STACKYARD_TEXT("requests per month (a Users node's value wins)")},
    {"xraySampledShare", 0.05, STACKYARD_TEXT("share"),
     STACKYARD_TEXT("share of requests X-Ray records")},
    {"natDataGbPerMonth", 0, STACKYARD_TEXT("GB"),
     STACKYARD_TEXT("GB per NAT gateway besides the flows drawn through it")},
    {"vpceDataGbPerMonth", 0, STACKYARD_TEXT("GB"),
     STACKYARD_TEXT("GB per interface endpoint besides the flows drawn through it")},
    {"containerInsightsLogGbPerTaskMonth", 0.05, STACKYARD_TEXT("GB per task-month"),
     STACKYARD_TEXT("performance log events")},
    {"containerInsightsMetricsPerCluster", 13, STACKYARD_TEXT("metrics"),
     STACKYARD_TEXT("cluster-level Container Insights metrics")},
    {"containerInsightsMetricsPerService", 25, STACKYARD_TEXT("metrics"),
     STACKYARD_TEXT("service-level Container Insights metrics")},
}};

const Json *numberIn(const Json &usage, std::string_view name)
{
    if (!usage.is_object())
        return nullptr;
    auto it = usage.find(name);
    return it != usage.end() && it->is_number() ? &*it : nullptr;
}

} // namespace

std::span<const UsageDefault> usageDefaults()
{
    return kDefaults;
}

double usageDefault(std::string_view name)
{
    for (const UsageDefault &d : kDefaults)
        if (d.name == name)
            return d.value;
    assert(!"usage name not documented in usage.h");
    return 0;
}

double usageValue(const Design &design, const Resource *resource, std::string_view name)
{
    if (resource)
        if (const Json *v = numberIn(resource->usage, name))
            return v->get<double>();
    if (const Json *v = numberIn(design.usage, name))
        return v->get<double>();
    return usageDefault(name);
}

bool usageIsSet(const Design &design, const Resource *resource, std::string_view name)
{
    return (resource && numberIn(resource->usage, name)) || numberIn(design.usage, name);
}

} // namespace Stackyard

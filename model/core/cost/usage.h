#pragma once

#include "model/core/design.h"
#include "model/core/text.h"

#include <span>
#include <string_view>

namespace Stackyard {

/// A usage assumption of the cost model: something the design does not say but the bill depends
/// on. Every one can be set per design (Design::usage[name]) and per resource (Resource::usage[name],
/// which wins). These defaults are ASSUMPTIONS, not AWS facts; they are shown in every note that
/// uses them so a reader can see and change them.
struct UsageDefault
{
    std::string_view name;
    double value;
    TextPattern unit; ///< words, translated where shown (Text(unit))
    TextPattern doc;  ///< what it means, translated where shown
};

/// The documented defaults, in one place:
/// | name | default | meaning |
/// |---|---|---|
/// | logGbPerTaskDay | 0.1 | GB of application logs each task writes per day |
/// | logShareAccess | 0.8 | share of a task's logs that a FireLens "access" route matches |
/// | logShareError | 0.05 | share of a task's logs that a FireLens "error" route matches |
/// | logStoredPerIngested | 1.0 | stored GB per ingested GB (1 = no compression credited: an upper bound) |
/// | logNeverExpireMonths | 12 | months of logs held by a log group that never expires |
/// | requestsPerMonth | 10,000,000 | requests per month (a Users node's requestsPerMonth wins over this default) |
/// | xraySampledShare | 0.05 | share of requests X-Ray records (its default rule: 1/s plus 5 %) |
/// | natDataGbPerMonth | 0 | GB per NAT gateway per month besides the flows drawn through it |
/// | vpceDataGbPerMonth | 0 | GB per interface endpoint per month besides the flows drawn through it |
/// | containerInsightsLogGbPerTaskMonth | 0.05 | performance log events per task-month (~1 KB a minute) |
/// | containerInsightsMetricsPerCluster | 13 | 10 resource metrics + TaskCount, ServiceCount, ContainerInstanceCount (aws-facts §12, CI-ECS) |
/// | containerInsightsMetricsPerService | 25 | 10 by service + 5 task counts + 10 by task definition family (aws-facts §12, CI-ECS) |
std::span<const UsageDefault> usageDefaults();

/// The default of a usage name; asserts the name is documented above.
double usageDefault(std::string_view name);

/// The value of a usage assumption for `resource` (may be null): its own usage, else the
/// design's, else the default. Non-numeric values are ignored.
double usageValue(const Design &design, const Resource *resource, std::string_view name);

/// True when the resource or the design sets `name` (the note then says "your assumption").
bool usageIsSet(const Design &design, const Resource *resource, std::string_view name);

} // namespace Stackyard

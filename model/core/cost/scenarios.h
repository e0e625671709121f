#pragma once

#include "costestimate.h"
#include "model/core/design.h"
#include "model/core/text.h"
#include "pricetable.h"

#include <optional>
#include <string>
#include <vector>

namespace Stackyard {

/// One option of a comparison, with its difference to the group's baseline.
struct Scenario
{
    std::string id;
    std::string title;
    double monthly = 0;      ///< USD per month
    double deltaUsd = 0;     ///< monthly - baseline's monthly
    double deltaPercent = 0; ///< deltaUsd / baseline's monthly x 100 (0 when the baseline is 0)
    std::string note;
    Text titleText; ///< `title` as words to translate (title == titleText.str())
    Text noteText;  ///< `note` as words to translate; empty when `note` is ""
};

/// Options an architect weighs side by side, e.g. on-demand vs Spot.
struct ScenarioGroup
{
    std::string id;          ///< "egress", "strategy", "scale"
    std::string title;
    std::string practice;    ///< SEC-15, COST-2, PERF-3
    std::string baselineId;  ///< the option the others are compared with (the design as drawn)
    std::string cheapestId;
    std::vector<Scenario> options;
    Text titleText; ///< `title` as words to translate (title == titleText.str())

    const Scenario *find(const std::string &id) const;
};

/// NAT gateways vs interface endpoints for the AWS-service traffic of the current design (SEC-15):
/// option cost = fixed + GB x rate; the endpoints option keeps NAT when internet egress is needed.
struct EgressComparison
{
    int zones = 0;                            ///< AZs of the subnets holding private tasks
    std::vector<std::string> interfaceServices; ///< endpoints the tasks need without NAT
    bool internetNeeded = false;              ///< flows to the internet from private subnets
    double awsServiceGb = 0;                  ///< monthly GB to AWS services (flows + endpoint assumptions)
    double internetGb = 0;                    ///< monthly GB to the internet (flows + NAT assumptions)
    double natFixed = 0;                      ///< one NAT gateway + Elastic IP per AZ, per month
    double natPerGb = 0;
    double endpointFixed = 0;                 ///< services x AZs endpoint-hours, per month
    double endpointPerGb = 0;
    std::optional<double> breakEvenGb;        ///< AWS-service GB/month above which endpoints are cheaper
    bool priced = true;                       ///< false when a needed price is missing (see note)
    std::string note;
    Text noteText;                            ///< `note` as words to translate (note == noteText.str())

    double natOption(double awsGb) const;      ///< monthly cost of NAT only at this traffic
    double endpointOption(double awsGb) const; ///< monthly cost of endpoints (+ NAT if needed)
};

/// The estimate's monthly total at a total task count (PERF-3 curve).
struct TaskCountPoint
{
    double tasks = 0;
    double monthly = 0;
};

/// Every comparison the dashboard shows.
struct CostScenarios
{
    ScenarioGroup egress;
    EgressComparison egressDetail;
    ScenarioGroup strategies;
    ScenarioGroup scale;
    std::vector<TaskCountPoint> taskCurve;
};

EgressComparison compareEgress(const Design &design, const PriceTable &prices, const CostOptions &options = {});
/// Current egress (NAT + endpoint lines of the estimate) vs NAT only vs endpoints.
ScenarioGroup egressScenarios(const Design &design, const PriceTable &prices, const CostOptions &options = {});
/// As designed vs all on-demand vs COST-2's example (base 2 on FARGATE, 1:4 with FARGATE_SPOT) vs all Spot.
ScenarioGroup strategyScenarios(const Design &design, const PriceTable &prices, const CostOptions &options = {});
/// Every service at its minimum vs desired vs maximum task count.
ScenarioGroup scaleScenarios(const Design &design, const PriceTable &prices, const CostOptions &options = {});
/// Monthly totals as every service moves together from its min to its max task count (whole
/// tasks); at most `maxPoints` points, first at every min, last at every max.
std::vector<TaskCountPoint> taskCountCurve(const Design &design, const PriceTable &prices,
                                           const CostOptions &options = {}, int maxPoints = 21);
CostScenarios scenarios(const Design &design, const PriceTable &prices, const CostOptions &options = {});

} // namespace Stackyard

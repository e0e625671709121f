#include "scenarios.h"

#include "egress.h"
#include "estimate.h"
#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "pricer.h"
#include "usage.h"

#include <algorithm>
#include <cmath>

namespace Stackyard {

namespace {

void finish(ScenarioGroup &group)
{
    const Scenario *base = group.find(group.baselineId);
    const double baseline = base ? base->monthly : 0;
    const Scenario *cheapest = nullptr;
    for (Scenario &s : group.options) {
        s.deltaUsd = s.monthly - baseline;
        s.deltaPercent = baseline != 0 ? s.deltaUsd / baseline * 100.0 : 0.0;
        if (!cheapest || s.monthly < cheapest->monthly)
            cheapest = &s;
    }
    group.cheapestId = cheapest ? cheapest->id : std::string();
}

std::string unpricedNote(const CostEstimate &e)
{
    return e.unpriced.empty() ? std::string() : std::to_string(e.unpriced.size()) + " quantities unpriced";
}

std::optional<double> priceOf(const PriceTable &prices, const CostOptions &options, const std::string &key)
{
    if (auto it = options.priceOverrides.find(key); it != options.priceOverrides.end())
        return it->second;
    if (const Price *p = prices.find(key))
        return p->value;
    return std::nullopt;
}

double sumOf(const CostEstimate &e, bool (*pick)(const Design &, const LineItem &), const Design &design)
{
    double sum = 0;
    for (const LineItem &item : e.items)
        if (pick(design, item))
            sum += item.monthly;
    return sum;
}

bool isEgressLine(const Design &design, const LineItem &item)
{
    const Resource *r = design.resource(item.resource);
    return r && (r->kind == "nat-gateway" || (r->kind == "vpc-endpoint" && item.usageType.rfind("vpce-", 0) == 0));
}

} // namespace

const Scenario *ScenarioGroup::find(const std::string &wanted) const
{
    for (const Scenario &s : options)
        if (s.id == wanted)
            return &s;
    return nullptr;
}

double EgressComparison::natOption(double awsGb) const
{
    return natFixed + (awsGb + internetGb) * natPerGb;
}

double EgressComparison::endpointOption(double awsGb) const
{
    return endpointFixed + awsGb * endpointPerGb + (internetNeeded ? natFixed + internetGb * natPerGb : 0.0);
}

EgressComparison compareEgress(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    EgressComparison c;
    std::vector<Id> taskSubnets;
    const RouteIndex routes(design);
    for (const auto &[id, r] : design.resources)
        if (r.kind == "ecs-service")
            for (const Id &subnet : subnetsOf(design, r)) {
                const Route *route = routes.defaultRoute(subnet);
                if (!route || route->target != RouteTargetKind::InternetGateway)
                    taskSubnets.push_back(subnet);
            }
    c.zones = int(zonesOf(design, taskSubnets).size());
    const std::set<std::string> services = interfaceServicesNeeded(design);
    c.interfaceServices.assign(services.begin(), services.end());

    const EgressPaths paths = traceEgress(design);
    c.awsServiceGb = paths.awsServiceGbViaNat + paths.awsServiceGbViaEndpoint;
    c.internetGb = paths.internetGbViaNat;
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "nat-gateway")
            c.internetGb += usageValue(design, &r, "natDataGbPerMonth");
        else if (r.kind == "vpc-endpoint")
            c.awsServiceGb += usageValue(design, &r, "vpceDataGbPerMonth");
    }
    for (const auto &[id, flow] : design.flows) {
        const Resource *from = design.resource(flow.from);
        const Resource *to = design.resource(flow.to);
        if (from && to && to->kind == "internet" && !vpcOf(design, from->id).empty())
            c.internetNeeded = true;
    }
    c.internetNeeded = c.internetNeeded || c.internetGb > 0;

    const auto natHour = priceOf(prices, options, "nat_gateway.hour");
    const auto natGb = priceOf(prices, options, "nat_gateway.gb_processed");
    const auto ipv4 = priceOf(prices, options, "public_ipv4.hour");
    const auto vpceHour = priceOf(prices, options, "vpc_endpoint.interface.az_hour");
    const auto vpceGb = priceOf(prices, options, "vpc_endpoint.interface.gb_first_1pb");
    c.priced = natHour && natGb && ipv4 && vpceHour && vpceGb;
    if (!c.priced) {
        c.note = "a NAT gateway, public IPv4 or interface endpoint price is missing for " + prices.region();
        return c;
    }
    c.natFixed = c.zones * kHoursPerMonth * (*natHour + *ipv4);
    c.natPerGb = *natGb;
    c.endpointFixed = double(services.size()) * c.zones * kHoursPerMonth * *vpceHour;
    c.endpointPerGb = *vpceGb;
    const double saving = c.natPerGb - c.endpointPerGb;
    if (saving > 0) {
        c.breakEvenGb = std::max(0.0, (c.endpointOption(0) - c.natOption(0)) / saving);
    }
    c.note = std::to_string(c.zones) + " AZs with private tasks; " + std::to_string(services.size())
             + " interface endpoints needed without NAT"
             + (c.internetNeeded ? "; internet egress keeps NAT in both options" : "");
    return c;
}

ScenarioGroup egressScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g{"egress", "NAT gateways vs VPC endpoints (egress only)", "SEC-15", "current", {}, {}};
    const EgressComparison c = compareEgress(design, prices, options);
    const CostEstimate current = estimateWithEgress(design, prices, options, traceEgress(design));
    g.options.push_back({"current", "As drawn", sumOf(current, isEgressLine, design), 0, 0,
                         "NAT gateway and interface endpoint lines of the estimate"});
    if (c.priced) {
        g.options.push_back({"nat", "NAT gateway per AZ", c.natOption(c.awsServiceGb), 0, 0,
                             std::to_string(c.zones) + " NAT gateways + Elastic IPs; all traffic processed by NAT"});
        g.options.push_back({"endpoints", "Interface endpoints", c.endpointOption(c.awsServiceGb), 0, 0,
                             std::to_string(c.interfaceServices.size()) + " endpoints x " + std::to_string(c.zones)
                                 + " AZs" + (c.internetNeeded ? " + NAT for internet egress" : "")});
    }
    finish(g);
    return g;
}

ScenarioGroup strategyScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g{"strategy", "On-demand vs Spot capacity", "COST-2", "designed", {}, {}};
    struct Option
    {
        const char *id;
        const char *title;
        std::optional<std::vector<CapacityShare>> strategy;
    };
    const Option all[] = {
        {"designed", "As designed", options.strategyOverride},
        {"on-demand", "All on-demand (FARGATE)", std::vector<CapacityShare>{{"FARGATE", 0, 1}}},
        {"base2-spot4", "Base 2 on FARGATE, then 1:4 FARGATE_SPOT",
         std::vector<CapacityShare>{{"FARGATE", 2, 1}, {"FARGATE_SPOT", 0, 4}}},
        {"spot", "All Spot (FARGATE_SPOT)", std::vector<CapacityShare>{{"FARGATE_SPOT", 0, 1}}},
    };
    const EgressPaths paths = traceEgress(design);
    for (const Option &o : all) {
        CostOptions opts = options;
        opts.strategyOverride = o.strategy;
        const CostEstimate e = estimateWithEgress(design, prices, opts, paths);
        g.options.push_back({o.id, o.title, e.monthlyTotal, 0, 0, unpricedNote(e)});
    }
    finish(g);
    return g;
}

ScenarioGroup scaleScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g{"scale", "Minimum vs desired vs maximum tasks", "PERF-3", "desired", {}, {}};
    const std::pair<TaskCountBasis, const char *> bases[] = {
        {TaskCountBasis::Minimum, "min"}, {TaskCountBasis::Desired, "desired"}, {TaskCountBasis::Maximum, "max"}};
    const EgressPaths paths = traceEgress(design);
    for (const auto &[basis, id] : bases) {
        CostOptions opts = options;
        opts.taskCount = basis;
        opts.taskCountOverrides.clear();
        const CostEstimate e = estimateWithEgress(design, prices, opts, paths);
        const std::string title = std::string(id) == "min" ? "Minimum tasks"
                                  : std::string(id) == "max" ? "Maximum tasks" : "Desired tasks";
        g.options.push_back({id, title, e.monthlyTotal, 0, 0, unpricedNote(e)});
    }
    finish(g);
    return g;
}

std::vector<TaskCountPoint> taskCountCurve(const Design &design, const PriceTable &prices,
                                           const CostOptions &options, int maxPoints)
{
    struct Range
    {
        Id id;
        double min;
        double max;
    };
    std::vector<Range> ranges;
    double spread = 0;
    const Json defaults = Catalog::builtin().defaultProperties("ecs-service");
    for (const auto &[id, r] : design.resources) {
        if (r.kind != "ecs-service")
            continue;
        const double lo = std::max<long long>(0, r.intProperty("minCount", defaults.value("minCount", 0LL)));
        const double hi = std::max<double>(lo, double(r.intProperty("maxCount", defaults.value("maxCount", 0LL))));
        ranges.push_back({id, lo, hi});
        spread = std::max(spread, hi - lo);
    }
    std::vector<TaskCountPoint> curve;
    if (ranges.empty())
        return curve;
    const int steps = std::max(1, std::min(int(spread), std::max(1, maxPoints - 1)));
    const EgressPaths paths = traceEgress(design);
    for (int k = 0; k <= steps; ++k) {
        CostOptions opts = options;
        double total = 0;
        for (const Range &range : ranges) {
            const double n = range.min + std::floor((range.max - range.min) * k / steps + 0.5);
            opts.taskCountOverrides[range.id] = n;
            total += n;
        }
        curve.push_back({total, estimateWithEgress(design, prices, opts, paths).monthlyTotal});
        if (spread == 0)
            break;
    }
    return curve;
}

CostScenarios scenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    CostScenarios s;
    s.egressDetail = compareEgress(design, prices, options);
    s.egress = egressScenarios(design, prices, options);
    s.strategies = strategyScenarios(design, prices, options);
    s.scale = scaleScenarios(design, prices, options);
    s.taskCurve = taskCountCurve(design, prices, options);
    return s;
}

} // namespace Stackyard

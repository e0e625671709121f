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

Text unpricedNote(const CostEstimate &e)
{
    return e.unpriced.empty() ? Text() : Text(STACKYARD_TEXT("%1 quantities unpriced"), e.unpriced.size());
}

/// A group with its title in both forms and no options yet.
ScenarioGroup group(const char *id, Text title, const char *practice, const char *baselineId)
{
    ScenarioGroup g;
    g.id = id;
    g.title = title.str();
    g.titleText = std::move(title);
    g.practice = practice;
    g.baselineId = baselineId;
    return g;
}

/// An option with its title and note in both forms (the English strings rendered from the texts).
Scenario option(const char *id, Text title, double monthly, Text note)
{
    Scenario s;
    s.id = id;
    s.title = title.str();
    s.monthly = monthly;
    s.note = note.str();
    s.titleText = std::move(title);
    s.noteText = std::move(note);
    return s;
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
        c.noteText = Text(STACKYARD_TEXT("a NAT gateway, public IPv4 or interface endpoint price is missing for %1"),
                          prices.region());
        c.note = c.noteText.str();
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
    c.noteText = Text(c.internetNeeded ? STACKYARD_TEXT("%1 AZs with private tasks; %2 interface endpoints "
                                                        "needed without NAT; internet egress keeps NAT in both options")
                                       : STACKYARD_TEXT("%1 AZs with private tasks; %2 interface endpoints "
                                                        "needed without NAT"),
                      c.zones, services.size());
    c.note = c.noteText.str();
    return c;
}

ScenarioGroup egressScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g = group("egress", Text(STACKYARD_TEXT("NAT gateways vs VPC endpoints (egress only)")),
                            "SEC-15", "current");
    const EgressComparison c = compareEgress(design, prices, options);
    const CostEstimate current = estimateWithEgress(design, prices, options, traceEgress(design));
    g.options.push_back(option("current", Text(STACKYARD_TEXT("As drawn")), sumOf(current, isEgressLine, design),
                               Text(STACKYARD_TEXT("NAT gateway and interface endpoint lines of the estimate"))));
    if (c.priced) {
        g.options.push_back(
            option("nat", Text(STACKYARD_TEXT("NAT gateway per AZ")), c.natOption(c.awsServiceGb),
                   Text(STACKYARD_TEXT("%1 NAT gateways + Elastic IPs; all traffic processed by NAT"), c.zones)));
        g.options.push_back(
            option("endpoints", Text(STACKYARD_TEXT("Interface endpoints")), c.endpointOption(c.awsServiceGb),
                   Text(c.internetNeeded ? STACKYARD_TEXT("%1 endpoints x %2 AZs + NAT for internet egress")
                                         : STACKYARD_TEXT("%1 endpoints x %2 AZs"),
                        c.interfaceServices.size(), c.zones)));
    }
    finish(g);
    return g;
}

ScenarioGroup strategyScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g = group("strategy", Text(STACKYARD_TEXT("On-demand vs Spot capacity")), "COST-2", "designed");
    struct Option
    {
        const char *id;
        TextPattern title;
        std::optional<std::vector<CapacityShare>> strategy;
    };
    const Option all[] = {
        {"designed", STACKYARD_TEXT("As designed"), options.strategyOverride},
        {"on-demand", STACKYARD_TEXT("All on-demand (FARGATE)"), std::vector<CapacityShare>{{"FARGATE", 0, 1}}},
        {"base2-spot4", STACKYARD_TEXT("Base 2 on FARGATE, then 1:4 FARGATE_SPOT"),
         std::vector<CapacityShare>{{"FARGATE", 2, 1}, {"FARGATE_SPOT", 0, 4}}},
        {"spot", STACKYARD_TEXT("All Spot (FARGATE_SPOT)"), std::vector<CapacityShare>{{"FARGATE_SPOT", 0, 1}}},
    };
    const EgressPaths paths = traceEgress(design);
    for (const Option &o : all) {
        CostOptions opts = options;
        opts.strategyOverride = o.strategy;
        const CostEstimate e = estimateWithEgress(design, prices, opts, paths);
        g.options.push_back(option(o.id, Text(o.title), e.monthlyTotal, unpricedNote(e)));
    }
    finish(g);
    return g;
}

ScenarioGroup scaleScenarios(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    ScenarioGroup g = group("scale", Text(STACKYARD_TEXT("Minimum vs desired vs maximum tasks")), "PERF-3", "desired");
    struct Basis
    {
        TaskCountBasis basis;
        const char *id;
        TextPattern title;
    };
    const Basis bases[] = {{TaskCountBasis::Minimum, "min", STACKYARD_TEXT("Minimum tasks")},
                           {TaskCountBasis::Desired, "desired", STACKYARD_TEXT("Desired tasks")},
                           {TaskCountBasis::Maximum, "max", STACKYARD_TEXT("Maximum tasks")}};
    const EgressPaths paths = traceEgress(design);
    for (const auto &[basis, id, title] : bases) {
        CostOptions opts = options;
        opts.taskCount = basis;
        opts.taskCountOverrides.clear();
        const CostEstimate e = estimateWithEgress(design, prices, opts, paths);
        g.options.push_back(option(id, Text(title), e.monthlyTotal, unpricedNote(e)));
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

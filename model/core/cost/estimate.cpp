#include "estimate.h"

#include "pricers.h"

#include <map>
#include <string_view>

namespace Stackyard {

namespace {

using PriceFn = void (*)(Pricer &, const Resource &);

PriceFn pricerFor(std::string_view kind)
{
    static const std::map<std::string_view, PriceFn> table{
        {"alarm", priceAlarm},
        {"alb", priceAlb},
        {"aurora-cluster", priceAurora},
        {"bastion", priceBastion},
        {"ecr-repository", priceStorage},
        {"ecs-cluster", priceEcsCluster},
        {"ecs-service", priceEcsService},
        {"log-group", priceLogGroup},
        {"nat-gateway", priceNatGateway},
        {"s3-bucket", priceStorage},
        {"secret", priceStorage},
        {"vpc-endpoint", priceVpcEndpoint},
        {"waf-web-acl", priceWaf},
    };
    auto it = table.find(kind);
    return it == table.end() ? nullptr : it->second;
}

} // namespace

namespace {

CostEstimate run(Pricer &pricer)
{
    for (const auto &[id, resource] : pricer.design().resources)
        if (PriceFn fn = pricerFor(resource.kind))
            fn(pricer, resource);
    return pricer.take();
}

} // namespace

CostEstimate estimate(const Design &design, const PriceTable &prices, const CostOptions &options)
{
    Pricer pricer(design, prices, options);
    return run(pricer);
}

CostEstimate estimateWithEgress(const Design &design, const PriceTable &prices, const CostOptions &options,
                                const EgressPaths &egress)
{
    Pricer pricer(design, prices, options, &egress);
    return run(pricer);
}

} // namespace Stackyard

#include "costestimate.h"

#include <array>
#include <string_view>
#include <utility>

namespace Stackyard {

double CostEstimate::monthlyOf(const Id &resource) const
{
    double sum = 0;
    for (const LineItem &item : items)
        if (item.resource == resource)
            sum += item.monthly;
    return sum;
}

std::vector<LineItem> CostEstimate::itemsOf(const Id &resource) const
{
    std::vector<LineItem> out;
    for (const auto *list : {&items, &unpriced})
        for (const LineItem &item : *list)
            if (item.resource == resource)
                out.push_back(item);
    return out;
}

std::map<std::string, double> CostEstimate::byService() const
{
    std::map<std::string, double> out;
    for (const LineItem &item : items)
        out[serviceOf(item.usageType)] += item.monthly;
    return out;
}

std::map<Id, double> CostEstimate::byResource() const
{
    std::map<Id, double> out;
    for (const LineItem &item : items)
        out[item.resource] += item.monthly;
    return out;
}

std::string CostEstimate::labelOf(const Id &resource) const
{
    for (const std::vector<LineItem> *list : {&items, &unpriced})
        for (const LineItem &item : *list)
            if (item.resource == resource && !item.resourceName.empty())
                return item.resourceName;
    return resource;
}

bool CostEstimate::usesOverrides() const
{
    for (const LineItem &item : items)
        if (item.overridden)
            return true;
    return false;
}

std::string serviceOf(const std::string &usageType)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> prefixes{{
        {"fargate", "Fargate"}, {"alb.", "ELB"}, {"nat.", "VPC"},
        {"vpce-", "VPC"}, {"public-ipv4.", "VPC"}, {"aurora", "Aurora"}, {"logs.", "CloudWatch"},
        {"container-insights.", "CloudWatch"}, {"cloudwatch.", "CloudWatch"}, {"xray.", "X-Ray"},
        {"secrets.", "Secrets Manager"}, {"ecr.", "ECR"}, {"waf.", "WAF"}, {"s3.", "S3"},
        {"firehose.", "Firehose"}, {"ec2.", "EC2"}, {"data-transfer.", "Data transfer"},
    }};
    for (const auto &[prefix, service] : prefixes)
        if (std::string_view(usageType).substr(0, prefix.size()) == prefix)
            return std::string(service);
    return "Other";
}

} // namespace Stackyard

#pragma once

// Designs for the cost tests, built in code so each quantity below can be checked by hand.

#include "model/core/cost/pricetable.h"
#include "model/core/design.h"
#include "model/core/io/designio.h"
#include "resources/embedded.h"

#include <QTest>

namespace CostFixtures {

using namespace Stackyard;

inline Resource make(Design &d, const Id &id, const std::string &kind, const Id &parent = {},
                     Json properties = Json::object(), std::vector<Id> placement = {})
{
    Resource r;
    r.id = id;
    r.kind = kind;
    r.name = id;
    r.parent = parent;
    r.placement = std::move(placement);
    r.properties = std::move(properties);
    d.resources[id] = r;
    return r;
}

inline void flow(Design &d, const Id &id, const Id &from, const Id &to, double gb)
{
    Flow f;
    f.id = id;
    f.from = from;
    f.to = to;
    f.monthlyGb = gb;
    d.flows[id] = f;
}

inline void routeTable(Design &d, const Id &id, std::vector<Id> subnets, RouteTargetKind target, const Id &targetId)
{
    RouteTable t;
    t.id = id;
    t.vpc = "vpc";
    t.subnets = std::move(subnets);
    t.routes.push_back({"0.0.0.0/0", target, targetId});
    d.routeTables[id] = t;
}

/// One of everything the cost model prices (see tst_cost_estimate.cpp for the hand-computed lines).
inline Design kitchenSink()
{
    Design d;
    make(d, "vpc", "vpc");
    make(d, "pub-a", "subnet", "vpc", {{"availabilityZone", "us-east-1a"}});
    make(d, "pub-b", "subnet", "vpc", {{"availabilityZone", "b"}});
    make(d, "app-a", "subnet", "vpc", {{"availabilityZone", "a"}});
    make(d, "app-b", "subnet", "vpc", {{"availabilityZone", "us-east-1b"}});
    make(d, "igw", "internet-gateway", "vpc");
    make(d, "internet", "internet");
    make(d, "users", "users", "", {{"requestsPerMonth", 2'000'000}});
    make(d, "nat-a", "nat-gateway", "pub-a");
    routeTable(d, "rt-pub", {"pub-a", "pub-b"}, RouteTargetKind::InternetGateway, "igw");
    routeTable(d, "rt-app-a", {"app-a"}, RouteTargetKind::NatGateway, "nat-a");
    routeTable(d, "rt-app-b", {"app-b"}, RouteTargetKind::NatGateway, "nat-a");
    make(d, "vpce-logs", "vpc-endpoint", "vpc", {{"service", "logs"}, {"endpointType", "Interface"}},
         {"app-a", "app-b"});
    make(d, "vpce-s3", "vpc-endpoint", "vpc",
         {{"service", "s3"}, {"endpointType", "Gateway"}, {"routeTables", Json::array({"rt-app-a"})}});
    make(d, "cluster", "ecs-cluster", "", {{"containerInsights", "enabled"}});
    make(d, "web", "ecs-service", "vpc",
         {{"cluster", "cluster"}, {"cpu", 1024}, {"memory", 2048}, {"desiredCount", 4}, {"minCount", 2},
          {"maxCount", 10}, {"ephemeralStorageGb", 50}, {"assignPublicIp", true}, {"logDriver", "awslogs"},
          {"logGroup", "lg"}, {"xray", true}, {"runningTaskAlarm", true},
          {"capacityProviderStrategy", Json::array({{{"capacityProvider", "FARGATE"}, {"base", 2}, {"weight", 1}},
                                                    {{"capacityProvider", "FARGATE_SPOT"}, {"weight", 3}}})}},
         {"app-a", "app-b"});
    make(d, "worker", "ecs-service", "vpc",
         {{"cluster", "cluster"}, {"cpu", 256}, {"memory", 512}, {"desiredCount", 2}, {"minCount", 1},
          {"maxCount", 3}, {"cpuArchitecture", "ARM64"}, {"logDriver", "firelens-fluentbit"},
          {"logRoutes", Json::array({{{"match", "all"}, {"destination", "firehose"}}})},
          {"capacityProviderStrategy", Json::array({{{"capacityProvider", "FARGATE_SPOT"}, {"weight", 1}}})}},
         {"app-a", "app-b"});
    make(d, "lg", "log-group", "", {{"retentionDays", 30}});
    make(d, "alb", "alb", "vpc", {{"scheme", "internet-facing"}, {"lcuPerHour", 2}}, {"pub-a", "pub-b"});
    make(d, "db", "aurora-cluster", "vpc",
         {{"capacity", "serverless-v2"}, {"instanceCount", 2}, {"averageAcu", 1.5}, {"storageGb", 100},
          {"ioRequestsPerMonth", 50'000'000}, {"manageMasterUserPassword", false}},
         {"app-a", "app-b"});
    make(d, "db2", "aurora-cluster", "vpc",
         {{"engine", "aurora-mysql"}, {"instanceClass", "db.t3.medium"}, {"instanceCount", 1},
          {"storageGb", 10}, {"ioRequestsPerMonth", 0}},
         {"app-a", "app-b"});
    make(d, "bastion", "bastion", "pub-a", {{"instanceType", "t3.micro"}, {"publicIp", true}});
    make(d, "sec", "secret");
    make(d, "repo", "ecr-repository", "", {{"storageGb", 12}});
    make(d, "bucket", "s3-bucket", "", {{"storageGb", 1000}});
    make(d, "waf", "waf-web-acl", "", {{"associatedWith", "alb"}, {"ruleCount", 5}});
    make(d, "alarm1", "alarm");
    flow(d, "web-internet", "web", "internet", 100);
    flow(d, "web-logs", "web", "lg", 40);
    flow(d, "web-bucket", "web", "bucket", 30);
    return d;
}

/// The built-in reference sample (engineer A's resources/samples/reference.stackyard.json).
inline Design referenceSample()
{
    auto text = embeddedFile("samples/reference.stackyard.json");
    if (!text)
        return {};
    LoadResult result = loadDesign(*text, "reference.stackyard.json");
    return result.file ? result.file->design : Design{};
}

inline PriceTable prices(const char *region)
{
    std::string error;
    auto table = PriceTable::builtin(region, &error);
    if (!table)
        qFatal("%s", error.c_str());
    return *table;
}

} // namespace CostFixtures

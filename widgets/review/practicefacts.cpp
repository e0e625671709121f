// Design facts behind practice rows that no validation rule covers (resources/templates/practices.json
// names them in "design"). Each returns met / not met with the resources it looked at.
#include "practicechecklist.h"

#include "model/core/topology.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace Stackyard {

namespace {

using Resources = std::vector<const Resource *>;
using Verdict = std::pair<PracticeStatus, std::string>;

Resources ofKind(const Design &d, std::string_view kind)
{
    Resources out;
    for (const auto &[id, r] : d.resources)
        if (r.kind == kind)
            out.push_back(&r);
    return out;
}

std::string list(const std::vector<std::string> &ids)
{
    std::string out;
    for (const std::string &id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

/// Met when `holds` is true for every resource of `kind`; the why names the ones that fail.
Verdict every(const Design &d, std::string_view kind, const std::function<bool(const Resource &)> &holds,
              const std::string &good, const std::string &bad)
{
    std::vector<std::string> ok, failing;
    for (const Resource *r : ofKind(d, kind))
        (holds(*r) ? ok : failing).push_back(r->id);
    if (failing.empty())
        return {PracticeStatus::Met, good + ": " + list(ok)};
    return {PracticeStatus::NotMet, bad + ": " + list(failing)};
}

bool setting(const Design &d, const char *name)
{
    return d.settings.is_object() && d.settings.contains(name) && d.settings[name].is_boolean()
        && d.settings[name].get<bool>();
}

bool insightsOn(const Resource &r)
{
    const Json &v = r.properties.contains("containerInsights") ? r.properties["containerInsights"] : Json();
    return (v.is_boolean() && v.get<bool>()) || (v.is_string() && v.get<std::string>() != "disabled");
}

std::string scalingMode(const Resource &r)
{
    const Json &s = r.properties.contains("scaling") ? r.properties["scaling"] : Json();
    return s.is_object() ? s.value("mode", "") : "";
}

bool routes(const Resource &r, const std::string &match, const std::string &destination)
{
    const Json &routes = r.properties.contains("logRoutes") ? r.properties["logRoutes"] : Json();
    if (!routes.is_array())
        return false;
    return std::any_of(routes.begin(), routes.end(), [&](const Json &route) {
        return route.is_object() && (match.empty() || route.value("match", "") == match)
            && route.value("destination", "") == destination;
    });
}

bool hasProvider(const Json &list, const char *name, const char *field = nullptr)
{
    if (!list.is_array())
        return false;
    return std::any_of(list.begin(), list.end(), [&](const Json &e) {
        return field ? (e.is_object() && e.value("capacityProvider", "") == name && e.value(field, 0.0) > 0)
                     : (e.is_string() && e.get<std::string>() == name);
    });
}

Verdict threeTiers(const Design &d)
{
    std::vector<std::string> missing;
    std::set<std::string> zones;
    auto tiersOf = [&](const Resource &r) {
        std::set<SubnetTier> tiers;
        for (const Id &s : subnetsOf(d, r)) {
            tiers.insert(subnetTier(d, s));
            if (const Resource *subnet = d.resource(s))
                zones.insert(subnet->stringProperty("availabilityZone"));
        }
        return tiers;
    };
    const Resources albs = ofKind(d, "alb"), services = ofKind(d, "ecs-service"), dbs = ofKind(d, "aurora-cluster");
    if (albs.empty() || services.empty() || dbs.empty())
        return {PracticeStatus::NotMet, "the design lacks " + std::string(albs.empty() ? "an ALB " : "")
                    + (services.empty() ? "an ECS service " : "") + (dbs.empty() ? "an Aurora cluster" : "")};
    for (const Resource *r : albs)
        if (tiersOf(*r) != std::set<SubnetTier>{SubnetTier::Public})
            missing.push_back(r->id + " is not only in public subnets");
    for (const Resource *r : services)
        if (tiersOf(*r).count(SubnetTier::Public))
            missing.push_back(r->id + " has tasks in a public subnet");
    for (const Resource *r : dbs)
        if (tiersOf(*r).count(SubnetTier::Public))
            missing.push_back(r->id + " sits in a public subnet");
    if (zones.size() < 2)
        missing.push_back("the tiers cover " + std::to_string(zones.size()) + " Availability Zone(s)");
    if (!missing.empty())
        return {PracticeStatus::NotMet, list(missing)};
    return {PracticeStatus::Met, "public ALB tier, private app tier and private database tier over "
                + std::to_string(zones.size()) + " Availability Zones"};
}

const std::map<std::string, std::function<Verdict(const Design &, const std::vector<Finding> &)>> &facts()
{
    using F = std::vector<Finding>;
    static const std::map<std::string, std::function<Verdict(const Design &, const F &)>> table{
        {"three-tiers", [](const Design &d, const F &) { return threeTiers(d); }},
        {"log-router", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.stringProperty("logDriver") == "firelens-fluentbit"; },
                          "FireLens with Fluent Bit routes the logs of", "not routed by FireLens with Fluent Bit (logDriver)");
         }},
        {"log-destinations", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return routes(r, "", "s3") && routes(r, "", "cloudwatch"); },
                          "logs go to S3 and CloudWatch Logs at once from", "no log route to both S3 and CloudWatch Logs");
         }},
        {"log-routing", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return routes(r, "access", "s3") && routes(r, "error", "cloudwatch"); },
                          "access logs to S3 and error logs to CloudWatch Logs for", "no access->S3 and error->CloudWatch routes");
         }},
        {"container-insights", [](const Design &d, const F &) {
             return every(d, "ecs-cluster", insightsOn, "Container Insights is on for", "Container Insights is off for");
         }},
        {"container-insights-priced", [](const Design &d, const F &) -> Verdict {
             for (const Resource *r : ofKind(d, "ecs-cluster"))
                 if (insightsOn(*r))
                     return {PracticeStatus::Met, "Container Insights on " + r->id + " is priced by task count in the cost breakdown"};
             return {PracticeStatus::NotApplicable, "no cluster turns Container Insights on"};
         }},
        {"xray", [](const Design &d, const F &) -> Verdict {
             for (const Resource *r : ofKind(d, "ecs-service"))
                 if (r->boolProperty("xray"))
                     return {PracticeStatus::Met, r->id + " runs the X-Ray daemon sidecar"};
             return {PracticeStatus::NotApplicable, "no service turns X-Ray tracing on"};
         }},
        {"ecr-env-lifecycle", [](const Design &d, const F &) {
             const std::vector<std::string> envs = d.environments;
             return every(d, "ecr-repository", [&](const Resource &r) {
                 const Json &rules = r.properties.contains("lifecycleRules") ? r.properties["lifecycleRules"] : Json();
                 return std::all_of(envs.begin(), envs.end(), [&](const std::string &env) {
                     return rules.is_array() && std::any_of(rules.begin(), rules.end(), [&](const Json &rule) {
                         return rule.is_object() && rule.value("tagPrefix", "") == env + "_";
                     });
                 });
             }, "a lifecycle rule per environment tag prefix (" + list(envs) + ") on", "no lifecycle rule for every environment prefix on");
         }},
        {"bastion-recording", [](const Design &d, const F &) {
             return every(d, "bastion", [](const Resource &r) { return r.boolProperty("recordSessions"); },
                          "sessions are recorded on", "sessions are not recorded on");
         }},
        {"shared-responsibility", [](const Design &, const F &findings) -> Verdict {
             return {PracticeStatus::Met, "the report's shared-responsibility section states the side of every finding ("
                         + std::to_string(findings.size()) + ", all the customer's)"};
         }},
        {"ci-scanners", [](const Design &d, const F &) -> Verdict {
             if (setting(d, "ciScanners"))
                 return {PracticeStatus::Met, "settings.ciScanners is on"};
             if (ofKind(d, "codebuild-project").empty())
                 return {PracticeStatus::NotMet, "no CodeBuild project runs Trivy and Dockle and settings.ciScanners is off"};
             return every(d, "codebuild-project", [](const Resource &r) { return r.boolProperty("runTrivy") && r.boolProperty("runDockle"); },
                          "Trivy and Dockle run in", "Trivy or Dockle is off in");
         }},
        {"scheduled-rescan", [](const Design &d, const F &) {
             return every(d, "ecr-repository", [](const Resource &r) { return r.boolProperty("scheduledRescan"); },
                          "a scheduled rescan covers", "no scheduled rescan (scheduledRescan) for");
         }},
        {"guardduty", [](const Design &d, const F &) -> Verdict {
             if (setting(d, "guardDuty"))
                 return {PracticeStatus::Met, "settings.guardDuty is on"};
             return {PracticeStatus::NotMet, "settings.guardDuty is not on"};
         }},
        {"awsvpc", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.stringProperty("launchType", "FARGATE") == "FARGATE"; },
                          "Fargate tasks always use awsvpc", "not on Fargate, network mode not checked for");
         }},
        {"waf-on-alb", [](const Design &d, const F &) -> Verdict {
             std::set<std::string> protectedAlbs;
             for (const Resource *w : ofKind(d, "waf-web-acl"))
                 protectedAlbs.insert(w->stringProperty("associatedWith"));
             return every(d, "alb", [&](const Resource &r) {
                 return r.stringProperty("scheme") != "internet-facing" || protectedAlbs.count(r.id) > 0;
             }, "a WAF web ACL protects every internet-facing ALB", "internet-facing without a WAF web ACL");
         }},
        {"shield-standard", [](const Design &, const F &) -> Verdict {
             return {PracticeStatus::NotApplicable, "nothing to design: AWS Shield Standard protects every account at no charge (priced at 0)"};
         }},
        {"endpoints", [](const Design &d, const F &) -> Verdict {
             std::vector<std::string> ids;
             for (const Resource *r : ofKind(d, "vpc-endpoint"))
                 ids.push_back(r->id + " (" + r->stringProperty("service") + ")");
             if (ids.empty())
                 return {PracticeStatus::NotMet, "no VPC endpoints: traffic of private tasks to AWS services crosses the NAT gateways"};
             return {PracticeStatus::Met, "VPC endpoints: " + list(ids)};
         }},
        {"reliability-pillar", [](const Design &, const F &findings) -> Verdict {
             std::vector<std::string> errors;
             for (const Finding &f : findings)
                 if (f.pillar == Pillar::Rel && f.severity == Severity::Error)
                     errors.push_back(f.rule);
             if (!errors.empty())
                 return {PracticeStatus::NotMet, "reliability errors: " + list(errors)};
             return {PracticeStatus::Met, "no reliability errors (see the reliability pillar)"};
         }},
        {"running-task-alarm", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.boolProperty("runningTaskAlarm"); },
                          "a RunningTaskCount alarm watches", "no RunningTaskCount alarm (runningTaskAlarm) on");
         }},
        {"maintenance-mode", [](const Design &d, const F &) {
             return every(d, "alb", [](const Resource &r) { return r.boolProperty("maintenanceMode"); },
                          "a maintenance 503 listener rule (maintenanceMode) is exported for", "no maintenance listener rule (maintenanceMode) on");
         }},
        {"step-scaling", [](const Design &d, const F &) -> Verdict {
             const Resources services = ofKind(d, "ecs-service");
             if (std::all_of(services.begin(), services.end(), [](const Resource *r) { return scalingMode(*r) == "target-tracking"; }))
                 return {PracticeStatus::NotApplicable, "every service uses target tracking (PERF-2) instead"};
             return every(d, "ecs-service", [](const Resource &r) { return scalingMode(r) == "step" || scalingMode(r) == "target-tracking"; },
                          "autoscaling is set for", "no autoscaling policy on");
         }},
        {"target-tracking", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return scalingMode(r) == "target-tracking"; },
                          "target tracking scales", "no target tracking policy on");
         }},
        {"capacity-providers", [](const Design &d, const F &) {
             return every(d, "ecs-cluster", [](const Resource &r) {
                 const Json &p = r.properties.contains("capacityProviders") ? r.properties["capacityProviders"] : Json();
                 return hasProvider(p, "FARGATE") && hasProvider(p, "FARGATE_SPOT");
             }, "FARGATE and FARGATE_SPOT are available on", "FARGATE or FARGATE_SPOT missing from the capacity providers of");
         }},
        {"spot-strategy", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) {
                 const Json &s = r.properties.contains("capacityProviderStrategy") ? r.properties["capacityProviderStrategy"] : Json();
                 return hasProvider(s, "FARGATE", "base") && hasProvider(s, "FARGATE_SPOT", "weight");
             }, "a FARGATE base with FARGATE_SPOT weight on", "no FARGATE base plus FARGATE_SPOT weight (on-demand only or Spot only) on");
         }},
    };
    return table;
}

} // namespace

PracticeResult practiceFact(const Design &design, const std::vector<Finding> &findings, const PracticeRow &row)
{
    const auto &table = facts();
    const auto it = table.find(row.fact);
    if (it == table.end())
        return {row, PracticeStatus::NotChecked, "no check for the design fact \"" + row.fact + "\""};
    auto [status, why] = it->second(design, findings);
    return {row, status, why};
}

} // namespace Stackyard

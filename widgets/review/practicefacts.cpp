// Design facts behind practice rows that no validation rule covers (resources/templates/practices.json
// names them in "design"). Each returns met / not met with the resources it looked at, in a
// sentence of the interface language (context "Stackyard::PracticeFacts").
#include "practicechecklist.h"

#include "model/core/topology.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace Stackyard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::PracticeFacts)
};

using Resources = std::vector<const Resource *>;
using Verdict = std::pair<PracticeStatus, QString>;

Resources ofKind(const Design &d, std::string_view kind)
{
    Resources out;
    for (const auto &[id, r] : d.resources)
        if (r.kind == kind)
            out.push_back(&r);
    return out;
}

QString list(const std::vector<std::string> &ids)
{
    QStringList out;
    for (const std::string &id : ids)
        out << QString::fromStdString(id);
    return out.join(QStringLiteral(", "));
}

QString list(const QStringList &items) { return items.join(QStringLiteral(", ")); }

/// Met when `holds` is true for every resource of `kind`; the why names the ones that fail. `good`
/// and `bad` are sentences whose last free placeholder takes the comma-separated ids.
Verdict every(const Design &d, std::string_view kind, const std::function<bool(const Resource &)> &holds,
              const QString &good, const QString &bad)
{
    std::vector<std::string> ok, failing;
    for (const Resource *r : ofKind(d, kind))
        (holds(*r) ? ok : failing).push_back(r->id);
    if (failing.empty())
        return {PracticeStatus::Met, good.arg(list(ok))};
    return {PracticeStatus::NotMet, bad.arg(list(failing))};
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
    QStringList missing;
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
    if (albs.empty() || services.empty() || dbs.empty()) {
        QStringList lacking;
        if (albs.empty())
            lacking << Tr::tr("an ALB");
        if (services.empty())
            lacking << Tr::tr("an ECS service");
        if (dbs.empty())
            lacking << Tr::tr("an Aurora cluster");
        return {PracticeStatus::NotMet, Tr::tr("the design lacks %1", "%1: a list such as 'an ALB, an ECS service'").arg(list(lacking))};
    }
    const auto id = [](const Resource *r) { return QString::fromStdString(r->id); };
    for (const Resource *r : albs)
        if (tiersOf(*r) != std::set<SubnetTier>{SubnetTier::Public})
            missing << Tr::tr("%1 is not only in public subnets").arg(id(r));
    for (const Resource *r : services)
        if (tiersOf(*r).count(SubnetTier::Public))
            missing << Tr::tr("%1 has tasks in a public subnet").arg(id(r));
    for (const Resource *r : dbs)
        if (tiersOf(*r).count(SubnetTier::Public))
            missing << Tr::tr("%1 sits in a public subnet").arg(id(r));
    if (zones.size() < 2)
        missing << Tr::tr("the tiers cover %1 Availability Zone(s)").arg(zones.size());
    if (!missing.isEmpty())
        return {PracticeStatus::NotMet, list(missing)};
    return {PracticeStatus::Met, Tr::tr("public ALB tier, private app tier and private database tier over %1 Availability Zones")
                                     .arg(zones.size())};
}

const std::map<std::string, std::function<Verdict(const Design &, const std::vector<Finding> &)>> &facts()
{
    using F = std::vector<Finding>;
    static const std::map<std::string, std::function<Verdict(const Design &, const F &)>> table{
        {"three-tiers", [](const Design &d, const F &) { return threeTiers(d); }},
        {"log-router", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.stringProperty("logDriver") == "firelens-fluentbit"; },
                          Tr::tr("FireLens with Fluent Bit routes the logs of: %1"),
                          Tr::tr("not routed by FireLens with Fluent Bit (logDriver): %1"));
         }},
        {"log-destinations", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return routes(r, "", "s3") && routes(r, "", "cloudwatch"); },
                          Tr::tr("logs go to S3 and CloudWatch Logs at once from: %1"),
                          Tr::tr("no log route to both S3 and CloudWatch Logs: %1"));
         }},
        {"log-routing", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return routes(r, "access", "s3") && routes(r, "error", "cloudwatch"); },
                          Tr::tr("access logs to S3 and error logs to CloudWatch Logs for: %1"),
                          Tr::tr("no access->S3 and error->CloudWatch routes: %1"));
         }},
        {"container-insights", [](const Design &d, const F &) {
             return every(d, "ecs-cluster", insightsOn, Tr::tr("Container Insights is on for: %1"),
                          Tr::tr("Container Insights is off for: %1"));
         }},
        {"container-insights-priced", [](const Design &d, const F &) -> Verdict {
             for (const Resource *r : ofKind(d, "ecs-cluster"))
                 if (insightsOn(*r))
                     return {PracticeStatus::Met, Tr::tr("Container Insights on %1 is priced by task count in the cost breakdown")
                                                      .arg(QString::fromStdString(r->id))};
             return {PracticeStatus::NotApplicable, Tr::tr("no cluster turns Container Insights on")};
         }},
        {"xray", [](const Design &d, const F &) -> Verdict {
             for (const Resource *r : ofKind(d, "ecs-service"))
                 if (r->boolProperty("xray"))
                     return {PracticeStatus::Met, Tr::tr("%1 runs the X-Ray daemon sidecar").arg(QString::fromStdString(r->id))};
             return {PracticeStatus::NotApplicable, Tr::tr("no service turns X-Ray tracing on")};
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
             }, Tr::tr("a lifecycle rule per environment tag prefix (%1) on: %2").arg(list(envs)),
                Tr::tr("no lifecycle rule for every environment prefix on: %1"));
         }},
        {"bastion-recording", [](const Design &d, const F &) {
             return every(d, "bastion", [](const Resource &r) { return r.boolProperty("recordSessions"); },
                          Tr::tr("sessions are recorded on: %1"), Tr::tr("sessions are not recorded on: %1"));
         }},
        {"shared-responsibility", [](const Design &, const F &findings) -> Verdict {
             return {PracticeStatus::Met, Tr::tr("the report's shared-responsibility section states the side of every "
                                                 "finding (%1, all the customer's)").arg(findings.size())};
         }},
        {"ci-scanners", [](const Design &d, const F &) -> Verdict {
             if (setting(d, "ciScanners"))
                 return {PracticeStatus::Met, Tr::tr("settings.ciScanners is on")};
             if (ofKind(d, "codebuild-project").empty())
                 return {PracticeStatus::NotMet, Tr::tr("no CodeBuild project runs Trivy and Dockle and settings.ciScanners is off")};
             return every(d, "codebuild-project", [](const Resource &r) { return r.boolProperty("runTrivy") && r.boolProperty("runDockle"); },
                          Tr::tr("Trivy and Dockle run in: %1"), Tr::tr("Trivy or Dockle is off in: %1"));
         }},
        {"scheduled-rescan", [](const Design &d, const F &) {
             return every(d, "ecr-repository", [](const Resource &r) { return r.boolProperty("scheduledRescan"); },
                          Tr::tr("a scheduled rescan covers: %1"), Tr::tr("no scheduled rescan (scheduledRescan) for: %1"));
         }},
        {"guardduty", [](const Design &d, const F &) -> Verdict {
             if (setting(d, "guardDuty"))
                 return {PracticeStatus::Met, Tr::tr("settings.guardDuty is on")};
             return {PracticeStatus::NotMet, Tr::tr("settings.guardDuty is not on")};
         }},
        {"awsvpc", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.stringProperty("launchType", "FARGATE") == "FARGATE"; },
                          Tr::tr("Fargate tasks always use awsvpc: %1"), Tr::tr("not on Fargate, network mode not checked for: %1"));
         }},
        {"waf-on-alb", [](const Design &d, const F &) -> Verdict {
             std::set<std::string> protectedAlbs;
             for (const Resource *w : ofKind(d, "waf-web-acl"))
                 protectedAlbs.insert(w->stringProperty("associatedWith"));
             return every(d, "alb", [&](const Resource &r) {
                 return r.stringProperty("scheme") != "internet-facing" || protectedAlbs.count(r.id) > 0;
             }, Tr::tr("a WAF web ACL protects every internet-facing ALB: %1"), Tr::tr("internet-facing without a WAF web ACL: %1"));
         }},
        {"shield-standard", [](const Design &, const F &) -> Verdict {
             return {PracticeStatus::NotApplicable,
                     Tr::tr("nothing to design: AWS Shield Standard protects every account at no charge (priced at 0)")};
         }},
        {"endpoints", [](const Design &d, const F &) -> Verdict {
             QStringList ids;
             for (const Resource *r : ofKind(d, "vpc-endpoint"))
                 ids << QStringLiteral("%1 (%2)").arg(QString::fromStdString(r->id), QString::fromStdString(r->stringProperty("service")));
             if (ids.empty())
                 return {PracticeStatus::NotMet, Tr::tr("no VPC endpoints: traffic of private tasks to AWS services crosses the NAT gateways")};
             return {PracticeStatus::Met, Tr::tr("VPC endpoints: %1").arg(list(ids))};
         }},
        {"reliability-pillar", [](const Design &, const F &findings) -> Verdict {
             std::vector<std::string> errors;
             for (const Finding &f : findings)
                 if (f.pillar == Pillar::Rel && f.severity == Severity::Error)
                     errors.push_back(f.rule);
             if (!errors.empty())
                 return {PracticeStatus::NotMet, Tr::tr("reliability errors: %1").arg(list(errors))};
             return {PracticeStatus::Met, Tr::tr("no reliability errors (see the reliability pillar)")};
         }},
        {"running-task-alarm", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return r.boolProperty("runningTaskAlarm"); },
                          Tr::tr("a RunningTaskCount alarm watches: %1"), Tr::tr("no RunningTaskCount alarm (runningTaskAlarm) on: %1"));
         }},
        {"maintenance-mode", [](const Design &d, const F &) {
             return every(d, "alb", [](const Resource &r) { return r.boolProperty("maintenanceMode"); },
                          Tr::tr("a maintenance 503 listener rule (maintenanceMode) is exported for: %1"),
                          Tr::tr("no maintenance listener rule (maintenanceMode) on: %1"));
         }},
        {"step-scaling", [](const Design &d, const F &) -> Verdict {
             const Resources services = ofKind(d, "ecs-service");
             if (std::all_of(services.begin(), services.end(), [](const Resource *r) { return scalingMode(*r) == "target-tracking"; }))
                 return {PracticeStatus::NotApplicable, Tr::tr("every service uses target tracking (PERF-2) instead")};
             return every(d, "ecs-service", [](const Resource &r) { return scalingMode(r) == "step" || scalingMode(r) == "target-tracking"; },
                          Tr::tr("autoscaling is set for: %1"), Tr::tr("no autoscaling policy on: %1"));
         }},
        {"target-tracking", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) { return scalingMode(r) == "target-tracking"; },
                          Tr::tr("target tracking scales: %1"), Tr::tr("no target tracking policy on: %1"));
         }},
        {"capacity-providers", [](const Design &d, const F &) {
             return every(d, "ecs-cluster", [](const Resource &r) {
                 const Json &p = r.properties.contains("capacityProviders") ? r.properties["capacityProviders"] : Json();
                 return hasProvider(p, "FARGATE") && hasProvider(p, "FARGATE_SPOT");
             }, Tr::tr("FARGATE and FARGATE_SPOT are available on: %1"),
                Tr::tr("FARGATE or FARGATE_SPOT missing from the capacity providers of: %1"));
         }},
        {"spot-strategy", [](const Design &d, const F &) {
             return every(d, "ecs-service", [](const Resource &r) {
                 const Json &s = r.properties.contains("capacityProviderStrategy") ? r.properties["capacityProviderStrategy"] : Json();
                 return hasProvider(s, "FARGATE", "base") && hasProvider(s, "FARGATE_SPOT", "weight");
             }, Tr::tr("a FARGATE base with FARGATE_SPOT weight on: %1"),
                Tr::tr("no FARGATE base plus FARGATE_SPOT weight (on-demand only or Spot only) on: %1"));
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
        return {row, PracticeStatus::NotChecked,
                Tr::tr("no check for the design fact \"%1\"").arg(QString::fromStdString(row.fact))};
    auto [status, why] = it->second(design, findings);
    return {row, status, why};
}

} // namespace Stackyard

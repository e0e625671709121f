// CloudWatch Logs, Container Insights, alarms and WAF.
#include "pricers.h"

#include "usage.h"

namespace Stackyard {

namespace {

constexpr double kDaysPerMonth = kHoursPerMonth / 24.0;

double routeShare(const Pricer &p, const Resource &service, const std::string &match)
{
    if (match == "all")
        return 1.0;
    if (match == "access")
        return p.usage(&service, "logShareAccess");
    if (match == "error")
        return p.usage(&service, "logShareError");
    return 0.0;
}

} // namespace

LogVolumes serviceLogs(const Pricer &p, const Resource &service)
{
    LogVolumes v;
    const double tasks = p.taskCount(service);
    const double perDay = p.usage(&service, "logGbPerTaskDay");
    v.totalGb = tasks * perDay * kDaysPerMonth;
    if (p.text(service, "logDriver") == "awslogs") {
        v.note = Text(STACKYARD_TEXT("%1 tasks x %2 GB/day (usage logGbPerTaskDay) x %3 days"), formatNumber(tasks),
                      formatNumber(perDay), formatNumber(kDaysPerMonth));
        v.cloudwatchGb = v.totalGb;
        return v;
    }
    double cloudwatch = 0, firehose = 0;
    const Json routes = p.property(service, "logRoutes");
    for (const Json &route : routes.is_array() ? routes : Json::array()) {
        if (!route.is_object())
            continue;
        const double share = routeShare(p, service, route.value("match", std::string()));
        const std::string destination = route.value("destination", std::string());
        if (destination == "cloudwatch")
            cloudwatch += share;
        else if (destination == "firehose")
            firehose += share;
    }
    v.cloudwatchGb = v.totalGb * cloudwatch;
    v.firehoseGb = v.totalGb * firehose;
    v.note = Text(STACKYARD_TEXT("%1 tasks x %2 GB/day (usage logGbPerTaskDay) x %3 days x %4 share (FireLens routes; "
                                 "usage logShareAccess/logShareError)"),
                  formatNumber(tasks), formatNumber(perDay), formatNumber(kDaysPerMonth),
                  formatNumber(cloudwatch + firehose > 0 ? cloudwatch : firehose));
    return v;
}

bool logGroupHasOwnIngest(const Pricer &p, const Resource &group)
{
    return p.number(group, "ingestGbPerMonth") >= 0;
}

void priceLogGroup(Pricer &p, const Resource &group)
{
    double ingest = 0;
    TextArg from = Text(STACKYARD_TEXT("its own ingestion"));
    if (logGroupHasOwnIngest(p, group)) {
        ingest = p.number(group, "ingestGbPerMonth");
        p.add(group, "logs.ingest-gb", ingest, "GB", "cloudwatch.logs.ingest_standard_gb",
              Text(STACKYARD_TEXT("%1 GB per month (property ingestGbPerMonth)"), formatNumber(ingest)));
    } else {
        std::string services; // ids: not translated
        for (const Resource *r : p.servicesLoggingTo(group.id)) {
            ingest += serviceLogs(p, *r).cloudwatchGb;
            services += (services.empty() ? "" : ", ") + r->id;
        }
        from = services.empty() ? TextArg(Text(STACKYARD_TEXT("no service writing to it"))) : TextArg(services);
    }
    const double retention = p.number(group, "retentionDays");
    const double months = retention > 0 ? retention / kDaysPerMonth : p.usage(&group, "logNeverExpireMonths");
    const double ratio = p.usage(&group, "logStoredPerIngested");
    p.add(group, "logs.storage-gb-months", ingest * months * ratio, "GB-months", "cloudwatch.logs.storage_gb_month",
          Text(STACKYARD_TEXT("%1 GB/month from %2 held %3 months (retention %4) x %5 stored per ingested GB"),
               formatNumber(ingest), std::move(from), formatNumber(months),
               retention > 0 ? Text(STACKYARD_TEXT("%1 days"), formatNumber(retention))
                             : Text(STACKYARD_TEXT("never expires")),
               formatNumber(ratio)));
}

void priceEcsCluster(Pricer &p, const Resource &cluster)
{
    if (p.text(cluster, "containerInsights") != "enabled")
        return;
    double services = 0, tasks = 0;
    for (const Resource *r : p.servicesIn(cluster.id)) {
        services += 1;
        tasks += p.taskCount(*r);
    }
    const double perCluster = p.usage(&cluster, "containerInsightsMetricsPerCluster");
    const double perService = p.usage(&cluster, "containerInsightsMetricsPerService");
    p.add(cluster, "container-insights.metrics", perCluster + perService * services, "metric-months",
          "cloudwatch.custom_metric_month",
          Text(STACKYARD_TEXT("%1 cluster + %2 x %3 services metrics, charged as custom metrics (MET-2)"),
               formatNumber(perCluster), formatNumber(perService), formatNumber(services)));
    const double perTask = p.usage(&cluster, "containerInsightsLogGbPerTaskMonth");
    p.add(cluster, "logs.ingest-gb", tasks * perTask, "GB", "cloudwatch.logs.ingest_standard_gb",
          Text(STACKYARD_TEXT("Container Insights performance events: %1 tasks x %2 GB (usage "
                              "containerInsightsLogGbPerTaskMonth) (MET-2)"),
               formatNumber(tasks), formatNumber(perTask)));
}

void priceAlarm(Pricer &p, const Resource &alarm)
{
    p.add(alarm, "cloudwatch.alarm-months", 1, "alarm-months", "cloudwatch.alarm_standard_month",
          Text(STACKYARD_TEXT("1 standard-resolution alarm")));
}

void priceWaf(Pricer &p, const Resource &acl)
{
    p.add(acl, "waf.webacl-months", 1, "web ACL-months", "waf.web_acl_month", Text(STACKYARD_TEXT("1 web ACL")));
    const double rules = p.number(acl, "ruleCount");
    p.add(acl, "waf.rule-months", rules, "rule-months", "waf.rule_month",
          Text(STACKYARD_TEXT("%1 rules or rule groups (property ruleCount)"), formatNumber(rules)));
    const double requests = p.requestsPerMonth(&acl);
    p.add(acl, "waf.requests", requests / 1e6, "1M requests", "waf.requests_per_million",
          Text(STACKYARD_TEXT("%1 requests per month"), formatNumber(requests)));
}

} // namespace Stackyard

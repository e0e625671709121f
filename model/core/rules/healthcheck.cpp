#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

namespace Stackyard {

STACKYARD_RULE(healthCheck, HealthCheck, "health-check", "Target groups have a safe, valid health check",
               Pillar::Rel, Severity::Warning, "REL-4", "rules/health-check.md")

namespace {

struct Bound
{
    const char *key;
    int low;
    int high;
};

constexpr Bound kBounds[] = {
    {"intervalSeconds", Facts::kHcMinInterval, Facts::kHcMaxInterval},
    {"timeoutSeconds", Facts::kHcMinTimeout, Facts::kHcMaxTimeout},
    {"healthyThreshold", Facts::kHcMinThreshold, Facts::kHcMaxThreshold},
    {"unhealthyThreshold", Facts::kHcMinThreshold, Facts::kHcMaxThreshold},
};

} // namespace

void HealthCheck::check(const Analysis &a, Findings &f) const
{
    for (const Resource *alb : a.ofKind("alb")) {
        const Json &groups = *a.props().alb(*alb).targetGroups;
        for (const Json &g : RuleUtil::arrayOrEmpty(groups)) {
            if (!g.is_object())
                continue;
            const Text tg(STACKYARD_TEXT("target group \"%1\" of %2"), g.value("name", std::string()), alb->id);
            static const Json noHealthCheck = Json::object();
            const auto found = g.find("healthCheck");
            const Json &hc = found != g.end() && found->is_object() ? *found : noHealthCheck;
            const std::string path = hc.value("path", std::string());
            if (path.empty())
                f.add(info(), {alb->id},
                      Text(STACKYARD_TEXT("%1 has no health check path: the ALB probes \"/\", which may not tell a failed task "
                                          "from a healthy one"),
                           tg),
                      Text(STACKYARD_TEXT("set a health check path such as /health that checks the application")));
            else if (path.front() != '/')
                f.add(info(), {alb->id}, Text(STACKYARD_TEXT("%1 has health check path \"%2\", which does not start with /"), tg, path),
                      Text(STACKYARD_TEXT("start the path with /")), Severity::Error);
            for (const Bound &b : kBounds) {
                if (!hc.contains(b.key) || !hc[b.key].is_number())
                    continue;
                const long long v = hc[b.key].get<long long>();
                if (v < b.low || v > b.high)
                    f.add(info(), {alb->id}, Text(STACKYARD_TEXT("%1 has %2 %3, outside %4-%5"), tg, b.key, v, b.low, b.high),
                          Text(STACKYARD_TEXT("use a value from %1 to %2"), b.low, b.high), Severity::Error);
            }
            const long long interval = hc.value("intervalSeconds", 30LL), timeout = hc.value("timeoutSeconds", 5LL);
            if (timeout >= interval)
                f.add(info(), {alb->id},
                      Text(STACKYARD_TEXT("%1 waits %2 s for a check that repeats every %3 s"), tg, timeout, interval),
                      Text(STACKYARD_TEXT("make the timeout shorter than the interval")));
        }
    }
}

} // namespace Stackyard

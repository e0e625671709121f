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
            const std::string tg = "target group \"" + g.value("name", std::string()) + "\" of " + alb->id;
            static const Json noHealthCheck = Json::object();
            const auto found = g.find("healthCheck");
            const Json &hc = found != g.end() && found->is_object() ? *found : noHealthCheck;
            const std::string path = hc.value("path", std::string());
            if (path.empty())
                f.add(info(), {alb->id}, tg + " has no health check path: the ALB probes \"/\", which may not tell a "
                                              "failed task from a healthy one",
                      "set a health check path such as /health that checks the application");
            else if (path.front() != '/')
                f.add(info(), {alb->id}, tg + " has health check path \"" + path + "\", which does not start with /",
                      "start the path with /", Severity::Error);
            for (const Bound &b : kBounds) {
                if (!hc.contains(b.key) || !hc[b.key].is_number())
                    continue;
                const long long v = hc[b.key].get<long long>();
                if (v < b.low || v > b.high)
                    f.add(info(), {alb->id}, tg + " has " + b.key + " " + std::to_string(v) + ", outside "
                                                 + std::to_string(b.low) + "-" + std::to_string(b.high),
                          "use a value from " + std::to_string(b.low) + " to " + std::to_string(b.high), Severity::Error);
            }
            const long long interval = hc.value("intervalSeconds", 30LL), timeout = hc.value("timeoutSeconds", 5LL);
            if (timeout >= interval)
                f.add(info(), {alb->id}, tg + " waits " + std::to_string(timeout) + " s for a check that repeats every "
                                             + std::to_string(interval) + " s",
                      "make the timeout shorter than the interval");
        }
    }
}

} // namespace Stackyard

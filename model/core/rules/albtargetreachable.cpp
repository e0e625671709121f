#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(albTargetReachable, AlbTargetReachable, "alb-target-reachable",
               "The ALB reaches its targets on the target port and the health-check port", Pillar::Rel,
               Severity::Error, "SEC-11", "rules/alb-target-reachable.md")

void AlbTargetReachable::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::AlbToTarget, STACKYARD_TEXT("reach its target"), "least-privilege");
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::HealthCheck, STACKYARD_TEXT("health-check its target"),
                                 "least-privilege");
}

} // namespace Stackyard

#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(wafTarget, WafTarget, "waf-target", "A WAF web ACL protects an Application Load Balancer",
               Pillar::Sec, Severity::Error, "SEC-11", "rules/waf-target.md")

void WafTarget::check(const Analysis &a, Findings &f) const
{
    for (const Resource *waf : a.ofKind("waf-web-acl")) {
        const std::string target(a.props().other(*waf).associatedWith);
        const Resource *r = a.resource(target);
        if (target.empty())
            f.add(info(), {waf->id}, Text(STACKYARD_TEXT("%1 protects nothing"), waf->id),
                  Text(STACKYARD_TEXT("associate %1 with the public ALB"), waf->id), Severity::Warning);
        else if (r && r->kind != "alb")
            f.add(info(), {waf->id, r->id},
                  Text(STACKYARD_TEXT("%1 is associated with %2, a %3; a regional web ACL attaches to an ALB, API Gateway or "
                                      "CloudFront only"),
                       waf->id, r->id, r->kind),
                  Text(STACKYARD_TEXT("associate %1 with the internet-facing ALB in front of %2"), waf->id, r->id));
    }
}

} // namespace Stackyard

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
            f.add(info(), {waf->id}, waf->id + " protects nothing", "associate " + waf->id + " with the public ALB",
                  Severity::Warning);
        else if (r && r->kind != "alb")
            f.add(info(), {waf->id, r->id}, waf->id + " is associated with " + r->id + ", a " + r->kind
                                                + "; a regional web ACL attaches to an ALB, API Gateway or CloudFront only",
                  "associate " + waf->id + " with the internet-facing ALB in front of " + r->id);
    }
}

} // namespace Stackyard

#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(trustedImageSource, TrustedImageSource, "trusted-image-source",
               "Container images come from ECR or a trusted public registry", Pillar::Sec, Severity::Warning, "SEC-5",
               "rules/trusted-image-source.md")

void TrustedImageSource::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service"))
        for (const Json &c : RuleUtil::containers(a, *s))
            if (c.is_object() && c.value("imageSource", std::string("ecr")) == "other")
                f.add(info(), {s->id}, "container \"" + c.value("name", std::string()) + "\" of " + s->id + " runs "
                                           + c.value("image", std::string()) + " from an unknown public registry",
                      "build from a Docker official or AWS-verified base image and push it to ECR with Content Trust on");
}

} // namespace Stackyard

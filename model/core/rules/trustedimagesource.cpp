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
                f.add(info(), {s->id},
                      Text(STACKYARD_TEXT("container \"%1\" of %2 runs %3 from an unknown public registry"),
                           c.value("name", std::string()), s->id, c.value("image", std::string())),
                      Text(STACKYARD_TEXT("build from a Docker official or AWS-verified base image and push it to ECR with Content "
                                          "Trust on")));
}

} // namespace Stackyard

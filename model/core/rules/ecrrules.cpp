#include "allrules.h"
#include "ruleutil.h"

// The two registry settings checks (SEC-2, SEC-8): small classes sharing one file.
namespace Stackyard {

STACKYARD_RULE(ecrScanOnPush, EcrScanOnPush, "ecr-scan-on-push", "ECR repositories scan images on push", Pillar::Sec,
               Severity::Warning, "SEC-2", "rules/ecr-scan-on-push.md")
void EcrScanOnPush::check(const Analysis &a, Findings &f) const
{
    for (const Resource *r : a.ofKind("ecr-repository"))
        if (!a.props().other(*r).scanOnPush.orElse(true))
            f.add(info(), {r->id}, Text(STACKYARD_TEXT("%1 does not scan images on push: vulnerable images reach the tasks unnoticed"), r->id),
                  Text(STACKYARD_TEXT("turn on scanOnPush (or registry-level scanning)")));
}

STACKYARD_RULE(ecrImmutableTags, EcrImmutableTags, "ecr-immutable-tags",
               "ECR repositories forbid tag overwrites and expire old images", Pillar::Sec, Severity::Warning, "SEC-8",
               "rules/ecr-immutable-tags.md")
void EcrImmutableTags::check(const Analysis &a, Findings &f) const
{
    for (const Resource *r : a.ofKind("ecr-repository")) {
        if (a.props().other(*r).tagMutability == "MUTABLE")
            f.add(info(), {r->id}, Text(STACKYARD_TEXT("%1 has mutable tags: a push can silently replace the image a tag names"), r->id),
                  Text(STACKYARD_TEXT("set tagMutability to IMMUTABLE and tag images <environment>_<commit id>")));
        const Json &rules = *a.props().other(*r).lifecycleRules;
        if (!rules.is_array() || rules.empty())
            f.add(info(), {r->id}, Text(STACKYARD_TEXT("%1 has no lifecycle policy: old images pile up and are billed"), r->id),
                  Text(STACKYARD_TEXT("add lifecycle rules per environment tag prefix (keep the newest N) and expire untagged images")));
    }
}

} // namespace Stackyard

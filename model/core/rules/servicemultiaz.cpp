#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(serviceMultiAz, ServiceMultiAz, "service-multi-az", "An ECS service spreads its tasks over two or more zones",
               Pillar::Rel, Severity::Warning, "REL-2", "rules/service-multi-az.md")

void ServiceMultiAz::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        const auto zones = a.zonesOf(*s);
        if (zones.size() >= 2)
            continue;
        f.add(info(), {s->id},
              zones.empty() ? Text(STACKYARD_TEXT("%1 runs its tasks in no subnet only: a zone failure stops the service"), s->id)
                            : Text(STACKYARD_TEXT("%1 runs its tasks in zone %2 only: a zone failure stops the service"), s->id,
                                   *zones.begin()),
              Text(STACKYARD_TEXT("add a private subnet of a second zone to the placement of %1"), s->id));
    }
}

} // namespace Stackyard

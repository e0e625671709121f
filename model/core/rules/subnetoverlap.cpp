#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(subnetOverlap, SubnetOverlap, "subnet-overlap", "Subnet CIDRs of a VPC do not overlap", Pillar::Rel,
               Severity::Error, "", "rules/subnet-overlap.md")

void SubnetOverlap::check(const Analysis &a, Findings &f) const
{
    for (const auto &[x, y] : a.cidrIndex().overlaps())
        f.add(info(), {x->id(), y->id()},
              Text(STACKYARD_TEXT("%1 (%2) and %3 (%4) overlap in %5"), x->id(), x->cidr->toString(), y->id(), y->cidr->toString(),
                   x->vpc),
              Text(STACKYARD_TEXT("give %1 a CIDR block of %2 that no other subnet uses"), y->id(), x->vpc));
}

} // namespace Stackyard

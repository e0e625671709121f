#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(subnetOverlap, SubnetOverlap, "subnet-overlap", "Subnet CIDRs of a VPC do not overlap", Pillar::Rel,
               Severity::Error, "", "rules/subnet-overlap.md")

void SubnetOverlap::check(const Analysis &a, Findings &f) const
{
    for (const auto &[x, y] : a.cidrIndex().overlaps())
        f.add(info(), {x->id(), y->id()},
              x->id() + " (" + x->cidr->toString() + ") and " + y->id() + " (" + y->cidr->toString()
                  + ") overlap in " + x->vpc,
              "give " + y->id() + " a CIDR block of " + x->vpc + " that no other subnet uses");
}

} // namespace Stackyard

#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(auroraSubnetGroupTwoAzs, AuroraSubnetGroupTwoAzs, "aurora-subnet-group-two-azs",
               "An Aurora DB subnet group covers at least two Availability Zones", Pillar::Rel, Severity::Error,
               "NET-3", "rules/aurora-subnet-group-two-azs.md")

void AuroraSubnetGroupTwoAzs::check(const Analysis &a, Findings &f) const
{
    for (const Resource *db : a.ofKind("aurora-cluster")) {
        const auto zones = a.zonesOf(*db);
        if (zones.size() >= 2)
            continue;
        f.add(info(), {db->id},
              Text(STACKYARD_TEXT("the DB subnet group of %1 covers %2 Availability Zone(s); RDS requires subnets in at least two"),
                   db->id, zones.size()),
              Text(STACKYARD_TEXT("add a private data subnet of a second zone to the placement of %1"), db->id));
    }
}

} // namespace Stackyard

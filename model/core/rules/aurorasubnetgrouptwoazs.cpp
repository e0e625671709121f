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
              "the DB subnet group of " + db->id + " covers " + std::to_string(zones.size())
                  + " Availability Zone(s); RDS requires subnets in at least two",
              "add a private data subnet of a second zone to the placement of " + db->id);
    }
}

} // namespace Stackyard

#include "allrules.h"
#include "ruleutil.h"

namespace Stackyard {

STACKYARD_RULE(auroraPrivate, AuroraPrivate, "aurora-private",
               "Aurora is not publicly accessible and sits in private subnets", Pillar::Sec, Severity::Warning, "NET-3",
               "rules/aurora-private.md")

void AuroraPrivate::check(const Analysis &a, Findings &f) const
{
    for (const Resource *db : a.ofKind("aurora-cluster")) {
        if (a.props().aurora(*db).publiclyAccessible.orElse(false))
            f.add(info(), {db->id}, db->id + " is publicly accessible: its endpoint resolves to a public address",
                  "set publiclyAccessible to false");
        std::vector<std::string> publicOnes;
        for (const SubnetInfo *s : a.subnetsOf(*db))
            if (s->isPublic())
                publicOnes.push_back(s->id());
        if (!publicOnes.empty())
            f.add(info(), {db->id}, "the DB subnet group of " + db->id + " holds public subnet(s) " + RuleUtil::join(publicOnes),
                  "place " + db->id + " in private data subnets without a route to the internet gateway");
    }
}

} // namespace Stackyard

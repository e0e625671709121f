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
            f.add(info(), {db->id}, Text(STACKYARD_TEXT("%1 is publicly accessible: its endpoint resolves to a public address"), db->id),
                  Text(STACKYARD_TEXT("set publiclyAccessible to false")));
        std::vector<std::string> publicOnes;
        for (const SubnetInfo *s : a.subnetsOf(*db))
            if (s->isPublic())
                publicOnes.push_back(s->id());
        if (!publicOnes.empty())
            f.add(info(), {db->id},
                  Text(STACKYARD_TEXT("the DB subnet group of %1 holds public subnet(s) %2"), db->id, Text::list(publicOnes)),
                  Text(STACKYARD_TEXT("place %1 in private data subnets without a route to the internet gateway"), db->id));
    }
}

} // namespace Stackyard

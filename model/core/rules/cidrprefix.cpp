#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

namespace Stackyard {

STACKYARD_RULE(cidrPrefix, CidrPrefix, "cidr-prefix", "VPC and subnet CIDR blocks are valid, canonical and /16 to /28",
               Pillar::Rel, Severity::Error, "", "rules/cidr-prefix.md")

void CidrPrefix::check(const Analysis &a, Findings &f) const
{
    for (const char *kind : {"vpc", "subnet"}) {
        for (const Resource *r : a.ofKind(kind)) {
            const std::string text(a.props().network(*r).cidrBlock);
            const auto cidr = Cidr::parse(text);
            if (!cidr) {
                f.add(info(), {r->id}, Text(STACKYARD_TEXT("%1 has no valid IPv4 CIDR block (\"%2\")"), r->id, text),
                      Text(STACKYARD_TEXT("set cidrBlock of %1 to a block such as 10.0.0.0/24"), r->id));
            } else if (cidr->prefix < Facts::kMinPrefix || cidr->prefix > Facts::kMaxPrefix) {
                f.add(info(), {r->id},
                      Text(STACKYARD_TEXT("%1 is a /%2; AWS accepts %3 blocks from /16 to /28"), r->id, cidr->prefix, kind),
                      Text(STACKYARD_TEXT("use a prefix length between /16 and /28 for %1"), r->id));
            } else if (!isCanonicalCidr(text)) {
                f.add(info(), {r->id},
                      Text(STACKYARD_TEXT("%1 has host bits set in %2; AWS stores it as %3"), r->id, text, cidr->toString()),
                      Text(STACKYARD_TEXT("write %1"), cidr->toString()), Severity::Warning);
            }
        }
    }
}

} // namespace Stackyard

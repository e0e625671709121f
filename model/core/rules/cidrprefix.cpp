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
                f.add(info(), {r->id}, r->id + " has no valid IPv4 CIDR block (\"" + text + "\")",
                      "set cidrBlock of " + r->id + " to a block such as 10.0.0.0/24");
            } else if (cidr->prefix < Facts::kMinPrefix || cidr->prefix > Facts::kMaxPrefix) {
                f.add(info(), {r->id},
                      r->id + " is a /" + std::to_string(cidr->prefix) + "; AWS accepts " + kind
                          + " blocks from /16 to /28",
                      "use a prefix length between /16 and /28 for " + r->id);
            } else if (!isCanonicalCidr(text)) {
                f.add(info(), {r->id}, r->id + " has host bits set in " + text + "; AWS stores it as " + cidr->toString(),
                      "write " + cidr->toString(), Severity::Warning);
            }
        }
    }
}

} // namespace Stackyard

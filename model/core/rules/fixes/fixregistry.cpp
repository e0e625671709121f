#include "model/core/rules/fixes.h"

#include <array>

namespace Stackyard {

namespace {

Design generateAll(const Design &design, const Finding &) { return generateSgRulesFromFlows(design); }

constexpr std::array<FixInfo, 6> kFixes{{
    {"add-endpoints", "Add VPC endpoints (ecr.api, ecr.dkr, logs, secretsmanager + S3 gateway)", fixAddEndpoints},
    {"add-nat-per-az", "Add a NAT gateway per Availability Zone", fixAddNatPerAz},
    {"alb-peer-subnet", "Add a public subnet of a second zone to the ALB", fixAlbPeerSubnet},
    {"generate-sg-rules", "Generate security group rules from flows", generateAll},
    {"least-privilege", "Replace with the least-privilege rules the flows need", fixLeastPrivilege},
    {"move-secret", "Move plaintext secrets to Secrets Manager", fixMoveSecret},
}};

} // namespace

std::span<const FixInfo> fixes()
{
    return kFixes;
}

const FixInfo *fixFor(const Finding &finding)
{
    for (const FixInfo &f : kFixes)
        if (f.id == finding.fix)
            return &f;
    return nullptr;
}

std::vector<const FixInfo *> fixChoices(const Finding &finding)
{
    std::vector<const FixInfo *> choices;
    const FixInfo *own = fixFor(finding);
    if (!own)
        return choices;
    choices.push_back(own);
    // The two ways out of a private subnet to AWS services answer each other's findings.
    const auto egress = [](std::string_view id) { return id == "add-nat-per-az" || id == "add-endpoints"; };
    if (egress(own->id))
        for (const FixInfo &f : kFixes)
            if (&f != own && egress(f.id))
                choices.push_back(&f);
    return choices;
}

} // namespace Stackyard

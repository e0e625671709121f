#include "allrules.h"
#include "validate.h"

#include <array>

namespace Stackyard {

namespace {

/// The registration list: every rule, sorted by id (a test checks the order).
const std::array<const Rule *, 37> &allRules()
{
    static const std::array<const Rule *, 37> rules{
        &Rules::albInternetIngress(),
        &Rules::albPublicSubnets(),
        &Rules::albTargetReachable(),
        &Rules::albTwoAzs(),
        &Rules::auroraEncryption(),
        &Rules::auroraPrivate(),
        &Rules::auroraSubnetGroupTwoAzs(),
        &Rules::bastionExposure(),
        &Rules::cidrPrefix(),
        &Rules::danglingReference(),
        &Rules::deregistrationDelay(),
        &Rules::ecrImmutableTags(),
        &Rules::ecrScanOnPush(),
        &Rules::errorAlerting(),
        &Rules::fargateTaskSize(),
        &Rules::flowBlocked(),
        &Rules::healthCheck(),
        &Rules::imagePullPath(),
        &Rules::internetExposure(),
        &Rules::logsPath(),
        &Rules::natCrossAz(),
        &Rules::natPublicSubnet(),
        &Rules::plaintextSecrets(),
        &Rules::portRange(),
        &Rules::secretsPath(),
        &Rules::serviceMultiAz(),
        &Rules::servicePrivateSubnets(),
        &Rules::servicePublicIp(),
        &Rules::sgLeastPrivilege(),
        &Rules::spotOnly(),
        &Rules::subnetCapacity(),
        &Rules::subnetOutsideVpc(),
        &Rules::subnetOverlap(),
        &Rules::targetTypeIp(),
        &Rules::tracingPath(),
        &Rules::trustedImageSource(),
        &Rules::wafTarget(),
    };
    return rules;
}

} // namespace

std::span<const Rule *const> registeredRules()
{
    return allRules();
}

const Rule *findRule(std::string_view id)
{
    for (const Rule *r : allRules())
        if (r->info().id == id)
            return r;
    return nullptr;
}

} // namespace Stackyard

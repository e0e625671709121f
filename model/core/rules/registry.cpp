#include "allrules.h"
#include "validate.h"

#include "model/core/analysis/analysis.h"

#include <algorithm>
#include <array>
#include <tuple>

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

std::vector<Finding> validate(const Analysis &analysis)
{
    std::vector<Finding> out;
    Findings findings(out);
    for (const Rule *rule : allRules())
        rule->check(analysis, findings);
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        const Id none;
        const Id &sa = a.subjects.empty() ? none : a.subjects.front();
        const Id &sb = b.subjects.empty() ? none : b.subjects.front();
        return std::tie(a.severity, a.rule, sa, a.message) < std::tie(b.severity, b.rule, sb, b.message);
    });
    return out;
}

std::vector<Finding> validate(const Design &design)
{
    const Analysis analysis(design, Analysis::Explain::FailuresOnly);
    return validate(analysis);
}

} // namespace Stackyard

#pragma once

#include "rule.h"

namespace Stackyard::Rules {

// One function per rule, each defined in the rule's own .cpp file. registry.cpp lists them
// explicitly, sorted by id: there is no static self-registration.
const Rule &albInternetIngress();
const Rule &albPublicSubnets();
const Rule &albTargetReachable();
const Rule &albTwoAzs();
const Rule &auroraEncryption();
const Rule &auroraPrivate();
const Rule &auroraSubnetGroupTwoAzs();
const Rule &bastionExposure();
const Rule &cidrPrefix();
const Rule &danglingReference();
const Rule &deregistrationDelay();
const Rule &ecrImmutableTags();
const Rule &ecrScanOnPush();
const Rule &errorAlerting();
const Rule &fargateTaskSize();
const Rule &flowBlocked();
const Rule &healthCheck();
const Rule &imagePullPath();
const Rule &internetExposure();
const Rule &logsPath();
const Rule &natCrossAz();
const Rule &natPublicSubnet();
const Rule &plaintextSecrets();
const Rule &portRange();
const Rule &secretsPath();
const Rule &serviceMultiAz();
const Rule &servicePrivateSubnets();
const Rule &servicePublicIp();
const Rule &sgLeastPrivilege();
const Rule &spotOnly();
const Rule &subnetCapacity();
const Rule &subnetOutsideVpc();
const Rule &subnetOverlap();
const Rule &targetTypeIp();
const Rule &tracingPath();
const Rule &trustedImageSource();
const Rule &wafTarget();

} // namespace Stackyard::Rules

/// Defines the rule's accessor and its metadata; the class body follows (check only).
#define STACKYARD_RULE(Function, Class, ...)                                                       \
    namespace {                                                                                    \
    class Class final : public Rule                                                                \
    {                                                                                              \
    public:                                                                                        \
        const RuleInfo &info() const override                                                      \
        {                                                                                          \
            static constexpr RuleInfo i{__VA_ARGS__};                                              \
            return i;                                                                              \
        }                                                                                          \
        void check(const Analysis &a, Findings &f) const override;                                 \
    };                                                                                             \
    }                                                                                              \
    const Rule &Rules::Function()                                                                  \
    {                                                                                              \
        static const Class rule;                                                                   \
        return rule;                                                                               \
    }

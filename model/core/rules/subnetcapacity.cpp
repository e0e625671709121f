#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

#include <map>

namespace Stackyard {

STACKYARD_RULE(subnetCapacity, SubnetCapacity, "subnet-capacity",
               "Subnets hold the tasks at maximum scale plus ALB, endpoint and NAT interfaces", Pillar::Perf,
               Severity::Error, "PERF-4", "rules/subnet-capacity.md")

void SubnetCapacity::check(const Analysis &a, Findings &f) const
{
    for (const SubnetInfo &s : a.subnets()) {
        if (!s.cidr)
            continue;
        const auto nics = a.interfacesIn(s.id());
        if (nics.empty())
            continue;
        long long atMax = 0, atPeak = 0;
        std::map<std::string, long long> byRole;
        std::vector<Id> subjects{s.id()};
        for (const NetworkInterface *n : nics) {
            atMax += n->count;
            atPeak += n->peakCount;
            byRole[n->role] += n->count;
            if (subjects.size() < 8 && std::find(subjects.begin(), subjects.end(), n->owner->id) == subjects.end())
                subjects.push_back(n->owner->id);
        }
        const long long usable = Facts::usableAddresses(s.cidr->prefix);
        if (atPeak <= usable)
            continue;
        std::vector<std::string> parts;
        for (const auto &[role, n] : byRole)
            parts.push_back(std::to_string(n) + " " + role);
        const bool error = atMax > usable;
        f.add(info(), std::move(subjects),
              s.id() + " (" + s.cidr->toString() + ") has " + std::to_string(usable) + " usable addresses but needs "
                  + std::to_string(atMax) + " at maximum scale (" + RuleUtil::join(parts) + ")"
                  + (error ? "" : " and " + std::to_string(atPeak) + " during a rolling deployment (maximumPercent 200)"),
              "use a larger subnet (a /" + std::to_string(std::max(16, s.cidr->prefix - 1)) + " or bigger) or lower maxCount",
              error ? Severity::Error : Severity::Warning);
    }
}

} // namespace Stackyard

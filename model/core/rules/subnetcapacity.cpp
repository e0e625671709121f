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
        std::vector<TextArg> parts; // "2 alb, 6 task"
        for (const auto &[role, n] : byRole)
            parts.emplace_back(Text(STACKYARD_TEXT("%1 %2"), n, role));
        const bool error = atMax > usable;
        f.add(info(), std::move(subjects),
              error ? Text(STACKYARD_TEXT("%1 (%2) has %3 usable addresses but needs %4 at maximum scale (%5)"), s.id(),
                           s.cidr->toString(), usable, atMax, Text::list(std::move(parts)))
                    : Text(STACKYARD_TEXT("%1 (%2) has %3 usable addresses but needs %4 at maximum scale (%5) and %6 during a "
                                          "rolling deployment (maximumPercent 200)"),
                           s.id(), s.cidr->toString(), usable, atMax, Text::list(std::move(parts)), atPeak),
              Text(STACKYARD_TEXT("use a larger subnet (a /%1 or bigger) or lower maxCount"), std::max(16, s.cidr->prefix - 1)),
              error ? Severity::Error : Severity::Warning);
    }
}

} // namespace Stackyard

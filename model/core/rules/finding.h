#pragma once

#include "model/core/ids.h"
#include "model/core/text.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// How bad a finding is (PRODUCT.md): error = would not deploy or would not work; warning = works
/// but falls short of a practice; info = advice.
enum class Severity { Error, Warning, Info };

/// Well-Architected pillar of a finding (PRACTICES.md).
enum class Pillar { Ops, Sec, Rel, Perf, Cost, Sus };

std::string_view severityName(Severity s); ///< "error", "warning", "info"
std::string_view pillarName(Pillar p);     ///< "ops", "sec", "rel", "perf", "cost", "sus"
/// True when `s` is at least as severe as `threshold` (error > warning > info).
bool atLeast(Severity s, Severity threshold);

/// One problem found in a design, as data. `subjects` are design ids (logical IDs for an imported
/// template) so the GUI can select them; the first subject is the main one.
struct Finding
{
    std::string rule;           ///< the rule's id, e.g. "alb-two-azs"
    Severity severity = Severity::Warning;
    Pillar pillar = Pillar::Ops;
    std::string practice;       ///< PRACTICES.md row ("SEC-11"), "" for a pure AWS constraint
    std::vector<Id> subjects;
    std::string message;        ///< what is wrong, naming the components: messageText in English
    std::string fixHint;        ///< the smallest change that would fix it: fixHintText in English
    Text messageText;           ///< `message` translatable (the GUI shows this, translated)
    Text fixHintText;           ///< `fixHint` translatable
    std::string fix;            ///< id of a one-click fix (fixes.h), "" when none applies
    Id blocking;                ///< reachability findings: where the traffic stops (Reachability::blocking)

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace Stackyard

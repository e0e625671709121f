#include "rulesdoc.h"

#include "validate.h"

#include <map>

namespace Stackyard {

std::string rulesMarkdown()
{
    std::string md =
        "# Validation rules\n\n"
        "Generated from the rule registry (`model/core/rules/registry.cpp`) by `gen_rules_doc`; do not edit.\n"
        "Each rule has a page in `resources/rules/<id>.md` (what it flags, why, how to fix, AWS documentation)\n"
        "and a failing and a passing fixture in `tests/rules/data/<id>/`.\n\n"
        "Severity: **error** = would not deploy or would not work; **warning** = works but falls short of a\n"
        "practice; **info** = advice. The severity shown is the usual one; some rules raise or lower it by\n"
        "context (for example `subnet-capacity` is an error at maximum scale and a warning only during\n"
        "rolling deployments).\n\n";
    std::map<std::string, int> byPillar;
    for (const Rule *r : registeredRules())
        ++byPillar[std::string(pillarName(r->info().pillar))];
    md += "| pillar | rules |\n|---|---|\n";
    for (const auto &[pillar, n] : byPillar)
        md += "| " + pillar + " | " + std::to_string(n) + " |\n";
    md += "\n| id | title | pillar | severity | practice |\n|---|---|---|---|---|\n";
    for (const Rule *r : registeredRules()) {
        const RuleInfo &i = r->info();
        md += "| [`" + std::string(i.id) + "`](../resources/" + std::string(i.doc) + ") | " + std::string(i.title) + " | "
              + std::string(pillarName(i.pillar)) + " | " + std::string(severityName(i.severity)) + " | "
              + (i.practice.empty() ? std::string("AWS constraint") : std::string(i.practice)) + " |\n";
    }
    return md;
}

} // namespace Stackyard

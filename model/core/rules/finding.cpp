#include "rule.h"

namespace Stackyard {

std::string_view severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
    }
    return "info";
}

std::string_view pillarName(Pillar p)
{
    switch (p) {
    case Pillar::Ops: return "ops";
    case Pillar::Sec: return "sec";
    case Pillar::Rel: return "rel";
    case Pillar::Perf: return "perf";
    case Pillar::Cost: return "cost";
    case Pillar::Sus: return "sus";
    }
    return "ops";
}

bool atLeast(Severity s, Severity threshold)
{
    return static_cast<int>(s) <= static_cast<int>(threshold);
}

Finding &Findings::add(const RuleInfo &rule, std::vector<Id> subjects, Text message, Text fixHint,
                       std::optional<Severity> severity, std::string fix)
{
    Finding f;
    f.rule = rule.id;
    f.severity = severity.value_or(rule.severity);
    f.pillar = rule.pillar;
    f.practice = rule.practice;
    f.subjects = std::move(subjects);
    f.message = message.str();
    f.fixHint = fixHint.str();
    f.messageText = std::move(message);
    f.fixHintText = std::move(fixHint);
    f.fix = std::move(fix);
    m_out.push_back(std::move(f));
    return m_out.back();
}

} // namespace Stackyard

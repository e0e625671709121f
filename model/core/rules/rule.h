#pragma once

#include "finding.h"

#include <optional>
#include <vector>

namespace Stackyard {

class Analysis;

/// What a rule is: shown in docs/rules.md, the findings dock and SARIF. `doc` is the embedded
/// documentation page ("rules/<id>.md").
struct RuleInfo
{
    std::string_view id;
    std::string_view title;
    Pillar pillar;
    Severity severity;        ///< the usual severity; a rule may raise or lower it by context
    std::string_view practice;
    std::string_view doc;
};

/// Where rules put their findings; fills in the rule's metadata.
class Findings
{
public:
    explicit Findings(std::vector<Finding> &out) : m_out(out) {}

    /// Adds a finding of `rule` with its default severity unless `severity` is given. The English
    /// `message` and `fixHint` are rendered from the texts here, once.
    Finding &add(const RuleInfo &rule, std::vector<Id> subjects, Text message, Text fixHint,
                 std::optional<Severity> severity = std::nullopt, std::string fix = {});

private:
    std::vector<Finding> &m_out;
};

/// One check. Rules are stateless; one instance of each lives in the registry.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual const RuleInfo &info() const = 0;
    virtual void check(const Analysis &analysis, Findings &findings) const = 0;
};

} // namespace Stackyard

#pragma once

#include <string>

namespace Stackyard {

/// docs/rules.md, generated from the rule registry (tests/rules/gen_rules_doc writes it; a test
/// fails when the committed file differs).
std::string rulesMarkdown();

} // namespace Stackyard

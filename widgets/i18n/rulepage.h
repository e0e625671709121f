#pragma once

#include "model/core/rules/rule.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace Stackyard::RulePage {

/// Where the translation of an embedded rule page lives: "rules/ko/<id>.md" for "rules/<id>.md"
/// and "ko". The English page (`doc` itself) for "en" or an empty language.
std::string localizedPath(std::string_view doc, const QString &language);

/// The documentation page of `rule` in `language` ("ko", "en"), falling back to the English page
/// when the language has none. Nothing when the rule has no page at all.
std::optional<std::string_view> page(const RuleInfo &rule, const QString &language);

/// page() in the language of the installed catalogue (Language::current()).
std::optional<std::string_view> page(const RuleInfo &rule);

} // namespace Stackyard::RulePage

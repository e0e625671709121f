#pragma once

#include "model/core/rules/finding.h"
#include "model/core/rules/rule.h"
#include "model/core/text.h"

#include <QString>

#include <span>
#include <string>
#include <string_view>

namespace Stackyard::ModelText {

/// Texts that model/core and the catalogue hold as data (model/core has no Qt), translated at
/// display time. Their English
/// sources are listed for lupdate in modelstrings.cpp, which tst_i18n_modelstrings regenerates
/// from the registries (STACKYARD_UPDATE_MODEL_STRINGS=1) and fails on when it is out of date.
/// An unlisted text is shown as it is (English).

QString ruleTitle(std::string_view title);     ///< RuleInfo::title
/// The "## Why" paragraph of the rule's documentation page (resources/rules/<id>.md), "" if none.
std::string ruleWhySource(const RuleInfo &rule);
QString ruleWhy(const RuleInfo &rule); ///< ruleWhySource, translated
QString fixTitle(std::string_view title);      ///< FixInfo::title
QString kindTitle(std::string_view title);     ///< KindSpec::title of the catalogue
QString kindDoc(std::string_view doc);         ///< KindSpec::doc
QString propertyDoc(std::string_view doc);     ///< PropertySpec::doc
QString practiceTitle(std::string_view title); ///< a practices.json row's title
QString pillarTitle(Pillar pillar);            ///< "Operational excellence"…
QString severityTitle(Severity severity);      ///< "error", "warning", "info" as words in a sentence
QString severityLabel(Severity severity);      ///< "Error", "Warning", "Info" as a label or heading
QString tierTitle(std::string_view tier);      ///< a subnetTierName(): "public", "private", "isolated"

/// Words model/core composes with the design's names and values (finding messages and fix hints,
/// reachability hop texts and summaries), translated pattern by pattern in kFindingTextContext;
/// the arguments (ids, CIDRs, numbers) are kept. A pattern without a translation stays English.
QString text(const Text &text);
/// `text` translated, or `english` as it is when `text` is empty (a cost line item, scenario or
/// note made by hand in a test carries only its English string).
QString text(const Text &text, std::string_view english);
/// The finding's message and fix hint, translated; a finding made without texts (by hand, in a
/// test) shows its English strings.
QString findingMessage(const Finding &finding);
QString findingFixHint(const Finding &finding);

/// The contexts of the listed texts and the lists themselves (modelstrings.cpp).
inline constexpr const char *kRuleContext = "Stackyard::RuleTitle";
inline constexpr const char *kRuleWhyContext = "Stackyard::RuleWhy";
inline constexpr const char *kFixContext = "Stackyard::FixTitle";
inline constexpr const char *kKindContext = "Stackyard::KindTitle";
inline constexpr const char *kKindDocContext = "Stackyard::KindDoc";
inline constexpr const char *kPropertyDocContext = "Stackyard::PropertyDoc";
inline constexpr const char *kPracticeContext = "Stackyard::PracticeTitle";
inline constexpr const char *kFindingTextContext = "Stackyard::FindingText";
std::span<const char *const> listedRuleTitles();
std::span<const char *const> listedRuleWhys();
std::span<const char *const> listedFixTitles();
std::span<const char *const> listedKindTitles();
std::span<const char *const> listedKindDocs();
std::span<const char *const> listedPropertyDocs();
std::span<const char *const> listedPracticeTitles();
/// Every STACKYARD_TEXT pattern of model/core's sources.
std::span<const char *const> listedFindingTexts();

} // namespace Stackyard::ModelText

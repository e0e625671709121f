#include "rulepage.h"

#include "language.h"
#include "resources/embedded.h"

namespace Stackyard::RulePage {

std::string localizedPath(std::string_view doc, const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return std::string(doc);
    // The translations sit in a folder per language beside the English pages, under the same name.
    const auto slash = doc.rfind('/');
    const std::string_view folder = slash == std::string_view::npos ? std::string_view() : doc.substr(0, slash + 1);
    const std::string_view name = slash == std::string_view::npos ? doc : doc.substr(slash + 1);
    return std::string(folder) + language.toStdString() + '/' + std::string(name);
}

std::optional<std::string_view> page(const RuleInfo &rule, const QString &language)
{
    if (auto translated = embeddedFile(localizedPath(rule.doc, language)))
        return translated;
    return embeddedFile(rule.doc);
}

std::optional<std::string_view> page(const RuleInfo &rule) { return page(rule, Language::current()); }

} // namespace Stackyard::RulePage

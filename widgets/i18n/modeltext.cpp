#include "modeltext.h"

#include "resources/embedded.h"

#include <QCoreApplication>

#include <string>

namespace Stackyard::ModelText {

namespace {

QString translated(const char *context, std::string_view text)
{
    const std::string source(text); // translate() wants a terminated string
    return QCoreApplication::translate(context, source.c_str());
}

} // namespace

QString ruleTitle(std::string_view title) { return translated(kRuleContext, title); }

std::string ruleWhySource(const RuleInfo &rule)
{
    const auto doc = embeddedFile(rule.doc);
    if (!doc)
        return {};
    const std::string text(*doc);
    const auto start = text.find("## Why\n");
    if (start == std::string::npos)
        return {};
    const auto body = start + 7;
    const auto end = text.find("\n## ", body);
    std::string why = text.substr(body, end == std::string::npos ? std::string::npos : end - body);
    const auto first = why.find_first_not_of(" \t\r\n");
    const auto last = why.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : why.substr(first, last - first + 1);
}

QString ruleWhy(const RuleInfo &rule)
{
    const std::string why = ruleWhySource(rule);
    return why.empty() ? QString() : translated(kRuleWhyContext, why);
}
QString fixTitle(std::string_view title) { return translated(kFixContext, title); }
QString kindTitle(std::string_view title) { return translated(kKindContext, title); }
QString kindDoc(std::string_view doc) { return translated(kKindDocContext, doc); }
QString propertyDoc(std::string_view doc) { return translated(kPropertyDocContext, doc); }
QString practiceTitle(std::string_view title) { return translated(kPracticeContext, title); }

QString text(const Text &text)
{
    return QString::fromStdString(text.str([](const char *pattern) {
        return QCoreApplication::translate(kFindingTextContext, pattern).toStdString();
    }));
}

QString text(const Text &text, std::string_view english)
{
    return text.isEmpty() ? QString::fromUtf8(english.data(), qsizetype(english.size())) : ModelText::text(text);
}

QString findingMessage(const Finding &finding)
{
    return finding.messageText.isEmpty() ? QString::fromStdString(finding.message) : text(finding.messageText);
}

QString findingFixHint(const Finding &finding)
{
    return finding.fixHintText.isEmpty() ? QString::fromStdString(finding.fixHint) : text(finding.fixHintText);
}

QString pillarTitle(Pillar pillar)
{
    switch (pillar) {
    case Pillar::Ops: return QCoreApplication::translate("Stackyard::Pillar", "Operational excellence");
    case Pillar::Sec: return QCoreApplication::translate("Stackyard::Pillar", "Security");
    case Pillar::Rel: return QCoreApplication::translate("Stackyard::Pillar", "Reliability");
    case Pillar::Perf: return QCoreApplication::translate("Stackyard::Pillar", "Performance efficiency");
    case Pillar::Cost: return QCoreApplication::translate("Stackyard::Pillar", "Cost optimization");
    case Pillar::Sus: return QCoreApplication::translate("Stackyard::Pillar", "Sustainability");
    }
    return {};
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Stackyard::Severity", "error");
    case Severity::Warning: return QCoreApplication::translate("Stackyard::Severity", "warning");
    case Severity::Info: return QCoreApplication::translate("Stackyard::Severity", "info");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("Stackyard::Severity", "Error");
    case Severity::Warning: return QCoreApplication::translate("Stackyard::Severity", "Warning");
    case Severity::Info: return QCoreApplication::translate("Stackyard::Severity", "Info");
    }
    return {};
}

QString tierTitle(std::string_view tier)
{
    if (tier == "public")
        return QCoreApplication::translate("Stackyard::Tier", "public");
    if (tier == "private")
        return QCoreApplication::translate("Stackyard::Tier", "private");
    if (tier == "isolated")
        return QCoreApplication::translate("Stackyard::Tier", "isolated");
    return QString::fromUtf8(tier.data(), qsizetype(tier.size()));
}

} // namespace Stackyard::ModelText

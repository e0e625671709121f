#pragma once

// The check the translated-text tests share: a STACKYARD_TEXT pattern has a Korean translation in
// the compiled catalogue, and the translation keeps its placeholders.

#include "widgets/i18n/modeltext.h"

#include <QString>
#include <QTranslator>

#include <string>

namespace Stackyard::Testing {

/// Loads the compiled Korean catalogue; "" when it loaded and, as translationProblem relies on,
/// a pattern it does not know has no translation (not its source text); else what is wrong.
inline std::string loadKorean(QTranslator &korean)
{
    if (!korean.load(QStringLiteral(":/i18n/stackyard_ko.qm")))
        return "the Korean catalogue :/i18n/stackyard_ko.qm does not load";
    if (!korean.translate(ModelText::kFindingTextContext, "no such pattern %1").isEmpty())
        return "an unknown pattern has a translation";
    return {};
}

/// "" when `pattern` has a Korean translation with the same %1..%9 (a translation may reorder
/// them, not drop or add them); otherwise what is wrong.
inline std::string translationProblem(const QTranslator &korean, const std::string &pattern)
{
    const QString translated = korean.translate(ModelText::kFindingTextContext, pattern.c_str());
    if (translated.isEmpty())
        return "no Korean for \"" + pattern + "\"";
    for (char n = '1'; n <= '9'; ++n) {
        const QString placeholder = QStringLiteral("%") + QLatin1Char(n);
        if (QString::fromStdString(pattern).contains(placeholder) != translated.contains(placeholder))
            return "placeholders differ: \"" + pattern + "\" / " + translated.toStdString();
    }
    return {};
}

} // namespace Stackyard::Testing

#include "codehighlighter.h"

#include <QFileInfo>

namespace Stackyard {

namespace {

QTextCharFormat style(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

// One palette for the three languages, readable on a white background.
const QColor kKey(0x1f, 0x4e, 0x9a);
const QColor kString(0x1a, 0x7f, 0x37);
const QColor kNumber(0x9a, 0x4d, 0x00);
const QColor kComment(0x6a, 0x73, 0x7d);
const QColor kKeyword(0x8a, 0x2b, 0xa8);

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

CodeHighlighter::Language CodeHighlighter::languageOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return Language::Yaml;
    if (suffix == QLatin1String("json"))
        return Language::Json;
    if (suffix == QLatin1String("tf") || suffix == QLatin1String("hcl") || suffix == QLatin1String("tfvars"))
        return Language::Hcl;
    return Language::Plain;
}

void CodeHighlighter::setLanguage(Language language)
{
    m_language = language;
    m_rules.clear();
    // Later rules win: strings and comments come last so that a key-like text inside them stays theirs.
    const auto add = [this](const char *pattern, const QTextCharFormat &f, int group = 0) {
        m_rules.push_back({QRegularExpression(QString::fromLatin1(pattern)), f, group});
    };
    switch (language) {
    case Language::Yaml:
        add(R"(^\s*(?:-\s+)?([A-Za-z0-9_.:/-]+)\s*:(?=\s|$))", style(kKey, true), 1);
        add(R"(![A-Za-z]+)", style(kKeyword, true));
        add(R"((?<=[:\-\[,]\s)-?\d+(?:\.\d+)?\s*$)", style(kNumber));
        add(R"((?<=:\s)(?:true|false|null)\s*$)", style(kNumber));
        add(R"('(?:[^']|'')*'|"(?:[^"\\]|\\.)*")", style(kString));
        add(R"((?:^|\s)#.*$)", style(kComment, false, true));
        break;
    case Language::Json:
        add(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)", style(kNumber));
        add(R"(\b(?:true|false|null)\b)", style(kNumber));
        add(R"("(?:[^"\\]|\\.)*")", style(kString));
        add(R"(("(?:[^"\\]|\\.)*")\s*:)", style(kKey, true), 1);
        break;
    case Language::Hcl:
        add(R"(^\s*(resource|data|variable|output|locals|module|provider|terraform|required_providers|backend)\b)", style(kKeyword, true), 1);
        add(R"(^\s*([A-Za-z0-9_-]+)\s*=)", style(kKey, true), 1);
        add(R"(\b(?:true|false|null)\b|-?\b\d+(?:\.\d+)?\b)", style(kNumber));
        add(R"("(?:[^"\\]|\\.)*")", style(kString));
        add(R"((?:^|\s)(?:#|//).*$)", style(kComment, false, true));
        break;
    case Language::Plain:
        break;
    }
    rehighlight();
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : m_rules) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(rule.group) > 0)
                setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace Stackyard

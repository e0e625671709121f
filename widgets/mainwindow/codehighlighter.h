#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace Stackyard {

/// Colours the text of an export preview: keys, strings, numbers, comments, CloudFormation tags
/// and Terraform block keywords. The language comes from the file's extension.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { Plain, Yaml, Json, Hcl };

    explicit CodeHighlighter(QTextDocument *document);

    /// The language of a file by its name ("template.yaml", "main.tf", "template.json"…).
    static Language languageOf(const QString &fileName);
    void setLanguage(Language language);
    Language language() const { return m_language; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0; ///< the capture group coloured (0 = the whole match)
    };

    Language m_language = Language::Plain;
    std::vector<Rule> m_rules;
};

} // namespace Stackyard

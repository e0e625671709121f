#pragma once

#include "propertyeditor.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Stackyard {

/// A JSON text editor for a list or object value. It validates as you type (the parse error with
/// its line and column shows under the text) and commits with Apply only a value that parses and
/// has the expected shape (array or object).
class JsonEditor : public PropertyEditor
{
    Q_OBJECT
public:
    /// `expectArray` is true for lists, false for objects.
    explicit JsonEditor(bool expectArray, QWidget *parent = nullptr);
    void setValue(const Json &value) override;
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    /// The parsed text, or nothing with the problem shown.
    std::optional<Json> parse();

    bool m_expectArray;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_apply;
    Json m_shown;
};

} // namespace Stackyard

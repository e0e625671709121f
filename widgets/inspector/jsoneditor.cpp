#include "jsoneditor.h"

#include "model/core/io/jsontext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stackyard {

JsonEditor::JsonEditor(bool expectArray, QWidget *parent)
    : PropertyEditor(parent)
    , m_expectArray(expectArray)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(180);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #d13212"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(tr("Commit the edited value (one undo step)"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addLayout(row);
    setFocusProxy(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const std::optional<Json> value = parse();
        m_apply->setEnabled(value && *value != m_shown);
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const std::optional<Json> value = parse(); value && *value != m_shown) {
            m_shown = *value;
            m_apply->setEnabled(false);
            emit committed(*value);
        }
    });
}

std::optional<Json> JsonEditor::parse()
{
    const std::string text = m_text->toPlainText().toStdString();
    Diagnostics diagnostics;
    const std::optional<Json> parsed = Io::parseJson(text, "JSON", diagnostics);
    Json value = parsed ? *parsed : Json();
    QString problem;
    if (!parsed) {
        problem = diagnostics.empty() ? tr("not valid JSON") : QString::fromStdString(diagnostics.front().toString());
    } else if (m_expectArray && !value.is_array()) {
        problem = tr("expected a list [ … ]");
    } else if (!m_expectArray && !value.is_object()) {
        problem = tr("expected an object { … }");
    }
    m_status->setText(problem);
    m_text->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QPlainTextEdit { border: 2px solid #d13212; }"));
    if (!problem.isEmpty())
        return std::nullopt;
    return value;
}

void JsonEditor::setValue(const Json &value)
{
    m_shown = value;
    if (m_text->hasFocus() && m_apply->isEnabled())
        return;
    const QSignalBlocker block(m_text);
    m_text->setPlainText(QString::fromStdString(value.dump(2)));
    m_status->clear();
    m_text->setStyleSheet(QString());
    m_apply->setEnabled(false);
}

} // namespace Stackyard

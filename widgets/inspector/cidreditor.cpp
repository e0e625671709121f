#include "cidreditor.h"

#include "model/core/network.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Stackyard {

CidrEditor::CidrEditor(QWidget *parent)
    : PropertyEditor(parent)
    , m_edit(new QLineEdit(this))
{
    static const QRegularExpression shape(QStringLiteral(R"(\d{0,3}(\.\d{0,3}){0,3}(/\d{0,2})?)"));
    m_edit->setValidator(new QRegularExpressionValidator(shape, m_edit));
    m_edit->setPlaceholderText(QStringLiteral("10.0.0.0/16"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &CidrEditor::check);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!problem(m_edit->text()).isEmpty()) {
            if (!m_edit->hasFocus()) { // focus left with a broken value: show the stored one again
                m_edit->setText(m_shown);
                check();
            }
            return;
        }
        if (m_edit->text() != m_shown) {
            m_shown = m_edit->text();
            m_edit->setModified(false);
            emit committed(Json(m_shown.toStdString()));
        }
    });
}

QString CidrEditor::problem(const QString &text)
{
    const std::string s = text.trimmed().toStdString();
    const std::optional<Cidr> cidr = Cidr::parse(s);
    if (!cidr)
        return tr("Not an IPv4 CIDR block: write it as a.b.c.d/n, for example 10.0.0.0/16");
    if (!isCanonicalCidr(s))
        return tr("Host bits are set: did you mean %1?").arg(QString::fromStdString(cidr->toString()));
    return {};
}

void CidrEditor::check()
{
    const QString why = problem(m_edit->text());
    m_edit->setProperty("invalid", !why.isEmpty());
    m_edit->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #d13212; border-radius: 3px; }"));
    m_edit->setToolTip(why);
}

void CidrEditor::setValue(const Json &value)
{
    m_shown = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    if (!m_edit->hasFocus() || !m_edit->isModified()) {
        m_edit->setText(m_shown);
        check();
    }
}

} // namespace Stackyard

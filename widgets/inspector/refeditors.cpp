#include "refeditors.h"

#include "model/document/designdocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>

namespace Stackyard {

QList<QPair<QString, QString>> resourceChoices(const Design &design, const QString &kind, const QString &exclude)
{
    QList<QPair<QString, QString>> choices;
    const std::string k = kind.toStdString();
    for (const auto &[id, r] : design.resources) {
        if ((!k.empty() && r.kind != k) || QString::fromStdString(id) == exclude)
            continue;
        const QString name = QString::fromStdString(r.name.empty() ? id : r.name);
        choices.append({QString::fromStdString(id), name == QString::fromStdString(id) ? name : QStringLiteral("%1 (%2)").arg(name, QString::fromStdString(id))});
    }
    return choices;
}

RefEditor::RefEditor(const DesignDocument *document, const QString &refKind, const QString &ownerId, QWidget *parent)
    : PropertyEditor(parent)
    , m_document(document)
    , m_refKind(refKind)
    , m_ownerId(ownerId)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        emit committed(Json(m_combo->itemData(index).toString().toStdString()));
    });
}

void RefEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(none)"), QString());
    for (const auto &[id, label] : resourceChoices(m_document->design(), m_refKind, m_ownerId))
        m_combo->addItem(label, id);
    const QString current = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    int index = m_combo->findData(current);
    if (index < 0) { // an ARN, an imported intrinsic or a dangling id: show it as it is
        m_combo->addItem(value.is_string() ? current : QString::fromStdString(value.dump()), current);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

RefsEditor::RefsEditor(const DesignDocument *document, const QString &refKind, QWidget *parent)
    : PropertyEditor(parent)
    , m_document(document)
    , m_refKind(refKind)
    , m_list(new QListWidget(this))
{
    m_list->setMaximumHeight(110);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        Json ids = Json::array();
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                ids.push_back(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
        emit committed(ids);
    });
}

void RefsEditor::setValue(const Json &value)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    QStringList checked;
    if (value.is_array())
        for (const Json &v : value)
            if (v.is_string())
                checked << QString::fromStdString(v.get<std::string>());
    for (const auto &[id, label] : resourceChoices(m_document->design(), m_refKind)) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No %1 in the design").arg(m_refKind), m_list);
}

} // namespace Stackyard

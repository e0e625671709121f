#include "finddock.h"

#include "widgets/palette/kindicon.h"

#include "model/document/designdocument.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Stackyard {

FindDock::FindDock(const DesignDocument *document, QWidget *parent)
    : QDockWidget(tr("Find"), parent)
    , m_document(document)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("findDock"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Name, id or kind…"));
    m_field->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setIconSize(QSize(20, 20));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    setWidget(box);

    connect(m_field, &QLineEdit::textChanged, this, &FindDock::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            emit found(m_results->item(qMax(0, m_results->currentRow()))->data(Qt::UserRole).toString());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit found(item->data(Qt::UserRole).toString()); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { emit found(item->data(Qt::UserRole).toString()); });
    connect(document, &DesignDocument::changed, this, [this] {
        if (isVisible() && !m_field->text().isEmpty())
            search();
    });
}

void FindDock::activate()
{
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindDock::search()
{
    m_results->clear();
    const QString needle = m_field->text().trimmed();
    if (needle.isEmpty())
        return;
    for (const auto &[id, r] : m_document->design().resources) {
        const QString name = QString::fromStdString(r.name);
        const QString qid = QString::fromStdString(id);
        const QString kind = QString::fromStdString(r.kind);
        if (!name.contains(needle, Qt::CaseInsensitive) && !qid.contains(needle, Qt::CaseInsensitive) && !kind.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(kindIcon(kind), QStringLiteral("%1  (%2)").arg(name.isEmpty() ? qid : name, qid), m_results);
        item->setData(Qt::UserRole, qid);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

} // namespace Stackyard

#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stackyard::Gui {

RecoveryDialog::RecoveryDialog(const QList<Journal::Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover unsaved work"));
    auto *intro = new QLabel(tr("Stackyard stopped unexpectedly while these designs had unsaved changes. "
                                "Recovered designs open with their changes, not yet saved."),
                             this);
    intro->setWordWrap(true);
    for (const Journal::Entry &e : entries) {
        const QString where = e.originalPath.isEmpty() ? tr("never saved") : QDir::toNativeSeparators(e.originalPath);
        auto *item = new QListWidgetItem(tr("%1\n%2 · changed %3").arg(e.name.isEmpty() ? tr("Untitled") : e.name, where,
                                                                      QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)),
                                         m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("Discard"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    recover->setDefault(true);
    recover->setToolTip(tr("Open the checked designs; the journals are then removed"));
    discard->setToolTip(tr("Delete the recovered work for good"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 300);
    connect(recover, &QPushButton::clicked, this, [this] {
        m_discard = true;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_discard = true;
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Unchecked);
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<Journal::Entry> RecoveryDialog::chosen() const
{
    QList<Journal::Entry> out;
    if (result() != QDialog::Accepted)
        return out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_entries[i];
    return out;
}

} // namespace Stackyard::Gui

#include "newdesigndialog.h"

#include "resources/embedded.h"

#include "model/core/io/designio.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QVBoxLayout>

namespace Stackyard {

NewDesignDialog::NewDesignDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("New design"));
    m_list->setObjectName(QStringLiteral("sampleList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    auto *blank = new QListWidgetItem(tr("Blank design\nAn empty canvas"), m_list);
    blank->setData(Qt::UserRole, QString());
    for (const EmbeddedFile &f : embeddedFiles()) {
        const std::string_view path = f.path;
        if (!path.starts_with("samples/") || !path.ends_with(".stackyard.json"))
            continue;
        const LoadResult loaded = loadDesign(f.content, std::string(path));
        if (!loaded.file)
            continue;
        const QString name = QString::fromStdString(loaded.file->design.name);
        const QString description = QString::fromStdString(loaded.file->design.description);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(name, description), m_list);
        item->setData(Qt::UserRole, QString::fromUtf8(path.data(), qsizetype(path.size())));
        item->setToolTip(description);
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 380);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
}

QString NewDesignDialog::samplePath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace Stackyard

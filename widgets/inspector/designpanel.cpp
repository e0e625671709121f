#include "designpanel.h"

#include "jsoneditor.h"

#include "resources/embedded.h"

#include "model/document/designdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <functional>

namespace Stackyard {

QStringList DesignPanel::knownRegions()
{
    QStringList regions;
    for (const EmbeddedFile &f : embeddedFiles()) {
        const QString path = QString::fromUtf8(f.path.data(), qsizetype(f.path.size()));
        if (path.startsWith(QLatin1String("pricing/")) && path.endsWith(QLatin1String(".json")))
            regions << path.mid(8, path.size() - 8 - 5);
    }
    regions.sort();
    return regions;
}

DesignPanel::DesignPanel(DesignDocument *document, QWidget *parent)
    : InspectorPanel(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_environments(new QLineEdit(this))
    , m_usage(new JsonEditor(false, this))
    , m_settings(new JsonEditor(false, this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(8);
    auto *title = new QLabel(tr("Design"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(header(QIcon(QStringLiteral(":/icons/vpc.svg")), title, tr("Nothing selected: the whole design"), this));

    m_name->setObjectName(QStringLiteral("designName"));
    m_description->setObjectName(QStringLiteral("designDescription"));
    m_region->setObjectName(QStringLiteral("designRegion"));
    m_region->addItems(knownRegions());
    m_region->setToolTip(tr("The AWS Region: prices, Availability Zones and endpoints follow it"));
    m_environments->setObjectName(QStringLiteral("designEnvironments"));
    m_environments->setToolTip(tr("Comma-separated environment names, e.g. dev, staging, prod"));
    m_usage->setObjectName(QStringLiteral("designUsage"));
    m_usage->setToolTip(tr("Design-wide cost assumptions (requests, data volumes…) as a JSON object"));
    m_settings->setObjectName(QStringLiteral("designSettings"));
    m_settings->setToolTip(tr("Design-wide switches (guardDuty, ciScanners…) as a JSON object"));
    m_summary->setWordWrap(true);

    QFormLayout *form = addSection(this, tr("Design properties"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Environments"), m_environments);
    QFormLayout *usage = addSection(this, tr("Assumptions"));
    addWideRow(usage, tr("Usage (cost model)"), m_usage);
    addWideRow(usage, tr("Settings"), m_settings);
    QFormLayout *summary = addSection(this, tr("Contents"));
    summary->addRow(m_summary);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        m_name->setModified(false);
        commit(tr("Rename design"), [this](DesignHeader &h) { h.name = m_name->text().toStdString(); });
    });
    connect(m_description, &QLineEdit::editingFinished, this, [this] {
        m_description->setModified(false);
        commit(tr("Edit description"), [this](DesignHeader &h) { h.description = m_description->text().toStdString(); });
    });
    connect(m_region, &QComboBox::activated, this, [this] {
        commit(tr("Set region to %1").arg(m_region->currentText()), [this](DesignHeader &h) { h.region = m_region->currentText().toStdString(); });
    });
    connect(m_environments, &QLineEdit::editingFinished, this, [this] {
        m_environments->setModified(false);
        commit(tr("Edit environments"), [this](DesignHeader &h) {
            h.environments.clear();
            for (const QString &e : m_environments->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                h.environments.push_back(e.trimmed().toStdString());
        });
    });
    connect(m_usage, &PropertyEditor::committed, this, [this](const Json &v) {
        commit(tr("Edit usage assumptions"), [v](DesignHeader &h) { h.usage = v; });
    });
    connect(m_settings, &PropertyEditor::committed, this, [this](const Json &v) {
        commit(tr("Edit design settings"), [v](DesignHeader &h) { h.settings = v; });
    });
    refresh();
}

void DesignPanel::commit(const QString &text, const std::function<void(DesignHeader &)> &change)
{
    DesignHeader header = DesignHeader::of(m_document->design());
    change(header);
    m_document->setHeader(header, text);
}

bool DesignPanel::refresh()
{
    const Design &d = m_document->design();
    if (!m_name->hasFocus() || !m_name->isModified())
        m_name->setText(QString::fromStdString(d.name));
    if (!m_description->hasFocus() || !m_description->isModified())
        m_description->setText(QString::fromStdString(d.description));
    m_description->setCursorPosition(0);
    {
        const QSignalBlocker block(m_region);
        const QString region = QString::fromStdString(d.region);
        if (m_region->findText(region) < 0)
            m_region->addItem(region);
        m_region->setCurrentText(region);
    }
    QStringList environments;
    for (const std::string &e : d.environments)
        environments << QString::fromStdString(e);
    if (!m_environments->hasFocus() || !m_environments->isModified())
        m_environments->setText(environments.join(QStringLiteral(", ")));
    m_usage->setValue(d.usage);
    m_settings->setValue(d.settings);
    m_summary->setText(tr("%1 resources, %2 flows, %3 security groups, %4 route tables")
                           .arg(d.resources.size())
                           .arg(d.flows.size())
                           .arg(d.securityGroups.size())
                           .arg(d.routeTables.size()));
    return true;
}

} // namespace Stackyard

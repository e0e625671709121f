#include "securitygroupseditor.h"

#include "sgrulestable.h"

#include "model/core/topology.h"
#include "model/document/designdocument.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stackyard {

SecurityGroupsEditor::SecurityGroupsEditor(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_membership(new QListWidget(this))
    , m_tablesLayout(new QVBoxLayout)
{
    m_membership->setObjectName(QStringLiteral("sgMembership"));
    m_membership->setToolTip(tr("Check a security group to attach it to this resource"));
    m_membership->setMaximumHeight(96);
    auto *add = new QPushButton(tr("New security group"), this);
    add->setObjectName(QStringLiteral("newSecurityGroup"));
    add->setToolTip(tr("Create a security group in this VPC and attach it"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_membership);
    layout->addLayout(row);
    layout->addLayout(m_tablesLayout);

    connect(m_membership, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        setAttached(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(add, &QPushButton::clicked, this, &SecurityGroupsEditor::addGroup);
}

void SecurityGroupsEditor::setResource(const QString &resourceId)
{
    m_resource = resourceId;
    refresh();
}

void SecurityGroupsEditor::refresh()
{
    const Design &design = m_document->design();
    const Resource *resource = design.resource(m_resource.toStdString());
    if (!resource)
        return;
    const Id vpc = vpcOf(design, resource->id);
    QStringList allGroups;
    {
        const QSignalBlocker block(m_membership);
        m_membership->clear();
        for (const auto &[id, sg] : design.securityGroups) {
            if (!vpc.empty() && sg.vpc != vpc)
                continue;
            allGroups << QString::fromStdString(id);
            auto *item = new QListWidgetItem(QString::fromStdString(sg.name.empty() ? id : sg.name + " (" + id + ")"), m_membership);
            item->setData(Qt::UserRole, QString::fromStdString(id));
            item->setToolTip(QString::fromStdString(sg.description));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool attached = std::find(resource->securityGroups.begin(), resource->securityGroups.end(), id) != resource->securityGroups.end();
            item->setCheckState(attached ? Qt::Checked : Qt::Unchecked);
        }
    }
    QStringList attached;
    for (const Id &id : resource->securityGroups)
        if (design.securityGroup(id))
            attached << QString::fromStdString(id);

    if (attached != m_shownGroups) {
        for (QWidget *old : std::as_const(m_groupBoxes)) {
            old->hide();
            old->deleteLater();
        }
        m_groupBoxes.clear();
        for (const QString &id : attached) {
            const SecurityGroup *sg = design.securityGroup(id.toStdString());
            auto *box = new QGroupBox(tr("Rules of %1").arg(QString::fromStdString(sg->name.empty() ? sg->id : sg->name)), this);
            auto *boxLayout = new QVBoxLayout(box);
            for (const bool ingress : {true, false}) {
                auto *table = new SgRulesTable(ingress ? tr("Inbound") : tr("Outbound"), box);
                table->setObjectName(QStringLiteral("sg.%1.%2").arg(id, ingress ? QStringLiteral("ingress") : QStringLiteral("egress")));
                boxLayout->addWidget(table);
                connect(table, &SgRulesTable::rulesEdited, this, [this, id, ingress](const std::vector<SgRule> &rules) {
                    const SecurityGroup *current = m_document->design().securityGroup(id.toStdString());
                    if (!current)
                        return;
                    SecurityGroup after = *current;
                    (ingress ? after.ingress : after.egress) = rules;
                    m_document->setSecurityGroup(after, tr("Edit %1 rules of %2").arg(ingress ? tr("inbound") : tr("outbound"),
                                                                                      QString::fromStdString(after.name.empty() ? after.id : after.name)));
                });
            }
            m_tablesLayout->addWidget(box);
            m_groupBoxes << box;
        }
        m_shownGroups = attached;
    }
    for (QWidget *box : std::as_const(m_groupBoxes))
        for (SgRulesTable *table : box->findChildren<SgRulesTable *>()) {
            const QStringList parts = table->objectName().split(QLatin1Char('.'));
            const SecurityGroup *sg = design.securityGroup(parts.value(1).toStdString());
            if (sg)
                table->setRules(parts.value(2) == QLatin1String("ingress") ? sg->ingress : sg->egress, allGroups);
        }
}

void SecurityGroupsEditor::setAttached(const QString &groupId, bool attached)
{
    const Resource *resource = m_document->design().resource(m_resource.toStdString());
    if (!resource)
        return;
    Resource after = *resource;
    std::erase(after.securityGroups, groupId.toStdString());
    if (attached)
        after.securityGroups.push_back(groupId.toStdString());
    m_document->setResource(after, attached ? tr("Attach %1 to %2").arg(groupId, m_resource) : tr("Detach %1 from %2").arg(groupId, m_resource));
}

void SecurityGroupsEditor::addGroup()
{
    const Design &design = m_document->design();
    const Resource *resource = design.resource(m_resource.toStdString());
    if (!resource)
        return;
    EditBuilder b(design, m_document->layout());
    SecurityGroup sg;
    sg.id = b.uniqueId(resource->id + "-sg");
    sg.name = resource->name.empty() ? resource->id : resource->name;
    sg.vpc = vpcOf(design, resource->id);
    sg.description = tr("Security group of %1").arg(QString::fromStdString(sg.name)).toStdString();
    sg.egress.push_back({Protocol::All, PortRange::all(), PeerKind::Cidr, "0.0.0.0/0", "AWS default egress"});
    b.putSecurityGroup(sg);
    Resource after = *resource;
    after.securityGroups.push_back(sg.id);
    b.putResource(after);
    m_document->pushEdit(b.finish(), tr("Add security group %1").arg(QString::fromStdString(sg.id)));
}

} // namespace Stackyard

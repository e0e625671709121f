#include "resourcepanel.h"

#include "propertyeditor.h"
#include "routetableeditor.h"
#include "securitygroupseditor.h"

#include "widgets/palette/kindicon.h"
#include "widgets/i18n/modeltext.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "model/document/designdocument.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

/// Kinds that carry elastic network interfaces and so take security groups.
bool takesSecurityGroups(const Resource &r)
{
    static const std::set<std::string> kinds{"alb", "ecs-service", "aurora-cluster", "vpc-endpoint", "bastion", "lambda", "eic-endpoint"};
    if (r.kind == "vpc-endpoint" && r.stringProperty("endpointType") == "Gateway")
        return false;
    return kinds.count(r.kind) > 0 || !r.securityGroups.empty();
}

} // namespace

ResourcePanel::ResourcePanel(DesignDocument *document, const QString &id, QWidget *parent)
    : InspectorPanel(parent)
    , m_document(document)
    , m_id(id)
    , m_name(new QLineEdit(this))
{
    const Resource *r = document->design().resource(id.toStdString());
    Q_ASSERT(r);
    m_kind = r->kind;
    const KindSpec *spec = Catalog::builtin().kind(r->kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(8);

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setToolTip(tr("The display name (F2 renames on the canvas)"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_name->setFont(big);
    const QString kindTitle = spec ? ModelText::kindTitle(spec->title) : QString::fromStdString(r->kind);
    QString subtitle = tr("%1 · id %2").arg(kindTitle, id);
    if (!r->rawType.empty())
        subtitle += QStringLiteral(" · ") + QString::fromStdString(r->rawType);
    layout->addWidget(header(kindIcon(QString::fromStdString(r->kind)), m_name, subtitle, this));
    if (spec && !spec->doc.empty()) {
        auto *doc = new QLabel(ModelText::kindDoc(spec->doc), this);
        doc->setWordWrap(true);
        doc->setStyleSheet(QStringLiteral("color: #5f6b7a"));
        layout->addWidget(doc);
    }
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const Resource *current = m_document->design().resource(m_id.toStdString());
        m_name->setModified(false);
        if (current && m_name->text() != QString::fromStdString(current->name))
            m_document->rename(m_id.toStdString(), m_name->text());
    });

    if (spec && spec->spansSubnets)
        buildPlacement();

    if (spec && !spec->properties.empty()) {
        QFormLayout *form = addSection(this, tr("Properties"));
        for (const PropertySpec &p : spec->properties) {
            PropertyEditor *editor = createPropertyEditor(p, document, id, this);
            const QString title = QString::fromStdString(p.title.empty() ? p.name : p.title);
            if (p.type == "list" || p.type == "object" || p.type == "refs") {
                addWideRow(form, title, editor);
            } else {
                auto *label = new QLabel(title);
                label->setToolTip(editor->toolTip());
                label->setBuddy(editor);
                form->addRow(label, editor);
            }
            const std::string name = p.name;
            connect(editor, &PropertyEditor::committed, this, [this, name](const Json &value) {
                m_document->setProperty(m_id.toStdString(), name, value);
            });
            m_editors.insert(QString::fromStdString(p.name), editor);
        }
    }
    if (takesSecurityGroups(*r)) {
        QFormLayout *form = addSection(this, tr("Security groups"));
        m_securityGroups = new SecurityGroupsEditor(document, this);
        form->addRow(m_securityGroups);
    }
    if (r->kind == "subnet") {
        QFormLayout *form = addSection(this, tr("Routing"));
        m_routeTable = new RouteTableEditor(document, this);
        form->addRow(m_routeTable);
    }
    layout->addStretch(1);
    refresh();
}

void ResourcePanel::buildPlacement()
{
    QFormLayout *form = addSection(this, tr("Subnets"));
    m_placement = new QListWidget(this);
    m_placement->setObjectName(QStringLiteral("placementList"));
    m_placement->setToolTip(tr("The subnets (one per Availability Zone) this resource is placed in"));
    m_placement->setMaximumHeight(120);
    form->addRow(m_placement);
    connect(m_placement, &QListWidget::itemChanged, this, [this] {
        const Resource *current = m_document->design().resource(m_id.toStdString());
        if (!current)
            return;
        Resource after = *current;
        after.placement.clear();
        for (int i = 0; i < m_placement->count(); ++i)
            if (m_placement->item(i)->checkState() == Qt::Checked)
                after.placement.push_back(m_placement->item(i)->data(Qt::UserRole).toString().toStdString());
        m_document->setResource(after, tr("Place %1 in %n subnet(s)", nullptr, int(after.placement.size())).arg(m_id));
    });
}

void ResourcePanel::refreshPlacement()
{
    const Design &design = m_document->design();
    const Resource *r = design.resource(m_id.toStdString());
    const Id vpc = vpcOf(design, r->id);
    const QSignalBlocker block(m_placement);
    m_placement->clear();
    for (const auto &[id, s] : design.resources) {
        if (s.kind != "subnet" || vpcOf(design, id) != vpc)
            continue;
        const QString label = QStringLiteral("%1 — %2, %3, %4")
                                  .arg(QString::fromStdString(s.name.empty() ? id : s.name), QString::fromStdString(s.stringProperty("availabilityZone")),
                                       QString::fromStdString(s.stringProperty("cidrBlock")), ModelText::tierTitle(subnetTierName(subnetTier(design, id))));
        auto *item = new QListWidgetItem(label, m_placement);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(std::find(r->placement.begin(), r->placement.end(), id) != r->placement.end() ? Qt::Checked : Qt::Unchecked);
    }
}

bool ResourcePanel::refresh()
{
    const Resource *r = m_document->design().resource(m_id.toStdString());
    if (!r || r->kind != m_kind)
        return false;
    if (!m_name->hasFocus() || !m_name->isModified())
        m_name->setText(QString::fromStdString(r->name));
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const std::string name = it.key().toStdString();
        it.value()->setValue(r->properties.contains(name) ? r->properties.at(name) : Json());
    }
    if (m_placement)
        refreshPlacement();
    if (m_securityGroups)
        m_securityGroups->setResource(m_id);
    if (m_routeTable)
        m_routeTable->setSubnet(m_id);
    return true;
}

} // namespace Stackyard

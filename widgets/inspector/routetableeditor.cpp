#include "routetableeditor.h"

#include "cidreditor.h"
#include "refeditors.h"

#include "model/core/topology.h"
#include "model/document/designdocument.h"
#include "widgets/i18n/modeltext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

const QList<QPair<RouteTargetKind, QString>> kTargetKinds{
    {RouteTargetKind::Local, QStringLiteral("local")},
    {RouteTargetKind::InternetGateway, QStringLiteral("igw")},
    {RouteTargetKind::NatGateway, QStringLiteral("nat")},
    {RouteTargetKind::GatewayEndpoint, QStringLiteral("gateway-endpoint")},
    {RouteTargetKind::Blackhole, QStringLiteral("blackhole")}};

QString destinationProblem(const QString &text)
{
    if (text.startsWith(QLatin1String("pl-")))
        return {};
    return CidrEditor::problem(text);
}

} // namespace

RouteTableEditor::RouteTableEditor(DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_association(new QComboBox(this))
    , m_tier(new QLabel(this))
    , m_routes(new QTableWidget(0, 3, this))
{
    m_association->setObjectName(QStringLiteral("routeTableCombo"));
    m_association->setToolTip(tr("The route table this subnet is associated with"));
    m_routes->setObjectName(QStringLiteral("routes"));
    m_routes->setHorizontalHeaderLabels({tr("Destination"), tr("Target kind"), tr("Target")});
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->verticalHeader()->setVisible(false);
    m_routes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_routes->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *add = new QPushButton(tr("Add route"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addRoute"));
    add->setToolTip(tr("Append a default route (0.0.0.0/0)"));
    remove->setToolTip(tr("Remove the selected route"));
    auto *form = new QFormLayout;
    form->addRow(tr("Route table"), m_association);
    form->addRow(tr("Tier"), m_tier);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_routes);
    layout->addLayout(buttons);

    connect(m_association, &QComboBox::activated, this, [this](int index) { associate(m_association->itemData(index).toString()); });
    connect(add, &QPushButton::clicked, this, [this] {
        const RouteTable *table = m_document->design().routeTable(m_table.toStdString());
        if (!table)
            return;
        std::vector<Route> routes = table->routes;
        routes.push_back({"0.0.0.0/0", RouteTargetKind::Blackhole, {}});
        commitRoutes(routes);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const RouteTable *table = m_document->design().routeTable(m_table.toStdString());
        const int row = m_routes->currentRow();
        if (!table || row < 0 || row >= int(table->routes.size()))
            return;
        std::vector<Route> routes = table->routes;
        routes.erase(routes.begin() + row);
        commitRoutes(routes);
    });
}

void RouteTableEditor::setSubnet(const QString &subnetId)
{
    m_subnet = subnetId;
    refresh();
}

void RouteTableEditor::refresh()
{
    const Design &design = m_document->design();
    const Id subnet = m_subnet.toStdString();
    const Id vpc = vpcOf(design, subnet);
    const RouteTable *current = routeTableOf(design, subnet);
    const bool explicitly = current && std::find(current->subnets.begin(), current->subnets.end(), subnet) != current->subnets.end();
    {
        const QSignalBlocker block(m_association);
        m_association->clear();
        for (const auto &[id, rt] : design.routeTables) {
            if (rt.vpc != vpc)
                continue;
            const QString label = QString::fromStdString(rt.name.empty() ? id : rt.name) + (rt.isMain ? tr(" (main)") : QString());
            m_association->addItem(label, QString::fromStdString(id));
        }
        m_association->setCurrentIndex(current ? m_association->findData(QString::fromStdString(current->id)) : -1);
    }
    m_tier->setText(ModelText::tierTitle(subnetTierName(subnetTier(design, subnet)))
                    + (current && !explicitly ? tr(", through the main route table") : QString()));
    m_table = current ? QString::fromStdString(current->id) : QString();
    if (current)
        rebuildRoutes(*current);
    else
        m_routes->setRowCount(0);
}

QList<QPair<QString, QString>> RouteTableEditor::targetsFor(RouteTargetKind kind) const
{
    const Design &design = m_document->design();
    const Id vpc = vpcOf(design, m_subnet.toStdString());
    QList<QPair<QString, QString>> out;
    const char *kindName = kind == RouteTargetKind::InternetGateway ? "internet-gateway"
                           : kind == RouteTargetKind::NatGateway    ? "nat-gateway"
                           : kind == RouteTargetKind::GatewayEndpoint ? "vpc-endpoint"
                                                                      : nullptr;
    if (!kindName)
        return out;
    for (const auto &choice : resourceChoices(design, QString::fromLatin1(kindName))) {
        const Resource *r = design.resource(choice.first.toStdString());
        if (vpcOf(design, r->id) != vpc)
            continue;
        if (kind == RouteTargetKind::GatewayEndpoint && r->stringProperty("endpointType") != "Gateway")
            continue;
        out << choice;
    }
    return out;
}

void RouteTableEditor::rebuildRoutes(const RouteTable &table)
{
    m_routes->setRowCount(int(table.routes.size()));
    for (int row = 0; row < int(table.routes.size()); ++row) {
        const Route route = table.routes[row];
        auto *destination = new QLineEdit(QString::fromStdString(route.destination));
        destination->setFrame(false);
        destination->setObjectName(QStringLiteral("routes.%1.destination").arg(row));
        auto *kind = new QComboBox;
        kind->setObjectName(QStringLiteral("routes.%1.target").arg(row));
        for (const auto &[k, name] : kTargetKinds)
            kind->addItem(name, int(k));
        kind->setCurrentIndex(kind->findData(int(route.target)));
        auto *target = new QComboBox;
        target->setObjectName(QStringLiteral("routes.%1.targetId").arg(row));
        for (const auto &[id, label] : targetsFor(route.target))
            target->addItem(label, id);
        if (!route.targetId.empty() && target->findData(QString::fromStdString(route.targetId)) < 0)
            target->addItem(QString::fromStdString(route.targetId), QString::fromStdString(route.targetId));
        target->setCurrentIndex(target->findData(QString::fromStdString(route.targetId)));
        target->setEnabled(target->count() > 0);
        m_routes->setCellWidget(row, 0, destination);
        m_routes->setCellWidget(row, 1, kind);
        m_routes->setCellWidget(row, 2, target);

        connect(destination, &QLineEdit::textEdited, this, [destination](const QString &text) {
            const QString why = destinationProblem(text.trimmed());
            destination->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("border: 2px solid #d13212"));
            destination->setToolTip(why);
        });
        connect(destination, &QLineEdit::editingFinished, this, [this, row, destination] {
            const RouteTable *t = m_document->design().routeTable(m_table.toStdString());
            if (!t || row >= int(t->routes.size()) || !destinationProblem(destination->text().trimmed()).isEmpty())
                return;
            std::vector<Route> routes = t->routes;
            routes[row].destination = destination->text().trimmed().toStdString();
            commitRoutes(routes);
        });
        connect(kind, &QComboBox::activated, this, [this, row, kind] {
            const RouteTable *t = m_document->design().routeTable(m_table.toStdString());
            if (!t || row >= int(t->routes.size()))
                return;
            std::vector<Route> routes = t->routes;
            routes[row].target = RouteTargetKind(kind->currentData().toInt());
            const auto candidates = targetsFor(routes[row].target);
            routes[row].targetId = candidates.isEmpty() ? std::string() : candidates.first().first.toStdString();
            commitRoutes(routes);
        });
        connect(target, &QComboBox::activated, this, [this, row, target] {
            const RouteTable *t = m_document->design().routeTable(m_table.toStdString());
            if (!t || row >= int(t->routes.size()))
                return;
            std::vector<Route> routes = t->routes;
            routes[row].targetId = target->currentData().toString().toStdString();
            commitRoutes(routes);
        });
    }
    m_routes->setFixedHeight(m_routes->horizontalHeader()->sizeHint().height() + 4
                             + std::max(1, m_routes->rowCount()) * m_routes->verticalHeader()->defaultSectionSize());
}

void RouteTableEditor::commitRoutes(std::vector<Route> routes)
{
    const RouteTable *t = m_document->design().routeTable(m_table.toStdString());
    if (!t)
        return;
    RouteTable after = *t;
    after.routes = std::move(routes);
    m_document->setRouteTable(after, tr("Edit routes of %1").arg(QString::fromStdString(after.name.empty() ? after.id : after.name)));
}

void RouteTableEditor::associate(const QString &tableId)
{
    const Design &design = m_document->design();
    const Id subnet = m_subnet.toStdString();
    EditBuilder b(design, m_document->layout());
    for (const auto &[id, rt] : design.routeTables) {
        RouteTable copy = rt;
        std::erase(copy.subnets, subnet);
        if (QString::fromStdString(id) == tableId)
            copy.subnets.push_back(subnet);
        b.putRouteTable(copy);
    }
    m_document->pushEdit(b.finish(), tr("Associate %1 with %2").arg(m_subnet, tableId));
}

} // namespace Stackyard

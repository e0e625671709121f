#pragma once

#include "model/core/design.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Stackyard {

class DesignDocument;

/// Route table editing for a subnet: which table it is associated with (or its VPC's main table)
/// and that table's routes as a table (destination, target kind, target) with Add / Remove.
/// Targets are offered from the VPC's internet gateways, NAT gateways and gateway endpoints.
/// Each finished edit is one document edit (one undo step). Cell widgets are named
/// "routes.<row>.<destination|target|targetId>"; the association combo "routeTableCombo".
class RouteTableEditor : public QWidget
{
    Q_OBJECT
public:
    RouteTableEditor(DesignDocument *document, QWidget *parent = nullptr);

    /// Shows the route table of `subnetId` (refreshes from the document).
    void setSubnet(const QString &subnetId);

private:
    void refresh();
    void rebuildRoutes(const RouteTable &table);
    void commitRoutes(std::vector<Route> routes);
    void associate(const QString &tableId);
    QList<QPair<QString, QString>> targetsFor(RouteTargetKind kind) const;

    DesignDocument *m_document;
    QString m_subnet;
    QString m_table;
    QComboBox *m_association;
    QLabel *m_tier;
    QTableWidget *m_routes;
};

} // namespace Stackyard

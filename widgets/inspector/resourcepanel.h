#pragma once

#include "inspectorpanel.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Stackyard {

class DesignDocument;
class PropertyEditor;
class RouteTableEditor;
class SecurityGroupsEditor;

/// The inspector page of one resource: header (icon, name, id, kind), the subnets a spanning
/// resource is placed in, one typed editor per catalogue property, its security groups with
/// their rules, and a subnet's route table. Every committed field is one document edit.
class ResourcePanel : public InspectorPanel
{
    Q_OBJECT
public:
    ResourcePanel(DesignDocument *document, const QString &id, QWidget *parent = nullptr);
    bool refresh() override;

private:
    void buildPlacement();
    void refreshPlacement();

    DesignDocument *m_document;
    QString m_id;
    std::string m_kind;
    QLineEdit *m_name;
    QListWidget *m_placement = nullptr;
    QHash<QString, PropertyEditor *> m_editors;
    SecurityGroupsEditor *m_securityGroups = nullptr;
    RouteTableEditor *m_routeTable = nullptr;
};

} // namespace Stackyard

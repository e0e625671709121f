#pragma once

#include <QWidget>

class QListWidget;
class QVBoxLayout;

namespace Stackyard {

class DesignDocument;
class SgRulesTable;

/// The security groups of one resource: a checkable list of the groups of its VPC (attach or
/// detach, one undo step each), "New group" (creates and attaches in one step), and for every
/// attached group its ingress and egress rule tables. Rule tables are named
/// "sg.<group id>.ingress" and "sg.<group id>.egress".
class SecurityGroupsEditor : public QWidget
{
    Q_OBJECT
public:
    SecurityGroupsEditor(DesignDocument *document, QWidget *parent = nullptr);

    /// Shows the groups of `resourceId` (refreshes from the document).
    void setResource(const QString &resourceId);

private:
    void refresh();
    void setAttached(const QString &groupId, bool attached);
    void addGroup();

    DesignDocument *m_document;
    QString m_resource;
    QListWidget *m_membership;
    QVBoxLayout *m_tablesLayout;
    QList<QWidget *> m_groupBoxes;
    QStringList m_shownGroups;
};

} // namespace Stackyard

#pragma once

#include "model/core/design.h"

#include <QWidget>

class QTableWidget;

namespace Stackyard {

/// The rules of one direction (ingress or egress) of one security group as an editable table:
/// protocol (combo), port range ("443", "8000-8080", "all"), peer kind (CIDR, security group,
/// prefix list), peer and description, with Add / Remove. A finished cell edit emits the whole
/// new rule list once (one undo step); a malformed port range or CIDR is refused in place with a
/// red border. Cell widgets are named "<objectName>.<row>.<column>" (protocol, ports, peerKind,
/// peer, description) so tests can drive them.
class SgRulesTable : public QWidget
{
    Q_OBJECT
public:
    explicit SgRulesTable(const QString &title, QWidget *parent = nullptr);

    /// Shows `rules`; `groups` are the security group ids offered as peers.
    void setRules(const std::vector<SgRule> &rules, const QStringList &groups);
    QTableWidget *table() const { return m_table; }

signals:
    void rulesEdited(const std::vector<Stackyard::SgRule> &rules);

private:
    void rebuild();
    void showRow(int row);
    void commit(int row, const SgRule &rule);
    /// The problem with a peer for its kind, or empty.
    static QString peerProblem(PeerKind kind, const QString &peer);

    QTableWidget *m_table;
    std::vector<SgRule> m_rules;
    QStringList m_groups;
};

} // namespace Stackyard

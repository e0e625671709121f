#pragma once

#include "model/core/design.h"
#include "model/core/rules/finding.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace Stackyard::Canvas {

/// What the canvas marks for one drawn resource or flow: counts by severity and the findings'
/// words for the tooltip.
struct FindingMark
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    QStringList lines;

    int count() const { return errors + warnings + infos; }
    Severity worst() const { return errors ? Severity::Error : warnings ? Severity::Warning : Severity::Info; }
};

/// A drawn flow that reachability blocks, and where: at its source end (the sender's security
/// group egress, its subnet's routes), its target end (the receiver's ingress), or at a drawn
/// node elsewhere (a NAT gateway). `explanation` is the failing hop in words, with the fix.
struct BlockedFlow
{
    enum class At { Source, Target, Node, Middle };
    QString flow;
    QString component; ///< the design id the analysis names as blocking
    At at = At::Middle;
    QString node;      ///< for At::Node: the drawn node to mark
    QString explanation;
};

/// Findings mapped onto what the canvas draws. Pure: reads the design and the findings only.
/// Whether an object has an item on the canvas (DesignScene::isDrawn): asked, rather than a set
/// of every drawn id made for each refresh (20k strings at 10k resources).
using IsDrawn = std::function<bool(const QString &id)>;

struct FindingMarks
{
    QHash<QString, FindingMark> byId;
    QHash<QString, BlockedFlow> blocked;
};

/// Each finding goes to its main subject when drawn, and to every flow among its subjects; a
/// finding about something not drawn (a security group, a route table) goes to the drawn
/// resources that carry that group or sit in subnets using that table. A flow-blocked finding
/// marks its flow as blocked, at the component named in the reachability summary
/// ("… blocked at app-sg: …", Reachability::summary()). `isDrawn` says which ids have an item.
/// Every drawn subject of a finding; when none is drawn, the drawn carriers of its main subject
/// (resources with that security group, subnets using that route table). For framing a finding.
QStringList drawnSubjects(const Design &design, const Finding &finding, const IsDrawn &isDrawn);

FindingMarks findingMarks(const Design &design, const std::vector<Finding> &findings, const IsDrawn &isDrawn);

} // namespace Stackyard::Canvas

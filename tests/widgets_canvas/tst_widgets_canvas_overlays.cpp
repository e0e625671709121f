// The canvas overlays: finding badges and blocked flows from LiveAnalysis (appear on a break,
// disappear after the fix), where the blocking hop is marked, and each overlay's toggle.

#include "canvasfixture.h"

#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "widgets/canvas/containeritem.h"
#include "widgets/canvas/decorations.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/canvas/findingmarks.h"
#include "widgets/canvas/flowitem.h"
#include "widgets/canvas/nodeitem.h"
#include "widgets/docks/overviewdock.h"
#include "widgets/review/diagramexport.h"

#include <QApplication>

#include <QSignalSpy>
#include <QUndoStack>

using namespace Stackyard;
using namespace Stackyard::Canvas;
using Overlay = DesignScene::Overlay;

namespace {

template<typename T>
QList<T *> childrenOf(QGraphicsItem *item)
{
    QList<T *> out;
    if (item)
        for (QGraphicsItem *child : item->childItems())
            if (auto *t = qgraphicsitem_cast<T *>(child))
                out << t;
    return out;
}

} // namespace

class TestCanvasOverlays : public QObject
{
    Q_OBJECT

    Testing::ReferenceCanvas m_canvas;
    DesignDocument *m_doc = nullptr;
    LiveAnalysis *m_analysis = nullptr;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;

    FlowItem *flow(const QString &id) const { return qgraphicsitem_cast<FlowItem *>(m_scene->itemOf(id)); }

    /// A warning about one object, as a rule would make it (for the pure mapping tests).
    static Finding warningAbout(const std::string &subject, const std::string &message)
    {
        Finding f;
        f.rule = "sg-least-privilege";
        f.severity = Severity::Warning;
        f.subjects = {subject};
        f.message = message;
        return f;
    }

    int badgeCount() const
    {
        int n = 0;
        for (QGraphicsItem *item : m_scene->items())
            n += item->type() == BadgeType ? 1 : 0;
        return n;
    }

    /// Clears one side's rules of a security group, as the inspector would (one undo step).
    void clearRules(const char *group, bool ingress)
    {
        SecurityGroup sg = *m_doc->design().securityGroup(group);
        (ingress ? sg.ingress : sg.egress).clear();
        m_doc->setSecurityGroup(sg);
        m_analysis->refresh();
    }

private slots:
    void init()
    {
        if (!m_canvas.open(true, QSize(1400, 900)))
            QSKIP("the reference sample is not available");
        m_doc = m_canvas.doc.get();
        m_analysis = m_canvas.analysis.get();
        m_scene = m_canvas.scene.get();
        m_view = m_canvas.view.get();
    }

    void cleanup()
    {
        m_canvas.close();
    }

    void referenceHasNoBadges()
    {
        QVERIFY(m_analysis->findings().empty());
        QCOMPARE(badgeCount(), 0);
        QVERIFY(m_scene->blockedFlowIds().isEmpty());
    }

    void badgesAppearAndDisappearAfterTheFix()
    {
        clearRules("app-sg", true); // nothing admits the ALB's traffic to the tasks any more
        QVERIFY(!m_analysis->findings().empty());
        QVERIFY(badgeCount() > 0);
        // The tasks carry an error badge whose tooltip lists the finding.
        const QList<BadgeItem *> onApp = childrenOf<BadgeItem>(m_scene->itemOf("app"));
        const QList<BadgeItem *> onFlow = childrenOf<BadgeItem>(m_scene->itemOf("alb-app"));
        QVERIFY(!onApp.isEmpty() || !onFlow.isEmpty());
        BadgeItem *badge = !onFlow.isEmpty() ? onFlow.first() : onApp.first();
        QCOMPARE(badge->severity(), Severity::Error);
        QVERIFY(badge->count() >= 1);
        QVERIFY(badge->toolTip().contains("app-sg"));

        // Undo is the fix: every badge and the red go away.
        m_doc->undoStack()->undo();
        m_analysis->refresh();
        QVERIFY(m_analysis->findings().empty());
        QCOMPARE(badgeCount(), 0);
        QVERIFY(!flow("alb-app")->isBlocked());
        QVERIFY(childrenOf<BlockMarkItem>(flow("alb-app")).isEmpty());
    }

    void refreshKeepsUnchangedBadgesAndUpdatesChangedOnes()
    {
        clearRules("app-sg", true); // the ALB's traffic to the tasks is blocked
        clearRules("db-sg", true);  // and the tasks' traffic to the database
        const QSet<QString> drawn = m_scene->drawnIds();
        const IsDrawn isDrawn = [&drawn](const QString &id) { return drawn.contains(id); };
        const FindingMarks before = findingMarks(m_doc->design(), m_analysis->findings(), isDrawn);
        QHash<QString, BadgeItem *> badges;
        QHash<QString, BlockMarkItem *> blockMarks;
        for (const QString &id : drawn) {
            if (const QList<BadgeItem *> b = childrenOf<BadgeItem>(m_scene->itemOf(id)); !b.isEmpty())
                badges.insert(id, b.first());
            if (const QList<BlockMarkItem *> m = childrenOf<BlockMarkItem>(m_scene->itemOf(id)); !m.isEmpty())
                blockMarks.insert(id, m.first());
        }
        QVERIFY(blockMarks.contains("alb-app"));
        QVERIFY(blockMarks.contains("app-aurora"));

        m_doc->undoStack()->undo(); // the database admits the tasks again: a small edit
        m_analysis->refresh();
        const FindingMarks after = findingMarks(m_doc->design(), m_analysis->findings(), isDrawn);
        const auto same = [](const FindingMark &a, const FindingMark &b) {
            return a.errors == b.errors && a.warnings == b.warnings && a.infos == b.infos && a.lines == b.lines;
        };
        int kept = 0, changed = 0;
        for (auto it = badges.cbegin(); it != badges.cend(); ++it) {
            const QList<BadgeItem *> now = childrenOf<BadgeItem>(m_scene->itemOf(it.key()));
            if (!after.byId.contains(it.key())) {
                QVERIFY2(now.isEmpty(), qPrintable(it.key()));
                ++changed;
                continue;
            }
            const FindingMark &m = after.byId.value(it.key());
            QCOMPARE(now.size(), 1);
            QCOMPARE(now.first()->count(), m.count());
            QCOMPARE(now.first()->severity(), m.worst());
            QVERIFY(now.first()->toolTip().endsWith(m.lines.join('\n')));
            if (same(before.byId.value(it.key()), m)) {
                QVERIFY2(now.first() == it.value(), qPrintable(it.key())); // the very same item
                ++kept;
            } else {
                ++changed;
            }
        }
        QVERIFY(kept > 0);
        QVERIFY(changed > 0);
        // The still blocked flow keeps its mark; the repaired one loses mark and red.
        QCOMPARE(childrenOf<BlockMarkItem>(m_scene->itemOf("alb-app")), QList<BlockMarkItem *>{blockMarks.value("alb-app")});
        QVERIFY(flow("alb-app")->isBlocked());
        QVERIFY(childrenOf<BlockMarkItem>(m_scene->itemOf("app-aurora")).isEmpty());
        QVERIFY(!flow("app-aurora")->isBlocked());
    }

    void flowMarksFollowARerouteBeforeTheNextAnalysis()
    {
        clearRules("app-sg", true);
        FlowItem *f = flow("alb-app");
        const QList<BlockMarkItem *> marks = childrenOf<BlockMarkItem>(f);
        QCOMPARE(marks.size(), 1);
        const QPointF before = marks.first()->scenePos();
        // Move the tasks' icon; the flow is routed again at once, the analysis runs later.
        std::map<Id, Rect> boxes{{"app", m_doc->layout().nodes.at("app")}};
        boxes["app"].y += 240;
        m_doc->setNodeBoxes(boxes);
        QCOMPARE(childrenOf<BlockMarkItem>(f), marks); // not made again
        QVERIFY(marks.first()->scenePos() != before);
        // At the target end of the new route, as a fresh refresh would put it.
        QPolygonF route = f->route();
        QVERIFY(QLineF(marks.first()->pos(), route.last()).length() < QLineF(marks.first()->pos(), route.first()).length());
    }

    /// Badges and ⊘ keep their size on screen in the canvas, but in the Overview thumbnail they
    /// shrink with it: at full size they would cover the small picture of the design.
    void thumbnailShrinksTheMarks()
    {
        clearRules("app-sg", true);
        QVERIFY(badgeCount() > 0);
        OverviewView thumbnail(m_view);
        QGraphicsView plain(m_scene); // the same picture without the thumbnail property
        for (QGraphicsView *v : {static_cast<QGraphicsView *>(&thumbnail), &plain}) {
            v->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            v->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            v->resize(240, 160);
            v->show();
        }
        QApplication::processEvents();
        const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
        thumbnail.setSceneRect(bounds);
        thumbnail.fitInView(bounds, Qt::KeepAspectRatio);
        plain.setSceneRect(bounds);
        plain.setTransform(thumbnail.transform());
        QVERIFY(thumbnail.transform().m11() < 0.3);
        const auto errorPixels = [](QGraphicsView &v) {
            const QImage image = v.viewport()->grab().toImage();
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += c.red() > 180 && c.green() < 90 && c.blue() < 70;
                }
            return n;
        };
        const int small = errorPixels(thumbnail);
        const int full = errorPixels(plain);
        QVERIFY2(small > 0, "the marks still show in the thumbnail");
        QVERIFY2(small * 2 < full, qPrintable(QString("thumbnail %1, canvas-size marks %2").arg(small).arg(full)));
    }

    void nodeBadgeKeepsClearOfIconAndLabel()
    {
        clearRules("app-sg", true);
        auto *node = qgraphicsitem_cast<NodeItem *>(m_scene->itemOf("alb")); // the sender is the main subject
        QVERIFY(node);
        const QList<BadgeItem *> badges = childrenOf<BadgeItem>(node);
        QCOMPARE(badges.size(), 1);
        // Drawn at screen size: legible at any zoom, and beside the icon's corner, never over
        // the icon or the label (compared on screen, where it is drawn).
        for (double zoom : {0.3, 1.0, 2.0}) {
            m_view->setZoom(zoom);
            const QTransform vt = m_view->viewportTransform();
            BadgeItem *badge = badges.first();
            const QRectF pill = badge->deviceTransform(vt).mapRect(badge->boundingRect()).adjusted(2, 2, -2, -2);
            const QRectF icon = vt.mapRect(node->sceneIconRect());
            const QRectF label = vt.mapRect(node->mapRectToScene(node->labelRect()));
            QVERIFY2(!pill.intersects(icon), qPrintable(QStringLiteral("zoom %1").arg(zoom)));
            QVERIFY(!pill.intersects(label));
            QVERIFY(pill.height() >= 16);
        }
    }

    void blockedFlowIsRedWithTheHopMarkedAtTheTarget()
    {
        clearRules("app-sg", true); // ingress of the receiver: the far end of alb -> app
        FlowItem *f = flow("alb-app");
        QVERIFY(f->isBlocked());
        QCOMPARE(m_scene->blockedFlowIds(), QStringList{"alb-app"});
        const QList<BlockMarkItem *> marks = childrenOf<BlockMarkItem>(f);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.first()->toolTip().contains("app-sg"));
        const double toTarget = QLineF(marks.first()->pos(), f->route().last()).length();
        const double toSource = QLineF(marks.first()->pos(), f->route().first()).length();
        QVERIFY2(toTarget < toSource, qPrintable(QStringLiteral("%1 vs %2").arg(toTarget).arg(toSource)));
        QVERIFY(!flow("users-alb")->isBlocked());
    }

    void blockedAtTheSourceWhenTheSenderCannotSend()
    {
        clearRules("alb-sg", false); // egress of the sender: the near end of alb -> app
        FlowItem *f = flow("alb-app");
        QVERIFY(f->isBlocked());
        const QList<BlockMarkItem *> marks = childrenOf<BlockMarkItem>(f);
        QCOMPARE(marks.size(), 1);
        QVERIFY(marks.first()->toolTip().contains("alb-sg"));
        QVERIFY(QLineF(marks.first()->pos(), f->route().first()).length() < QLineF(marks.first()->pos(), f->route().last()).length());
    }

    void blockedAtADrawnNodeMarksThatNode()
    {
        // A private NAT gateway cannot reach the internet: the drawn flow to ECR stops there.
        m_doc->setProperty("nat-a", "connectivityType", "private");
        m_doc->setProperty("nat-b", "connectivityType", "private");
        m_analysis->refresh();
        QVERIFY(flow("app-ecr")->isBlocked());
        const QList<BlockMarkItem *> onNat = childrenOf<BlockMarkItem>(m_scene->itemOf("nat-a"));
        QCOMPARE(onNat.size(), 1);
        QVERIFY(onNat.first()->toolTip().contains("private NAT gateway"));
        QVERIFY(childrenOf<BlockMarkItem>(flow("app-ecr")).isEmpty());
    }

    void findingsOverlayOffHidesBadgesAndRed()
    {
        clearRules("app-sg", true);
        QSignalSpy spy(m_scene, &DesignScene::overlayChanged);
        m_scene->setOverlay(Overlay::Findings, false);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!m_scene->isOverlayOn(Overlay::Findings));
        QCOMPARE(badgeCount(), 0);
        QVERIFY(!flow("alb-app")->isBlocked());
        m_scene->setOverlay(Overlay::Findings, true);
        QVERIFY(badgeCount() > 0);
        QVERIFY(flow("alb-app")->isBlocked());
    }

    void tiersAndPortsToggle()
    {
        auto *subnet = qgraphicsitem_cast<ContainerItem *>(m_scene->itemOf("app-a"));
        QVERIFY(subnet && subnet->hasTierColours());
        QVERIFY(flow("alb-app")->isPortLabelVisible());
        m_scene->setOverlay(Overlay::Tiers, false);
        m_scene->setOverlay(Overlay::FlowPorts, false);
        QVERIFY(!subnet->hasTierColours());
        QVERIFY(!flow("alb-app")->isPortLabelVisible());
        // Items made later follow the overlay too.
        m_doc->undoStack()->clear();
        Flow extra = *m_doc->design().flow("alb-app");
        extra.id = "";
        extra.to = "aurora";
        const QString id = m_doc->addFlow(extra);
        QVERIFY(!flow(id)->isPortLabelVisible());
        m_scene->setOverlay(Overlay::Tiers, true);
        QVERIFY(subnet->hasTierColours());
    }

    void securityGroupChipsNameTheGroups()
    {
        QVERIFY(childrenOf<ChipsItem>(m_scene->itemOf("app")).isEmpty());
        m_scene->setOverlay(Overlay::SecurityGroups, true);
        const QList<ChipsItem *> chips = childrenOf<ChipsItem>(m_scene->itemOf("app"));
        QCOMPARE(chips.size(), 1);
        QCOMPARE(chips.first()->names(), QStringList{"app"}); // the group's name
        QVERIFY(childrenOf<ChipsItem>(m_scene->itemOf("nat-a")).isEmpty()); // no group there
        m_scene->setOverlay(Overlay::SecurityGroups, false);
        QVERIFY(childrenOf<ChipsItem>(m_scene->itemOf("app")).isEmpty());
    }

    void costHeatMapTintsByShare()
    {
        m_scene->setOverlay(Overlay::Cost, true);
        const std::map<Id, double> costs = m_analysis->estimate().byResource();
        QVERIFY(!costs.empty());
        Id top;
        double highest = 0;
        for (const auto &[id, usd] : costs)
            if (m_scene->itemOf(QString::fromStdString(id)) && usd > highest) {
                highest = usd;
                top = id;
            }
        const QList<CostTintItem *> tints = childrenOf<CostTintItem>(m_scene->itemOf(QString::fromStdString(top)));
        QCOMPARE(tints.size(), 1);
        QCOMPARE(tints.first()->heat(), 1.0);
        QVERIFY(tints.first()->label().startsWith('$'));
        QVERIFY(tints.first()->label().endsWith("/mo"));
        // A cheaper node is cooler.
        for (const auto &[id, usd] : costs)
            if (usd > 0 && usd < highest / 2)
                if (QGraphicsItem *item = m_scene->itemOf(QString::fromStdString(id))) {
                    const QList<CostTintItem *> t = childrenOf<CostTintItem>(item);
                    QCOMPARE(t.size(), 1);
                    QVERIFY(t.first()->heat() < 0.5);
                }
        m_scene->setOverlay(Overlay::Cost, false);
        QVERIFY(childrenOf<CostTintItem>(m_scene->itemOf(QString::fromStdString(top))).isEmpty());
    }

    void diagramExportLeavesReviewMarksOut()
    {
        clearRules("app-sg", true); // findings, so badges and a red flow exist
        QVERIFY(badgeCount() > 0);
        m_scene->setOverlay(Overlay::Cost, true);
        m_scene->setOverlay(Overlay::SecurityGroups, true);
        const QImage marked = DiagramExport(m_scene).toImage(1.0, false);
        // The live canvas got its marks back.
        QVERIFY(m_scene->isOverlayOn(Overlay::Findings));
        QVERIFY(m_scene->isOverlayOn(Overlay::Cost));
        QVERIFY(m_scene->isOverlayOn(Overlay::SecurityGroups));
        QVERIFY(badgeCount() > 0);

        m_scene->setOverlay(Overlay::Findings, false);
        m_scene->setOverlay(Overlay::Cost, false);
        m_scene->setOverlay(Overlay::SecurityGroups, false);
        const QImage clean = DiagramExport(m_scene).toImage(1.0, false);
        QVERIFY(!clean.isNull());
        QCOMPARE(marked.size(), clean.size());
        QVERIFY2(marked == clean, "badges, cost tints or SG chips reached the exported diagram");
    }

    void spotlightDimsTheRest()
    {
        m_scene->setSpotlight({"alb", "app"});
        QCOMPARE(m_scene->itemOf("alb")->opacity(), 1.0);
        QVERIFY(m_scene->itemOf("aurora")->opacity() < 0.5);
        QVERIFY(m_scene->itemOf("users-alb")->opacity() < 0.5);
        m_scene->setSpotlight({});
        QCOMPARE(m_scene->itemOf("aurora")->opacity(), 1.0);
    }

    void marksMapRouteTableFindingsToSubnets()
    {
        // A finding about a route table lands on the drawn subnets that use it: those associated
        // with it, or, as their VPC's main table, those associated with none.
        const Finding f = warningAbout("rt-app-a", "rt-app-a routes nowhere");
        const IsDrawn isDrawn = m_scene->drawnTest();
        QCOMPARE(drawnSubjects(m_doc->design(), f, isDrawn), QStringList{"app-a"});
        QCOMPARE(findingMarks(m_doc->design(), {f}, isDrawn).byId.value("app-a").warnings, 1);

        Design d = m_doc->design();
        RouteTable &table = d.routeTables.at("rt-app-a");
        table.subnets.clear();
        table.isMain = true;
        QStringList unassociated;
        for (const auto &[id, r] : d.resources) {
            bool associated = false;
            for (const auto &[tid, t] : d.routeTables)
                associated = associated || std::find(t.subnets.begin(), t.subnets.end(), id) != t.subnets.end();
            if (r.kind == "subnet" && r.parent == table.vpc && !associated)
                unassociated << QString::fromStdString(id);
        }
        QVERIFY(unassociated.contains("app-a"));
        QCOMPARE(drawnSubjects(d, f, isDrawn), unassociated);
        const FindingMarks marks = findingMarks(d, {f}, isDrawn);
        for (const QString &id : unassociated)
            QCOMPARE(marks.byId.value(id).warnings, 1);
        QVERIFY(!marks.byId.contains("public-a")); // has a table of its own
    }

    void marksMapSecurityGroupFindingsToCarriers()
    {
        // Pure mapping: a finding about a security group lands on the resources carrying it.
        const Finding f = warningAbout("app-sg", "app-sg is too open");
        const IsDrawn isDrawn = m_scene->drawnTest();
        const FindingMarks marks = findingMarks(m_doc->design(), {f}, isDrawn);
        QVERIFY(marks.byId.contains("app"));
        QCOMPARE(marks.byId.value("app").warnings, 1);
        QVERIFY(!marks.byId.contains("alb"));
        QCOMPARE(drawnSubjects(m_doc->design(), f, isDrawn), QStringList{"app"});
    }
};

QTEST_MAIN(TestCanvasOverlays)
#include "tst_widgets_canvas_overlays.moc"

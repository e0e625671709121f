// Flow routes on the canvas with the mouse: Arrange stores routed bends and the canvas draws
// them; dragging a segment moves it (one undo step); "Reset Route" in the flow's context menu
// clears the bends (undoable); moving an end keeps the route attached and orthogonal.
#include "canvasfixture.h"

#include "model/core/layout/flowrouter.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/canvas/flowitem.h"
#include "widgets/canvas/nodeitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>

using namespace Stackyard;

class TestCanvasRoutes : public QObject
{
    Q_OBJECT

    Testing::ReferenceCanvas m_canvas;
    DesignDocument *m_doc = nullptr;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;

    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    int undoCount() const { return m_doc->undoStack()->count(); }
    Canvas::FlowItem *flow(const QString &id) const { return qgraphicsitem_cast<Canvas::FlowItem *>(m_scene->itemOf(id)); }
    const std::vector<Point> *stored(const char *id) const
    {
        auto it = m_doc->layout().waypoints.find(id);
        return it == m_doc->layout().waypoints.end() ? nullptr : &it->second;
    }

    static bool orthogonal(const QPolygonF &p)
    {
        for (int i = 1; i < p.size(); ++i)
            if (std::abs(p[i - 1].x() - p[i].x()) > 0.01 && std::abs(p[i - 1].y() - p[i].y()) > 0.01)
                return false;
        return p.size() >= 2;
    }

    static bool touches(const QPointF &p, const QRectF &box)
    {
        return box.adjusted(-0.5, -0.5, 0.5, 0.5 + kIconLabelRoom).contains(p)
               && (std::abs(p.x() - box.left()) < 0.5 || std::abs(p.x() - box.right()) < 0.5 || std::abs(p.y() - box.top()) < 0.5
                   || std::abs(p.y() - box.bottom()) < 0.5 || std::abs(p.y() - box.bottom() - kIconLabelRoom) < 0.5);
    }

    /// The route a flow shows on the canvas goes from its source's side to its target's side.
    void checkAttached(const QString &id)
    {
        Canvas::FlowItem *f = flow(id);
        QVERIFY(f);
        const QPolygonF route = f->route();
        QVERIFY2(orthogonal(route), qPrintable(id));
        QVERIFY2(touches(route.first(), m_scene->boxOf(f->look().from)), qPrintable(id));
        QVERIFY2(touches(route.last(), m_scene->boxOf(f->look().to)), qPrintable(id));
    }

    void drag(const QPointF &from, const QPointF &to)
    {
        QWidget *vp = m_view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, viewPoint(from));
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp, viewPoint(from + (to - from) * (i / 6.0)));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, viewPoint(to));
    }

    /// A point in the middle of the flow's longest segment where the flow is the top item.
    bool grip(const QString &id, QPointF &at, bool &horizontal)
    {
        const QPolygonF route = flow(id)->route();
        double best = -1;
        for (int i = 1; i < route.size(); ++i) {
            const QLineF seg(route[i - 1], route[i]);
            for (double t : {0.5, 0.35, 0.65, 0.2, 0.8}) {
                const QPointF p = seg.pointAt(t);
                QGraphicsItem *top = nullptr;
                for (QGraphicsItem *item : m_scene->items(p, Qt::IntersectsItemShape, Qt::DescendingOrder))
                    if (item->type() == Canvas::NodeType || item->type() == Canvas::ContainerType || item->type() == Canvas::FlowType) {
                        top = item;
                        break;
                    }
                if (top == flow(id) && seg.length() > best) {
                    best = seg.length();
                    at = p;
                    horizontal = std::abs(seg.dy()) < 0.5;
                    break;
                }
            }
        }
        return best > 0;
    }

private slots:
    void init()
    {
        if (!m_canvas.open(false, QSize(1600, 1000)))
            QSKIP("the reference sample is not available");
        m_doc = m_canvas.doc.get();
        m_scene = m_canvas.scene.get();
        m_view = m_canvas.view.get();
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_view->setZoom(0.7);
        m_view->centerOn(QPointF(1000, 480));
    }

    void cleanup()
    {
        m_canvas.close();
        m_view = nullptr;
        m_scene = nullptr;
        m_doc = nullptr;
    }

    void arrangeStoresRoutesTheCanvasDraws()
    {
        QVERIFY(m_doc->layout().waypoints.empty());
        m_scene->arrangeVpc("vpc");
        for (const auto &[id, f] : m_doc->design().flows) {
            const QString key = QString::fromStdString(id);
            const std::vector<Point> *w = stored(id.c_str());
            QVERIFY2(w && !w->empty(), id.c_str());
            // The canvas draws exactly the routed path, and it crosses no other icon.
            const std::vector<Point> path = pathThrough(flowEndOf(m_doc->design(), m_doc->layout(), f.from),
                                                        flowEndOf(m_doc->design(), m_doc->layout(), f.to), *w);
            const QPolygonF drawn = flow(key)->route();
            QCOMPARE(drawn.size(), qsizetype(path.size()));
            for (std::size_t i = 0; i < path.size(); ++i)
                QCOMPARE(drawn[qsizetype(i)], QPointF(path[i].x, path[i].y));
            checkAttached(key);
            for (int i = 1; i < drawn.size(); ++i) {
                const QRectF seg = QRectF(drawn[i - 1], drawn[i]).normalized().adjusted(-0.1, -0.1, 0.1, 0.1);
                for (QGraphicsItem *item : m_scene->items(seg))
                    if (auto *n = qgraphicsitem_cast<Canvas::NodeItem *>(item); n && n->id() != flow(key)->look().from
                                                                               && n->id() != flow(key)->look().to)
                        QVERIFY2(!seg.intersects(n->sceneIconRect().adjusted(1, 1, -1, -1)),
                                 qPrintable(key + " crosses " + n->id()));
            }
        }
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->layout().waypoints.empty());
    }

    void dragASegmentIsOneUndoStep()
    {
        m_scene->arrangeVpc("vpc");
        const QString id = "app-aurora";
        const std::vector<Point> before = *stored("app-aurora");
        QPointF at;
        bool horizontal = false;
        QVERIFY(grip(id, at, horizontal));
        const int steps = undoCount();
        const QPointF by = horizontal ? QPointF(0, 60) : QPointF(60, 0);
        drag(at, at + by);
        QCOMPARE(undoCount(), steps + 1);
        QVERIFY(stored("app-aurora"));
        QVERIFY(*stored("app-aurora") != before);
        checkAttached(id);
        // The dragged segment now runs 60 units further, snapped to the grid.
        const double wanted = Canvas::snapToGrid(horizontal ? at.y() + 60 : at.x() + 60);
        const QPolygonF route = flow(id)->route();
        bool found = false;
        for (int i = 1; i < route.size(); ++i) {
            const bool h = std::abs(route[i - 1].y() - route[i].y()) < 0.5;
            if (h == horizontal && std::abs((h ? route[i].y() : route[i].x()) - wanted) < 0.5)
                found = true;
        }
        QVERIFY2(found, "no segment at the dragged position");
        m_doc->undoStack()->undo();
        QVERIFY(*stored("app-aurora") == before);
        m_doc->undoStack()->redo();
        QVERIFY(*stored("app-aurora") != before);
    }

    void dragAnAutomaticRouteStoresIt()
    {
        // Without stored bends the canvas routes by itself; a drag stores the edited route.
        QVERIFY(!stored("users-alb"));
        QPointF at;
        bool horizontal = false;
        QVERIFY(grip("users-alb", at, horizontal));
        const int steps = undoCount();
        drag(at, at + (horizontal ? QPointF(0, -40) : QPointF(-40, 0)));
        QCOMPARE(undoCount(), steps + 1);
        QVERIFY(stored("users-alb") && !stored("users-alb")->empty());
        checkAttached("users-alb");
        // A click without moving only selects.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPoint(flow("users-alb")->route().first() + QPointF(4, 0)));
        QCOMPARE(undoCount(), steps + 1);
    }

    void resetRouteFromTheContextMenu()
    {
        m_scene->arrangeVpc("vpc");
        QVERIFY(stored("alb-app"));
        QPointF at;
        bool horizontal = false;
        QVERIFY(grip("alb-app", at, horizontal));
        const int steps = undoCount();
        bool triggered = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                if (a->text() == QLatin1String("Reset Route")) {
                    triggered = true;
                    a->trigger();
                }
            menu->close();
        });
        const QPoint p = viewPoint(at);
        QContextMenuEvent event(QContextMenuEvent::Mouse, p, m_view->viewport()->mapToGlobal(p));
        QApplication::sendEvent(m_view->viewport(), &event);
        QVERIFY(triggered);
        QCOMPARE(undoCount(), steps + 1);
        QVERIFY(!stored("alb-app"));
        checkAttached("alb-app"); // routed automatically again
        m_doc->undoStack()->undo();
        QVERIFY(stored("alb-app"));
    }

    void movingAnEndKeepsTheRoute()
    {
        m_scene->arrangeVpc("vpc");
        const Rect aurora = m_doc->layout().nodes.at("aurora");
        m_scene->selectIds({"aurora"});
        const QPointF c(aurora.x + aurora.width / 2, aurora.y + aurora.height / 2);
        const int steps = undoCount();
        drag(c, c + QPointF(40, 0));
        QCOMPARE(undoCount(), steps + 1);
        QVERIFY(m_doc->layout().nodes.at("aurora").x >= aurora.x + 20); // snapped to the grid
        QVERIFY(stored("app-aurora") && !stored("app-aurora")->empty());
        checkAttached("app-aurora");
        // Far away, to the VPC's left edge: the route is made again, still attached and orthogonal.
        const Rect moved = m_doc->layout().nodes.at("aurora");
        const QPointF c2(moved.x + moved.width / 2, moved.y + moved.height / 2);
        m_scene->selectIds({"aurora"});
        const double left = m_doc->layout().nodes.at("vpc").x + 60; // still in the VPC, under the subnets
        drag(c2, c2 + QPointF(left - moved.x, 0));
        QCOMPARE(undoCount(), steps + 2);
        QVERIFY(stored("app-aurora") && !stored("app-aurora")->empty());
        checkAttached("app-aurora");
        m_doc->undoStack()->undo();
        checkAttached("app-aurora");
    }
};

QTEST_MAIN(TestCanvasRoutes)
#include "tst_widgets_canvas_routes.moc"

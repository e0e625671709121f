#include "canvasfixture.h"

#include "model/core/catalog.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/containeritem.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/canvas/flowitem.h"
#include "widgets/canvas/nodeitem.h"

#include <QApplication>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Stackyard;

class TestCanvas : public QObject
{
    Q_OBJECT

    Testing::ReferenceCanvas m_canvas;
    DesignDocument *m_doc = nullptr;
    DesignScene *m_scene = nullptr;
    DesignView *m_view = nullptr;

    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    QPointF centerOf(const QString &id) const { return m_scene->boxOf(id).center(); }
    int undoCount() const { return m_doc->undoStack()->count(); }

    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {})
    {
        QWidget *vp = m_view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, modifiers, viewPoint(from));
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp, viewPoint(from + (to - from) * (i / 6.0)));
        QTest::mouseRelease(vp, Qt::LeftButton, modifiers, viewPoint(to));
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

    void sceneMirrorsTheDesign()
    {
        const Design &d = m_doc->design();
        for (const auto &[id, r] : d.resources)
            QVERIFY2(m_scene->itemOf(QString::fromStdString(id)), id.c_str());
        for (const auto &[id, f] : d.flows)
            QVERIFY2(qgraphicsitem_cast<Canvas::FlowItem *>(m_scene->itemOf(QString::fromStdString(id))), id.c_str());
        auto *pub = qgraphicsitem_cast<Canvas::ContainerItem *>(m_scene->itemOf("public-a"));
        auto *app = qgraphicsitem_cast<Canvas::ContainerItem *>(m_scene->itemOf("app-a"));
        auto *db = qgraphicsitem_cast<Canvas::ContainerItem *>(m_scene->itemOf("db-a"));
        QVERIFY(pub && app && db);
        QCOMPARE(pub->look().tier, QString("public"));
        QCOMPARE(app->look().tier, QString("private"));
        QCOMPARE(db->look().tier, QString("isolated"));
        QVERIFY(pub->look().subtitle.contains("10.0.0.0/24"));
        auto *alb = qgraphicsitem_cast<Canvas::NodeItem *>(m_scene->itemOf("alb"));
        QVERIFY(alb);
        QVERIFY(!alb->look().band.isEmpty()); // drawn across its two subnets
        QCOMPARE(alb->look().badges.size(), 2);
        auto *flow = qgraphicsitem_cast<Canvas::FlowItem *>(m_scene->itemOf("users-alb"));
        QCOMPARE(flow->look().portLabel, QString("tcp/443"));
        for (int i = 1; i < flow->route().size(); ++i) { // orthogonal
            const QPointF a = flow->route()[i - 1], b = flow->route()[i];
            QVERIFY(qFuzzyCompare(a.x(), b.x()) || qFuzzyCompare(a.y(), b.y()));
        }
    }

    void dropAKindIntoASubnet()
    {
        const int before = undoCount();
        // Through the real drag-and-drop path of the view.
        QMimeData mime;
        mime.setData(DesignScene::kMimeType, "bastion");
        const QPoint at = viewPoint(m_scene->boxOf("public-b").topLeft() + QPointF(120, 150));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &drop);
        QCOMPARE(undoCount(), before + 1);
        const Resource *added = m_doc->design().resource("bastion");
        QVERIFY(added);
        QCOMPARE(added->parent, Id("public-b"));
        QVERIFY(added->properties == Catalog::builtin().defaultProperties("bastion"));
        QVERIFY(m_scene->itemOf("bastion"));
        QCOMPARE(m_scene->selectedIds(), QStringList{"bastion"});

        // A spanning kind dropped on a subnet belongs to the VPC and spans that tier's subnets.
        const QString endpoint = m_scene->dropKind("vpc-endpoint", m_scene->boxOf("app-a").center() + QPointF(0, 60));
        QVERIFY(!endpoint.isEmpty());
        const Resource *e = m_doc->design().resource(endpoint.toStdString());
        QCOMPARE(e->parent, Id("vpc"));
        QCOMPARE(e->placement, (std::vector<Id>{"app-a", "app-b"}));
    }

    void illegalDropsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("into");
        QTest::newRow("vpc into a subnet") << "vpc" << "public-a";
        QTest::newRow("nat outside any subnet") << "nat-gateway" << "";
        QTest::newRow("nat in the vpc but no subnet") << "nat-gateway" << "vpc";
        QTest::newRow("users inside the vpc") << "users" << "app-a";
    }

    void illegalDropsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, into);
        const Design before = m_doc->design();
        QSignalSpy hints(m_scene, &DesignScene::hint);
        QPointF at(-150, 900); // outside every container
        if (into == "vpc")
            at = m_scene->boxOf("vpc").topLeft() + QPointF(60, 400); // in the VPC's left margin
        else if (!into.isEmpty())
            at = m_scene->boxOf(into).center();
        QVERIFY(m_scene->dropKind(kind, at).isEmpty());
        QCOMPARE(m_doc->design(), before);
        QCOMPARE(hints.count(), 1);
        QVERIFY(hints.first().first().toString().contains("cannot go into"));
    }

    void connectTwoNodesWithTheMouse()
    {
        auto *from = qgraphicsitem_cast<Canvas::NodeItem *>(m_scene->itemOf("error-alert"));
        QVERIFY(from);
        const QPointF handle = from->sceneIconRect().topRight() + QPointF(8, 32);
        const int before = undoCount();
        drag(handle, centerOf("aurora"));
        QCOMPARE(undoCount(), before + 1);
        const Flow *made = nullptr;
        for (const auto &[id, f] : m_doc->design().flows)
            if (f.from == "error-alert" && f.to == "aurora")
                made = &f;
        QVERIFY(made);
        QCOMPARE(made->ports, PortRange::single(5432)); // the database's port
        QVERIFY(m_scene->itemOf(QString::fromStdString(made->id)));

        // Released over nothing: no flow.
        drag(handle, QPointF(-300, 1200));
        QCOMPARE(undoCount(), before + 1);
    }

    void aDragIsOneUndoStep()
    {
        const Rect start = m_doc->layout().nodes.at("waf");
        const int before = undoCount();
        drag(centerOf("waf"), centerOf("waf") + QPointF(93, 47));
        QCOMPARE(undoCount(), before + 1);
        const Rect moved = m_doc->layout().nodes.at("waf");
        QCOMPARE(std::fmod(moved.x, 20.0), 0.0); // snapped to the 20 px grid
        QCOMPARE(std::fmod(moved.y, 20.0), 0.0);
        QVERIFY(qAbs(moved.x - start.x - 93) <= 10 && qAbs(moved.y - start.y - 47) <= 10);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->layout().nodes.at("waf"), start);
        QCOMPARE(m_scene->itemOf("waf")->pos(), QPointF(start.x, start.y));
    }

    void draggingAContainerMovesItsContents()
    {
        const Rect nat = m_doc->layout().nodes.at("nat-a");
        m_scene->selectIds({"public-a"});
        const QPointF header = m_scene->boxOf("public-a").topLeft() + QPointF(200, 12);
        const int before = undoCount();
        drag(header, header + QPointF(0, 40));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m_doc->layout().nodes.at("nat-a").y, nat.y + 40);
    }

    void dropToReparentAndRefuse()
    {
        const int before = undoCount();
        drag(centerOf("nat-a"), m_scene->boxOf("public-b").topLeft() + QPointF(100, 120));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m_doc->design().resource("nat-a")->parent, Id("public-b"));

        // Out of every subnet: refused, snaps back, nothing on the undo stack.
        const Design design = m_doc->design();
        const QPointF home = m_scene->itemOf("nat-a")->pos();
        QSignalSpy hints(m_scene, &DesignScene::hint);
        drag(centerOf("nat-a"), QPointF(-200, 1000));
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m_doc->design(), design);
        QCOMPARE(m_scene->itemOf("nat-a")->pos(), home);
        QVERIFY(!hints.isEmpty());
    }

    void copyPasteKeepsInternalFlows()
    {
        m_scene->selectIds({"alb", "app", "aurora"});
        m_scene->copy();
        const std::size_t resources = m_doc->design().resources.size();
        const std::size_t flows = m_doc->design().flows.size();
        const int before = undoCount();
        m_scene->paste();
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m_doc->design().resources.size(), resources + 3);
        QCOMPARE(m_doc->design().flows.size(), flows + 2); // alb->app and app->aurora
        const Flow *copy = m_doc->design().flow("alb-app-2");
        QVERIFY(copy);
        QCOMPARE(copy->from, Id("alb-2"));
        QCOMPARE(copy->to, Id("app-2"));
        QVERIFY(m_doc->design().flow("app-aurora-2"));
        const Resource *app2 = m_doc->design().resource("app-2");
        QCOMPARE(app2->placement, m_doc->design().resource("app")->placement);
        QVERIFY(app2->properties["loadBalancer"]["alb"] == Json("alb-2")); // references follow
        QVERIFY(app2->properties["containers"][0]["name"] == Json("app")); // names do not
        QCOMPARE(m_doc->layout().nodes.at("alb-2").x, m_doc->layout().nodes.at("alb").x + 40);
        QVERIFY(m_scene->selectedIds().contains("alb-2"));

        m_doc->undoStack()->undo();
        QVERIFY(!m_scene->itemOf("alb-2"));
        QCOMPARE(m_doc->design().resources.size(), resources);

        m_scene->selectIds({"nat-a"});
        m_scene->duplicate();
        QCOMPARE(m_doc->design().resource("nat-a-2")->parent, Id("public-a"));
    }

    void deleteAndUndo()
    {
        m_scene->selectIds({"nat-b"});
        QTest::keyClick(m_view, Qt::Key_Delete);
        QVERIFY(!m_doc->design().resource("nat-b"));
        QVERIFY(!m_scene->itemOf("nat-b"));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->design().resource("nat-b"));
        QVERIFY(m_scene->itemOf("nat-b"));
    }

    void renameInPlace()
    {
        m_view->activateWindow();
        m_view->setFocus();
        m_scene->selectIds({"waf"});
        QTest::keyClick(m_view, Qt::Key_F2);
        QVERIFY(m_scene->focusItem());
        QTest::keyClicks(m_view, "edge acl");
        QTest::keyClick(m_view, Qt::Key_Return);
        QCOMPARE(m_doc->design().resource("waf")->name, std::string("edge acl"));
        QVERIFY(!m_scene->focusItem());

        const int before = undoCount();
        QTest::keyClick(m_view, Qt::Key_F2);
        QTest::keyClicks(m_view, "ignored");
        QTest::keyClick(m_view, Qt::Key_Escape);
        QCOMPARE(m_doc->design().resource("waf")->name, std::string("edge acl"));
        QCOMPARE(undoCount(), before);
    }

    void nudgeAlignAndDistribute()
    {
        const Rect waf = m_doc->layout().nodes.at("waf");
        m_scene->selectIds({"waf"});
        QTest::keyClick(m_view, Qt::Key_Right);
        QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_doc->layout().nodes.at("waf").x, waf.x + 20);
        QCOMPARE(m_doc->layout().nodes.at("waf").y, waf.y + 1);

        m_scene->selectIds({"cluster", "waf", "errors-filter"});
        m_scene->alignBottom();
        const double bottom = m_doc->layout().nodes.at("cluster").y;
        QCOMPARE(m_doc->layout().nodes.at("errors-filter").y, bottom);
        QCOMPARE(m_doc->layout().nodes.at("waf").y, bottom);

        m_scene->selectIds({"app-secrets", "ecr-app", "app-logs"});
        m_scene->alignLeft();
        m_scene->distributeVertically();
        const double a = m_doc->layout().nodes.at("app-secrets").y, b = m_doc->layout().nodes.at("ecr-app").y,
                     c = m_doc->layout().nodes.at("app-logs").y;
        QVERIFY(qAbs((b - a) - (c - b)) <= 20);
    }

    void arrangeLaysOutAzColumnsAndTierRows()
    {
        m_scene->arrangeVpc("vpc");
        const auto &n = m_doc->layout().nodes;
        QCOMPARE(n.at("public-a").y, n.at("public-b").y); // one row per tier
        QVERIFY(n.at("public-a").x < n.at("public-b").x);  // one column per AZ
        QCOMPARE(n.at("public-a").x, n.at("app-a").x);
        QVERIFY(n.at("public-a").y < n.at("app-a").y);
        QVERIFY(n.at("app-a").y < n.at("db-a").y);
        const Rect vpc = n.at("vpc");
        for (const char *id : {"public-a", "app-b", "db-b", "alb", "nat-b", "igw"}) {
            const Rect r = n.at(id);
            QVERIFY2(r.x >= vpc.x && r.x + r.width <= vpc.x + vpc.width && r.y + r.height <= vpc.y + vpc.height, id);
        }
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->layout(), Testing::referenceDesign().layout);
    }

    void resizeAContainerWithItsHandle()
    {
        const Rect start = m_doc->layout().nodes.at("public-a");
        m_scene->selectIds({"public-a"});
        const QPointF corner(start.x + start.width, start.y + start.height);
        const int before = undoCount();
        drag(corner, corner + QPointF(61, 39));
        QCOMPARE(undoCount(), before + 1);
        const Rect after = m_doc->layout().nodes.at("public-a");
        QCOMPARE(after.x, start.x);
        QVERIFY(after.width > start.width + 40 && after.height > start.height + 20);
        QCOMPARE(std::fmod(after.x + after.width, 20.0), 0.0);
    }

    void panWithTheMiddleButton()
    {
        const int h = m_view->horizontalScrollBar()->value();
        const int v = m_view->verticalScrollBar()->value();
        QWidget *vp = m_view->viewport();
        const QPoint at(400, 400);
        QTest::mousePress(vp, Qt::MiddleButton, {}, at);
        QMouseEvent move(QEvent::MouseMove, QPointF(at + QPoint(-120, -60)), m_view->viewport()->mapToGlobal(QPointF(at + QPoint(-120, -60))),
                         Qt::NoButton, Qt::MiddleButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QTest::mouseRelease(vp, Qt::MiddleButton, {}, at + QPoint(-120, -60));
        QCOMPARE(m_view->horizontalScrollBar()->value(), h + 120);
        QCOMPARE(m_view->verticalScrollBar()->value(), v + 60);
        QCOMPARE(undoCount(), 0);
    }

    void zoomAndFind()
    {
        QSignalSpy zoom(m_view, &DesignView::zoomChanged);
        m_view->zoomReset();
        QCOMPARE(m_view->zoom(), 1.0);
        m_view->zoomIn();
        QVERIFY(m_view->zoom() > 1.0);
        m_view->zoomFit();
        QVERIFY(m_view->zoom() < 1.0);
        QVERIFY(zoom.count() >= 3);
        m_view->zoomReset();
        m_view->centerOn(QString("aurora"));
        const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
        QVERIFY(QLineF(center, centerOf("aurora")).length() < 40);
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_widgets_canvas.moc"

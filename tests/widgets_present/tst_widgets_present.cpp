// Presentation mode in the real editor window: F5 enters full screen with every dock, toolbar,
// the menu and status bar hidden and a clean canvas, Esc restores all of it; keys toggle
// overlays; stepping frames each finding's subjects; R highlights request paths; a what-if
// shows what breaks and what it saves, and leaving undoes it byte for byte (undo stack too).

#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/canvas/findingmarks.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/present/overlayactions.h"
#include "widgets/present/presentation.h"
#include "widgets/present/presentationpanels.h"

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"

#include <QAction>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace Stackyard;
using Overlay = DesignScene::Overlay;

class TestPresentation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
    Presentation *m_present = nullptr;

    DesignScene *scene() const { return m_window->scene(); }
    DesignView *view() const { return m_window->view(); }
    void key(Qt::Key k) { QTest::keyClick(view(), k); }
    std::string designText() const { return saveDesign(m_window->document()->file()); }

    QList<QWidget *> visibleChrome() const
    {
        QList<QWidget *> out;
        for (QWidget *w : m_window->findChildren<QWidget *>())
            if ((qobject_cast<QDockWidget *>(w) || qobject_cast<QToolBar *>(w)) && w->isVisible())
                out << w;
        return out;
    }

    QPointF viewCentre() const { return view()->mapToScene(view()->viewport()->rect().center()); }

    void breakTasksIngress()
    {
        SecurityGroup sg = *m_window->document()->design().securityGroup("app-sg");
        sg.ingress.clear();
        m_window->document()->setSecurityGroup(sg);
        m_window->analysis()->refresh();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        QCoreApplication::setOrganizationName("StackyardTest");
        QCoreApplication::setApplicationName("tst_widgets_present");
    }

    void init()
    {
        m_window = new MainWindow;
        QVERIFY(m_window->files()->openSample("samples/reference.stackyard.json"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_present = m_window->findChild<Presentation *>();
        QVERIFY(m_present);
    }

    void cleanup()
    {
        m_window->files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // Discard
        delete m_window;
        m_window = nullptr;
    }

    void f5EntersFullScreenAndEscRestores()
    {
        view()->setFocus();
        scene()->selectIds({"app"});
        const QList<QWidget *> chrome = visibleChrome();
        QVERIFY(!chrome.isEmpty());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(!m_window->isFullScreen());
        QVERIFY(scene()->isGridVisible());

        QTest::keyClick(view(), Qt::Key_F5); // the window's F5 shortcut
        QVERIFY(m_present->isActive());
        QVERIFY(m_window->isFullScreen());
        QVERIFY(visibleChrome().isEmpty());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        QVERIFY(!scene()->isGridVisible());
        QVERIFY(scene()->selectedIds().isEmpty());
        QVERIFY(!view()->isInteractive());
        QVERIFY(m_present->help()->isVisible()); // the keys, for a few seconds

        key(Qt::Key_Question);
        QVERIFY(!m_present->help()->isVisible());
        key(Qt::Key_Question);
        QVERIFY(m_present->help()->isVisible());

        key(Qt::Key_Escape);
        QVERIFY(!m_present->isActive());
        QVERIFY(!m_window->isFullScreen());
        for (QWidget *w : chrome)
            QVERIFY2(w->isVisible(), qPrintable(w->objectName()));
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
        QVERIFY(scene()->isGridVisible());
        QVERIFY(view()->isInteractive());
        QCOMPARE(scene()->selectedIds(), QStringList{"app"});
        QVERIFY(!m_present->help()->isVisible());
        QVERIFY(!m_present->caption()->isVisible());
    }

    void shortcutsOfTheEditorDoNothingWhilePresenting()
    {
        m_present->enter();
        const int undo = m_window->document()->undoStack()->count();
        scene()->selectIds({"app"}); // even with a selection, Delete must not edit
        QTest::keyClick(view(), Qt::Key_Delete);
        QTest::keyClick(view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(m_window->document()->undoStack()->count(), undo);
        QVERIFY(m_window->document()->design().resource("app"));
        m_present->leave();
    }

    void keysToggleOverlaysAndLeavingRestoresThem()
    {
        QVERIFY(scene()->isOverlayOn(Overlay::Tiers));
        QVERIFY(!scene()->isOverlayOn(Overlay::Cost));
        m_present->enter();
        key(Qt::Key_T);
        QVERIFY(!scene()->isOverlayOn(Overlay::Tiers));
        key(Qt::Key_C);
        QVERIFY(scene()->isOverlayOn(Overlay::Cost));
        QVERIFY(m_present->status()->isVisible());
        QVERIFY(m_present->status()->lines().join('\n').contains('$'));
        key(Qt::Key_S);
        QVERIFY(scene()->isOverlayOn(Overlay::SecurityGroups));
        key(Qt::Key_L);
        QVERIFY(!scene()->isOverlayOn(Overlay::FlowPorts));
        key(Qt::Key_F);
        QVERIFY(!scene()->isOverlayOn(Overlay::Findings));
        key(Qt::Key_Escape);
        QVERIFY(scene()->isOverlayOn(Overlay::Tiers));
        QVERIFY(!scene()->isOverlayOn(Overlay::Cost));
        QVERIFY(!scene()->isOverlayOn(Overlay::SecurityGroups));
        QVERIFY(scene()->isOverlayOn(Overlay::FlowPorts));
        QVERIFY(scene()->isOverlayOn(Overlay::Findings));
    }

    void viewMenuTogglesFollowTheScene()
    {
        auto *overlays = m_window->findChild<OverlayActions *>();
        QVERIFY(overlays);
        QAction *cost = overlays->action(Overlay::Cost);
        QVERIFY(cost && cost->isCheckable() && !cost->isChecked());
        cost->trigger();
        QVERIFY(scene()->isOverlayOn(Overlay::Cost));
        m_present->enter();
        key(Qt::Key_C); // off from the presentation: the menu follows
        QVERIFY(!cost->isChecked());
        m_present->leave(); // back to how it was: on
        QVERIFY(cost->isChecked());
        QVERIFY(scene()->isOverlayOn(Overlay::Cost));
    }

    void steppingFramesEachFinding()
    {
        breakTasksIngress();
        const std::vector<Finding> findings = m_window->analysis()->findings();
        QVERIFY(findings.size() >= 2);
        m_present->enter();
        QCoreApplication::processEvents();
        for (int i = 0; i < int(findings.size()); ++i) {
            key(Qt::Key_Right);
            QCOMPARE(m_present->findingIndex(), i);
            const QStringList ids = Canvas::drawnSubjects(m_window->document()->design(), findings[std::size_t(i)], scene()->drawnTest());
            QVERIFY(!ids.isEmpty());
            QRectF bounds;
            for (const QString &id : ids)
                bounds = bounds.isNull() ? scene()->boxOf(id) : bounds.united(scene()->boxOf(id));
            QVERIFY2(bounds.contains(viewCentre()), qPrintable(QStringLiteral("finding %1").arg(i)));
            for (const QString &id : ids) // the subjects are on screen, not under the caption
                QVERIFY(view()->viewport()->rect().contains(view()->mapFromScene(scene()->boxOf(id).center())));
            for (const QString &id : ids)
                QVERIFY(scene()->spotlight().contains(id));
            QVERIFY(m_present->caption()->isVisible());
            QVERIFY(!m_present->caption()->title().isEmpty());
            QVERIFY(m_present->caption()->body().contains(QString::fromStdString(findings[std::size_t(i)].message)));
            if (!findings[std::size_t(i)].fixHint.empty())
                QVERIFY(m_present->caption()->footer().contains(QString::fromStdString(findings[std::size_t(i)].fixHint)));
        }
        key(Qt::Key_Left);
        QCOMPARE(m_present->findingIndex(), int(findings.size()) - 2);
        key(Qt::Key_0);
        QCOMPARE(m_present->findingIndex(), -1);
        QVERIFY(scene()->spotlight().isEmpty());
        QVERIFY(!m_present->caption()->isVisible());
        m_present->leave();
    }

    void requestPathsHighlightAndCycle()
    {
        m_present->enter();
        key(Qt::Key_R);
        QCOMPARE(m_present->pathIndex(), 0);
        QSet<QString> lit = scene()->spotlight();
        for (const char *id : {"users", "users-alb", "alb", "alb-app", "app", "app-aurora", "aurora"})
            QVERIFY2(lit.contains(id), id);
        QVERIFY(!lit.contains("nat-a"));
        QVERIFY(m_present->caption()->title().contains(QStringLiteral("→")));
        QVERIFY(scene()->itemOf("nat-a")->opacity() < 0.5);

        key(Qt::Key_R); // tasks -> ECR through the NAT gateways
        QCOMPARE(m_present->pathIndex(), 1);
        lit = scene()->spotlight();
        for (const char *id : {"app", "nat-a", "nat-b", "ecr-app", "app-ecr"})
            QVERIFY2(lit.contains(id), id);
        QVERIFY(!lit.contains("aurora"));
        QVERIFY(m_present->caption()->title().contains("nat a")); // names, as on the canvas

        for (int i = 2; i < m_present->paths().size(); ++i)
            key(Qt::Key_R);
        key(Qt::Key_R); // after the last, the whole design again
        QCOMPARE(m_present->pathIndex(), -1);
        QVERIFY(scene()->spotlight().isEmpty());
        m_present->leave();
    }

    void whatIfShowsWhatBreaksAndLeavingRestoresEverything()
    {
        // An undo history with a redo tail: both must survive the presentation.
        DesignDocument *doc = m_window->document();
        doc->rename("app", "web");
        doc->rename("alb", "front");
        doc->undoStack()->undo();
        const std::string before = designText();
        const int count = doc->undoStack()->count();
        const int index = doc->undoStack()->index();
        const bool modified = doc->isModified();
        const double cost = m_window->analysis()->estimate().monthlyTotal;

        m_present->enter();
        key(Qt::Key_W);
        QVERIFY(!doc->design().resource("nat-a"));
        QVERIFY(!doc->design().resource("nat-b"));
        QVERIFY(m_window->analysis()->estimate().monthlyTotal < cost);
        bool imagePull = false;
        for (const Finding &f : m_window->analysis()->findings())
            imagePull = imagePull || f.rule == "image-pull-path";
        QVERIFY(imagePull);
        QVERIFY(m_present->caption()->footer().contains(QStringLiteral("Saves")));
        QVERIFY(m_present->caption()->body().contains(QStringLiteral("Tasks can pull their images")));
        QVERIFY(m_present->caption()->title().contains("nat-a")); // ids of what was removed
        QVERIFY(scene()->blockedFlowIds().contains("app-ecr"));
        QVERIFY(m_present->status()->lines().join('\n').contains("NAT"));

        key(Qt::Key_E); // nothing to remove in the reference: says so, changes nothing
        QVERIFY(!m_present->whatIf()->isOn(WhatIf::Toggle::NoInterfaceEndpoints));

        key(Qt::Key_Escape);
        QCOMPARE(designText(), before);
        QCOMPARE(doc->undoStack()->count(), count);
        QCOMPARE(doc->undoStack()->index(), index);
        QCOMPARE(doc->isModified(), modified);
        QVERIFY(doc->undoStack()->canRedo());
        QCOMPARE(m_window->analysis()->estimate().monthlyTotal, cost);
        QVERIFY(scene()->blockedFlowIds().isEmpty());
    }

    void closingTheWindowWhilePresentingRestoresFirst()
    {
        const std::string before = designText();
        m_present->enter();
        key(Qt::Key_W);
        QVERIFY(designText() != before);
        m_window->close(); // the design is restored before the window asks whether to save
        QVERIFY(!m_present->isActive());
        QCOMPARE(designText(), before);
        QVERIFY(!m_window->document()->isModified());
    }

    void whatIfToggledTwiceIsBackAsDesigned()
    {
        const std::string before = designText();
        m_present->enter();
        key(Qt::Key_W);
        QVERIFY(designText() != before);
        key(Qt::Key_W);
        QCOMPARE(designText(), before);
        QVERIFY(m_present->caption()->title().contains(WhatIf::title(WhatIf::Toggle::NoNatGateways)));
        m_present->leave();
        QCOMPARE(designText(), before);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_widgets_present.moc"

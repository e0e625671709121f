// The window on first start and after: the canvas keeps most of the height (the findings and cost
// strip under it at most 28 %), the diagram is fitted without blowing it up past 100 %, and the
// dock layout the user leaves is what the next start shows.

#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/cost/costdock.h"
#include "widgets/findings/findingsdock.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "editorfixture.h"

#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Stackyard;

namespace {

/// The height of the strip under the canvas: everything between the canvas and the status bar.
int stripHeight(MainWindow *w)
{
    const int canvasBottom = w->view()->mapTo(w, QPoint(0, w->view()->height())).y();
    return w->statusBar()->geometry().top() - canvasBottom;
}

} // namespace

class TestEditorLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        Testing::useScratchSettings(m_home.path(), "tst_widgets_editor_layout");
    }

    void firstStartGivesTheCanvasTheRoom()
    {
        auto w = Testing::openReferenceWindow(false);
        QVERIFY(w);
        QCOMPARE(w->size(), QSize(1400, 900));
        // Both panels sit in one tabbed strip under the canvas, findings in front.
        QCOMPARE(w->dockWidgetArea(w->findings()), Qt::BottomDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(w->cost()), Qt::BottomDockWidgetArea);
        QCOMPARE(w->tabifiedDockWidgets(w->findings()), QList<QDockWidget *>{w->cost()});
        QTRY_VERIFY2(stripHeight(w.get()) <= w->height() * 28 / 100,
                     qPrintable(QString("strip %1 px of %2").arg(stripHeight(w.get())).arg(w->height())));
        QVERIFY(stripHeight(w.get()) >= 150); // still a usable panel
        QVERIFY(w->view()->height() >= w->height() * 55 / 100);
        // Fitted once the sizes hold: the whole design shows, at most at 100 %.
        QTRY_VERIFY(w->view()->zoom() < 1.0);
        const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w->scene()->itemsBoundingRect().adjusted(10, 10, -10, -10)));
    }

    void fitNeverMagnifies()
    {
        auto w = Testing::openReferenceWindow(false);
        QVERIFY(w);
        w->resize(4000, 3000); // far more room than the design needs
        QTRY_COMPARE(w->view()->width() > 3000, true);
        w->view()->setZoom(0.3);
        w->view()->zoomFit();
        QCOMPARE(w->view()->zoom(), 1.0);
        const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w->scene()->itemsBoundingRect()));
    }

    void laterStartsRestoreTheLayout()
    {
        int taller = 0;
        {
            auto w = Testing::openReferenceWindow(false);
            QVERIFY(w);
            QTRY_VERIFY(stripHeight(w.get()) <= w->height() * 28 / 100);
            w->resizeDocks({w->findings()}, {400}, Qt::Vertical);
            QTRY_VERIFY(w->findings()->height() >= 350);
            taller = w->findings()->height();
            w->files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // Discard
            QVERIFY(w->close()); // saves the window state
        }
        auto w = Testing::openReferenceWindow(false);
        QVERIFY(w);
        QTRY_VERIFY2(std::abs(w->findings()->height() - taller) <= 4,
                     qPrintable(QString("findings %1 px, was %2").arg(w->findings()->height()).arg(taller)));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestEditorLayout)
#include "tst_editor_layout.moc"

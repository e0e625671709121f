#include "canvasfixture.h"

#include "model/document/designdocument.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "model/core/catalog.h"
#include "widgets/canvas/flowitem.h"
#include "widgets/canvas/iconcache.h"
#include "widgets/canvas/nodeitem.h"

#include <QDir>
#include <QFile>
#include <QImage>

using namespace Stackyard;

/// Renders the reference design and checks what a reviewer would see: no label over an icon,
/// no port label over an icon, a picture that is not blank. The PNGs stay in the temp folder
/// (stackyard-canvas-*.png) for a human to look at.
class TestCanvasRender : public QObject
{
    Q_OBJECT
private slots:
    void iconsComeFromTheCompiledSvgs()
    {
        Canvas::IconCache::instance(); // registers the resources of the static library
        for (const KindSpec &kind : Catalog::builtin().kinds())
            QVERIFY2(QFile::exists(":/icons/" + QString::fromStdString(kind.icon)), kind.icon.c_str());
    }

    void labelsNeverOverlapIcons()
    {
        const DesignFile reference = Testing::referenceDesign();
        if (reference.design.resources.empty())
            QSKIP("the reference sample is not available");
        DesignDocument doc;
        doc.reset(reference);
        DesignScene scene(&doc);
        QList<Canvas::NodeItem *> nodes;
        QList<Canvas::FlowItem *> flows;
        for (QGraphicsItem *item : scene.items()) {
            if (auto *n = qgraphicsitem_cast<Canvas::NodeItem *>(item))
                nodes << n;
            if (auto *f = qgraphicsitem_cast<Canvas::FlowItem *>(item))
                flows << f;
        }
        QVERIFY(nodes.size() > 10);
        for (Canvas::NodeItem *a : nodes) {
            const QRectF label = a->mapRectToScene(a->labelRect()).adjusted(8, 0, -8, 0);
            for (Canvas::NodeItem *b : nodes)
                QVERIFY2(!label.intersects(b->sceneIconRect()),
                         qPrintable(QString("label of %1 over the icon of %2").arg(a->id(), b->id())));
            for (Canvas::FlowItem *f : flows)
                QVERIFY2(!f->labelRect().intersects(a->sceneIconRect()),
                         qPrintable(QString("port label of %1 over %2").arg(f->id(), a->id())));
        }
    }

    /// Selection handles, a selected flow and a refused drop's hint, for a human to look at.
    void renderInteractionStates()
    {
        const DesignFile reference = Testing::referenceDesign();
        if (reference.design.resources.empty())
            QSKIP("the reference sample is not available");
        DesignDocument doc;
        doc.reset(reference);
        DesignScene scene(&doc);
        DesignView view(&scene);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(1.0);
        view.centerOn(QPointF(700, 330));
        scene.selectIds({"public-a", "nat-a", "users-alb"});
        QVERIFY(scene.dropKind("vpc", scene.boxOf("app-a").center()).isEmpty());
        const QImage image = view.grab().toImage();
        QVERIFY(image.save(QDir::temp().filePath("stackyard-canvas-states.png")));
    }

    void renderTheReference_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("25") << 0.25;
        QTest::newRow("40") << 0.4;
        QTest::newRow("100") << 1.0;
        QTest::newRow("200") << 2.0;
    }

    void renderTheReference()
    {
        QFETCH(double, zoom);
        const DesignFile reference = Testing::referenceDesign();
        if (reference.design.resources.empty())
            QSKIP("the reference sample is not available");
        DesignDocument doc;
        doc.reset(reference);
        DesignScene scene(&doc);
        DesignView view(&scene);
        view.resize(2100, 960);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(zoom);
        view.centerOn(zoom >= 2.0 ? QPointF(860, 420) : QPointF(1000, 470));
        const QImage image = view.grab().toImage();
        const QString path = QDir::temp().filePath(QString("stackyard-canvas-%1.png").arg(int(zoom * 100)));
        QVERIFY(image.save(path));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the canvas looks blank");
    }
};

QTEST_MAIN(TestCanvasRender)
#include "tst_widgets_canvas_render.moc"

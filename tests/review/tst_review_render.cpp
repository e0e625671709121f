#include "reviewfixture.h"

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/designscene.h"
#include "widgets/review/diagramexport.h"
#include "widgets/review/exportscene.h"

#include <QApplication>
#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Stackyard;

class TestReviewRender : public QObject
{
    Q_OBJECT

    DesignFile m_file;

private slots:
    void initTestCase()
    {
        LoadResult loaded = loadDesignFile(ReviewFixture::samplePath().toStdString());
        QVERIFY(loaded.file);
        m_file = *loaded.file;
        m_file.design.settings["date"] = "2026-11-20";
    }

    void svgIsXmlWithTextsAsText()
    {
        const QByteArray svg = DiagramExport(m_file).toSvg();
        bool ok = false;
        QString error;
        const QString text = ReviewFixture::xmlText(svg, &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<text"));
        // Title, date, region box and legend, then the resources' names as text.
        for (const QString &expected : {QStringLiteral("Reference architecture (NET-4)"), QStringLiteral("2026-11-20"),
                                        QStringLiteral("Region us-east-1"), QStringLiteral("Public subnet"),
                                        QStringLiteral("Private subnet"), QStringLiteral("Containers")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        for (const auto &[id, r] : m_file.design.resources)
            QVERIFY2(text.contains(QString::fromStdString(r.name)), r.name.c_str());
        QVERIFY(svg.contains("<path")); // boxes, flows and the region as vector shapes
        QVERIFY(!svg.contains("<image")); // icons too are vectors (tests/diagram)
    }

    void pngScalesAndCanBeTransparent()
    {
        DiagramExport diagram(m_file);
        const QImage one = diagram.toImage(1, false);
        const QImage two = diagram.toImage(2, false);
        QCOMPARE(two.width(), one.width() * 2);
        QCOMPARE(two.height(), one.height() * 2);
        QCOMPARE(one.pixelColor(1, 1), QColor(Qt::white));
        const QImage clear = diagram.toImage(1, true);
        QCOMPARE(clear.pixelColor(1, 1).alpha(), 0);

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath("d.png");
        QVERIFY2(diagram.write(path, 3, false, &error), qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), one.size() * 3);
    }

    void pdfIsOnePage()
    {
        const QByteArray pdf = DiagramExport(m_file).toPdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(ReviewFixture::pdfPageCount(pdf), 1);
    }

    void writeRefusesUnknownTypeAndKeepsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("d.gif");
        QString error;
        QVERIFY(!DiagramExport(m_file).write(path, 1, false, &error));
        QVERIFY(error.contains("d.gif"));
        QVERIFY(!QFile::exists(path));
    }

    void selectionHandlesAndGridNeverAppear()
    {
        DesignDocument document;
        document.reset(m_file);
        DesignScene scene(&document); // the editor's scene: grid on
        QVERIFY(scene.isGridVisible());
        QStringList all;
        for (const auto &[id, r] : m_file.design.resources)
            all << QString::fromStdString(id);
        for (const auto &[id, f] : m_file.design.flows)
            all << QString::fromStdString(id);
        scene.selectIds(all);
        const QStringList selected = scene.selectedIds();
        QVERIFY(selected.size() > 10);

        // Selected items draw handles in the scene itself…
        QImage raw(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
        raw.fill(Qt::white);
        {
            QPainter p(&raw);
            scene.render(&p);
        }
        scene.clearSelection();
        QImage rawUnselected(raw.size(), QImage::Format_ARGB32);
        rawUnselected.fill(Qt::white);
        {
            QPainter p(&rawUnselected);
            scene.render(&p);
        }
        QVERIFY(raw != rawUnselected); // the comparison below can see handles
        scene.selectIds(all);

        // …but not in the export, which equals a fresh export pixel for pixel.
        const QImage exported = DiagramExport(&scene).toImage(1, false);
        const QImage clean = DiagramExport(m_file).toImage(1, false);
        QCOMPARE(exported.size(), clean.size());
        QVERIFY(exported == clean);
        // The editor's state is given back.
        QCOMPARE(scene.selectedIds(), selected);
        QVERIFY(scene.isGridVisible());
    }
};

QTEST_MAIN(TestReviewRender)
#include "tst_review_render.moc"

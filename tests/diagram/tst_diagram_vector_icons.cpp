// Icons in exported diagrams are vector paths, not embedded images: the canvas draws icons from a
// pixmap cache on screen, but with the SVG renderer on SVG and PDF paint engines.
#include "widgets/canvas/iconcache.h"
#include "widgets/review/diagramexport.h"

#include "model/core/catalog.h"
#include "model/core/io/designio.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace Stackyard;

namespace {

struct SvgCounts
{
    int images = 0;
    int whiteStrokedGroups = 0; ///< every catalogue icon draws white strokes on its tile
    int paths = 0;
    bool ok = false;
};

SvgCounts count(const QByteArray &svg)
{
    SvgCounts c;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("image"))
            ++c.images;
        else if (xml.name() == QLatin1String("path"))
            ++c.paths;
        else if (xml.name() == QLatin1String("g")
                 && xml.attributes().value(QLatin1String("stroke")).compare(QLatin1String("#ffffff"), Qt::CaseInsensitive) == 0)
            ++c.whiteStrokedGroups;
    }
    c.ok = !xml.hasError();
    return c;
}

} // namespace

class TestDiagramVectorIcons : public QObject
{
    Q_OBJECT

    DesignFile m_file;

private slots:
    void initTestCase()
    {
        LoadResult loaded = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
        QVERIFY(loaded.file);
        m_file = *loaded.file;
    }

    void oneIconOnAnSvgEngineIsPaths()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(QSize(64, 64));
        QPainter painter(&generator);
        Canvas::IconCache::instance().draw(&painter, QRectF(0, 0, 64, 64), QStringLiteral("nat-gateway"));
        painter.end();
        const SvgCounts c = count(buffer.data());
        QVERIFY(c.ok);
        QCOMPARE(c.images, 0);
        QVERIFY(c.whiteStrokedGroups >= 1);
        QVERIFY2(c.paths >= 3, qPrintable(QString::number(c.paths))); // tile, box, two arrows
    }

    void referenceDiagramSvgHasNoImages()
    {
        const QByteArray svg = DiagramExport(m_file).toSvg();
        const SvgCounts c = count(svg);
        QVERIFY(c.ok);
        QCOMPARE(c.images, 0);
        QVERIFY(!svg.contains("data:image"));
        int nodes = 0;
        for (const auto &[id, r] : m_file.design.resources) {
            const KindSpec *spec = Catalog::builtin().kind(r.kind);
            if (spec && !spec->container && !spec->icon.empty())
                ++nodes;
        }
        QVERIFY(nodes >= 10);
        QVERIFY2(c.whiteStrokedGroups >= nodes,
                 qPrintable(QStringLiteral("%1 icon groups for %2 nodes").arg(c.whiteStrokedGroups).arg(nodes)));
    }

    void referenceDiagramPdfRendersWithoutImages()
    {
        const QByteArray pdf = DiagramExport(m_file).toPdf();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/Type /Page") || pdf.contains("/Type/Page"));
        QVERIFY(pdf.size() > 5000);
        QVERIFY(!pdf.contains("/Subtype /Image") && !pdf.contains("/Subtype/Image"));
    }
};

QTEST_MAIN(TestDiagramVectorIcons)
#include "tst_diagram_vector_icons.moc"

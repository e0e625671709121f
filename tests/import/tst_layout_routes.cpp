// Flows routed by the automatic layout (model/core/layout/flowrouter.h): on the reference sample
// and on every corpus import, each flow gets stored bends, the path drawn through them
// (pathThrough, what the canvas draws) is orthogonal, starts and ends on its resources, crosses
// no other icon and no container's title, and the layout with its waypoints survives save and
// load byte for byte.
#include "importchecks.h"

#include "model/core/catalog.h"
#include "model/core/io/designio.h"
#include "model/core/layout/autolayout.h"
#include "model/core/layout/flowrouter.h"
#include "resources/embedded.h"

#include <QDir>
#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Testing;

namespace {

bool isContainer(const Design &d, const Id &id)
{
    const Resource *r = d.resource(id);
    const KindSpec *spec = r ? Catalog::builtin().kind(r->kind) : nullptr;
    return spec && spec->container;
}

bool enters(const Point &a, const Point &b, const Rect &r)
{
    const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
    const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
    return x1 > r.x + 1 && x0 < r.x + r.width - 1 && y1 > r.y + 1 && y0 < r.y + r.height - 1;
}

bool onSide(const Point &p, const FlowEnd &end)
{
    const Rect &b = end.box;
    const bool inX = p.x >= b.x - 0.5 && p.x <= b.x + b.width + 0.5;
    const bool inY = p.y >= b.y - 0.5 && p.y <= b.y + b.height + end.below + 0.5;
    const bool vertical = std::abs(p.x - b.x) < 0.5 || std::abs(p.x - b.x - b.width) < 0.5;
    const bool horizontal = std::abs(p.y - b.y) < 0.5 || std::abs(p.y - b.y - b.height) < 0.5
                            || std::abs(p.y - b.y - b.height - end.below) < 0.5;
    return (vertical && inY) || (horizontal && inX);
}

/// "" when every flow's stored route is sound; else the first problem. `titles`: also refuse
/// crossing a container's title band.
QString routeProblem(const DesignFile &file, bool titles)
{
    const Design &d = file.design;
    std::vector<std::pair<Id, Rect>> icons, bands;
    for (const auto &[id, box] : file.layout.nodes)
        (isContainer(d, id) ? bands : icons).push_back({id, isContainer(d, id) ? Rect{box.x, box.y, box.width, 22} : box});
    for (const auto &[id, f] : d.flows) {
        const QString name = QString::fromStdString(id);
        if (f.from == f.to)
            continue;
        auto wp = file.layout.waypoints.find(id);
        if (wp == file.layout.waypoints.end() || wp->second.empty())
            return name + ": no stored route";
        const FlowEnd from = flowEndOf(d, file.layout, f.from), to = flowEndOf(d, file.layout, f.to);
        const std::vector<Point> path = pathThrough(from, to, wp->second);
        if (path.size() < 2)
            return name + ": empty path";
        if (!onSide(path.front(), from) || !onSide(path.back(), to))
            return name + ": does not start and end on its resources";
        for (std::size_t i = 1; i < path.size(); ++i) {
            const Point &a = path[i - 1], &b = path[i];
            if (std::abs(a.x - b.x) > 0.01 && std::abs(a.y - b.y) > 0.01)
                return name + QString(": segment %1 is not orthogonal").arg(i);
            for (const auto &[other, box] : icons)
                if (other != f.from && other != f.to && enters(a, b, box))
                    return name + ": crosses " + QString::fromStdString(other);
            if (titles)
                for (const auto &[other, band] : bands)
                    if (enters(a, b, band))
                        return name + ": crosses the title of " + QString::fromStdString(other);
        }
    }
    return {};
}

QString roundTripProblem(const DesignFile &file)
{
    const std::string text = saveDesign(file);
    const LoadResult back = loadDesign(text, "routes.stackyard.json");
    if (!back.file)
        return "does not load back";
    if (!(back.file->layout == file.layout))
        return "layout differs after load";
    if (saveDesign(*back.file) != text)
        return "saved text differs";
    return {};
}

QString corpusDir()
{
    const QString shared = QStringLiteral(STACKYARD_SHARED_DIR "/corpus/cloudformation");
    if (QDir(shared).exists())
        return shared;
    return qEnvironmentVariable("STACKYARD_CORPUS");
}

} // namespace

class TestLayoutRoutes : public QObject
{
    Q_OBJECT

private slots:
    void referenceSample()
    {
        const auto text = embeddedFile("samples/reference.stackyard.json");
        QVERIFY(text);
        LoadResult loaded = loadDesign(*text, "reference.stackyard.json");
        QVERIFY(loaded.file);
        DesignFile file = *loaded.file;
        file.layout = autoLayout(file.design);
        QVERIFY(!file.design.flows.empty());
        QCOMPARE(file.layout.waypoints.size(), file.design.flows.size());
        QCOMPARE(layoutProblem(file), QString());
        QCOMPARE(routeProblem(file, true), QString());
        QCOMPARE(roundTripProblem(file), QString());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = corpusDir();
        if (dir.isEmpty() || !QDir(dir).exists())
            QSKIP("the corpus is not here (../shared/corpus, or set STACKYARD_CORPUS)");
        for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << QDir(dir).filePath(name);
    }
    void corpus()
    {
        QFETCH(QString, path);
        const ImportResult result = importCloudFormation(readText(path), path.toStdString());
        QVERIFY(result.file);
        QCOMPARE(routeProblem(*result.file, true), QString());
        QCOMPARE(roundTripProblem(*result.file), QString());
    }

    void pathThroughStoredBends()
    {
        // Two icons side by side: a straight route keeps its middle point and comes back as is.
        const FlowEnd a{{0, 0, 64, 64}, kIconLabelRoom}, b{{300, 0, 64, 64}, kIconLabelRoom};
        FlowRouter router({a.box, b.box}, {});
        const std::vector<Point> path = router.route(a, b);
        QCOMPARE(path.size(), std::size_t(2));
        QCOMPARE(path.front().x, 64.0);
        QCOMPARE(path.back().x, 300.0);
        QVERIFY(pathThrough(a, b, waypointsOf(path)) == path);
        // An icon in the way is gone round, not crossed.
        const Rect wall{150, -40, 64, 160};
        FlowRouter around({a.box, b.box, wall}, {});
        const std::vector<Point> detour = around.route(a, b);
        QVERIFY(detour.size() > 2);
        for (std::size_t i = 1; i < detour.size(); ++i)
            QVERIFY(!enters(detour[i - 1], detour[i], wall));
        QVERIFY(pathThrough(a, b, waypointsOf(detour)) == detour);
        // A bend that is not aligned with its box gets an elbow: still orthogonal.
        const std::vector<Point> odd = pathThrough(a, b, {{200, 300}});
        for (std::size_t i = 1; i < odd.size(); ++i)
            QVERIFY(odd[i - 1].x == odd[i].x || odd[i - 1].y == odd[i].y);
    }
};

QTEST_GUILESS_MAIN(TestLayoutRoutes)
#include "tst_layout_routes.moc"

// Frame times of the editor canvas on the team's generated 5,000-resource design (offscreen
// raster): open (scene build + first frame), panning, zooming and dragging a 100-node selection.
// Prints p50/p95 per scenario; the numbers go to docs/PERFORMANCE.md, "Editor canvas".
#include "model/core/catalog.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "model/core/generator/generator.h"
#include "model/core/topology.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>
#include <cstdio>
#include <ctime>
#include <string>

using namespace Stackyard;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double p) { return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))]; };
    return {at(0.5), at(0.95), v.back()};
}

// One frame as the event loop produces it: the change, then the pending paint (after a scroll the
// view moves the pixels it has and paints only the exposed strip).
// The machine is shared with parallel builds, so wall-clock times mostly measure waiting for a
// core: frames are timed in CPU time of this thread (what the frame costs), wall time kept aside.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

std::vector<double> g_wall;

double frame(DesignView &, const std::function<void()> &change)
{
    QElapsedTimer wall;
    wall.start();
    const double start = cpuMs();
    change();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    g_wall.push_back(double(wall.nsecsElapsed()) / 1e6);
    return cpuMs() - start;
}

void report(const char *name, const std::vector<double> &times)
{
    const Stats s = stats(times);
    const Stats w = stats(g_wall);
    std::printf("%-34s frames %4zu  CPU p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms | wall p50 %6.2f p95 %6.2f\n", name,
                times.size(), s.p50, s.p95, s.max, w.p50, w.p95);
    g_wall.clear();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int size = argc > 1 ? std::atoi(argv[1]) : 5000;
    // Optional second argument: only this scenario (pan, zoom, far, drag), e.g. for a profiler.
    const std::string only = argc > 2 ? argv[2] : "";
    auto wanted = [&](const char *name) { return only.empty() || only == name; };
    const DesignFile file = generateDesignOfSize(size, 42); // the team's shared benchmark design
    std::printf("design: %zu resources, %zu flows\n", file.design.resources.size(), file.design.flows.size());

    DesignDocument doc;
    QElapsedTimer open;
    open.start();
    const double openCpu = cpuMs();
    doc.reset(file);
    DesignScene scene(&doc);
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    view.setZoom(1.0);
    view.centerOn(QPointF(1000, 800));
    view.viewport()->repaint();
    std::printf("open (document + scene + first frame): CPU %.1f ms, wall %.1f ms\n", cpuMs() - openCpu,
                double(open.nsecsElapsed()) / 1e6);

    std::vector<double> pan;
    for (int i = 0; i < 240 && wanted("pan"); ++i)
        pan.push_back(frame(view, [&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i < 120 ? 24 : -24));
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + (i % 40 < 20 ? 12 : -12));
        }));
    if (wanted("pan"))
        report("pan at 100 %", pan);

    std::vector<double> zoom;
    view.setZoom(1.0);
    for (int i = 0; i < 240 && wanted("zoom"); ++i)
        zoom.push_back(frame(view, [&] { (i % 32 < 16) ? view.zoomOut() : view.zoomIn(); }));
    if (wanted("zoom"))
        report("zoom 100 % <-> 5 % (whole design)", zoom);

    view.setZoom(0.25);
    view.centerOn(scene.itemsBoundingRect().center());
    std::vector<double> far;
    for (int i = 0; i < 120 && wanted("far"); ++i)
        far.push_back(frame(view, [&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i < 60 ? 30 : -30));
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + (i % 20 < 10 ? 20 : -20));
        }));
    if (wanted("far"))
        report("pan at 25 %", far);
    if (!wanted("drag"))
        return 0;

    // Drag a selection of 100 nodes (with their flows) across the view.
    view.setZoom(0.5);
    QStringList hundred;
    Id firstVpc;
    for (const auto &[id, r] : doc.design().resources)
        if (r.kind == "vpc" && firstVpc.empty())
            firstVpc = id;
    // The 100 icon nodes nearest the first VPC's corner: its gateways, services and their regional
    // repositories, logs and secrets, with the flows between them.
    const Rect corner = doc.layout().nodes.at(firstVpc);
    std::vector<std::pair<double, Id>> near;
    for (const auto &[id, r] : doc.design().resources)
        if (r.kind != "subnet" && r.kind != "vpc" && doc.layout().nodes.count(id)) {
            const Rect b = doc.layout().nodes.at(id);
            near.push_back({std::hypot(b.x - corner.x, b.y - corner.y), id});
        }
    std::sort(near.begin(), near.end());
    for (std::size_t i = 0; i < near.size() && i < 100; ++i)
        hundred << QString::fromStdString(near[i].second);
    scene.selectIds(hundred);
    const QPointF grip = scene.boxOf(hundred.first()).center();
    view.centerOn(grip);
    QWidget *vp = view.viewport();
    const QPoint start = view.mapFromScene(grip);
    QTest::mousePress(vp, Qt::LeftButton, {}, start);
    std::vector<double> drag;
    for (int i = 1; i <= 120; ++i) {
        // 10 px = 20 scene units = one grid step: every frame moves the nodes. Out and back, so
        // they stay in their subnets.
        const int x = i <= 60 ? i : 120 - i;
        drag.push_back(frame(view, [&] { QTest::mouseMove(vp, start + QPoint(x * 10, (i % 2) * 10)); }));
    }
    QElapsedTimer release;
    release.start();
    const double releaseCpu = cpuMs();
    QTest::mouseRelease(vp, Qt::LeftButton, {}, start + QPoint(10, 0));
    QCoreApplication::processEvents();
    report("drag 100 nodes at 50 %", drag);
    std::printf("drop (one edit, scene update): CPU %.1f ms, wall %.1f ms, undo steps %d, selected %d\n", cpuMs() - releaseCpu,
                double(release.nsecsElapsed()) / 1e6, doc.undoStack()->count(), int(scene.selectedIds().size()));
    return 0;
}

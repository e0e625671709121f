// Frame times of the editor canvas on a generated design of about 5,000 resources (offscreen
// raster): open (scene build + first frame), panning, zooming and dragging a 100-node selection.
// Prints p50/p95 per scenario; the numbers go to docs/PERFORMANCE.md, "Editor canvas".
#include "model/core/catalog.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "model/core/layout/autolayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <ctime>

using namespace Stackyard;

namespace {

Resource make(const std::string &id, const std::string &kind, const std::string &parent = {})
{
    Resource r;
    r.id = id;
    r.kind = kind;
    r.name = id;
    r.parent = parent;
    r.properties = Catalog::builtin().defaultProperties(kind);
    return r;
}

// VPCs of two AZs x three tiers; each subnet holds a grid of icons; spanning resources and
// flows between neighbours; a row of regional resources.
DesignFile generate(int vpcs, int perSubnet)
{
    DesignFile f;
    Design &d = f.design;
    const char *nodeKinds[] = {"bastion", "lambda", "eic-endpoint", "nat-gateway"};
    for (int v = 0; v < vpcs; ++v) {
        const std::string vpc = "vpc" + std::to_string(v);
        d.resources[vpc] = make(vpc, "vpc");
        std::string igw = vpc + "-igw";
        d.resources[igw] = make(igw, "internet-gateway", vpc);
        RouteTable pub{vpc + "-rt-pub", "public", vpc, false, {{"0.0.0.0/0", RouteTargetKind::InternetGateway, igw}}, {}};
        RouteTable priv{vpc + "-rt-app", "app", vpc, false, {}, {}};
        std::vector<std::string> previous;
        for (const char *tier : {"pub", "app", "db"}) {
            std::vector<Id> tierSubnets;
            for (const char *az : {"a", "b"}) {
                const std::string s = vpc + "-" + tier + "-" + az;
                d.resources[s] = make(s, "subnet", vpc);
                d.resources[s].properties["availabilityZone"] = std::string("us-east-1") + az;
                tierSubnets.push_back(s);
                if (std::string(tier) == "pub")
                    pub.subnets.push_back(s);
                for (int i = 0; i < perSubnet; ++i) {
                    const std::string n = s + "-n" + std::to_string(i);
                    const char *kind = std::string(tier) == "pub" && i == 0 ? "nat-gateway" : nodeKinds[i % 3];
                    d.resources[n] = make(n, kind, s);
                    if (i > 0) {
                        const std::string fid = n + "-flow";
                        d.flows[fid] = Flow{fid, s + "-n" + std::to_string(i - 1), n, Protocol::Tcp, PortRange::single(443), "", -1, i % 4 == 0};
                    }
                }
            }
            const std::string span = vpc + "-" + tier + "-span";
            d.resources[span] = make(span, std::string(tier) == "pub" ? "alb" : std::string(tier) == "app" ? "ecs-service" : "aurora-cluster", vpc);
            d.resources[span].placement = tierSubnets;
            if (!previous.empty())
                d.flows[span + "-in"] = Flow{span + "-in", previous.front(), span, Protocol::Tcp, PortRange::single(8080), "", -1, false};
            previous = {span};
        }
        d.routeTables[pub.id] = pub;
        d.routeTables[priv.id] = priv;
    }
    f.layout = autoLayout(d);
    return f;
}

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

// One frame as the event loop would produce it: the pending update (after a scroll, only the
// exposed strip) is painted now.
// The machine is shared with parallel builds, so wall-clock times mostly measure waiting for a
// core: frames are timed in CPU time of this thread (what the frame costs), wall time kept aside.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

std::vector<double> g_wall;

double frame(DesignView &view, const std::function<void()> &change)
{
    QElapsedTimer wall;
    wall.start();
    const double start = cpuMs();
    change();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    view.viewport()->update(); // a pan in a real session also repaints what moved under the cursor
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
    const int perSubnet = argc > 1 ? std::atoi(argv[1]) : 30;
    const DesignFile file = generate(25, perSubnet);
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
    for (int i = 0; i < 240; ++i)
        pan.push_back(frame(view, [&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i < 120 ? 24 : -24));
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + (i % 40 < 20 ? 12 : -12));
        }));
    report("pan at 100 %", pan);

    std::vector<double> zoom;
    view.setZoom(1.0);
    for (int i = 0; i < 240; ++i)
        zoom.push_back(frame(view, [&] { (i % 32 < 16) ? view.zoomOut() : view.zoomIn(); }));
    report("zoom 100 % <-> 3 % (whole design)", zoom);

    view.setZoom(0.25);
    view.centerOn(QPointF(4800, 4800));
    std::vector<double> far;
    for (int i = 0; i < 120; ++i)
        far.push_back(frame(view, [&] {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i < 60 ? 30 : -30));
        }));
    report("pan at 25 %", far);

    // Drag a selection of 100 nodes (with their flows) across the view.
    view.setZoom(0.5);
    QStringList hundred;
    for (const auto &[id, r] : doc.design().resources)
        if (hundred.size() < 100 && r.kind != "subnet" && r.kind != "vpc" && id.rfind("vpc0-", 0) == 0)
            hundred << QString::fromStdString(id);
    scene.selectIds(hundred);
    const QPointF grip = scene.boxOf(hundred.first()).center();
    view.centerOn(grip);
    QWidget *vp = view.viewport();
    const QPoint start = view.mapFromScene(grip);
    QTest::mousePress(vp, Qt::LeftButton, {}, start);
    std::vector<double> drag;
    for (int i = 1; i <= 120; ++i) {
        const int x = i <= 60 ? i : 120 - i; // out and back, so the nodes stay in their subnets
        drag.push_back(frame(view, [&] { QTest::mouseMove(vp, start + QPoint(x * 2, (i % 20) / 2)); }));
    }
    QElapsedTimer release;
    release.start();
    const double releaseCpu = cpuMs();
    QTest::mouseRelease(vp, Qt::LeftButton, {}, start + QPoint(12, 0));
    QCoreApplication::processEvents();
    report("drag 100 nodes at 50 %", drag);
    std::printf("drop (one edit, scene update): CPU %.1f ms, wall %.1f ms, undo steps %d, selected %d\n", cpuMs() - releaseCpu,
                double(release.nsecsElapsed()) / 1e6, doc.undoStack()->count(), int(scene.selectedIds().size()));
    return 0;
}

// CPU time of the canvas overlays on the team's generated designs: one refreshDecorations() (what
// every edit costs after validation: finding badges and blocked flows; with the cost heat map
// and security-group chips on too), after the design is broken so that it has findings. The
// event loop runs between refreshes, as it does between two edits (the scene indexes new items).
// "after a small edit": one security group's ingress is given back or taken again before each
// refresh (the analysis runs first, untimed), so a few findings change and the rest stay.
// Prints p50/p95; the numbers go to docs/PERFORMANCE.md, "Canvas overlays".
#include "model/core/generator/generator.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "widgets/canvas/designscene.h"

#include "tests/common/benchsizes.h"

#include <QApplication>
#include <QSignalBlocker>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Stackyard;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void measure(DesignScene &scene, const char *what, int size)
{
    std::vector<double> times;
    for (int i = 0; i < 12; ++i) {
        QCoreApplication::processEvents(); // as between two edits: the scene indexes new items
        const double start = cpuMs();
        scene.refreshDecorations();
        times.push_back(cpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    std::printf("%6d resources  %-34s p50 %6.2f ms  p95 %6.2f ms\n", size, what, times[6], times[11]);
}

void measureSmallEdits(DesignDocument &doc, LiveAnalysis &analysis, DesignScene &scene, const SecurityGroup &original,
                       int size)
{
    std::vector<double> times;
    SecurityGroup broken = original;
    broken.ingress.clear();
    for (int i = 0; i < 12; ++i) {
        doc.setSecurityGroup(i % 2 ? broken : original);
        {
            const QSignalBlocker quiet(&analysis); // the refresh below is the one measured
            analysis.refresh();
        }
        QCoreApplication::processEvents();
        const double start = cpuMs();
        scene.refreshDecorations();
        times.push_back(cpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    std::printf("%6d resources  %-34s p50 %6.2f ms  p95 %6.2f ms\n", size, "after a small edit (one SG)", times[6],
                times[11]);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::vector<int> sizes = Testing::benchSizes(argc, argv, {2000, 10000});
    for (int size : sizes) {
        DesignDocument doc;
        doc.reset(generateDesignOfSize(size, 42));
        // Every security group loses its ingress: flows break, findings on many nodes and flows.
        const SecurityGroup first = doc.design().securityGroups.begin()->second;
        for (const auto &[id, sg] : doc.design().securityGroups) {
            SecurityGroup open = sg;
            open.ingress.clear();
            doc.setSecurityGroup(open);
        }
        LiveAnalysis analysis(&doc);
        analysis.refresh();
        DesignScene scene(&doc);
        scene.setAnalysis(&analysis);
        std::printf("%6d resources: %zu findings, %lld blocked flows drawn\n", size, analysis.findings().size(),
                    static_cast<long long>(scene.blockedFlowIds().size()));
        measure(scene, "findings (default overlays)", size);
        measureSmallEdits(doc, analysis, scene, first, size);
        scene.setOverlay(DesignScene::Overlay::Cost, true);
        scene.setOverlay(DesignScene::Overlay::SecurityGroups, true);
        measure(scene, "findings + cost + security groups", size);
    }
    return 0;
}

// What one small edit costs the editor, wall time, on the team's generated designs: the edit
// (one security group's ingress taken away or given back), then what follows it in the editor:
// LiveAnalysis::refresh() (validation and pricing) and the canvas's finding badges and blocked
// flows, redrawn on the findings it announces. PRODUCT.md: "every edit re-checks and re-prices
// within one frame (16 ms) for designs of a few thousand resources". Also each part alone: the
// re-check LiveAnalysis makes (IncrementalValidation), a whole validate(), estimate(), the badges. Prints p50/p95; the numbers go to docs/PERFORMANCE.md, "One edit".
#include "model/core/cost/estimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/generator/generator.h"
#include "model/core/rules/incremental.h"
#include "model/core/rules/validate.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "widgets/canvas/designscene.h"

#include "tests/common/benchsizes.h"

#include <QApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Stackyard;

namespace {

struct Percentiles
{
    double p50 = 0, p95 = 0;
};

Percentiles wallMs(int runs, const std::function<void(int)> &run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run(i);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95))]};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::vector<int> sizes = Testing::benchSizes(argc, argv, {1000, 2000, 4000, 10000});
    std::printf("| resources | edit + check + price + badges, p50 (p95) ms | re-check after the edit (IncrementalValidation) | validate(), whole | estimate() | badges |\n|---|---|---|---|---|---|\n");
    for (int size : sizes) {
        DesignDocument doc;
        doc.reset(generateDesignOfSize(size, 42));
        LiveAnalysis analysis(&doc);
        DesignScene scene(&doc);
        scene.setAnalysis(&analysis);
        analysis.refresh();
        QCoreApplication::processEvents();
        const SecurityGroup original = doc.design().securityGroups.begin()->second;
        SecurityGroup broken = original;
        broken.ingress.clear();
        const int runs = size <= 4000 ? 21 : 11;

        const Percentiles edit = wallMs(runs, [&](int i) {
            doc.setSecurityGroup(i % 2 ? original : broken);
            analysis.refresh(); // what the coalescing timer runs; announces findings, then the canvas redraws
            QCoreApplication::processEvents();
        });
        const Percentiles check = wallMs(runs, [&](int) { (void)validate(doc.design()); });
        // What LiveAnalysis runs after such an edit: only the touched part checked again.
        IncrementalValidation incremental;
        incremental.update(doc.design(), {{}, true});
        const Percentiles recheck = wallMs(runs, [&](int i) {
            doc.setSecurityGroup(i % 2 ? original : broken);
            incremental.update(doc.design(), {{original.id}, false});
        });
        const std::optional<PriceTable> prices = PriceTable::builtin(doc.design().region);
        const Percentiles price = wallMs(runs, [&](int) { (void)estimate(doc.design(), *prices); });
        const Percentiles badges = wallMs(runs, [&](int) { scene.refreshDecorations(); });
        std::printf("| %d | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) |\n", size, edit.p50, edit.p95, recheck.p50,
                    recheck.p95, check.p50, check.p95, price.p50, price.p95, badges.p50, badges.p95);
        std::fflush(stdout);
    }
    return 0;
}

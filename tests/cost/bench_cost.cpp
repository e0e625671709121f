// bench_cost: prices generated designs (model/core/generator) of 1k and 10k resources.
// Not a ctest test; results go to docs/PERFORMANCE.md, section "Cost".
#include "model/core/cost/estimate.h"
#include "model/core/cost/scenarios.h"
#include "model/core/generator/generator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Stackyard;

namespace {

/// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main()
{
    std::string error;
    const auto prices = PriceTable::builtin("us-east-1", &error);
    if (!prices) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::printf("| resources | line items | estimate() median | scenarios() median | monthly total |\n");
    std::printf("|---:|---:|---:|---:|---:|\n");
    for (int size : {1000, 10000}) {
        const Design design = generateDesignOfSize(size, 7).design;
        CostEstimate e;
        const double estimateMs = medianMs(size > 5000 ? 5 : 11, [&] { e = estimate(design, *prices); });
        const double scenariosMs = medianMs(3, [&] { scenarios(design, *prices); });
        std::printf("| %zu | %zu | %.1f ms | %.0f ms | $%.2f |\n", design.resources.size(),
                    e.items.size() + e.unpriced.size(), estimateMs, scenariosMs, e.monthlyTotal);
    }
    return 0;
}

// bench_cost: prices generated designs (model/core/generator) of 1k and 10k resources.
// Not a ctest test; results go to docs/PERFORMANCE.md, section "Cost".
#include "model/core/cost/estimate.h"
#include "model/core/cost/scenarios.h"
#include "model/core/generator/generator.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Stackyard;

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Median wall and thread CPU time of `runs` calls, in milliseconds (the machine is shared: CPU
/// time is what the code costs).
Timing median(int runs, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        work();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
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
    std::printf("| resources | line items | estimate() ms, wall (CPU) | scenarios() ms, wall (CPU) | curve points | monthly total |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    for (int size : {1000, 10000}) {
        const Design design = generateDesignOfSize(size, 7).design;
        CostEstimate e;
        CostScenarios s;
        const Timing est = median(size > 5000 ? 5 : 11, [&] { e = estimate(design, *prices); });
        const Timing scn = median(3, [&] { s = scenarios(design, *prices); });
        std::printf("| %zu | %zu | %.1f (%.1f) | %.0f (%.0f) | %zu | $%.2f |\n", design.resources.size(),
                    e.items.size() + e.unpriced.size(), est.wallMs, est.cpuMs, scn.wallMs, scn.cpuMs,
                    s.taskCurve.size(), e.monthlyTotal);
    }
    return 0;
}

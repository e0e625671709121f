// bench_export: export of a generated 10,000-resource design (model/core/generator, the team's
// shared generator) to every format; results in docs/PERFORMANCE.md, section "Export".
// Not a ctest test. Usage: bench_export [resource count] [repetitions]
#include "exporters/registry.h"
#include "model/core/generator/generator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

using namespace Stackyard;

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 3;
    const Design design = generateDesignOfSize(count, 1).design;
    std::printf("design: %zu resources, %zu security groups, %zu route tables, %zu flows\n",
                design.resources.size(), design.securityGroups.size(), design.routeTables.size(),
                design.flows.size());
    int slow = 0;
    for (const ExporterInfo &info : exporters()) {
        double best = 1e30;
        double bestCpu = 1e30;
        std::size_t bytes = 0;
        std::size_t files = 0;
        for (int i = 0; i < repetitions; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t cpuStart = std::clock();
            const ExportResult result = info.run(design);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            // CPU time beside wall time: on a shared, loaded machine the wall clock measures the queue.
            bestCpu = std::min(bestCpu, 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
            best = std::min(best, ms);
            bytes = 0;
            files = result.files.size();
            for (const ExportFile &f : result.files)
                bytes += f.text.size();
        }
        slow += best > 500;
        std::printf("%-20s best of %d: %8.1f ms wall, %8.1f ms CPU  (%zu files, %zu bytes)%s\n",
                    std::string(info.id).c_str(), repetitions, best, bestCpu, files, bytes,
                    best > 500 ? "  over the 500 ms goal" : "");
    }
    return slow ? 1 : 0;
}

// bench_export: export of a generated 10,000-resource design (model/core/generator, the team's
// shared generator) to every format; results in docs/PERFORMANCE.md, section "Export".
// Not a ctest test. Usage: bench_export [resource count] [repetitions] [format id]
// STACKYARD_BENCH_DUMP=PREFIX writes every exported file of the last repetition to
// PREFIX.<format>.txt (how a change is checked to leave the output byte for byte the same).
#include "exporters/registry.h"
#include "model/core/generator/generator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

using namespace Stackyard;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int repetitions = std::max(1, argc > 2 ? std::atoi(argv[2]) : 3);
    const std::string only = argc > 3 ? argv[3] : "";
    const char *dump = std::getenv("STACKYARD_BENCH_DUMP");
    const Design design = generateDesignOfSize(count, 1).design;
    std::printf("design: %zu resources, %zu security groups, %zu route tables, %zu flows\n",
                design.resources.size(), design.securityGroups.size(), design.routeTables.size(),
                design.flows.size());
    int slow = 0;
    for (const ExporterInfo &info : exporters()) {
        if (!only.empty() && only != info.id)
            continue;
        std::vector<double> wall, cpu;
        std::size_t bytes = 0;
        std::size_t files = 0;
        for (int i = 0; i < repetitions; ++i) {
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t cpuStart = std::clock();
            const ExportResult result = info.run(design);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            // CPU time beside wall time: on a shared, loaded machine the wall clock measures the queue.
            cpu.push_back(1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
            wall.push_back(ms);
            bytes = 0;
            files = result.files.size();
            for (const ExportFile &f : result.files)
                bytes += f.text.size();
            if (dump && i + 1 == repetitions) {
                std::ofstream out(std::string(dump) + "." + std::string(info.id) + ".txt", std::ios::binary);
                for (const ExportFile &f : result.files)
                    out << "=== " << f.path << "\n" << f.text;
                for (const Diagnostic &d : result.diagnostics)
                    out << "--- " << int(d.severity) << " " << d.message << "\n";
            }
        }
        const double cpu50 = percentile(cpu, 0.5);
        slow += cpu50 > 500;
        std::printf("%-20s %d runs: CPU p50 %7.1f p95 %7.1f min %7.1f ms; wall p50 %7.1f p95 %7.1f ms  (%zu files, %zu bytes)%s\n",
                    std::string(info.id).c_str(), repetitions, cpu50, percentile(cpu, 0.95),
                    *std::min_element(cpu.begin(), cpu.end()), percentile(wall, 0.5), percentile(wall, 0.95), files,
                    bytes, cpu50 > 500 ? "  over the 500 ms goal" : "");
    }
    return slow ? 1 : 0;
}

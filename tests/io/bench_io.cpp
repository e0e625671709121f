// Load and save of generated designs (model/core/generator): median of several runs and peak RSS.
// Not a test: run `bench_io` by hand and copy the table into docs/PERFORMANCE.md ("Load and save").
#include "model/core/generator/generator.h"
#include "model/core/io/designio.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace Stackyard;

namespace {

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

double cpuNowMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// Wall-clock and CPU milliseconds of f(). CPU time is what the code costs; wall time also
/// counts waiting for a core on a busy machine.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename F>
Timing timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuNowMs();
    f();
    return {std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count(),
            cpuNowMs() - cpuStart};
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    std::printf("| resources | objects | file size | load ms (CPU) | save ms (CPU) | load + save ms, wall (CPU) | peak RSS (MB) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : {1000, 10000}) {
        const DesignFile design = generateDesignOfSize(size, 42);
        const std::string text = saveDesign(design);
        std::vector<double> loads, saves, both, loadsCpu, savesCpu, bothCpu;
        for (int i = 0; i < runs; ++i) {
            LoadResult result;
            const Timing load = timeMs([&] { result = loadDesign(text, "bench.json"); });
            if (!result.file || *result.file != design) {
                std::fprintf(stderr, "bench_io: %d resources did not load back\n", size);
                return 1;
            }
            std::string saved;
            const Timing save = timeMs([&] { saved = saveDesign(*result.file); });
            if (saved != text) {
                std::fprintf(stderr, "bench_io: %d resources did not save canonically\n", size);
                return 1;
            }
            loads.push_back(load.wall);
            saves.push_back(save.wall);
            both.push_back(load.wall + save.wall);
            loadsCpu.push_back(load.cpu);
            savesCpu.push_back(save.cpu);
            bothCpu.push_back(load.cpu + save.cpu);
        }
        std::printf("| %d | %zu | %.1f MB | %.0f (%.0f) | %.0f (%.0f) | **%.0f** (%.0f) | %ld |\n", size,
                    design.design.objectCount(), double(text.size()) / (1024 * 1024), medianMs(loads), medianMs(loadsCpu),
                    medianMs(saves), medianMs(savesCpu), medianMs(both), medianMs(bothCpu), peakRssMb());
    }
    std::printf("(median of %d runs; peak RSS of the whole process, after both sizes)\n", runs);
    return 0;
}

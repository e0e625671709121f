// bench_validate: full validation (analysis + every rule) of generated designs of 1k, 2k, 10k and
// 50k resources (engineer A's generator when it is in the build, else benchdesign.cpp). Prints
// p50/p95 wall time and CPU time of validate(design) as the product runs it (a large design part by
// part on every core), the peak heap a validation adds, and for comparison the wall time part by
// part on one thread and as one analysis of the whole design. Not run by ctest.
// STACKYARD_BENCH_DUMP=PREFIX writes every finding to PREFIX.<size>.txt (to compare two builds).
// `bench_validate SIZE --repeat N` only validates the design N times, for a profiler: under
// callgrind, (instructions at N = 3 - at N = 1) / 2 is the count of one validation, whatever the
// machine's caches (docs/PERFORMANCE.md, Validation round 5).
#include "benchdesign.h"

#ifdef STACKYARD_HAVE_GENERATOR
#include "model/core/generator/generator.h"
#endif
#include "model/core/analysis/analysis.h"
#include "model/core/analysis/partition.h"
#include "model/core/rules/validate.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <malloc.h>
#include <map>
#include <string>
#include <new>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_counting{false};
std::atomic<long long> g_live{0};
std::atomic<long long> g_peak{0};

void track(long long delta)
{
    const long long now = g_live += delta;
    long long peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
    }
}

} // namespace

// Counting allocator: the peak of live heap bytes during one validation, measured exactly in a
// separate run (counting is off while timing).
void *operator new(std::size_t size)
{
    void *p = std::malloc(size ? size : 1);
    if (!p)
        throw std::bad_alloc();
    if (g_counting.load(std::memory_order_relaxed))
        track(static_cast<long long>(malloc_usable_size(p)));
    return p;
}
void operator delete(void *p) noexcept
{
    if (p && g_counting.load(std::memory_order_relaxed))
        track(-static_cast<long long>(malloc_usable_size(p)));
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept { operator delete(p); }

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 2000, 10000, 50000};
    if (argc > 1)
        sizes = {std::atoi(argv[1])};
    if (argc > 3 && std::string(argv[2]) == "--repeat") {
#ifdef STACKYARD_HAVE_GENERATOR
        const Stackyard::Design design = Stackyard::generateDesignOfSize(sizes.front(), 42).design;
#else
        const Stackyard::Design design = Stackyard::Bench::generate(sizes.front());
#endif
        std::size_t findings = 0;
        for (int i = 0, n = std::atoi(argv[3]); i < n; ++i)
            findings += Stackyard::validate(design).size();
        std::printf("%d resources, %zu findings in all\n", int(design.resources.size()), findings);
        return 0;
    }
    std::printf("| resources | objects | findings | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms | analysis CPU p50 ms | runs | peak heap MiB "
                "| parts | parts on 1 thread, wall p50 ms | one analysis, wall p50 ms | cold cache, wall p50 ms |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int size : sizes) {
#ifdef STACKYARD_HAVE_GENERATOR
        const Stackyard::Design design = Stackyard::generateDesignOfSize(size, 42).design; // the team's shared generator
#else
        const Stackyard::Design design = Stackyard::Bench::generate(size);
#endif
        const int runs = size <= 2000 ? 40 : size <= 10000 ? 15 : 5;
        std::vector<double> ms, cpu;
        std::size_t findings = 0;
        long long peak = 0;
        for (int i = 0; i < runs + 1; ++i) {
            timespec cpuStart{}, cpuEnd{};
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuStart); // every thread's: validate() uses each core
            const auto start = std::chrono::steady_clock::now();
            const auto result = Stackyard::validate(design);
            const auto end = std::chrono::steady_clock::now();
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuEnd);
            findings = result.size();
            if (i > 0) { // the first run warms caches (catalogue parse)
                ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
                cpu.push_back((cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3 + (cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6);
            }
        }
        // The same validation done the other ways, for comparison: part by part on one thread, and
        // one analysis of the whole design (what validate() did before it split designs).
        const auto wallP50 = [&](auto &&run) {
            std::vector<double> t;
            for (int i = 0; i < runs; ++i) {
                const auto start = std::chrono::steady_clock::now();
                run();
                t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            }
            std::sort(t.begin(), t.end());
            return t[t.size() / 2];
        };
        // The same with the caches emptied before each run (64 MiB written, twice the L3): what a
        // validation costs when the editor has used the cache for other things in between, and the
        // same starting point at every size (a 2k design otherwise stays in the L3 between runs).
        static std::vector<char> evict(64u << 20);
        std::vector<double> coldMs;
        for (int i = 0; i < runs; ++i) {
            for (std::size_t b = 0; b < evict.size(); b += 64)
                evict[b] = char(evict[b] + 1);
            const auto start = std::chrono::steady_clock::now();
            (void)Stackyard::validate(design);
            coldMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(coldMs.begin(), coldMs.end());
        const double oneThread = wallP50([&] { Stackyard::validate(design, Stackyard::DesignPartition(design), 1); });
        const double oneAnalysis = wallP50([&] { Stackyard::validate(Stackyard::Analysis(design, Stackyard::Analysis::Explain::FailuresOnly)); });
        const std::size_t parts = Stackyard::validationSplits(design.objectCount(), std::clamp(std::thread::hardware_concurrency(), 1u, 4u))
                                      ? Stackyard::DesignPartition(design).parts().size()
                                      : 1; // validate() does not split a design this small
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        g_live = 0;
        g_peak = 0;
        g_counting = true;
        std::map<std::string, int> byRule;
        {
            const auto result = Stackyard::validate(design);
            g_counting = false;
            for (const Stackyard::Finding &f : result)
                ++byRule[f.rule + " (" + std::string(Stackyard::severityName(f.severity)) + ")"];
        }
        if (const char *dump = std::getenv("STACKYARD_BENCH_DUMP")) { // every finding, to compare two builds
            const auto result = Stackyard::validate(design);
            if (FILE *out = std::fopen((std::string(dump) + "." + std::to_string(size) + ".txt").c_str(), "w")) {
                for (const Stackyard::Finding &f : result) {
                    std::string subjects;
                    for (const auto &s : f.subjects)
                        subjects += s + ",";
                    std::fprintf(out, "%s|%s|%s|%s|%s|%s\n", f.rule.c_str(), std::string(Stackyard::severityName(f.severity)).c_str(),
                                 subjects.c_str(), f.message.c_str(), f.fixHint.c_str(), f.fix.c_str());
                }
                // The flow inspector's view too: every path with all its hops in words.
                const Stackyard::Analysis full(design, Stackyard::Analysis::Explain::AllHops);
                for (const Stackyard::Reachability &r : full.reachability()) {
                    std::fprintf(out, "%s|%s|%s\n", std::string(Stackyard::purposeName(r.purpose)).c_str(), r.summary().c_str(), r.fix.str().c_str());
                    for (const Stackyard::Hop &h : r.hops)
                        std::fprintf(out, "  %s|%d|%s\n", h.component.c_str(), int(h.passes), h.text.str().c_str());
                }
                std::fclose(out);
            }
        }
        if (std::getenv("STACKYARD_BENCH_RULES")) // what the generated design triggers, on stderr
            for (const auto &[rule, n] : byRule)
                std::fprintf(stderr, "%d: %s %d\n", size, rule.c_str(), n);
        peak = g_peak.load();
        // The shared analysis as validate() builds it (failing hops explained), alone, CPU time.
        std::vector<double> analysisCpu;
        for (int i = 0; i < runs; ++i) {
            timespec t0{}, t1{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
            { const Stackyard::Analysis analysis(design, Stackyard::Analysis::Explain::FailuresOnly); }
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
            analysisCpu.push_back((t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
        }
        std::sort(analysisCpu.begin(), analysisCpu.end());
        const double p50 = ms[ms.size() / 2];
        const double p95 = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.95))];
        const double cpu95 = cpu[std::min(cpu.size() - 1, static_cast<std::size_t>(cpu.size() * 0.95))];
        std::printf("| %d | %zu | %zu | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %zu | %.1f | %.1f | %.1f |\n", int(design.resources.size()),
                    design.objectCount(), findings, p50, p95, cpu[cpu.size() / 2], cpu95, analysisCpu[analysisCpu.size() / 2], runs,
                    double(peak) / (1024.0 * 1024.0), parts, oneThread, oneAnalysis, coldMs[coldMs.size() / 2]);
        std::fflush(stdout);
    }
    return 0;
}

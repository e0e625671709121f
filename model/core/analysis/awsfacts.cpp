#include "awsfacts.h"

namespace Stackyard::Facts {

namespace {

struct FargateSize
{
    long long cpu;
    long long minMemory;
    long long maxMemory;
    long long step;
    std::string_view text;
};

// aws-facts.md §4 "Task CPU/memory (MiB)"; 256 CPU allows 512, 1024 and 2048 (step 512 from 512).
constexpr FargateSize kSizes[] = {
    {256, 512, 2048, 512, "512, 1024 or 2048"},
    {512, 1024, 4096, 1024, "1024-4096 in steps of 1024"},
    {1024, 2048, 8192, 1024, "2048-8192 in steps of 1024"},
    {2048, 4096, 16384, 1024, "4096-16384 in steps of 1024"},
    {4096, 8192, 30720, 1024, "8192-30720 in steps of 1024"},
    {8192, 16384, 61440, 4096, "16384-61440 in steps of 4096"},
    {16384, 32768, 122880, 8192, "32768-122880 in steps of 8192"},
};

} // namespace

bool isValidFargateSize(long long cpu, long long memory)
{
    for (const FargateSize &s : kSizes) {
        if (s.cpu != cpu)
            continue;
        return memory >= s.minMemory && memory <= s.maxMemory && (memory - s.minMemory) % s.step == 0;
    }
    return false;
}

std::string_view fargateMemoryText(long long cpu)
{
    for (const FargateSize &s : kSizes)
        if (s.cpu == cpu)
            return s.text;
    return {};
}

bool isGatewayEndpointService(std::string_view service)
{
    return service == "s3" || service == "dynamodb" || service == "s3express";
}

} // namespace Stackyard::Facts

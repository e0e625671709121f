#include "allrules.h"
#include "ruleutil.h"

#include "model/core/analysis/awsfacts.h"

namespace Stackyard {

STACKYARD_RULE(fargateTaskSize, FargateTaskSize, "fargate-task-size", "Fargate task CPU and memory form a valid pair",
               Pillar::Perf, Severity::Error, "", "rules/fargate-task-size.md")

void FargateTaskSize::check(const Analysis &a, Findings &f) const
{
    for (const Resource *s : a.ofKind("ecs-service")) {
        const ServiceProperties &p = a.props().service(*s);
        if (p.launchType != "FARGATE")
            continue;
        const long long cpu = p.cpu.orElse(-1);
        const long long memory = p.memory.orElse(-1);
        if (Facts::isValidFargateSize(cpu, memory))
            continue;
        const std::string_view allowed = Facts::fargateMemoryText(cpu);
        f.add(info(), {s->id},
              Text(STACKYARD_TEXT("%1 asks for %2 CPU units and %3 MiB, which is not a Fargate task size"), s->id, cpu, memory),
              allowed.empty() ? Text(STACKYARD_TEXT("use a CPU value of 256, 512, 1024, 2048, 4096, 8192 or 16384"))
                              : Text(STACKYARD_TEXT("with %1 CPU units use memory %2 MiB"), cpu, allowed));
    }
}

} // namespace Stackyard

// Fargate tasks (on-demand, Spot, ARM, ephemeral storage), their public IPs, logs and traces; bastions.
#include "capacitysplit.h"
#include "pricers.h"

#include <algorithm>

namespace Stackyard {

namespace {

void priceTaskLogs(Pricer &p, const Resource &service)
{
    const LogVolumes logs = serviceLogs(p, service);
    const Resource *group = p.design().resource(p.text(service, "logGroup"));
    // A group that sets its own ingestGbPerMonth already counts this service's logs.
    if (logs.cloudwatchGb > 0 && !(group && logGroupHasOwnIngest(p, *group)))
        p.add(service, "logs.ingest-gb", logs.cloudwatchGb, "GB", "cloudwatch.logs.ingest_standard_gb",
              group ? logs.note : Text(STACKYARD_TEXT("%1; no log group: storage not estimated"), logs.note));
    if (logs.firehoseGb > 0)
        p.add(service, "firehose.ingest-gb", logs.firehoseGb, "GB",
              "firehose.direct_put.ingest_gb_first_500tb", Text(STACKYARD_TEXT("%1 routed to Firehose"), logs.note));
}

} // namespace

void priceEcsService(Pricer &p, const Resource &service)
{
    if (p.text(service, "launchType") == "EC2")
        return; // EC2 capacity is not designed here: the instances would be priced, not tasks
    const double tasks = p.taskCount(service);
    const double vcpu = p.number(service, "cpu") / 1024.0;
    const double memoryGb = p.number(service, "memory") / 1024.0;
    const bool arm = p.text(service, "cpuArchitecture") == "ARM64";
    const std::vector<CapacityShare> strategy = p.options().strategyOverride ? *p.options().strategyOverride
                                                                            : strategyOf(service);
    const TaskSplit split = splitTasks(tasks, strategy);
    const std::string arch = arm ? "ARM64" : "x86_64";

    if (split.onDemand > 0) {
        const Text note(STACKYARD_TEXT("%1 on-demand tasks x %2 vCPU, %3 GB (%4) x 730 h"),
                        formatNumber(split.onDemand), formatNumber(vcpu), formatNumber(memoryGb), arch);
        const std::string prefix = arm ? "fargate-arm." : "fargate.";
        const std::string key = arm ? "fargate.linux_arm." : "fargate.linux_x86.";
        p.add(service, prefix + "vcpu-hours", split.onDemand * vcpu * kHoursPerMonth, "vCPU-hours",
              key + "vcpu_hour", note);
        p.add(service, prefix + "memory-gb-hours", split.onDemand * memoryGb * kHoursPerMonth, "GB-hours",
              key + "gb_hour", note);
    }
    if (split.spot > 0) {
        const Text note(STACKYARD_TEXT("%1 Spot tasks x %2 vCPU, %3 GB (%4) x 730 h"), formatNumber(split.spot),
                        formatNumber(vcpu), formatNumber(memoryGb), arch);
        const std::string prefix = arm ? "fargate-spot-arm." : "fargate-spot.";
        const std::string key = arm ? "fargate_spot.linux_arm." : "fargate_spot.linux_x86.";
        p.add(service, prefix + "vcpu-hours", split.spot * vcpu * kHoursPerMonth, "vCPU-hours",
              key + "vcpu_hour", note);
        p.add(service, prefix + "memory-gb-hours", split.spot * memoryGb * kHoursPerMonth, "GB-hours",
              key + "gb_hour", note);
    }
    const double extraStorage = p.number(service, "ephemeralStorageGb") - 20.0;
    if (extraStorage > 0 && tasks > 0)
        p.add(service, "fargate.ephemeral-storage-gb-hours", tasks * extraStorage * kHoursPerMonth, "GB-hours",
              "fargate.ephemeral_storage_over_20gb.gb_hour",
              Text(STACKYARD_TEXT("%1 tasks x %2 GB above the 20 GB included x 730 h"), formatNumber(tasks),
                   formatNumber(extraStorage)));
    if (p.flag(service, "assignPublicIp") && tasks > 0)
        p.add(service, "public-ipv4.hours", tasks * kHoursPerMonth, "address-hours", "public_ipv4.hour",
              Text(STACKYARD_TEXT("%1 tasks with a public IPv4 address x 730 h"), formatNumber(tasks)));
    priceTaskLogs(p, service);
    if (p.flag(service, "xray")) {
        const double requests = p.requestsPerMonth(&service);
        const double share = p.usage(&service, "xraySampledShare");
        p.add(service, "xray.traces", requests * share / 1e6, "1M traces", "xray.traces_recorded_per_million",
              Text(STACKYARD_TEXT("%1 requests x %2 sampled (usage xraySampledShare); free tier not deducted"),
                   formatNumber(requests), formatNumber(share)));
    }
    if (p.flag(service, "runningTaskAlarm"))
        p.add(service, "cloudwatch.alarm-months", 1, "alarm-months", "cloudwatch.alarm_standard_month",
              Text(STACKYARD_TEXT("RunningTaskCount alarm (REL-3)")));
}

void priceBastion(Pricer &p, const Resource &bastion)
{
    const std::string type = p.text(bastion, "instanceType");
    p.add(bastion, "ec2.instance-hours", kHoursPerMonth, "instance-hours", "ec2." + type + ".hour",
          Text(STACKYARD_TEXT("1 %1 (Linux, on-demand) x 730 h; EBS root volume not priced"), type));
    if (p.flag(bastion, "publicIp"))
        p.add(bastion, "public-ipv4.hours", kHoursPerMonth, "address-hours", "public_ipv4.hour",
              Text(STACKYARD_TEXT("1 public IPv4 address x 730 h")));
}

} // namespace Stackyard

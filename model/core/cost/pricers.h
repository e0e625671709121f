#pragma once

#include "pricer.h"

namespace Stackyard {

// Internal to the cost model: one pricing function per catalogue kind, each adding the line items
// that kind causes. estimate.cpp dispatches to them.

void priceEcsService(Pricer &p, const Resource &service);   // compute.cpp
void priceBastion(Pricer &p, const Resource &bastion);      // compute.cpp
void priceNatGateway(Pricer &p, const Resource &nat);       // network.cpp
void priceVpcEndpoint(Pricer &p, const Resource &endpoint); // network.cpp
void priceAlb(Pricer &p, const Resource &alb);              // network.cpp
void priceAurora(Pricer &p, const Resource &cluster);       // data.cpp
void priceStorage(Pricer &p, const Resource &resource);     // data.cpp: s3, ecr, secret
void priceLogGroup(Pricer &p, const Resource &group);       // observability.cpp
void priceEcsCluster(Pricer &p, const Resource &cluster);   // observability.cpp
void priceAlarm(Pricer &p, const Resource &alarm);          // observability.cpp
void priceWaf(Pricer &p, const Resource &acl);              // observability.cpp

/// Where a service's logs go each month, under the usage assumptions.
struct LogVolumes
{
    double totalGb = 0;      ///< tasks x logGbPerTaskDay x 730/24 days
    double cloudwatchGb = 0; ///< routed to CloudWatch Logs (awslogs, or FireLens routes)
    double firehoseGb = 0;   ///< routed to Firehose
    Text note;               ///< how totalGb and the shares were reached
};
LogVolumes serviceLogs(const Pricer &p, const Resource &service);

/// True when a log group sets its own monthly ingestion (then services writing to it add none).
bool logGroupHasOwnIngest(const Pricer &p, const Resource &group);

} // namespace Stackyard

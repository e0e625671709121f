#pragma once

#include "model/core/design.h"
#include "model/core/text.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

class Analysis;

/// One step of a path, in order: a security group's egress, a route table, a NAT gateway, an
/// endpoint, a security group's ingress… `passes` is false on the step that stops the traffic.
struct Hop
{
    Id component;        ///< the design id of the security group, route table, subnet or resource
    Text text;           ///< what this step does with the traffic, in words (text.str() in English)
    bool passes = true;
};

/// Whether traffic can get from one thing to another, with the explanation.
struct Reachability
{
    enum class Purpose {
        DrawnFlow,        ///< a flow the architect drew
        InternetToAlb,    ///< clients to an internet-facing ALB's listener
        AlbToTarget,      ///< ALB to a service's tasks on the target port
        HealthCheck,      ///< ALB health checks on a port other than the traffic port
        ImagePull,        ///< tasks to ECR (ecr.api, ecr.dkr, S3 layers) or a public registry
        Logs,             ///< tasks to CloudWatch Logs (awslogs / FireLens)
        Secrets,          ///< tasks to Secrets Manager / SSM Parameter Store
        Tracing,          ///< the X-Ray daemon to X-Ray
        Database,         ///< tasks to the Aurora cluster they reference
        InternetExposure, ///< must NOT be possible: the internet to tasks or Aurora
    };

    Purpose purpose = Purpose::DrawnFlow;
    Id flow;                 ///< the drawn flow's id ("" for implied flows)
    Id from;
    Id to;                   ///< a resource id; for AWS services the design resource if any, else ""
    std::string service;     ///< the AWS service for service traffic ("ecr.api", "logs"…), else ""
    Protocol protocol = Protocol::Tcp;
    PortRange ports = PortRange::single(443);
    bool allowed = false;    ///< the traffic gets through
    bool explainPasses = true; ///< false when the analysis explains failures only: passing hops are left out
    bool shouldBeOpen = true;///< false for traffic that must not be possible
    std::vector<Hop> hops;
    Id blocking;             ///< the component of the first failing hop ("" when allowed)
    Text fix;                ///< the smallest change that would open (or close) the path

    /// True when the outcome is what the design needs.
    bool isOk() const { return allowed == shouldBeOpen; }
    /// "web-service -> ecr.api tcp/443: blocked at rt-app-a: …" in one line.
    Text summaryText() const;
    std::string summary() const; ///< summaryText() in English
};

std::string_view purposeName(Reachability::Purpose p); ///< "flow", "internet-to-alb", "image-pull"…

/// The AWS services behind a regional resource a flow may point at (an ECR repository: ecr.api,
/// ecr.dkr and s3), empty for resources without one.
std::vector<std::string> awsServicesOf(const Resource &r);

/// Evaluates every drawn flow and every flow the design implies.
std::vector<Reachability> computeReachability(const Analysis &analysis);

} // namespace Stackyard

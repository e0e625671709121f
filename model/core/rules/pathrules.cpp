#include "allrules.h"
#include "ruleutil.h"

// The rules that read reachability results: each is one small class; they share this file because
// each is a single call of RuleUtil::reportReachability with its own wording.
namespace Stackyard {

STACKYARD_RULE(imagePullPath, ImagePullPath, "image-pull-path",
               "Tasks can pull their images (ECR API + DKR + S3 layers, or the internet for public images)",
               Pillar::Rel, Severity::Error, "SEC-14", "rules/image-pull-path.md")
void ImagePullPath::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::ImagePull, STACKYARD_TEXT("pull its image"), "add-nat-per-az");
}

STACKYARD_RULE(logsPath, LogsPath, "logs-path", "Tasks can deliver their logs (CloudWatch Logs, S3, Firehose)",
               Pillar::Ops, Severity::Error, "LOG-2", "rules/logs-path.md")
void LogsPath::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::Logs, STACKYARD_TEXT("deliver its logs"), "add-endpoints");
}

STACKYARD_RULE(secretsPath, SecretsPath, "secrets-path", "Tasks can read their secrets (Secrets Manager / SSM)",
               Pillar::Sec, Severity::Error, "SEC-7", "rules/secrets-path.md")
void SecretsPath::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::Secrets, STACKYARD_TEXT("read its secrets at start"), "add-endpoints");
}

STACKYARD_RULE(tracingPath, TracingPath, "tracing-path", "Tasks with X-Ray reach the X-Ray service (NAT or endpoint)",
               Pillar::Ops, Severity::Warning, "MET-3", "rules/tracing-path.md")
void TracingPath::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::Tracing, STACKYARD_TEXT("send traces to X-Ray"), "add-endpoints");
}

STACKYARD_RULE(flowBlocked, FlowBlocked, "flow-blocked", "Every drawn flow (and referenced database) can get through",
               Pillar::Rel, Severity::Error, "", "rules/flow-blocked.md")
void FlowBlocked::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::DrawnFlow, STACKYARD_TEXT("send a drawn flow"), "least-privilege");
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::Database, STACKYARD_TEXT("reach its database"), "least-privilege");
}

STACKYARD_RULE(internetExposure, InternetExposure, "internet-exposure",
               "Nothing on the internet reaches tasks or Aurora directly", Pillar::Sec, Severity::Error, "NET-2",
               "rules/internet-exposure.md")
void InternetExposure::check(const Analysis &a, Findings &f) const
{
    RuleUtil::reportReachability(a, f, info(), Reachability::Purpose::InternetExposure, STACKYARD_TEXT("is reachable from the internet"),
                                 "least-privilege");
}

} // namespace Stackyard

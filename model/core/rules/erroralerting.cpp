#include "allrules.h"
#include "ruleutil.h"

#include <unordered_set>

namespace Stackyard {

STACKYARD_RULE(errorAlerting, ErrorAlerting, "error-alerting",
               "Production services have an error alert path (log group -> subscription filter -> Lambda -> SNS)",
               Pillar::Ops, Severity::Warning, "LOG-1", "rules/error-alerting.md")

void ErrorAlerting::check(const Analysis &a, Findings &f) const
{
    // Log groups with a complete alert path: filter -> Lambda with a topic -> SNS topic.
    std::unordered_set<std::string> alerted;
    for (const Resource *filter : a.ofKind("subscription-filter")) {
        const Resource *fn = a.resource(a.props().other(*filter).destination);
        const Resource *topic = fn && fn->kind == "lambda" ? a.resource(a.props().other(*fn).topic) : nullptr;
        if (topic && topic->kind == "sns-topic")
            alerted.insert(std::string(a.props().other(*filter).logGroup));
    }
    for (const Resource *s : a.ofKind("ecs-service")) {
        if (a.props().service(*s).environment != "prod")
            continue;
        const std::string logGroup(a.props().service(*s).logGroup);
        if (!logGroup.empty() && alerted.count(logGroup))
            continue;
        f.add(info(), {s->id},
              logGroup.empty() ? Text(STACKYARD_TEXT("production service %1 has no log group, so no error alert can fire"), s->id)
                               : Text(STACKYARD_TEXT("no subscription filter on %1 sends errors of %2 to a Lambda function that "
                                                     "notifies an SNS topic"),
                                      logGroup, s->id),
              Text(STACKYARD_TEXT("add the error alert pattern: subscription filter on the log group -> Lambda -> SNS topic")));
    }
}

} // namespace Stackyard

#include "tfcontext.h"

namespace Stackyard {

namespace {

OJson serviceDimensions(TfContext &tx, const Resource &svc)
{
    return {{"ClusterName", hclExpr(tx.ref(svc.stringProperty("cluster"), "name"))},
            {"ServiceName", hclExpr(tx.ref(svc.id, "name"))}};
}

void targetTracking(TfContext &tx, const Resource &svc, const Json &scaling, const std::string &target)
{
    struct Metric { const char *key; const char *suffix; const char *type; };
    static const Metric metrics[] = {{"cpuTarget", "cpu_scaling", "ECSServiceAverageCPUUtilization"},
                                     {"memoryTarget", "memory_scaling", "ECSServiceAverageMemoryUtilization"},
                                     {"requestsPerTarget", "request_scaling", "ALBRequestCountPerTarget"}};
    for (const Metric &m : metrics) {
        const double value = scaling.value(m.key, 0.0);
        if (value <= 0)
            continue;
        HclBody spec{{"predefined_metric_type", m.type}};
        if (std::string(m.key) == "requestsPerTarget") {
            const Resource *alb = serviceAlb(tx.design(), svc);
            if (!alb) {
                tx.warn(svc.id, "request-count scaling needs a load balancer; not exported");
                continue;
            }
            const std::string tg = tfTargetGroupArn(tx, alb->id, svc.properties["loadBalancer"].value("targetGroup", "app"));
            spec["resource_label"] = hclTemplate("${" + tx.ref(alb->id, "arn_suffix") + "}/${"
                                                 + tg.substr(0, tg.size() - 4) + ".arn_suffix}");
        }
        tx.resource("aws_appautoscaling_policy", tx.name(svc.id, m.suffix),
                    {{"name", hclTemplate("${var.environment_name}-" + svc.id + "-" + m.suffix)},
                     {"policy_type", "TargetTrackingScaling"},
                     {"resource_id", hclExpr("aws_appautoscaling_target." + target + ".resource_id")},
                     {"scalable_dimension", hclExpr("aws_appautoscaling_target." + target + ".scalable_dimension")},
                     {"service_namespace", hclExpr("aws_appautoscaling_target." + target + ".service_namespace")},
                     {"+target_tracking_scaling_policy_configuration",
                      {{"target_value", value},
                       {"scale_in_cooldown", scaling.value("scaleInCooldown", 300)},
                       {"scale_out_cooldown", scaling.value("scaleOutCooldown", 60)},
                       {"+predefined_metric_specification", spec}}}});
    }
}

void stepScaling(TfContext &tx, const Resource &svc, const Json &scaling, const std::string &target)
{
    int n = 0;
    for (const Json &step : listMember(scaling, "steps")) {
        ++n;
        const int adjustment = step.value("adjustment", 1);
        const bool out = adjustment > 0;
        const std::string metric = step.value("metric", "cpu") == "memory" ? "MemoryUtilization" : "CPUUtilization";
        const std::string policy = tx.name(svc.id, "step_policy" + std::to_string(n));
        HclBody bound = out ? HclBody{{"metric_interval_lower_bound", "0"}, {"scaling_adjustment", adjustment}}
                            : HclBody{{"metric_interval_upper_bound", "0"}, {"scaling_adjustment", adjustment}};
        tx.resource("aws_appautoscaling_policy", policy,
                    {{"name", hclTemplate("${var.environment_name}-" + svc.id + "-step" + std::to_string(n))},
                     {"policy_type", "StepScaling"},
                     {"resource_id", hclExpr("aws_appautoscaling_target." + target + ".resource_id")},
                     {"scalable_dimension", hclExpr("aws_appautoscaling_target." + target + ".scalable_dimension")},
                     {"service_namespace", hclExpr("aws_appautoscaling_target." + target + ".service_namespace")},
                     {"+step_scaling_policy_configuration",
                      {{"adjustment_type", "ChangeInCapacity"},
                       {"cooldown", scaling.value(out ? "scaleOutCooldown" : "scaleInCooldown", 60)},
                       {"metric_aggregation_type", "Average"},
                       {"+step_adjustment", bound}}}});
        tx.resource("aws_cloudwatch_metric_alarm", tx.name(svc.id, "step_alarm" + std::to_string(n)),
                    {{"alarm_name", hclTemplate("${var.environment_name}-" + svc.id + "-step" + std::to_string(n))},
                     {"alarm_description", svc.name + ": " + metric + (out ? " above " : " below ")
                                               + std::to_string(step.value("threshold", 70)) + " %"},
                     {"namespace", "AWS/ECS"},
                     {"metric_name", metric},
                     {"dimensions", serviceDimensions(tx, svc)},
                     {"statistic", "Average"},
                     {"period", 60},
                     {"evaluation_periods", 3},
                     {"threshold", step.value("threshold", 70)},
                     {"comparison_operator", out ? "GreaterThanThreshold" : "LessThanThreshold"},
                     {"alarm_actions", hclExpr("[aws_appautoscaling_policy." + policy + ".arn]")}});
    }
}

void runningTaskAlarm(TfContext &tx, const Resource &svc)
{
    const std::string topic = tx.ref(svc.stringProperty("alarmTopic"), "arn");
    if (!svc.boolProperty("runningTaskAlarm") || topic.empty())
        return;
    tx.resource("aws_cloudwatch_metric_alarm", tx.name(svc.id, "running_task_alarm"),
                {{"alarm_name", hclTemplate("${var.environment_name}-" + svc.id + "-running-tasks")},
                 {"alarm_description", svc.name + ": fewer tasks running than desired (REL-3)"},
                 {"namespace", "ECS/ContainerInsights"},
                 {"metric_name", "RunningTaskCount"},
                 {"dimensions", serviceDimensions(tx, svc)},
                 {"statistic", "Average"},
                 {"period", 60},
                 {"evaluation_periods", 3},
                 {"threshold", hclExpr("var." + tx.name(svc.id, "desired_count"))},
                 {"comparison_operator", "LessThanThreshold"},
                 {"treat_missing_data", "breaching"},
                 {"alarm_actions", hclExpr("[" + topic + "]")},
                 {"ok_actions", hclExpr("[" + topic + "]")}});
}

OJson dimensions(TfContext &tx, const Resource *subject)
{
    if (!subject)
        return OJson::object();
    if (subject->kind == "ecs-service")
        return serviceDimensions(tx, *subject);
    if (subject->kind == "ecs-cluster")
        return {{"ClusterName", hclExpr(tx.ref(subject->id, "name"))}};
    if (subject->kind == "alb")
        return {{"LoadBalancer", hclExpr(tx.ref(subject->id, "arn_suffix"))}};
    if (subject->kind == "aurora-cluster")
        return {{"DBClusterIdentifier", hclExpr(tx.ref(subject->id, "cluster_identifier"))}};
    return OJson::object();
}

} // namespace

void tfScaling(TfContext &tx)
{
    for (const auto &[id, svc] : tx.design().resources) {
        if (svc.kind != "ecs-service")
            continue;
        const Json &scaling = mapMember(svc.properties, "scaling");
        const std::string mode = scaling.value("mode", "target-tracking");
        if (mode != "none") {
            const std::string target = tx.name(id, "scalable_target");
            tx.resource("aws_appautoscaling_target", target,
                        {{"service_namespace", "ecs"},
                         {"scalable_dimension", "ecs:service:DesiredCount"},
                         {"resource_id", hclTemplate("service/${" + tx.ref(svc.stringProperty("cluster"), "name") + "}/${"
                                                     + tx.ref(id, "name") + "}")},
                         {"min_capacity", svc.intProperty("minCount", 1)},
                         {"max_capacity", svc.intProperty("maxCount", 4)}});
            if (mode == "step")
                stepScaling(tx, svc, scaling, target);
            else
                targetTracking(tx, svc, scaling, target);
        }
        runningTaskAlarm(tx, svc);
    }
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "alarm")
            continue;
        HclBody body{{"alarm_name", hclTemplate("${var.environment_name}-" + id)},
                     {"alarm_description", r.name},
                     {"namespace", r.stringProperty("namespace", "ECS/ContainerInsights")},
                     {"metric_name", r.stringProperty("metric", "RunningTaskCount")},
                     {"dimensions", dimensions(tx, tx.design().resource(r.stringProperty("subject")))},
                     {"statistic", "Average"},
                     {"period", 60},
                     {"evaluation_periods", 3},
                     {"threshold", r.properties.value("threshold", 1.0)},
                     {"comparison_operator", r.stringProperty("comparison", "LessThanThreshold")}};
        if (const std::string topic = tx.ref(r.stringProperty("topic"), "arn"); !topic.empty())
            body["alarm_actions"] = hclExpr("[" + topic + "]");
        body["tags"] = tx.tags(r);
        tx.resource("aws_cloudwatch_metric_alarm", tx.name(id), body);
    }
}

} // namespace Stackyard

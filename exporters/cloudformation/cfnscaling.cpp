#include "cfncontext.h"

namespace Stackyard {

namespace {

OJson serviceDimensions(CfnContext &cx, const Resource &svc)
{
    return OJson::array({{{"Name", "ClusterName"}, {"Value", CfnContext::ref(cx.refId(svc.stringProperty("cluster")))}},
                         {{"Name", "ServiceName"}, {"Value", CfnContext::getAtt(cx.id(svc.id), "Name")}}});
}

void targetTracking(CfnContext &cx, const Resource &svc, const Json &scaling, const std::string &target)
{
    struct Metric { const char *key; const char *suffix; const char *type; };
    static const Metric metrics[] = {{"cpuTarget", "CpuScaling", "ECSServiceAverageCPUUtilization"},
                                     {"memoryTarget", "MemoryScaling", "ECSServiceAverageMemoryUtilization"},
                                     {"requestsPerTarget", "RequestScaling", "ALBRequestCountPerTarget"}};
    for (const Metric &m : metrics) {
        const double value = scaling.value(m.key, 0.0);
        if (value <= 0)
            continue;
        OJson spec{{"PredefinedMetricType", m.type}};
        if (std::string(m.key) == "requestsPerTarget") {
            const Resource *alb = serviceAlb(cx.design(), svc);
            if (!alb) {
                cx.warn(svc.id, "request-count scaling needs a load balancer; not exported");
                continue;
            }
            const std::string tg = cfnTargetGroup(cx, alb->id, svc.properties["loadBalancer"].value("targetGroup", "app"));
            spec["ResourceLabel"] = CfnContext::join("/", OJson::array({CfnContext::getAtt(cx.id(alb->id), "LoadBalancerFullName"),
                                                                        CfnContext::getAtt(tg, "TargetGroupFullName")}));
        }
        cx.add(cx.id(svc.id, m.suffix), "AWS::ApplicationAutoScaling::ScalingPolicy",
               {{"PolicyName", CfnContext::sub("${AWS::StackName}-" + svc.id + "-" + m.suffix)},
                {"PolicyType", "TargetTrackingScaling"},
                {"ScalingTargetId", CfnContext::ref(target)},
                {"TargetTrackingScalingPolicyConfiguration",
                 {{"TargetValue", value},
                  {"PredefinedMetricSpecification", spec},
                  {"ScaleInCooldown", scaling.value("scaleInCooldown", 300)},
                  {"ScaleOutCooldown", scaling.value("scaleOutCooldown", 60)}}}});
    }
}

void stepScaling(CfnContext &cx, const Resource &svc, const Json &scaling, const std::string &target)
{
    int n = 0;
    for (const Json &step : listMember(scaling, "steps")) {
        ++n;
        const int adjustment = step.value("adjustment", 1);
        const bool out = adjustment > 0;
        const std::string metric = step.value("metric", "cpu") == "memory" ? "MemoryUtilization" : "CPUUtilization";
        const std::string policyId = cx.id(svc.id, "StepPolicy" + std::to_string(n));
        OJson bound = out ? OJson{{"MetricIntervalLowerBound", 0}, {"ScalingAdjustment", adjustment}}
                          : OJson{{"MetricIntervalUpperBound", 0}, {"ScalingAdjustment", adjustment}};
        cx.add(policyId, "AWS::ApplicationAutoScaling::ScalingPolicy",
               {{"PolicyName", CfnContext::sub("${AWS::StackName}-" + svc.id + "-step" + std::to_string(n))},
                {"PolicyType", "StepScaling"},
                {"ScalingTargetId", CfnContext::ref(target)},
                {"StepScalingPolicyConfiguration",
                 {{"AdjustmentType", "ChangeInCapacity"},
                  {"Cooldown", scaling.value(out ? "scaleOutCooldown" : "scaleInCooldown", 60)},
                  {"MetricAggregationType", "Average"},
                  {"StepAdjustments", OJson::array({bound})}}}});
        cx.add(cx.id(svc.id, "StepAlarm" + std::to_string(n)), "AWS::CloudWatch::Alarm",
               {{"AlarmDescription", svc.name + ": " + metric + (out ? " above " : " below ")
                                         + std::to_string(step.value("threshold", 70)) + " %"},
                {"Namespace", "AWS/ECS"},
                {"MetricName", metric},
                {"Dimensions", serviceDimensions(cx, svc)},
                {"Statistic", "Average"},
                {"Period", 60},
                {"EvaluationPeriods", 3},
                {"Threshold", step.value("threshold", 70)},
                {"ComparisonOperator", out ? "GreaterThanThreshold" : "LessThanThreshold"},
                {"AlarmActions", OJson::array({CfnContext::ref(policyId)})}});
    }
}

void runningTaskAlarm(CfnContext &cx, const Resource &svc)
{
    const std::string topic = cx.refId(svc.stringProperty("alarmTopic"));
    if (!svc.boolProperty("runningTaskAlarm") || topic.empty())
        return;
    const Resource *cluster = cx.design().resource(svc.stringProperty("cluster"));
    if (cluster && cluster->stringProperty("containerInsights") == "disabled")
        cx.warn(svc.id, "RunningTaskCount comes from Container Insights, which is disabled on its cluster");
    cx.add(cx.id(svc.id, "RunningTaskAlarm"), "AWS::CloudWatch::Alarm",
           {{"AlarmDescription", svc.name + ": fewer tasks running than desired (REL-3)"},
            {"Namespace", "ECS/ContainerInsights"},
            {"MetricName", "RunningTaskCount"},
            {"Dimensions", serviceDimensions(cx, svc)},
            {"Statistic", "Average"},
            {"Period", 60},
            {"EvaluationPeriods", 3},
            {"Threshold", CfnContext::ref(cx.id(svc.id, "DesiredCount"))},
            {"ComparisonOperator", "LessThanThreshold"},
            {"TreatMissingData", "breaching"},
            {"AlarmActions", OJson::array({CfnContext::ref(topic)})},
            {"OKActions", OJson::array({CfnContext::ref(topic)})}});
}

OJson alarmDimensions(CfnContext &cx, const Resource *subject)
{
    if (!subject)
        return OJson::array();
    if (subject->kind == "ecs-service")
        return serviceDimensions(cx, *subject);
    if (subject->kind == "ecs-cluster")
        return OJson::array({{{"Name", "ClusterName"}, {"Value", CfnContext::ref(cx.id(subject->id))}}});
    if (subject->kind == "alb")
        return OJson::array({{{"Name", "LoadBalancer"}, {"Value", CfnContext::getAtt(cx.id(subject->id), "LoadBalancerFullName")}}});
    if (subject->kind == "aurora-cluster")
        return OJson::array({{{"Name", "DBClusterIdentifier"}, {"Value", CfnContext::ref(cx.id(subject->id))}}});
    return OJson::array();
}

void designAlarms(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "alarm")
            continue;
        const Resource *subject = cx.design().resource(r.stringProperty("subject"));
        OJson props{{"AlarmDescription", r.name},
                    {"Namespace", r.stringProperty("namespace", "ECS/ContainerInsights")},
                    {"MetricName", r.stringProperty("metric", "RunningTaskCount")},
                    {"Dimensions", alarmDimensions(cx, subject)},
                    {"Statistic", "Average"},
                    {"Period", 60},
                    {"EvaluationPeriods", 3},
                    {"Threshold", r.properties.value("threshold", 1.0)},
                    {"ComparisonOperator", r.stringProperty("comparison", "LessThanThreshold")}};
        if (const std::string topic = cx.refId(r.stringProperty("topic")); !topic.empty())
            props["AlarmActions"] = OJson::array({CfnContext::ref(topic)});
        props["Tags"] = cx.tags(r);
        cx.add(cx.id(id), "AWS::CloudWatch::Alarm", std::move(props));
    }
}

} // namespace

void buildScaling(CfnContext &cx)
{
    for (const auto &[id, svc] : cx.design().resources) {
        if (svc.kind != "ecs-service")
            continue;
        const Json &scaling = mapMember(svc.properties, "scaling");
        const std::string mode = scaling.value("mode", "target-tracking");
        if (mode != "none") {
            const std::string target = cx.id(id, "ScalableTarget");
            cx.add(target, "AWS::ApplicationAutoScaling::ScalableTarget",
                   {{"ServiceNamespace", "ecs"},
                    {"ScalableDimension", "ecs:service:DesiredCount"},
                    {"ResourceId", CfnContext::join("/", OJson::array({"service", CfnContext::ref(cx.refId(svc.stringProperty("cluster"))),
                                                                       CfnContext::getAtt(cx.id(id), "Name")}))},
                    {"MinCapacity", svc.intProperty("minCount", 1)},
                    {"MaxCapacity", svc.intProperty("maxCount", 4)}});
            if (mode == "step")
                stepScaling(cx, svc, scaling, target);
            else
                targetTracking(cx, svc, scaling, target);
        }
        runningTaskAlarm(cx, svc);
    }
    designAlarms(cx);
}

} // namespace Stackyard

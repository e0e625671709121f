// ECS clusters and services, with task definitions, capacity providers and autoscaling folded in.
#include "mapper.h"

namespace Stackyard::Cfn {

namespace {

std::string imageSource(const Json &image, const Design &design)
{
    std::set<std::string> mentioned;
    Mapper::collectRefs(image, mentioned);
    for (const std::string &id : mentioned)
        if (const Resource *r = design.resource(id); r && r->kind == "ecr-repository")
            return "ecr";
    const std::string text = image.is_string() ? image.get<std::string>() : image.dump();
    if (text.find(".dkr.ecr.") != std::string::npos)
        return "ecr";
    if (!image.is_string())
        return "other";
    const auto slash = text.find('/');
    const std::string host = slash == std::string::npos ? std::string() : text.substr(0, slash);
    if (host.empty() || host.find('.') == std::string::npos || host == "public.ecr.aws" || host == "docker.io")
        return "public";
    return "other";
}

std::string containerRole(const Json &c, const std::string &image)
{
    const std::string name = lower(c.value("Name", std::string()));
    if (c.contains("FirelensConfiguration"))
        return "log-router";
    if (image.find("xray") != std::string::npos || name.find("xray") != std::string::npos)
        return "xray";
    if (name.find("envoy") != std::string::npos || name.find("proxy") != std::string::npos)
        return "proxy";
    return "app";
}

Json container(const Json &c, const Design &design)
{
    const Json image = textOrExpression(c.value("Image", Json("")));
    Json out{{"name", textOrExpression(c.value("Name", Json("")))},
             {"image", image},
             {"imageSource", imageSource(image, design)},
             {"essential", toBool(c.value("Essential", Json(true))).value_or(true)},
             {"portMappings", Json::array()},
             {"environment", Json::object()},
             {"secrets", Json::object()}};
    out["role"] = containerRole(c, image.is_string() ? image.get<std::string>() : std::string());
    for (const char *key : {"Cpu", "Memory", "StopTimeout"})
        if (auto v = toInt(c.value(key, Json())))
            out[std::string(key) == "StopTimeout" ? "stopTimeout" : lower(key)] = *v;
    if (c.contains("PortMappings") && c["PortMappings"].is_array())
        for (const Json &m : c["PortMappings"]) {
            const Json port = m.value("ContainerPort", Json());
            out["portMappings"].push_back({{"containerPort", toInt(port) ? Json(*toInt(port)) : port},
                                           {"protocol", textOrExpression(m.value("Protocol", Json("tcp")))}});
        }
    if (c.contains("Environment") && c["Environment"].is_array())
        for (const Json &e : c["Environment"])
            if (e.is_object() && e.contains("Name") && e["Name"].is_string())
                out["environment"][e["Name"].get<std::string>()] = textOrExpression(e.value("Value", Json("")));
    if (c.contains("Secrets") && c["Secrets"].is_array())
        for (const Json &s : c["Secrets"])
            if (s.is_object() && s.contains("Name") && s["Name"].is_string()) {
                const Json from = s.value("ValueFrom", Json(""));
                const std::string target = Mapper::ref(from);
                out["secrets"][s["Name"].get<std::string>()] = design.resource(target) ? Json(target) : textOrExpression(from);
            }
    if (c.contains("DependsOn") && c["DependsOn"].is_array()) {
        out["dependsOn"] = Json::array();
        for (const Json &d : c["DependsOn"])
            out["dependsOn"].push_back(textOrExpression(d.value("ContainerName", Json(""))));
    }
    if (c.contains("LogConfiguration"))
        out["logConfiguration"] = c["LogConfiguration"];
    if (c.contains("FirelensConfiguration"))
        out["firelensConfiguration"] = c["FirelensConfiguration"];
    return out;
}

} // namespace

void Mapper::mapCluster(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "ecs-cluster");
    std::string insights = "disabled";
    if (p.contains("ClusterSettings") && p["ClusterSettings"].is_array())
        for (const Json &s : p["ClusterSettings"])
            if (s.value("Name", Json()) == "containerInsights")
                insights = scalarText(s.value("Value", Json("disabled"))).value_or("disabled");
    r.properties["containerInsights"] = insights;
    r.properties["capacityProviders"] = p.value("CapacityProviders", Json::array());
}

bool Mapper::foldCapacityProviders(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource *cluster = m_design.resource(ref(p.value("Cluster", Json())));
    if (!cluster || cluster->kind != "ecs-cluster")
        return false;
    cluster->properties["capacityProviders"] = p.value("CapacityProviders", Json::array());
    fold(logicalId, cluster->id, "capacity-provider-associations");
    return true;
}

void Mapper::mapService(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "ecs-service");
    r.properties["cluster"] = ref(p.value("Cluster", Json()));
    const Json strategy = p.value("CapacityProviderStrategy", Json());
    std::string launch = scalarText(p.value("LaunchType", Json("EC2"))).value_or("EC2");
    if (strategy.is_array() && !strategy.empty()) {
        Json list = Json::array();
        for (const Json &s : strategy)
            list.push_back({{"capacityProvider", textOrExpression(s.value("CapacityProvider", Json("")))},
                            {"base", toInt(s.value("Base", Json(0))).value_or(0)},
                            {"weight", toInt(s.value("Weight", Json(0))).value_or(0)}});
        r.properties["capacityProviderStrategy"] = list;
        const std::string first = list[0]["capacityProvider"].is_string() ? list[0]["capacityProvider"].get<std::string>() : "";
        if (first.rfind("FARGATE", 0) == 0)
            launch = "FARGATE";
    }
    r.properties["launchType"] = launch;
    const long long desired = toInt(p.value("DesiredCount", Json(1))).value_or(1);
    r.properties["desiredCount"] = desired;
    r.properties["minCount"] = desired;
    r.properties["maxCount"] = desired;
    r.properties["scaling"] = {{"mode", "none"}};
    r.properties["runningTaskAlarm"] = false;
    r.properties["healthCheckGracePeriod"] = toInt(p.value("HealthCheckGracePeriodSeconds", Json(0))).value_or(0);
    const Json network = p.value("NetworkConfiguration", Json::object()).value("AwsvpcConfiguration", Json::object());
    r.placement = refs(network.value("Subnets", Json()));
    r.securityGroups = refs(network.value("SecurityGroups", Json()));
    r.properties["assignPublicIp"] = network.value("AssignPublicIp", Json("DISABLED")) == "ENABLED";
    if (p.contains("LoadBalancers") && p["LoadBalancers"].is_array() && !p["LoadBalancers"].empty()) {
        const Json &lb = p["LoadBalancers"][0];
        const std::string group = ref(lb.value("TargetGroupArn", Json()));
        auto alb = m_targetGroupAlb.find(group);
        const Json port = lb.value("ContainerPort", Json());
        r.properties["loadBalancer"] = {{"alb", alb == m_targetGroupAlb.end() ? std::string() : alb->second},
                                        {"targetGroup", group},
                                        {"containerName", textOrExpression(lb.value("ContainerName", Json("")))},
                                        {"containerPort", toInt(port) ? Json(*toInt(port)) : port}};
        if (r.parent.empty() && alb == m_targetGroupAlb.end() && !logicalIdOf(group).empty())
            r.parent = ref(props(logicalIdOf(group)).value("VpcId", Json()));
    }
    if (!m_design.resource(r.parent))
        r.parent.clear();
    const std::string taskId = ref(p.value("TaskDefinition", Json()));
    const std::string taskLogical = logicalIdOf(taskId);
    if (taskLogical.empty() || type(taskLogical) != "AWS::ECS::TaskDefinition") {
        warn(logicalId, "the task definition is not in this template; containers are unknown");
        return;
    }
    const Json &task = props(taskLogical);
    if (auto cpu = toInt(task.value("Cpu", Json())))
        r.properties["cpu"] = *cpu;
    if (auto memory = toInt(task.value("Memory", Json())))
        r.properties["memory"] = *memory;
    const Json platform = task.value("RuntimePlatform", Json::object());
    r.properties["cpuArchitecture"] = textOrExpression(platform.value("CpuArchitecture", Json("X86_64")));
    if (auto storage = toInt(task.value("EphemeralStorage", Json::object()).value("SizeInGiB", Json())))
        r.properties["ephemeralStorageGb"] = *storage;
    Json containers = Json::array();
    std::string logDriver = "", logGroup;
    bool xray = false;
    // A task definition a Stackyard export wrote: its sidecars (labelled stackyard:generated)
    // are what the service's logDriver / xray generate, ECR images name their repository.
    const Json &taskBody = m_parsed.root["Resources"][taskLogical];
    const bool fromStackyard = !generatedBy(taskBody).empty();
    for (const Json &c : task.value("ContainerDefinitions", Json::array())) {
        if (!c.is_object())
            continue;
        Json mapped = container(c, m_design);
        const bool sidecar = fromStackyard && c.value("DockerLabels", Json::object()).is_object()
                             && c.value("DockerLabels", Json::object()).contains("stackyard:generated");
        if (fromStackyard && mapped["image"].is_object() && mapped["image"].size() == 1 && mapped["image"].contains("Fn::Sub")
            && mapped["image"]["Fn::Sub"].is_string()) {
            const std::string text = mapped["image"]["Fn::Sub"].get<std::string>();
            const auto end = text.find(".RepositoryUri}:");
            const std::string repo = text.rfind("${", 0) == 0 && end != std::string::npos ? text.substr(2, end - 2) : std::string();
            if (const Resource *found = m_design.resource(repo); found && found->kind == "ecr-repository")
                mapped["image"] = repo;
        }
        if (mapped["role"] == "xray")
            xray = true;
        if (c.contains("FirelensConfiguration"))
            logDriver = lower(c["FirelensConfiguration"].value("Type", std::string("fluentbit"))) == "fluentd"
                            ? "firelens-fluentd" : "firelens-fluentbit";
        const Json logConfig = c.value("LogConfiguration", Json::object());
        if (logDriver.empty() && logConfig.value("LogDriver", Json()) == "awslogs")
            logDriver = "awslogs";
        if (logGroup.empty())
            logGroup = ref(logConfig.value("Options", Json::object()).value("awslogs-group", Json()));
        if (sidecar) {
            for (const Json &e : c.value("Environment", Json::array()))
                if (e.is_object() && e.value("Name", Json()) == "LOG_BUCKET")
                    r.properties["logBucket"] = ref(e.value("Value", Json()));
            continue;
        }
        containers.push_back(std::move(mapped));
    }
    if (fromStackyard && xray) // the address the export gives every container when X-Ray is on
        for (Json &c : containers)
            if (c["environment"].is_object() && c["environment"].value("AWS_XRAY_DAEMON_ADDRESS", Json()) == "127.0.0.1:2000")
                c["environment"].erase("AWS_XRAY_DAEMON_ADDRESS");
    if (fromStackyard)
        r.properties["logRoutes"] = taskBody["Metadata"]["Stackyard"].value("logRoutes", Json::array());
    r.properties["containers"] = containers;
    if (!logDriver.empty())
        r.properties["logDriver"] = logDriver;
    r.properties["logGroup"] = logGroup;
    r.properties["xray"] = xray;
    if (!isDone(taskLogical))
        fold(taskLogical, r.id, "task-definition");
    else if (m_design.cloudFormation["Folded"].contains(taskId))
        m_design.cloudFormation["Folded"][taskId]["alsoUsedBy"].push_back(r.id);
}

bool Mapper::foldScalableTarget(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    std::set<std::string> mentioned;
    collectRefs(p.value("ResourceId", Json()), mentioned);
    for (const std::string &candidate : mentioned) {
        Resource *service = m_design.resource(candidate);
        if (!service || service->kind != "ecs-service")
            continue;
        if (auto min = toInt(p.value("MinCapacity", Json())))
            service->properties["minCount"] = *min;
        if (auto max = toInt(p.value("MaxCapacity", Json())))
            service->properties["maxCount"] = *max;
        m_scalingTargets[id(logicalId)] = service->id;
        fold(logicalId, service->id, "scalable-target");
        return true;
    }
    return false;
}

bool Mapper::foldScalingPolicy(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    auto target = m_scalingTargets.find(ref(p.value("ScalingTargetId", Json())));
    if (target == m_scalingTargets.end())
        return false;
    Resource &service = m_design.resources[target->second];
    Json &scaling = service.properties["scaling"];
    if (p.contains("TargetTrackingScalingPolicyConfiguration")) {
        const Json &config = p["TargetTrackingScalingPolicyConfiguration"];
        const std::string metric = config.value("PredefinedMetricSpecification", Json::object())
                                       .value("PredefinedMetricType", std::string());
        const Json value = toNumber(config.value("TargetValue", Json())) ? Json(*toNumber(config["TargetValue"])) : Json(0);
        scaling["mode"] = "target-tracking";
        if (metric == "ECSServiceAverageCPUUtilization")
            scaling["cpuTarget"] = value;
        else if (metric == "ECSServiceAverageMemoryUtilization")
            scaling["memoryTarget"] = value;
        else if (metric == "ALBRequestCountPerTarget")
            scaling["requestsPerTarget"] = value;
        scaling["scaleOutCooldown"] = toInt(config.value("ScaleOutCooldown", Json(300))).value_or(300);
        scaling["scaleInCooldown"] = toInt(config.value("ScaleInCooldown", Json(300))).value_or(300);
    } else if (p.contains("StepScalingPolicyConfiguration")) {
        if (scaling.value("mode", std::string()) != "step")
            scaling = {{"mode", "step"}, {"steps", Json::array()}};
        const Json &config = p["StepScalingPolicyConfiguration"];
        bool scalesOut = true;
        for (const Json &step : config.value("StepAdjustments", Json::array()))
            scalesOut = toInt(step.value("ScalingAdjustment", Json(0))).value_or(0) > 0;
        for (const Json &step : config.value("StepAdjustments", Json::array()))
            scaling["steps"].push_back({{"metric", "cpu"},
                                        {"threshold", 0},
                                        {"adjustment", toInt(step.value("ScalingAdjustment", Json(0))).value_or(0)},
                                        {"policy", id(logicalId)}});
        // The cooldown of a policy that removes tasks is the scale-in cooldown.
        scaling[scalesOut ? "scaleOutCooldown" : "scaleInCooldown"] = toInt(config.value("Cooldown", Json(300))).value_or(300);
    }
    fold(logicalId, service.id, "scaling-policy");
    return true;
}

} // namespace Stackyard::Cfn

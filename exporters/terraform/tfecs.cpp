#include "tfcontext.h"

#include "exporters/cloudformation/textfiles.h"
#include "model/core/topology.h"

namespace Stackyard {

namespace {

const char *const kFluentBitInitImage = "public.ecr.aws/aws-observability/aws-for-fluent-bit:init-latest";
const char *const kXrayImage = "public.ecr.aws/xray/aws-xray-daemon:latest";

OJson image(TfContext &tx, const Resource &svc, const Json &c)
{
    if (const auto found = c.find("image"); found != c.end() && !found->is_string() && !found->is_null()) {
        // An expression the import could not evaluate (CloudFormation intrinsics): a variable.
        const std::string variable = tx.name(svc.id, c.value("name", "app") + "_image");
        tx.variable(variable, {{"description", "Image of container '" + c.value("name", "app") + "' of " + svc.name
                                                   + " (CloudFormation: " + found->dump() + ")"},
                               {"type", hclExpr("string")}});
        tx.warn(svc.id, "container image is an expression; exported as the variable " + variable);
        return hclExpr("var." + variable);
    }
    const std::string img = c.value("image", "");
    if (c.value("imageSource", "ecr") != "ecr" || img.find_first_of(":/@") != std::string::npos)
        return img;
    if (const Resource *repo = tx.plan().repositoryFor(img))
        return hclTemplate("${" + tx.ref(repo->id, "repository_url") + "}:${var.image_tag}");
    tx.warn(svc.id, "container '" + c.value("name", "") + "': no ECR repository for image '" + img + "'");
    return hclTemplate(img + ":${var.image_tag}");
}

OJson awslogs(TfContext &tx, const Resource &svc, const std::string &prefix)
{
    return {{"logDriver", "awslogs"},
            {"options", {{"awslogs-group", hclExpr(tx.ref(svc.stringProperty("logGroup"), "name"))},
                         {"awslogs-region", hclExpr("var.region")},
                         {"awslogs-stream-prefix", prefix}}}};
}

OJson secretSource(TfContext &tx, const std::string &value)
{
    const Resource *r = tx.design().resource(value);
    if (r && (r->kind == "secret" || r->kind == "ssm-parameter"))
        return hclExpr(tx.ref(r->id, "arn"));
    return value;
}

OJson container(TfContext &tx, const Resource &svc, const Json &c)
{
    const std::string name = c.value("name", "app");
    OJson def{{"name", name}, {"image", image(tx, svc, c)}, {"essential", c.value("essential", true)}};
    if (c.contains("cpu"))
        def["cpu"] = c["cpu"];
    if (c.contains("memory"))
        def["memory"] = c["memory"];
    OJson ports = OJson::array();
    for (const Json &p : listMember(c, "portMappings"))
        ports.push_back({{"containerPort", p.value("containerPort", 8080)}, {"protocol", p.value("protocol", "tcp")}});
    if (!ports.empty())
        def["portMappings"] = ports;
    OJson env = OJson::array();
    const Json &environment = mapMember(c, "environment");
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.push_back({{"name", it.key()}, {"value", it.value().is_string() ? it.value().get<std::string>() : it.value().dump()}});
    if (svc.boolProperty("xray"))
        env.push_back({{"name", "AWS_XRAY_DAEMON_ADDRESS"}, {"value", "127.0.0.1:2000"}});
    if (!env.empty())
        def["environment"] = env;
    OJson secrets = OJson::array();
    const Json &secretMap = mapMember(c, "secrets");
    for (auto it = secretMap.begin(); it != secretMap.end(); ++it)
        if (it.value().is_string())
            secrets.push_back({{"name", it.key()}, {"valueFrom", secretSource(tx, it.value().get<std::string>())}});
    if (!secrets.empty())
        def["secrets"] = secrets;
    if (c.contains("stopTimeout"))
        def["stopTimeout"] = c["stopTimeout"];
    OJson deps = OJson::array();
    for (const Json &dep : listMember(c, "dependsOn"))
        if (dep.is_string())
            deps.push_back({{"containerName", dep}, {"condition", "START"}});
    if (!deps.empty())
        def["dependsOn"] = deps;
    def["logConfiguration"] = usesFireLens(svc) ? OJson{{"logDriver", "awsfirelens"}} : awslogs(tx, svc, name);
    return def;
}

bool hasRole(const Json &containers, const std::string &role)
{
    for (const Json &c : containers)
        if (c.value("role", "app") == role)
            return true;
    return false;
}

OJson containerDefinitions(TfContext &tx, const Resource &svc)
{
    const Json &containers = listMember(svc.properties, "containers");
    OJson defs = OJson::array();
    for (const Json &c : containers)
        defs.push_back(container(tx, svc, c));
    if (usesFireLens(svc) && !hasRole(containers, "log-router")) {
        OJson env = OJson::array();
        const std::string bucket = tx.ref(svc.stringProperty("logBucket"), "bucket");
        if (!bucket.empty()) {
            env.push_back({{"name", "aws_fluent_bit_init_s3_1"},
                           {"value", hclTemplate("${" + tx.ref(svc.stringProperty("logBucket"), "arn") + "}/" + fluentBitConfigPath(svc))}});
            env.push_back({{"name", "LOG_BUCKET"}, {"value", hclExpr(bucket)}});
        }
        env.push_back({{"name", "LOG_GROUP"}, {"value", hclExpr(tx.ref(svc.stringProperty("logGroup"), "name"))}});
        env.push_back({{"name", "LOG_REGION"}, {"value", hclExpr("var.region")}});
        defs.push_back({{"name", "log-router"},
                        {"image", kFluentBitInitImage},
                        {"essential", true},
                        {"firelensConfiguration", {{"type", "fluentbit"}, {"options", {{"enable-ecs-log-metadata", "true"}}}}},
                        {"environment", env},
                        {"memoryReservation", 50},
                        {"logConfiguration", awslogs(tx, svc, "firelens")}});
    }
    if (svc.boolProperty("xray") && !hasRole(containers, "xray"))
        defs.push_back({{"name", "xray-daemon"},
                        {"image", kXrayImage},
                        {"essential", false},
                        {"cpu", 32},
                        {"memoryReservation", 256},
                        {"portMappings", OJson::array({{{"containerPort", 2000}, {"protocol", "udp"}}})},
                        {"logConfiguration", awslogs(tx, svc, "xray")}});
    return defs;
}

void roles(TfContext &tx, const Resource &svc)
{
    OJson secretArns = OJson::array();
    OJson parameterArns = OJson::array();
    for (const Json &c : listMember(svc.properties, "containers")) {
        const Json &secrets = mapMember(c, "secrets");
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            if (!it.value().is_string())
                continue;
            const std::string v = it.value().get<std::string>();
            const Resource *r = tx.design().resource(v);
            if (r && r->kind == "secret")
                secretArns.push_back(hclExpr(tx.ref(r->id, "arn")));
            else if (r && r->kind == "ssm-parameter")
                parameterArns.push_back(hclExpr(tx.ref(r->id, "arn")));
            else if (v.find(":secretsmanager:") != std::string::npos)
                secretArns.push_back(v);
            else if (v.find(":ssm:") != std::string::npos)
                parameterArns.push_back(v);
        }
    }
    OJson exec = OJson::array();
    if (!secretArns.empty())
        exec.push_back(tfAllow(OJson::array({"secretsmanager:GetSecretValue"}), secretArns));
    if (!parameterArns.empty())
        exec.push_back(tfAllow(OJson::array({"ssm:GetParameters"}), parameterArns));
    tfRole(tx, tx.name(svc.id, "execution_role"), "ecs-tasks.amazonaws.com", svc.id,
           {"service-role/AmazonECSTaskExecutionRolePolicy"}, exec);

    OJson task = OJson::array();
    if (usesFireLens(svc)) {
        task.push_back(tfAllow(OJson::array({"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"}),
                               OJson::array({hclTemplate("${" + tx.ref(svc.stringProperty("logGroup"), "arn") + "}:*")})));
        const std::string bucket = tx.ref(svc.stringProperty("logBucket"), "arn");
        if (!bucket.empty()) {
            task.push_back(tfAllow(OJson::array({"s3:GetBucketLocation", "s3:ListBucket"}), OJson::array({hclExpr(bucket)})));
            task.push_back(tfAllow(OJson::array({"s3:GetObject", "s3:PutObject"}), OJson::array({hclTemplate("${" + bucket + "}/*")})));
        }
        for (const Json &route : listMember(svc.properties, "logRoutes"))
            if (route.value("destination", "") == "firehose")
                for (const auto &[id, r] : tx.design().resources)
                    if (r.kind == "firehose") {
                        task.push_back(tfAllow(OJson::array({"firehose:PutRecordBatch"}), OJson::array({hclExpr(tx.ref(id, "arn"))})));
                        break;
                    }
    }
    std::vector<std::string> managed;
    if (svc.boolProperty("xray"))
        managed.push_back("AWSXRayDaemonWriteAccess");
    tfRole(tx, tx.name(svc.id, "task_role"), "ecs-tasks.amazonaws.com", svc.id, managed, task);
}

void service(TfContext &tx, const Resource &svc)
{
    const Design &d = tx.design();
    const std::string desired = tx.name(svc.id, "desired_count");
    tx.variable(desired, {{"description", "Tasks normally running for " + svc.name},
                          {"type", hclExpr("number")},
                          {"default", svc.intProperty("desiredCount", 2)}});
    const std::string td = tx.name(svc.id, "task_definition");
    HclBody taskDef{{"family", hclTemplate("${var.environment_name}-" + svc.id)},
                    {"requires_compatibilities", OJson::array({"FARGATE"})},
                    {"network_mode", "awsvpc"},
                    {"cpu", std::to_string(svc.intProperty("cpu", 512))},
                    {"memory", std::to_string(svc.intProperty("memory", 1024))},
                    {"execution_role_arn", hclExpr("aws_iam_role." + tx.name(svc.id, "execution_role") + ".arn")},
                    {"task_role_arn", hclExpr("aws_iam_role." + tx.name(svc.id, "task_role") + ".arn")},
                    {"container_definitions", hclExpr(tfJsonEncode(containerDefinitions(tx, svc)))},
                    {"+runtime_platform", {{"cpu_architecture", svc.stringProperty("cpuArchitecture", "X86_64")},
                                           {"operating_system_family", "LINUX"}}}};
    if (svc.intProperty("ephemeralStorageGb", 20) > 20)
        taskDef["+ephemeral_storage"] = {{"size_in_gib", svc.intProperty("ephemeralStorageGb", 20)}};
    taskDef["tags"] = tx.tags(svc.name + " task definition", svc.id);
    tx.resource("aws_ecs_task_definition", td, taskDef);

    HclBody body{{"name", svc.id},
                 {"cluster", hclExpr(tx.ref(svc.stringProperty("cluster")))},
                 {"task_definition", hclExpr("aws_ecs_task_definition." + td + ".arn")},
                 {"desired_count", hclExpr("var." + desired)}};
    OJson strategy = OJson::array();
    for (const Json &s : listMember(svc.properties, "capacityProviderStrategy"))
        strategy.push_back({{"capacity_provider", s.value("capacityProvider", "FARGATE")},
                            {"base", s.value("base", 0)},
                            {"weight", s.value("weight", 1)}});
    if (strategy.empty())
        body["launch_type"] = "FARGATE";
    body["enable_ecs_managed_tags"] = true;
    body["propagate_tags"] = "SERVICE";
    std::vector<std::string> listeners;
    const Resource *alb = serviceAlb(d, svc);
    if (alb)
        body["health_check_grace_period_seconds"] = svc.intProperty("healthCheckGracePeriod", 60);
    if (!strategy.empty())
        body["+capacity_provider_strategy"] = strategy;
    body["+network_configuration"] = {{"subnets", tx.refs(subnetsOf(d, svc))},
                                      {"security_groups", tx.refs(svc.securityGroups)},
                                      {"assign_public_ip", svc.boolProperty("assignPublicIp")}};
    if (alb) {
        const Json &lb = mapMember(svc.properties, "loadBalancer");
        const std::string tg = lb.value("targetGroup", "app");
        body["+load_balancer"] = {{"target_group_arn", hclExpr(tfTargetGroupArn(tx, alb->id, tg))},
                                  {"container_name", lb.value("containerName", "app")},
                                  {"container_port", lb.value("containerPort", 8080)}};
        listeners = tfListenersForwardingTo(tx, *alb, tg);
    }
    if (!strategy.empty() && !tx.ref(svc.stringProperty("cluster")).empty())
        listeners.push_back("aws_ecs_cluster_capacity_providers." + tx.name(svc.stringProperty("cluster"), "capacity_providers"));
    body["+deployment_circuit_breaker"] = {{"enable", true}, {"rollback", true}};
    body["deployment_maximum_percent"] = 200;
    body["deployment_minimum_healthy_percent"] = 100;
    body["tags"] = tx.tags(svc);
    if (!listeners.empty()) {
        std::string list = "[";
        for (std::size_t i = 0; i < listeners.size(); ++i)
            list += (i ? ", " : "") + listeners[i];
        body["depends_on"] = hclExpr(list + "]");
    }
    tx.resource("aws_ecs_service", tx.name(svc.id), body);
    tx.output(tx.name(svc.id, "name"), {{"description", "ECS service " + svc.name}, {"value", hclExpr(tx.ref(svc.id, "name"))}});
}

} // namespace

void tfContainers(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "ecs-cluster")
            continue;
        tx.resource("aws_ecs_cluster", tx.name(id),
                    {{"name", hclTemplate("${var.environment_name}-" + id)},
                     {"+setting", {{"name", "containerInsights"}, {"value", r.stringProperty("containerInsights", "enabled")}}},
                     {"tags", tx.tags(r)}});
        OJson providers = OJson::array();
        for (const Json &p : listMember(r.properties, "capacityProviders"))
            if (p.is_string())
                providers.push_back(p.get<std::string>());
        tx.resource("aws_ecs_cluster_capacity_providers", tx.name(id, "capacity_providers"),
                    {{"cluster_name", hclExpr(tx.ref(id, "name"))}, {"capacity_providers", providers}});
        tx.output(tx.name(id, "name"), {{"description", "ECS cluster " + r.name}, {"value", hclExpr(tx.ref(id, "name"))}});
    }
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "ecs-service")
            continue;
        roles(tx, r);
        service(tx, r);
    }
}

} // namespace Stackyard

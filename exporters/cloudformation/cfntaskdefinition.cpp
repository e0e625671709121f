#include "cfncontext.h"
#include "textfiles.h"

namespace Stackyard {

namespace {

// The Fluent Bit configuration comes from S3 through the "init" image of AWS for Fluent Bit
// (aws_fluent_bit_init_s3_N variables), not through FirelensConfiguration's
// config-file-type "s3": Fargate accepts only "file" there (ECS Developer Guide, "Custom log
// routing" > custom configuration, using_firelens.html; registering a Fargate task definition with
// "s3" fails with "Fargate launch type does not support FirelensConfiguration config file from
// 's3'"). The init image is AWS's documented way to load S3 configuration on Fargate.
const char *const kFluentBitInitImage = "public.ecr.aws/aws-observability/aws-for-fluent-bit:init-latest";
const char *const kXrayImage = "public.ecr.aws/xray/aws-xray-daemon:latest";

OJson imageOf(CfnContext &cx, const Resource &svc, const Json &container)
{
    // An imported image can be an expression the import could not evaluate (!Sub with the
    // account id): it goes back as written.
    if (const auto found = container.find("image"); found != container.end() && !found->is_string() && !found->is_null())
        return toOrdered(*found);
    const std::string image = container.value("image", "");
    if (container.value("imageSource", "ecr") != "ecr" || image.find_first_of(":/@") != std::string::npos)
        return image;
    if (const Resource *repo = cx.plan().repositoryFor(image))
        return CfnContext::sub("${" + cx.id(repo->id) + ".RepositoryUri}:${ImageTag}");
    cx.warn(svc.id, "container '" + container.value("name", "") + "': no ECR repository for image '" + image + "'");
    return CfnContext::sub(image + ":${ImageTag}");
}

OJson awslogs(CfnContext &cx, const Resource &svc, const std::string &prefix)
{
    return {{"LogDriver", "awslogs"},
            {"Options", {{"awslogs-group", CfnContext::ref(cx.refId(svc.stringProperty("logGroup")))},
                         {"awslogs-region", CfnContext::ref("AWS::Region")},
                         {"awslogs-stream-prefix", prefix}}}};
}

/// A Secrets Manager secret (Ref = ARN), an SSM parameter (by name) or a literal ARN.
OJson secretSource(CfnContext &cx, const std::string &value)
{
    const Resource *r = cx.design().resource(value);
    if (r && r->kind == "secret")
        return CfnContext::ref(cx.id(r->id));
    if (r && r->kind == "ssm-parameter")
        return CfnContext::sub("arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${EnvironmentName}/" + r->id);
    return value;
}

OJson appContainer(CfnContext &cx, const Resource &svc, const Json &c)
{
    const std::string name = c.value("name", "app");
    OJson def{{"Name", name}, {"Image", imageOf(cx, svc, c)}, {"Essential", c.value("essential", true)}};
    if (c.contains("cpu"))
        def["Cpu"] = c["cpu"];
    if (c.contains("memory"))
        def["Memory"] = c["memory"];
    OJson ports = OJson::array();
    for (const Json &p : listMember(c, "portMappings"))
        ports.push_back({{"ContainerPort", p.value("containerPort", 8080)}, {"Protocol", p.value("protocol", "tcp")}});
    if (!ports.empty())
        def["PortMappings"] = ports;
    OJson env = OJson::array();
    const Json &environment = mapMember(c, "environment");
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.push_back({{"Name", it.key()}, {"Value", it.value().is_string() ? it.value().get<std::string>() : it.value().dump()}});
    if (svc.boolProperty("xray"))
        env.push_back({{"Name", "AWS_XRAY_DAEMON_ADDRESS"}, {"Value", "127.0.0.1:2000"}});
    if (!env.empty())
        def["Environment"] = env;
    OJson secrets = OJson::array();
    const Json &secretMap = mapMember(c, "secrets");
    for (auto it = secretMap.begin(); it != secretMap.end(); ++it)
        if (it.value().is_string())
            secrets.push_back({{"Name", it.key()}, {"ValueFrom", secretSource(cx, it.value().get<std::string>())}});
    if (!secrets.empty())
        def["Secrets"] = secrets;
    if (c.contains("stopTimeout"))
        def["StopTimeout"] = c["stopTimeout"];
    OJson deps = OJson::array();
    for (const Json &dep : listMember(c, "dependsOn"))
        if (dep.is_string())
            deps.push_back({{"ContainerName", dep}, {"Condition", "START"}});
    if (!deps.empty())
        def["DependsOn"] = deps;
    def["LogConfiguration"] = usesFireLens(svc) ? OJson{{"LogDriver", "awsfirelens"}} : awslogs(cx, svc, name);
    return def;
}

OJson logRouter(CfnContext &cx, const Resource &svc)
{
    const std::string bucket = cx.refId(svc.stringProperty("logBucket"));
    OJson env = OJson::array();
    if (!bucket.empty()) {
        env.push_back({{"Name", "aws_fluent_bit_init_s3_1"},
                       {"Value", CfnContext::sub("arn:${AWS::Partition}:s3:::${" + bucket + "}/" + fluentBitConfigPath(svc))}});
        env.push_back({{"Name", "LOG_BUCKET"}, {"Value", CfnContext::ref(bucket)}});
    }
    env.push_back({{"Name", "LOG_GROUP"}, {"Value", CfnContext::ref(cx.refId(svc.stringProperty("logGroup")))}});
    env.push_back({{"Name", "LOG_REGION"}, {"Value", CfnContext::ref("AWS::Region")}});
    return {{"Name", "log-router"},
            {"Image", kFluentBitInitImage},
            {"Essential", true},
            {"FirelensConfiguration", {{"Type", "fluentbit"}, {"Options", {{"enable-ecs-log-metadata", "true"}}}}},
            {"DockerLabels", {{"stackyard:generated", "log-router"}}},
            {"Environment", env},
            {"MemoryReservation", 50},
            {"LogConfiguration", awslogs(cx, svc, "firelens")}};
}

OJson xrayDaemon(CfnContext &cx, const Resource &svc)
{
    return {{"Name", "xray-daemon"},
            {"Image", kXrayImage},
            {"Essential", false},
            {"Cpu", 32},
            {"MemoryReservation", 256},
            {"PortMappings", OJson::array({{{"ContainerPort", 2000}, {"Protocol", "udp"}}})},
            {"DockerLabels", {{"stackyard:generated", "xray"}}},
            {"LogConfiguration", awslogs(cx, svc, "xray")}};
}

bool hasRole(const Json &containers, const std::string &role)
{
    for (const Json &c : containers)
        if (c.value("role", "app") == role)
            return true;
    return false;
}

} // namespace

void cfnTaskDefinition(CfnContext &cx, const Resource &svc)
{
    const Json &containers = listMember(svc.properties, "containers");
    if (svc.stringProperty("logDriver") == "firelens-fluentd")
        cx.info(svc.id, "FireLens with Fluentd is exported with the AWS for Fluent Bit image (LOG-2)");
    OJson defs = OJson::array();
    for (const Json &c : containers)
        defs.push_back(appContainer(cx, svc, c));
    if (usesFireLens(svc) && !hasRole(containers, "log-router"))
        defs.push_back(logRouter(cx, svc));
    if (svc.boolProperty("xray") && !hasRole(containers, "xray"))
        defs.push_back(xrayDaemon(cx, svc));
    OJson props{{"Family", CfnContext::sub("${EnvironmentName}-" + svc.id)},
                {"RequiresCompatibilities", OJson::array({"FARGATE"})},
                {"NetworkMode", "awsvpc"},
                {"Cpu", std::to_string(svc.intProperty("cpu", 512))},
                {"Memory", std::to_string(svc.intProperty("memory", 1024))},
                {"RuntimePlatform", {{"CpuArchitecture", svc.stringProperty("cpuArchitecture", "X86_64")},
                                     {"OperatingSystemFamily", "LINUX"}}},
                {"ExecutionRoleArn", CfnContext::getAtt(cx.id(svc.id, "ExecutionRole"), "Arn")},
                {"TaskRoleArn", CfnContext::getAtt(cx.id(svc.id, "TaskRole"), "Arn")},
                {"ContainerDefinitions", defs}};
    const long long storage = svc.intProperty("ephemeralStorageGb", 20);
    if (storage > 20)
        props["EphemeralStorage"] = {{"SizeInGiB", storage}};
    props["Tags"] = cx.tags(svc.name + " task definition", svc.id);
    OJson &entry = cx.add(cx.id(svc.id, "TaskDefinition"), "AWS::ECS::TaskDefinition", std::move(props));
    // What the template cannot say (which log streams go where: the Fluent Bit file says it)
    // rides along for an import of this export.
    if (const auto routes = svc.properties.find("logRoutes"); routes != svc.properties.end() && routes->is_array() && !routes->empty())
        entry["Metadata"]["Stackyard"]["logRoutes"] = toOrdered(*routes);
}

} // namespace Stackyard

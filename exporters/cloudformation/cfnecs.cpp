#include "cfncontext.h"
#include "textfiles.h"

#include "model/core/topology.h"

namespace Stackyard {

void cfnTaskDefinition(CfnContext &cx, const Resource &svc); // cfntaskdefinition.cpp

namespace {

OJson statement(OJson actions, OJson resources)
{
    return {{"Effect", "Allow"}, {"Action", std::move(actions)}, {"Resource", std::move(resources)}};
}

OJson policy(const std::string &name, OJson statements)
{
    return {{"PolicyName", name}, {"PolicyDocument", {{"Version", "2012-10-17"}, {"Statement", std::move(statements)}}}};
}

void clusters(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "ecs-cluster")
            continue;
        OJson providers = OJson::array();
        for (const Json &p : listMember(r.properties, "capacityProviders"))
            if (p.is_string())
                providers.push_back(p.get<std::string>());
        cx.add(cx.id(id), "AWS::ECS::Cluster",
               {{"ClusterSettings", OJson::array({{{"Name", "containerInsights"},
                                                   {"Value", r.stringProperty("containerInsights", "enabled")}}})},
                {"CapacityProviders", providers},
                {"Tags", cx.tags(r)}});
        cx.output(cx.id(id, "Name"), {{"Description", "ECS cluster " + r.name},
                                          {"Value", CfnContext::ref(cx.id(id))}});
    }
}

void executionRole(CfnContext &cx, const Resource &svc)
{
    OJson secretArns = OJson::array();
    OJson parameterArns = OJson::array();
    for (const Json &c : listMember(svc.properties, "containers")) {
        const Json &secrets = mapMember(c, "secrets");
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            if (!it.value().is_string())
                continue;
            const std::string v = it.value().get<std::string>();
            const Resource *r = cx.design().resource(v);
            if (r && r->kind == "secret")
                secretArns.push_back(CfnContext::ref(cx.id(r->id)));
            else if (r && r->kind == "ssm-parameter")
                parameterArns.push_back(CfnContext::sub(
                    "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/${EnvironmentName}/" + r->id));
            else if (v.find(":secretsmanager:") != std::string::npos)
                secretArns.push_back(v);
            else if (v.find(":ssm:") != std::string::npos)
                parameterArns.push_back(v);
        }
    }
    OJson statements = OJson::array();
    if (!secretArns.empty())
        statements.push_back(statement(OJson::array({"secretsmanager:GetSecretValue"}), secretArns));
    if (!parameterArns.empty())
        statements.push_back(statement(OJson::array({"ssm:GetParameters"}), parameterArns));
    OJson props{{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("ecs-tasks.amazonaws.com")},
                {"ManagedPolicyArns", OJson::array({CfnContext::managedPolicy("service-role/AmazonECSTaskExecutionRolePolicy")})}};
    if (!statements.empty())
        props["Policies"] = OJson::array({policy("secrets", statements)});
    props["Tags"] = cx.tags(svc.name + " execution role", svc.id);
    cx.add(cx.id(svc.id, "ExecutionRole"), "AWS::IAM::Role", std::move(props));
}

void taskRole(CfnContext &cx, const Resource &svc)
{
    OJson statements = OJson::array();
    const std::string logGroup = cx.refId(svc.stringProperty("logGroup"));
    const std::string bucket = cx.refId(svc.stringProperty("logBucket"));
    if (usesFireLens(svc)) {
        statements.push_back(statement(OJson::array({"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"}),
                                       OJson::array({CfnContext::getAtt(logGroup, "Arn")})));
        if (!bucket.empty()) {
            statements.push_back(statement(OJson::array({"s3:GetBucketLocation", "s3:ListBucket"}),
                                           OJson::array({CfnContext::getAtt(bucket, "Arn")})));
            statements.push_back(statement(OJson::array({"s3:GetObject", "s3:PutObject"}),
                                           OJson::array({CfnContext::sub("${" + bucket + ".Arn}/*")})));
        }
        for (const Json &route : listMember(svc.properties, "logRoutes"))
            if (route.value("destination", "") == "firehose")
                for (const auto &[id, r] : cx.design().resources)
                    if (r.kind == "firehose") {
                        statements.push_back(statement(OJson::array({"firehose:PutRecordBatch"}),
                                                       OJson::array({CfnContext::getAtt(cx.id(id), "Arn")})));
                        break;
                    }
    }
    OJson props{{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("ecs-tasks.amazonaws.com")}};
    if (svc.boolProperty("xray"))
        props["ManagedPolicyArns"] = OJson::array({CfnContext::managedPolicy("AWSXRayDaemonWriteAccess")});
    if (!statements.empty())
        props["Policies"] = OJson::array({policy("logging", statements)});
    props["Tags"] = cx.tags(svc.name + " task role", svc.id);
    cx.add(cx.id(svc.id, "TaskRole"), "AWS::IAM::Role", std::move(props));
}

void service(CfnContext &cx, const Resource &svc)
{
    const std::string desired = cx.id(svc.id, "DesiredCount");
    cx.parameter(desired, {{"Type", "Number"},
                                {"Default", svc.intProperty("desiredCount", 2)},
                                {"MinValue", 0},
                                {"Description", "Tasks normally running for " + svc.name}});
    OJson props{{"Cluster", CfnContext::ref(cx.refId(svc.stringProperty("cluster")))},
                {"TaskDefinition", CfnContext::ref(cx.id(svc.id, "TaskDefinition"))},
                {"DesiredCount", CfnContext::ref(desired)}};
    OJson strategy = OJson::array();
    for (const Json &s : listMember(svc.properties, "capacityProviderStrategy"))
        strategy.push_back({{"CapacityProvider", s.value("capacityProvider", "FARGATE")},
                            {"Base", s.value("base", 0)},
                            {"Weight", s.value("weight", 1)}});
    if (strategy.empty())
        props["LaunchType"] = "FARGATE";
    else
        props["CapacityProviderStrategy"] = strategy;
    const bool publicIp = svc.boolProperty("assignPublicIp");
    props["NetworkConfiguration"] = {{"AwsvpcConfiguration",
                                      {{"AssignPublicIp", publicIp ? "ENABLED" : "DISABLED"},
                                       {"Subnets", cfnRefList(cx, subnetsOf(cx.design(), svc))},
                                       {"SecurityGroups", cfnRefList(cx, svc.securityGroups)}}}};
    std::vector<std::string> listeners;
    if (const Resource *alb = serviceAlb(cx.design(), svc)) {
        const Json &lb = mapMember(svc.properties, "loadBalancer");
        const std::string tg = lb.value("targetGroup", "app");
        props["LoadBalancers"] = OJson::array({{{"ContainerName", lb.value("containerName", "app")},
                                                {"ContainerPort", lb.value("containerPort", 8080)},
                                                {"TargetGroupArn", CfnContext::ref(cfnTargetGroup(cx, alb->id, tg))}}});
        props["HealthCheckGracePeriodSeconds"] = svc.intProperty("healthCheckGracePeriod", 60);
        listeners = cfnListenersForwardingTo(cx, *alb, tg);
    }
    props["DeploymentConfiguration"] = {{"MaximumPercent", 200},
                                        {"MinimumHealthyPercent", 100},
                                        {"DeploymentCircuitBreaker", {{"Enable", true}, {"Rollback", true}}}};
    props["EnableECSManagedTags"] = true;
    props["PropagateTags"] = "SERVICE";
    props["Tags"] = cx.tags(svc);
    cx.add(cx.id(svc.id), "AWS::ECS::Service", std::move(props));
    for (const std::string &l : listeners)
        cx.dependOn(cx.id(svc.id), l);
    cx.output(cx.id(svc.id, "Name"), {{"Description", "ECS service " + svc.name},
                                          {"Value", CfnContext::getAtt(cx.id(svc.id), "Name")}});
}

} // namespace

void buildContainers(CfnContext &cx)
{
    clusters(cx);
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "ecs-service")
            continue;
        executionRole(cx, r);
        taskRole(cx, r);
        cfnTaskDefinition(cx, r);
        service(cx, r);
    }
}

} // namespace Stackyard

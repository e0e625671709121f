#include "cfncontext.h"
#include "textfiles.h"

#include "model/core/topology.h"

namespace Stackyard {

namespace {

void logGroups(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources)
        if (r.kind == "log-group")
            cx.add(cx.id(id), "AWS::Logs::LogGroup",
                   {{"RetentionInDays", r.intProperty("retentionDays", 30)}, {"Tags", cx.tags(r)}});
}

void topics(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "sns-topic")
            continue;
        OJson props{{"DisplayName", r.name.empty() ? id : r.name}};
        if (const std::string email = r.stringProperty("email"); !email.empty())
            props["Subscription"] = OJson::array({{{"Protocol", "email"}, {"Endpoint", email}}});
        props["Tags"] = cx.tags(r);
        cx.add(cx.id(id), "AWS::SNS::Topic", std::move(props));
    }
}

void functions(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "lambda")
            continue;
        OJson env = OJson::object();
        OJson statements = OJson::array();
        if (const std::string topic = cx.refId(r.stringProperty("topic")); !topic.empty()) {
            env["TOPIC_ARN"] = CfnContext::ref(topic);
            statements.push_back(cfnAllow(OJson::array({"sns:Publish"}), OJson::array({CfnContext::ref(topic)})));
        }
        if (r.stringProperty("purpose") == "rescan")
            for (const auto &[rid, repo] : cx.design().resources)
                if (repo.kind == "ecr-repository") {
                    env["REPOSITORY_NAME"] = CfnContext::ref(cx.id(rid));
                    statements.push_back(cfnAllow(OJson::array({"ecr:DescribeImages", "ecr:StartImageScan"}),
                                                  OJson::array({CfnContext::getAtt(cx.id(rid), "Arn")})));
                    break;
                }
        cfnLambda(cx, r, "", lambdaSource(r.stringProperty("purpose", "other")), env, statements,
                  r.intProperty("memory", 128), r.stringProperty("runtime", "python3.12"));
    }
}

void subscriptionFilters(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "subscription-filter")
            continue;
        const std::string group = cx.refId(r.stringProperty("logGroup"));
        const std::string function = cx.refId(r.stringProperty("destination"));
        if (group.empty() || function.empty()) {
            cx.warn(id, "subscription filter needs a log group and a Lambda function; not exported");
            continue;
        }
        const std::string permission = cx.id(id, "Permission");
        cx.add(permission, "AWS::Lambda::Permission",
               {{"FunctionName", CfnContext::ref(function)},
                {"Action", "lambda:InvokeFunction"},
                {"Principal", "logs.amazonaws.com"},
                {"SourceArn", CfnContext::getAtt(group, "Arn")}});
        cx.add(cx.id(id), "AWS::Logs::SubscriptionFilter",
               {{"LogGroupName", CfnContext::ref(group)},
                {"FilterPattern", r.stringProperty("filterPattern")},
                {"DestinationArn", CfnContext::getAtt(function, "Arn")}});
        cx.dependOn(cx.id(id), permission);
    }
}

void eventRules(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "eventbridge-rule")
            continue;
        OJson props{{"ScheduleExpression", r.stringProperty("schedule", "rate(1 day)")}, {"State", "ENABLED"}};
        const std::string target = cx.refId(r.stringProperty("target"));
        if (!target.empty())
            props["Targets"] = OJson::array({{{"Arn", CfnContext::getAtt(target, "Arn")}, {"Id", "target"}}});
        cx.add(cx.id(id), "AWS::Events::Rule", std::move(props));
        if (!target.empty())
            cx.add(cx.id(id, "Permission"), "AWS::Lambda::Permission",
                   {{"FunctionName", CfnContext::ref(target)},
                    {"Action", "lambda:InvokeFunction"},
                    {"Principal", "events.amazonaws.com"},
                    {"SourceArn", CfnContext::getAtt(cx.id(id), "Arn")}});
    }
}

void bastions(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind == "eic-endpoint") {
            cx.add(cx.id(id), "AWS::EC2::InstanceConnectEndpoint",
                   {{"SubnetId", CfnContext::ref(cx.refId(r.parent))},
                    {"SecurityGroupIds", cfnRefList(cx, r.securityGroups)},
                    {"PreserveClientIp", r.boolProperty("preserveClientIp")},
                    {"Tags", cx.tags(r)}});
            continue;
        }
        if (r.kind != "bastion")
            continue;
        const std::string role = cx.id(id, "Role");
        const std::string profile = cx.id(id, "InstanceProfile");
        cx.add(role, "AWS::IAM::Role",
               {{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("ec2.amazonaws.com")},
                {"ManagedPolicyArns", OJson::array({CfnContext::managedPolicy("AmazonSSMManagedInstanceCore")})},
                {"Tags", cx.tags(r.name + " role", id)}});
        cx.add(profile, "AWS::IAM::InstanceProfile", {{"Roles", OJson::array({CfnContext::ref(role)})}});
        const std::string arch = r.stringProperty("instanceType", "t3.micro").find('g') == 2 ? "arm64" : "x86_64";
        OJson props{{"InstanceType", r.stringProperty("instanceType", "t3.micro")},
                    {"ImageId", "{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + arch + "}}"},
                    {"IamInstanceProfile", CfnContext::ref(profile)},
                    {"MetadataOptions", {{"HttpTokens", "required"}}},
                    {"NetworkInterfaces", OJson::array({{{"DeviceIndex", "0"},
                                                         {"SubnetId", CfnContext::ref(cx.refId(r.parent))},
                                                         {"GroupSet", cfnRefList(cx, r.securityGroups)},
                                                         {"AssociatePublicIpAddress", r.boolProperty("publicIp")}}})},
                    {"Tags", cx.tags(r)}};
        cx.add(cx.id(id), "AWS::EC2::Instance", std::move(props));
    }
}

} // namespace

OJson cfnAllow(OJson actions, OJson resources)
{
    return {{"Effect", "Allow"}, {"Action", std::move(actions)}, {"Resource", std::move(resources)}};
}

void cfnLambda(CfnContext &cx, const Resource &owner, const std::string &suffix, const std::string &source,
               OJson environment, OJson statements, long long memory, const std::string &runtime)
{
    const std::string role = cx.id(owner.id, suffix + "Role");
    OJson roleProps{{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("lambda.amazonaws.com")},
                    {"ManagedPolicyArns", OJson::array({CfnContext::managedPolicy("service-role/AWSLambdaBasicExecutionRole")})}};
    if (!statements.empty())
        roleProps["Policies"] = OJson::array({{{"PolicyName", "function"},
                                               {"PolicyDocument", {{"Version", "2012-10-17"}, {"Statement", statements}}}}});
    roleProps["Tags"] = cx.tags(owner.name + " function role", owner.id);
    cx.add(role, "AWS::IAM::Role", std::move(roleProps));
    OJson props{{"Runtime", runtime},
                {"Handler", "index.handler"},
                {"MemorySize", memory},
                {"Timeout", 60},
                {"Role", CfnContext::getAtt(role, "Arn")},
                {"Code", {{"ZipFile", source}}}};
    if (!environment.empty())
        props["Environment"] = {{"Variables", std::move(environment)}};
    props["Tags"] = cx.tags(owner);
    cx.add(cx.id(owner.id, suffix), "AWS::Lambda::Function", std::move(props));
}

void buildOperations(CfnContext &cx)
{
    logGroups(cx);
    topics(cx);
    functions(cx);
    subscriptionFilters(cx);
    eventRules(cx);
    bastions(cx);
}

} // namespace Stackyard

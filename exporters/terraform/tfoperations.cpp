#include "tfcontext.h"

#include "exporters/cloudformation/textfiles.h"

namespace Stackyard {

namespace {

void functions(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "lambda")
            continue;
        OJson env = OJson::object();
        OJson statements = OJson::array();
        if (const std::string topic = tx.ref(r.stringProperty("topic"), "arn"); !topic.empty()) {
            env["TOPIC_ARN"] = hclExpr(topic);
            statements.push_back(tfAllow(OJson::array({"sns:Publish"}), OJson::array({hclExpr(topic)})));
        }
        if (r.stringProperty("purpose") == "rescan")
            for (const auto &[rid, repo] : tx.design().resources)
                if (repo.kind == "ecr-repository") {
                    env["REPOSITORY_NAME"] = hclExpr(tx.ref(rid, "name"));
                    statements.push_back(tfAllow(OJson::array({"ecr:DescribeImages", "ecr:StartImageScan"}),
                                                 OJson::array({hclExpr(tx.ref(rid, "arn"))})));
                    break;
                }
        tfLambda(tx, r, "", lambdaSource(r.stringProperty("purpose", "other")), env, statements,
                 r.intProperty("memory", 128), r.stringProperty("runtime", "python3.12"));
    }
}

void logs(TfContext &tx)
{
    const Design &d = tx.design();
    for (const auto &[id, r] : d.resources)
        if (r.kind == "log-group")
            tx.resource("aws_cloudwatch_log_group", tx.name(id),
                        {{"name_prefix", hclTemplate("/${var.environment_name}/" + id + "-")},
                         {"retention_in_days", r.intProperty("retentionDays", 30)},
                         {"tags", tx.tags(r)}});
    for (const auto &[id, r] : d.resources) {
        if (r.kind == "sns-topic") {
            tx.resource("aws_sns_topic", tx.name(id), {{"display_name", r.name.empty() ? id : r.name}, {"tags", tx.tags(r)}});
            if (const std::string email = r.stringProperty("email"); !email.empty())
                tx.resource("aws_sns_topic_subscription", tx.name(id, "email"),
                            {{"topic_arn", hclExpr(tx.ref(id, "arn"))}, {"protocol", "email"}, {"endpoint", email}});
        }
    }
    functions(tx);
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "subscription-filter")
            continue;
        const std::string group = tx.ref(r.stringProperty("logGroup"), "name");
        const std::string function = tx.ref(r.stringProperty("destination"), "arn");
        if (group.empty() || function.empty()) {
            tx.warn(id, "subscription filter needs a log group and a Lambda function; not exported");
            continue;
        }
        const std::string permission = tx.name(id, "permission");
        tx.resource("aws_lambda_permission", permission,
                    {{"function_name", hclExpr(tx.ref(r.stringProperty("destination"), "function_name"))},
                     {"action", "lambda:InvokeFunction"},
                     {"principal", "logs.amazonaws.com"},
                     {"source_arn", hclTemplate("${" + tx.ref(r.stringProperty("logGroup"), "arn") + "}:*")}});
        tx.resource("aws_cloudwatch_log_subscription_filter", tx.name(id),
                    {{"name", id},
                     {"log_group_name", hclExpr(group)},
                     {"filter_pattern", r.stringProperty("filterPattern")},
                     {"destination_arn", hclExpr(function)},
                     {"depends_on", hclExpr("[aws_lambda_permission." + permission + "]")}});
    }
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "eventbridge-rule")
            continue;
        tx.resource("aws_cloudwatch_event_rule", tx.name(id),
                    {{"name_prefix", hclTemplate("${var.environment_name}-" + id + "-")},
                     {"schedule_expression", r.stringProperty("schedule", "rate(1 day)")},
                     {"tags", tx.tags(r)}});
        const std::string target = r.stringProperty("target");
        if (tx.ref(target).empty())
            continue;
        tx.resource("aws_cloudwatch_event_target", tx.name(id),
                    {{"rule", hclExpr(tx.ref(id, "name"))}, {"target_id", "target"}, {"arn", hclExpr(tx.ref(target, "arn"))}});
        tx.resource("aws_lambda_permission", tx.name(id, "permission"),
                    {{"function_name", hclExpr(tx.ref(target, "function_name"))},
                     {"action", "lambda:InvokeFunction"},
                     {"principal", "events.amazonaws.com"},
                     {"source_arn", hclExpr(tx.ref(id, "arn"))}});
    }
}

void bastions(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind == "eic-endpoint") {
            tx.resource("aws_ec2_instance_connect_endpoint", tx.name(id),
                        {{"subnet_id", hclExpr(tx.ref(r.parent))},
                         {"security_group_ids", tx.refs(r.securityGroups)},
                         {"preserve_client_ip", r.boolProperty("preserveClientIp")},
                         {"tags", tx.tags(r)}});
            continue;
        }
        if (r.kind != "bastion")
            continue;
        const std::string role = tx.name(id, "role");
        tfRole(tx, role, "ec2.amazonaws.com", id, {"AmazonSSMManagedInstanceCore"}, OJson::array());
        tx.resource("aws_iam_instance_profile", tx.name(id, "instance_profile"),
                    {{"name_prefix", role.substr(0, 38) + "-"}, {"role", hclExpr("aws_iam_role." + role + ".name")}});
        const std::string type = r.stringProperty("instanceType", "t3.micro");
        const std::string arch = type.find('g') == 2 ? "arm64" : "x86_64";
        tx.resource("aws_instance", tx.name(id),
                    {{"ami", hclExpr("data.aws_ssm_parameter." + tx.name(id, "ami") + ".value")},
                     {"instance_type", type},
                     {"subnet_id", hclExpr(tx.ref(r.parent))},
                     {"vpc_security_group_ids", tx.refs(r.securityGroups)},
                     {"associate_public_ip_address", r.boolProperty("publicIp")},
                     {"iam_instance_profile", hclExpr("aws_iam_instance_profile." + tx.name(id, "instance_profile") + ".name")},
                     {"+metadata_options", {{"http_tokens", "required"}}},
                     {"tags", tx.tags(r)}});
        tx.data("aws_ssm_parameter", tx.name(id, "ami"),
                {{"name", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + arch}});
    }
}

} // namespace

void tfLambda(TfContext &tx, const Resource &owner, const std::string &suffix, const std::string &source,
              OJson environment, OJson statements, long long memory, const std::string &runtime)
{
    const std::string name = tx.name(owner.id, suffix);
    const std::string role = tx.name(owner.id, suffix.empty() ? "role" : suffix + "_role");
    tfRole(tx, role, "lambda.amazonaws.com", owner.id, {"service-role/AWSLambdaBasicExecutionRole"}, std::move(statements));
    const std::string dir = "lambda/" + name;
    tx.extraFiles().push_back({dir + "/index.py", source});
    tx.data("archive_file", name,
            {{"type", "zip"},
             {"source_dir", hclTemplate("${path.module}/" + dir)},
             {"output_path", hclTemplate("${path.module}/build/" + name + ".zip")}});
    HclBody body{{"function_name", hclTemplate("${var.environment_name}-" + name)},
                 {"role", hclExpr("aws_iam_role." + role + ".arn")},
                 {"runtime", runtime},
                 {"handler", "index.handler"},
                 {"memory_size", memory},
                 {"timeout", 60},
                 {"filename", hclExpr("data.archive_file." + name + ".output_path")},
                 {"source_code_hash", hclExpr("data.archive_file." + name + ".output_base64sha256")}};
    if (!environment.empty())
        body["+environment"] = {{"variables", environment}};
    body["tags"] = tx.tags(owner);
    tx.resource("aws_lambda_function", name, body);
}

void tfOperations(TfContext &tx)
{
    logs(tx);
    bastions(tx);
}

void tfOpaque(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources)
        if (r.kind == "opaque")
            tx.warn(id, "opaque resource (" + r.rawType + ") has no Terraform equivalent in this export; not exported");
}

} // namespace Stackyard

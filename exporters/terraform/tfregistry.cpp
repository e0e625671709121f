#include "tfcontext.h"

#include "exporters/cloudformation/textfiles.h"

#include <map>

namespace Stackyard {

namespace {

OJson lifecycleRules(const Resource &repo)
{
    OJson rules = OJson::array();
    int priority = 1;
    for (const Json &rule : listMember(repo.properties, "lifecycleRules")) {
        const std::string prefix = rule.value("tagPrefix", "");
        OJson selection;
        std::string description;
        if (!prefix.empty()) {
            selection = {{"tagStatus", "tagged"}, {"tagPrefixList", {prefix}}, {"countType", "imageCountMoreThan"},
                         {"countNumber", rule.value("keep", 10)}};
            description = "keep the newest " + std::to_string(rule.value("keep", 10)) + " " + prefix + "* images";
        } else if (rule.contains("untaggedDays")) {
            selection = {{"tagStatus", "untagged"}, {"countType", "sinceImagePushed"}, {"countUnit", "days"},
                         {"countNumber", rule.value("untaggedDays", 7)}};
            description = "expire untagged images after " + std::to_string(rule.value("untaggedDays", 7)) + " days";
        } else {
            continue;
        }
        rules.push_back({{"rulePriority", priority++}, {"description", description}, {"selection", selection},
                         {"action", {{"type", "expire"}}}});
    }
    return {{"rules", rules}};
}

void repository(TfContext &tx, const Resource &repo, const std::vector<Id> &projects)
{
    const std::string name = tx.name(repo.id);
    tx.resource("aws_ecr_repository", name,
                {{"name", hclTemplate("${var.environment_name}-" + repo.id)},
                 {"image_tag_mutability", repo.stringProperty("tagMutability", "IMMUTABLE")},
                 {"+image_scanning_configuration", {{"scan_on_push", repo.boolProperty("scanOnPush", true)}}},
                 {"tags", tx.tags(repo)}});
    tx.resource("aws_ecr_lifecycle_policy", tx.name(repo.id, "lifecycle"),
                {{"repository", hclExpr("aws_ecr_repository." + name + ".name")},
                 {"policy", hclExpr(tfJsonEncode(lifecycleRules(repo)))}});
    OJson pushers = OJson::array();
    OJson pullers = OJson::array();
    for (const Id &project : projects)
        pushers.push_back(hclExpr("aws_iam_role." + tx.name(project, "role") + ".arn"));
    if (auto found = tx.plan().pullers.find(repo.id); found != tx.plan().pullers.end())
        for (const Id &service : found->second)
            pullers.push_back(hclExpr("aws_iam_role." + tx.name(service, "execution_role") + ".arn"));
    OJson statements = OJson::array();
    auto add = [&](const char *sid, const OJson &principals, OJson actions) {
        if (principals.empty())
            return;
        statements.push_back({{"Sid", std::string("Allow") + sid}, {"Effect", "Allow"},
                              {"Principal", {{"AWS", principals}}}, {"Action", actions}});
        statements.push_back({{"Sid", std::string("DenyOther") + sid}, {"Effect", "Deny"}, {"Principal", "*"},
                              {"Action", actions}, {"Condition", {{"ArnNotEquals", {{"aws:PrincipalArn", principals}}}}}});
    };
    add("Push", pushers, OJson::array({"ecr:BatchCheckLayerAvailability", "ecr:CompleteLayerUpload",
                                       "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"}));
    add("Pull", pullers, OJson::array({"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"}));
    if (!statements.empty())
        tx.resource("aws_ecr_repository_policy", tx.name(repo.id, "policy"),
                    {{"repository", hclExpr("aws_ecr_repository." + name + ".name")},
                     {"policy", hclExpr(tfPolicy(statements))}});
    tx.output(tx.name(repo.id, "uri"), {{"description", "Image repository " + repo.name},
                                        {"value", hclExpr("aws_ecr_repository." + name + ".repository_url")}});
}

void rescan(TfContext &tx, const Resource &repo)
{
    const std::string repoName = "aws_ecr_repository." + tx.name(repo.id);
    tfLambda(tx, repo, "rescan_function", lambdaSource("rescan"), {{"REPOSITORY_NAME", hclExpr(repoName + ".name")}},
             OJson::array({tfAllow(OJson::array({"ecr:DescribeImages", "ecr:StartImageScan"}), OJson::array({hclExpr(repoName + ".arn")}))}),
             128, "python3.12");
    const std::string function = "aws_lambda_function." + tx.name(repo.id, "rescan_function");
    const std::string rule = tx.name(repo.id, "rescan_schedule");
    tx.resource("aws_cloudwatch_event_rule", rule,
                {{"name_prefix", hclTemplate("${var.environment_name}-rescan-")},
                 {"description", "Periodic rescan of " + repo.name + " (SEC-4)"},
                 {"schedule_expression", "rate(1 day)"},
                 {"tags", tx.tags(repo)}});
    tx.resource("aws_cloudwatch_event_target", rule,
                {{"rule", hclExpr("aws_cloudwatch_event_rule." + rule + ".name")},
                 {"target_id", "rescan"},
                 {"arn", hclExpr(function + ".arn")}});
    tx.resource("aws_lambda_permission", tx.name(repo.id, "rescan_permission"),
                {{"function_name", hclExpr(function + ".function_name")},
                 {"action", "lambda:InvokeFunction"},
                 {"principal", "events.amazonaws.com"},
                 {"source_arn", hclExpr("aws_cloudwatch_event_rule." + rule + ".arn")}});
}

void project(TfContext &tx, const Resource &p)
{
    const std::string role = tx.name(p.id, "role");
    tfRole(tx, role, "codebuild.amazonaws.com", p.id, {},
           OJson::array({tfAllow(OJson::array({"ecr:GetAuthorizationToken"}), "*"),
                         tfAllow(OJson::array({"logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"}),
                                 hclTemplate("arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:/aws/codebuild/*"))}));
    OJson env = OJson::array();
    const Resource *repo = tx.design().resource(p.stringProperty("repository"));
    if (repo && repo->kind == "ecr-repository")
        env.push_back({{"name", "REPOSITORY_URI"}, {"value", hclExpr("aws_ecr_repository." + tx.name(repo->id) + ".repository_url")}});
    else
        tx.warn(p.id, "build project without an ECR repository: set REPOSITORY_URI yourself");
    env.push_back({{"name", "ENVIRONMENT_NAME"}, {"value", hclExpr("var.environment_name")}});
    env.push_back({{"name", "CONTAINER_NAME"}, {"value", "app"}});
    tx.resource("aws_codebuild_project", tx.name(p.id),
                {{"name", hclTemplate("${var.environment_name}-" + p.id)},
                 {"description", "Builds, scans and pushes " + p.name + " images tagged <environment>_<commit id>"},
                 {"service_role", hclExpr("aws_iam_role." + role + ".arn")},
                 {"+artifacts", {{"type", "NO_ARTIFACTS"}}},
                 {"+environment", {{"type", "LINUX_CONTAINER"},
                                   {"compute_type", "BUILD_GENERAL1_SMALL"},
                                   {"image", "aws/codebuild/standard:7.0"},
                                   {"privileged_mode", true},
                                   {"+environment_variable", env}}},
                 {"+source", {{"type", "NO_SOURCE"}, {"buildspec", hclExpr("file(\"${path.module}/" + buildSpecPath(p) + "\")")}}},
                 {"tags", tx.tags(p)}});
}

bool rescanModeled(const Design &d)
{
    for (const auto &[id, r] : d.resources) {
        if (r.kind != "eventbridge-rule")
            continue;
        const Resource *target = d.resource(r.stringProperty("target"));
        if (target && target->stringProperty("purpose") == "rescan")
            return true;
    }
    return false;
}

} // namespace

void tfRegistry(TfContext &tx)
{
    const bool modeled = rescanModeled(tx.design());
    std::map<Id, std::vector<Id>> projects;
    for (const auto &[id, r] : tx.design().resources)
        if (r.kind == "codebuild-project")
            projects[r.stringProperty("repository")].push_back(id);
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind != "ecr-repository")
            continue;
        repository(tx, r, projects[id]);
        if (r.boolProperty("scheduledRescan") && !modeled)
            rescan(tx, r);
    }
    for (const auto &[id, r] : tx.design().resources)
        if (r.kind == "codebuild-project")
            project(tx, r);
}

} // namespace Stackyard

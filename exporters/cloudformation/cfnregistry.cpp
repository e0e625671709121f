#include "cfncontext.h"
#include "textfiles.h"

#include <map>

namespace Stackyard {

namespace {

const char *const kPushActions[] = {"ecr:BatchCheckLayerAvailability", "ecr:CompleteLayerUpload",
                                    "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"};
const char *const kPullActions[] = {"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
                                    "ecr:GetDownloadUrlForLayer"};

std::string lifecyclePolicy(const Resource &repo)
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
        rules.push_back({{"rulePriority", priority++}, {"description", description}, {"selection", std::move(selection)},
                         {"action", {{"type", "expire"}}}});
    }
    return OJson{{"rules", std::move(rules)}}.dump();
}

OJson actionList(const char *const *begin, const char *const *end)
{
    OJson out = OJson::array();
    for (auto it = begin; it != end; ++it)
        out.push_back(*it);
    return out;
}

/// SEC-9: only the build role(s) push and only the task execution role(s) pull; everyone else is
/// denied explicitly, since same-account identity policies would otherwise be enough.
OJson repositoryPolicy(const OJson &pushers, const OJson &pullers)
{
    OJson statements = OJson::array();
    auto add = [&](const char *sid, const OJson &principals, OJson actions) {
        if (principals.empty())
            return;
        statements.push_back({{"Sid", std::string("Allow") + sid}, {"Effect", "Allow"},
                              {"Principal", {{"AWS", principals}}}, {"Action", actions}});
        statements.push_back({{"Sid", std::string("DenyOther") + sid}, {"Effect", "Deny"}, {"Principal", "*"},
                              {"Action", actions},
                              {"Condition", {{"ArnNotEquals", {{"aws:PrincipalArn", principals}}}}}});
    };
    add("Push", pushers, actionList(std::begin(kPushActions), std::end(kPushActions)));
    add("Pull", pullers, actionList(std::begin(kPullActions), std::end(kPullActions)));
    return {{"Version", "2012-10-17"}, {"Statement", statements}};
}

void repository(CfnContext &cx, const Resource &repo, const std::vector<Id> &projects)
{
    OJson pushers = OJson::array();
    OJson pullers = OJson::array();
    for (const Id &project : projects)
        pushers.push_back(CfnContext::getAtt(cx.id(project, "Role"), "Arn"));
    if (auto found = cx.plan().pullers.find(repo.id); found != cx.plan().pullers.end())
        for (const Id &service : found->second)
            pullers.push_back(CfnContext::getAtt(cx.id(service, "ExecutionRole"), "Arn"));
    OJson props{{"ImageTagMutability", repo.stringProperty("tagMutability", "IMMUTABLE")},
                {"ImageScanningConfiguration", {{"ScanOnPush", repo.boolProperty("scanOnPush", true)}}},
                {"LifecyclePolicy", {{"LifecyclePolicyText", lifecyclePolicy(repo)}}}};
    if (!pushers.empty() || !pullers.empty())
        props["RepositoryPolicyText"] = repositoryPolicy(pushers, pullers);
    props["Tags"] = cx.tags(repo);
    cx.add(cx.id(repo.id), "AWS::ECR::Repository", std::move(props));
    cx.output(cx.id(repo.id, "Uri"), {{"Description", "Image repository " + repo.name},
                                          {"Value", CfnContext::getAtt(cx.id(repo.id), "RepositoryUri")}});
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

void rescan(CfnContext &cx, const Resource &repo)
{
    const std::string function = cx.id(repo.id, "RescanFunction");
    cfnLambda(cx, repo, "RescanFunction", lambdaSource("rescan"),
              {{"REPOSITORY_NAME", CfnContext::ref(cx.id(repo.id))}},
              OJson::array({cfnAllow(OJson::array({"ecr:DescribeImages", "ecr:StartImageScan"}),
                                     OJson::array({CfnContext::getAtt(cx.id(repo.id), "Arn")}))}),
              128, "python3.12");
    const std::string rule = cx.id(repo.id, "RescanSchedule");
    cx.add(rule, "AWS::Events::Rule",
           {{"Description", "Periodic rescan of " + repo.name + " (SEC-4)"},
            {"ScheduleExpression", "rate(1 day)"},
            {"State", "ENABLED"},
            {"Targets", OJson::array({{{"Arn", CfnContext::getAtt(function, "Arn")}, {"Id", "rescan"}}})}});
    cx.add(cx.id(repo.id, "RescanPermission"), "AWS::Lambda::Permission",
           {{"FunctionName", CfnContext::ref(function)},
            {"Action", "lambda:InvokeFunction"},
            {"Principal", "events.amazonaws.com"},
            {"SourceArn", CfnContext::getAtt(rule, "Arn")}});
}

void project(CfnContext &cx, const Resource &p)
{
    const std::string role = cx.id(p.id, "Role");
    cx.add(role, "AWS::IAM::Role",
           {{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("codebuild.amazonaws.com")},
            {"Policies", OJson::array({{{"PolicyName", "build"},
                                        {"PolicyDocument",
                                         {{"Version", "2012-10-17"},
                                          {"Statement", OJson::array({cfnAllow(OJson::array({"ecr:GetAuthorizationToken"}), "*"),
                                                                      cfnAllow(OJson::array({"logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"}),
                                                                               CfnContext::sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/codebuild/*"))})}}}}})},
            {"Tags", cx.tags(p.name + " role", p.id)}});
    OJson env = OJson::array({{{"Name", "ENVIRONMENT_NAME"}, {"Value", CfnContext::ref("EnvironmentName")}},
                              {{"Name", "CONTAINER_NAME"}, {"Value", "app"}}});
    const Resource *repo = cx.design().resource(p.stringProperty("repository"));
    if (repo && repo->kind == "ecr-repository")
        env.insert(env.begin(), {{"Name", "REPOSITORY_URI"}, {"Value", CfnContext::getAtt(cx.id(repo->id), "RepositoryUri")}});
    else
        cx.warn(p.id, "build project without an ECR repository: set REPOSITORY_URI yourself");
    cx.add(cx.id(p.id), "AWS::CodeBuild::Project",
           {{"Description", "Builds, scans and pushes " + p.name + " images tagged <environment>_<commit id>"},
            {"ServiceRole", CfnContext::getAtt(role, "Arn")},
            {"Artifacts", {{"Type", "NO_ARTIFACTS"}}},
            {"Environment", {{"Type", "LINUX_CONTAINER"},
                             {"ComputeType", "BUILD_GENERAL1_SMALL"},
                             {"Image", "aws/codebuild/standard:7.0"},
                             {"PrivilegedMode", true},
                             {"EnvironmentVariables", env}}},
            {"Source", {{"Type", "NO_SOURCE"}, {"BuildSpec", buildSpec(p)}}},
            {"Tags", cx.tags(p)}});
    cx.info(p.id, "the build project has no source: connect it to your repository (buildspec also written to "
                      + buildSpecPath(p) + ")");
}

} // namespace

void buildRegistry(CfnContext &cx)
{
    const bool modeled = rescanModeled(cx.design());
    std::map<Id, std::vector<Id>> projects;
    for (const auto &[id, r] : cx.design().resources)
        if (r.kind == "codebuild-project")
            projects[r.stringProperty("repository")].push_back(id);
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind != "ecr-repository")
            continue;
        repository(cx, r, projects[id]);
        if (r.boolProperty("scheduledRescan") && !modeled)
            rescan(cx, r);
    }
    for (const auto &[id, r] : cx.design().resources)
        if (r.kind == "codebuild-project")
            project(cx, r);
}

} // namespace Stackyard

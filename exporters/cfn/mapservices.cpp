// Regional services (ECR, logs, alarms, Lambda, SNS, S3, secrets, WAF…) and Aurora.
#include "mapper.h"

#include "exporters/cloudformation/textfiles.h"

namespace Stackyard::Cfn {

namespace {

Json lifecycleRules(const Json &policy)
{
    Json rules = Json::array();
    const Json text = policy.value("LifecyclePolicyText", Json());
    if (!text.is_string())
        return rules;
    const Json parsed = Json::parse(text.get<std::string>(), nullptr, false);
    if (!parsed.is_object())
        return rules;
    for (const Json &rule : parsed.value("rules", Json::array())) {
        const Json selection = rule.value("selection", Json::object());
        if (selection.value("tagStatus", std::string()) == "untagged" && selection.value("countType", std::string()) == "sinceImagePushed")
            rules.push_back({{"tagPrefix", ""}, {"untaggedDays", selection.value("countNumber", 0)}});
        else if (selection.value("countType", std::string()) == "imageCountMoreThan")
        {
            const Json prefixes = selection.value("tagPrefixList", Json::array());
            const Json prefix = prefixes.is_array() && !prefixes.empty() ? prefixes[0] : Json("");
            rules.push_back({{"tagPrefix", prefix}, {"keep", selection.value("countNumber", 0)}});
        }
    }
    return rules;
}

std::string auroraEngine(const Json &engine)
{
    const std::string e = scalarText(engine).value_or("");
    return e == "aurora-postgresql" ? e : "aurora-mysql"; // "aurora" is MySQL 5.6-compatible
}

} // namespace

void Mapper::mapSimple(const std::string &logicalId)
{
    const std::string &t = type(logicalId);
    const Json &p = props(logicalId);
    auto get = [&](const char *key, Json fallback = Json()) { return textOrExpression(p.value(key, fallback)); };
    if (t == "AWS::ECR::Repository") {
        Resource &r = add(logicalId, "ecr-repository");
        r.properties["tagMutability"] = get("ImageTagMutability", "MUTABLE");
        r.properties["scanOnPush"] = toBool(p.value("ImageScanningConfiguration", Json::object())
                                                .value("ScanOnPush", Json(false))).value_or(false);
        r.properties["lifecycleRules"] = lifecycleRules(p.value("LifecyclePolicy", Json::object()));
    } else if (t == "AWS::Logs::LogGroup") {
        Resource &r = add(logicalId, "log-group");
        r.properties["retentionDays"] = toInt(p.value("RetentionInDays", Json(0))).value_or(0); // 0 = never expire
    } else if (t == "AWS::Lambda::Function") {
        Resource &r = add(logicalId, "lambda");
        r.properties["runtime"] = get("Runtime", "");
        r.properties["memory"] = toInt(p.value("MemorySize", Json(128))).value_or(128);
        r.properties["purpose"] = "other";
        // The code Stackyard generates for a purpose tells the purpose.
        if (const Json code = rawProps(logicalId).is_object() ? rawProps(logicalId).value("Code", Json::object()) : Json();
            code.is_object() && code.value("ZipFile", Json()).is_string())
            for (const char *purpose : {"error-alert", "rescan"})
                if (code["ZipFile"].get<std::string>() == lambdaSource(purpose))
                    r.properties["purpose"] = purpose;
        std::set<std::string> mentioned;
        collectRefs(p.value("Environment", Json()), mentioned);
        for (const std::string &m : mentioned)
            if (const Resource *topic = m_design.resource(m); topic && topic->kind == "sns-topic")
                r.properties["topic"] = m;
        const auto subnets = refs(p.value("VpcConfig", Json::object()).value("SubnetIds", Json()));
        if (!subnets.empty() && m_design.resource(subnets[0]))
            r.parent = subnets[0];
        r.securityGroups = refs(p.value("VpcConfig", Json::object()).value("SecurityGroupIds", Json()));
    } else if (t == "AWS::SNS::Topic") {
        Resource &r = add(logicalId, "sns-topic");
        r.properties["email"] = "";
        for (const Json &s : p.value("Subscription", Json::array()))
            if (s.value("Protocol", Json()) == "email")
                r.properties["email"] = textOrExpression(s.value("Endpoint", Json("")));
    } else if (t == "AWS::S3::Bucket") {
        Resource &r = add(logicalId, "s3-bucket");
        r.properties["versioning"] = p.value("VersioningConfiguration", Json::object()).value("Status", Json()) == "Enabled";
        r.properties["encryption"] = p.value("BucketEncryption", Json()).dump().find("aws:kms") != std::string::npos ? "SSE-KMS" : "SSE-S3";
    } else if (t == "AWS::SecretsManager::Secret") {
        Resource &r = add(logicalId, "secret");
        r.properties["description"] = get("Description", "");
        r.properties["rotation"] = false;
    } else if (t == "AWS::WAFv2::WebACL") {
        Resource &r = add(logicalId, "waf-web-acl");
        Json groups = Json::array();
        for (const Json &rule : p.value("Rules", Json::array())) {
            const Json managed = rule.value("Statement", Json::object()).value("ManagedRuleGroupStatement", Json());
            if (managed.is_object())
                groups.push_back(textOrExpression(managed.value("Name", Json(""))));
        }
        r.properties["managedRuleGroups"] = groups;
        r.properties["ruleCount"] = p.value("Rules", Json::array()).size();
        r.properties["associatedWith"] = "";
    } else if (t == "AWS::SSM::Parameter") {
        Resource &r = add(logicalId, "ssm-parameter");
        r.properties["parameterType"] = get("Type", "String");
        r.properties["value"] = get("Value", "");
    } else if (t == "AWS::KinesisFirehose::DeliveryStream") {
        Resource &r = add(logicalId, "firehose");
        const bool openSearch = p.contains("AmazonopensearchserviceDestinationConfiguration") || p.contains("ElasticsearchDestinationConfiguration");
        r.properties["destination"] = openSearch ? "opensearch" : p.contains("RedshiftDestinationConfiguration") ? "redshift" : "s3";
        std::set<std::string> mentioned;
        collectRefs(p, mentioned);
        for (const std::string &m : mentioned)
            if (const Resource *b = m_design.resource(m); b && b->kind == "s3-bucket")
                r.properties["bucket"] = m;
    } else if (t == "AWS::Events::Rule") {
        Resource &r = add(logicalId, "eventbridge-rule");
        r.properties["schedule"] = get("ScheduleExpression", "");
        const Json targets = p.value("Targets", Json::array());
        r.properties["target"] = targets.is_array() && !targets.empty() ? ref(targets[0].value("Arn", Json())) : "";
    } else if (t == "AWS::CodeBuild::Project") {
        Resource &r = add(logicalId, "codebuild-project");
        r.properties["repository"] = "";
    } else if (t == "AWS::Logs::SubscriptionFilter") {
        Resource &r = add(logicalId, "subscription-filter");
        r.properties["logGroup"] = ref(p.value("LogGroupName", Json()));
        r.properties["filterPattern"] = get("FilterPattern", "");
        r.properties["destination"] = ref(p.value("DestinationArn", Json()));
    } else if (t == "AWS::CloudWatch::Alarm") {
        Resource &r = add(logicalId, "alarm");
        r.properties["metric"] = get("MetricName", "");
        r.properties["namespace"] = get("Namespace", "");
        r.properties["threshold"] = toNumber(p.value("Threshold", Json())) ? Json(*toNumber(p["Threshold"])) : get("Threshold");
        r.properties["comparison"] = get("ComparisonOperator", "");
        r.properties["subject"] = "";
        for (const Json &d : p.value("Dimensions", Json::array()))
            if (std::string target = ref(d.value("Value", Json()));
                !target.empty() && (r.properties["subject"] == "" || d.value("Name", Json()) == "ServiceName"))
                r.properties["subject"] = target; // a service's alarm names its cluster too
        const auto actions = refs(p.value("AlarmActions", Json()));
        r.properties["topic"] = "";
        for (const std::string &a : actions)
            if (logicalIdOf(a).empty() || type(logicalIdOf(a)) == "AWS::SNS::Topic")
                r.properties["topic"] = a;
    }
}

void Mapper::mapDbCluster(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource &r = add(logicalId, "aurora-cluster");
    r.properties["engine"] = auroraEngine(p.value("Engine", Json()));
    r.properties["engineVersion"] = textOrExpression(p.value("EngineVersion", Json("")));
    const std::string mode = scalarText(p.value("EngineMode", Json("provisioned"))).value_or("provisioned");
    if (p.contains("ServerlessV2ScalingConfiguration") || mode == "serverless") {
        const Json config = p.contains("ServerlessV2ScalingConfiguration") ? p["ServerlessV2ScalingConfiguration"]
                                                                           : p.value("ScalingConfiguration", Json::object());
        r.properties["capacity"] = "serverless-v2";
        r.properties["minAcu"] = toNumber(config.value("MinCapacity", Json(0.5))).value_or(0.5);
        r.properties["maxAcu"] = toNumber(config.value("MaxCapacity", Json(1))).value_or(1);
        if (mode == "serverless")
            warn(logicalId, "Aurora Serverless v1 (EngineMode serverless) is modelled as serverless v2 capacity");
    } else {
        r.properties["capacity"] = "provisioned";
    }
    r.properties["instanceCount"] = 0;
    r.properties["storageEncrypted"] = toBool(p.value("StorageEncrypted", Json(false))).value_or(false);
    r.properties["manageMasterUserPassword"] = toBool(p.value("ManageMasterUserPassword", Json(false))).value_or(false);
    r.properties["publiclyAccessible"] = false;
    const bool postgres = r.properties["engine"] == "aurora-postgresql";
    r.properties["port"] = toInt(p.value("Port", Json())).value_or(postgres ? 5432 : 3306);
    r.properties["backupRetentionDays"] = toInt(p.value("BackupRetentionPeriod", Json(1))).value_or(1);
    r.securityGroups = refs(p.value("VpcSecurityGroupIds", Json()));
}

bool Mapper::foldDbSubnetGroup(const std::string &logicalId)
{
    const std::string groupId = id(logicalId);
    const auto subnets = refs(props(logicalId).value("SubnetIds", Json()));
    std::string host;
    for (auto &[rid, r] : m_design.resources) {
        if (r.kind != "aurora-cluster" || ref(props(logicalIdOf(rid)).value("DBSubnetGroupName", Json())) != groupId)
            continue;
        r.placement = subnets;
        if (host.empty())
            host = rid;
    }
    if (host.empty())
        return false;
    fold(logicalId, host, "db-subnet-group");
    return true;
}

bool Mapper::foldDbInstance(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource *cluster = m_design.resource(ref(p.value("DBClusterIdentifier", Json())));
    if (!cluster || cluster->kind != "aurora-cluster")
        return false;
    cluster->properties["instanceCount"] = cluster->intProperty("instanceCount") + 1;
    const Json instanceClass = textOrExpression(p.value("DBInstanceClass", Json("")));
    if (instanceClass != "db.serverless")
        cluster->properties["instanceClass"] = instanceClass;
    else
        cluster->properties["capacity"] = "serverless-v2";
    if (toBool(p.value("PubliclyAccessible", Json(false))).value_or(false))
        cluster->properties["publiclyAccessible"] = true;
    fold(logicalId, cluster->id, "db-instance");
    return true;
}

bool Mapper::foldIntoReferenced(const std::string &logicalId, const char *property, const char *hostType, const char *role)
{
    for (const std::string &target : refs(props(logicalId).value(property, Json()))) {
        if (auto listener = m_listenerAlb.find(target); listener != m_listenerAlb.end() && !*hostType) {
            fold(logicalId, listener->second, role, {{"listener", target}});
            return true;
        }
        const std::string targetLogical = logicalIdOf(target);
        if (!m_design.resource(target) || targetLogical.empty() || (*hostType && type(targetLogical) != hostType))
            continue;
        fold(logicalId, target, role);
        return true;
    }
    return false;
}

bool Mapper::foldWafAssociation(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    const std::string resource = ref(p.value("ResourceArn", Json()));
    Resource *acl = m_design.resource(ref(p.value("WebACLArn", Json())));
    if (acl && acl->kind == "waf-web-acl") {
        acl->properties["associatedWith"] = resource;
        fold(logicalId, acl->id, "waf-association");
        return true;
    }
    // The web ACL lives elsewhere (a parameter or an import): the association is the node.
    Resource &r = add(logicalId, "waf-web-acl");
    r.properties["associatedWith"] = resource;
    r.properties["managedRuleGroups"] = Json::array();
    r.properties["ruleCount"] = 0;
    return true;
}

bool Mapper::foldSnsSubscription(const std::string &logicalId)
{
    const Json &p = props(logicalId);
    Resource *topic = m_design.resource(ref(p.value("TopicArn", Json())));
    if (!topic || topic->kind != "sns-topic")
        return false;
    if (p.value("Protocol", Json()) == "email")
        topic->properties["email"] = textOrExpression(p.value("Endpoint", Json("")));
    fold(logicalId, topic->id, "sns-subscription");
    return true;
}

void Mapper::linkAlarms()
{
    for (auto &[rid, alarm] : m_design.resources) {
        if (alarm.kind != "alarm")
            continue;
        Resource *subject = m_design.resource(alarm.stringProperty("subject"));
        if (subject && subject->kind == "ecs-service" && alarm.stringProperty("metric") == "RunningTaskCount") {
            subject->properties["runningTaskAlarm"] = true;
            subject->properties["alarmTopic"] = alarm.properties["topic"];
        }
        // A step policy's thresholds live in the alarm that triggers it.
        const Json raw = props(logicalIdOf(rid));
        for (const std::string &action : refs(raw.value("AlarmActions", Json())))
            for (auto &[sid, service] : m_design.resources) {
                if (service.kind != "ecs-service" || !service.properties["scaling"].contains("steps"))
                    continue;
                for (Json &step : service.properties["scaling"]["steps"])
                    if (step.value("policy", std::string()) == action) {
                        const std::string metric = lower(alarm.stringProperty("metric"));
                        step["metric"] = metric.find("memory") != std::string::npos ? "memory" : "cpu";
                        step["threshold"] = alarm.properties["threshold"];
                    }
            }
    }
}

} // namespace Stackyard::Cfn

#include "cfncontext.h"

#include "model/core/topology.h"

namespace Stackyard {

namespace {

void aurora(CfnContext &cx, const Resource &r)
{
    const std::string subnetGroup = cx.id(r.id, "SubnetGroup");
    cx.add(subnetGroup, "AWS::RDS::DBSubnetGroup",
           {{"DBSubnetGroupDescription", "Subnets of " + (r.name.empty() ? r.id : r.name)},
            {"SubnetIds", cfnRefList(cx, subnetsOf(cx.design(), r))},
            {"Tags", cx.tags(r.name + " subnet group", r.id)}});
    const std::string engine = r.stringProperty("engine", "aurora-postgresql");
    const bool serverless = r.stringProperty("capacity") == "serverless-v2";
    if (!r.boolProperty("manageMasterUserPassword", true))
        cx.warn(r.id, "the master password is exported as managed by Secrets Manager anyway (SEC-7)");
    OJson props{{"Engine", engine},
                {"EngineVersion", r.stringProperty("engineVersion", "16.4")},
                {"DBSubnetGroupName", CfnContext::ref(subnetGroup)},
                {"VpcSecurityGroupIds", cfnRefList(cx, r.securityGroups)},
                {"Port", r.intProperty("port", engine == "aurora-mysql" ? 3306 : 5432)},
                {"MasterUsername", "app_admin"},
                {"ManageMasterUserPassword", true},
                {"StorageEncrypted", r.boolProperty("storageEncrypted", true)},
                {"BackupRetentionPeriod", r.intProperty("backupRetentionDays", 7)},
                {"CopyTagsToSnapshot", true}};
    if (!r.boolProperty("storageEncrypted", true))
        cx.warn(r.id, "storage encryption is off");
    if (serverless)
        props["ServerlessV2ScalingConfiguration"] = {{"MinCapacity", r.properties.value("minAcu", 0.5)},
                                                     {"MaxCapacity", r.properties.value("maxAcu", 4.0)}};
    props["Tags"] = cx.tags(r);
    OJson &cluster = cx.add(cx.id(r.id), "AWS::RDS::DBCluster", std::move(props));
    cluster["DeletionPolicy"] = "Snapshot";
    cluster["UpdateReplacePolicy"] = "Snapshot";
    const long long count = std::max<long long>(1, r.intProperty("instanceCount", 2));
    for (long long i = 1; i <= count; ++i)
        cx.add(cx.id(r.id, "Instance" + std::to_string(i)), "AWS::RDS::DBInstance",
               {{"DBClusterIdentifier", CfnContext::ref(cx.id(r.id))},
                {"DBInstanceClass", serverless ? std::string("db.serverless") : r.stringProperty("instanceClass", "db.r6g.large")},
                {"Engine", engine},
                {"PubliclyAccessible", r.boolProperty("publiclyAccessible")},
                {"Tags", cx.tags(r.name + " instance " + std::to_string(i), r.id)}});
    cx.output(cx.id(r.id, "Endpoint"), {{"Description", "Writer endpoint of " + r.name},
                                            {"Value", CfnContext::getAtt(cx.id(r.id), "Endpoint.Address")}});
    cx.output(cx.id(r.id, "SecretArn"), {{"Description", "Secret holding the master password of " + r.name},
                                             {"Value", CfnContext::getAtt(cx.id(r.id), "MasterUserSecret.SecretArn")}});
}

void bucket(CfnContext &cx, const Resource &r)
{
    const bool kms = r.stringProperty("encryption") == "SSE-KMS";
    OJson props{{"BucketEncryption",
                 {{"ServerSideEncryptionConfiguration",
                   OJson::array({{{"ServerSideEncryptionByDefault", {{"SSEAlgorithm", kms ? "aws:kms" : "AES256"}}},
                                  {"BucketKeyEnabled", kms}}})}}},
                {"PublicAccessBlockConfiguration", {{"BlockPublicAcls", true}, {"BlockPublicPolicy", true},
                                                    {"IgnorePublicAcls", true}, {"RestrictPublicBuckets", true}}},
                {"OwnershipControls", {{"Rules", OJson::array({{{"ObjectOwnership", "BucketOwnerEnforced"}}})}}}};
    if (r.boolProperty("versioning", true))
        props["VersioningConfiguration"] = {{"Status", "Enabled"}};
    props["Tags"] = cx.tags(r);
    OJson &entry = cx.add(cx.id(r.id), "AWS::S3::Bucket", std::move(props));
    entry["DeletionPolicy"] = "Retain";
    entry["UpdateReplacePolicy"] = "Retain";
}

void secret(CfnContext &cx, const Resource &r)
{
    if (r.boolProperty("rotation"))
        cx.info(r.id, "rotation needs a rotation function of your own; not exported");
    cx.add(cx.id(r.id), "AWS::SecretsManager::Secret",
           {{"Description", r.stringProperty("description").empty() ? r.name : r.stringProperty("description")},
            {"GenerateSecretString", {{"PasswordLength", 32}, {"ExcludePunctuation", true}}},
            {"Tags", cx.tags(r)}});
}

void parameter(CfnContext &cx, const Resource &r)
{
    const std::string type = r.stringProperty("parameterType", "SecureString");
    if (type == "SecureString") {
        cx.warn(r.id, "CloudFormation cannot create SecureString parameters: create /<environment>/" + r.id
                          + " yourself (tasks read it from there)");
        return;
    }
    OJson tags = OJson::object();
    tags["Name"] = r.name.empty() ? r.id : r.name;
    tags["environment"] = CfnContext::ref("EnvironmentName");
    tags["stackyard:design-id"] = r.id;
    cx.add(cx.id(r.id), "AWS::SSM::Parameter",
           {{"Name", CfnContext::sub("/${EnvironmentName}/" + r.id)},
            {"Type", type},
            {"Value", r.stringProperty("value").empty() ? std::string("-") : r.stringProperty("value")},
            {"Tags", tags}});
}

void firehose(CfnContext &cx, const Resource &r)
{
    const std::string target = cx.refId(r.stringProperty("bucket"));
    if (target.empty()) {
        cx.warn(r.id, "delivery stream without a bucket; not exported");
        return;
    }
    if (r.stringProperty("destination", "s3") != "s3")
        cx.warn(r.id, "only S3 destinations are exported; this stream delivers to S3");
    const std::string role = cx.id(r.id, "Role");
    cx.add(role, "AWS::IAM::Role",
           {{"AssumeRolePolicyDocument", CfnContext::assumeRolePolicy("firehose.amazonaws.com")},
            {"Policies", OJson::array({{{"PolicyName", "delivery"},
                                        {"PolicyDocument",
                                         {{"Version", "2012-10-17"},
                                          {"Statement", OJson::array({cfnAllow(OJson::array({"s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:PutObject"}),
                                                                               OJson::array({CfnContext::getAtt(target, "Arn"), CfnContext::sub("${" + target + ".Arn}/*")}))})}}}}})},
            {"Tags", cx.tags(r.name + " role", r.id)}});
    cx.add(cx.id(r.id), "AWS::KinesisFirehose::DeliveryStream",
           {{"DeliveryStreamType", "DirectPut"},
            {"S3DestinationConfiguration", {{"BucketARN", CfnContext::getAtt(target, "Arn")},
                                            {"RoleARN", CfnContext::getAtt(role, "Arn")}}},
            {"Tags", cx.tags(r)}});
}

} // namespace

void buildData(CfnContext &cx)
{
    for (const auto &[id, r] : cx.design().resources) {
        if (r.kind == "aurora-cluster")
            aurora(cx, r);
        else if (r.kind == "s3-bucket")
            bucket(cx, r);
        else if (r.kind == "secret")
            secret(cx, r);
        else if (r.kind == "ssm-parameter")
            parameter(cx, r);
        else if (r.kind == "firehose")
            firehose(cx, r);
    }
}

} // namespace Stackyard

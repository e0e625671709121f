#include "tfcontext.h"

#include "model/core/topology.h"

#include <algorithm>

namespace Stackyard {

namespace {

void aurora(TfContext &tx, const Resource &r)
{
    const std::string group = tx.name(r.id, "subnet_group");
    tx.resource("aws_db_subnet_group", group,
                {{"name_prefix", hclTemplate("${var.environment_name}-" + r.id + "-")},
                 {"description", "Subnets of " + (r.name.empty() ? r.id : r.name)},
                 {"subnet_ids", tx.refs(subnetsOf(tx.design(), r))},
                 {"tags", tx.tags(r.name + " subnet group", r.id)}});
    const std::string engine = r.stringProperty("engine", "aurora-postgresql");
    const bool serverless = r.stringProperty("capacity") == "serverless-v2";
    if (!r.boolProperty("manageMasterUserPassword", true))
        tx.warn(r.id, "the master password is exported as managed by Secrets Manager anyway (SEC-7)");
    HclBody body{{"cluster_identifier_prefix", hclTemplate("${var.environment_name}-" + r.id + "-")},
                 {"engine", engine},
                 {"engine_version", r.stringProperty("engineVersion", "16.4")},
                 {"db_subnet_group_name", hclExpr("aws_db_subnet_group." + group + ".name")},
                 {"vpc_security_group_ids", tx.refs(r.securityGroups)},
                 {"port", r.intProperty("port", engine == "aurora-mysql" ? 3306 : 5432)},
                 {"master_username", "app_admin"},
                 {"manage_master_user_password", true},
                 {"storage_encrypted", r.boolProperty("storageEncrypted", true)},
                 {"backup_retention_period", r.intProperty("backupRetentionDays", 7)},
                 {"copy_tags_to_snapshot", true},
                 {"final_snapshot_identifier", hclTemplate("${var.environment_name}-" + r.id + "-final")}};
    if (serverless)
        body["+serverlessv2_scaling_configuration"] = {{"min_capacity", r.properties.value("minAcu", 0.5)},
                                                       {"max_capacity", r.properties.value("maxAcu", 4.0)}};
    body["tags"] = tx.tags(r);
    tx.resource("aws_rds_cluster", tx.name(r.id), body);
    const long long count = std::max<long long>(1, r.intProperty("instanceCount", 2));
    tx.resource("aws_rds_cluster_instance", tx.name(r.id, "instance"),
                {{"count", count},
                 {"cluster_identifier", hclExpr(tx.ref(r.id))},
                 {"instance_class", serverless ? std::string("db.serverless") : r.stringProperty("instanceClass", "db.r6g.large")},
                 {"engine", hclExpr(tx.ref(r.id, "engine"))},
                 {"publicly_accessible", r.boolProperty("publiclyAccessible")},
                 {"tags", tx.tags(r.name + " instance", r.id)}});
    tx.output(tx.name(r.id, "endpoint"), {{"description", "Writer endpoint of " + r.name}, {"value", hclExpr(tx.ref(r.id, "endpoint"))}});
    tx.output(tx.name(r.id, "secret_arn"), {{"description", "Secret holding the master password of " + r.name},
                                           {"value", hclExpr(tx.ref(r.id, "master_user_secret[0].secret_arn"))}});
}

void bucket(TfContext &tx, const Resource &r)
{
    const std::string name = tx.name(r.id);
    const std::string id = "aws_s3_bucket." + name + ".id";
    tx.resource("aws_s3_bucket", name, {{"bucket_prefix", hclTemplate("${var.environment_name}-" + r.id + "-")}, {"tags", tx.tags(r)}});
    const bool kms = r.stringProperty("encryption") == "SSE-KMS";
    tx.resource("aws_s3_bucket_server_side_encryption_configuration", name,
                {{"bucket", hclExpr(id)},
                 {"+rule", {{"bucket_key_enabled", kms}, {"+apply_server_side_encryption_by_default", {{"sse_algorithm", kms ? "aws:kms" : "AES256"}}}}}});
    tx.resource("aws_s3_bucket_public_access_block", name,
                {{"bucket", hclExpr(id)}, {"block_public_acls", true}, {"block_public_policy", true},
                 {"ignore_public_acls", true}, {"restrict_public_buckets", true}});
    tx.resource("aws_s3_bucket_ownership_controls", name,
                {{"bucket", hclExpr(id)}, {"+rule", {{"object_ownership", "BucketOwnerEnforced"}}}});
    if (r.boolProperty("versioning", true))
        tx.resource("aws_s3_bucket_versioning", name,
                    {{"bucket", hclExpr(id)}, {"+versioning_configuration", {{"status", "Enabled"}}}});
}

void secret(TfContext &tx, const Resource &r)
{
    if (r.boolProperty("rotation"))
        tx.info(r.id, "rotation needs a rotation function of your own; not exported");
    const std::string name = tx.name(r.id);
    tx.resource("aws_secretsmanager_secret", name,
                {{"name_prefix", hclTemplate("${var.environment_name}-" + r.id + "-")},
                 {"description", r.stringProperty("description").empty() ? r.name : r.stringProperty("description")},
                 {"tags", tx.tags(r)}});
    tx.resource("random_password", name, {{"length", 32}, {"special", false}});
    tx.resource("aws_secretsmanager_secret_version", name,
                {{"secret_id", hclExpr("aws_secretsmanager_secret." + name + ".id")},
                 {"secret_string", hclExpr("random_password." + name + ".result")}});
}

void parameter(TfContext &tx, const Resource &r)
{
    const std::string type = r.stringProperty("parameterType", "SecureString");
    if (type == "SecureString") {
        tx.warn(r.id, "SecureString parameters are not exported (as in the CloudFormation export): create /<environment>/"
                          + r.id + " yourself");
        return;
    }
    tx.resource("aws_ssm_parameter", tx.name(r.id),
                {{"name", hclTemplate("/${var.environment_name}/" + r.id)},
                 {"type", type},
                 {"value", r.stringProperty("value").empty() ? std::string("-") : r.stringProperty("value")},
                 {"tags", tx.tags(r)}});
}

void firehose(TfContext &tx, const Resource &r)
{
    const std::string target = tx.ref(r.stringProperty("bucket"), "arn");
    if (target.empty()) {
        tx.warn(r.id, "delivery stream without a bucket; not exported");
        return;
    }
    const std::string role = tx.name(r.id, "role");
    tfRole(tx, role, "firehose.amazonaws.com", r.id, {},
           OJson::array({tfAllow(OJson::array({"s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:PutObject"}),
                                 OJson::array({hclExpr(target), hclTemplate("${" + target + "}/*")}))}));
    tx.resource("aws_kinesis_firehose_delivery_stream", tx.name(r.id),
                {{"name", hclTemplate("${var.environment_name}-" + r.id)},
                 {"destination", "extended_s3"},
                 {"+extended_s3_configuration", {{"bucket_arn", hclExpr(target)}, {"role_arn", hclExpr("aws_iam_role." + role + ".arn")}}},
                 {"tags", tx.tags(r)}});
}

} // namespace

void tfData(TfContext &tx)
{
    for (const auto &[id, r] : tx.design().resources) {
        if (r.kind == "aurora-cluster")
            aurora(tx, r);
        else if (r.kind == "s3-bucket")
            bucket(tx, r);
        else if (r.kind == "secret")
            secret(tx, r);
        else if (r.kind == "ssm-parameter")
            parameter(tx, r);
        else if (r.kind == "firehose")
            firehose(tx, r);
    }
}

} // namespace Stackyard

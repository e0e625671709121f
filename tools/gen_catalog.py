#!/usr/bin/env python3
"""Writes resources/catalog/catalog.json. The catalogue is data; this script is only a terser way
to author it. Edit here, run it, commit both."""
import json, os

def P(name, type, default=None, doc="", title=None, values=None, refKind=None):
    p = {"name": name, "type": type, "title": title or name, "doc": doc}
    if default is not None: p["default"] = default
    if values: p["values"] = values
    if refKind: p["refKind"] = refKind
    return p

def K(kind, title, category, cfn, tf, parents, props, doc, container=False, spans=False, placeable=True, icon=None):
    return {"kind": kind, "title": title, "category": category, "icon": icon or f"{kind}.svg",
            "cfnType": cfn, "tfType": tf, "allowedParents": parents, "container": container,
            "spansSubnets": spans, "placeable": placeable, "doc": doc, "properties": props}

REGION = [""]
container_doc = ("List of containers: {name, image, imageSource (ecr|public|other), essential, cpu, memory, "
                 "portMappings:[{containerPort, protocol}], environment:{NAME: value}, "
                 "secrets:{NAME: secret id or ARN}, stopTimeout, dependsOn:[name], role (app|log-router|xray|proxy)}")
kinds = [
  K("internet", "Internet", "external", "", "", REGION, [], "The public internet: where requests come from and where egress goes.", icon="internet.svg"),
  K("users", "Users", "external", "", "", REGION, [P("requestsPerMonth", "number", 10000000, "Requests per month, for ALB LCU and WAF estimates.")], "The people who use the service."),
  K("vpc", "VPC", "networking", "AWS::EC2::VPC", "aws_vpc", REGION, [
      P("cidrBlock", "cidr", "10.0.0.0/16", "Primary IPv4 CIDR block (/16 to /28)."),
      P("enableDnsSupport", "bool", True, "Amazon DNS resolver; needed for private DNS of interface endpoints."),
      P("enableDnsHostnames", "bool", True, "DNS hostnames; needed for private DNS of interface endpoints."),
  ], "A virtual network in one Region.", container=True),
  K("subnet", "Subnet", "networking", "AWS::EC2::Subnet", "aws_subnet", ["vpc"], [
      P("availabilityZone", "az", "a", "Availability Zone suffix (a, b, c…) or a full zone name."),
      P("cidrBlock", "cidr", "10.0.0.0/24", "IPv4 CIDR block inside the VPC (/16 to /28). AWS reserves 5 addresses."),
      P("mapPublicIpOnLaunch", "bool", False, "Give instances launched here a public IPv4 address."),
      P("role", "enum", "app", "What the subnet is for; drives layout rows. Its tier (public/private/isolated) is derived from routes.", values=["public", "app", "data", "other"]),
  ], "A range of the VPC in one Availability Zone. Its tier is derived from its route table.", container=True),
  K("internet-gateway", "Internet gateway", "networking", "AWS::EC2::InternetGateway", "aws_internet_gateway", ["vpc"], [],
    "Connects a VPC to the internet. One per VPC. No charge."),
  K("nat-gateway", "NAT gateway", "networking", "AWS::EC2::NatGateway", "aws_nat_gateway", ["subnet"], [
      P("connectivityType", "enum", "public", "public: in a public subnet with an Elastic IP; private: no internet.", values=["public", "private"]),
      P("availabilityMode", "enum", "zonal", "zonal (default) or regional (spans AZs, no public subnet needed).", values=["zonal", "regional"]),
      P("elasticIp", "bool", True, "Allocate an Elastic IP (required for a public zonal NAT gateway)."),
  ], "Lets private subnets reach the internet. Zonal: put one in a public subnet of each AZ."),
  K("route-table", "Route table", "networking", "AWS::EC2::RouteTable", "aws_route_table", ["vpc"], [],
    "Routes of subnets. A first-class object of the design (Design::routeTables), edited in the inspector.", placeable=False),
  K("security-group", "Security group", "security", "AWS::EC2::SecurityGroup", "aws_security_group", ["vpc"], [],
    "Stateful firewall on network interfaces. A first-class object of the design (Design::securityGroups).", placeable=False),
  K("alb", "Application Load Balancer", "networking", "AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb", ["vpc"], [
      P("scheme", "enum", "internet-facing", "internet-facing (public subnets) or internal.", values=["internet-facing", "internal"]),
      P("idleTimeout", "int", 60, "Idle timeout in seconds."),
      P("listeners", "list", [{"port": 443, "protocol": "HTTPS", "certificateArn": "", "defaultTargetGroup": "app", "rules": []}],
        "Listeners: {port, protocol (HTTP|HTTPS), certificateArn, defaultTargetGroup, redirectToHttps, rules:[{priority, pathPattern, hostHeader, action (forward|fixed-response|redirect), targetGroup, statusCode, contentType, messageBody, maintenance}]}"),
      P("targetGroups", "list", [{"name": "app", "port": 8080, "protocol": "HTTP", "targetType": "ip", "deregistrationDelay": 30,
                                  "healthCheck": {"path": "/health", "intervalSeconds": 30, "timeoutSeconds": 5, "healthyThreshold": 3, "unhealthyThreshold": 3, "matcher": "200"}}],
        "Target groups: {name, port, protocol, targetType (ip for Fargate), deregistrationDelay, healthCheck:{path, intervalSeconds, timeoutSeconds, healthyThreshold, unhealthyThreshold, matcher}}"),
      P("maintenanceMode", "bool", True, "Export a top-priority listener rule answering 503, switched by a template parameter (REL-6)."),
      P("accessLogsBucket", "ref", "", "S3 bucket for access logs.", refKind="s3-bucket"),
      P("lcuPerHour", "number", 1, "Average load balancer capacity units per hour, for cost."),
  ], "Application Load Balancer. Spans the subnets of its placement (two AZs or more).", spans=True),
  K("waf-web-acl", "WAF web ACL", "security", "AWS::WAFv2::WebACL", "aws_wafv2_web_acl", REGION, [
      P("associatedWith", "ref", "", "The ALB the web ACL protects (WAF attaches to ALB, API Gateway or CloudFront).", refKind="alb"),
      P("managedRuleGroups", "list", ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"], "AWS managed rule groups."),
      P("ruleCount", "int", 2, "Rules in the web ACL, for cost."),
  ], "Web application firewall in front of the public ALB (SEC-11)."),
  K("ecs-cluster", "ECS cluster", "containers", "AWS::ECS::Cluster", "aws_ecs_cluster", REGION, [
      P("containerInsights", "enum", "enabled", "Container Insights (MET-1); priced by task count (MET-2).", values=["enabled", "disabled"]),
      P("capacityProviders", "list", ["FARGATE", "FARGATE_SPOT"], "Capacity providers available to services (COST-1)."),
  ], "A logical group of services and tasks."),
  K("ecs-service", "ECS service (Fargate)", "containers", "AWS::ECS::Service", "aws_ecs_service", ["vpc"], [
      P("cluster", "ref", "", "The ECS cluster.", refKind="ecs-cluster"),
      P("launchType", "enum", "FARGATE", "FARGATE; EC2 is imported but not designed.", values=["FARGATE", "EC2"]),
      P("desiredCount", "int", 2, "Tasks normally running."),
      P("minCount", "int", 2, "Autoscaling minimum."),
      P("maxCount", "int", 6, "Autoscaling maximum."),
      P("assignPublicIp", "bool", False, "Give tasks public IPs (not recommended, SEC-13)."),
      P("cpu", "int", 512, "Task CPU units (256, 512, 1024, 2048, 4096, 8192, 16384)."),
      P("memory", "int", 1024, "Task memory in MiB; must be a valid Fargate pair with cpu."),
      P("cpuArchitecture", "enum", "X86_64", "X86_64 or ARM64 (Graviton, cheaper).", values=["X86_64", "ARM64"]),
      P("ephemeralStorageGb", "int", 20, "Ephemeral storage (20 GiB included, up to 200)."),
      P("containers", "list", [{"name": "app", "image": "app", "imageSource": "ecr", "essential": True, "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
                                "environment": {}, "secrets": {}, "stopTimeout": 30, "role": "app"}], container_doc),
      P("logDriver", "enum", "firelens-fluentbit", "Log routing: awslogs, FireLens with Fluent Bit (default, LOG-2) or Fluentd.", values=["awslogs", "firelens-fluentbit", "firelens-fluentd"]),
      P("logGroup", "ref", "", "CloudWatch log group for awslogs or the error stream.", refKind="log-group"),
      P("logRoutes", "list", [{"match": "access", "destination": "s3"}, {"match": "error", "destination": "cloudwatch"}],
        "FireLens routing rules: {match (access|error|all), destination (cloudwatch|s3|firehose)} (LOG-3/4)."),
      P("logBucket", "ref", "", "S3 bucket for routed logs and the Fluent Bit configuration file.", refKind="s3-bucket"),
      P("xray", "bool", False, "Add the X-Ray daemon sidecar (MET-3)."),
      P("loadBalancer", "object", {"alb": "", "targetGroup": "app", "containerName": "app", "containerPort": 8080},
        "{alb, targetGroup, containerName, containerPort}: where the ALB sends traffic."),
      P("capacityProviderStrategy", "list", [{"capacityProvider": "FARGATE", "base": 1, "weight": 1}],
        "[{capacityProvider (FARGATE|FARGATE_SPOT), base, weight}] (COST-1/2)."),
      P("scaling", "object", {"mode": "target-tracking", "cpuTarget": 60, "memoryTarget": 0, "requestsPerTarget": 0, "scaleOutCooldown": 60, "scaleInCooldown": 300,
                               "steps": [{"metric": "cpu", "threshold": 70, "adjustment": 1}, {"metric": "cpu", "threshold": 30, "adjustment": -1}]},
        "{mode (target-tracking|step|none), cpuTarget, memoryTarget, requestsPerTarget, scaleOutCooldown, scaleInCooldown, steps:[{metric, threshold, adjustment}]} (PERF-1/2)."),
      P("runningTaskAlarm", "bool", True, "Alarm on RunningTaskCount below desired, to the SNS topic (REL-3)."),
      P("alarmTopic", "ref", "", "SNS topic for alarms.", refKind="sns-topic"),
      P("healthCheckGracePeriod", "int", 60, "Seconds to ignore ALB health checks after a task starts."),
      P("environment", "enum", "prod", "Which environment the service runs as.", values=["dev", "staging", "prod"]),
  ], "A Fargate service and its task definition (awsvpc: one ENI per task). Spans the private subnets of its placement.", spans=True),
  K("ecr-repository", "ECR repository", "containers", "AWS::ECR::Repository", "aws_ecr_repository", REGION, [
      P("tagMutability", "enum", "IMMUTABLE", "IMMUTABLE forbids overwriting tags (SEC-8).", values=["IMMUTABLE", "MUTABLE"]),
      P("scanOnPush", "bool", True, "Scan images on push (SEC-2)."),
      P("lifecycleRules", "list", [{"tagPrefix": "dev_", "keep": 10}, {"tagPrefix": "staging_", "keep": 20}, {"tagPrefix": "prod_", "keep": 50}, {"tagPrefix": "", "untaggedDays": 7}],
        "Per environment tag prefix: keep the newest N images; untagged expire after days (CICD-1, SEC-8)."),
      P("storageGb", "number", 5, "Stored image GB, for cost."),
      P("scheduledRescan", "bool", False, "Periodic rescan with EventBridge + Lambda (SEC-4)."),
  ], "Private image registry."),
  K("aurora-cluster", "Aurora cluster", "database", "AWS::RDS::DBCluster", "aws_rds_cluster", ["vpc"], [
      P("engine", "enum", "aurora-postgresql", "Engine.", values=["aurora-postgresql", "aurora-mysql"]),
      P("engineVersion", "string", "16.4", "Engine version."),
      P("capacity", "enum", "provisioned", "provisioned instances or Serverless v2.", values=["provisioned", "serverless-v2"]),
      P("instanceClass", "string", "db.r6g.large", "Instance class of provisioned instances."),
      P("instanceCount", "int", 2, "Writer plus readers."),
      P("minAcu", "number", 0.5, "Serverless v2 minimum ACUs (0–256, half steps)."),
      P("maxAcu", "number", 4, "Serverless v2 maximum ACUs."),
      P("averageAcu", "number", 1, "Average ACUs, for cost."),
      P("storageEncrypted", "bool", True, "Encrypt storage at rest."),
      P("manageMasterUserPassword", "bool", True, "Master password managed in Secrets Manager (SEC-7)."),
      P("publiclyAccessible", "bool", False, "Public endpoint (never for NET-3)."),
      P("port", "int", 5432, "Database port."),
      P("storageGb", "number", 50, "Stored GB, for cost."),
      P("ioRequestsPerMonth", "number", 100000000, "I/O requests per month, for cost (Standard storage)."),
      P("backupRetentionDays", "int", 7, "Automated backups kept."),
  ], "Aurora cluster with its DB subnet group (the subnets of its placement).", spans=True),
  K("vpc-endpoint", "VPC endpoint", "networking", "AWS::EC2::VPCEndpoint", "aws_vpc_endpoint", ["vpc"], [
      P("endpointType", "enum", "Interface", "Gateway (S3, DynamoDB; free) or Interface (per AZ-hour and GB).", values=["Interface", "Gateway"]),
      P("service", "enum", "ecr.api", "AWS service.", values=["s3", "dynamodb", "ecr.api", "ecr.dkr", "logs", "secretsmanager", "ssm", "ssmmessages", "ec2messages", "xray", "sts", "kms", "monitoring", "sns", "firehose", "ecs", "ecs-agent", "ecs-telemetry"]),
      P("privateDnsEnabled", "bool", True, "Private DNS for the service name (Interface)."),
      P("routeTables", "refs", [], "Route tables of a gateway endpoint.", refKind="route-table"),
  ], "Private access to an AWS service (SEC-14). Interface endpoints span the subnets of their placement.", spans=True),
  K("bastion", "Bastion host", "compute", "AWS::EC2::Instance", "aws_instance", ["subnet"], [
      P("instanceType", "string", "t3.micro", "EC2 instance type."),
      P("publicIp", "bool", False, "Public IPv4 address."),
      P("access", "enum", "ssm", "How people reach it: ssm (Session Manager), eic (EC2 Instance Connect Endpoint) or ssh.", values=["ssm", "eic", "ssh"]),
      P("recordSessions", "bool", True, "Record what is done inside (BAS-1)."),
  ], "Jump host (BAS-1/2): prefer a private subnet with Session Manager or an EC2 Instance Connect Endpoint."),
  K("eic-endpoint", "EC2 Instance Connect Endpoint", "networking", "AWS::EC2::InstanceConnectEndpoint", "aws_ec2_instance_connect_endpoint", ["subnet"], [
      P("preserveClientIp", "bool", False, "Preserve the client IP."),
  ], "Reach private instances without a public bastion (BAS-2)."),
  K("log-group", "CloudWatch log group", "management", "AWS::Logs::LogGroup", "aws_cloudwatch_log_group", REGION, [
      P("retentionDays", "int", 30, "Days logs are kept."),
      P("ingestGbPerMonth", "number", -1, "GB ingested per month; -1 = from tasks and the design's assumption."),
  ], "CloudWatch Logs group."),
  K("subscription-filter", "Subscription filter", "management", "AWS::Logs::SubscriptionFilter", "aws_cloudwatch_log_subscription_filter", REGION, [
      P("logGroup", "ref", "", "Log group filtered.", refKind="log-group"),
      P("filterPattern", "string", "?ERROR ?Error ?Exception", "Lines that match are sent on (LOG-1)."),
      P("destination", "ref", "", "Lambda function receiving the lines.", refKind="lambda"),
  ], "Sends matching log lines to a Lambda function (LOG-1)."),
  K("alarm", "CloudWatch alarm", "management", "AWS::CloudWatch::Alarm", "aws_cloudwatch_metric_alarm", REGION, [
      P("metric", "string", "RunningTaskCount", "Metric name."),
      P("namespace", "string", "ECS/ContainerInsights", "Metric namespace."),
      P("subject", "ref", "", "The resource watched.", refKind=""),
      P("threshold", "number", 1, "Threshold."),
      P("comparison", "enum", "LessThanThreshold", "Comparison.", values=["LessThanThreshold", "GreaterThanThreshold", "LessThanOrEqualToThreshold", "GreaterThanOrEqualToThreshold"]),
      P("topic", "ref", "", "SNS topic notified.", refKind="sns-topic"),
  ], "CloudWatch alarm (REL-3)."),
  K("lambda", "Lambda function", "compute", "AWS::Lambda::Function", "aws_lambda_function", ["", "subnet"], [
      P("runtime", "string", "python3.12", "Runtime."),
      P("memory", "int", 128, "Memory in MB."),
      P("purpose", "enum", "error-alert", "What it does.", values=["error-alert", "rescan", "other"]),
      P("topic", "ref", "", "SNS topic it publishes to.", refKind="sns-topic"),
  ], "Lambda function, e.g. the error alert of LOG-1."),
  K("sns-topic", "SNS topic", "integration", "AWS::SNS::Topic", "aws_sns_topic", REGION, [
      P("email", "string", "", "Subscriber e-mail address."),
  ], "Notification topic."),
  K("s3-bucket", "S3 bucket", "storage", "AWS::S3::Bucket", "aws_s3_bucket", REGION, [
      P("versioning", "bool", True, "Versioning."),
      P("encryption", "enum", "SSE-S3", "Default encryption.", values=["SSE-S3", "SSE-KMS"]),
      P("storageGb", "number", 50, "Stored GB, for cost."),
  ], "S3 bucket (logs, Fluent Bit configuration, artefacts)."),
  K("secret", "Secrets Manager secret", "security", "AWS::SecretsManager::Secret", "aws_secretsmanager_secret", REGION, [
      P("description", "string", "", "What the secret holds."),
      P("rotation", "bool", False, "Automatic rotation."),
  ], "One secret (one ARN per secret, SEC-7)."),
  K("ssm-parameter", "SSM parameter", "management", "AWS::SSM::Parameter", "aws_ssm_parameter", REGION, [
      P("parameterType", "enum", "SecureString", "String is not encrypted; use SecureString for secrets (SEC-7).", values=["String", "StringList", "SecureString"]),
      P("value", "string", "", "Value (not for secrets)."),
  ], "Parameter Store parameter."),
  K("firehose", "Firehose stream", "analytics", "AWS::KinesisFirehose::DeliveryStream", "aws_kinesis_firehose_delivery_stream", REGION, [
      P("destination", "enum", "s3", "Where records go (LOG-3).", values=["s3", "opensearch", "redshift"]),
      P("bucket", "ref", "", "Destination bucket.", refKind="s3-bucket"),
  ], "Delivers log records to S3, OpenSearch or Redshift."),
  K("eventbridge-rule", "EventBridge rule", "integration", "AWS::Events::Rule", "aws_cloudwatch_event_rule", REGION, [
      P("schedule", "string", "rate(1 day)", "Schedule expression."),
      P("target", "ref", "", "Target (a Lambda function).", refKind="lambda"),
  ], "Scheduled or event rule, e.g. periodic image rescan (SEC-4)."),
  K("codebuild-project", "CodeBuild project", "devtools", "AWS::CodeBuild::Project", "aws_codebuild_project", REGION, [
      P("repository", "ref", "", "ECR repository it pushes to.", refKind="ecr-repository"),
      P("runTrivy", "bool", True, "Scan image and dependencies with Trivy before push (SEC-3)."),
      P("runDockle", "bool", True, "Check image configuration with Dockle (SEC-3)."),
      P("contentTrust", "bool", True, "Enable Docker Content Trust (SEC-5)."),
  ], "Builds images tagged <environment>_<commit id> (CICD-2)."),
  K("opaque", "Other resource", "other", "", "", ["", "vpc", "subnet"], [],
    "A resource Stackyard does not model, kept with its raw CloudFormation type and properties.", placeable=False),
]

root = {"formatVersion": 1, "doc": "The Stackyard resource catalogue. Generated by tools/gen_catalog.py.", "kinds": kinds}
out = os.path.join(os.path.dirname(__file__), "..", "resources", "catalog", "catalog.json")
with open(out, "w") as f:
    json.dump(root, f, indent=2, sort_keys=False)
    f.write("\n")

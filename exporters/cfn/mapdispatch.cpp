// Which handler maps which CloudFormation type (the handlers live in map*.cpp by area).
#include "mapper.h"

namespace Stackyard::Cfn {

void Mapper::mapPrimary(const std::string &logicalId)
{
    const std::string &t = type(logicalId);
    if (t == "AWS::EC2::VPC")
        mapVpc(logicalId);
    else if (t == "AWS::EC2::Subnet")
        mapSubnet(logicalId);
    else if (t == "AWS::EC2::InternetGateway")
        mapInternetGateway(logicalId);
    else if (t == "AWS::EC2::RouteTable")
        mapRouteTable(logicalId);
    else if (t == "AWS::EC2::SecurityGroup")
        mapSecurityGroup(logicalId);
    else if (t == "AWS::ElasticLoadBalancingV2::LoadBalancer")
        mapLoadBalancer(logicalId);
    else if (t == "AWS::ECS::Cluster")
        mapCluster(logicalId);
    else if (t == "AWS::RDS::DBCluster")
        mapDbCluster(logicalId);
    else if (t == "AWS::ECR::Repository" || t == "AWS::Logs::LogGroup" || t == "AWS::Lambda::Function"
             || t == "AWS::SNS::Topic" || t == "AWS::S3::Bucket" || t == "AWS::SecretsManager::Secret"
             || t == "AWS::WAFv2::WebACL" || t == "AWS::SSM::Parameter" || t == "AWS::KinesisFirehose::DeliveryStream"
             || t == "AWS::Events::Rule" || t == "AWS::CodeBuild::Project" || t == "AWS::Logs::SubscriptionFilter"
             || t == "AWS::CloudWatch::Alarm")
        mapSimple(logicalId);
}

// Runs after every primary resource exists, and after subnets and VPCs, which NAT gateways,
// endpoints and instances need.
void Mapper::mapSecondary(const std::string &logicalId)
{
    if (isDone(logicalId))
        return;
    const std::string &t = type(logicalId);
    if (t == "AWS::EC2::NatGateway")
        mapNatGateway(logicalId);
    else if (t == "AWS::EC2::VPCEndpoint")
        mapVpcEndpoint(logicalId);
    else if (t == "AWS::EC2::Instance")
        mapInstance(logicalId);
    else if (t == "AWS::EC2::InstanceConnectEndpoint")
        mapSubnetChild(logicalId, "eic-endpoint");
    else if (t == "AWS::EC2::VPCGatewayAttachment")
        foldGatewayAttachment(logicalId);
    else if (t == "AWS::EC2::Route")
        foldRoute(logicalId);
    else if (t == "AWS::EC2::SubnetRouteTableAssociation")
        foldRouteAssociation(logicalId);
    else if (t == "AWS::EC2::SecurityGroupIngress")
        foldSecurityGroupRule(logicalId, true);
    else if (t == "AWS::EC2::SecurityGroupEgress")
        foldSecurityGroupRule(logicalId, false);
    else if (t == "AWS::ElasticLoadBalancingV2::Listener")
        foldListener(logicalId);
    else if (t == "AWS::ElasticLoadBalancingV2::ListenerCertificate")
        foldIntoReferenced(logicalId, "ListenerArn", "", "listener-certificate");
    else if (t == "AWS::RDS::DBInstance")
        foldDbInstance(logicalId);
    else if (t == "AWS::RDS::DBSubnetGroup")
        foldDbSubnetGroup(logicalId);
    else if (t == "AWS::ECS::ClusterCapacityProviderAssociations")
        foldCapacityProviders(logicalId);
    else if (t == "AWS::SNS::Subscription")
        foldSnsSubscription(logicalId);
    else if (t == "AWS::SecretsManager::SecretTargetAttachment")
        foldIntoReferenced(logicalId, "SecretId", "AWS::SecretsManager::Secret", "secret-target-attachment");
    else if (t == "AWS::SecretsManager::RotationSchedule")
        foldIntoReferenced(logicalId, "SecretId", "AWS::SecretsManager::Secret", "rotation-schedule");
    else if (t == "AWS::S3::BucketPolicy")
        foldIntoReferenced(logicalId, "Bucket", "AWS::S3::Bucket", "bucket-policy");
    else if (t == "AWS::SNS::TopicPolicy")
        foldIntoReferenced(logicalId, "Topics", "AWS::SNS::Topic", "topic-policy");
    else if (t == "AWS::ECR::RepositoryPolicy")
        foldIntoReferenced(logicalId, "RepositoryName", "AWS::ECR::Repository", "repository-policy");
    else if (t == "AWS::Lambda::Permission")
        foldIntoReferenced(logicalId, "FunctionName", "AWS::Lambda::Function", "lambda-permission");
    else if (t == "AWS::WAFv2::WebACLAssociation")
        foldWafAssociation(logicalId);
}

} // namespace Stackyard::Cfn

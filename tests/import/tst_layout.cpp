#include "importchecks.h"

#include "model/core/layout/autolayout.h"

#include <QTest>

using namespace Stackyard;
using namespace Stackyard::Testing;

namespace {

// Three AZs x three tiers, two subnets in one cell, spanning and regional resources.
const char *const kTemplate = R"(
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Igw: {Type: AWS::EC2::InternetGateway}
  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}
  PublicRt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  PublicRoute: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref PublicRt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}
  PubA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.0.0/24}}
  PubB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.1.0/24}}
  PubC: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [2, !GetAZs ''], CidrBlock: 10.0.2.0/24}}
  AssocA: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref PublicRt, SubnetId: !Ref PubA}}
  AssocB: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref PublicRt, SubnetId: !Ref PubB}}
  AssocC: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref PublicRt, SubnetId: !Ref PubC}}
  NatA: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref PubA}}
  AppA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.10.0/24}}
  AppA2: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.13.0/24}}
  AppB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.11.0/24}}
  AppC: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [2, !GetAZs ''], CidrBlock: 10.0.12.0/24}}
  DataA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.20.0/24}}
  DataB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.21.0/24}}
  Alb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [!Ref PubA, !Ref PubB, !Ref PubC]}}
  Alb2: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Scheme: internal, Subnets: [!Ref AppA, !Ref AppB]}}
  Endpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, VpcEndpointType: Interface, ServiceName: !Sub 'com.amazonaws.${AWS::Region}.logs', SubnetIds: [!Ref AppA, !Ref AppB]}}
  Gw: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: !Sub 'com.amazonaws.${AWS::Region}.s3'}}
  DbGroup: {Type: AWS::RDS::DBSubnetGroup, Properties: {DBSubnetGroupDescription: db, SubnetIds: [!Ref DataA, !Ref DataB]}}
  Db: {Type: AWS::RDS::DBCluster, Properties: {Engine: aurora-postgresql, DBSubnetGroupName: !Ref DbGroup}}
  Repo: {Type: AWS::ECR::Repository}
  Logs: {Type: AWS::Logs::LogGroup}
  Bucket: {Type: AWS::S3::Bucket}
  Secret: {Type: AWS::SecretsManager::Secret}
  Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}
  Listener: {Type: AWS::ElasticLoadBalancingV2::Listener, Properties: {LoadBalancerArn: !Ref Alb, Port: 443, Protocol: HTTPS, DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]}}
  Tg: {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 8080, Protocol: HTTP, TargetType: ip, VpcId: !Ref Vpc}}
)";

Rect box(const DesignFile &f, const char *id)
{
    return f.layout.nodes.at(id);
}

double centreX(const Rect &r)
{
    return r.x + r.width / 2;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void architectureDiagram()
    {
        const ImportResult result = importCloudFormation(kTemplate, "layout.yaml");
        QVERIFY(result.file);
        const DesignFile &f = *result.file;
        QCOMPARE(layoutProblem(f), QString());
        // Tier rows top to bottom, AZ columns left to right.
        QVERIFY(box(f, "PubA").y < box(f, "AppA").y);
        QVERIFY(box(f, "AppB").y < box(f, "DataB").y);
        QVERIFY(box(f, "PubA").x < box(f, "PubB").x);
        QVERIFY(box(f, "PubB").x < box(f, "PubC").x);
        QCOMPARE(box(f, "PubA").x, box(f, "AppA").x);
        // Two subnets of one cell stack; the spanning ALB is centred across its three subnets.
        QCOMPARE(box(f, "AppA").x, box(f, "AppA2").x);
        QVERIFY(std::abs(centreX(box(f, "Alb")) - centreX(box(f, "PubB"))) < 1);
        QVERIFY(box(f, "Alb").y > box(f, "PubA").y + box(f, "PubA").height);
        QVERIFY(box(f, "Alb").y < box(f, "AppA").y);
        QVERIFY(box(f, "Db").y > box(f, "DataA").y);
        // The Internet outside on the left, regional services in a band on the right.
        QVERIFY(box(f, "Internet").x + 64 < box(f, "Vpc").x);
        for (const char *regional : {"Repo", "Logs", "Bucket", "Secret", "Role"})
            QVERIFY2(box(f, regional).x > box(f, "Vpc").x + box(f, "Vpc").width, regional);
        // Containers are sized to their contents, icons are 64x64.
        QCOMPARE(box(f, "NatA").width, 64.0);
        QVERIFY(box(f, "Vpc").width > 3 * box(f, "PubA").width);
    }

    void deterministic()
    {
        const ImportResult a = importCloudFormation(kTemplate, "layout.yaml");
        const ImportResult b = importCloudFormation(kTemplate, "layout.yaml");
        QVERIFY(a.file && b.file);
        QVERIFY(a.file->layout == b.file->layout);
        QVERIFY(autoLayout(a.file->design) == a.file->layout);
    }

    void emptyAndOrphans()
    {
        Design d;
        QVERIFY(autoLayout(d).nodes.empty());
        Resource orphan;
        orphan.id = "S";
        orphan.kind = "subnet";
        d.resources["S"] = orphan;
        Resource nat;
        nat.id = "N";
        nat.kind = "nat-gateway";
        nat.parent = "S";
        d.resources["N"] = nat;
        DesignFile f{d, autoLayout(d)};
        QCOMPARE(layoutProblem(f), QString());
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"

// bench_import: imports a generated CloudFormation template of about 5,000 resources (YAML with
// short-form tags), layout included, and prints the median of several runs.
// Usage: bench_import [RESOURCES] [RUNS] [yaml|json]
// "json" reads the same template written as JSON (the YAML read once and dumped with indentation).
// Besides the whole import it times the reader alone (text -> JSON values), CPU and wall.
// STACKYARD_BENCH_TEMPLATE=FILE imports that file instead of the generated template;
// STACKYARD_BENCH_DUMP=FILE writes the imported design's canonical text there (to compare builds).
#include "exporters/cfn/cfnimport.h"
#include "exporters/cfn/templatereader.h"
#include "model/core/io/designio.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace Stackyard;

namespace {

// One VPC with an IGW and a public ALB; then per application "slice": a subnet with its route
// table association, a security group with a standalone ingress rule, a log group, a secret, a
// task definition, a target group, a listener rule, a service, a scaling target and policy, and
// an IAM role (opaque) — 12 resources.
std::string generate(int wanted, int &count)
{
    std::string t = "AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Env: {Type: String, Default: prod}\n"
                    "Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n"
                    "  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/8}\n"
                    "  Igw: {Type: AWS::EC2::InternetGateway}\n"
                    "  Attach: {Type: AWS::EC2::VPCGatewayAttachment, Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}}\n"
                    "  Rt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}\n"
                    "  Route: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}\n"
                    "  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [!Ref S0, !Ref S1]\n"
                    "  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n"
                    "      LoadBalancerArn: !Ref Alb\n      Port: 443\n      Protocol: HTTPS\n"
                    "      DefaultActions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: '404'}}]\n"
                    "  Cluster: {Type: AWS::ECS::Cluster}\n";
    count = 8;
    for (int i = 0; count + 12 <= wanted; ++i, count += 12) {
        const std::string n = std::to_string(i);
        const std::string cidr = "10." + std::to_string(i / 250) + "." + std::to_string(i % 250) + ".0/24";
        t += "  S" + n + ":\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n"
             "      AvailabilityZone: !Select [" + std::to_string(i % 3) + ", !GetAZs '']\n      CidrBlock: " + cidr + "\n"
             "      Tags: [{Key: Name, Value: !Sub '${AWS::StackName}-app-" + n + "'}]\n";
        t += "  A" + n + ": {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {RouteTableId: !Ref Rt, SubnetId: !Ref S" + n + "}}\n";
        t += "  Sg" + n + ": {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: svc " + n + ", VpcId: !Ref Vpc}}\n";
        t += "  In" + n + ": {Type: AWS::EC2::SecurityGroupIngress, Properties: {GroupId: !Ref Sg" + n
             + ", IpProtocol: tcp, FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: !GetAtt Sg" + n + ".GroupId}}\n";
        t += "  Log" + n + ": {Type: AWS::Logs::LogGroup, Properties: {RetentionInDays: !If [IsProd, 30, 7]}}\n";
        t += "  Sec" + n + ": {Type: AWS::SecretsManager::Secret, Properties: {Description: !Sub 'db ${Env}'}}\n";
        t += "  Task" + n + ":\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Cpu: '256'\n      Memory: '512'\n"
             "      ContainerDefinitions:\n      - Name: app\n        Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/app:" + n + "'\n"
             "        PortMappings: [{ContainerPort: 8080}]\n        Secrets: [{Name: DB, ValueFrom: !Ref Sec" + n + "}]\n"
             "        LogConfiguration: {LogDriver: awslogs, Options: {awslogs-group: !Ref Log" + n + "}}\n";
        t += "  Tg" + n + ": {Type: AWS::ElasticLoadBalancingV2::TargetGroup, Properties: {Port: 8080, Protocol: HTTP, TargetType: ip, VpcId: !Ref Vpc}}\n";
        t += "  Rule" + n + ":\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref Listener\n"
             "      Priority: " + std::to_string(i + 1) + "\n      Conditions: [{Field: path-pattern, Values: ['/s" + n + "/*']}]\n"
             "      Actions: [{Type: forward, TargetGroupArn: !Ref Tg" + n + "}]\n";
        t += "  Svc" + n + ":\n    Type: AWS::ECS::Service\n    DependsOn: Rule" + n + "\n    Properties:\n      Cluster: !Ref Cluster\n"
             "      LaunchType: FARGATE\n      DesiredCount: 2\n      TaskDefinition: !Ref Task" + n + "\n"
             "      LoadBalancers: [{ContainerName: app, ContainerPort: 8080, TargetGroupArn: !Ref Tg" + n + "}]\n"
             "      NetworkConfiguration: {AwsvpcConfiguration: {Subnets: [!Ref S" + n + "], SecurityGroups: [!Ref Sg" + n + "]}}\n";
        t += "  Scale" + n + ":\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n      MinCapacity: 2\n      MaxCapacity: 6\n"
             "      ResourceId: !Sub 'service/${Cluster}/${Svc" + n + ".Name}'\n      ScalableDimension: ecs:service:DesiredCount\n      ServiceNamespace: ecs\n";
        t += "  Policy" + n + ":\n    Type: AWS::ApplicationAutoScaling::ScalingPolicy\n    Properties:\n      PolicyName: cpu\n"
             "      PolicyType: TargetTrackingScaling\n      ScalingTargetId: !Ref Scale" + n + "\n"
             "      TargetTrackingScalingPolicyConfiguration: {TargetValue: 60, PredefinedMetricSpecification: {PredefinedMetricType: ECSServiceAverageCPUUtilization}}\n";
        t += "  Role" + n + ": {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ecs-tasks.amazonaws.com}, Action: 'sts:AssumeRole'}]}}}\n";
    }
    return t;
}

} // namespace

namespace {

struct Clock
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    std::clock_t cpu = std::clock();
    double cpuMs() const { return 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC; }
    double wallMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall).count();
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int wanted = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    const bool json = argc > 3 && std::string(argv[3]) == "json";
    int count = 0;
    std::string text = generate(wanted, count);
    if (const char *file = std::getenv("STACKYARD_BENCH_TEMPLATE")) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream all;
        all << in.rdbuf();
        text = all.str();
    }
    if (json) {
        Diagnostics d;
        const auto parsed = Cfn::readTemplate(text, "generated.yaml", d);
        if (!parsed) {
            std::fprintf(stderr, "generated template does not read: %s\n", d.empty() ? "?" : d[0].toString().c_str());
            return 1;
        }
        text = parsed->root.dump(2);
    }
    const std::string name = json ? "generated.json" : "generated.yaml";
    std::vector<double> times, cpu, readerWall, readerCpu;
    std::size_t objects = 0;
    for (int i = 0; i < runs; ++i) {
        // CPU time as well as wall time: on a shared, loaded machine the wall clock measures the queue.
        {
            Diagnostics d;
            const Clock clock;
            const auto parsed = Cfn::readTemplate(text, name, d);
            readerCpu.push_back(clock.cpuMs());
            readerWall.push_back(clock.wallMs());
            if (!parsed)
                return 1;
        }
        const Clock clock;
        const ImportResult result = importCloudFormation(text, name);
        cpu.push_back(clock.cpuMs());
        times.push_back(clock.wallMs());
        if (!result.file) {
            std::fprintf(stderr, "import failed: %s\n", result.diagnostics.empty() ? "?" : result.diagnostics[0].toString().c_str());
            return 1;
        }
        objects = result.file->design.objectCount() + result.file->design.cloudFormation["Folded"].size();
        if (const char *dump = std::getenv("STACKYARD_BENCH_DUMP"); dump && i == 0)
            std::ofstream(dump, std::ios::binary) << saveDesign(*result.file);
    }
    std::sort(cpu.begin(), cpu.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bench_import: %d template resources, %zu KiB of %s, %zu design objects + folded entries\n", count,
                text.size() / 1024, json ? "JSON" : "YAML", objects);
    std::printf("  import incl. layout: CPU median %.1f ms (min %.1f, max %.1f); wall median %.1f ms over %d runs\n",
                median(cpu), cpu.front(), cpu.back(), median(times), runs);
    std::printf("  reader alone: CPU median %.1f ms; wall median %.1f ms\n", median(readerCpu), median(readerWall));
    std::printf("  peak RSS of the process: %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}

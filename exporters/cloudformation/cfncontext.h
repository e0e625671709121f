#pragma once

#include "cloudformation.h"
#include "exportplan.h"
#include "logicalids.h"
#include "ojson.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace Stackyard {

/// Shared state of one CloudFormation export: the plan, the logical IDs, the template sections
/// being filled and helpers for intrinsics and tags. Builders (cfn*.cpp) add to it in a fixed order.
class CfnContext
{
public:
    CfnContext(const ExportPlan &plan, Diagnostics &diagnostics);

    const Design &design() const { return m_plan.design; }
    const ExportPlan &plan() const { return m_plan; }

    /// The logical ID of a design id (plus a suffix for the resources it expands into).
    const std::string &id(const Id &designId, std::string_view suffix = {}) { return m_ids.name(designId, suffix); }
    /// The logical ID of a design id's resource, or "" when it is not a resource the template has.
    std::string refId(const Id &designId);

    /// A reference to `designId`'s resource; when the design does not have it (an imported
    /// template's VPC given as a parameter or an import), the value `owner`'s template had for
    /// `property` as written; failing that, a new String parameter `<Owner><Property>`.
    OJson refOrKept(const Id &designId, const Id &owner, const std::string &property);
    /// The Properties entry `property` that the imported template had for design object `owner`
    /// (mapped resource or folded entry), or null.
    const Json &keptProperty(const Id &owner, const std::string &property) const;

    /// Adds a resource; returns it so callers can set DependsOn, Condition, policies.
    OJson &add(const std::string &logicalId, std::string_view type, OJson properties);
    bool has(const std::string &logicalId) const { return m_index.count(logicalId) > 0; }
    /// The resource entry added under `logicalId` (which must exist).
    OJson &resource(const std::string &logicalId);
    void dependOn(const std::string &logicalId, const std::string &dependency);

    /// Sets a parameter / output (appended in O(1) when new, so 10,000 services stay linear).
    OJson &parameter(const std::string &name, OJson value) { return entry(m_parameters, m_parameterIndex, name) = std::move(value); }
    bool hasParameter(const std::string &name) const { return m_parameterIndex.count(name) > 0; }
    OJson &output(const std::string &name, OJson value) { return entry(m_outputs, m_outputIndex, name) = std::move(value); }

    const OJson &parameters() const { return m_parameters; }
    OJson &conditions() { return m_conditions; }
    const OJson &outputs() const { return m_outputs; }
    const OJson &resources() const { return m_resources; }
    /// The design id of the first internet gateway (in design order) in `vpc`, or null; the
    /// index is built on the first call (the design does not change while the template is built).
    const Id *internetGatewayOf(const Id &vpc);
    /// Marks every resource built for a design object under a derived name (its roles, alarms,
    /// Lambda functions…) with Metadata `Stackyard: {generatedBy: <design id>, role: <suffix>}`,
    /// so an import folds it back into that object instead of keeping it as a resource.
    void markGenerated();
    /// The resources built, moved out (the context is done with them).
    OJson takeResources() { m_index.clear(); return std::move(m_resources); }
    /// The parameters and outputs built, moved out likewise.
    OJson takeParameters() { m_parameterIndex.clear(); return std::move(m_parameters); }
    OJson takeOutputs() { m_outputIndex.clear(); return std::move(m_outputs); }

    /// Name, environment and design-id tags in CloudFormation's list form.
    OJson tags(const std::string &name, const Id &designId) const;
    OJson tags(const Resource &r) const { return tags(r.name.empty() ? r.id : r.name, r.id); }

    void warn(const Id &subject, std::string message);
    void info(const Id &subject, std::string message);

    static OJson ref(const std::string &name) { return {{"Ref", name}}; }
    static OJson getAtt(const std::string &name, const std::string &attribute)
    {
        return {{"Fn::GetAtt", OJson::array({name, attribute})}};
    }
    static OJson sub(const std::string &text) { return {{"Fn::Sub", text}}; }
    static OJson join(const std::string &separator, OJson parts)
    {
        return {{"Fn::Join", OJson::array({separator, std::move(parts)})}};
    }
    /// !Select [index, !GetAZs ''] for a zone suffix "a"… or a full name in the design's Region
    /// ("us-east-1b"), so the template deploys in any Region; other names stay literal.
    OJson availabilityZone(const std::string &zone) const;
    /// {Version, Statement: [allow sts:AssumeRole to the service principal]}.
    static OJson assumeRolePolicy(const std::string &servicePrincipal);
    /// arn:${AWS::Partition}:iam::aws:policy/<name>
    static OJson managedPolicy(const std::string &name);

private:
    void keepFoldedNames();
    /// The value of `key` in an ordered object, appended when new (`index` finds entries).
    static OJson &entry(OJson &object, std::unordered_map<std::string, std::size_t> &index, const std::string &key);

    const ExportPlan &m_plan;
    Diagnostics &m_diagnostics;
    LogicalIds m_ids{LogicalIds::Style::Pascal};
    OJson m_parameters = OJson::object();
    OJson m_conditions = OJson::object();
    OJson m_resources = OJson::object(); ///< appended in O(1); m_index finds entries
    std::unordered_map<std::string, std::size_t> m_index;
    OJson m_outputs = OJson::object();
    std::unordered_map<std::string, std::size_t> m_parameterIndex;
    std::unordered_map<std::string, std::size_t> m_outputIndex;
    std::unordered_map<Id, Id> m_igwByVpc; ///< see internetGatewayOf
    bool m_igwIndexed = false;
};

/// The suffix of a route's logical ID: "DefaultRoute" or "Route-<destination>".
std::string cfnRouteSuffix(const Route &route);
/// Refs to the logical IDs of `ids`, skipping ids the template has no resource for.
OJson cfnRefList(CfnContext &cx, const std::vector<Id> &ids);
/// The logical ID of the internet gateway attachment of a VPC, or "" when it has none.
std::string cfnIgwAttachment(CfnContext &cx, const Id &vpc);
/// Logical IDs of the listeners of `alb` that forward to its target group `targetGroup`.
std::vector<std::string> cfnListenersForwardingTo(CfnContext &cx, const Resource &alb, const std::string &targetGroup);
/// The logical ID of a target group of an ALB.
std::string cfnTargetGroup(CfnContext &cx, const Id &alb, const std::string &targetGroup);
/// Adds a Python Lambda function `id(owner, suffix)` with inline code and its role
/// `id(owner, suffix + "Role")` (basic execution + `statements`).
void cfnLambda(CfnContext &cx, const Resource &owner, const std::string &suffix, const std::string &source,
               OJson environment, OJson statements, long long memory, const std::string &runtime);
/// An IAM policy statement allowing `actions` on `resources`.
OJson cfnAllow(OJson actions, OJson resources);
/// Text limited to the characters EC2 accepts in security group descriptions, at most 255.
std::string ec2Description(std::string_view text);

// The builders, in the order the template lists them (one file per area).
void buildNetwork(CfnContext &cx);        ///< cfnnetwork.cpp: VPC, subnets, gateways, routes, endpoints
void buildSecurityGroups(CfnContext &cx); ///< cfnsecuritygroups.cpp
void buildLoadBalancers(CfnContext &cx);  ///< cfnloadbalancer.cpp: ALB, target groups, listeners, rules, WAF
void buildContainers(CfnContext &cx);     ///< cfnecs.cpp: clusters, task definitions, services, roles
void buildScaling(CfnContext &cx);        ///< cfnscaling.cpp: autoscaling, alarms
void buildRegistry(CfnContext &cx);       ///< cfnregistry.cpp: ECR, CodeBuild, rescans
void buildData(CfnContext &cx);           ///< cfndata.cpp: Aurora, S3, secrets, parameters, Firehose
void buildOperations(CfnContext &cx);     ///< cfnoperations.cpp: logs, filters, Lambda, SNS, EventBridge, bastions
void buildOpaque(CfnContext &cx);         ///< cfnopaque.cpp: resources kept as they were imported

} // namespace Stackyard

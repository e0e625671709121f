#pragma once

#include "evaluator.h"
#include "templatereader.h"

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace Stackyard::Cfn {

/// Maps one parsed template's resources into a Design. Every template resource ends up exactly
/// once as a design resource (mapped kind or "opaque"), a security group / route table, or an
/// entry of Design::cloudFormation["Folded"] naming the design object it was folded into
/// (see exporters/cfn/README.md for the scheme). Resource ids are `ids` (logical ID -> design id).
class Mapper
{
public:
    Mapper(Design &design, Diagnostics &diagnostics, const ParsedTemplate &parsed, Evaluator &evaluator,
           std::string fileName, std::map<std::string, std::string> ids);

    /// Maps every resource, in phases so that folded resources find their hosts.
    void run();
    /// This template is a nested stack's child: its parameters do not exist in the design's
    /// one flat template, so opaque resources take the values the parent passed.
    void setNested(bool nested) { m_nested = nested; }

    // Helpers shared by the per-area files (mapnetwork.cpp, mapalb.cpp, mapecs.cpp, mapservices.cpp).
    const std::string &type(const std::string &logicalId) const;
    const Json &props(const std::string &logicalId) const;     ///< evaluated Properties
    const Json &rawProps(const std::string &logicalId) const;  ///< Properties as written
    std::string id(const std::string &logicalId) const;        ///< the design id
    std::string where(const std::string &logicalId) const;     ///< "file:line:1"
    /// The design id a value refers to ({"Ref": id} or {"Fn::GetAtt": [id, ..]}); "" if none.
    static std::string ref(const Json &value);
    /// The design ids a list-like value refers to (an array, Fn::Join/Split of refs, both Fn::If branches).
    static std::vector<std::string> refs(const Json &value);
    /// Every design id mentioned anywhere in the value (Ref, GetAtt, ${X} in Fn::Sub).
    static void collectRefs(const Json &value, std::set<std::string> &out);
    /// Logical ID of the template resource with this design id ("" if none).
    std::string logicalIdOf(const std::string &designId) const;

    Resource &add(const std::string &logicalId, const std::string &kind);
    /// Records a resource folded into `into` (a design object id) as `role`, with `extra` fields.
    void fold(const std::string &logicalId, const std::string &into, const std::string &role, Json extra = Json::object());
    bool isDone(const std::string &logicalId) const { return m_done.count(logicalId) > 0; }
    void warn(const std::string &logicalId, const std::string &message);
    Design &design() { return m_design; }
    Evaluator &evaluator() { return m_evaluator; }
    /// Logical IDs of this template's resources of a type, in template order.
    std::vector<std::string> ofType(const std::string &cfnType) const;

private:
    void guarded(const std::string &logicalId, const std::function<void()> &step);
    void mapPrimary(const std::string &logicalId);
    void mapSecondary(const std::string &logicalId);
    void mapOpaque(const std::string &logicalId);
    Json templateAttributes(const std::string &logicalId, bool withProperties) const;
    /// A value as written, made to stand in the design's flat template: references use design
    /// ids, a nested child's parameters and `Fn::GetAtt Stack.Outputs.X` their values.
    Json standalone(const Json &value);
    void finish();
    void clearDanglingRefs();
    /// Folds what a Stackyard export generated for a design object (Metadata.Stackyard.generatedBy)
    /// into that object as `generated`, whatever it was mapped to: the export generates it again.
    void foldGenerated();

    // mapnetwork.cpp
    void mapVpc(const std::string &);
    void mapSubnet(const std::string &);
    void mapInternetGateway(const std::string &);
    void mapNatGateway(const std::string &);
    void mapRouteTable(const std::string &);
    void mapSecurityGroup(const std::string &);
    void mapVpcEndpoint(const std::string &);
    void mapInstance(const std::string &);
    void mapSubnetChild(const std::string &, const std::string &kind);
    bool foldGatewayAttachment(const std::string &);
    bool foldRoute(const std::string &);
    bool foldRouteAssociation(const std::string &);
    bool foldSecurityGroupRule(const std::string &, bool ingress);
    bool foldEip(const std::string &);
    bool isSecurityGroup(const std::string &id) const;
    void deriveSubnetRoles();
    // mapalb.cpp
    void mapLoadBalancer(const std::string &);
    bool foldListener(const std::string &);
    bool foldListenerRule(const std::string &);
    bool foldTargetGroup(const std::string &);
    /// Target groups a Stackyard export generated get their design names back everywhere.
    void renameTargetGroups();
    // mapecs.cpp
    void mapCluster(const std::string &);
    void mapService(const std::string &);
    bool foldCapacityProviders(const std::string &);
    bool foldScalableTarget(const std::string &);
    bool foldScalingPolicy(const std::string &);
    // mapservices.cpp
    void mapSimple(const std::string &);
    void mapDbCluster(const std::string &);
    bool foldDbInstance(const std::string &);
    bool foldDbSubnetGroup(const std::string &);
    bool foldIntoReferenced(const std::string &, const char *property, const char *hostType, const char *role);
    bool foldWafAssociation(const std::string &);
    bool foldSnsSubscription(const std::string &);
    void linkAlarms();

    Design &m_design;
    Diagnostics &m_diagnostics;
    const ParsedTemplate &m_parsed;
    Evaluator &m_evaluator;
    std::string m_fileName;
    std::map<std::string, std::string> m_ids;
    std::map<std::string, std::string> m_logicalIds; ///< design id -> logical ID
    std::vector<std::string> m_order;                ///< logical IDs in template order
    /// Each resource's Type, and the logical IDs of each Type in template order: looked up once
    /// here (type() and ofType() are asked tens of thousands of times on a large template).
    std::unordered_map<std::string, const std::string *> m_typeOf;
    std::unordered_map<std::string, std::vector<std::string>> m_ofType;
    std::map<std::string, Json> m_props;
    std::set<std::string> m_done;
    std::map<std::string, std::string> m_targetGroupAlb;   ///< TG design id -> ALB id
    std::map<std::string, std::string> m_listenerAlb;      ///< listener design id -> ALB id
    std::map<std::string, std::string> m_targetGroupNames; ///< TG design id -> its name in the exported design
    std::map<std::string, std::string> m_scalingTargets;   ///< scalable target id -> service id
    bool m_nested = false;
};

/// Small value helpers for the mapping files.
std::optional<long long> toInt(const Json &value);
std::optional<double> toNumber(const Json &value);
std::optional<bool> toBool(const Json &value);
/// A scalar's text, or the expression kept as its JSON when unknown; null when absent.
Json textOrExpression(const Json &value);
/// The design object a Stackyard export generated a resource for (Metadata.Stackyard.generatedBy
/// of its template body), or "".
std::string generatedBy(const Json &body);
/// The value of the tag `stackyard:design-id` a Stackyard export gives what it writes for a
/// design object (in a resource's Properties), or "".
std::string designIdTag(const Json &properties);
/// The value of the Tag "Name", if known.
std::string tagName(const Json &properties);
std::string lower(std::string text);

} // namespace Stackyard::Cfn

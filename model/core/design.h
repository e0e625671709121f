#pragma once

#include "ids.h"
#include "network.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// Property values are JSON values; std::map-backed objects keep keys sorted, which makes saving
/// canonical. Imported CloudFormation intrinsics stay as their long form ({"Ref": "X"},
/// {"Fn::Sub": "..."}) inside these values, never flattened to strings.
using Json = nlohmann::json;

/// The file format version this build writes. Older files are migrated on load; newer refused.
inline constexpr int kFormatVersion = 1;

/// A node of the design: a VPC, subnet, ALB, ECS service, Aurora cluster, pseudo-node (Internet,
/// Users) or an opaque imported resource. What a kind means and which properties it has is data
/// (the catalogue, resources/catalog/catalog.json); this struct only holds values.
struct Resource
{
    Id id;
    std::string kind;            ///< catalogue kind, e.g. "subnet", "ecs-service"; "opaque" if unknown
    std::string name;            ///< display name
    Id parent;                   ///< containment: VPC for a subnet, subnet (or VPC) for a resource; "" = region level
    std::vector<Id> placement;   ///< subnets a spanning resource (ALB, service, Aurora, endpoint) sits in
    std::vector<Id> securityGroups; ///< attached security groups
    Json properties = Json::object(); ///< kind-specific values, named as in the catalogue
    Json usage = Json::object();      ///< per-resource cost assumptions overriding the design's
    std::string rawType;         ///< the CloudFormation type it came from (always set for "opaque")
    Json templateAttributes = Json::object(); ///< kept CloudFormation attributes: Condition, DependsOn, DeletionPolicy, Metadata…

    /// The property's value, or `fallback` when absent or of another JSON type.
    std::string stringProperty(std::string_view name, std::string_view fallback = {}) const;
    long long intProperty(std::string_view name, long long fallback = 0) const;
    bool boolProperty(std::string_view name, bool fallback = false) const;

    friend bool operator==(const Resource &, const Resource &) = default;
};

/// Where a security-group rule's traffic comes from (ingress) or goes to (egress).
enum class PeerKind { Cidr, SecurityGroup, PrefixList };

std::string_view peerKindName(PeerKind k); ///< "cidr", "sg", "prefix-list"

/// One ingress or egress rule: protocol, a port range and a peer.
struct SgRule
{
    Protocol protocol = Protocol::Tcp;
    PortRange ports;
    PeerKind peerKind = PeerKind::Cidr;
    std::string peer;        ///< a CIDR, a security group id, or a prefix list ("pl-s3" or a pl- id)
    std::string description;

    friend bool operator==(const SgRule &, const SgRule &) = default;
};

/// A security group, attached to resources through Resource::securityGroups.
struct SecurityGroup
{
    Id id;
    std::string name;
    Id vpc;
    std::string description;
    std::vector<SgRule> ingress;
    std::vector<SgRule> egress; ///< AWS default (all to 0.0.0.0/0) is written out explicitly

    friend bool operator==(const SecurityGroup &, const SecurityGroup &) = default;
};

/// What a route sends traffic to.
enum class RouteTargetKind { Local, InternetGateway, NatGateway, GatewayEndpoint, Blackhole };

std::string_view routeTargetName(RouteTargetKind k); ///< "local", "igw", "nat", "gateway-endpoint", "blackhole"

struct Route
{
    std::string destination;       ///< a CIDR ("0.0.0.0/0") or a prefix list ("pl-s3")
    RouteTargetKind target = RouteTargetKind::Local;
    Id targetId;                   ///< the internet gateway, NAT gateway or endpoint; "" for local/blackhole

    friend bool operator==(const Route &, const Route &) = default;
};

/// A route table with its routes and the subnets associated with it. A subnet's tier (public,
/// private, isolated) is derived from this, never stored.
struct RouteTable
{
    Id id;
    std::string name;
    Id vpc;
    bool isMain = false;           ///< used by subnets without an explicit association
    std::vector<Route> routes;     ///< the local route is implicit and need not be listed
    std::vector<Id> subnets;       ///< explicit associations

    friend bool operator==(const RouteTable &, const RouteTable &) = default;
};

/// Intended traffic drawn by the architect (or inferred by an import).
struct Flow
{
    Id id;
    Id from;
    Id to;
    Protocol protocol = Protocol::Tcp;
    PortRange ports = PortRange::single(443);
    std::string label;
    double monthlyGb = -1;         ///< data volume per month for cost; < 0 = not given
    bool inferred = false;         ///< drawn by an importer rather than by a person

    bool hasMonthlyGb() const { return monthlyGb >= 0; }
    friend bool operator==(const Flow &, const Flow &) = default;
};

/// The whole design: meaning only. Geometry lives in Layout, which rules and exporters never read.
struct Design
{
    std::string name;
    std::string description;
    std::string region = "us-east-1";
    std::vector<std::string> environments{"dev", "staging", "prod"};
    Json settings = Json::object();   ///< design-wide switches (guardDuty, ciScanners, …)
    Json usage = Json::object();      ///< design-wide cost assumptions (see cost/usage.h for names)
    std::map<Id, Resource> resources;
    std::map<Id, SecurityGroup> securityGroups;
    std::map<Id, RouteTable> routeTables;
    std::map<Id, Flow> flows;
    Json cloudFormation = Json::object(); ///< kept template sections: Parameters, Mappings, Conditions, Outputs, Metadata, Transform, Description

    const Resource *resource(const Id &id) const;
    Resource *resource(const Id &id);
    const SecurityGroup *securityGroup(const Id &id) const;
    const RouteTable *routeTable(const Id &id) const;
    const Flow *flow(const Id &id) const;

    /// True if any object of any sort already uses the id.
    bool containsId(const Id &id) const;
    /// `stem` if free, else stem-2, stem-3… (ids are unique across all sorts of objects).
    Id uniqueId(std::string_view stem) const;
    /// Resources whose parent is `id`, in id order. Linear; analyses build their own index.
    std::vector<const Resource *> children(const Id &id) const;
    /// Number of objects of every sort.
    std::size_t objectCount() const;

    friend bool operator==(const Design &, const Design &) = default;
};

struct Point
{
    double x = 0;
    double y = 0;
    friend bool operator==(const Point &, const Point &) = default;
};

struct Rect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    friend bool operator==(const Rect &, const Rect &) = default;
};

/// Where things sit on the canvas, in scene coordinates, by id. Kept apart from the meaning.
struct Layout
{
    std::map<Id, Rect> nodes;                  ///< resources' boxes (containers and icons)
    std::map<Id, std::vector<Point>> waypoints; ///< flows' bends

    friend bool operator==(const Layout &, const Layout &) = default;
};

/// What a .stackyard.json file holds.
struct DesignFile
{
    Design design;
    Layout layout;
    friend bool operator==(const DesignFile &, const DesignFile &) = default;
};

} // namespace Stackyard

#pragma once

#include "design.h"

#include <string>
#include <string_view>
#include <vector>

namespace Stackyard {

/// One typed property of a kind, as the catalogue data describes it.
struct PropertySpec
{
    std::string name;
    std::string type;   ///< string, int, number, bool, enum, cidr, az, ref, refs, list, object
    std::string title;
    std::string doc;
    Json defaultValue;  ///< null when the property has no default
    std::vector<std::string> values; ///< allowed values of an enum
    std::string refKind;             ///< for ref/refs: the kind referred to
    /// For list/object: whether a value inside may name another object (a container's secrets,
    /// a load balancer's ALB). False ("holdsReferences": false) for plain settings such as
    /// scaling or listeners: no rule follows a reference there, so DesignPartition need not look.
    bool holdsReferences = true;
};

/// A kind of resource: what it is, where it may sit and what it holds. Loaded from
/// resources/catalog/catalog.json so adding a kind touches data, not code.
struct KindSpec
{
    std::string kind;       ///< stable id, e.g. "ecs-service"
    std::string title;      ///< "ECS service"
    std::string category;   ///< AWS category: networking, compute, containers, database, security, management, storage, integration, analytics, devtools, external
    std::string icon;       ///< icon file name in resources/icons/
    std::string doc;
    std::string cfnType;    ///< "AWS::ECS::Service"; "" for pseudo-nodes
    std::string tfType;     ///< "aws_ecs_service"
    std::vector<std::string> allowedParents; ///< kinds it may sit in; "" = region level (outside any VPC)
    bool container = false;  ///< holds other resources (VPC, subnet)
    bool spansSubnets = false; ///< carries a placement list of subnets
    bool placeable = true;   ///< appears in the palette
    std::vector<PropertySpec> properties;

    const PropertySpec *property(std::string_view name) const;
    bool allowsParent(std::string_view parentKind) const;
};

/// The resource catalogue.
class Catalog
{
public:
    /// The catalogue compiled into the program (resources/catalog/catalog.json).
    static const Catalog &builtin();
    /// Parses catalogue JSON; throws nothing: on error returns an empty catalogue and sets `error`.
    static Catalog fromJson(std::string_view text, std::string *error = nullptr);

    const KindSpec *kind(std::string_view kind) const;
    const KindSpec *kindForCfnType(std::string_view cfnType) const;
    const std::vector<KindSpec> &kinds() const { return m_kinds; }

    /// Properties of a new resource of this kind: every default of the catalogue.
    Json defaultProperties(std::string_view kind) const;

private:
    std::vector<KindSpec> m_kinds;
};

} // namespace Stackyard

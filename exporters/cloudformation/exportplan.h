#pragma once

#include "model/core/design.h"
#include "model/core/diagnostic.h"

#include <map>
#include <set>
#include <vector>
#include <string>

namespace Stackyard {

/// The design as both exporters see it: a copy in which every resource carries all catalogue
/// properties (defaults filled in) and what the practices need but the drawing left out is added:
/// security groups admitting only the drawn flows (plus the ALB -> service and client -> ALB
/// traffic a load balancer link implies), a cluster, log groups, log buckets and alarm topics.
/// Added objects get ids from Design::uniqueId, so they become ordinary resources on re-import.
struct ExportPlan
{
    Design design;
    std::string defaultEnvironment; ///< default of the EnvironmentName parameter
    std::set<Id> added;             ///< ids the plan added
    std::map<std::string, Id> repositoryByImage; ///< ECR repository ids by their id and name
    Id onlyRepository;              ///< the design's ECR repository when it has exactly one
    std::map<Id, std::vector<Id>> pullers; ///< ECR repository -> services pulling from it

    /// The ECR repository an "ecr" image names (by id or name, else the only one), or null.
    const Resource *repositoryFor(const std::string &image) const;
};

/// Builds the plan. Pure; notes what it added or could not resolve in `diagnostics` (Info/Warning).
ExportPlan planExport(const Design &design, Diagnostics &diagnostics);

/// Kinds whose network interfaces take security groups.
bool takesSecurityGroups(const Resource &resource);

/// The ALB a service is registered with (loadBalancer.alb), or null.
const Resource *serviceAlb(const Design &design, const Resource &service);

/// object.value(key, fallback) without the copy: the member itself, or `fallback` when there is
/// none; throws the same type_error as value() when `object` is no object.
const Json &memberOr(const Json &object, const char *key, const Json &fallback);
/// memberOr with an empty array / an empty object as the fallback.
const Json &listMember(const Json &object, const char *key);
const Json &mapMember(const Json &object, const char *key);

} // namespace Stackyard

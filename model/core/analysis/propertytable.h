#pragma once

#include "model/core/design.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace Stackyard {

class Analysis;

/// A number property: its value when the resource (or the catalogue default) holds a number.
struct NumberProperty
{
    long long value = 0;
    bool isSet = false;

    long long orElse(long long fallback) const { return isSet ? value : fallback; }
};

/// A boolean property: its value when the resource (or the catalogue default) holds a boolean.
struct FlagProperty
{
    signed char value = -1; ///< -1 unset (or not a boolean), 0 false, 1 true

    bool orElse(bool fallback) const { return value < 0 ? fallback : value != 0; }
};

// Per kind, the properties that rules and the analysis read. Texts view the design's strings (or
// the catalogue default's) and are "" when unset or not a string, as Analysis::stringProperty
// gives them; JSON values point at the value (or the default, or a null), never null.

struct ServiceProperties
{
    std::string_view launchType, environment, cluster, logGroup;
    NumberProperty cpu, memory, maxCount, desiredCount;
    FlagProperty assignPublicIp, xray;
    const Json *containers, *loadBalancer, *capacityProviderStrategy, *logDriver, *logRoutes;
};

struct AlbProperties
{
    std::string_view scheme;
    const Json *listeners, *targetGroups;
};

struct AuroraProperties
{
    NumberProperty port, instanceCount;
    FlagProperty storageEncrypted, publiclyAccessible, manageMasterUserPassword;
    const Json *portValue; ///< `port` as written, for the range check of a non-integer value
};

struct EndpointProperties
{
    std::string_view endpointType, service;
    FlagProperty privateDnsEnabled;
    const Json *routeTables;
};

struct NatProperties
{
    std::string_view availabilityMode, connectivityType;
    FlagProperty elasticIp;
};

/// A VPC or a subnet.
struct NetworkProperties
{
    std::string_view cidrBlock;
    std::string_view availabilityZone;                ///< subnets only
    FlagProperty enableDnsSupport, enableDnsHostnames; ///< VPCs only
};

/// The remaining kinds rules read a property or two of: bastion, waf-web-acl,
/// subscription-filter, lambda, ssm-parameter, ecr-repository.
struct OtherProperties
{
    std::string_view associatedWith, logGroup, destination, topic, parameterType, tagMutability;
    FlagProperty publicIp, scanOnPush;
    const Json *lifecycleRules;
};

/// A flat, typed copy of the properties the rules and the analysis read, made once per analysis
/// (one contiguous record per resource, per kind), so that the rules do not walk each resource's
/// map of JSON properties by name again and again. Values are exactly what Analysis::property and
/// its typed variants give. Asking for a kind's record of a resource of another kind is a
/// programmer error (asserted).
class PropertyTable
{
public:
    explicit PropertyTable(const Analysis &a);

    const ServiceProperties &service(const Resource &r) const { return m_services[slot(r, Group::Service)]; }
    const AlbProperties &alb(const Resource &r) const { return m_albs[slot(r, Group::Alb)]; }
    const AuroraProperties &aurora(const Resource &r) const { return m_auroras[slot(r, Group::Aurora)]; }
    const EndpointProperties &endpoint(const Resource &r) const { return m_endpoints[slot(r, Group::Endpoint)]; }
    const NatProperties &nat(const Resource &r) const { return m_nats[slot(r, Group::Nat)]; }
    const NetworkProperties &network(const Resource &r) const { return m_networks[slot(r, Group::Network)]; }
    const OtherProperties &other(const Resource &r) const { return m_others[slot(r, Group::Other)]; }

private:
    enum class Group : std::uint8_t { Service, Alb, Aurora, Endpoint, Nat, Network, Other };

    /// The resource's position in its group's records: an open-addressed table keyed by address,
    /// one probe as a rule.
    std::uint32_t slot(const Resource &r, Group group) const;
    void index(const Resource *r, Group group, std::size_t slot);
    std::size_t bucket(const Resource *r) const;

    struct Entry
    {
        const Resource *resource = nullptr;
        std::uint32_t slot = 0;
        Group group = Group::Service;
    };
    const Entry *find(const Resource *r, Group group) const;
    std::vector<Entry> m_table;
    unsigned m_shift = 64;
    std::vector<ServiceProperties> m_services;
    std::vector<AlbProperties> m_albs;
    std::vector<AuroraProperties> m_auroras;
    std::vector<EndpointProperties> m_endpoints;
    std::vector<NatProperties> m_nats;
    std::vector<NetworkProperties> m_networks;
    std::vector<OtherProperties> m_others;
};

} // namespace Stackyard

#pragma once

#include "reachability.h"

#include <string>
#include <vector>

namespace Stackyard {

class Analysis;
struct PacketPeer;
struct SubnetInfo;

/// Building blocks of reachability: each appends hops to `r` and returns whether traffic passes.
/// Internal to the analysis (reachability.cpp composes them).
namespace PathCheck {

/// `from`'s security groups allow the traffic out and `to`'s let it in (stateful: no return rules).
bool securityGroups(const Analysis &a, const Resource &from, const Resource &to, Reachability &r);
/// The same with the two ends' packet peers (`Analysis::peerOf`) already worked out; null = work it out.
bool securityGroups(const Analysis &a, const Resource &from, const Resource &to, Reachability &r,
                    const PacketPeer *fromPeer, const PacketPeer *toPeer);
/// `from` may send the traffic to the public internet (SG egress to a public CIDR).
bool egressToInternet(const Analysis &a, const Resource &from, Reachability &r);
/// `to` admits the traffic from the internet (SG ingress from a public CIDR).
bool ingressFromInternet(const Analysis &a, const Resource &to, Reachability &r);
/// `from` in `subnet` reaches the internet: NAT route (NAT in a public subnet) or IGW + public IP.
/// For traffic to an AWS `service` (null: the internet itself), a blocked route's fix also names the
/// endpoint that would avoid the internet.
bool internetRoute(const Analysis &a, const Resource &from, const SubnetInfo &subnet, Reachability &r,
                   const std::string *service);
/// Passing internet paths (`internetRoute`, then `egressToInternet`) already worked out for one
/// resource: `awsService` asks the same question for every AWS service a resource reaches through
/// a NAT or an internet gateway. Only passing paths are kept (a failing one's fix names the AWS
/// service); asking about another resource forgets the last one's.
class InternetPaths
{
public:
    /// The hops of the passing path from `from` in `subnet` for `r`'s traffic, or null.
    const std::vector<Hop> *find(const Resource &from, const SubnetInfo &subnet, const Reachability &r) const;
    void add(const Resource &from, const SubnetInfo &subnet, const Reachability &r, std::vector<Hop> hops);

private:
    struct Entry
    {
        const SubnetInfo *subnet;
        Protocol protocol;
        PortRange ports;
        bool explainPasses;
        std::vector<Hop> hops;
    };
    const Resource *m_from = nullptr;
    std::vector<Entry> m_entries;
};

/// `from` in `subnet` reaches AWS service `service` (endpoint, gateway endpoint or the internet).
/// With `paths`, a passing internet path is reused for the same resource, subnet and traffic.
bool awsService(const Analysis &a, const Resource &from, const SubnetInfo &subnet,
                const std::string &service, Reachability &r, InternetPaths *paths = nullptr);
/// Whether the resource has a public IPv4 address on its interfaces.
bool hasPublicAddress(const Analysis &a, const Resource &r);

/// Records a failing hop (the first one becomes `blocking` and its fix the result's fix).
bool fail(Reachability &r, const Id &component, Text text, Text fix);
/// Records a passing hop; `text` (a callable returning the words) runs only when the result
/// explains passing hops, so validation for findings builds no text for the paths that work.
template<typename Words>
void pass(Reachability &r, const Id &component, Words &&text)
{
    if (r.explainPasses)
        r.hops.push_back({component, Text(text()), true});
}

} // namespace PathCheck
} // namespace Stackyard

#include "pathcheck.h"

#include "analysis.h"
#include "text.h"

namespace Stackyard::PathCheck {

namespace {

std::string join(const std::vector<Id> &ids)
{
    std::string text;
    for (const Id &id : ids)
        text += (text.empty() ? "" : ", ") + id;
    return text;
}

/// How a rule would name `r` as a peer: its first security group, else its first subnet's CIDR.
std::string peerName(const Analysis &a, const Resource &r)
{
    if (!r.securityGroups.empty())
        return r.securityGroups.front();
    for (const SubnetInfo *s : a.subnetsOf(r))
        if (s->cidr)
            return s->cidr->toString();
    return r.id;
}

std::string groupsName(const Resource &r)
{
    if (r.securityGroups.size() == 1)
        return r.securityGroups.front();
    return r.securityGroups.empty() ? r.id + " (VPC default SG)" : join(r.securityGroups);
}

std::string describeAllowed(const PortSet &allowed, Protocol protocol)
{
    if (allowed.isEmpty())
        return "nothing";
    if (!hasPorts(protocol))
        return "some traffic";
    return allowed.toString(protocolName(protocol));
}

const Id &blameGroup(const Resource &r) { return r.securityGroups.empty() ? r.id : r.securityGroups.front(); }

} // namespace

bool fail(Reachability &r, const Id &component, std::string text, std::string fix)
{
    r.hops.push_back({component, std::move(text), false});
    if (r.blocking.empty()) {
        r.blocking = component;
        r.fix = std::move(fix);
    }
    return false;
}

bool hasPublicAddress(const Analysis &a, const Resource &r)
{
    if (r.kind == "alb")
        return a.props().alb(r).scheme == "internet-facing";
    if (r.kind == "ecs-service")
        return a.props().service(r).assignPublicIp.orElse(false);
    if (r.kind == "bastion")
        return a.props().other(r).publicIp.orElse(false);
    if (r.kind == "aurora-cluster")
        return a.props().aurora(r).publiclyAccessible.orElse(false);
    return false;
}

bool securityGroups(const Analysis &a, const Resource &from, const Resource &to, Reachability &r)
{
    return securityGroups(a, from, to, r, nullptr, nullptr);
}

bool securityGroups(const Analysis &a, const Resource &from, const Resource &to, Reachability &r,
                    const PacketPeer *fromPeer, const PacketPeer *toPeer)
{
    PacketPeer computed; // only when a peer was not passed in
    // Words for the traffic, only when a hop is put into words (passing hops may not be).
    const auto traffic = [&r] { return describeTraffic(r.protocol, r.ports); };
    bool ok = true;
    if (from.kind != "nat-gateway") {
        const PortSet out = a.securityRules().allowed(from.securityGroups, Direction::Egress, r.protocol,
                                                          toPeer ? *toPeer : (computed = a.peerOf(to)));
        if (hasPorts(r.protocol) ? out.covers(r.ports) : !out.isEmpty())
            pass(r, blameGroup(from), [&] { return concat(groupsName(from), " allows ", traffic(), " out to ", to.id); });
        else
            ok = fail(r, blameGroup(from),
                      groupsName(from) + " allows " + describeAllowed(out, r.protocol) + " out to " + to.id
                          + "; the traffic needs " + traffic(),
                      "add an egress rule " + traffic() + " to " + peerName(a, to) + " on " + blameGroup(from));
    }
    if (to.kind != "nat-gateway") {
        const PortSet in = a.securityRules().allowed(to.securityGroups, Direction::Ingress, r.protocol,
                                                         fromPeer ? *fromPeer : (computed = a.peerOf(from)));
        if (hasPorts(r.protocol) ? in.covers(r.ports) : !in.isEmpty())
            pass(r, blameGroup(to), [&] { return concat(groupsName(to), " admits ", traffic(), " from ", peerName(a, from)); });
        else
            ok = fail(r, blameGroup(to),
                      groupsName(to) + " admits " + describeAllowed(in, r.protocol) + " from " + peerName(a, from)
                          + "; " + from.id + " sends " + traffic(),
                      "add an ingress rule " + traffic() + " from " + peerName(a, from) + " to " + blameGroup(to));
    }
    return ok;
}

bool egressToInternet(const Analysis &a, const Resource &from, Reachability &r)
{
    PacketPeer internet;
    internet.internet = true;
    // Words for the traffic, only when a hop is put into words (passing hops may not be).
    const auto traffic = [&r] { return describeTraffic(r.protocol, r.ports); };
    const PortSet out = a.securityRules().allowed(from.securityGroups, Direction::Egress, r.protocol, internet);
    if (hasPorts(r.protocol) ? out.covers(r.ports) : !out.isEmpty()) {
        pass(r, blameGroup(from), [&] { return concat(groupsName(from), " allows ", traffic(), " out to the internet"); });
        return true;
    }
    return fail(r, blameGroup(from),
                groupsName(from) + " allows " + describeAllowed(out, r.protocol)
                    + " out to public addresses; the traffic needs " + traffic(),
                "add an egress rule " + traffic() + " to 0.0.0.0/0 on " + blameGroup(from));
}

bool ingressFromInternet(const Analysis &a, const Resource &to, Reachability &r)
{
    PacketPeer internet;
    internet.internet = true;
    // Words for the traffic, only when a hop is put into words (passing hops may not be).
    const auto traffic = [&r] { return describeTraffic(r.protocol, r.ports); };
    const PortSet in = a.securityRules().allowed(to.securityGroups, Direction::Ingress, r.protocol, internet);
    if (hasPorts(r.protocol) ? in.covers(r.ports) : !in.isEmpty()) {
        pass(r, blameGroup(to), [&] { return groupsName(to) + " admits " + traffic() + " from the internet"; });
        return true;
    }
    return fail(r, blameGroup(to),
                groupsName(to) + " admits " + describeAllowed(in, r.protocol)
                    + " from public addresses; clients send " + traffic(),
                "add an ingress rule " + traffic() + " from 0.0.0.0/0 to " + blameGroup(to));
}

bool internetRoute(const Analysis &a, const Resource &from, const SubnetInfo &subnet, Reachability &r,
                   const std::string &alternative)
{
    const Id &table = subnet.routeTable ? subnet.routeTable->id : subnet.id();
    if (!subnet.natGateway.empty()) {
        pass(r, table, [&] { return concat(table, " routes 0.0.0.0/0 of ", subnet.id(), " to ", subnet.natGateway); });
        const Resource &nat = *a.resource(subnet.natGateway);
        if (a.props().nat(nat).connectivityType == "private")
            return fail(r, nat.id, nat.id + " is a private NAT gateway: it cannot reach the internet",
                        "make " + nat.id + " a public NAT gateway");
        if (a.props().nat(nat).availabilityMode == "regional") {
            pass(r, nat.id, [&] { return nat.id + " is a regional NAT gateway"; });
            return true;
        }
        const SubnetInfo *natSubnet = a.subnet(nat.parent);
        if (!natSubnet || !natSubnet->isPublic())
            return fail(r, nat.id, nat.id + " sits in " + nat.parent + ", which has no route to an internet gateway",
                        "move " + nat.id + " to a public subnet of zone " + subnet.az);
        if (!a.props().nat(nat).elasticIp.orElse(true))
            return fail(r, nat.id, nat.id + " has no Elastic IP", "allocate an Elastic IP for " + nat.id);
        pass(r, nat.id, [&] { return concat(nat.id, " in public subnet ", nat.parent, " forwards to ", natSubnet->internetGateway); });
        return true;
    }
    if (!subnet.internetGateway.empty()) {
        pass(r, table, [&] { return concat(table, " routes 0.0.0.0/0 of ", subnet.id(), " to ", subnet.internetGateway); });
        if (hasPublicAddress(a, from)) {
            pass(r, from.id, [&] { return from.id + " has a public IP"; });
            return true;
        }
        return fail(r, from.id,
                    from.id + " has no public IP, so the internet gateway cannot carry its traffic",
                    "route 0.0.0.0/0 of " + table + " to a NAT gateway in a public subnet" + alternative);
    }
    const std::string why = subnet.defaultRouteBlackhole ? " routes 0.0.0.0/0 to a blackhole"
                                                         : " has no 0.0.0.0/0 route to a NAT or internet gateway";
    return fail(r, table, table + " (subnet " + subnet.id() + ", zone " + subnet.az + ")" + why,
                "add a NAT gateway in a public subnet of zone " + subnet.az + " and route 0.0.0.0/0 of " + table
                    + " to it" + alternative);
}

const std::vector<Hop> *InternetPaths::find(const Resource &from, const SubnetInfo &subnet, const Reachability &r) const
{
    if (m_from != &from)
        return nullptr;
    for (const Entry &e : m_entries)
        if (e.subnet == &subnet && e.protocol == r.protocol && e.ports.from == r.ports.from && e.ports.to == r.ports.to
            && e.explainPasses == r.explainPasses)
            return &e.hops;
    return nullptr;
}

void InternetPaths::add(const Resource &from, const SubnetInfo &subnet, const Reachability &r, std::vector<Hop> hops)
{
    if (m_from != &from) {
        m_from = &from;
        m_entries.clear();
    }
    m_entries.push_back({&subnet, r.protocol, r.ports, r.explainPasses, std::move(hops)});
}

bool awsService(const Analysis &a, const Resource &from, const SubnetInfo &subnet, const std::string &service,
                Reachability &r, InternetPaths *paths)
{
    const auto endpointName = [&] { return concat("com.amazonaws.", a.design().region, ".", service); };
    if (service == "s3" || service == "dynamodb") {
        for (const Id &g : subnet.gatewayEndpoints) {
            const Resource *e = a.resource(g);
            if (!e || a.props().endpoint(*e).service != service)
                continue;
            pass(r, g, [&] { return (subnet.routeTable ? subnet.routeTable->id : subnet.id()) + " routes " + service
                           + " to gateway endpoint " + g; });
            PacketPeer prefixList;
            prefixList.prefixList = "pl-" + service;
            const PortSet out = a.securityRules().allowed(from.securityGroups, Direction::Egress, r.protocol, prefixList);
            if (out.covers(r.ports)) {
                pass(r, blameGroup(from), [&] { return groupsName(from) + " allows tcp/443 out to the " + service + " prefix list"; });
                return true;
            }
            return fail(r, blameGroup(from), groupsName(from) + " does not allow tcp/443 out to the " + service + " prefix list",
                        "add an egress rule tcp/443 to the " + service + " prefix list on " + blameGroup(from));
        }
    }
    std::string alternative;
    if (const Resource *e = a.interfaceEndpoint(subnet.vpc, service)) {
        const bool dns = a.props().endpoint(*e).privateDnsEnabled.orElse(true) && a.vpcHasPrivateDns(subnet.vpc);
        if (dns) {
            pass(r, e->id, [&] { return concat("interface endpoint ", e->id, " answers ", endpointName(), " inside the VPC (private DNS)"); });
            return securityGroups(a, from, *e, r);
        }
        pass(r, e->id, [&] { return "interface endpoint " + e->id + " has private DNS off (or the VPC's DNS attributes are off): "
                           + endpointName() + " resolves to public addresses"; });
        alternative = ", or enable private DNS on " + e->id + " (and DNS support and hostnames on " + subnet.vpc + ")";
    } else if (service != "s3" && service != "dynamodb") {
        alternative = concat(", or add an interface endpoint ", endpointName(), " with private DNS");
    } else {
        alternative = concat(", or add a gateway endpoint ", endpointName(), " to its route table");
    }
    if (paths)
        if (const std::vector<Hop> *hops = paths->find(from, subnet, r)) {
            r.hops.insert(r.hops.end(), hops->begin(), hops->end());
            return true;
        }
    const std::size_t before = r.hops.size();
    if (!internetRoute(a, from, subnet, r, alternative))
        return false;
    if (!egressToInternet(a, from, r))
        return false;
    // Passing: only passing hops were added, and `alternative` (the one part naming the service) was not used.
    if (paths)
        paths->add(from, subnet, r, std::vector<Hop>(r.hops.begin() + std::ptrdiff_t(before), r.hops.end()));
    return true;
}

} // namespace Stackyard::PathCheck

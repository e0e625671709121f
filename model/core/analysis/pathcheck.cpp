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

TextArg groupsName(const Resource &r)
{
    if (r.securityGroups.size() == 1)
        return r.securityGroups.front();
    if (r.securityGroups.empty())
        return Text(STACKYARD_TEXT("%1 (VPC default SG)"), r.id);
    return join(r.securityGroups);
}

TextArg describeAllowed(const PortSet &allowed, Protocol protocol)
{
    if (allowed.isEmpty())
        return Text(STACKYARD_TEXT("nothing"));
    if (!hasPorts(protocol))
        return Text(STACKYARD_TEXT("some traffic"));
    return allowed.toString(protocolName(protocol));
}

const Id &blameGroup(const Resource &r) { return r.securityGroups.empty() ? r.id : r.securityGroups.front(); }

} // namespace

bool fail(Reachability &r, const Id &component, Text text, Text fix)
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
    const auto traffic = [&r] { return trafficText(r.protocol, r.ports); };
    bool ok = true;
    const SecurityRules &rules = a.securityRules(); // what the groups allow is listed only for a blocked hop
    if (from.kind != "nat-gateway") {
        const PacketPeer &peer = toPeer ? *toPeer : (computed = a.peerOf(to));
        if (rules.admits(from.securityGroups, Direction::Egress, r.protocol, peer, r.ports))
            pass(r, blameGroup(from), [&] { return Text(STACKYARD_TEXT("%1 allows %2 out to %3"), groupsName(from), traffic(), to.id); });
        else
            ok = fail(r, blameGroup(from),
                      Text(STACKYARD_TEXT("%1 allows %2 out to %3; the traffic needs %4"), groupsName(from),
                           describeAllowed(rules.allowed(from.securityGroups, Direction::Egress, r.protocol, peer), r.protocol),
                           to.id, traffic()),
                      Text(STACKYARD_TEXT("add an egress rule %1 to %2 on %3"), traffic(), peerName(a, to), blameGroup(from)));
    }
    if (to.kind != "nat-gateway") {
        const PacketPeer &peer = fromPeer ? *fromPeer : (computed = a.peerOf(from));
        if (rules.admits(to.securityGroups, Direction::Ingress, r.protocol, peer, r.ports))
            pass(r, blameGroup(to), [&] { return Text(STACKYARD_TEXT("%1 admits %2 from %3"), groupsName(to), traffic(), peerName(a, from)); });
        else
            ok = fail(r, blameGroup(to),
                      Text(STACKYARD_TEXT("%1 admits %2 from %3; %4 sends %5"), groupsName(to),
                           describeAllowed(rules.allowed(to.securityGroups, Direction::Ingress, r.protocol, peer), r.protocol),
                           peerName(a, from), from.id, traffic()),
                      Text(STACKYARD_TEXT("add an ingress rule %1 from %2 to %3"), traffic(), peerName(a, from), blameGroup(to)));
    }
    return ok;
}

bool egressToInternet(const Analysis &a, const Resource &from, Reachability &r)
{
    PacketPeer internet;
    internet.internet = true;
    // Words for the traffic, only when a hop is put into words (passing hops may not be).
    const auto traffic = [&r] { return trafficText(r.protocol, r.ports); };
    const SecurityRules &rules = a.securityRules();
    if (rules.admits(from.securityGroups, Direction::Egress, r.protocol, internet, r.ports)) {
        pass(r, blameGroup(from), [&] { return Text(STACKYARD_TEXT("%1 allows %2 out to the internet"), groupsName(from), traffic()); });
        return true;
    }
    return fail(r, blameGroup(from),
                Text(STACKYARD_TEXT("%1 allows %2 out to public addresses; the traffic needs %3"), groupsName(from),
                     describeAllowed(rules.allowed(from.securityGroups, Direction::Egress, r.protocol, internet), r.protocol), traffic()),
                Text(STACKYARD_TEXT("add an egress rule %1 to 0.0.0.0/0 on %2"), traffic(), blameGroup(from)));
}

bool ingressFromInternet(const Analysis &a, const Resource &to, Reachability &r)
{
    PacketPeer internet;
    internet.internet = true;
    // Words for the traffic, only when a hop is put into words (passing hops may not be).
    const auto traffic = [&r] { return trafficText(r.protocol, r.ports); };
    const SecurityRules &rules = a.securityRules();
    if (rules.admits(to.securityGroups, Direction::Ingress, r.protocol, internet, r.ports)) {
        pass(r, blameGroup(to), [&] { return Text(STACKYARD_TEXT("%1 admits %2 from the internet"), groupsName(to), traffic()); });
        return true;
    }
    return fail(r, blameGroup(to),
                Text(STACKYARD_TEXT("%1 admits %2 from public addresses; clients send %3"), groupsName(to),
                     describeAllowed(rules.allowed(to.securityGroups, Direction::Ingress, r.protocol, internet), r.protocol), traffic()),
                Text(STACKYARD_TEXT("add an ingress rule %1 from 0.0.0.0/0 to %2"), traffic(), blameGroup(to)));
}

namespace {

/// ", or add an interface endpoint com.amazonaws.REGION.SERVICE with private DNS" and the like: the
/// other way to reach `service` from `subnet` when its route to the internet is blocked.
Text serviceAlternative(const Analysis &a, const SubnetInfo &subnet, const std::string &service)
{
    const auto endpointName = [&] { return concat("com.amazonaws.", a.design().region, ".", service); };
    if (const Resource *e = a.interfaceEndpoint(subnet.vpc, service)) // one with private DNS is not asked about
        return Text(STACKYARD_TEXT(", or enable private DNS on %1 (and DNS support and hostnames on %2)"), e->id, subnet.vpc);
    if (service != "s3" && service != "dynamodb")
        return Text(STACKYARD_TEXT(", or add an interface endpoint %1 with private DNS"), endpointName());
    return Text(STACKYARD_TEXT(", or add a gateway endpoint %1 to its route table"), endpointName());
}

} // namespace

bool internetRoute(const Analysis &a, const Resource &from, const SubnetInfo &subnet, Reachability &r,
                   const std::string *service)
{
    // The words for another way to reach an AWS service, made only for a blocked route.
    const auto alternative = [&] { return service ? serviceAlternative(a, subnet, *service) : Text(); };
    const Id &table = subnet.routeTable ? subnet.routeTable->id : subnet.id();
    if (!subnet.natGateway.empty()) {
        pass(r, table, [&] { return Text(STACKYARD_TEXT("%1 routes 0.0.0.0/0 of %2 to %3"), table, subnet.id(), subnet.natGateway); });
        const Resource &nat = *a.resource(subnet.natGateway);
        if (a.props().nat(nat).connectivityType == "private")
            return fail(r, nat.id, Text(STACKYARD_TEXT("%1 is a private NAT gateway: it cannot reach the internet"), nat.id),
                        Text(STACKYARD_TEXT("make %1 a public NAT gateway"), nat.id));
        if (a.props().nat(nat).availabilityMode == "regional") {
            pass(r, nat.id, [&] { return Text(STACKYARD_TEXT("%1 is a regional NAT gateway"), nat.id); });
            return true;
        }
        const SubnetInfo *natSubnet = a.subnet(nat.parent);
        if (!natSubnet || !natSubnet->isPublic())
            return fail(r, nat.id, Text(STACKYARD_TEXT("%1 sits in %2, which has no route to an internet gateway"), nat.id, nat.parent),
                        Text(STACKYARD_TEXT("move %1 to a public subnet of zone %2"), nat.id, subnet.az));
        if (!a.props().nat(nat).elasticIp.orElse(true))
            return fail(r, nat.id, Text(STACKYARD_TEXT("%1 has no Elastic IP"), nat.id),
                        Text(STACKYARD_TEXT("allocate an Elastic IP for %1"), nat.id));
        pass(r, nat.id, [&] {
            return Text(STACKYARD_TEXT("%1 in public subnet %2 forwards to %3"), nat.id, nat.parent, natSubnet->internetGateway);
        });
        return true;
    }
    if (!subnet.internetGateway.empty()) {
        pass(r, table, [&] { return Text(STACKYARD_TEXT("%1 routes 0.0.0.0/0 of %2 to %3"), table, subnet.id(), subnet.internetGateway); });
        if (hasPublicAddress(a, from)) {
            pass(r, from.id, [&] { return Text(STACKYARD_TEXT("%1 has a public IP"), from.id); });
            return true;
        }
        return fail(r, from.id, Text(STACKYARD_TEXT("%1 has no public IP, so the internet gateway cannot carry its traffic"), from.id),
                    Text(STACKYARD_TEXT("route 0.0.0.0/0 of %1 to a NAT gateway in a public subnet%2"), table, alternative()));
    }
    const TextPattern why = subnet.defaultRouteBlackhole
                                ? STACKYARD_TEXT("%1 (subnet %2, zone %3) routes 0.0.0.0/0 to a blackhole")
                                : STACKYARD_TEXT("%1 (subnet %2, zone %3) has no 0.0.0.0/0 route to a NAT or internet gateway");
    return fail(r, table, Text(why, table, subnet.id(), subnet.az),
                Text(STACKYARD_TEXT("add a NAT gateway in a public subnet of zone %1 and route 0.0.0.0/0 of %2 to it%3"), subnet.az,
                     table, alternative()));
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
            pass(r, g, [&] {
                return Text(STACKYARD_TEXT("%1 routes %2 to gateway endpoint %3"),
                            subnet.routeTable ? subnet.routeTable->id : subnet.id(), service, g);
            });
            PacketPeer prefixList;
            prefixList.prefixList = "pl-" + service;
            const PortSet out = a.securityRules().allowed(from.securityGroups, Direction::Egress, r.protocol, prefixList);
            if (out.covers(r.ports)) {
                pass(r, blameGroup(from), [&] {
                    return Text(STACKYARD_TEXT("%1 allows tcp/443 out to the %2 prefix list"), groupsName(from), service);
                });
                return true;
            }
            return fail(r, blameGroup(from),
                        Text(STACKYARD_TEXT("%1 does not allow tcp/443 out to the %2 prefix list"), groupsName(from), service),
                        Text(STACKYARD_TEXT("add an egress rule tcp/443 to the %1 prefix list on %2"), service, blameGroup(from)));
        }
    }
    if (const Resource *e = a.interfaceEndpoint(subnet.vpc, service)) {
        const bool dns = a.props().endpoint(*e).privateDnsEnabled.orElse(true) && a.vpcHasPrivateDns(subnet.vpc);
        if (dns) {
            pass(r, e->id, [&] {
                return Text(STACKYARD_TEXT("interface endpoint %1 answers %2 inside the VPC (private DNS)"), e->id, endpointName());
            });
            return securityGroups(a, from, *e, r);
        }
        pass(r, e->id, [&] {
            return Text(STACKYARD_TEXT("interface endpoint %1 has private DNS off (or the VPC's DNS attributes are off): "
                                       "%2 resolves to public addresses"),
                        e->id, endpointName());
        });
    }
    if (paths)
        if (const std::vector<Hop> *hops = paths->find(from, subnet, r)) {
            r.hops.insert(r.hops.end(), hops->begin(), hops->end());
            return true;
        }
    const std::size_t before = r.hops.size();
    if (!internetRoute(a, from, subnet, r, &service))
        return false;
    if (!egressToInternet(a, from, r))
        return false;
    // Passing: only passing hops were added, and none names the service (only a blocked route's fix does).
    if (paths)
        paths->add(from, subnet, r, std::vector<Hop>(r.hops.begin() + std::ptrdiff_t(before), r.hops.end()));
    return true;
}

} // namespace Stackyard::PathCheck

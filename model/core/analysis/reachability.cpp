#include "reachability.h"

#include "analysis.h"
#include "pathcheck.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace Stackyard {

using namespace PathCheck;

namespace {

bool isExternal(const Resource &r) { return r.kind == "internet" || r.kind == "users"; }

} // namespace

std::vector<std::string> awsServicesOf(const Resource &r)
{
    if (r.kind == "ecr-repository")
        return {"ecr.api", "ecr.dkr", "s3"};
    if (r.kind == "log-group")
        return {"logs"};
    if (r.kind == "secret")
        return {"secretsmanager"};
    if (r.kind == "ssm-parameter")
        return {"ssm"};
    if (r.kind == "s3-bucket")
        return {"s3"};
    if (r.kind == "sns-topic")
        return {"sns"};
    if (r.kind == "firehose")
        return {"firehose"};
    return {};
}

namespace {

class Evaluator
{
public:
    explicit Evaluator(const Analysis &a) : m_a(a) {}

    std::vector<Reachability> run()
    {
        // About one result per drawn flow and eight per service (target, image pull, logs, secrets,
        // exposure…): reserved, so the vector is not copied and its old buffers freed as it grows.
        m_results.reserve(m_a.flows().size() + 8 * m_a.ofKind("ecs-service").size() + 2 * m_a.ofKind("alb").size()
                          + m_a.ofKind("aurora-cluster").size());
        for (const Flow *flow : m_a.flows())
            drawnFlow(*flow);
        for (const Resource *alb : m_a.ofKind("alb"))
            albListeners(*alb);
        for (const Resource *service : m_a.ofKind("ecs-service"))
            serviceFlows(*service);
        for (const Resource *service : m_a.ofKind("ecs-service"))
            exposure(*service);
        for (const Resource *db : m_a.ofKind("aurora-cluster"))
            exposure(*db);
        return std::move(m_results);
    }

private:
    Reachability start(Reachability::Purpose purpose, const Resource &from, const Id &to, Protocol protocol,
                       PortRange ports)
    {
        Reachability r;
        r.explainPasses = m_a.explainsPasses();
        r.purpose = purpose;
        r.from = from.id;
        r.to = to;
        r.protocol = protocol;
        r.ports = ports;
        return r;
    }

    void finish(Reachability &r, bool ok)
    {
        r.allowed = ok && r.blocking.empty();
        m_results.push_back(std::move(r));
    }

    std::span<const SubnetInfo *const> subnetsOf(const Resource &r) const { return m_a.subnetsOf(r); }

    bool inVpc(const Resource &r) { return !subnetsOf(r).empty(); }

    void drawnFlow(const Flow &flow)
    {
        const Resource *from = m_a.resource(flow.from);
        const Resource *to = m_a.resource(flow.to);
        if (!from || !to)
            return; // dangling: reported by the dangling-reference rule
        Reachability r = start(Reachability::Purpose::DrawnFlow, *from, to->id, flow.protocol, flow.ports);
        r.flow = flow.id;
        const bool toInVpc = inVpc(*to), fromInVpc = inVpc(*from); // leaves `from`'s subnets remembered
        if (isExternal(*from) && toInVpc)
            return finish(r, fromInternet(*to, r));
        if (fromInVpc && to->kind == "internet") {
            r.service = "internet";
            return finish(r, toInternet(*from, r));
        }
        if (fromInVpc && toInVpc)
            return finish(r, betweenInterfaces(*from, *to, r));
        if (fromInVpc) {
            const auto services = awsServicesOf(*to);
            if (services.empty())
                return;
            bool ok = true;
            for (const std::string &s : services)
                ok = toService(*from, s, r) && ok;
            return finish(r, ok);
        }
        // Regional to regional (a log group to its subscription Lambda…) has no VPC path to check.
    }

    bool fromInternet(const Resource &to, Reachability &r)
    {
        const Id vpc = m_a.vpcOf(to);
        const Id igw = m_a.internetGatewayOf(vpc);
        if (igw.empty())
            return fail(r, vpc, Text(STACKYARD_TEXT("%1 has no internet gateway"), vpc),
                        Text(STACKYARD_TEXT("add an internet gateway to %1 and route 0.0.0.0/0 of the public subnets to it"), vpc));
        pass(r, igw, [&] { return Text(STACKYARD_TEXT("%1 is attached to %2"), igw, vpc); });
        bool ok = true;
        for (const SubnetInfo *s : subnetsOf(to)) {
            const Id &table = s->routeTable ? s->routeTable->id : s->id();
            if (s->isPublic())
                pass(r, table, [&] { return Text(STACKYARD_TEXT("%1 routes 0.0.0.0/0 of %2 to %3"), table, s->id(), s->internetGateway); });
            else
                ok = fail(r, table, Text(STACKYARD_TEXT("%1 is not public: %2 has no 0.0.0.0/0 route to an internet gateway"), s->id(), table),
                          Text(STACKYARD_TEXT("place %1 in public subnets, or route 0.0.0.0/0 of %2 to %3"), to.id, table, igw));
        }
        const bool alb = to.kind == "alb";
        if (hasPublicAddress(m_a, to)) {
            pass(r, to.id, [&] {
                return Text(alb ? STACKYARD_TEXT("%1 is internet-facing") : STACKYARD_TEXT("%1 has a public address"), to.id);
            });
        } else {
            ok = fail(r, to.id, Text(alb ? STACKYARD_TEXT("%1 is internal") : STACKYARD_TEXT("%1 has no public address"), to.id),
                      Text(alb ? STACKYARD_TEXT("set the scheme of %1 to internet-facing") : STACKYARD_TEXT("give %1 a public address"),
                           to.id));
        }
        return ingressFromInternet(m_a, to, r) && ok;
    }

    bool toInternet(const Resource &from, Reachability &r)
    {
        bool ok = true;
        for (const SubnetInfo *s : subnetsOf(from))
            ok = internetRoute(m_a, from, *s, r, nullptr) && ok;
        return egressToInternet(m_a, from, r) && ok;
    }

    bool betweenInterfaces(const Resource &from, const Resource &to, Reachability &r)
    {
        const Id a = m_a.vpcOf(from), b = m_a.vpcOf(to);
        if (a != b)
            return fail(r, to.id,
                        Text(STACKYARD_TEXT("%1 is in %2 and %3 in %4; the design has no peering between them"), from.id, a, to.id, b),
                        Text(STACKYARD_TEXT("place both in one VPC")));
        pass(r, a, [&] { return Text(STACKYARD_TEXT("the local route of %1 carries the traffic"), a); });
        return securityGroups(m_a, from, to, r, &peerOf(from), &peerOf(to));
    }

    /// Analysis::peerOf (a copy of the SG list and the subnet CIDRs), once per resource: a service
    /// is an end of its target, database and service-to-service paths.
    const PacketPeer &peerOf(const Resource &r)
    {
        auto it = m_peers.find(&r);
        if (it == m_peers.end())
            it = m_peers.emplace(&r, m_a.peerOf(r)).first;
        return it->second;
    }

    bool toService(const Resource &from, const std::string &service, Reachability &r)
    {
        bool ok = true;
        for (const SubnetInfo *s : subnetsOf(from))
            ok = cachedService(from, *s, service, r) && ok;
        return ok;
    }

    /// A drawn flow to an ECR repository repeats the implied image pull: evaluate each
    /// (resource, subnet, service, port) once and copy its hops.
    bool cachedService(const Resource &from, const SubnetInfo &s, const std::string &service, Reachability &r)
    {
        // The paths of one resource sit together: one hashed lookup, then a short contiguous scan
        // (a handful of services per subnet), not a probe into a table of every path of the design.
        std::vector<CachedPath> &paths = m_serviceCache[&from];
        const int number = serviceNumber(service);
        const CachedPath *cached = nullptr;
        for (const CachedPath &p : paths)
            if (p.subnet == &s && p.service == number && p.protocol == r.protocol && p.portFrom == r.ports.from
                && p.portTo == r.ports.to) {
                cached = &p;
                break;
            }
        if (!cached) {
            Reachability scratch; // only what the path check reads, not the hops gathered so far
            scratch.explainPasses = r.explainPasses;
            scratch.protocol = r.protocol;
            scratch.ports = r.ports;
            const bool ok = awsService(m_a, from, s, service, scratch, &m_internetPaths);
            paths.push_back({&s, number, r.protocol, r.ports.from, r.ports.to, ok, std::move(scratch.hops),
                             scratch.blocking, scratch.fix});
            cached = &paths.back();
        }
        const CachedPath &c = *cached;
        r.hops.insert(r.hops.end(), c.hops.begin(), c.hops.end());
        if (r.blocking.empty() && !c.blocking.empty()) {
            r.blocking = c.blocking;
            r.fix = c.fix;
        }
        return c.ok;
    }

    void albListeners(const Resource &alb)
    {
        if (m_a.props().alb(alb).scheme != "internet-facing" || m_a.subnetsOf(alb).empty())
            return;
        const Json &listeners = *m_a.props().alb(alb).listeners;
        if (!listeners.is_array())
            return;
        std::set<int> ports;
        for (const Json &l : listeners)
            if (l.is_object() && l.value("port", 0) > 0 && l.value("port", 0) <= 65535)
                ports.insert(l.value("port", 0));
        for (int port : ports) {
            Reachability r = start(Reachability::Purpose::InternetToAlb, alb, alb.id, Protocol::Tcp, PortRange::single(port));
            r.from = "internet";
            finish(r, fromInternet(alb, r));
        }
    }

    // The AWS services a service's tasks reach, as bits, visited in the order of their names (as
    // the sets of names they replace were): no set of strings built per service.
    enum ServiceBit : unsigned {
        EcrApi = 1u << 0, EcrDkr = 1u << 1, Firehose = 1u << 2, Internet = 1u << 3, Logs = 1u << 4,
        S3 = 1u << 5, SecretsManager = 1u << 6, Ssm = 1u << 7,
    };
    static constexpr std::pair<ServiceBit, const char *> kServiceNames[] = {
        {EcrApi, "ecr.api"}, {EcrDkr, "ecr.dkr"}, {Firehose, "firehose"}, {Internet, "internet"},
        {Logs, "logs"}, {S3, "s3"}, {SecretsManager, "secretsmanager"}, {Ssm, "ssm"},
    }; // sorted by name

    static const Json *member(const Json &object, std::string_view key)
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    void serviceFlows(const Resource &service)
    {
        if (subnetsOf(service).empty())
            return;
        targetFlows(service);
        const Json &containers = *m_a.props().service(service).containers;
        unsigned imageServices = 0, secretServices = 0;
        std::set<Id> databases;
        if (containers.is_array()) {
            for (const Json &c : containers) {
                if (!c.is_object())
                    continue;
                const Json *source = member(c, "imageSource");
                const bool ecr = !source || !source->is_string() ? !source || source->is_null()
                                                                  : source->get_ref<const std::string &>() == "ecr";
                imageServices |= ecr ? (EcrApi | EcrDkr | S3) : Internet;
                if (const Json *secrets = member(c, "secrets"); secrets && secrets->is_object())
                    for (const auto &[name, ref] : secrets->items())
                        if (ref.is_string())
                            secretServices |= secretService(ref.get_ref<const std::string &>());
                if (const Json *environment = member(c, "environment"); environment && environment->is_object())
                    for (const auto &[name, value] : environment->items())
                        if (value.is_string())
                            if (const Resource *db = m_a.resource(value.get_ref<const std::string &>());
                                db && db->kind == "aurora-cluster")
                                databases.insert(db->id);
            }
        }
        for (const auto &[bit, name] : kServiceNames)
            if (imageServices & bit)
                serviceEgress(service, Reachability::Purpose::ImagePull, name);
        const unsigned logs = logServices(service);
        for (const auto &[bit, name] : kServiceNames)
            if (logs & bit)
                serviceEgress(service, Reachability::Purpose::Logs, name);
        for (const auto &[bit, name] : kServiceNames)
            if (secretServices & bit)
                serviceEgress(service, Reachability::Purpose::Secrets, name);
        if (m_a.props().service(service).xray.orElse(false))
            serviceEgress(service, Reachability::Purpose::Tracing, "xray");
        for (const Id &db : databases)
            if (!hasDrawnFlow(service.id, db)) {
                const Resource &cluster = *m_a.resource(db);
                const int port = int(m_a.props().aurora(cluster).port.orElse(5432));
                Reachability r = start(Reachability::Purpose::Database, service, db, Protocol::Tcp, PortRange::single(port));
                finish(r, betweenInterfaces(service, cluster, r));
            }
    }

    unsigned logServices(const Resource &service) const
    {
        const Json &driver = *m_a.props().service(service).logDriver;
        if (driver.is_string() && driver.get_ref<const std::string &>() == "awslogs")
            return Logs;
        unsigned result = 0;
        const Json &routes = *m_a.props().service(service).logRoutes;
        if (routes.is_array())
            for (const Json &route : routes) {
                const Json *d = route.is_object() ? member(route, "destination") : nullptr;
                if (!d || !d->is_string())
                    continue;
                const std::string &destination = d->get_ref<const std::string &>();
                if (destination == "cloudwatch")
                    result |= Logs;
                else if (destination == "s3")
                    result |= S3;
                else if (destination == "firehose")
                    result |= Firehose;
            }
        return result;
    }

    unsigned secretService(const std::string &ref) const
    {
        if (const Resource *r = m_a.resource(ref))
            return r->kind == "secret" ? SecretsManager : r->kind == "ssm-parameter" ? Ssm : 0u;
        if (ref.rfind("arn:", 0) == 0 && ref.find(":secretsmanager:") != std::string::npos)
            return SecretsManager;
        if (ref.rfind("arn:", 0) == 0 && ref.find(":ssm:") != std::string::npos)
            return Ssm;
        return 0;
    }

    bool hasDrawnFlow(const Id &from, const Id &to)
    {
        if (m_drawn.empty())
            for (const Flow *f : m_a.flows())
                m_drawn.emplace(f->from, f->to);
        return m_drawn.count({from, to}) > 0;
    }

    void serviceEgress(const Resource &service, Reachability::Purpose purpose, const std::string &aws)
    {
        Reachability r = start(purpose, service, {}, Protocol::Tcp, PortRange::single(443));
        r.service = aws;
        finish(r, aws == "internet" ? toInternet(service, r) : toService(service, aws, r));
    }

    void targetFlows(const Resource &service)
    {
        const Json &lb = *m_a.props().service(service).loadBalancer;
        if (!lb.is_object())
            return;
        const Resource *alb = m_a.resource(lb.value("alb", std::string()));
        if (!alb || alb->kind != "alb")
            return;
        const Json *group = targetGroup(*alb, lb.value("targetGroup", std::string()));
        int port = lb.value("containerPort", 0);
        if (port <= 0 && group)
            port = group->value("port", 0);
        if (port <= 0 || port > 65535)
            return;
        Reachability r = start(Reachability::Purpose::AlbToTarget, *alb, service.id, Protocol::Tcp, PortRange::single(port));
        finish(r, betweenInterfaces(*alb, service, r));
        if (!group || !group->contains("healthCheck") || !(*group)["healthCheck"].is_object())
            return;
        const Json &hc = (*group)["healthCheck"];
        const int hcPort = hc.contains("port") && hc["port"].is_number() ? hc["port"].get<int>() : port;
        if (hcPort != port && hcPort > 0 && hcPort <= 65535) {
            Reachability h = start(Reachability::Purpose::HealthCheck, *alb, service.id, Protocol::Tcp, PortRange::single(hcPort));
            finish(h, betweenInterfaces(*alb, service, h));
        }
    }

    const Json *targetGroup(const Resource &alb, const std::string &name) const
    {
        const Json &groups = *m_a.props().alb(alb).targetGroups;
        if (groups.is_array())
            for (const Json &g : groups) {
                if (!g.is_object())
                    continue;
                const auto n = g.find("name"); // compared in place: no copy of every group's name
                if (n != g.end() && n->is_string() && n->get_ref<const std::string &>() == name)
                    return &g;
            }
        return nullptr;
    }

    void exposure(const Resource &target)
    {
        if (m_a.subnetsOf(target).empty())
            return;
        const int port = target.kind == "aurora-cluster" ? int(m_a.props().aurora(target).port.orElse(5432)) : 0;
        Reachability r = start(Reachability::Purpose::InternetExposure, target, target.id, port ? Protocol::Tcp : Protocol::All,
                               port ? PortRange::single(port) : PortRange::all());
        r.from = "internet";
        r.shouldBeOpen = false;
        r.explainPasses = true; // an exposure finding quotes the last (passing) hop
        // Any port open to public addresses counts, so ask for the weakest condition: some port.
        const bool open = fromInternetAnyPort(target, r);
        r.allowed = open;
        if (open) {
            r.blocking.clear();
            r.fix = Text(target.kind == "aurora-cluster"
                             ? STACKYARD_TEXT("set publiclyAccessible to false on %1 and remove ingress from public CIDRs")
                             : STACKYARD_TEXT("turn off assignPublicIp on %1 and admit traffic only from the ALB's security group"),
                         target.id);
        }
        m_results.push_back(std::move(r));
    }

    bool fromInternetAnyPort(const Resource &to, Reachability &r)
    {
        const Id vpc = m_a.vpcOf(to);
        if (m_a.internetGatewayOf(vpc).empty())
            return fail(r, vpc, Text(STACKYARD_TEXT("%1 has no internet gateway"), vpc), {});
        bool anyPublic = false;
        for (const SubnetInfo *s : m_a.subnetsOf(to))
            anyPublic = anyPublic || s->isPublic();
        if (!anyPublic)
            return fail(r, to.id, Text(STACKYARD_TEXT("%1 sits only in subnets without a route to the internet gateway"), to.id), {});
        if (!hasPublicAddress(m_a, to))
            return fail(r, to.id, Text(STACKYARD_TEXT("%1 has no public address"), to.id), {});
        PacketPeer internet;
        internet.internet = true;
        std::optional<TextArg> admitted; // "tcp/80, all traffic"
        for (Protocol p : {Protocol::Tcp, Protocol::Udp, Protocol::All}) {
            if (r.protocol != Protocol::All && p != r.protocol)
                continue;
            const PortSet in = m_a.securityRules().allowed(to.securityGroups, Direction::Ingress, p, internet);
            if (in.isEmpty() || (r.protocol != Protocol::All && !in.covers(r.ports)))
                continue;
            TextArg these = hasPorts(p) ? TextArg(in.toString(protocolName(p))) : TextArg(Text(STACKYARD_TEXT("all traffic")));
            admitted = admitted ? TextArg(Text(STACKYARD_TEXT("%1, %2"), std::move(*admitted), std::move(these))) : std::move(these);
        }
        if (!admitted)
            return fail(r, to.id,
                        Text(STACKYARD_TEXT("no security group of %1 admits %2 from public addresses"), to.id,
                             trafficText(r.protocol, r.ports)),
                        {});
        pass(r, to.id, [&] {
            return Text(STACKYARD_TEXT("%1 has a public address in a public subnet and admits %2 from public addresses"), to.id,
                        *admitted);
        });
        return true;
    }

    const Analysis &m_a;
    std::vector<Reachability> m_results;
    std::set<std::pair<Id, Id>> m_drawn; ///< (from, to) of drawn flows, built on first use
    struct CachedPath
    {
        const SubnetInfo *subnet;
        int service;
        Protocol protocol;
        int portFrom;
        int portTo;
        bool ok;
        std::vector<Hop> hops;
        Id blocking;
        Text fix;
    };
    /// A number per AWS service name seen (a handful): the path cache compares it, not the name.
    int serviceNumber(const std::string &service)
    {
        for (std::size_t i = 0; i < m_serviceNames.size(); ++i)
            if (m_serviceNames[i] == service)
                return int(i);
        m_serviceNames.push_back(service);
        return int(m_serviceNames.size() - 1);
    }
    std::vector<std::string> m_serviceNames;
    InternetPaths m_internetPaths;
    std::unordered_map<const Resource *, PacketPeer> m_peers;
    std::unordered_map<const Resource *, std::vector<CachedPath>> m_serviceCache; ///< per resource
};

} // namespace

std::string_view purposeName(Reachability::Purpose p)
{
    switch (p) {
    case Reachability::Purpose::DrawnFlow: return "flow";
    case Reachability::Purpose::InternetToAlb: return "internet-to-alb";
    case Reachability::Purpose::AlbToTarget: return "alb-to-target";
    case Reachability::Purpose::HealthCheck: return "health-check";
    case Reachability::Purpose::ImagePull: return "image-pull";
    case Reachability::Purpose::Logs: return "logs";
    case Reachability::Purpose::Secrets: return "secrets";
    case Reachability::Purpose::Tracing: return "tracing";
    case Reachability::Purpose::Database: return "database";
    case Reachability::Purpose::InternetExposure: return "internet-exposure";
    }
    return "flow";
}

Text Reachability::summaryText() const
{
    const Id &target = service.empty() ? to : service;
    for (const Hop &h : hops)
        if (!h.passes)
            return Text(allowed ? STACKYARD_TEXT("%1 -> %2 %3: allowed at %4: %5") : STACKYARD_TEXT("%1 -> %2 %3: blocked at %4: %5"),
                        from, target, trafficText(protocol, ports), h.component, h.text);
    return Text(allowed ? STACKYARD_TEXT("%1 -> %2 %3: allowed") : STACKYARD_TEXT("%1 -> %2 %3: blocked"), from, target,
                trafficText(protocol, ports));
}

std::string Reachability::summary() const
{
    return summaryText().str();
}

std::vector<Reachability> computeReachability(const Analysis &analysis)
{
    return Evaluator(analysis).run();
}

} // namespace Stackyard

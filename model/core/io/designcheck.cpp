#include "designreader.h"

#include "jsontext.h"
#include "model/core/catalog.h"

#include <cmath>

namespace Stackyard::Io {

namespace {

constexpr double kMaxSafeInteger = 9007199254740992.0; // 2^53: beyond it a double loses integers
constexpr double kMaxNumber = 1.0e15;

bool isIntrinsic(const Json &v)
{
    if (!v.is_object() || v.size() != 1)
        return false;
    const std::string &key = v.begin().key();
    return key == "Ref" || key.rfind("Fn::", 0) == 0;
}

bool looksLikeIpv6Cidr(const std::string &text)
{
    const auto slash = text.find('/');
    if (text.find(':') == std::string::npos || slash == std::string::npos)
        return false;
    const std::string prefix = text.substr(slash + 1);
    return !prefix.empty() && prefix.size() <= 3 && prefix.find_first_not_of("0123456789") == std::string::npos
           && std::stoi(prefix) <= 128
           && text.find_first_not_of("0123456789abcdefABCDEF:/") == std::string::npos;
}

/// Why a CIDR text is not a canonical IPv4 block, or "" when it is one.
std::string cidrProblem(const std::string &text)
{
    auto cidr = Cidr::parse(text);
    if (!cidr)
        return "invalid CIDR \"" + text + "\"";
    if (cidr->toString() != text)
        return "invalid CIDR \"" + text + "\" (host bits set; did you mean " + cidr->toString() + "?)";
    return {};
}

class Checker
{
public:
    Checker(const DesignFile &file, const PointerIndex &index, DiagnosticSink &sink)
        : m_file(file), m_d(file.design), m_index(index), m_sink(sink) {}

    void run()
    {
        for (const auto &[id, r] : m_d.resources)
            checkResource(r, at(id));
        checkCycles();
        for (const auto &[id, sg] : m_d.securityGroups)
            checkSecurityGroup(sg, at(id));
        checkRouteTables();
        for (const auto &[id, f] : m_d.flows) {
            requireResource(f.from, at(id) + "/from", id);
            requireResource(f.to, at(id) + "/to", id);
        }
        for (const auto &[id, rect] : m_file.layout.nodes)
            if (!m_d.resource(id))
                m_sink.error("/layout/nodes/" + pointerToken(id), "layout of unknown resource \"" + id + "\"", id);
        for (const auto &[id, points] : m_file.layout.waypoints)
            if (!m_d.flow(id))
                m_sink.error("/layout/waypoints/" + pointerToken(id), "waypoints of unknown flow \"" + id + "\"", id);
    }

private:
    std::string at(const Id &id) const
    {
        auto it = m_index.find(id);
        return it == m_index.end() ? std::string() : it->second;
    }

    const Resource *requireResource(const Id &ref, const std::string &ptr, const Id &subject)
    {
        const Resource *r = m_d.resource(ref);
        if (!r)
            m_sink.error(ptr, "unknown resource \"" + ref + "\"", subject);
        return r;
    }

    void checkResource(const Resource &r, const std::string &ptr)
    {
        if (!r.parent.empty()) {
            if (r.parent == r.id)
                m_sink.error(ptr + "/parent", "a resource cannot contain itself", r.id);
            else if (const Resource *p = requireResource(r.parent, ptr + "/parent", r.id)) {
                const KindSpec *spec = Catalog::builtin().kind(r.kind);
                if (spec && !spec->allowsParent(p->kind))
                    m_sink.warning(ptr + "/parent", "a " + r.kind + " does not belong in a " + p->kind, r.id);
            }
        }
        for (std::size_t i = 0; i < r.placement.size(); ++i)
            if (const Resource *s = requireResource(r.placement[i], ptr + "/placement/" + std::to_string(i), r.id);
                s && s->kind != "subnet")
                m_sink.warning(ptr + "/placement/" + std::to_string(i), "placement \"" + s->id + "\" is not a subnet", r.id);
        for (std::size_t i = 0; i < r.securityGroups.size(); ++i)
            if (!m_d.securityGroup(r.securityGroups[i]))
                m_sink.error(ptr + "/securityGroups/" + std::to_string(i),
                             "unknown security group \"" + r.securityGroups[i] + "\"", r.id);
        if (const KindSpec *spec = Catalog::builtin().kind(r.kind); spec && r.kind != "opaque")
            checkProperties(r, *spec, ptr + "/properties");
    }

    void checkRef(const Json &v, const std::string &refKind, const std::string &ptr, const Id &subject)
    {
        if (isIntrinsic(v))
            return;
        if (!v.is_string()) {
            m_sink.warning(ptr, "expected an id, found " + jsonTypeName(v), subject);
            return;
        }
        const std::string ref = v.get<std::string>();
        if (ref.empty() || ref.rfind("arn:", 0) == 0)
            return;
        if (!m_d.containsId(ref)) {
            m_sink.error(ptr, "unknown id \"" + ref + "\"", subject);
            return;
        }
        const Resource *target = m_d.resource(ref);
        if (!refKind.empty() && target && target->kind != refKind && target->kind != "opaque")
            m_sink.warning(ptr, "\"" + ref + "\" is a " + target->kind + ", expected a " + refKind, subject);
    }

    void checkNumber(const Json &v, bool integer, const std::string &ptr, const Id &subject)
    {
        if (isIntrinsic(v))
            return;
        if (!v.is_number()) {
            m_sink.warning(ptr, std::string("expected ") + (integer ? "an integer" : "a number") + ", found "
                                    + jsonTypeName(v), subject);
            return;
        }
        const double d = v.get<double>();
        if (std::fabs(d) > (integer ? kMaxSafeInteger : kMaxNumber))
            m_sink.error(ptr, "number " + v.dump() + " out of range", subject);
        else if (integer && !v.is_number_integer())
            m_sink.warning(ptr, "expected an integer, found " + v.dump(), subject);
    }

    void checkProperty(const PropertySpec &spec, const Json &v, const std::string &ptr, const Id &subject)
    {
        const std::string &t = spec.type;
        if (t == "cidr") {
            if (isIntrinsic(v))
                return;
            if (!v.is_string())
                m_sink.error(ptr, "expected a CIDR string, found " + jsonTypeName(v), subject);
            else if (auto problem = cidrProblem(v.get<std::string>()); !problem.empty())
                m_sink.error(ptr, problem, subject);
        } else if (t == "int" || t == "number") {
            checkNumber(v, t == "int", ptr, subject);
        } else if (t == "ref") {
            checkRef(v, spec.refKind, ptr, subject);
        } else if (t == "refs") {
            if (!v.is_array()) {
                if (!isIntrinsic(v))
                    m_sink.warning(ptr, "expected an array of ids, found " + jsonTypeName(v), subject);
                return;
            }
            for (std::size_t i = 0; i < v.size(); ++i)
                checkRef(v[i], spec.refKind, ptr + '/' + std::to_string(i), subject);
        } else if (t == "bool") {
            if (!v.is_boolean() && !isIntrinsic(v))
                m_sink.warning(ptr, "expected true or false, found " + jsonTypeName(v), subject);
        } else if (t == "enum") {
            if (isIntrinsic(v))
                return;
            const std::string s = v.is_string() ? v.get<std::string>() : v.dump();
            bool known = false;
            for (const std::string &allowed : spec.values)
                known = known || allowed == s;
            if (!known)
                m_sink.warning(ptr, "unknown value " + v.dump() + " for " + spec.name, subject);
        } else if ((t == "string" || t == "az") && !v.is_string() && !isIntrinsic(v)) {
            m_sink.warning(ptr, "expected a string, found " + jsonTypeName(v), subject);
        } else if (t == "list" && !v.is_array() && !isIntrinsic(v)) {
            m_sink.warning(ptr, "expected an array, found " + jsonTypeName(v), subject);
        } else if (t == "object" && !v.is_object()) {
            m_sink.warning(ptr, "expected an object, found " + jsonTypeName(v), subject);
        }
    }

    void checkProperties(const Resource &r, const KindSpec &spec, const std::string &ptr)
    {
        for (const auto &[name, value] : r.properties.items()) {
            const std::string propPtr = ptr + '/' + pointerToken(name);
            if (const PropertySpec *p = spec.property(name))
                checkProperty(*p, value, propPtr, r.id);
            else
                m_sink.warning(propPtr, "property \"" + name + "\" is not in the catalogue for " + r.kind, r.id);
        }
        checkNestedRefs(r, ptr);
    }

    /// Ids inside structured properties the contract names: loadBalancer.alb and container secrets.
    void checkNestedRefs(const Resource &r, const std::string &ptr)
    {
        if (r.kind != "ecs-service")
            return;
        const Json &props = r.properties;
        if (auto lb = props.find("loadBalancer"); lb != props.end() && lb->is_object())
            if (auto alb = lb->find("alb"); alb != lb->end())
                checkRef(*alb, "alb", ptr + "/loadBalancer/alb", r.id);
        auto containers = props.find("containers");
        if (containers == props.end() || !containers->is_array())
            return;
        for (std::size_t i = 0; i < containers->size(); ++i) {
            const Json &c = (*containers)[i];
            if (!c.is_object())
                continue;
            if (auto secrets = c.find("secrets"); secrets != c.end() && secrets->is_object())
                for (const auto &[name, ref] : secrets->items())
                    checkRef(ref, {}, ptr + "/containers/" + std::to_string(i) + "/secrets/" + pointerToken(name), r.id);
        }
    }

    void checkCycles()
    {
        // 0 = unvisited, 1 = on the current parent chain, 2 = known to reach the region level.
        std::map<Id, int> state;
        for (const auto &[id, r] : m_d.resources) {
            std::vector<const Resource *> chain;
            const Resource *cur = &r;
            while (cur && state[cur->id] == 0) {
                state[cur->id] = 1;
                chain.push_back(cur);
                cur = cur->parent.empty() || cur->parent == cur->id ? nullptr : m_d.resource(cur->parent);
            }
            if (cur && state[cur->id] == 1)
                m_sink.error(at(cur->id) + "/parent", "containment cycle through \"" + cur->id + "\"", cur->id);
            for (const Resource *c : chain)
                state[c->id] = 2;
        }
    }

    void checkPeer(const SgRule &rule, const std::string &ptr, const Id &subject)
    {
        switch (rule.peerKind) {
        case PeerKind::Cidr:
            if (looksLikeIpv6Cidr(rule.peer))
                return;
            if (auto problem = cidrProblem(rule.peer); !problem.empty())
                m_sink.error(ptr + "/peer", problem, subject);
            return;
        case PeerKind::SecurityGroup:
            // "sg-0abc…" names a group that exists outside the design (kept from an import).
            if (!m_d.securityGroup(rule.peer) && rule.peer.rfind("sg-", 0) != 0)
                m_sink.error(ptr + "/peer", "unknown security group \"" + rule.peer + "\"", subject);
            return;
        case PeerKind::PrefixList:
            if (rule.peer.rfind("pl-", 0) != 0)
                m_sink.error(ptr + "/peer", "a prefix list starts with \"pl-\", found \"" + rule.peer + "\"", subject);
            return;
        }
    }

    void checkSecurityGroup(const SecurityGroup &sg, const std::string &ptr)
    {
        if (!sg.vpc.empty())
            if (const Resource *vpc = requireResource(sg.vpc, ptr + "/vpc", sg.id); vpc && vpc->kind != "vpc")
                m_sink.warning(ptr + "/vpc", "\"" + sg.vpc + "\" is a " + vpc->kind + ", not a vpc", sg.id);
        for (std::size_t i = 0; i < sg.ingress.size(); ++i)
            checkPeer(sg.ingress[i], ptr + "/ingress/" + std::to_string(i), sg.id);
        for (std::size_t i = 0; i < sg.egress.size(); ++i)
            checkPeer(sg.egress[i], ptr + "/egress/" + std::to_string(i), sg.id);
    }

    void checkRouteTables()
    {
        std::map<Id, Id> associated;
        for (const auto &[id, rt] : m_d.routeTables) {
            const std::string ptr = at(id);
            if (!rt.vpc.empty())
                requireResource(rt.vpc, ptr + "/vpc", id);
            for (std::size_t i = 0; i < rt.routes.size(); ++i) {
                const Route &route = rt.routes[i];
                const std::string rPtr = ptr + "/routes/" + std::to_string(i);
                if (route.destination.rfind("pl-", 0) != 0 && !looksLikeIpv6Cidr(route.destination))
                    if (auto problem = cidrProblem(route.destination); !problem.empty())
                        m_sink.error(rPtr + "/destination", problem, id);
                const bool needsTarget = route.target != RouteTargetKind::Local && route.target != RouteTargetKind::Blackhole;
                if (needsTarget && route.targetId.empty())
                    m_sink.error(rPtr + "/targetId", "a route to " + std::string(routeTargetName(route.target))
                                                         + " needs a targetId", id);
                else if (!route.targetId.empty())
                    requireResource(route.targetId, rPtr + "/targetId", id);
            }
            for (std::size_t i = 0; i < rt.subnets.size(); ++i) {
                const std::string sPtr = ptr + "/subnets/" + std::to_string(i);
                const Resource *s = requireResource(rt.subnets[i], sPtr, id);
                if (s && s->kind != "subnet")
                    m_sink.error(sPtr, "\"" + s->id + "\" is a " + s->kind + ", not a subnet", id);
                else if (auto [it, fresh] = associated.emplace(rt.subnets[i], id); s && !fresh)
                    m_sink.error(sPtr, "subnet \"" + s->id + "\" is already associated with route table \""
                                           + it->second + "\"", id);
            }
        }
    }

    const DesignFile &m_file;
    const Design &m_d;
    const PointerIndex &m_index;
    DiagnosticSink &m_sink;
};

} // namespace

void checkDesign(const DesignFile &file, const PointerIndex &index, DiagnosticSink &sink)
{
    Checker(file, index, sink).run();
}

} // namespace Stackyard::Io

#include "designreader.h"

#include "jsontext.h"
#include "model/core/catalog.h"

#include <cmath>
#include <initializer_list>

namespace Stackyard::Io {

namespace {

constexpr int kMaxDiagnostics = 200;
constexpr double kMaxCoordinate = 1.0e7;

/// Reads JSON values into the model, reporting every problem with its pointer.
class Reader
{
public:
    Reader(DiagnosticSink &sink, PointerIndex &index) : m_sink(sink), m_index(index) {}

    void readDesign(Json &root, DesignFile &file);

private:
    Json *member(Json &object, const char *key, const std::string &ptr, bool required)
    {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                m_sink.error(ptr, std::string("missing required member \"") + key + '"');
            return nullptr;
        }
        return &*it;
    }

    bool expect(const Json &value, bool ok, const std::string &ptr, const char *what)
    {
        if (!ok)
            m_sink.error(ptr, std::string("expected ") + what + ", found " + jsonTypeName(value));
        return ok;
    }

    /// As above for the member `key` of the object at `ptr`; the pointer is only built on error.
    bool expect(const Json &value, bool ok, const std::string &ptr, std::string_view key, const char *what)
    {
        return ok || expect(value, ok, ptr + '/' + pointerToken(key), what);
    }

    void readString(Json &object, const char *key, const std::string &ptr, std::string &out, bool required = false)
    {
        if (Json *v = member(object, key, ptr, required))
            if (expect(*v, v->is_string(), ptr, key, "a string"))
                out = std::move(v->get_ref<std::string &>());
    }

    /// Moves the member out of the parsed document (which is not used afterwards).
    void readObject(Json &object, const char *key, const std::string &ptr, Json &out)
    {
        if (Json *v = member(object, key, ptr, false))
            if (expect(*v, v->is_object(), ptr, key, "an object"))
                out = std::move(*v);
    }

    void readStrings(Json &object, const char *key, const std::string &ptr, std::vector<std::string> &out)
    {
        Json *v = member(object, key, ptr, false);
        if (!v || !expect(*v, v->is_array(), ptr, key, "an array of strings"))
            return;
        out.clear();
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            Json &item = (*v)[i];
            if (item.is_string())
                out.push_back(std::move(item.get_ref<std::string &>()));
            else
                expect(item, false, ptr + '/' + key + '/' + std::to_string(i), "a string");
        }
    }

    void readBool(Json &object, const char *key, const std::string &ptr, bool &out)
    {
        if (const Json *v = member(object, key, ptr, false))
            if (expect(*v, v->is_boolean(), ptr, key, "true or false"))
                out = v->get<bool>();
    }

    void readProtocol(Json &object, const std::string &ptr, Protocol &out)
    {
        std::string text;
        readString(object, "protocol", ptr, text, true);
        if (text.empty())
            return;
        if (auto p = parseProtocol(text))
            out = *p;
        else
            m_sink.error(ptr + "/protocol", "unknown protocol \"" + text + "\" (tcp, udp, icmp or all)");
    }

    void readPorts(Json &object, const std::string &ptr, PortRange &out)
    {
        const Json *v = member(object, "ports", ptr, true);
        if (!v)
            return;
        std::string text;
        if (v->is_number_integer())
            text = v->dump();
        else if (expect(*v, v->is_string(), ptr, "ports", "a port range string (\"443\", \"8000-8080\" or \"all\")"))
            text = v->get<std::string>();
        else
            return;
        if (auto range = PortRange::parse(text))
            out = *range;
        else
            m_sink.error(ptr + "/ports", "invalid port range \"" + text + "\" (ports are 0-65535: \"443\", \"8000-8080\" or \"all\")");
    }

    /// Element `index` of the array at `ptr`, a coordinate (or a size when `nonNegative`).
    double readCoordinate(const Json &array, std::size_t index, const std::string &ptr, bool nonNegative)
    {
        const Json &value = array[index];
        if (!expect(value, value.is_number(), ptr, std::to_string(index), "a number"))
            return 0;
        const double v = value.get<double>();
        if (!std::isfinite(v) || std::fabs(v) > kMaxCoordinate || (nonNegative && v < 0)) {
            m_sink.error(ptr + '/' + std::to_string(index), "coordinate " + value.dump() + " out of range (" + (nonNegative ? "0" : "-1e7")
                                  + " to 1e7)");
            return 0;
        }
        return v;
    }

    void warnUnknownMembers(const Json &object, const std::string &ptr, std::initializer_list<const char *> known)
    {
        for (const auto &[key, value] : object.items()) {
            bool found = false;
            for (const char *k : known)
                found = found || key == k;
            if (!found)
                m_sink.warning(ptr + '/' + pointerToken(key), "unknown member \"" + key + "\" ignored (it is not saved)");
        }
    }

    bool registerId(const Id &id, const std::string &ptr)
    {
        if (id.empty()) {
            m_sink.error(ptr + "/id", "an id must not be empty");
            return false;
        }
        auto [it, inserted] = m_index.emplace(id, ptr);
        if (!inserted)
            m_sink.error(ptr + "/id", "duplicate id \"" + id + "\" (already used at " + it->second + ")", id);
        return inserted;
    }

    template<typename Item, typename ReadOne>
    void readArray(Json &root, const char *key, std::map<Id, Item> &out, ReadOne readOne)
    {
        const std::string ptr = std::string("/") + key;
        Json *list = member(root, key, "", false);
        if (!list || !expect(*list, list->is_array(), ptr, "an array"))
            return;
        for (std::size_t i = 0; i < list->size() && m_sink.errorCount() <= kMaxDiagnostics; ++i) {
            const std::string itemPtr = ptr + '/' + std::to_string(i);
            Json &value = (*list)[i];
            if (!expect(value, value.is_object(), itemPtr, "an object"))
                continue;
            Item item;
            readString(value, "id", itemPtr, item.id, true);
            (this->*readOne)(value, itemPtr, item);
            if (registerId(item.id, itemPtr))
                out.emplace(item.id, std::move(item));
        }
    }

    void readResource(Json &v, const std::string &ptr, Resource &r)
    {
        readString(v, "kind", ptr, r.kind, true);
        readString(v, "name", ptr, r.name);
        readString(v, "parent", ptr, r.parent);
        readStrings(v, "placement", ptr, r.placement);
        readStrings(v, "securityGroups", ptr, r.securityGroups);
        readObject(v, "properties", ptr, r.properties);
        readObject(v, "usage", ptr, r.usage);
        readString(v, "rawType", ptr, r.rawType);
        readObject(v, "templateAttributes", ptr, r.templateAttributes);
        warnUnknownMembers(v, ptr, {"id", "kind", "name", "parent", "placement", "securityGroups", "properties",
                                    "usage", "rawType", "templateAttributes"});
        if (r.kind == "opaque") {
            if (r.rawType.empty())
                m_sink.error(ptr + "/rawType", "an opaque resource needs its rawType (the CloudFormation type)", r.id);
        } else if (!r.kind.empty() && !Catalog::builtin().kind(r.kind)) {
            m_sink.error(ptr + "/kind", "unknown kind \"" + r.kind
                                            + "\" (not in the catalogue; unknown resources are kind \"opaque\" with a rawType)",
                         r.id);
        }
    }

    void readRules(Json &v, const char *key, const std::string &ptr, std::vector<SgRule> &out)
    {
        Json *list = member(v, key, ptr, false);
        if (!list || !expect(*list, list->is_array(), ptr, key, "an array of rules"))
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string rulePtr = ptr + '/' + key + '/' + std::to_string(i);
            Json &r = (*list)[i];
            if (!expect(r, r.is_object(), rulePtr, "a rule object"))
                continue;
            SgRule rule;
            readProtocol(r, rulePtr, rule.protocol);
            readPorts(r, rulePtr, rule.ports);
            std::string peerKind;
            readString(r, "peerKind", rulePtr, peerKind, true);
            if (peerKind == "cidr")
                rule.peerKind = PeerKind::Cidr;
            else if (peerKind == "sg")
                rule.peerKind = PeerKind::SecurityGroup;
            else if (peerKind == "prefix-list")
                rule.peerKind = PeerKind::PrefixList;
            else if (!peerKind.empty())
                m_sink.error(rulePtr + "/peerKind", "unknown peerKind \"" + peerKind + "\" (cidr, sg or prefix-list)");
            readString(r, "peer", rulePtr, rule.peer, true);
            readString(r, "description", rulePtr, rule.description);
            warnUnknownMembers(r, rulePtr, {"protocol", "ports", "peerKind", "peer", "description"});
            out.push_back(std::move(rule));
        }
    }

    void readSecurityGroup(Json &v, const std::string &ptr, SecurityGroup &sg)
    {
        readString(v, "name", ptr, sg.name);
        readString(v, "vpc", ptr, sg.vpc);
        readString(v, "description", ptr, sg.description);
        readRules(v, "ingress", ptr, sg.ingress);
        readRules(v, "egress", ptr, sg.egress);
        warnUnknownMembers(v, ptr, {"id", "name", "vpc", "description", "ingress", "egress"});
    }

    void readRouteTable(Json &v, const std::string &ptr, RouteTable &rt)
    {
        readString(v, "name", ptr, rt.name);
        readString(v, "vpc", ptr, rt.vpc);
        readBool(v, "isMain", ptr, rt.isMain);
        readStrings(v, "subnets", ptr, rt.subnets);
        warnUnknownMembers(v, ptr, {"id", "name", "vpc", "isMain", "routes", "subnets"});
        Json *list = member(v, "routes", ptr, false);
        if (!list || !expect(*list, list->is_array(), ptr + "/routes", "an array of routes"))
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string routePtr = ptr + "/routes/" + std::to_string(i);
            Json &r = (*list)[i];
            if (!expect(r, r.is_object(), routePtr, "a route object"))
                continue;
            Route route;
            readString(r, "destination", routePtr, route.destination, true);
            std::string target;
            readString(r, "target", routePtr, target, true);
            static const RouteTargetKind kinds[] = {RouteTargetKind::Local, RouteTargetKind::InternetGateway,
                                                    RouteTargetKind::NatGateway, RouteTargetKind::GatewayEndpoint,
                                                    RouteTargetKind::Blackhole};
            bool known = false;
            for (RouteTargetKind k : kinds)
                if (routeTargetName(k) == target) {
                    route.target = k;
                    known = true;
                }
            if (!known && !target.empty())
                m_sink.error(routePtr + "/target", "unknown route target \"" + target
                                                       + "\" (local, igw, nat, gateway-endpoint or blackhole)");
            readString(r, "targetId", routePtr, route.targetId);
            warnUnknownMembers(r, routePtr, {"destination", "target", "targetId"});
            rt.routes.push_back(std::move(route));
        }
    }

    void readFlow(Json &v, const std::string &ptr, Flow &f)
    {
        readString(v, "from", ptr, f.from, true);
        readString(v, "to", ptr, f.to, true);
        readProtocol(v, ptr, f.protocol);
        readPorts(v, ptr, f.ports);
        readString(v, "label", ptr, f.label);
        readBool(v, "inferred", ptr, f.inferred);
        if (const Json *gb = member(v, "monthlyGb", ptr, false);
            gb && expect(*gb, gb->is_number(), ptr, "monthlyGb", "a number")) {
            const double value = gb->get<double>();
            if (value < 0 || value > 1.0e12)
                m_sink.error(ptr + "/monthlyGb", "monthlyGb " + gb->dump() + " out of range (0 to 1e12)", f.id);
            else
                f.monthlyGb = value;
        }
        warnUnknownMembers(v, ptr, {"id", "from", "to", "protocol", "ports", "label", "monthlyGb", "inferred"});
    }

    void readLayout(Json &root, Layout &layout);

    DiagnosticSink &m_sink;
    PointerIndex &m_index;
};

void Reader::readLayout(Json &root, Layout &layout)
{
    Json *l = member(root, "layout", "", false);
    if (!l || !expect(*l, l->is_object(), "/layout", "an object"))
        return;
    warnUnknownMembers(*l, "/layout", {"nodes", "waypoints"});
    if (const Json *nodes = member(*l, "nodes", "/layout", false);
        nodes && expect(*nodes, nodes->is_object(), "/layout/nodes", "an object")) {
        for (auto it = nodes->begin(); it != nodes->end(); ++it) {
            const Json &box = it.value();
            if (box.is_array() && box.size() == 4 && box[0].is_number() && box[1].is_number() && box[2].is_number()
                && box[3].is_number()) {
                const Rect r{box[0].get<double>(), box[1].get<double>(), box[2].get<double>(), box[3].get<double>()};
                if (std::fabs(r.x) <= kMaxCoordinate && std::fabs(r.y) <= kMaxCoordinate && r.width >= 0
                    && r.width <= kMaxCoordinate && r.height >= 0 && r.height <= kMaxCoordinate) {
                    layout.nodes.emplace_hint(layout.nodes.end(), it.key(), r);
                    continue;
                }
            }
            // The slow path finds and reports what is wrong.
            const std::string ptr = "/layout/nodes/" + pointerToken(it.key());
            if (!expect(box, box.is_array() && box.size() == 4, ptr, "an array [x, y, width, height]"))
                continue;
            layout.nodes[it.key()] = Rect{readCoordinate(box, 0, ptr, false), readCoordinate(box, 1, ptr, false),
                                          readCoordinate(box, 2, ptr, true), readCoordinate(box, 3, ptr, true)};
        }
    }
    if (const Json *wps = member(*l, "waypoints", "/layout", false);
        wps && expect(*wps, wps->is_object(), "/layout/waypoints", "an object")) {
        for (const auto &[id, points] : wps->items()) {
            const std::string ptr = "/layout/waypoints/" + pointerToken(id);
            if (!expect(points, points.is_array(), ptr, "an array of [x, y] points"))
                continue;
            std::vector<Point> &out = layout.waypoints[id];
            for (std::size_t i = 0; i < points.size(); ++i) {
                const Json &p = points[i];
                const std::string pPtr = ptr + '/' + std::to_string(i);
                if (expect(p, p.is_array() && p.size() == 2, pPtr, "a point [x, y]"))
                    out.push_back({readCoordinate(p, 0, pPtr, false), readCoordinate(p, 1, pPtr, false)});
            }
        }
    }
}

void Reader::readDesign(Json &root, DesignFile &file)
{
    Design &d = file.design;
    warnUnknownMembers(root, "", {"formatVersion", "name", "description", "region", "environments", "settings",
                                  "usage", "cloudFormation", "resources", "securityGroups", "routeTables", "flows",
                                  "layout"});
    readString(root, "name", "", d.name);
    readString(root, "description", "", d.description);
    readString(root, "region", "", d.region);
    readStrings(root, "environments", "", d.environments);
    readObject(root, "settings", "", d.settings);
    readObject(root, "usage", "", d.usage);
    readObject(root, "cloudFormation", "", d.cloudFormation);
    member(root, "resources", "", true);
    readArray(root, "resources", d.resources, &Reader::readResource);
    readArray(root, "securityGroups", d.securityGroups, &Reader::readSecurityGroup);
    readArray(root, "routeTables", d.routeTables, &Reader::readRouteTable);
    readArray(root, "flows", d.flows, &Reader::readFlow);
    readLayout(root, file.layout);
}

} // namespace

void DiagnosticSink::add(Diagnostic::Severity severity, const std::string &pointer, const std::string &message,
                         const std::string &subject)
{
    if (int(m_diagnostics.size()) >= kMaxDiagnostics) {
        if (m_dropped++ == 0)
            m_diagnostics.push_back({Diagnostic::Severity::Error, m_fileName, {},
                                     "too many problems; stopped reporting after " + std::to_string(kMaxDiagnostics)});
        if (severity == Diagnostic::Severity::Error)
            ++m_errors;
        return;
    }
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    m_diagnostics.push_back({severity, pointer.empty() ? m_fileName : m_fileName + ": " + pointer, subject, message});
}

void DiagnosticSink::error(const std::string &pointer, const std::string &message, const std::string &subject)
{
    add(Diagnostic::Severity::Error, pointer, message, subject);
}

void DiagnosticSink::warning(const std::string &pointer, const std::string &message, const std::string &subject)
{
    add(Diagnostic::Severity::Warning, pointer, message, subject);
}

std::string jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    case Json::value_t::binary:
    case Json::value_t::discarded: break;
    }
    return "an unexpected value";
}

std::optional<DesignFile> readDesignJson(Json &root, DiagnosticSink &sink, PointerIndex &index)
{
    if (!root.is_object()) {
        sink.error("", "expected a JSON object at the top level, found " + jsonTypeName(root));
        return std::nullopt;
    }
    DesignFile file;
    const int before = sink.errorCount();
    Reader(sink, index).readDesign(root, file);
    if (sink.errorCount() > before)
        return std::nullopt;
    return file;
}

} // namespace Stackyard::Io

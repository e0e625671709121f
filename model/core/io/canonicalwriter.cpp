#include "canonicalwriter.h"

#include "jsontext.h"

#include <charconv>
#include <cmath>

namespace Stackyard::Io {

namespace {

void breakLine(int level, std::string &out)
{
    out += '\n';
    out.append(std::size_t(level), ' ');
}

/// As designwriter.cpp's number(): integral values without a fraction.
void writeNumber(double v, std::string &out)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e15) {
        char buffer[24];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(v));
        out.append(buffer, end);
    } else {
        out += Json(v).dump();
    }
}

/// One JSON object being written; members must come in sorted key order.
class ObjectWriter
{
public:
    ObjectWriter(std::string &out, int indent) : m_out(out), m_indent(indent) { m_out += '{'; }
    ~ObjectWriter()
    {
        if (!m_first)
            breakLine(m_indent, m_out);
        m_out += '}';
    }
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    int inner() const { return m_indent + 2; }

    std::string &key(const std::string &key)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        breakLine(m_indent + 2, m_out);
        appendJsonString(key, m_out);
        m_out += ": ";
        return m_out;
    }

    void string(const char *k, const std::string &value) { appendJsonString(value, key(k)); }
    void stringIfAny(const char *k, const std::string &value)
    {
        if (!value.empty())
            string(k, value);
    }
    void json(const char *k, const Json &value) { appendCanonicalJson(value, inner(), key(k)); }
    void jsonIfAny(const char *k, const Json &value)
    {
        if (!value.is_null() && !(value.is_structured() && value.empty()))
            json(k, value);
    }
    void strings(const char *k, const std::vector<std::string> &values)
    {
        array(k, values, [](const std::string &v, int, std::string &out) { appendJsonString(v, out); });
    }
    void stringsIfAny(const char *k, const std::vector<std::string> &values)
    {
        if (!values.empty())
            strings(k, values);
    }

    /// An array whose elements `write(element, indent, out)` writes, one per line.
    template<typename Range, typename Write>
    void array(const char *k, const Range &range, Write write)
    {
        std::string &out = key(k);
        if (std::begin(range) == std::end(range)) {
            out += "[]";
            return;
        }
        out += '[';
        bool first = true;
        for (const auto &element : range) {
            if (!first)
                out += ',';
            first = false;
            breakLine(inner() + 2, out);
            write(element, inner() + 2, out);
        }
        breakLine(inner(), out);
        out += ']';
    }

private:
    std::string &m_out;
    int m_indent;
    bool m_first = true;
};

void writeRule(const SgRule &rule, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.stringIfAny("description", rule.description);
    o.string("peer", rule.peer);
    o.string("peerKind", std::string(peerKindName(rule.peerKind)));
    o.string("ports", rule.ports.toString());
    o.string("protocol", std::string(protocolName(rule.protocol)));
}

void writeResource(const Resource &r, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.string("id", r.id);
    o.string("kind", r.kind);
    o.string("name", r.name);
    o.stringIfAny("parent", r.parent);
    o.stringsIfAny("placement", r.placement);
    o.jsonIfAny("properties", r.properties);
    o.stringIfAny("rawType", r.rawType);
    o.stringsIfAny("securityGroups", r.securityGroups);
    o.jsonIfAny("templateAttributes", r.templateAttributes);
    o.jsonIfAny("usage", r.usage);
}

void writeSecurityGroup(const SecurityGroup &sg, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.stringIfAny("description", sg.description);
    o.array("egress", sg.egress, writeRule);
    o.string("id", sg.id);
    o.array("ingress", sg.ingress, writeRule);
    o.string("name", sg.name);
    o.string("vpc", sg.vpc);
}

void writeRoute(const Route &route, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.string("destination", route.destination);
    o.string("target", std::string(routeTargetName(route.target)));
    o.stringIfAny("targetId", route.targetId);
}

void writeRouteTable(const RouteTable &rt, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.string("id", rt.id);
    if (rt.isMain)
        o.key("isMain") += "true";
    o.string("name", rt.name);
    o.array("routes", rt.routes, writeRoute);
    o.strings("subnets", rt.subnets);
    o.string("vpc", rt.vpc);
}

void writeFlow(const Flow &f, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    o.string("from", f.from);
    o.string("id", f.id);
    if (f.inferred)
        o.key("inferred") += "true";
    o.stringIfAny("label", f.label);
    if (f.hasMonthlyGb())
        writeNumber(f.monthlyGb, o.key("monthlyGb"));
    o.string("ports", f.ports.toString());
    o.string("protocol", std::string(protocolName(f.protocol)));
    o.string("to", f.to);
}

void writeLayout(const Layout &layout, int indent, std::string &out)
{
    ObjectWriter o(out, indent);
    {
        ObjectWriter nodes(o.key("nodes"), o.inner());
        for (const auto &[id, r] : layout.nodes) {
            std::string &s = nodes.key(id);
            s += '[';
            writeNumber(r.x, s);
            s += ", ";
            writeNumber(r.y, s);
            s += ", ";
            writeNumber(r.width, s);
            s += ", ";
            writeNumber(r.height, s);
            s += ']';
        }
    }
    ObjectWriter waypoints(o.key("waypoints"), o.inner());
    for (const auto &[id, points] : layout.waypoints) {
        std::string &s = waypoints.key(id);
        if (points.empty()) {
            s += "[]";
            continue;
        }
        s += '[';
        for (std::size_t i = 0; i < points.size(); ++i) {
            s += i ? "," : "";
            breakLine(waypoints.inner() + 2, s);
            s += '[';
            writeNumber(points[i].x, s);
            s += ", ";
            writeNumber(points[i].y, s);
            s += ']';
        }
        breakLine(waypoints.inner(), s);
        s += ']';
    }
}

template<typename Map>
auto values(const Map &map)
{
    std::vector<const typename Map::mapped_type *> v;
    v.reserve(map.size());
    for (const auto &[id, item] : map)
        v.push_back(&item);
    return v;
}

template<typename T, void (*Write)(const T &, int, std::string &)>
void writeEach(const T *item, int indent, std::string &out)
{
    Write(*item, indent, out);
}

} // namespace

void writeCanonicalDesign(const DesignFile &file, std::string &out)
{
    const Design &d = file.design;
    auto objectOrEmpty = [](const Json &j) -> const Json & {
        static const Json empty = Json::object();
        return j.is_object() ? j : empty;
    };
    ObjectWriter o(out, 0);
    o.json("cloudFormation", objectOrEmpty(d.cloudFormation));
    o.string("description", d.description);
    o.strings("environments", d.environments);
    o.array("flows", values(d.flows), writeEach<Flow, writeFlow>);
    o.key("formatVersion") += std::to_string(kFormatVersion);
    writeLayout(file.layout, o.inner(), o.key("layout"));
    o.string("name", d.name);
    o.string("region", d.region);
    o.array("resources", values(d.resources), writeEach<Resource, writeResource>);
    o.array("routeTables", values(d.routeTables), writeEach<RouteTable, writeRouteTable>);
    o.array("securityGroups", values(d.securityGroups), writeEach<SecurityGroup, writeSecurityGroup>);
    o.json("settings", objectOrEmpty(d.settings));
    o.json("usage", objectOrEmpty(d.usage));
}

} // namespace Stackyard::Io

#include "designwriter.h"

#include <cmath>

namespace Stackyard::Io {

namespace {

/// Integral values are written without a fraction so that 64 and 64.0 save alike.
Json number(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e15)
        return Json(static_cast<long long>(v));
    return Json(v);
}

void putIfNotEmpty(Json &object, const char *key, const std::string &value)
{
    if (!value.empty())
        object[key] = value;
}

void putIfNotEmpty(Json &object, const char *key, const Json &value)
{
    if (!value.is_null() && !(value.is_structured() && value.empty()))
        object[key] = value;
}

Json ruleToJson(const SgRule &rule)
{
    Json r = {{"protocol", protocolName(rule.protocol)},
              {"ports", rule.ports.toString()},
              {"peerKind", peerKindName(rule.peerKind)},
              {"peer", rule.peer}};
    putIfNotEmpty(r, "description", rule.description);
    return r;
}

Json resourceToJson(const Resource &res)
{
    Json r = {{"id", res.id}, {"kind", res.kind}, {"name", res.name}};
    putIfNotEmpty(r, "parent", res.parent);
    putIfNotEmpty(r, "placement", Json(res.placement));
    putIfNotEmpty(r, "securityGroups", Json(res.securityGroups));
    putIfNotEmpty(r, "properties", res.properties);
    putIfNotEmpty(r, "usage", res.usage);
    putIfNotEmpty(r, "rawType", res.rawType);
    putIfNotEmpty(r, "templateAttributes", res.templateAttributes);
    return r;
}

Json securityGroupToJson(const SecurityGroup &sg)
{
    Json g = {{"id", sg.id}, {"name", sg.name}, {"vpc", sg.vpc},
              {"ingress", Json::array()}, {"egress", Json::array()}};
    putIfNotEmpty(g, "description", sg.description);
    for (const SgRule &rule : sg.ingress)
        g["ingress"].push_back(ruleToJson(rule));
    for (const SgRule &rule : sg.egress)
        g["egress"].push_back(ruleToJson(rule));
    return g;
}

Json routeTableToJson(const RouteTable &rt)
{
    Json t = {{"id", rt.id}, {"name", rt.name}, {"vpc", rt.vpc},
              {"routes", Json::array()}, {"subnets", Json(rt.subnets)}};
    if (rt.isMain)
        t["isMain"] = true;
    for (const Route &route : rt.routes) {
        Json r = {{"destination", route.destination}, {"target", routeTargetName(route.target)}};
        putIfNotEmpty(r, "targetId", route.targetId);
        t["routes"].push_back(std::move(r));
    }
    return t;
}

Json flowToJson(const Flow &flow)
{
    Json f = {{"id", flow.id}, {"from", flow.from}, {"to", flow.to},
              {"protocol", protocolName(flow.protocol)}, {"ports", flow.ports.toString()}};
    putIfNotEmpty(f, "label", flow.label);
    if (flow.hasMonthlyGb())
        f["monthlyGb"] = number(flow.monthlyGb);
    if (flow.inferred)
        f["inferred"] = true;
    return f;
}

Json layoutToJson(const Layout &layout)
{
    Json nodes = Json::object();
    for (const auto &[id, r] : layout.nodes)
        nodes[id] = Json::array({number(r.x), number(r.y), number(r.width), number(r.height)});
    Json waypoints = Json::object();
    for (const auto &[id, points] : layout.waypoints) {
        Json list = Json::array();
        for (const Point &p : points)
            list.push_back(Json::array({number(p.x), number(p.y)}));
        waypoints[id] = std::move(list);
    }
    return {{"nodes", std::move(nodes)}, {"waypoints", std::move(waypoints)}};
}

} // namespace

Json designToJson(const DesignFile &file)
{
    const Design &d = file.design;
    Json j = {{"formatVersion", kFormatVersion},
              {"name", d.name},
              {"description", d.description},
              {"region", d.region},
              {"environments", Json(d.environments)},
              {"settings", d.settings.is_object() ? d.settings : Json::object()},
              {"usage", d.usage.is_object() ? d.usage : Json::object()},
              {"cloudFormation", d.cloudFormation.is_object() ? d.cloudFormation : Json::object()},
              {"resources", Json::array()},
              {"securityGroups", Json::array()},
              {"routeTables", Json::array()},
              {"flows", Json::array()},
              {"layout", layoutToJson(file.layout)}};
    Json &resources = j["resources"];
    for (const auto &[id, res] : d.resources)
        resources.push_back(resourceToJson(res));
    Json &groups = j["securityGroups"];
    for (const auto &[id, sg] : d.securityGroups)
        groups.push_back(securityGroupToJson(sg));
    Json &tables = j["routeTables"];
    for (const auto &[id, rt] : d.routeTables)
        tables.push_back(routeTableToJson(rt));
    Json &flows = j["flows"];
    for (const auto &[id, flow] : d.flows)
        flows.push_back(flowToJson(flow));
    return j;
}

} // namespace Stackyard::Io

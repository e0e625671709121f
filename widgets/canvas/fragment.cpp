#include "fragment.h"

#include "model/core/catalog.h"
#include "model/core/io/designreader.h"
#include "model/core/io/designwriter.h"
#include "model/document/edit.h"

#include <QCoreApplication>
#include <QSet>

#include <set>

namespace Stackyard::Canvas {

namespace {

constexpr const char *kFragmentKey = "stackyardFragment";

void remapValue(Json &value, const std::map<Id, Id> &ids)
{
    if (!value.is_string())
        return;
    if (auto it = ids.find(value.get<std::string>()); it != ids.end())
        value = it->second;
}

// Only values that are references by the catalogue (ref, refs) or by convention (an ECS
// service's load balancer, container images and secrets) follow the copy; names stay.
void remapReferences(Resource &r, const std::map<Id, Id> &ids)
{
    const KindSpec *spec = Catalog::builtin().kind(r.kind);
    Json &props = r.properties;
    if (!spec || !props.is_object())
        return;
    for (const PropertySpec &p : spec->properties) {
        if (!props.contains(p.name))
            continue;
        if (p.type == "ref")
            remapValue(props[p.name], ids);
        else if (p.type == "refs" && props[p.name].is_array())
            for (Json &v : props[p.name])
                remapValue(v, ids);
    }
    if (props.contains("loadBalancer") && props["loadBalancer"].is_object() && props["loadBalancer"].contains("alb"))
        remapValue(props["loadBalancer"]["alb"], ids);
    if (props.contains("containers") && props["containers"].is_array())
        for (Json &c : props["containers"]) {
            if (!c.is_object())
                continue;
            if (c.contains("image"))
                remapValue(c["image"], ids);
            if (c.contains("secrets") && c["secrets"].is_object())
                for (Json &v : c["secrets"])
                    remapValue(v, ids);
        }
}

} // namespace

QByteArray copyFragment(const Design &design, const Layout &layout, const QStringList &ids)
{
    std::set<Id> chosen;
    std::set<Id> flows;
    for (const QString &qid : ids) {
        const Id id = qid.toStdString();
        if (design.resource(id))
            chosen.insert(id);
        else if (design.flow(id))
            flows.insert(id);
    }
    // Everything inside a chosen container comes along.
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &[id, r] : design.resources)
            if (!chosen.count(id) && chosen.count(r.parent))
                grew = chosen.insert(id).second || grew;
    }
    DesignFile fragment;
    fragment.design.name = design.name;
    fragment.design.region = design.region;
    for (const Id &id : chosen) {
        fragment.design.resources[id] = *design.resource(id);
        if (auto it = layout.nodes.find(id); it != layout.nodes.end())
            fragment.layout.nodes[id] = it->second;
    }
    for (const auto &[id, f] : design.flows) {
        if (!(chosen.count(f.from) && chosen.count(f.to)))
            continue;
        fragment.design.flows[id] = f;
        if (auto it = layout.waypoints.find(id); it != layout.waypoints.end())
            fragment.layout.waypoints[id] = it->second;
    }
    Json root = Json::object();
    root[kFragmentKey] = 1;
    root["design"] = Io::designToJson(fragment);
    return QByteArray::fromStdString(root.dump());
}

QStringList pasteFragment(EditBuilder &builder, const QByteArray &json, const QPointF &offset, QString *error)
{
    Json root = Json::parse(json.toStdString(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains(kFragmentKey) || !root.contains("design")) {
        *error = QCoreApplication::translate("Stackyard::Canvas", "The clipboard does not hold a Stackyard fragment.");
        return {};
    }
    Diagnostics diagnostics;
    Io::DiagnosticSink sink("clipboard", diagnostics);
    Io::PointerIndex index;
    const std::optional<DesignFile> file = Io::readDesignJson(root["design"], sink, index);
    if (!file) {
        *error = QCoreApplication::translate("Stackyard::Canvas", "The clipboard fragment is damaged: %1")
                     .arg(QString::fromStdString(diagnostics.empty() ? std::string() : diagnostics.front().message));
        return {};
    }
    std::map<Id, Id> ids;
    std::set<Id> taken;
    auto fresh = [&](const Id &stem) {
        Id candidate = builder.uniqueId(stem);
        for (int n = 2; taken.count(candidate) || builder.containsId(candidate); ++n)
            candidate = stem + '-' + std::to_string(n);
        taken.insert(candidate);
        return candidate;
    };
    for (const auto &[id, r] : file->design.resources)
        ids[id] = fresh(id);
    for (const auto &[id, f] : file->design.flows)
        ids[id] = fresh(id);

    auto keep = [&](const Id &ref) -> Id {
        if (auto it = ids.find(ref); it != ids.end())
            return it->second;
        return builder.containsId(ref) ? ref : Id();
    };
    QStringList created;
    for (const auto &[id, original] : file->design.resources) {
        Resource r = original;
        r.id = ids[id];
        const bool top = !file->design.resources.count(original.parent);
        r.parent = keep(original.parent);
        r.placement.clear();
        for (const Id &s : original.placement)
            if (Id mapped = keep(s); !mapped.empty())
                r.placement.push_back(mapped);
        r.securityGroups.clear();
        for (const Id &sg : original.securityGroups)
            if (Id mapped = keep(sg); !mapped.empty())
                r.securityGroups.push_back(mapped);
        remapReferences(r, ids);
        builder.putResource(r);
        if (auto it = file->layout.nodes.find(id); it != file->layout.nodes.end()) {
            Rect box = it->second;
            box.x += offset.x();
            box.y += offset.y();
            builder.putNode(r.id, box);
        }
        if (top)
            created << QString::fromStdString(r.id);
    }
    for (const auto &[id, original] : file->design.flows) {
        Flow f = original;
        f.id = ids[id];
        f.from = keep(original.from);
        f.to = keep(original.to);
        if (f.from.empty() || f.to.empty())
            continue;
        builder.putFlow(f);
        if (auto it = file->layout.waypoints.find(id); it != file->layout.waypoints.end()) {
            std::vector<Point> points = it->second;
            for (Point &p : points) {
                p.x += offset.x();
                p.y += offset.y();
            }
            builder.putWaypoints(f.id, points);
        }
        created << QString::fromStdString(f.id);
    }
    return created;
}

} // namespace Stackyard::Canvas

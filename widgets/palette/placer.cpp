#include "placer.h"

#include "model/core/catalog.h"
#include "model/document/designdocument.h"
#include "widgets/i18n/modeltext.h"

#include <algorithm>

namespace Stackyard {

namespace {

constexpr double kStep = 96;
constexpr double kMargin = 40;

bool intersects(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

Rect defaultSize(const KindSpec &spec)
{
    if (spec.kind == "vpc")
        return {0, 0, 880, 560};
    if (spec.container)
        return {0, 0, 440, 180};
    return {0, 0, 64, 64};
}

/// The first slot of `size` inside `area` (row by row) overlapping none of `taken`.
Rect freeSlot(const Rect &area, Rect size, const std::vector<Rect> &taken)
{
    for (double y = area.y + kMargin + 8; y + size.height <= area.y + area.height - 8; y += kStep / 2)
        for (double x = area.x + kMargin; x + size.width <= area.x + area.width - 8; x += kStep / 2) {
            const Rect candidate{x, y, size.width, size.height};
            const Rect padded{x - 16, y - 16, size.width + 32, size.height + 32};
            if (std::none_of(taken.begin(), taken.end(), [&](const Rect &r) { return intersects(padded, r); }))
                return candidate;
        }
    return {area.x + kMargin, area.y + kMargin + 8, size.width, size.height};
}

} // namespace

QString Placer::add(const QString &kind, const QStringList &selection, QString *hint) const
{
    const Design &design = m_document->design();
    const Layout &layout = m_document->layout();
    const KindSpec *spec = Catalog::builtin().kind(kind.toStdString());
    if (!spec) {
        *hint = QObject::tr("Unknown kind %1").arg(kind);
        return {};
    }
    // Walk up from the selection to the first container this kind may sit in.
    Id parent;
    Id subnet;
    bool found = false;
    for (const QString &id : selection) {
        for (const Resource *r = design.resource(id.toStdString()); r && !found; r = design.resource(r->parent)) {
            if (r->kind == "subnet" && subnet.empty())
                subnet = r->id;
            if (spec->allowsParent(r->kind)) {
                parent = r->id;
                found = true;
            }
        }
        if (found)
            break;
    }
    if (!found && spec->allowsParent("")) {
        found = true;
        subnet.clear();
    }
    if (!found) {
        std::vector<const Resource *> candidates;
        for (const auto &[id, r] : design.resources)
            if (spec->allowsParent(r.kind))
                candidates.push_back(&r);
        if (candidates.size() == 1) {
            parent = candidates.front()->id;
            found = true;
        }
    }
    if (!found) {
        QStringList parents;
        for (const std::string &p : spec->allowedParents)
            if (const KindSpec *ps = Catalog::builtin().kind(p))
                parents << ModelText::kindTitle(ps->title);
        *hint = QObject::tr("Select a %1 to add a %2 into").arg(parents.join(QObject::tr(" or ")), ModelText::kindTitle(spec->title));
        return {};
    }

    Resource r;
    r.kind = spec->kind;
    r.name = spec->title;
    r.id = design.uniqueId(spec->kind);
    r.parent = parent;
    r.properties = Catalog::builtin().defaultProperties(spec->kind);
    if (spec->spansSubnets && !subnet.empty())
        r.placement.push_back(subnet);

    // Inside the subnet for a spanning resource placed there, else inside the parent.
    const Id areaId = !r.placement.empty() ? subnet : parent;
    std::vector<Rect> taken;
    Rect area{0, 0, 4000, 3000};
    if (auto it = layout.nodes.find(areaId); !areaId.empty() && it != layout.nodes.end())
        area = it->second;
    for (const auto &[id, box] : layout.nodes) {
        const Resource *other = design.resource(id);
        const bool encloses = other && box.x <= area.x && box.y <= area.y && box.x + box.width >= area.x + area.width
                              && box.y + box.height >= area.y + area.height;
        if (id != areaId && !encloses)
            taken.push_back(box);
    }
    const Rect box = freeSlot(area, defaultSize(*spec), taken);
    *hint = QObject::tr("Added %1").arg(ModelText::kindTitle(spec->title));
    return m_document->addResource(r, box);
}

} // namespace Stackyard

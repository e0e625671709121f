#include "containment.h"

#include "model/core/catalog.h"

namespace Stackyard::Canvas {

namespace {

std::string titleOf(const std::string &kind)
{
    const KindSpec *spec = Catalog::builtin().kind(kind);
    return spec ? spec->title : kind;
}

std::string placesText(const KindSpec &spec)
{
    std::string text;
    for (const std::string &p : spec.allowedParents) {
        if (!text.empty())
            text += " or ";
        text += p.empty() ? std::string("outside any VPC") : "in a " + titleOf(p);
    }
    return text;
}

} // namespace

ContainmentCheck checkContainment(const Design &design, const std::string &kind, const Id &container)
{
    const KindSpec *spec = Catalog::builtin().kind(kind);
    if (!spec)
        return {false, {}, "Unknown kind \"" + kind + "\""};
    const Resource *c = container.empty() ? nullptr : design.resource(container);
    const std::string containerKind = c ? c->kind : std::string();
    if (spec->allowsParent(containerKind))
        return {true, c ? c->id : Id(), {}};
    // A spanning resource dropped on one of its subnets belongs to the subnet's VPC.
    if (spec->spansSubnets && containerKind == "subnet" && spec->allowsParent("vpc"))
        return {true, c->parent, {}};
    std::string where = c ? titleOf(containerKind) + " \"" + (c->name.empty() ? c->id : c->name) + "\"" : "the region, outside any VPC";
    return {false, {}, "A " + spec->title + " cannot go into " + where + ": it belongs " + placesText(*spec) + "."};
}

bool isWithin(const Design &design, const Id &id, const Id &ancestor)
{
    Id current = id;
    for (int guard = 0; guard < 64 && !current.empty(); ++guard) {
        if (current == ancestor)
            return true;
        const Resource *r = design.resource(current);
        if (!r)
            return false;
        current = r->parent;
    }
    return false;
}

} // namespace Stackyard::Canvas

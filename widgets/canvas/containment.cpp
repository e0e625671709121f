#include "containment.h"

#include "model/core/catalog.h"
#include "widgets/i18n/modeltext.h"

#include <QCoreApplication>

namespace Stackyard::Canvas {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::Containment)
};

QString titleOf(const std::string &kind)
{
    const KindSpec *spec = Catalog::builtin().kind(kind);
    return spec ? ModelText::kindTitle(spec->title) : QString::fromStdString(kind);
}

QString placesText(const KindSpec &spec)
{
    QString text;
    for (const std::string &p : spec.allowedParents) {
        if (!text.isEmpty())
            text += Tr::tr(" or ");
        text += p.empty() ? Tr::tr("outside any VPC") : Tr::tr("in a %1").arg(titleOf(p));
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
    const QString where = c ? Tr::tr("%1 \"%2\"").arg(titleOf(containerKind), QString::fromStdString(c->name.empty() ? c->id : c->name))
                            : Tr::tr("the region, outside any VPC");
    return {false, {},
            Tr::tr("A %1 cannot go into %2: it belongs %3.").arg(titleOf(kind), where, placesText(*spec)).toStdString()};
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

#include "looks.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "widgets/i18n/modeltext.h"

#include <QCoreApplication>

namespace Stackyard::Canvas {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Stackyard::Canvas", text);
}

QString displayName(const Resource &r)
{
    return q(r.name.empty() ? r.id : r.name);
}

QString kindTitle(const std::string &kind)
{
    const KindSpec *spec = Catalog::builtin().kind(kind);
    return spec ? ModelText::kindTitle(spec->title) : q(kind);
}

} // namespace

ContainerLook containerLook(const Design &design, const Resource &r)
{
    ContainerLook look;
    look.id = q(r.id);
    look.kind = q(r.kind);
    look.title = displayName(r);
    const QString cidr = q(r.stringProperty("cidrBlock"));
    if (r.kind == "subnet") {
        look.tier = q(std::string(subnetTierName(subnetTier(design, r.id))));
        QStringList parts;
        if (const QString az = q(r.stringProperty("availabilityZone")); !az.isEmpty())
            parts << az;
        if (!cidr.isEmpty())
            parts << cidr;
        parts << ModelText::tierTitle(look.tier.toStdString());
        look.subtitle = parts.join(QStringLiteral(" · "));
        look.toolTip = tr("%1 (%2 subnet)\n%3\nid: %4").arg(look.title, ModelText::tierTitle(look.tier.toStdString()), look.subtitle, look.id);
    } else {
        look.subtitle = cidr;
        look.toolTip = tr("%1 (%2)\n%3\nid: %4").arg(look.title, kindTitle(r.kind), cidr, look.id);
    }
    return look;
}

NodeLook nodeLook(const Design &design, const Layout &layout, const Resource &r, const QPointF &pos)
{
    NodeLook look;
    look.id = q(r.id);
    look.kind = q(r.kind);
    look.name = displayName(r);
    look.kindTitle = kindTitle(r.kind);
    const KindSpec *spec = Catalog::builtin().kind(r.kind);
    look.category = spec ? q(spec->category) : QString();
    look.toolTip = tr("%1\n%2 · id: %3").arg(look.name, look.kindTitle, look.id);
    if (!spec || !spec->spansSubnets || r.placement.empty())
        return look;
    auto box = layout.nodes.find(r.id);
    const double iconHeight = box != layout.nodes.end() ? box->second.height : 64.0;
    double left = 1e300, right = -1e300;
    QStringList names;
    for (const Id &s : r.placement) {
        auto sb = layout.nodes.find(s);
        const Resource *subnet = design.resource(s);
        if (sb == layout.nodes.end() || !subnet)
            continue;
        left = std::min(left, sb->second.x + 14);
        right = std::max(right, sb->second.x + sb->second.width - 14);
        QString az = q(subnet->stringProperty("availabilityZone"));
        look.badges.append({az.isEmpty() ? displayName(*subnet) : QStringLiteral("AZ ") + az.right(1),
                            sb->second.x + 14 + 26 - pos.x()});
        names << displayName(*subnet);
    }
    if (left < right) {
        const double height = 24;
        look.band = QRectF(left - pos.x(), iconHeight / 2 - height / 2, right - left, height);
    }
    look.toolTip += tr("\nspans %1").arg(names.join(QStringLiteral(", ")));
    return look;
}

QString portLabel(const Flow &f)
{
    if (f.protocol == Protocol::All)
        return tr("all traffic");
    if (f.protocol == Protocol::Icmp)
        return QStringLiteral("icmp");
    return q(std::string(protocolName(f.protocol))) + QLatin1Char('/') + q(f.ports.toString());
}

FlowLook flowLook(const Design &design, const Flow &f)
{
    FlowLook look;
    look.id = q(f.id);
    look.from = q(f.from);
    look.to = q(f.to);
    look.portLabel = portLabel(f);
    look.inferred = f.inferred;
    auto name = [&](const Id &id) {
        const Resource *r = design.resource(id);
        return r ? displayName(*r) : q(id);
    };
    QStringList lines;
    if (!f.label.empty())
        lines << q(f.label);
    lines << tr("%1 → %2 on %3").arg(name(f.from), name(f.to), look.portLabel);
    if (f.hasMonthlyGb())
        lines << tr("%1 GB per month").arg(f.monthlyGb);
    if (f.inferred)
        lines << tr("inferred by the import");
    look.toolTip = lines.join(QLatin1Char('\n'));
    return look;
}

} // namespace Stackyard::Canvas

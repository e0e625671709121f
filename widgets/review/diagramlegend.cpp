#include "diagramlegend.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "widgets/categorystyle.h"

#include <QCoreApplication>

#include <set>

namespace Stackyard {

namespace {

struct TierSwatch
{
    const char *tier;
    const char *label;
    QColor fill;
    QColor border;
};

// The subnet tier colours of the canvas (widgets/canvas/containeritem.cpp, AWS group styles).
const TierSwatch kTiers[] = {
    {"public", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Public subnet"), QColor(0xE9, 0xF3, 0xE6), QColor(0x7A, 0xA1, 0x16)},
    {"private", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Private subnet"), QColor(0xE6, 0xF2, 0xF8), QColor(0x14, 0x7E, 0xBA)},
    {"isolated", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Isolated subnet"), QColor(0xF2, 0xF3, 0xF3), QColor(0x7D, 0x89, 0x98)},
};

QString categoryLabel(const std::string &category)
{
    static const std::pair<const char *, const char *> names[] = {
        {"networking", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Networking & Content Delivery")},
        {"compute", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Compute")},
        {"containers", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Containers")},
        {"database", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Database")},
        {"security", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Security, Identity & Compliance")},
        {"management", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Management & Governance")},
        {"integration", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Application Integration")},
        {"storage", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Storage")},
        {"analytics", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Analytics")},
        {"devtools", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Developer Tools")},
        {"external", QT_TRANSLATE_NOOP("Stackyard::DiagramLegend", "Users and the internet")},
    };
    for (const auto &[key, label] : names)
        if (category == key)
            return QCoreApplication::translate("Stackyard::DiagramLegend", label);
    return QString::fromStdString(category);
}



} // namespace

std::vector<LegendEntry> legendTiers(const Design &design)
{
    std::set<std::string> used;
    for (const auto &[id, r] : design.resources)
        if (r.kind == "subnet")
            used.insert(std::string(subnetTierName(subnetTier(design, id))));
    std::vector<LegendEntry> out;
    for (const TierSwatch &t : kTiers)
        if (used.count(t.tier))
            out.push_back({QCoreApplication::translate("Stackyard::DiagramLegend", t.label), t.fill, t.border});
    return out;
}

std::vector<LegendEntry> legendCategories(const Design &design)
{
    std::set<std::string> used;
    for (const auto &[id, r] : design.resources) {
        if (r.kind == "vpc" || r.kind == "subnet")
            continue;
        const KindSpec *spec = Catalog::builtin().kind(r.kind);
        used.insert(spec ? spec->category : std::string("other"));
    }
    std::vector<LegendEntry> out;
    for (const std::string &c : used) {
        const QColor color = categoryColor(QString::fromStdString(c));
        out.push_back({categoryLabel(c), color, color});
    }
    return out;
}

} // namespace Stackyard

#include "priceoverrides.h"

#include "widgets/cost/costdock.h"

#include "model/document/liveanalysis.h"

#include <QSettings>

namespace Stackyard {

namespace {

QString groupOf(const QString &region)
{
    return QStringLiteral("priceOverrides/") + region;
}

} // namespace

PriceOverridesController::PriceOverridesController(LiveAnalysis *analysis, CostDock *dock, QWidget *window)
    : QObject(window)
    , m_analysis(analysis)
    , m_dock(dock)
    , m_window(window)
{
    connect(m_analysis, &LiveAnalysis::costChanged, this, &PriceOverridesController::followRegion);
    connect(m_dock, &CostDock::editPricesRequested, this, &PriceOverridesController::edit);
    if (followRegion())
        m_analysis->refresh(); // price the first estimate with the overrides at once
}

PriceOverrides PriceOverridesController::load(const QString &region)
{
    PriceOverrides overrides;
    QSettings settings;
    settings.beginGroup(groupOf(region));
    for (const QString &key : settings.childKeys()) {
        bool ok = false;
        const double value = settings.value(key).toDouble(&ok);
        if (ok && value >= 0)
            overrides[key.toStdString()] = value;
    }
    return overrides;
}

void PriceOverridesController::save(const QString &region, const PriceOverrides &overrides)
{
    QSettings settings;
    settings.remove(groupOf(region));
    settings.beginGroup(groupOf(region));
    for (const auto &[key, value] : overrides)
        settings.setValue(QString::fromStdString(key), value);
}

bool PriceOverridesController::followRegion()
{
    const QString region = m_analysis->pricedRegion();
    if (region == m_region || region.isEmpty())
        return false;
    m_region = region;
    m_table = PriceTable::builtin(region.toStdString());
    std::map<std::string, double> list;
    if (m_table)
        for (const auto &[key, price] : m_table->prices())
            list[key] = price.value;
    m_dock->setListPrices(list);
    if (m_dialog)
        m_dialog->close(); // it shows the old region's prices
    m_analysis->setPriceOverrides(load(region)); // re-prices on the next turn of the event loop
    return true;
}

void PriceOverridesController::edit()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_table)
        return;
    m_analysis->refresh(); // the prices the design uses now, not at the last coalesced edit
    std::set<std::string> used;
    for (const auto *items : {&m_analysis->estimate().items, &m_analysis->estimate().unpriced})
        for (const LineItem &item : *items)
            if (!item.priceKey.empty())
                used.insert(item.priceKey);
    m_dialog = new PriceOverridesDialog(*m_table, used, load(m_region), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PriceOverridesDialog::overridesChanged, this, [this] {
        save(m_region, m_dialog->overrides());
        m_analysis->setPriceOverrides(m_dialog->overrides());
        m_analysis->refresh();
    });
    m_dialog->show();
}

} // namespace Stackyard

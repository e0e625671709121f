#pragma once

#include "widgets/cost/priceoverridesdialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;

namespace Stackyard {

class CostDock;
class LiveAnalysis;

/// The user's price overrides in the editor: loads them from settings (per region) for the region
/// the analysis prices, hands them to the analysis (so the estimate uses them) and the list prices
/// to the cost dock (so it can say what an override replaced), and opens the dialog that edits
/// them; every edit in the dialog is saved and priced at once.
class PriceOverridesController : public QObject
{
    Q_OBJECT
public:
    PriceOverridesController(LiveAnalysis *analysis, CostDock *dock, QWidget *window);

    /// The overrides kept in settings for `region` (group "priceOverrides/<region>").
    static PriceOverrides load(const QString &region);
    static void save(const QString &region, const PriceOverrides &overrides);

    /// The open dialog, or null.
    PriceOverridesDialog *dialog() const { return m_dialog; }

public slots:
    /// Opens the dialog for the priced region (or raises it when open).
    void edit();

private:
    /// Picks up the overrides of a new region when the design's region changes; true if it did.
    bool followRegion();

    LiveAnalysis *m_analysis;
    CostDock *m_dock;
    QWidget *m_window;
    QString m_region;
    std::optional<PriceTable> m_table;
    QPointer<PriceOverridesDialog> m_dialog;
};

} // namespace Stackyard

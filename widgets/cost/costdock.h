#pragma once

#include "model/core/cost/costestimate.h"
#include "model/core/cost/scenarios.h"

#include <QDockWidget>

#include <map>
#include <string>

class QBoxLayout;
class QChartView;
class QSplitter;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Stackyard {

class CostItemsTable;

/// The cost dashboard: the monthly total with the price date and region, a donut by service, bars
/// by resource, the monthly cost across task count (min…max), scenario comparison bars, and a
/// table of line items; hovering a chart shows the line items behind it. USD throughout, with an
/// optional conversion at a rate the user types (labelled as the user's rate, never fetched).
/// Knows nothing of the document: whoever owns the design calls setEstimate() after each edit.
class CostDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CostDock(QWidget *parent = nullptr);

    /// The user's conversion: `currency` is "KRW", "JPY" or "EUR" ("" = USD only), `ratePerUsd`
    /// how many of it one USD buys in the user's opinion. The GUI restores it from settings.
    void setConversion(const QString &currency, double ratePerUsd);
    QString currency() const;
    double ratePerUsd() const;

    /// The region's list prices by price key, so overridden lines can say what they replaced.
    void setListPrices(const std::map<std::string, double> &listPrices);

    /// The estimate shown (a copy).
    const CostEstimate &estimate() const { return m_estimate; }

    /// The tooltip of a scenario's bar: its title, cost, difference to the baseline and note, in
    /// the interface's language.
    static QString scenarioTip(const ScenarioGroup &group, const Scenario &scenario);

public slots:
    /// Shows a new estimate and its scenarios (call after every edit; cheap for a few thousand items).
    void setEstimate(const Stackyard::CostEstimate &estimate, const Stackyard::CostScenarios &scenarios);
    /// Narrows the line items to one resource ("" = all), e.g. when the canvas selection changes.
    void showResource(const QString &id);

signals:
    /// The user picked a resource in a chart or the table.
    void resourcePicked(const QString &id);
    /// The user changed the currency or the rate (to be saved in settings).
    void conversionChanged(const QString &currency, double ratePerUsd);
    /// The user asked to edit the price overrides.
    void editPricesRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    /// The resources summed in the "others" bar, for its tooltip.
    QString otherResourcesTip() const;
    /// Header beside the charts (`strip`: docked above or under the canvas) or above them.
    void orient(bool strip);
    void updateHeader();
    void connectHover();
    void connectScenarioHover();

    CostEstimate m_estimate;
    CostScenarios m_scenarios;
    std::map<std::string, double> m_listPrices;
    QBoxLayout *m_layout = nullptr;
    QWidget *m_header = nullptr;
    QSplitter *m_overview = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_converted = nullptr;
    QLabel *m_warning = nullptr;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_services = nullptr;
    QChartView *m_resources = nullptr;
    QChartView *m_curve = nullptr;
    QChartView *m_scenarioView = nullptr;
    CostItemsTable *m_table = nullptr;
    bool m_strip = false; ///< docked above or under the canvas (see orient())
    int m_resourceLimit = 8; ///< bars in "By resource", from its height
};

} // namespace Stackyard

#include "costdock.h"

#include "costcharts.h"
#include "costitemstable.h"
#include "widgets/i18n/modeltext.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QAbstractBarSeries>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Stackyard {

namespace {

QChartView *chartView(const char *name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 140); // fits the strip under the canvas
    return view;
}

/// Replaces the view's chart, deleting the old one (QChartView keeps ownership of only one).
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

template <typename T>
T *seriesOf(QChartView *view)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (auto *t = qobject_cast<T *>(s))
            return t;
    return nullptr;
}

/// The resource id of a bar of the "By resource" chart ("" for the bar of the rest).
QString resourceAt(QChartView *view, int index)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == QLatin1String("resources"))
            return s->property("ids").toStringList().value(index);
    return {};
}

/// What the user's overrides change: the lines they price and the difference from the list prices
/// (a line without a list price counts whole: it would be left out of the total).
struct OverrideEffect
{
    int lines = 0;
    double delta = 0;
};

OverrideEffect overrideEffect(const CostEstimate &estimate, const std::map<std::string, double> &listPrices)
{
    OverrideEffect effect;
    for (const LineItem &item : estimate.items) {
        if (!item.overridden)
            continue;
        ++effect.lines;
        const auto list = listPrices.find(item.priceKey);
        effect.delta += item.monthly - (list == listPrices.end() ? 0.0 : item.quantity * list->second);
    }
    return effect;
}

} // namespace

CostDock::CostDock(QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
{
    setObjectName("costDock");
    auto *body = new QWidget;
    // Header beside the charts in the strip under the canvas (wide and short), above them when
    // the dock stands at a side or floats (narrow and tall).
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, body);
    m_layout->setContentsMargins(6, 4, 6, 4);

    m_total = new QLabel;
    m_total->setObjectName("costTotal");
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_total->setFont(big);
    m_meta = new QLabel;
    m_meta->setObjectName("costMeta");
    m_meta->setWordWrap(true);
    m_warning = new QLabel;
    m_warning->setObjectName("costWarning");
    m_converted = new QLabel;
    m_converted->setObjectName("costConverted");
    m_converted->setWordWrap(true);

    m_currency = new QComboBox;
    m_currency->addItem(tr("USD only"), QString());
    for (const char *code : {"KRW", "JPY", "EUR"})
        m_currency->addItem(code, QString(code));
    m_currency->setToolTip(tr("Show the total also in another currency, at a rate you type"));
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, 1e6);
    m_rate->setDecimals(4);
    m_rate->setPrefix(tr("1 USD = "));
    m_rate->setToolTip(tr("Your conversion rate (never fetched; labelled as yours wherever it is used)"));
    m_rate->setVisible(false);
    auto *prices = new QPushButton(tr("Prices…"));
    prices->setObjectName("editPrices");
    prices->setToolTip(tr("See the list prices of this region with their sources and dates, and override any of them"));
    connect(prices, &QPushButton::clicked, this, &CostDock::editPricesRequested);
    auto *conversion = new QHBoxLayout;
    conversion->addWidget(new QLabel(tr("Also in")));
    conversion->addWidget(m_currency);
    conversion->addWidget(m_rate, 1);
    conversion->addWidget(prices);

    m_header = new QWidget;
    m_header->setObjectName("costHeader");
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_total);
    headerLayout->addWidget(m_meta);
    headerLayout->addWidget(m_converted);
    headerLayout->addWidget(m_warning);
    headerLayout->addLayout(conversion);
    headerLayout->addStretch(1);
    m_layout->addWidget(m_header);

    m_services = chartView("serviceChart");
    m_resources = chartView("resourceChart");
    m_curve = chartView("taskCurveChart");
    m_scenarioView = chartView("scenarioChart");
    m_table = new CostItemsTable;
    m_resources->installEventFilter(this);

    m_overview = new QSplitter;
    m_overview->setObjectName("costOverview");
    m_overview->setChildrenCollapsible(false);
    m_overview->addWidget(m_services);
    m_overview->addWidget(m_resources);
    m_overview->setStretchFactor(0, 2);
    m_overview->setStretchFactor(1, 3);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_curve, tr("Scale"));
    m_tabs->addTab(m_scenarioView, tr("Scenarios"));
    m_tabs->addTab(m_table, tr("Line items"));

    auto *empty = new QLabel(tr("No priced resources yet.\nAdd services, load balancers, databases or NAT "
                                "gateways to see the monthly bill."));
    empty->setObjectName("costEmpty");
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);
    m_layout->addWidget(m_stack, 1);
    setWidget(body);
    orient(true);

    connect(this, &QDockWidget::dockLocationChanged, this, [this](Qt::DockWidgetArea area) {
        orient(area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    });
    connect(this, &QDockWidget::topLevelChanged, this, [this](bool floating) {
        if (floating)
            orient(false);
    });
    connect(m_table, &CostItemsTable::resourceActivated, this, &CostDock::resourcePicked);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_rate->setVisible(!currency().isEmpty());
        updateHeader();
        m_table->setItems(m_estimate, currency(), ratePerUsd(), m_listPrices);
        emit conversionChanged(currency(), ratePerUsd());
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] {
        updateHeader();
        m_table->setItems(m_estimate, currency(), ratePerUsd(), m_listPrices);
        emit conversionChanged(currency(), ratePerUsd());
    });
    rebuild();
}

void CostDock::setConversion(const QString &code, double ratePerUsd)
{
    const QSignalBlocker a(m_currency), b(m_rate);
    const int index = m_currency->findData(code);
    m_currency->setCurrentIndex(index < 0 ? 0 : index);
    m_rate->setValue(ratePerUsd);
    m_rate->setVisible(index > 0);
    updateHeader();
    m_table->setItems(m_estimate, currency(), this->ratePerUsd(), m_listPrices);
}

QString CostDock::otherResourcesTip() const
{
    const std::map<Id, double> byResource = m_estimate.byResource();
    std::vector<std::pair<Id, double>> sorted(byResource.begin(), byResource.end());
    std::sort(sorted.begin(), sorted.end(), [](auto &a, auto &b) { return a.second > b.second; });
    QString rows;
    for (std::size_t i = std::size_t(m_resourceLimit - 1); i < sorted.size(); ++i)
        rows += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                    .arg(QString::fromStdString(sorted[i].first).toHtmlEscaped(), usd(sorted[i].second));
    return QStringLiteral("<b>%1</b><table cellspacing=4>%2</table>")
        .arg(otherResourcesLabel(int(sorted.size()) - (m_resourceLimit - 1)), rows);
}

bool CostDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resources && event->type() == QEvent::Resize) {
        // As many bars as stay readable at this height: the title takes about two lines, and each
        // bar with its label about one and a quarter.
        const int line = m_resources->fontMetrics().height();
        const int limit = std::clamp((m_resources->height() - 2 * line - 12) * 4 / (line * 5), 3, 8);
        if (limit != m_resourceLimit) {
            m_resourceLimit = limit;
            QMetaObject::invokeMethod(this, &CostDock::rebuild, Qt::QueuedConnection);
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void CostDock::orient(bool strip)
{
    if (strip != m_strip) {
        m_strip = strip;
        replaceChart(m_scenarioView, scenarioBars(m_scenarios, m_strip));
        connectScenarioHover();
    }
    m_layout->setDirection(strip ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_header->setMaximumWidth(strip ? 380 : QWIDGETSIZE_MAX);
    m_overview->setOrientation(strip ? Qt::Horizontal : Qt::Vertical);
}

void CostDock::setListPrices(const std::map<std::string, double> &listPrices)
{
    m_listPrices = listPrices;
    updateHeader();
    m_table->setItems(m_estimate, currency(), ratePerUsd(), m_listPrices);
}

QString CostDock::currency() const
{
    return m_currency->currentData().toString();
}

double CostDock::ratePerUsd() const
{
    return m_rate->value();
}

void CostDock::setEstimate(const CostEstimate &estimate, const CostScenarios &scenarios)
{
    m_estimate = estimate;
    m_scenarios = scenarios;
    rebuild();
}

void CostDock::showResource(const QString &id)
{
    m_table->filterResource(id);
}

void CostDock::rebuild()
{
    const bool empty = m_estimate.items.empty() && m_estimate.unpriced.empty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    updateHeader();
    replaceChart(m_services, serviceDonut(m_estimate));
    replaceChart(m_resources, resourceBars(m_estimate, m_resourceLimit));
    replaceChart(m_curve, taskCurveChart(m_scenarios.taskCurve));
    replaceChart(m_scenarioView, scenarioBars(m_scenarios, m_strip));
    m_table->setItems(m_estimate, currency(), ratePerUsd(), m_listPrices);
    connectHover();
}

void CostDock::updateHeader()
{
    const QLocale locale(QLocale::English);
    const OverrideEffect effect = overrideEffect(m_estimate, m_listPrices);
    m_total->setText(effect.lines > 0 ? tr("%1 per month ✎").arg(usd(m_estimate.monthlyTotal))
                                      : tr("%1 per month").arg(usd(m_estimate.monthlyTotal)));
    m_total->setToolTip(effect.lines > 0 ? tr("Includes your price overrides: %1 vs the list prices")
                                               .arg((effect.delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                                    + usd(std::abs(effect.delta)))
                                         : QString());
    m_meta->setText(m_estimate.region.empty()
                        ? tr("No estimate yet")
                        : tr("%1 · list prices as of %2 · USD · 730 h/month%3")
                              .arg(QString::fromStdString(m_estimate.region),
                                   QString::fromStdString(m_estimate.pricesAsOf),
                                   effect.lines == 0   ? QString()
                                   : effect.lines == 1 ? tr(" · ✎ 1 line at your price")
                                                       : tr(" · ✎ %1 lines at your prices").arg(effect.lines)));
    const QString code = currency();
    m_converted->setVisible(!code.isEmpty() && ratePerUsd() > 0);
    m_converted->setText(tr("≈ %1 %2 per month at your rate (1 USD = %3 %2; not a market rate)")
                             .arg(locale.toString(m_estimate.monthlyTotal * ratePerUsd(), 'f', code == "EUR" ? 2 : 0),
                                  code, locale.toString(ratePerUsd(), 'g', 8)));
    const auto unpriced = m_estimate.unpriced.size();
    m_warning->setVisible(unpriced > 0);
    m_warning->setText(unpriced == 1 ? tr("⚠ 1 line item has no sourced price (left out)")
                                     : tr("⚠ %1 line items have no sourced price (left out)").arg(unpriced));
    m_warning->setToolTip(tr("%1 line items have no sourced price in this region and are left out of the total (see "
                             "Line items; a price override includes them).").arg(unpriced));
}

void CostDock::connectHover()
{
    if (auto *pie = seriesOf<QPieSeries>(m_services))
        connect(pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
            slice->setExploded(state);
            if (state)
                QToolTip::showText(QCursor::pos(), lineItemsTip(m_estimate, slice->objectName(), true));
        });
    if (auto *bars = seriesOf<QHorizontalBarSeries>(m_resources)) {
        connect(bars, &QHorizontalBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
            if (!state)
                return;
            const QString id = resourceAt(m_resources, index);
            QToolTip::showText(QCursor::pos(), id.isEmpty() ? otherResourcesTip() : lineItemsTip(m_estimate, id, false));
        });
        connect(bars, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
            const QString id = resourceAt(m_resources, index);
            if (id.isEmpty())
                return; // the bar of the resources not shown one by one
            showResource(id);
            emit resourcePicked(id);
        });
    }
    if (auto *line = seriesOf<QLineSeries>(m_curve))
        connect(line, &QLineSeries::hovered, this, [](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("%1 tasks: %2 per month").arg(qRound(p.x())).arg(usd(p.y())));
        });
    connectScenarioHover();
}

QString CostDock::scenarioTip(const ScenarioGroup &group, const Scenario &s)
{
    return tr("<b>%1</b><br>%2 per month, %3 (%4%) vs %5<br>%6")
        .arg(ModelText::text(s.titleText, s.title).toHtmlEscaped(), usd(s.monthly),
             (s.deltaUsd >= 0 ? "+" : "-") + usd(std::abs(s.deltaUsd)))
        .arg(s.deltaPercent, 0, 'f', 1)
        .arg(QString::fromStdString(group.baselineId), ModelText::text(s.noteText, s.note).toHtmlEscaped());
}

void CostDock::connectScenarioHover()
{
    if (auto *bars = seriesOf<QAbstractBarSeries>(m_scenarioView))
        connect(bars, &QAbstractBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
            if (!state)
                return;
            int i = 0;
            for (const ScenarioGroup *g : {&m_scenarios.egress, &m_scenarios.strategies, &m_scenarios.scale})
                for (const Scenario &s : g->options)
                    if (i++ == index)
                        QToolTip::showText(QCursor::pos(), scenarioTip(*g, s));
        });
}

} // namespace Stackyard

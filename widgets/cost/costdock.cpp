#include "costdock.h"

#include "costcharts.h"
#include "costitemstable.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

QChartView *chartView(const char *name)
{
    auto *view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
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

QString categoryAt(QChartView *view, int index)
{
    for (QAbstractAxis *axis : view->chart()->axes(Qt::Vertical))
        if (auto *cat = qobject_cast<QBarCategoryAxis *>(axis))
            return index >= 0 && index < cat->count() ? cat->at(index) : QString();
    return {};
}

} // namespace

CostDock::CostDock(QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
{
    setObjectName("costDock");
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);

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
    m_warning->setWordWrap(true);
    m_converted = new QLabel;
    m_converted->setObjectName("costConverted");

    m_currency = new QComboBox;
    m_currency->addItem(tr("USD only"), QString());
    for (const char *code : {"KRW", "JPY", "EUR"})
        m_currency->addItem(code, QString(code));
    m_rate = new QDoubleSpinBox;
    m_rate->setRange(0, 1e6);
    m_rate->setDecimals(4);
    m_rate->setPrefix(tr("your rate: 1 USD = "));
    m_rate->setEnabled(false);
    auto *conversion = new QHBoxLayout;
    conversion->addWidget(new QLabel(tr("Show also in")));
    conversion->addWidget(m_currency);
    conversion->addWidget(m_rate, 1);

    layout->addWidget(m_total);
    layout->addWidget(m_meta);
    layout->addWidget(m_converted);
    layout->addWidget(m_warning);
    layout->addLayout(conversion);

    m_services = chartView("serviceChart");
    m_resources = chartView("resourceChart");
    m_curve = chartView("taskCurveChart");
    m_scenarioView = chartView("scenarioChart");
    m_table = new CostItemsTable;

    auto *overview = new QSplitter(Qt::Vertical);
    overview->addWidget(m_services);
    overview->addWidget(m_resources);
    m_tabs = new QTabWidget;
    m_tabs->addTab(overview, tr("Overview"));
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
    layout->addWidget(m_stack, 1);
    setWidget(body);

    connect(m_table, &CostItemsTable::resourceActivated, this, &CostDock::resourcePicked);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_rate->setEnabled(!currency().isEmpty());
        updateHeader();
        m_table->setItems(m_estimate, currency(), ratePerUsd());
        emit conversionChanged(currency(), ratePerUsd());
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this] {
        updateHeader();
        m_table->setItems(m_estimate, currency(), ratePerUsd());
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
    m_rate->setEnabled(index > 0);
    updateHeader();
    m_table->setItems(m_estimate, currency(), this->ratePerUsd());
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
    replaceChart(m_resources, resourceBars(m_estimate));
    replaceChart(m_curve, taskCurveChart(m_scenarios.taskCurve));
    replaceChart(m_scenarioView, scenarioBars(m_scenarios));
    m_table->setItems(m_estimate, currency(), ratePerUsd());
    connectHover();
}

void CostDock::updateHeader()
{
    const QLocale locale(QLocale::English);
    m_total->setText(tr("%1 per month").arg(usd(m_estimate.monthlyTotal)));
    m_meta->setText(m_estimate.region.empty()
                        ? tr("No estimate yet")
                        : tr("%1 · list prices as of %2 · USD · 730 h/month%3")
                              .arg(QString::fromStdString(m_estimate.region),
                                   QString::fromStdString(m_estimate.pricesAsOf),
                                   m_estimate.usesOverrides() ? tr(" · * your price overrides") : QString()));
    const QString code = currency();
    m_converted->setVisible(!code.isEmpty() && ratePerUsd() > 0);
    m_converted->setText(tr("≈ %1 %2 per month at your rate (1 USD = %3 %2; not a market rate)")
                             .arg(locale.toString(m_estimate.monthlyTotal * ratePerUsd(), 'f', code == "EUR" ? 2 : 0),
                                  code, locale.toString(ratePerUsd(), 'g', 8)));
    const auto unpriced = m_estimate.unpriced.size();
    m_warning->setVisible(unpriced > 0);
    m_warning->setText(tr("Not priced: %1 line items have no sourced price in this region and are left out "
                          "of the total (see Line items; a price override includes them).").arg(unpriced));
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
            if (state)
                QToolTip::showText(QCursor::pos(), lineItemsTip(m_estimate, categoryAt(m_resources, index), false));
        });
        connect(bars, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
            const QString id = categoryAt(m_resources, index);
            showResource(id);
            emit resourcePicked(id);
        });
    }
    if (auto *line = seriesOf<QLineSeries>(m_curve))
        connect(line, &QLineSeries::hovered, this, [](const QPointF &p, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tr("%1 tasks: %2 per month").arg(qRound(p.x())).arg(usd(p.y())));
        });
    if (auto *bars = seriesOf<QHorizontalBarSeries>(m_scenarioView))
        connect(bars, &QHorizontalBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
            if (!state)
                return;
            int i = 0;
            for (const ScenarioGroup *g : {&m_scenarios.egress, &m_scenarios.strategies, &m_scenarios.scale})
                for (const Scenario &s : g->options)
                    if (i++ == index)
                        QToolTip::showText(QCursor::pos(),
                                           tr("<b>%1</b><br>%2 per month, %3 (%4%) vs %5<br>%6")
                                               .arg(QString::fromStdString(s.title), usd(s.monthly),
                                                    (s.deltaUsd >= 0 ? "+" : "-") + usd(std::abs(s.deltaUsd)))
                                               .arg(s.deltaPercent, 0, 'f', 1)
                                               .arg(QString::fromStdString(g->baselineId),
                                                    QString::fromStdString(s.note).toHtmlEscaped()));
        });
}

} // namespace Stackyard

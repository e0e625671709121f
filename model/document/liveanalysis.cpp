#include "liveanalysis.h"

#include "designdocument.h"
#include "edit.h"

#include "model/core/cost/estimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/rules/fixes.h"
#include "model/core/rules/validate.h"

#include <algorithm>

#include <QTimer>

namespace Stackyard {

LiveAnalysis::LiveAnalysis(DesignDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_scenarioTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &LiveAnalysis::refresh);
    m_scenarioTimer->setSingleShot(true);
    m_scenarioTimer->setInterval(kScenarioDelayMs);
    connect(m_scenarioTimer, &QTimer::timeout, this, &LiveAnalysis::refreshScenarios);
    // Rules and prices never read the layout: moving nodes or bending flows (every mouse move of
    // a drag) needs no new analysis.
    connect(document, &DesignDocument::changed, this, [this](const ChangeSet &changes) {
        const bool layoutOnly = !changes.everything && !changes.header && changes.resources.empty()
                                && changes.securityGroups.empty() && changes.routeTables.empty()
                                && changes.flows.empty();
        if (layoutOnly)
            return;
        m_pending.everything = m_pending.everything || changes.everything || changes.header;
        for (const std::set<Id> *ids : {&changes.resources, &changes.securityGroups, &changes.routeTables, &changes.flows})
            m_pending.objects.insert(ids->begin(), ids->end());
        schedule();
    });
    refresh();
    refreshScenarios();
}

void LiveAnalysis::setPriceOverrides(const std::map<std::string, double> &overrides)
{
    m_priceOverrides = overrides;
    schedule();
}

void LiveAnalysis::schedule()
{
    m_timer->start();
}

const PriceTable *LiveAnalysis::pricesFor(const std::string &region)
{
    if (m_prices && region == m_pricesRequested)
        return &*m_prices;
    m_pricesRequested = region;
    m_pricingProblem.clear();
    m_prices = PriceTable::builtin(region);
    if (!m_prices) {
        const auto regions = PriceTable::builtinRegions();
        m_pricingProblem = tr("No price table for region \"%1\"; showing %2 prices.")
                               .arg(QString::fromStdString(region),
                                    QString::fromStdString(regions.empty() ? std::string() : regions.front()));
        if (!regions.empty())
            m_prices = PriceTable::builtin(regions.front());
    }
    m_region = m_prices ? QString::fromStdString(m_prices->region()) : QString();
    return m_prices ? &*m_prices : nullptr;
}

CostOptions LiveAnalysis::costOptions() const
{
    CostOptions options;
    options.priceOverrides = m_priceOverrides;
    return options;
}

void LiveAnalysis::refresh()
{
    m_timer->stop();
    const Design &design = m_document->design();
    // A new price alone (or a refresh asked for twice) leaves the findings as they are: the
    // findings dock and the canvas's badges need not be rebuilt for it.
    const bool designChanged = m_pending.everything || !m_pending.objects.empty();
    m_validation.update(design, m_pending);
    m_pending = {};
    if (designChanged)
        emit findingsChanged();

    const PriceTable *prices = pricesFor(design.region);
    if (prices) {
        m_estimate = Stackyard::estimate(design, *prices, costOptions());
    } else {
        m_estimate = {};
    }
    emit costChanged();
    m_scenarioTimer->start();
}

FixPreview LiveAnalysis::previewFix(const Finding &finding, const FixInfo &fix)
{
    const auto errors = [](const std::vector<Finding> &findings) {
        return int(std::count_if(findings.begin(), findings.end(),
                                 [](const Finding &f) { return f.severity == Severity::Error; }));
    };
    FixPreview preview;
    preview.after = fix.apply(m_document->design(), finding);
    const std::vector<Finding> after = validate(preview.after);
    const Id subject = finding.subjects.empty() ? Id() : finding.subjects.front();
    preview.resolves = std::none_of(after.begin(), after.end(), [&](const Finding &f) {
        return f.rule == finding.rule && !f.subjects.empty() && f.subjects.front() == subject;
    });
    preview.errorsBefore = errors(m_validation.findings());
    preview.errorsAfter = errors(after);
    if (const PriceTable *prices = pricesFor(m_document->design().region)) {
        preview.monthlyDelta = Stackyard::estimate(preview.after, *prices, costOptions()).monthlyTotal - m_estimate.monthlyTotal;
    }
    return preview;
}

void LiveAnalysis::refreshScenarios()
{
    m_scenarioTimer->stop();
    const PriceTable *prices = pricesFor(m_document->design().region);
    if (prices) {
        m_scenarios = Stackyard::scenarios(m_document->design(), *prices, costOptions());
    } else {
        m_scenarios = {};
    }
    emit scenariosChanged();
}

} // namespace Stackyard

#pragma once

#include "model/core/cost/costestimate.h"
#include "model/core/cost/pricetable.h"
#include "model/core/cost/scenarios.h"
#include "model/core/rules/finding.h"
#include "model/core/rules/incremental.h"

#include <QObject>

#include <map>
#include <optional>
#include <string>

class QTimer;

namespace Stackyard {

class DesignDocument;
struct ChangeSet;
struct FixInfo;

/// What applying a one-click fix would do, worked out without touching the document.
struct FixPreview
{
    Design after;                        ///< the design with the fix applied
    bool resolves = false;               ///< the finding (its rule on its main subject) is gone afterwards
    int errorsBefore = 0;                ///< findings of severity error, before and after
    int errorsAfter = 0;
    std::optional<double> monthlyDelta;  ///< USD per month, after minus before; empty without prices
};

/// Re-checks and re-prices a document after every change. Changes arriving in one turn of the
/// event loop are coalesced into one run of validation and pricing, synchronous so results are
/// never stale when the next event is handled. Validation re-checks only the parts of the design
/// the changes touched (IncrementalValidation). The cost scenarios (re-pricing the design several
/// times over) are slower and run once editing pauses for kScenarioDelayMs.
class LiveAnalysis : public QObject
{
    Q_OBJECT
public:
    explicit LiveAnalysis(DesignDocument *document, QObject *parent = nullptr);

    const std::vector<Finding> &findings() const { return m_validation.findings(); }
    const CostEstimate &estimate() const { return m_estimate; }
    const CostScenarios &scenarios() const { return m_scenarios; }
    /// The region priced: the design's own when a table exists for it, else the first known.
    QString pricedRegion() const { return m_region; }
    /// A message when the design's region has no price table ("" otherwise).
    QString pricingProblem() const { return m_pricingProblem; }

    /// Applies `fix` to a copy of the design, validates and prices the copy (with the same prices
    /// and overrides as the live estimate) and compares it with the current results.
    FixPreview previewFix(const Finding &finding, const FixInfo &fix);

    /// The user's price overrides by price key (kept in settings by the app).
    void setPriceOverrides(const std::map<std::string, double> &overrides);

    static constexpr int kScenarioDelayMs = 400;

public slots:
    /// Runs validation and pricing now (also at construction and on every coalesced change).
    void refresh();
    /// Recomputes the scenarios now.
    void refreshScenarios();

signals:
    void findingsChanged();
    void costChanged();
    void scenariosChanged();

private:
    void schedule();
    /// The price table for `region` (or the first known one), parsed once per region, not per edit.
    const PriceTable *pricesFor(const std::string &region);
    /// The options every pricing here uses: the user's overrides.
    CostOptions costOptions() const;

    DesignDocument *m_document;
    IncrementalValidation m_validation;
    IncrementalValidation::Changes m_pending{{}, true}; ///< what changed since the last refresh(); at first, everything
    QTimer *m_timer;
    QTimer *m_scenarioTimer;
    CostEstimate m_estimate;
    CostScenarios m_scenarios;
    std::map<std::string, double> m_priceOverrides;
    std::optional<PriceTable> m_prices;
    std::string m_pricesRequested; ///< the design region m_prices was chosen for
    QString m_region;
    QString m_pricingProblem;
};

} // namespace Stackyard

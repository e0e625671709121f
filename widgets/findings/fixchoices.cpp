#include "fixchoices.h"

#include "model/core/rules/fixes.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "model/document/placement.h"
#include "widgets/cost/costcharts.h"
#include "widgets/i18n/modeltext.h"

#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Stackyard {

FixChoices::FixChoices(DesignDocument *document, LiveAnalysis *analysis, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_layout(new QVBoxLayout(this))
    , m_timer(new QTimer(this))
{
    setObjectName("fixChoices");
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPreviewDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FixChoices::preview);
    setVisible(false);
}

void FixChoices::setFinding(const Finding *finding)
{
    const std::vector<const FixInfo *> choices = finding ? fixChoices(*finding) : std::vector<const FixInfo *>{};
    // The dock shows the selected finding again after every edit: the same finding keeps its
    // buttons (and the keyboard focus); only the preview is worked out again once edits settle.
    const bool same = finding && m_finding && finding->rule == m_finding->rule && finding->subjects == m_finding->subjects
                      && choices.size() == m_buttons.size()
                      && std::equal(choices.begin(), choices.end(), m_buttons.begin(),
                                    [](const FixInfo *fix, const auto &entry) { return fix == entry.first; });
    if (same) {
        m_finding = *finding;
        m_timer->start();
        return;
    }
    for (auto &[fix, button] : m_buttons)
        delete button;
    m_buttons.clear();
    m_finding.reset();
    m_timer->stop();
    setVisible(!choices.empty());
    if (choices.empty())
        return;
    m_finding = *finding;
    for (const FixInfo *fix : choices) {
        auto *button = new QPushButton(tr("Apply fix: %1").arg(ModelText::fixTitle(fix->title)), this);
        button->setObjectName(QStringLiteral("applyFix:") + QString::fromUtf8(fix->id.data(), qsizetype(fix->id.size())));
        button->setToolTip(tr("Applies the fix as one edit; Undo (Ctrl+Z) takes it back."));
        connect(button, &QPushButton::clicked, this, [this, fix] { apply(*fix); });
        m_layout->addWidget(button, 0, Qt::AlignLeft);
        m_buttons.emplace_back(fix, button);
    }
    m_timer->start();
}

void FixChoices::preview()
{
    if (!m_finding)
        return;
    for (auto &[fix, button] : m_buttons) {
        const FixPreview p = m_analysis->previewFix(*m_finding, *fix);
        QString cost;
        if (p.monthlyDelta) {
            const double delta = *p.monthlyDelta;
            cost = tr("%1/mo").arg((delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + usd(std::abs(delta)));
        }
        const QString title = ModelText::fixTitle(fix->title);
        button->setText(p.resolves ? (cost.isEmpty() ? tr("Apply fix: %1").arg(title) : tr("Apply fix: %1 (%2)").arg(title, cost))
                                   : tr("Apply fix: %1 (%2; does not resolve this finding)").arg(title, cost.isEmpty() ? tr("no price") : cost));
        QString tip = p.resolves ? tr("Resolves this finding.") : tr("Does not resolve this finding on its own.");
        tip += QLatin1Char(' ') + tr("Errors in the design: %1 before, %2 after.").arg(p.errorsBefore).arg(p.errorsAfter);
        if (p.monthlyDelta)
            tip += QLatin1Char(' ') + tr("Monthly cost: %1 at the prices in use (%2).").arg(cost, m_analysis->pricedRegion());
        tip += QLatin1Char('\n') + tr("Applies the fix as one edit; Undo (Ctrl+Z) takes it back.");
        button->setToolTip(tip);
    }
}

void FixChoices::apply(const FixInfo &fix)
{
    if (!m_finding)
        return;
    // Applied to the design as it is now, not to the preview's copy, which may predate an edit.
    DesignFile after{fix.apply(m_document->design(), *m_finding), m_document->layout()};
    placeNewNodes(after);
    m_document->replaceAll(after, ModelText::fixTitle(fix.title));
}

} // namespace Stackyard

#include "presentation.h"

#include "presentationpanels.h"

#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/findingmarks.h"
#include "widgets/i18n/modeltext.h"

#include "model/core/rules/validate.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"

#include <QHash>
#include <QLocale>

#include <set>
#include <tuple>

// The steps of a presentation: findings, request paths, what-ifs and the status tag.
namespace Stackyard {

namespace {

using Overlay = DesignScene::Overlay;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QColor severityAccent(Severity s)
{
    return s == Severity::Error ? Canvas::kErrorColor : s == Severity::Warning ? Canvas::kWarningColor : Canvas::kInfoColor;
}

QString ruleTitle(const Finding &f)
{
    const Rule *rule = findRule(f.rule);
    return rule ? ModelText::ruleTitle(rule->info().title) : q(f.rule);
}

QString dollars(double usd)
{
    return QStringLiteral("$") + QLocale(QLocale::English).toString(usd, 'f', 2);
}

auto findingKey(const Finding &f)
{
    return std::tie(f.rule, f.subjects, f.message);
}

} // namespace

void Presentation::nextFinding()
{
    if (!m_analysis)
        return;
    const int n = int(m_analysis->findings().size());
    showFinding(n == 0 ? 0 : (m_finding + 1) % n);
}

void Presentation::previousFinding()
{
    if (!m_analysis)
        return;
    const int n = int(m_analysis->findings().size());
    showFinding(n == 0 ? 0 : (m_finding <= 0 ? n - 1 : m_finding - 1));
}

void Presentation::showFinding(int index)
{
    m_path = -1;
    const std::vector<Finding> &findings = m_analysis->findings();
    if (findings.empty()) {
        m_finding = -1;
        scene()->setSpotlight({});
        frame(designBounds(), 1.0);
        m_caption->setContent(tr("Findings"), tr("No findings"),
                              tr("The design passes every check: every path it needs is open and it follows the "
                                 "practices Stackyard checks."),
                              {}, QColor(0x1D, 0x8A, 0x3C));
        m_caption->show();
        layoutPanels();
        return;
    }
    m_finding = index;
    const Finding &f = findings[std::size_t(index)];
    const Design &design = scene()->document()->design();
    const QStringList ids = Canvas::drawnSubjects(design, f, scene()->drawnTest());
    QSet<QString> lit(ids.begin(), ids.end());
    for (const auto &[id, flow] : design.flows) // the flows between the subjects tell the story too
        if (lit.contains(q(flow.from)) && lit.contains(q(flow.to)))
            lit.insert(q(id));
    scene()->setSpotlight(lit);
    QStringList kicker{tr("Finding %1 of %2").arg(index + 1).arg(findings.size()), ModelText::severityLabel(f.severity),
                       ModelText::pillarTitle(f.pillar)};
    if (!f.practice.empty())
        kicker << q(f.practice);
    m_caption->setContent(kicker.join(QStringLiteral("  ·  ")), ruleTitle(f), ModelText::findingMessage(f),
                          f.fixHint.empty() ? QString() : tr("How to fix: %1").arg(ModelText::findingFixHint(f)),
                          severityAccent(f.severity));
    m_caption->show();
    layoutPanels();
    frame(ids.isEmpty() ? designBounds() : boundsOf(ids), 1.4);
    updateStatus();
}

void Presentation::nextPath()
{
    if (m_path < 0 || m_paths.isEmpty())
        m_paths = requestPaths(scene()->document()->design(), scene()->drawnIds());
    if (m_paths.isEmpty()) {
        m_caption->setContent(tr("Request paths"), tr("No request path"),
                              tr("The design has no internet-facing load balancer and no service pulling images."), {},
                              QColor(0x54, 0x5B, 0x64));
        m_caption->show();
        layoutPanels();
        return;
    }
    if (m_path + 1 >= m_paths.size()) {
        showOverview();
        return;
    }
    showPath(m_path + 1);
}

void Presentation::showPath(int index)
{
    m_finding = -1;
    m_path = index;
    const RequestPath &path = m_paths[index];
    scene()->setSpotlight(QSet<QString>(path.ids.begin(), path.ids.end()));
    // Five lines at most, every blocked hop among them: the one that stops the request matters.
    int passing = 5;
    for (const QString &step : path.steps)
        passing -= step.startsWith(QStringLiteral("✗")) ? 1 : 0;
    QStringList steps;
    for (const QString &step : path.steps)
        if (step.startsWith(QStringLiteral("✗")) || passing-- > 0)
            steps << step;
    if (path.steps.size() > steps.size())
        steps << tr("… and %n more passing step(s)", nullptr, int(path.steps.size() - steps.size()));
    m_caption->setContent(tr("Request path %1 of %2  ·  %3").arg(index + 1).arg(m_paths.size())
                              .arg(path.ok ? tr("every hop passes") : tr("blocked")),
                          path.title, steps.join(QLatin1Char('\n')), {},
                          path.ok ? QColor(0x1D, 0x8A, 0x3C) : Canvas::kErrorColor);
    m_caption->show();
    layoutPanels();
    frame(boundsOf(path.ids), 1.2, true);
    updateStatus();
}

void Presentation::toggleWhatIf(WhatIf::Toggle toggle)
{
    if (!m_analysis)
        return;
    m_analysis->refresh();
    const std::vector<Finding> before = m_analysis->findings();
    const double costBefore = m_analysis->estimate().monthlyTotal;
    const bool on = !m_whatIf->isOn(toggle);
    const QStringList removed = m_whatIf->set(toggle, on);
    m_analysis->refresh();
    m_paths.clear();
    m_finding = -1;
    m_path = -1;
    if (on && removed.isEmpty()) {
        scene()->setSpotlight({});
        m_caption->setContent(tr("What if"), WhatIf::title(toggle), tr("The design has none to remove."), {},
                              QColor(0x54, 0x5B, 0x64));
        m_caption->show();
        layoutPanels();
        updateStatus();
        return;
    }
    const std::vector<Finding> &after = m_analysis->findings();
    std::set<std::tuple<const std::string &, const std::vector<Id> &, const std::string &>> old;
    for (const Finding &f : before)
        old.insert(findingKey(f));
    // New findings grouped by rule: "• Tasks can pull their images — app (2)".
    QStringList order;
    QHash<QString, QStringList> whoByRule;
    QSet<QString> spotlight;
    int errors = 0;
    int added = 0;
    const Design &design = scene()->document()->design();
    const Canvas::IsDrawn isDrawn = scene()->drawnTest();
    for (const Finding &f : after) {
        if (old.count(findingKey(f)))
            continue;
        errors += f.severity == Severity::Error ? 1 : 0;
        ++added;
        const QString rule = ruleTitle(f);
        if (!whoByRule.contains(rule))
            order << rule;
        const Resource *main = f.subjects.empty() ? nullptr : design.resource(f.subjects.front());
        whoByRule[rule] << (main ? q(main->name.empty() ? main->id : main->name) : q(f.rule));
        for (const QString &id : Canvas::drawnSubjects(design, f, isDrawn))
            spotlight.insert(id);
    }
    QStringList broken;
    for (const QString &rule : std::as_const(order)) {
        const QStringList who = whoByRule.value(rule);
        QStringList names = who;
        names.removeDuplicates();
        broken << QStringLiteral("• %1 — %2%3").arg(rule, names.join(QStringLiteral(", ")),
                                                   who.size() > 1 ? QStringLiteral(" (%1)").arg(who.size()) : QString());
    }
    if (broken.size() > 4) {
        const int more = int(broken.size()) - 3;
        broken = broken.mid(0, 3);
        broken << tr("… and %n more rule(s)", nullptr, more);
    }
    const double costAfter = m_analysis->estimate().monthlyTotal;
    const double saved = costBefore - costAfter;
    QString body;
    if (broken.isEmpty())
        body = on ? tr("Nothing breaks: no new finding.") : tr("Restored as designed.");
    else
        body = (errors > 0 ? tr("Breaks: %n new error(s)", nullptr, errors) : tr("%n new finding(s)", nullptr, added))
               + QLatin1Char('\n') + broken.join(QLatin1Char('\n'));
    const QString money = saved >= 0 ? tr("Saves %1 a month: %2 → %3").arg(dollars(saved), dollars(costBefore), dollars(costAfter))
                                     : tr("Costs %1 more a month: %2 → %3").arg(dollars(-saved), dollars(costBefore), dollars(costAfter));
    const QString title = on ? tr("What if: %1 (%2)").arg(WhatIf::title(toggle), removed.join(QStringLiteral(", ")))
                             : tr("Back: %1 undone").arg(WhatIf::title(toggle));
    m_caption->setContent(tr("What if  ·  undone when you leave"), title, body, money,
                          errors > 0 ? Canvas::kErrorColor : QColor(0x1D, 0x8A, 0x3C));
    m_caption->show();
    scene()->setSpotlight(spotlight);
    layoutPanels();
    frame(designBounds(), 1.0, true);
    updateStatus();
}

void Presentation::updateStatus()
{
    QStringList lines;
    if (m_whatIf->isOn(WhatIf::Toggle::NoNatGateways))
        lines << tr("What if: no NAT gateways");
    if (m_whatIf->isOn(WhatIf::Toggle::NoInterfaceEndpoints))
        lines << tr("What if: no interface endpoints");
    if (scene()->isOverlayOn(Overlay::Cost) && m_analysis) {
        const CostEstimate &e = m_analysis->estimate();
        lines << tr("Cost heat map: %1 a month in %2 (prices as of %3)")
                     .arg(dollars(e.monthlyTotal), q(e.region), q(e.pricesAsOf));
    }
    m_status->setLines(lines);
    m_status->raise();
    layoutPanels();
}

} // namespace Stackyard

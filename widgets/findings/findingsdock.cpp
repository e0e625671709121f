#include "findingsdock.h"

#include "model/core/io/designio.h"
#include "model/core/rules/fixes.h"
#include "model/core/rules/validate.h"
#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"
#include "widgets/findings/fixchoices.h"
#include "widgets/i18n/modeltext.h"
#include "widgets/i18n/rulepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1;
const Pillar kPillars[] = {Pillar::Sec, Pillar::Rel, Pillar::Ops, Pillar::Perf, Pillar::Cost, Pillar::Sus};

QIcon severityIcon(const QStyle *style, Severity s)
{
    switch (s) {
    case Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QStringList subjectList(const Finding &f)
{
    QStringList ids;
    for (const Id &id : f.subjects)
        ids << QString::fromStdString(id);
    return ids;
}

} // namespace

FindingsDock::FindingsDock(DesignDocument *document, LiveAnalysis *analysis, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_document(document)
    , m_analysis(analysis)
    , m_summary(new QLabel)
    , m_severityFilter(new QComboBox)
    , m_pillarFilter(new QComboBox)
    , m_tree(new QTreeWidget)
    , m_details(new QTextBrowser)
    , m_fixChoices(new FixChoices(document, analysis))
{
    setObjectName("FindingsDock");
    m_severityFilter->setObjectName("severityFilter");
    m_severityFilter->setToolTip(tr("Show findings of at least this severity"));
    m_severityFilter->addItem(tr("All severities"), 2);
    m_severityFilter->addItem(tr("Errors and warnings"), 1);
    m_severityFilter->addItem(tr("Errors only"), 0);
    m_pillarFilter->setObjectName("pillarFilter");
    m_pillarFilter->setToolTip(tr("Show the findings of one Well-Architected pillar"));
    m_pillarFilter->addItem(tr("All pillars"), -1);
    for (Pillar p : kPillars)
        m_pillarFilter->addItem(ModelText::pillarTitle(p), int(p));

    m_tree->setObjectName("findingsTree");
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Finding"), tr("Practice")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_details->setObjectName("findingDetails");
    m_tree->setMinimumHeight(60);
    m_details->setMinimumHeight(40);
    m_details->setOpenExternalLinks(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severityFilter, 1);
    filters->addWidget(m_pillarFilter, 1);
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_fixChoices);
    // In the strip under the canvas (wide, short) the explanation stands beside the list; docked
    // at a side or floating (narrow, tall) it goes under it.
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName("findingsSplit");
    split->addWidget(m_tree);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    const auto orient = [split](bool strip) { split->setOrientation(strip ? Qt::Horizontal : Qt::Vertical); };
    connect(this, &QDockWidget::dockLocationChanged, split, [orient](Qt::DockWidgetArea area) {
        orient(area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    });
    connect(this, &QDockWidget::topLevelChanged, split, [orient](bool floating) {
        if (floating)
            orient(false);
    });
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(analysis, &LiveAnalysis::findingsChanged, this, &FindingsDock::rebuild);
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, &FindingsDock::rebuild);
    connect(m_pillarFilter, &QComboBox::currentIndexChanged, this, &FindingsDock::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showFinding(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Finding *f = currentFinding(); f && item == m_tree->currentItem())
            emit subjectsActivated(subjectList(*f));
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const Finding *f = currentFinding(); f && item == m_tree->currentItem())
            emit subjectsActivated(subjectList(*f));
    });
    rebuild();
}

int FindingsDock::pillarScore(const std::vector<Finding> &findings, Pillar pillar)
{
    int score = 100;
    for (const Finding &f : findings)
        if (f.pillar == pillar)
            score -= f.severity == Severity::Error ? 25 : f.severity == Severity::Warning ? 10 : 2;
    return std::max(score, 0);
}

void FindingsDock::rebuild()
{
    const auto &findings = m_analysis->findings();
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    m_summary->setText(findings.empty()
                           ? tr("No findings: every check passes.")
                           : tr("<b>%1</b> errors · <b>%2</b> warnings · <b>%3</b> info")
                                 .arg(counts[0]).arg(counts[1]).arg(counts[2]));

    const int maxSeverity = m_severityFilter->currentData().toInt();
    const int pillarFilter = m_pillarFilter->currentData().toInt();
    const QString previous = m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_tree->clear();
    QTreeWidgetItem *restore = nullptr;
    for (Pillar p : kPillars) {
        if (pillarFilter >= 0 && pillarFilter != int(p))
            continue;
        auto *group = new QTreeWidgetItem(m_tree);
        int shown = 0;
        for (std::size_t i = 0; i < findings.size(); ++i) {
            const Finding &f = findings[i];
            if (f.pillar != p || int(f.severity) > maxSeverity)
                continue;
            auto *item = new QTreeWidgetItem(group);
            item->setIcon(0, severityIcon(style(), f.severity));
            item->setText(0, ModelText::findingMessage(f));
            item->setText(1, QString::fromStdString(f.practice));
            item->setToolTip(0, QStringLiteral("%1 · %2\n%3").arg(ModelText::severityLabel(f.severity), QString::fromStdString(f.rule),
                                                                  ModelText::findingFixHint(f)));
            item->setData(0, kFindingRole, qulonglong(i));
            const QString key = QString::fromStdString(f.rule + '|' + f.message);
            item->setData(0, Qt::UserRole, key);
            if (key == previous)
                restore = item;
            ++shown;
        }
        const int score = pillarScore(findings, p);
        group->setText(0, tr("%1 — %n finding(s)", nullptr, shown).arg(ModelText::pillarTitle(p)));
        group->setText(1, tr("score %1").arg(score));
        group->setToolTip(1, tr("100 minus 25 per error, 10 per warning and 2 per info"));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setExpanded(shown > 0);
        group->setFlags(Qt::ItemIsEnabled);
    }
    if (restore)
        m_tree->setCurrentItem(restore);
    showFinding(m_tree->currentItem());
}

const Finding *FindingsDock::currentFinding() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kFindingRole).isValid())
        return nullptr;
    const auto index = std::size_t(item->data(0, kFindingRole).toULongLong());
    const auto &findings = m_analysis->findings();
    return index < findings.size() ? &findings[index] : nullptr;
}

void FindingsDock::showFinding(QTreeWidgetItem *)
{
    const Finding *f = currentFinding();
    m_fixChoices->setFinding(f);
    if (!f) {
        m_details->setHtml(m_analysis->findings().empty()
                               ? tr("<p>Stackyard checks reachability, security groups, deploy-time errors and the "
                                    "container practices on every edit. Nothing to report.</p>")
                               : tr("<p>Select a finding to see why it matters and how to fix it.</p>"));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> · %2 · <code>%3</code>%4</p><p>%5</p>")
                       .arg(ModelText::severityLabel(f->severity), ModelText::pillarTitle(f->pillar), QString::fromStdString(f->rule),
                            f->practice.empty() ? QString() : QStringLiteral(" · ") + QString::fromStdString(f->practice),
                            ModelText::findingMessage(*f).toHtmlEscaped());
    if (!f->fixHint.empty())
        html += tr("<p><b>Fix:</b> %1</p>").arg(ModelText::findingFixHint(*f).toHtmlEscaped());
    m_details->setHtml(html);
    if (const Rule *rule = findRule(f->rule))
        if (auto page = RulePage::page(rule->info()); page) {
            QTextDocument doc;
            doc.setMarkdown(QString::fromUtf8(page->data(), qsizetype(page->size())));
            m_details->append(QStringLiteral("<hr/>") + doc.toHtml());
            m_details->moveCursor(QTextCursor::Start); // append() scrolled to the page's end
        }
}

} // namespace Stackyard

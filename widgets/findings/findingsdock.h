#pragma once

#include "model/core/rules/finding.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Stackyard {

class DesignDocument;
class FixChoices;
class LiveAnalysis;

/// The findings of the live validation, grouped by pillar with counts and a score per pillar;
/// filters by severity and pillar; the selected finding explained (practice, fix, rule page) with
/// its one-click fixes (FixChoices), each applied as one undoable edit.
class FindingsDock : public QDockWidget
{
    Q_OBJECT
public:
    FindingsDock(DesignDocument *document, LiveAnalysis *analysis, QWidget *parent = nullptr);

    /// Score of a pillar: 100 minus 25 per error, 10 per warning and 2 per info, at least 0.
    static int pillarScore(const std::vector<Finding> &findings, Pillar pillar);

signals:
    /// The user picked a finding: select and centre these design ids.
    void subjectsActivated(const QStringList &ids);

private:
    void rebuild();
    void showFinding(QTreeWidgetItem *item);
    const Finding *currentFinding() const;

    DesignDocument *m_document;
    LiveAnalysis *m_analysis;
    QLabel *m_summary;
    QComboBox *m_severityFilter;
    QComboBox *m_pillarFilter;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    FixChoices *m_fixChoices;
};

} // namespace Stackyard

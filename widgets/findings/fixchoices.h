#pragma once

#include "model/core/rules/finding.h"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Stackyard {

class DesignDocument;
class LiveAnalysis;
struct FixInfo;

/// The one-click fixes of the selected finding, one button each (fixChoices(): e.g. a NAT gateway
/// per zone or VPC endpoints for a task that cannot pull its image), each saying what it would do:
/// whether it resolves the finding and how it changes the monthly cost (issue 5, SEC-15). The
/// preview validates and prices a copy of the design, so it runs once selection and edits have
/// settled for kPreviewDelayMs. A click applies the fix as one undoable edit.
class FixChoices : public QWidget
{
    Q_OBJECT
public:
    FixChoices(DesignDocument *document, LiveAnalysis *analysis, QWidget *parent = nullptr);

    /// Shows the choices for `finding` (a copy is kept); null hides them.
    void setFinding(const Finding *finding);

    static constexpr int kPreviewDelayMs = 300;

private:
    void preview();
    void apply(const FixInfo &fix);

    DesignDocument *m_document;
    LiveAnalysis *m_analysis;
    QVBoxLayout *m_layout;
    QTimer *m_timer;
    std::optional<Finding> m_finding;
    std::vector<std::pair<const FixInfo *, QPushButton *>> m_buttons;
};

} // namespace Stackyard

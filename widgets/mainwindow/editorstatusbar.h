#pragma once

#include <QStatusBar>

class QLabel;

namespace Stackyard {

/// The status bar: hints on the left (refused drops, what was saved), the selection count and
/// the zoom on the right.
class EditorStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit EditorStatusBar(QWidget *parent = nullptr);

public slots:
    void setSelectionCount(int count);
    void setZoom(double factor);
    void hint(const QString &text);

private:
    QLabel *m_selection;
    QLabel *m_zoom;
};

} // namespace Stackyard

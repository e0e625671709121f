#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Stackyard {

class DesignDocument;
class LiveAnalysis;

/// File ▸ Export: one entry per exporter of the registry (exporters/registry.h). Asks where to
/// write, runs the exporter on the design, writes every file atomically and reports what the
/// exporter said (its diagnostics) in a message box.
class ExportController : public QObject
{
    Q_OBJECT
public:
    /// `analysis` supplies the design's current findings (the dialog shows its errors first).
    ExportController(const DesignDocument *document, const LiveAnalysis *analysis, QWidget *window);

    /// Adds the exporters' entries to `menu`.
    void fill(QMenu *menu);

signals:
    void message(const QString &text);

private:
    void run(int index);

    const DesignDocument *m_document;
    const LiveAnalysis *m_analysis;
    QWidget *m_window;
};

} // namespace Stackyard

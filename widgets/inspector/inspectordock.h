#pragma once

#include "model/document/edit.h"

#include <QDockWidget>
#include <QStringList>

class QScrollArea;

namespace Stackyard {

class DesignDocument;
class InspectorPanel;

/// The inspector: typed editors for the selection. One resource shows its ResourcePanel, one flow
/// its FlowPanel, nothing selected the DesignPanel, several items a short summary. It follows the
/// document's changed() signal, refreshing the values in place (or rebuilding the page when its
/// object went away), so undo, redo and canvas edits show at once.
class InspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit InspectorDock(DesignDocument *document, QWidget *parent = nullptr);

    QStringList selection() const { return m_selection; }

public slots:
    void setSelection(const QStringList &ids);

private:
    void onChanged(const ChangeSet &changes);
    void rebuild();

    DesignDocument *m_document;
    QStringList m_selection;
    QScrollArea *m_scroll;
    InspectorPanel *m_panel = nullptr;
};

} // namespace Stackyard

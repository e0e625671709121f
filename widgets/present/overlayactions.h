#pragma once

#include "widgets/canvas/designscene.h"

#include <QObject>

class QAction;
class QMenu;

namespace Stackyard {

/// One checkable action per canvas overlay (View ▸ Overlays), kept in step with the scene
/// both ways: toggling the action sets the overlay, and an overlay changed elsewhere (by
/// presentation mode) updates the check mark.
class OverlayActions : public QObject
{
    Q_OBJECT
public:
    OverlayActions(DesignScene *scene, QObject *parent = nullptr);

    QAction *action(DesignScene::Overlay overlay) const { return m_actions.value(int(overlay)); }
    QList<QAction *> actions() const { return m_actions; }
    /// Adds an "Overlays" submenu with every action to `menu`.
    QMenu *addTo(QMenu *menu);

private:
    QList<QAction *> m_actions;
};

} // namespace Stackyard

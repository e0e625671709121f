#pragma once

#include <QDialog>

class QAction;

namespace Stackyard {

/// Help ▸ Keyboard Shortcuts: every action with its shortcuts, plus the canvas gestures.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace Stackyard

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;

namespace Stackyard {

/// Every action of the main window, each with a title, tooltip, icon and the customary shortcut,
/// and the menus and toolbar built from them. The window connects the triggers; this class only
/// describes them, so the window stays wiring.
class MainActions : public QObject
{
    Q_OBJECT
public:
    MainActions(QMainWindow *window, QUndoStack *undoStack);

    // File
    QAction *newDesign, *open, *save, *saveAs, *importTemplate, *quit;
    QMenu *recentMenu;
    QMenu *exportMenu; ///< filled by ExportController
    // Edit
    QAction *undo, *redo, *cut, *copy, *paste, *duplicate, *remove, *selectAll, *find, *rename;
    // View
    QAction *zoomIn, *zoomOut, *zoomFit, *zoomReset, *grid, *snap, *fullScreen;
    QAction *present; ///< F5: presentation mode (widgets/present)
    // Arrange
    QAction *alignLeft, *alignCenter, *alignRight, *alignTop, *alignMiddle, *alignBottom;
    QAction *distributeH, *distributeV, *arrange;
    // Help
    QAction *shortcuts, *about;

    QMenu *fileMenu, *editMenu, *viewMenu, *arrangeMenu, *helpMenu;
    /// View ▸ Panels: the window adds its docks' toggle actions here.
    QMenu *panelsMenu;
    QToolBar *toolBar;

    /// Every action that has a shortcut, for the Keyboard shortcuts dialog.
    QList<QAction *> all() const;

private:
    QAction *make(const QString &text, const QString &tip, const QString &icon, const QList<QKeySequence> &keys = {});
    void buildMenus(QMainWindow *window);

    QMainWindow *m_window;
};

} // namespace Stackyard

#include "mainactions.h"

#include "widgets/palette/kindicon.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace Stackyard {

MainActions::MainActions(QMainWindow *window, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
{
    using K = QKeySequence;
    newDesign = make(tr("&New…"), tr("Start a new design, blank or from a sample"), "new", {K::New});
    open = make(tr("&Open…"), tr("Open a design or a CloudFormation template"), "open", {K::Open});
    save = make(tr("&Save"), tr("Save the design"), "save", {K::Save});
    saveAs = make(tr("Save &As…"), tr("Save the design under a new name"), QString(), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    saveAs->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    importTemplate = make(tr("&Import CloudFormation…"), tr("Open a CloudFormation template as a new, laid-out design"), "import");
    quit = make(tr("&Quit"), tr("Quit Stackyard"), QString(), {K(Qt::CTRL | Qt::Key_Q)});
    quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({K::Undo});
    undo->setIcon(actionIcon(QStringLiteral("undo"), QStringLiteral("edit-undo")));
    undo->setToolTip(tr("Undo the last edit (Ctrl+Z)"));
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({K(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), K(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(actionIcon(QStringLiteral("redo"), QStringLiteral("edit-redo")));
    redo->setToolTip(tr("Redo the edit just undone (Ctrl+Shift+Z)"));
    cut = make(tr("Cu&t"), tr("Cut the selection to the clipboard"), QString(), {K::Cut});
    cut->setIcon(QIcon::fromTheme(QStringLiteral("edit-cut")));
    copy = make(tr("&Copy"), tr("Copy the selection (with the flows between its items)"), QString(), {K::Copy});
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    paste = make(tr("&Paste"), tr("Paste with new ids"), QString(), {K::Paste});
    paste->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    duplicate = make(tr("D&uplicate"), tr("Duplicate the selection next to it"), QString(), {K(Qt::CTRL | Qt::Key_D)});
    remove = make(tr("&Delete"), tr("Delete the selection and what depends on it"), "delete", {K::Delete});
    selectAll = make(tr("Select &All"), tr("Select every item on the canvas"), QString(), {K::SelectAll});
    find = make(tr("&Find…"), tr("Find a resource by name, id or kind"), "find", {K::Find});
    rename = make(tr("&Rename"), tr("Rename the selected resource in place"), QString(), {K(Qt::Key_F2)});

    zoomIn = make(tr("Zoom &In"), tr("Zoom in"), "zoom-in", {K::ZoomIn, K(Qt::CTRL | Qt::Key_Equal)});
    zoomOut = make(tr("Zoom &Out"), tr("Zoom out"), "zoom-out", {K::ZoomOut});
    zoomFit = make(tr("&Fit to Window"), tr("Show the whole design"), "zoom-fit", {K(Qt::CTRL | Qt::Key_0)});
    zoomReset = make(tr("Actual &Size (100 %)"), tr("Zoom to 100 %"), "zoom-100", {K(Qt::CTRL | Qt::Key_1)});
    grid = make(tr("Show &Grid"), tr("Show or hide the background grid"), "grid", {K(Qt::CTRL | Qt::Key_Apostrophe)});
    grid->setCheckable(true);
    snap = make(tr("S&nap to Grid"), tr("Snap moved and resized items to the grid"), QString(), {K(Qt::CTRL | Qt::SHIFT | Qt::Key_Apostrophe)});
    snap->setCheckable(true);
    fullScreen = make(tr("F&ull Screen"), tr("Fill the screen with the window (for a shared screen)"), QString(), {K::FullScreen, K(Qt::Key_F11)});
    fullScreen->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    fullScreen->setCheckable(true);
    present = make(tr("&Present"), tr("Present the design full screen: findings, request paths, what-ifs (Esc leaves)"),
                   QString(), {K(Qt::Key_F5)});
    present->setIcon(QIcon::fromTheme(QStringLiteral("x-office-presentation")));

    alignLeft = make(tr("Align &Left"), tr("Align the selected items' left edges"), "align-left");
    alignCenter = make(tr("Align &Centre"), tr("Align the selected items' vertical centres"), "align-center");
    alignRight = make(tr("Align &Right"), tr("Align the selected items' right edges"), "align-right");
    alignTop = make(tr("Align &Top"), tr("Align the selected items' top edges"), "align-top");
    alignMiddle = make(tr("Align &Middle"), tr("Align the selected items' horizontal middles"), "align-middle");
    alignBottom = make(tr("Align &Bottom"), tr("Align the selected items' bottom edges"), "align-bottom");
    distributeH = make(tr("Distribute &Horizontally"), tr("Space the selected items evenly from left to right"), "distribute-h");
    distributeV = make(tr("Distribute &Vertically"), tr("Space the selected items evenly from top to bottom"), "distribute-v");
    arrange = make(tr("Arrange &VPC"), tr("Lay the VPC out as Availability Zone columns and tier rows"), "arrange", {K(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});

    shortcuts = make(tr("&Keyboard Shortcuts"), tr("List every keyboard shortcut"), QString(), {K(Qt::CTRL | Qt::Key_Slash)});
    shortcuts->setIcon(QIcon::fromTheme(QStringLiteral("help-keybord-shortcuts")));
    about = make(tr("&About Stackyard"), tr("Version and licence"), QString());
    about->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    about->setMenuRole(QAction::AboutRole);

    buildMenus(window);
}

QAction *MainActions::make(const QString &text, const QString &tip, const QString &icon, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty())
        action->setIcon(actionIcon(icon));
    action->setShortcuts(keys);
    const QString key = keys.isEmpty() ? QString() : keys.first().toString(QKeySequence::NativeText);
    action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key));
    action->setStatusTip(tip);
    m_window->addAction(action); // shortcuts work in full screen, with the menu bar hidden too
    return action;
}

void MainActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    fileMenu->addActions({newDesign, open});
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    fileMenu->addActions({save, saveAs});
    fileMenu->addSeparator();
    fileMenu->addAction(importTemplate);
    exportMenu = fileMenu->addMenu(actionIcon(QStringLiteral("export")), tr("&Export"));
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(tr("&Edit"));
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addActions({cut, copy, paste, duplicate, remove});
    editMenu->addSeparator();
    editMenu->addActions({selectAll, find, rename});

    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addActions({zoomIn, zoomOut, zoomFit, zoomReset});
    viewMenu->addSeparator();
    viewMenu->addActions({grid, snap});
    viewMenu->addSeparator();
    panelsMenu = viewMenu->addMenu(tr("&Panels"));
    viewMenu->addAction(fullScreen);
    viewMenu->addAction(present);

    arrangeMenu = bar->addMenu(tr("&Arrange"));
    arrangeMenu->addActions({alignLeft, alignCenter, alignRight});
    arrangeMenu->addSeparator();
    arrangeMenu->addActions({alignTop, alignMiddle, alignBottom});
    arrangeMenu->addSeparator();
    arrangeMenu->addActions({distributeH, distributeV});
    arrangeMenu->addSeparator();
    arrangeMenu->addAction(arrange);

    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->addActions({shortcuts, about});

    toolBar = window->addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addActions({newDesign, open, save});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo, remove});
    toolBar->addSeparator();
    toolBar->addActions({zoomIn, zoomOut, zoomFit, zoomReset, grid});
    toolBar->addSeparator();
    toolBar->addActions({alignLeft, alignCenter, alignRight, alignTop, alignMiddle, alignBottom, distributeH, distributeV, arrange});
    toolBar->addSeparator();
    toolBar->addAction(find);
}

QList<QAction *> MainActions::all() const
{
    QList<QAction *> list;
    for (QMenu *menu : {fileMenu, editMenu, viewMenu, arrangeMenu, helpMenu})
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && !a->menu())
                list << a;
    return list;
}

} // namespace Stackyard

#include "mainwindow.h"

#include "editorstatusbar.h"
#include "exportcontroller.h"
#include "filecontroller.h"
#include "fitkeeper.h"
#include "mainactions.h"
#include "recentfiles.h"
#include "shortcutsdialog.h"

#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/cost/costdock.h"
#include "priceoverrides.h"
#include "widgets/docks/finddock.h"
#include "widgets/findings/findingsdock.h"
#include "widgets/docks/overviewdock.h"
#include "widgets/docks/undodock.h"
#include "widgets/inspector/inspectordock.h"
#include "widgets/review/diagramexport.h"
#include "widgets/review/reviewreport.h"
#include "widgets/palette/palettewidget.h"
#include "widgets/palette/placer.h"
#include "widgets/present/overlayactions.h"
#include "widgets/present/presentation.h"

#include "model/document/designdocument.h"
#include "model/document/liveanalysis.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QLayout>
#include <QTimer>

namespace Stackyard {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DesignDocument(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_actions(new MainActions(this, m_document->undoStack()))
    , m_recent(new RecentFiles(this))
    , m_files(new FileController(m_document, this, m_recent))
    , m_status(new EditorStatusBar(this))
    , m_fit(new FitKeeper(m_view))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vpc.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    m_view->setObjectName(QStringLiteral("designView"));
    setCentralWidget(m_view);
    setStatusBar(m_status);
    m_recent->attach(m_actions->recentMenu);
    addReviewActions();
    createDocks();
    auto *exports = new ExportController(m_document, m_analysis, this); // the docks made the analysis
    exports->fill(m_actions->exportMenu);
    connect(exports, &ExportController::message, m_status, &EditorStatusBar::hint);
    connectActions();

    connect(m_document, &DesignDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DesignDocument::changed, this, [this](const ChangeSet &c) {
        if (c.header || c.everything)
            updateTitle();
    });
    connect(m_scene, &DesignScene::selectedIdsChanged, this, [this](const QStringList &ids) {
        m_inspector->setSelection(ids);
        if (ids.size() == 1)
            m_cost->showResource(ids.first());
        m_status->setSelectionCount(int(ids.size()));
    });
    connect(m_scene, &DesignScene::hint, m_status, &EditorStatusBar::hint);
    connect(m_files, &FileController::message, m_status, &EditorStatusBar::hint);
    connect(m_view, &DesignView::zoomChanged, m_status, &EditorStatusBar::setZoom);
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Children are destroyed in creation order, the document first; the scene clears its
    // selection as it goes, which must not reach docks that would read the dead document.
    m_scene->blockSignals(true);
}

void MainWindow::createDocks()
{
    auto dock = [this](QDockWidget *d, Qt::DockWidgetArea area, const QString &key) {
        addDockWidget(area, d);
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(QKeySequence(key));
        toggle->setToolTip(tr("Show or hide the %1 panel (%2)").arg(d->windowTitle(), key));
        m_actions->panelsMenu->addAction(toggle);
    };
    auto *paletteDock = new QDockWidget(tr("Resources"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_palette = new PaletteWidget(paletteDock);
    paletteDock->setWidget(m_palette);
    dock(paletteDock, Qt::LeftDockWidgetArea, QStringLiteral("Alt+1"));

    m_overview = new OverviewDock(m_view, this);
    dock(m_overview, Qt::LeftDockWidgetArea, QStringLiteral("Alt+2"));

    m_inspector = new InspectorDock(m_document, this);
    dock(m_inspector, Qt::RightDockWidgetArea, QStringLiteral("Alt+3"));

    m_history = new UndoDock(m_document->undoStack(), this);
    dock(m_history, Qt::RightDockWidgetArea, QStringLiteral("Alt+4"));

    m_find = new FindDock(m_document, this);
    dock(m_find, Qt::RightDockWidgetArea, QStringLiteral("Alt+5"));
    tabifyDockWidget(m_history, m_find);
    m_history->raise();
    m_find->hide();

    // Live validation and pricing: re-run on every edit, shown by two docks under the canvas.
    m_analysis = new LiveAnalysis(m_document, this);
    m_scene->setAnalysis(m_analysis); // finding badges, blocked flows, cost heat map
    (new OverlayActions(m_scene, this))->addTo(m_actions->viewMenu);
    connect(m_actions->present, &QAction::triggered, new Presentation(this, m_view, m_analysis, this), &Presentation::toggle);
    m_findings = new FindingsDock(m_document, m_analysis, this);
    dock(m_findings, Qt::BottomDockWidgetArea, QStringLiteral("Alt+6"));
    m_cost = new CostDock(this);
    m_cost->setObjectName(QStringLiteral("CostDock"));
    dock(m_cost, Qt::BottomDockWidgetArea, QStringLiteral("Alt+7"));
    auto showCost = [this] { m_cost->setEstimate(m_analysis->estimate(), m_analysis->scenarios()); };
    connect(m_analysis, &LiveAnalysis::costChanged, this, showCost);
    connect(m_analysis, &LiveAnalysis::scenariosChanged, this, showCost);
    showCost();
    connect(m_findings, &FindingsDock::subjectsActivated, this, [this](const QStringList &ids) {
        m_view->selectIds(ids);
        if (!ids.isEmpty())
            m_view->centerOn(ids.first());
    });
    connect(m_cost, &CostDock::resourcePicked, this, [this](const QString &id) {
        m_view->selectIds({id});
        m_view->centerOn(id);
    });
    connect(m_cost, &CostDock::conversionChanged, this, [](const QString &currency, double rate) {
        QSettings settings;
        settings.setValue(QStringLiteral("cost/currency"), currency);
        settings.setValue(QStringLiteral("cost/rate"), rate);
    });
    m_prices = new PriceOverridesController(m_analysis, m_cost, this);
    m_actions->editMenu->addSeparator();
    QAction *prices = m_actions->editMenu->addAction(tr("Price &Overrides…"));
    prices->setToolTip(tr("List the region's prices with their sources and dates, and override any of them"));
    connect(prices, &QAction::triggered, m_prices, &PriceOverridesController::edit);
    {
        QSettings settings;
        const QString currency = settings.value(QStringLiteral("cost/currency")).toString();
        if (!currency.isEmpty())
            m_cost->setConversion(currency, settings.value(QStringLiteral("cost/rate"), 1.0).toDouble());
    }
    resizeDocks({paletteDock, m_inspector}, {210, 400}, Qt::Horizontal);
    resizeDocks({paletteDock, m_overview}, {520, 180}, Qt::Vertical);
    resizeDocks({m_inspector, m_history}, {560, 160}, Qt::Vertical);
    // Findings and cost share one tabbed strip under the canvas so the diagram keeps the room.
    tabifyDockWidget(m_findings, m_cost);
    m_findings->raise();

    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::addFromPalette);
    connect(m_find, &FindDock::found, this, [this](const QString &id) {
        m_view->selectIds({id});
        m_view->centerOn(id);
    });
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newDesign, &QAction::triggered, m_files, &FileController::newDesign);
    connect(a->open, &QAction::triggered, m_files, &FileController::open);
    connect(a->save, &QAction::triggered, m_files, &FileController::save);
    connect(a->saveAs, &QAction::triggered, m_files, &FileController::saveAs);
    connect(a->importTemplate, &QAction::triggered, m_files, &FileController::importTemplate);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->cut, &QAction::triggered, m_scene, &DesignScene::cut);
    connect(a->copy, &QAction::triggered, m_scene, &DesignScene::copy);
    connect(a->paste, &QAction::triggered, m_scene, &DesignScene::paste);
    connect(a->duplicate, &QAction::triggered, m_scene, &DesignScene::duplicate);
    connect(a->remove, &QAction::triggered, m_scene, &DesignScene::deleteSelection);
    connect(a->selectAll, &QAction::triggered, m_scene, &DesignScene::selectAll);
    connect(a->find, &QAction::triggered, m_find, &FindDock::activate);
    connect(a->rename, &QAction::triggered, m_scene, &DesignScene::renameSelected);

    connect(a->zoomIn, &QAction::triggered, m_view, &DesignView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &DesignView::zoomOut);
    connect(a->zoomFit, &QAction::triggered, m_fit, &FitKeeper::fit);
    connect(a->zoomReset, &QAction::triggered, m_view, &DesignView::zoomReset);
    connect(a->grid, &QAction::toggled, m_scene, &DesignScene::setGridVisible);
    connect(a->snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);
    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    connect(a->alignLeft, &QAction::triggered, m_scene, &DesignScene::alignLeft);
    connect(a->alignCenter, &QAction::triggered, m_scene, &DesignScene::alignCenter);
    connect(a->alignRight, &QAction::triggered, m_scene, &DesignScene::alignRight);
    connect(a->alignTop, &QAction::triggered, m_scene, &DesignScene::alignTop);
    connect(a->alignMiddle, &QAction::triggered, m_scene, &DesignScene::alignMiddle);
    connect(a->alignBottom, &QAction::triggered, m_scene, &DesignScene::alignBottom);
    connect(a->distributeH, &QAction::triggered, m_scene, &DesignScene::distributeHorizontally);
    connect(a->distributeV, &QAction::triggered, m_scene, &DesignScene::distributeVertically);
    connect(a->arrange, &QAction::triggered, m_scene, &DesignScene::arrange);

    connect(a->shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(m_actions->all(), this).exec(); });
    connect(a->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Stackyard"),
                           tr("<h3>Stackyard %1</h3><p>Design AWS container architectures as a diagram that is "
                              "checked, priced and exported while you draw it.</p><p>Works offline; a design never "
                              "leaves this computer.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::addReviewActions()
{
    QMenu *menu = m_actions->exportMenu;
    menu->addSeparator();
    QAction *image = menu->addAction(QIcon(QStringLiteral(":/icons/action-export.svg")), tr("Diagram &Image…"));
    image->setToolTip(tr("Save the diagram for slides as SVG, PNG or PDF (title, date and legend; no selection or grid)"));
    image->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(image, &QAction::triggered, this, [this] {
        const QString base = QFileInfo(m_document->displayName()).completeBaseName().section('.', 0, 0);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Diagram Image"), base + QStringLiteral(".png"),
                                                          tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!DiagramExport(m_scene).write(path, 2.0, false, &error))
            QMessageBox::warning(this, tr("Save Diagram Image"), error);
        else
            m_status->hint(tr("Saved %1").arg(QFileInfo(path).fileName()));
    });
    QAction *report = menu->addAction(QIcon(QStringLiteral(":/icons/action-report.svg")), tr("&Review Report…"));
    report->setToolTip(tr("Write the review report (HTML or PDF): diagram, findings by pillar, practice checklist, cost"));
    connect(report, &QAction::triggered, this, [this] {
        // The report prices the design as the cost dock does: with the user's prices, marked.
        ReviewReportOptions options;
        options.priceOverrides = PriceOverridesController::load(m_analysis->pricedRegion());
        exportReviewReport(this, *m_document, options);
    });
}

void MainWindow::addFromPalette(const QString &kind)
{
    QString hint;
    const QString id = Placer(m_document).add(kind, m_scene->selectedIds(), &hint);
    m_status->hint(hint);
    if (!id.isEmpty())
        m_view->selectIds({id});
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Stackyard").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstLayout)
        return;
    m_firstLayout = false;
    // Dock sizes only take once the window has its size. The strip under the canvas (findings and
    // cost, tabbed) gets about a quarter of the height; the diagram keeps the rest. Activating the
    // layout applies the sizes now, so the fit sees the canvas's final size.
    QTimer::singleShot(0, this, [this] {
        QDockWidget *palette = findChild<QDockWidget *>(QStringLiteral("paletteDock"));
        resizeDocks({palette, m_inspector}, {210, 400}, Qt::Horizontal);
        resizeDocks({palette, m_overview}, {420, 170}, Qt::Vertical);
        resizeDocks({m_inspector, m_history}, {480, 130}, Qt::Vertical);
        resizeDocks({m_findings}, {qMax(190, height() * 24 / 100)}, Qt::Vertical);
        layout()->activate();
        m_fit->fit();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    // Open after the drop returns: the save prompt is modal and must not run inside the drag.
    QMetaObject::invokeMethod(this, [this, path] { m_files->openWithPrompt(path); }, Qt::QueuedConnection);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_firstLayout = true; // default dock sizes are applied once the window is shown
    m_actions->grid->setChecked(settings.value(QStringLiteral("canvas/grid"), true).toBool());
    m_actions->snap->setChecked(settings.value(QStringLiteral("canvas/snap"), true).toBool());
    m_scene->setGridVisible(m_actions->grid->isChecked());
    m_scene->setSnapToGrid(m_actions->snap->isChecked());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("canvas/grid"), m_actions->grid->isChecked());
    settings.setValue(QStringLiteral("canvas/snap"), m_actions->snap->isChecked());
    if (!m_document->filePath().isEmpty())
        settings.setValue(QStringLiteral("lastFile"), m_document->filePath());
}

} // namespace Stackyard

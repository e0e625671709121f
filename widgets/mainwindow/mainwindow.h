#pragma once

#include <QMainWindow>

namespace Stackyard {

class CostDock;
class DesignDocument;
class DesignScene;
class DesignView;
class EditorStatusBar;
class FileController;
class FindDock;
class FindingsDock;
class FitKeeper;
class InspectorDock;
class LiveAnalysis;
class MainActions;
class OverviewDock;
class PaletteWidget;
class PriceOverridesController;
class RecentFiles;
class UndoDock;

/// The editor window: the canvas in the centre, the palette, inspector, history, overview and
/// find docks around it, menus, toolbar and status bar. It owns one document and only wires the
/// parts together; the work happens in the parts (FileController, DesignScene, the docks).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignDocument *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    FileController *files() const { return m_files; }
    /// Fit to window, kept while the window settles (until the user zooms or pans).
    FitKeeper *fit() const { return m_fit; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorDock *inspector() const { return m_inspector; }
    MainActions *actions() const { return m_actions; }
    LiveAnalysis *analysis() const { return m_analysis; }
    FindingsDock *findings() const { return m_findings; }
    CostDock *cost() const { return m_cost; }
    PriceOverridesController *prices() const { return m_prices; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void addReviewActions();
    void updateTitle();
    void addFromPalette(const QString &kind);
    void restoreSettings();
    void saveSettings() const;

    DesignDocument *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    MainActions *m_actions;
    RecentFiles *m_recent;
    FileController *m_files;
    EditorStatusBar *m_status;
    FitKeeper *m_fit;
    PaletteWidget *m_palette = nullptr;
    InspectorDock *m_inspector = nullptr;
    UndoDock *m_history = nullptr;
    OverviewDock *m_overview = nullptr;
    FindDock *m_find = nullptr;
    LiveAnalysis *m_analysis = nullptr;
    FindingsDock *m_findings = nullptr;
    CostDock *m_cost = nullptr;
    PriceOverridesController *m_prices = nullptr;
    bool m_firstLayout = false;
};

} // namespace Stackyard

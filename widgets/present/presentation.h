#pragma once

#include "requestpaths.h"
#include "whatif.h"

#include "widgets/canvas/designscene.h"

#include "model/core/rules/finding.h"

#include <QObject>
#include <QPointer>
#include <QTransform>

#include <vector>

class QMainWindow;
class QTimer;
class QWidget;

namespace Stackyard {

class CaptionPanel;
class DesignView;
class HelpPanel;
class LiveAnalysis;
class StatusTag;

/// Presentation mode (F5) for an architecture review: the window goes full screen with its
/// docks, toolbars, menu and status bar hidden, the canvas clean (no grid, no selection, not
/// editable) and fitted. Keys (HelpPanel::keys(), shown for a few seconds on entering and on
/// "?") toggle the scene's overlays, step through the findings (each framed with a caption:
/// title, explanation, fix), highlight request paths (everything else dimmed), and apply
/// what-if toggles (WhatIf) whose broken paths and cost difference the caption shows. Leaving
/// (Esc, F5, or closing the window) undoes every what-if and restores the window, the view and
/// the overlays exactly as they were.
class Presentation : public QObject
{
    Q_OBJECT
public:
    Presentation(QMainWindow *window, DesignView *view, LiveAnalysis *analysis, QObject *parent = nullptr);
    ~Presentation() override;

    bool isActive() const { return m_active; }
    /// The finding shown (0-based), -1 for none.
    int findingIndex() const { return m_finding; }
    /// The request path shown (0-based), -1 for none.
    int pathIndex() const { return m_path; }
    const QList<RequestPath> &paths() const { return m_paths; }
    CaptionPanel *caption() const { return m_caption; }
    HelpPanel *help() const { return m_help; }
    StatusTag *status() const { return m_status; }
    WhatIf *whatIf() const { return m_whatIf; }
    /// Help stays this long after entering.
    static constexpr int kHelpMs = 6000;

public slots:
    void enter();
    void leave();
    void toggle();
    void nextFinding();
    void previousFinding();
    /// Cycles the request paths; after the last, back to the whole design.
    void nextPath();
    void toggleWhatIf(Stackyard::WhatIf::Toggle toggle);
    void toggleOverlay(Stackyard::DesignScene::Overlay overlay);
    /// The whole design, nothing dimmed, no caption.
    void showOverview();
    void toggleHelp();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key);
    void showFinding(int index);
    void showPath(int index);
    /// Fits `rect` (scene) into the view, never beyond `maxZoom`: centred in the view and clear
    /// of the caption, or (`aboveCaption`) filling the part of the view above the caption.
    void frame(const QRectF &rect, double maxZoom, bool aboveCaption = false);
    QRectF boundsOf(const QStringList &ids) const;
    QRectF designBounds() const;
    void reframe();
    void layoutPanels();
    void updateStatus();
    DesignScene *scene() const;

    QMainWindow *m_window;
    DesignView *m_view;
    QPointer<LiveAnalysis> m_analysis;
    WhatIf *m_whatIf;
    CaptionPanel *m_caption;
    HelpPanel *m_help;
    StatusTag *m_status;
    QTimer *m_helpTimer;
    bool m_active = false;
    int m_finding = -1;
    int m_path = -1;
    QList<RequestPath> m_paths;
    QRectF m_framed;     ///< what the view shows now (re-fitted when the window resizes)
    double m_frameZoom = 1.0;
    bool m_aboveCaption = false;

    /// How things were before entering.
    struct Saved
    {
        QByteArray windowState;
        Qt::WindowStates states;
        bool menuBar = true;
        bool statusBar = true;
        QList<QPointer<QWidget>> hidden;
        bool grid = true;
        QList<bool> overlays;
        QTransform transform;
        QPointF center;
        bool interactive = true;
        int frame = 0; ///< QFrame::Shape
        int hScroll = 0;
        int vScroll = 0;
        QStringList selection;
    } m_saved;
};

} // namespace Stackyard

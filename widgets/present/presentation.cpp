#include "presentation.h"

#include "presentationpanels.h"

#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/designview.h"

#include "model/document/liveanalysis.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Stackyard {

namespace {

using Overlay = DesignScene::Overlay;

} // namespace

Presentation::Presentation(QMainWindow *window, DesignView *view, LiveAnalysis *analysis, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_view(view)
    , m_analysis(analysis)
    , m_whatIf(new WhatIf(view->designScene()->document(), this))
    , m_caption(new CaptionPanel(view))
    , m_help(new HelpPanel(view))
    , m_status(new StatusTag(view))
    , m_helpTimer(new QTimer(this))
{
    // Over the view, not its viewport: the viewport's children would scroll with the diagram.
    m_caption->hide();
    m_help->hide();
    m_helpTimer->setSingleShot(true);
    connect(m_helpTimer, &QTimer::timeout, m_help, &QWidget::hide);
}

Presentation::~Presentation()
{
    qApp->removeEventFilter(this);
}

DesignScene *Presentation::scene() const
{
    return m_view->designScene();
}

void Presentation::toggle()
{
    m_active ? leave() : enter();
}

void Presentation::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_saved = {};
    m_saved.windowState = m_window->saveState();
    m_saved.states = m_window->windowState();
    m_saved.menuBar = m_window->menuBar()->isVisible();
    m_saved.statusBar = m_window->statusBar() && m_window->statusBar()->isVisible();
    for (QWidget *w : m_window->findChildren<QWidget *>())
        if ((qobject_cast<QDockWidget *>(w) || qobject_cast<QToolBar *>(w)) && w->isVisible()) {
            m_saved.hidden << w;
            w->hide();
        }
    m_window->menuBar()->hide();
    if (m_window->statusBar())
        m_window->statusBar()->hide();

    DesignScene *s = scene();
    m_saved.grid = s->isGridVisible();
    for (int i = 0; i < DesignScene::kOverlayCount; ++i)
        m_saved.overlays << s->isOverlayOn(Overlay(i));
    m_saved.transform = m_view->transform();
    m_saved.center = m_view->mapToScene(m_view->viewport()->rect().center());
    m_saved.interactive = m_view->isInteractive();
    m_saved.frame = m_view->frameShape();
    m_saved.selection = s->selectedIds();
    s->clearSelection();
    s->setGridVisible(false);
    m_view->setInteractive(false); // no selection, handles or hover: a clean canvas
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSceneRect(s->sceneRect().adjusted(-20000, -20000, 20000, 20000)); // centre anywhere
    m_window->showFullScreen();
    qApp->installEventFilter(this);
    m_view->setFocus();

    if (m_analysis)
        m_analysis->refresh();
    m_finding = -1;
    m_path = -1;
    m_paths.clear();
    showOverview();
    m_help->show();
    m_help->raise();
    layoutPanels();
    m_helpTimer->start(kHelpMs);
    emit activeChanged(true);
}

void Presentation::leave()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    m_helpTimer->stop();
    m_whatIf->restoreAll();
    if (m_analysis)
        m_analysis->refresh();
    m_caption->hide();
    m_help->hide();
    m_status->hide();

    DesignScene *s = scene();
    s->setSpotlight({});
    for (int i = 0; i < DesignScene::kOverlayCount && i < m_saved.overlays.size(); ++i)
        s->setOverlay(Overlay(i), m_saved.overlays[i]);
    s->setGridVisible(m_saved.grid);
    s->selectIds(m_saved.selection);
    m_view->setInteractive(m_saved.interactive);
    m_view->setFrameShape(QFrame::Shape(m_saved.frame));
    m_view->setSceneRect(QRectF()); // follow the scene again
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_window->setWindowState(m_saved.states);
    if (!(m_saved.states & (Qt::WindowFullScreen | Qt::WindowMaximized | Qt::WindowMinimized)))
        m_window->showNormal();
    m_window->menuBar()->setVisible(m_saved.menuBar);
    if (m_window->statusBar())
        m_window->statusBar()->setVisible(m_saved.statusBar);
    m_window->restoreState(m_saved.windowState);
    for (const QPointer<QWidget> &w : std::as_const(m_saved.hidden))
        if (w)
            w->show();
    m_view->setTransform(m_saved.transform);
    m_view->centerOn(m_saved.center);
    emit activeChanged(false);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_active)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    const bool ours = widget && widget->window() == m_window;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        if (ours) { // the window's shortcuts (save, undo, delete…) do not apply while presenting
            event->accept();
            return true;
        }
        break;
    case QEvent::KeyPress:
        if (ours)
            return handleKey(static_cast<QKeyEvent *>(event)->key());
        break;
    case QEvent::Close:
        if (watched == m_window)
            leave(); // restore the design before the window asks to save it
        break;
    case QEvent::Resize:
        if (watched == m_view)
            QTimer::singleShot(0, this, [this] {
                if (m_active) {
                    layoutPanels();
                    reframe();
                }
            });
        break;
    default:
        break;
    }
    return false;
}

bool Presentation::handleKey(int key)
{
    if (key != Qt::Key_Question && key != Qt::Key_H && m_help->isVisible()) { // the first step ends the hint
        m_helpTimer->stop();
        m_help->hide();
    }
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_F5: leave(); return true;
    case Qt::Key_Right:
    case Qt::Key_N:
    case Qt::Key_Space:
    case Qt::Key_PageDown: nextFinding(); return true;
    case Qt::Key_Left:
    case Qt::Key_P:
    case Qt::Key_PageUp: previousFinding(); return true;
    case Qt::Key_R: nextPath(); return true;
    case Qt::Key_W: toggleWhatIf(WhatIf::Toggle::NoNatGateways); return true;
    case Qt::Key_E: toggleWhatIf(WhatIf::Toggle::NoInterfaceEndpoints); return true;
    case Qt::Key_T: toggleOverlay(Overlay::Tiers); return true;
    case Qt::Key_S: toggleOverlay(Overlay::SecurityGroups); return true;
    case Qt::Key_L: toggleOverlay(Overlay::FlowPorts); return true;
    case Qt::Key_F: toggleOverlay(Overlay::Findings); return true;
    case Qt::Key_C: toggleOverlay(Overlay::Cost); return true;
    case Qt::Key_0:
    case Qt::Key_Home: showOverview(); return true;
    case Qt::Key_Question:
    case Qt::Key_H: toggleHelp(); return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_view->zoomIn(); return true;
    case Qt::Key_Minus: m_view->zoomOut(); return true;
    default: return true; // nothing else: the view's own keys would edit (Delete, arrows nudge)
    }
}

void Presentation::toggleHelp()
{
    m_helpTimer->stop();
    m_help->setVisible(!m_help->isVisible());
    m_help->raise();
    layoutPanels();
}

void Presentation::toggleOverlay(Overlay overlay)
{
    scene()->setOverlay(overlay, !scene()->isOverlayOn(overlay));
    updateStatus();
}

void Presentation::showOverview()
{
    m_finding = -1;
    m_path = -1;
    scene()->setSpotlight({});
    m_caption->hide();
    frame(designBounds(), 1.0, true);
    updateStatus();
}

QRectF Presentation::boundsOf(const QStringList &ids) const
{
    QRectF r;
    for (const QString &id : ids) {
        const QRectF box = scene()->boxOf(id);
        if (!box.isNull())
            r = r.isNull() ? box : r.united(box);
    }
    return r;
}

QRectF Presentation::designBounds() const
{
    QRectF r;
    for (QGraphicsItem *item : scene()->items())
        if (item->type() == Canvas::NodeType || item->type() == Canvas::ContainerType || item->type() == Canvas::FlowType)
            r = r.united(item->sceneBoundingRect());
    return r;
}

void Presentation::frame(const QRectF &rect, double maxZoom, bool aboveCaption)
{
    m_framed = rect;
    m_frameZoom = maxZoom;
    m_aboveCaption = aboveCaption;
    reframe();
}

void Presentation::reframe()
{
    if (m_framed.isNull())
        return;
    const QRect vp = m_view->viewport()->rect();
    const int band = m_caption->isVisible() ? m_caption->height() + 40 : 0;
    const QRectF rect = m_framed.adjusted(-60, -60, 60, 60);
    // Above the caption: the rectangle fills the part of the view the caption leaves free.
    // Centred: the subjects stay in the middle of the view, clear of the caption on both sides.
    const double available = m_aboveCaption ? vp.height() - band : vp.height() - 2 * band;
    const double z = std::clamp(std::min(vp.width() / rect.width(), std::max(100.0, available) / rect.height()),
                                DesignView::kMinZoom, m_frameZoom);
    m_view->setZoom(z);
    m_view->centerOn(rect.center() + (m_aboveCaption ? QPointF(0, band / 2.0 / z) : QPointF()));
}

void Presentation::layoutPanels()
{
    const QRect area = m_view->viewport()->geometry();
    const int width = std::min(area.width() - 80, std::max(640, area.width() * 11 / 20));
    m_caption->setFixedWidth(width);
    m_caption->adjustSize();
    m_caption->move(area.left() + (area.width() - width) / 2, area.bottom() - m_caption->height() - 28);
    m_caption->raise();
    m_help->adjustSize();
    m_help->move(area.left() + (area.width() - m_help->width()) / 2, area.top() + 40);
    m_status->adjustSize();
    m_status->move(area.right() - m_status->width() - 24, area.top() + 20);
}

} // namespace Stackyard

#include "overviewdock.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace Stackyard {

OverviewView::OverviewView(QGraphicsView *mainView, QWidget *parent)
    : QGraphicsView(mainView->scene(), parent)
    , m_main(mainView)
{
    setObjectName(QStringLiteral("overviewView"));
    setProperty("stackyardThumbnail", true); // constant-size marks shrink here (decorations.cpp)
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the canvas view"));
    setMinimumHeight(120);
    auto repaint = [this] { viewport()->update(); };
    connect(m_main->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_main->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(m_main->horizontalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    connect(m_main->verticalScrollBar(), &QScrollBar::rangeChanged, this, repaint);
    // The scene changes on every edit: refit at most once per event-loop turn.
    connect(scene(), &QGraphicsScene::changed, this, [this] {
        if (m_refitPending)
            return;
        m_refitPending = true;
        QTimer::singleShot(0, this, [this] {
            m_refitPending = false;
            refit();
        });
    });
}

void OverviewView::refit()
{
    if (!scene())
        return;
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    setSceneRect(bounds);
    fitInView(bounds, Qt::KeepAspectRatio);
    viewport()->update();
}

QRectF OverviewView::visibleRect() const
{
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

void OverviewView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().base());
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = visibleRect();
    QColor fill = palette().highlight().color();
    fill.setAlpha(40);
    QPen pen(palette().highlight().color(), 0);
    pen.setCosmetic(true);
    pen.setWidthF(2);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows everything
}

OverviewDock::OverviewDock(QGraphicsView *mainView, QWidget *parent)
    : QDockWidget(tr("Overview"), parent)
    , m_view(new OverviewView(mainView, this))
{
    setObjectName(QStringLiteral("overviewDock"));
    setWidget(m_view);
}

} // namespace Stackyard

#pragma once

#include <QDockWidget>
#include <QGraphicsView>

namespace Stackyard {

/// The scene drawn small, with the main view's visible area as a frame. Pressing or dragging in
/// it scrolls the main view there.
class OverviewView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit OverviewView(QGraphicsView *mainView, QWidget *parent = nullptr);

    /// Refits the whole scene into the overview.
    void refit();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QRectF visibleRect() const;

    QGraphicsView *m_main;
    bool m_refitPending = false;
};

/// The overview (minimap) dock.
class OverviewDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OverviewDock(QGraphicsView *mainView, QWidget *parent = nullptr);
    OverviewView *view() const { return m_view; }

private:
    OverviewView *m_view;
};

} // namespace Stackyard

#pragma once

#include <QGraphicsView>

namespace Stackyard {

class DesignScene;

/// The canvas widget: shows a DesignScene with zoom (wheel around the cursor, Ctrl+plus/minus,
/// fit, 100 %), pan (space-drag, middle button), rubber-band selection (Ctrl/Shift add), and
/// keyboard nudge (arrows one grid step, Shift one unit). Editing actions live on the scene
/// (designScene()); selection and centring are forwarded here for convenience.
class DesignView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    /// The current zoom, 1.0 = 100 %.
    double zoom() const;
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 4.0;

    QStringList selectedIds() const;
    using QGraphicsView::centerOn;

public slots:
    void selectIds(const QStringList &ids);
    /// Scrolls so that the resource or flow `id` is in the middle of the view.
    void centerOn(const QString &id);
    void zoomIn();
    void zoomOut();
    /// Fits every item into the view (never beyond 200 %).
    void zoomFit();
    /// 100 %.
    void zoomReset();
    void setZoom(double zoom);

signals:
    void zoomChanged(double zoom);
    void selectionChanged(const QStringList &ids);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void zoomBy(double factor, bool aroundCursor);

    DesignScene *m_scene;
    bool m_spaceDown = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace Stackyard

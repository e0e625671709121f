#pragma once

#include <QObject>

namespace Stackyard {

class DesignView;

/// "Fit to window" that holds while the window settles: after fit() the whole design is fitted
/// again whenever the canvas changes size (a window manager maximizing the window after it was
/// shown, docks restored, the user resizing the window), until the user zooms, pans or clicks
/// into the canvas. Then the view stays where the user put it.
class FitKeeper : public QObject
{
    Q_OBJECT
public:
    explicit FitKeeper(DesignView *view);

    bool isActive() const { return m_active; }

public slots:
    /// Fits the design now and keeps it fitted.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DesignView *m_view;
    bool m_active = false;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace Stackyard

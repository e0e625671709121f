#include "fitkeeper.h"

#include "widgets/canvas/designview.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>

namespace Stackyard {

FitKeeper::FitKeeper(DesignView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
    connect(view, &DesignView::zoomChanged, this, [this] {
        if (!m_fitting)
            m_active = false;
    });
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
        connect(bar, &QScrollBar::sliderPressed, this, [this] { m_active = false; });
}

void FitKeeper::fit()
{
    m_fitting = true;
    m_view->zoomFit();
    m_fitting = false;
    m_active = true;
}

bool FitKeeper::eventFilter(QObject *, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        m_active = false;
        break;
    case QEvent::Resize:
        // Coalesced: a dock layout change resizes the canvas several times in one turn.
        if (m_active && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, [this] {
                m_pending = false;
                if (m_active)
                    fit();
            });
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace Stackyard

#include "editorstatusbar.h"

#include <QLabel>

#include <cmath>

namespace Stackyard {

EditorStatusBar::EditorStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_selection(new QLabel(this))
    , m_zoom(new QLabel(this))
{
    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_zoom->setObjectName(QStringLiteral("zoomLabel"));
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("Zoom 400 %")) + 8);
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_zoom->setToolTip(tr("Ctrl+0 fits the design, Ctrl+1 shows it at 100 %"));
    addPermanentWidget(m_selection);
    addPermanentWidget(m_zoom);
    setSelectionCount(0);
    setZoom(1);
}

void EditorStatusBar::setSelectionCount(int count)
{
    m_selection->setText(count == 0 ? tr("Nothing selected") : tr("%n selected", nullptr, count));
}

void EditorStatusBar::setZoom(double factor)
{
    m_zoom->setText(tr("Zoom %1 %").arg(std::lround(factor * 100)));
}

void EditorStatusBar::hint(const QString &text)
{
    showMessage(text, 6000);
}

} // namespace Stackyard

#include "exportscene.h"

#include <QPainter>

namespace Stackyard {

ExportScene::ExportScene(DesignDocument *document, QObject *parent) : DesignScene(document, parent)
{
    setGridVisible(false);
}

void ExportScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (!m_transparent)
        painter->fillRect(rect, Qt::white);
}

} // namespace Stackyard

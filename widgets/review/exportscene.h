#pragma once

#include "widgets/canvas/designscene.h"

namespace Stackyard {

/// A DesignScene for exports: never shows the grid and paints its background only when asked to
/// (a transparent PNG leaves it out). Nothing is selected unless a caller selects it.
class ExportScene : public DesignScene
{
    Q_OBJECT
public:
    explicit ExportScene(DesignDocument *document, QObject *parent = nullptr);

    void setTransparent(bool transparent) { m_transparent = transparent; }
    bool isTransparent() const { return m_transparent; }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_transparent = false;
};

} // namespace Stackyard

#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

class QPainter;
class QSvgRenderer;

namespace Stackyard::Canvas {

/// Renders catalogue icons (":/icons/<file>") to pixmaps at the device scale they are shown at,
/// so icons stay crisp from 25 % to 400 %. Kinds without an icon get a tile in their category
/// colour with the kind's initials. Sizes are bucketed to powers of two to bound the cache.
/// On an SVG or PDF paint engine (exports) icons are drawn as vectors, never from a pixmap.
class IconCache
{
public:
    static IconCache &instance();

    /// Draws the icon of `kind` into `target` (item coordinates) for the painter's current
    /// transform: with the SVG renderer itself when the painter's engine is SVG or PDF, else from
    /// the pixmap cache.
    void draw(QPainter *painter, const QRectF &target, const QString &kind);
    /// The icon as a pixmap of `size` device pixels (for palettes, drag cursors).
    QPixmap pixmap(const QString &kind, int size);

private:
    QSvgRenderer *renderer(const QString &kind);
    QPixmap fallback(const QString &kind, int size) const;
    static void paintFallback(QPainter *painter, const QRectF &rect, const QString &kind);
    static bool isVectorDevice(const QPainter *painter);

    QHash<QString, QSvgRenderer *> m_renderers;
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace Stackyard::Canvas

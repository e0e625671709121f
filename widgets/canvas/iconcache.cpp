#include "iconcache.h"

#include "model/core/catalog.h"
#include "widgets/categorystyle.h"

#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

// The icons are compiled into the static stackyard_widgets library; a static library's resource
// initialiser is only linked when something calls it, and Q_INIT_RESOURCE must be called from the
// global namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Stackyard::Canvas {

IconCache &IconCache::instance()
{
    static IconCache cache = [] {
        initIconResources();
        return IconCache();
    }();
    return cache;
}

QSvgRenderer *IconCache::renderer(const QString &kind)
{
    auto it = m_renderers.find(kind);
    if (it != m_renderers.end())
        return it.value();
    QSvgRenderer *r = nullptr;
    const KindSpec *spec = Catalog::builtin().kind(kind.toStdString());
    const QString file = QStringLiteral(":/icons/")
                         + (spec && !spec->icon.empty() ? QString::fromStdString(spec->icon) : kind + QStringLiteral(".svg"));
    if (QFile::exists(file)) {
        r = new QSvgRenderer(file);
        if (!r->isValid()) {
            delete r;
            r = nullptr;
        }
    }
    m_renderers.insert(kind, r);
    return r;
}

void IconCache::paintFallback(QPainter *p, const QRectF &rect, const QString &kind)
{
    const KindSpec *spec = Catalog::builtin().kind(kind.toStdString());
    const QColor color = categoryColor(spec ? QString::fromStdString(spec->category) : QString());
    QString initials;
    for (const QString &part : kind.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        initials += part.at(0).toUpper();
    const double size = rect.width();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(rect, size * 0.12, size * 0.12);
    QFont f;
    f.setBold(true);
    f.setPixelSize(std::max(6, int(size * 0.34)));
    p->setFont(f);
    p->setPen(Qt::white);
    p->drawText(rect, Qt::AlignCenter, initials.left(3));
    p->restore();
}

QPixmap IconCache::fallback(const QString &kind, int size) const
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paintFallback(&p, QRectF(0, 0, size, size), kind);
    return pm;
}

QPixmap IconCache::pixmap(const QString &kind, int size)
{
    const QString key = kind + QLatin1Char('@') + QString::number(size);
    auto it = m_pixmaps.find(key);
    if (it != m_pixmaps.end())
        return it.value();
    QPixmap pm;
    if (QSvgRenderer *r = renderer(kind)) {
        pm = QPixmap(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        r->render(&p, QRectF(0, 0, size, size));
    } else {
        pm = fallback(kind, size);
    }
    m_pixmaps.insert(key, pm);
    return pm;
}

bool IconCache::isVectorDevice(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
}

void IconCache::draw(QPainter *painter, const QRectF &target, const QString &kind)
{
    if (isVectorDevice(painter)) {
        // Exported SVG and PDF keep the icons as paths: a pixmap would be embedded as an image.
        if (QSvgRenderer *r = renderer(kind))
            r->render(painter, target);
        else
            paintFallback(painter, target, kind);
        return;
    }
    const QTransform t = painter->deviceTransform();
    const double scale = std::sqrt(t.m11() * t.m11() + t.m12() * t.m12());
    const double wanted = target.width() * scale;
    // Power-of-two buckets from 16 px to 512 px: at most 6 pixmaps per kind.
    int size = 16;
    while (size < wanted && size < 512)
        size *= 2;
    painter->drawPixmap(target, pixmap(kind, size), QRectF(0, 0, size, size));
}

} // namespace Stackyard::Canvas

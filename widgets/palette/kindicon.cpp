#include "kindicon.h"

#include "widgets/categorystyle.h"

#include "model/core/catalog.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Stackyard {

namespace {

QIcon fallbackTile(const QString &title, const QColor &color)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(0, 0, 64, 64), 8, 8);
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 64, 64), Qt::AlignCenter, title.left(1).toUpper());
    return QIcon(pixmap);
}

} // namespace

QIcon kindIcon(const QString &kind)
{
    static QHash<QString, QIcon> cache;
    if (auto it = cache.constFind(kind); it != cache.constEnd())
        return *it;
    const KindSpec *spec = Catalog::builtin().kind(kind.toStdString());
    const QString file = QStringLiteral(":/icons/") + (spec && !spec->icon.empty() ? QString::fromStdString(spec->icon) : kind + QStringLiteral(".svg"));
    QIcon icon;
    if (QFile::exists(file))
        icon = QIcon(file);
    else
        icon = fallbackTile(spec ? QString::fromStdString(spec->title) : kind,
                            categoryColor(spec ? QString::fromStdString(spec->category) : QString()));
    cache.insert(kind, icon);
    return icon;
}

QIcon actionIcon(const QString &name, const QString &themeName)
{
    const QString file = QStringLiteral(":/icons/action-%1.svg").arg(name);
    if (QFile::exists(file))
        return QIcon(file);
    return QIcon::fromTheme(themeName);
}

} // namespace Stackyard

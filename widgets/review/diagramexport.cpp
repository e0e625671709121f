#include "diagramexport.h"

#include "diagramlegend.h"
#include "exportscene.h"

#include "model/core/catalog.h"
#include "model/core/topology.h"
#include "model/document/designdocument.h"
#include "widgets/canvas/canvasstyle.h"
#include "widgets/canvas/nodeitem.h"
#include "widgets/categorystyle.h"

#include <QBuffer>

#include <iterator>
#include <vector>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <set>

namespace Stackyard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::DiagramExport)
};

constexpr double kMargin = 24;
constexpr double kHeaderHeight = 64;
constexpr double kRegionPad = 20;
constexpr double kRegionLabel = 28;
constexpr double kLegendRow = 26;
const QColor kRegionColor(0x00, 0xA4, 0xA6); // AWS diagram convention: Region group, dashed teal

QFont font(double pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}

double entryWidth(const QFontMetricsF &fm, const LegendEntry &e) { return 18 + fm.horizontalAdvance(e.label) + 18; }

/// Puts the editor's state aside for the guard's life (nothing selected, no grid; an export scene
/// transparent on request) and gives it back afterwards.
class CleanState
{
public:
    CleanState(DesignScene *scene, bool transparent)
        : m_scene(scene), m_selected(scene->selectedIds()), m_grid(scene->isGridVisible()),
          m_own(qobject_cast<ExportScene *>(scene)), m_transparent(m_own && m_own->isTransparent())
    {
        m_scene->clearSelection();
        m_scene->setGridVisible(false);
        // Review marks (finding badges, cost heat map, security-group chips) belong to the live
        // canvas, not to the diagram a review board receives.
        for (const auto overlay : kReviewMarks) {
            m_marks.push_back(m_scene->isOverlayOn(overlay));
            m_scene->setOverlay(overlay, false);
        }
        if (m_own)
            m_own->setTransparent(transparent);
    }
    ~CleanState()
    {
        if (m_own)
            m_own->setTransparent(m_transparent);
        for (std::size_t i = 0; i < std::size(kReviewMarks); ++i)
            m_scene->setOverlay(kReviewMarks[i], m_marks[i]);
        m_scene->setGridVisible(m_grid);
        m_scene->selectIds(m_selected);
    }
    CleanState(const CleanState &) = delete;
    CleanState &operator=(const CleanState &) = delete;

private:
    DesignScene *m_scene;
    QStringList m_selected;
    bool m_grid;
    ExportScene *m_own;
    bool m_transparent;
    std::vector<bool> m_marks;

    static constexpr DesignScene::Overlay kReviewMarks[] = {DesignScene::Overlay::Findings,
                                                            DesignScene::Overlay::Cost,
                                                            DesignScene::Overlay::SecurityGroups};
};

} // namespace

DiagramExport::DiagramExport(const DesignFile &file)
    : m_ownDocument(std::make_unique<DesignDocument>())
{
    m_ownDocument->reset(file);
    m_ownScene = std::make_unique<ExportScene>(m_ownDocument.get());
    m_scene = m_ownScene.get();
    layout();
}

DiagramExport::DiagramExport(DesignScene *scene) : m_scene(scene)
{
    layout();
}

DiagramExport::~DiagramExport() = default;

QString DiagramExport::date() const
{
    const Json &settings = m_scene->document()->design().settings;
    if (settings.is_object() && settings.contains("date") && settings["date"].is_string())
        return QString::fromStdString(settings["date"].get<std::string>());
    return QDate::currentDate().toString(Qt::ISODate);
}

QSizeF DiagramExport::size() const { return m_size; }

QRectF DiagramExport::itemsRect() const
{
    QRectF r;
    for (QGraphicsItem *item : m_scene->items()) {
        if (!item->isVisible() || item->parentItem())
            continue;
        const int t = item->type();
        if (t != Canvas::ContainerType && t != Canvas::NodeType && t != Canvas::FlowType)
            continue; // hint bubbles, rubber lines, editors
        r |= item->sceneBoundingRect();
    }
    return r.isNull() ? QRectF(0, 0, 400, 200) : r;
}

QRectF DiagramExport::regionRect() const
{
    // AWS convention: users and the internet sit outside the region box. They stay inside only
    // when the layout put them among the regional things.
    const Design &design = m_scene->document()->design();
    QRectF inner;
    std::vector<QRectF> outside;
    for (QGraphicsItem *item : m_scene->items()) {
        if (!item->isVisible() || item->parentItem())
            continue;
        if (item->type() == Canvas::NodeType) {
            const Resource *r = design.resource(static_cast<Canvas::NodeItem *>(item)->id().toStdString());
            const KindSpec *spec = r ? Catalog::builtin().kind(r->kind) : nullptr;
            if (spec && spec->category == "external") {
                outside.push_back(item->sceneBoundingRect());
                continue;
            }
        }
        if (item->type() == Canvas::ContainerType || item->type() == Canvas::NodeType)
            inner |= item->sceneBoundingRect();
    }
    if (inner.isNull())
        return itemsRect();
    const QRectF box = inner.adjusted(-kRegionPad, -kRegionPad - kRegionLabel, kRegionPad, kRegionPad);
    for (const QRectF &r : outside)
        if (box.intersects(r))
            return itemsRect();
    return inner;
}

void DiagramExport::layout()
{
    const CleanState clean(m_scene, false);
    const QRectF regionScene = regionRect().adjusted(-kRegionPad, -kRegionPad - kRegionLabel, kRegionPad, kRegionPad);
    m_source = itemsRect() | regionScene;
    m_sceneOrigin = QPointF(kMargin, kMargin + kHeaderHeight);
    m_regionBox = regionScene.translated(m_sceneOrigin - m_source.topLeft());
    const QRectF content(m_sceneOrigin, m_source.size());
    m_legendTop = content.bottom() + 16;
    const Design &design = m_scene->document()->design();
    const QFontMetricsF fm(font(12));
    const double width = content.width();
    // Legend rows wrap at the region's width; count the rows it needs.
    int rows = 0;
    for (const auto &entries : {legendTiers(design), legendCategories(design)}) {
        if (entries.empty())
            continue;
        ++rows;
        double x = 110;
        for (const LegendEntry &e : entries) {
            if (x + entryWidth(fm, e) > width && x > 110) {
                ++rows;
                x = 110;
            }
            x += entryWidth(fm, e);
        }
    }
    m_size = QSizeF(content.right() + kMargin, m_legendTop + rows * kLegendRow + kMargin);
}

void DiagramExport::paintHeader(QPainter *p) const
{
    const Design &design = m_scene->document()->design();
    const QString title = design.name.empty() ? Tr::tr("Untitled design") : QString::fromStdString(design.name);
    p->setPen(Canvas::kInk);
    p->setFont(font(22, true));
    p->drawText(QPointF(kMargin, kMargin + 26), title);
    p->setPen(Canvas::kMutedInk);
    p->setFont(font(13));
    p->drawText(QPointF(kMargin, kMargin + 48),
                QStringLiteral("%1 · %2").arg(QString::fromStdString(design.region), date()));
}

void DiagramExport::paintRegion(QPainter *p) const
{
    QPen pen(kRegionColor, 1.5, Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRect(m_regionBox);
    const QRectF flag(m_regionBox.left(), m_regionBox.top(), 24, 24);
    p->fillRect(flag, kRegionColor);
    p->setPen(QPen(Qt::white, 1.5));
    p->drawLine(flag.center() + QPointF(-5, -7), flag.center() + QPointF(-5, 8));
    p->fillRect(QRectF(flag.center() + QPointF(-4, -7), QSizeF(10, 7)), Qt::white);
    p->setPen(kRegionColor);
    p->setFont(font(13, true));
    const Design &design = m_scene->document()->design();
    p->drawText(QPointF(m_regionBox.left() + 32, m_regionBox.top() + 17),
                Tr::tr("Region %1").arg(QString::fromStdString(design.region)));
}

void DiagramExport::paintLegend(QPainter *p) const
{
    const Design &design = m_scene->document()->design();
    const QFontMetricsF fm(font(12));
    double y = m_legendTop;
    const double width = m_size.width() - 2 * kMargin;
    const std::pair<QString, std::vector<LegendEntry>> groups[] = {
        {Tr::tr("Subnet tiers"), legendTiers(design)},
        {Tr::tr("Categories"), legendCategories(design)},
    };
    for (const auto &[heading, entries] : groups) {
        if (entries.empty())
            continue;
        p->setFont(font(12, true));
        p->setPen(Canvas::kInk);
        p->drawText(QPointF(kMargin, y + 14), heading);
        p->setFont(font(12));
        double x = 110;
        for (const LegendEntry &e : entries) {
            if (x + entryWidth(fm, e) > width && x > 110) {
                y += kLegendRow;
                x = 110;
            }
            p->setPen(QPen(e.border, 1.5));
            p->setBrush(e.fill);
            p->drawRect(QRectF(kMargin + x, y + 3, 12, 12));
            p->setPen(Canvas::kInk);
            p->drawText(QPointF(kMargin + x + 18, y + 14), e.label);
            x += entryWidth(fm, e);
        }
        y += kLegendRow;
    }
}

void DiagramExport::paint(QPainter *p, bool transparent) const
{
    const CleanState clean(m_scene, transparent);
    const bool own = qobject_cast<ExportScene *>(m_scene) != nullptr;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    if (!transparent || !own)
        p->fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    paintHeader(p);
    const QRectF target(m_sceneOrigin, m_source.size());
    m_scene->render(p, target, m_source, Qt::IgnoreAspectRatio);
    paintRegion(p);
    paintLegend(p);
    p->restore();
}

QByteArray DiagramExport::toSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), m_size));
    generator.setResolution(96);
    generator.setTitle(QString::fromStdString(m_scene->document()->design().name));
    generator.setDescription(QStringLiteral("Stackyard diagram, %1").arg(date()));
    QPainter painter(&generator);
    paint(&painter);
    painter.end();
    return buffer.data();
}

QImage DiagramExport::toImage(double scale, bool transparent) const
{
    QImage image((m_size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(&painter, transparent);
    painter.end();
    return image;
}

QByteArray DiagramExport::toPdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(m_scene->document()->design().name));
    writer.setCreator(QStringLiteral("Stackyard"));
    const bool wide = m_size.width() > m_size.height();
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), wide ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter(&writer);
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const double scale = std::min(page.width() / m_size.width(), page.height() / m_size.height());
    painter.translate((page.width() - m_size.width() * scale) / 2, 0);
    painter.scale(scale, scale);
    paint(&painter);
    painter.end();
    return buffer.data();
}

bool DiagramExport::write(const QString &path, double scale, bool transparent, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("svg")) {
        data = toSvg();
    } else if (suffix == QLatin1String("pdf")) {
        data = toPdf();
    } else if (suffix == QLatin1String("png")) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!toImage(scale, transparent).save(&buffer, "PNG")) {
            *error = QStringLiteral("%1: could not encode the PNG image").arg(path);
            return false;
        }
    } else {
        *error = QStringLiteral("%1: unknown image type \"%2\" (use .svg, .png or .pdf)").arg(path, suffix);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Stackyard

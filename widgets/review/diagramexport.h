#pragma once

#include "model/core/design.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;

namespace Stackyard {

class DesignDocument;
class DesignScene;
class ExportScene;

/// The diagram as a review board sees it: a title and the design's date on top, the region box
/// around the canvas items (VPC, AZ and subnet styles are the canvas's own), and a legend of the
/// subnet tiers and the icon categories used. Selections, resize handles, hover marks and the grid
/// never appear: a borrowed scene's selection and grid are put aside while painting and restored.
class DiagramExport
{
public:
    /// Renders its own copy of `file`.
    explicit DiagramExport(const DesignFile &file);
    /// Renders a live scene (the editor's), leaving its state as it was found.
    explicit DiagramExport(DesignScene *scene);
    ~DiagramExport();
    DiagramExport(const DiagramExport &) = delete;
    DiagramExport &operator=(const DiagramExport &) = delete;

    /// The date shown under the title: settings.date of the design if set, else today (ISO).
    QString date() const;
    /// Size of the whole picture at scale 1, in scene units (= CSS pixels).
    QSizeF size() const;
    /// Paints the picture with its top-left at (0, 0) in the painter's coordinates.
    /// `transparent`: no white page (only honoured for the picture's own scene).
    void paint(QPainter *painter, bool transparent = false) const;

    /// An SVG document: vector shapes, texts as <text>.
    QByteArray toSvg() const;
    /// A raster image `scale` times the picture size.
    QImage toImage(double scale, bool transparent) const;
    /// A one-page PDF, landscape when the picture is wider than tall, fitted within the margins.
    QByteArray toPdf() const;

    /// Writes by the suffix of `path` (.svg, .png, .pdf) atomically; on failure `error` says why
    /// and an existing file is untouched.
    bool write(const QString &path, double scale, bool transparent, QString *error) const;

private:
    void layout();
    QRectF itemsRect() const;
    QRectF regionRect() const; ///< scene rectangle the region box surrounds
    void paintHeader(QPainter *painter) const;
    void paintRegion(QPainter *painter) const;
    void paintLegend(QPainter *painter) const;

    std::unique_ptr<DesignDocument> m_ownDocument;
    std::unique_ptr<ExportScene> m_ownScene;
    DesignScene *m_scene = nullptr;
    QRectF m_source;      ///< scene rectangle drawn (items and region box)
    QRectF m_regionBox;   ///< picture coordinates
    QPointF m_sceneOrigin; ///< where m_source's top-left lands
    double m_legendTop = 0;
    QSizeF m_size;
};

} // namespace Stackyard

#pragma once

#include "canvasstyle.h"

#include <QGraphicsItem>
#include <QStaticText>

namespace Stackyard::Canvas {

/// What a container shows, copied from the design by the scene.
struct ContainerLook
{
    QString id;
    QString kind;     ///< "vpc" or "subnet"
    QString title;    ///< name
    QString subtitle; ///< "us-east-1a · 10.0.0.0/24" or the VPC CIDR
    QString tier;     ///< "public", "private", "isolated" for subnets
    QString toolTip;
};

/// A VPC or subnet drawn as the AWS diagram convention draws groups: the VPC as a purple outline
/// with a small VPC tag, a subnet filled by its derived tier (public green, private blue,
/// isolated grey) with a header naming it, its AZ and CIDR. Selected containers show eight
/// resize handles; the scene performs the resize.
class ContainerItem : public QGraphicsItem
{
public:
    enum { Type = ContainerType };
    explicit ContainerItem(const ContainerLook &look);

    int type() const override { return Type; }
    QString id() const { return m_look.id; }
    QString kind() const { return m_look.kind; }
    const ContainerLook &look() const { return m_look; }
    void setLook(const ContainerLook &look);
    void setSize(const QSizeF &size);
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF sceneRectOfBox() const { return rect().translated(pos()); }
    /// Where the title is drawn (for in-place renaming), item coordinates.
    QRectF titleRect() const;

    /// The resize handle under `itemPos` (0..7 clockwise from top-left), or -1.
    int handleAt(const QPointF &itemPos) const;
    /// `start` resized by dragging handle `handle` by `delta`, never smaller than the minimum.
    static QRectF resized(const QRectF &start, int handle, const QPointF &delta);
    void setHighlight(const QColor &color);
    /// Subnets filled by their tier's colour (the Tiers overlay); off, every subnet is neutral.
    void setTierColours(bool on);
    bool hasTierColours() const { return m_tierColours; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QPointF> handlePoints() const;
    void paintHeader(QPainter *painter, const QColor &border);

    ContainerLook m_look;
    QSizeF m_size{400, 200};
    QColor m_highlight;
    bool m_tierColours = true;
    /// The header's texts, elided and laid out for one width and look (shaping text on every
    /// paint was a tenth of a frame on a large design).
    struct HeaderText
    {
        double width = -1;
        QString title, subtitle;
        QStaticText name, sub;
    };
    mutable HeaderText m_header;
};

} // namespace Stackyard::Canvas
